/** Where the command writes: process.stdout/stderr in real use, collecting streams in tests. */
export interface OutputStream extends NodeJS.WritableStream {
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

/** 0 no errors, 1 errors found in the sheets, 2 the command could not run. */
export type ExitCode = 0 | 1 | 2;
