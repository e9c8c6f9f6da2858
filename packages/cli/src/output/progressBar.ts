import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { OutputStream } from '../CliIo';

export interface Progress {
  update(file: string, bytesRead: number): void;
  stop(): void;
}

/** A single file smaller than this reads in about a second: no bar. */
const largeFileBytes = 4 * 1024 * 1024;

/**
 * A progress bar on stderr over the bytes of all files, drawn only on a terminal and only when there is
 * something to wait for (several files, or a large one), so pipes and --json output stay clean.
 */
export async function startProgress(stream: OutputStream, files: readonly string[], label = '检查中'): Promise<Progress | undefined> {
  if (stream.isTTY !== true) return undefined;
  const sizes = await Promise.all(files.map((file) => stat(file).then((info) => info.size, () => 0)));
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  if (files.length < 2 && totalBytes < largeFileBytes) return undefined;

  const offsets = new Map<string, { offset: number; size: number }>();
  sizes.reduce((offset, size, index) => {
    offsets.set(files[index] ?? '', { offset, size });
    return offset + size;
  }, 0);
  const bar = new SingleBar({
    stream,
    format: `${label} |{bar}| {percentage}% · {file}`,
    clearOnComplete: true,
    hideCursor: true,
    barsize: 30,
  });
  bar.start(Math.max(totalBytes, 1), 0, { file: '' });
  return {
    update(file, bytesRead) {
      const place = offsets.get(file) ?? { offset: 0, size: 0 };
      bar.update(place.offset + Math.min(bytesRead, place.size), { file: basename(file) });
    },
    stop() {
      bar.stop();
    },
  };
}
