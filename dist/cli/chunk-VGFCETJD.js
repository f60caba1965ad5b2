import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/util/fs.ts
import { readdir } from "node:fs/promises";
async function readdirIfExists(dir) {
  try {
    return await readdir(dir);
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
}
function unwritten(bufs, written) {
  let skip = written;
  let i = 0;
  while (i < bufs.length && skip >= bufs[i].length) skip -= bufs[i++].length;
  if (i === bufs.length) return [];
  if (written === 0) throw new Error("the disk took no bytes (write returned 0)");
  return [bufs[i].subarray(skip), ...bufs.slice(i + 1)];
}

export {
  readdirIfExists,
  unwritten
};
