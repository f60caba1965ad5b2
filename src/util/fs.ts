import { readdir } from 'node:fs/promises';

/** A folder's names, or undefined when the folder does not exist; any other error throws. */
export async function readdirIfExists(dir: string): Promise<string[] | undefined> {
  try {
    return await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
