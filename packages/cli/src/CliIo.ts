/** Where the command writes: process.stdout/stderr in real use, collecting streams in tests. */
export interface OutputStream extends NodeJS.WritableStream {
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}
