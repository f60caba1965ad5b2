// Preloaded into the s3rver process (`node --import`), before its own modules load.
//
// s3rver 3.7.1's DeleteObject removes the key's folder on disk once it is empty, while a PutObject
// into that folder may sit between its mkdir and its open: the open then fails with ENOENT on a
// write stream that has no 'error' listener, and the whole server exits. Two restic jobs on one
// repository hit this with their lock files (`locks/`), and every later request got ECONNREFUSED.
// S3 has no folders, so keeping the empty ones changes nothing a client can see: s3rver lists
// keys by walking files, and empty folders yield none.
import { unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';

// The same module instance s3rver's own require() gets: CommonJS caches it by file.
const FilesystemStore = createRequire(import.meta.url)('s3rver/lib/stores/filesystem');

FilesystemStore.prototype.deleteObject = async function deleteObject(bucket, key) {
  const files = ['object', 'object.md5', 'metadata.json'].map((r) => this.getResourcePath(bucket, key, r));
  await Promise.all(
    files.map((f) =>
      unlink(f).catch((err) => {
        if (err.code !== 'ENOENT') throw err;
      }),
    ),
  );
};
