import { afterAll, beforeAll } from '@jest/globals';
import { join } from 'node:path';
import { makeTempDir } from '../../testing/tempDir';

/** A temp folder for the test file's files: made before its tests, removed after them. */
export function tempFiles(): { readonly path: (name: string) => string } {
  let temp: Awaited<ReturnType<typeof makeTempDir>> | undefined;
  beforeAll(async () => {
    temp = await makeTempDir();
  });
  afterAll(async () => {
    await temp?.remove();
  });
  return {
    path: (name) => {
      if (temp === undefined) throw new Error('tempFiles: the folder exists only while the tests run');
      return join(temp.dir, name);
    },
  };
}
