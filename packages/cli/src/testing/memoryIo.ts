import { Writable } from 'node:stream';
import type { CliIo, OutputStream } from '../CliIo';

export interface MemoryStream extends OutputStream {
  readonly text: () => string;
}

/** A stream that keeps what is written, so tests can run the CLI in-process and read its output. */
export function memoryStream(isTTY = false): MemoryStream {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return Object.assign(stream, { isTTY, text: () => chunks.join('') });
}

export function memoryIo(): CliIo & { readonly stdout: MemoryStream; readonly stderr: MemoryStream } {
  return { stdout: memoryStream(), stderr: memoryStream() };
}
