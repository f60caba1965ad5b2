import { DeleteObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { expect, it } from 'vitest';
import { useS3rver } from './helpers/s3rver.js';

// The S3 double itself (helpers/s3rver-keep-dirs.mjs): unpatched, s3rver 3.7.1 exited within a
// few rounds of this, failing every later request of the file it served (restic-s3-race in CI).
const s3 = useS3rver();

it('survives a PutObject racing a DeleteObject in one folder, as two restic jobs do with their locks', async () => {
  const c = s3.client();
  const put = (Key: string) => c.send(new PutObjectCommand({ Bucket: s3.bucket, Key, Body: 'lock' }));
  const del = (Key: string) => c.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key }));
  for (let round = 0; round < 60; round++) {
    await put(`locks/a${round}`);
    await Promise.all([del(`locks/a${round}`), put(`locks/b${round}`)]);
    await del(`locks/b${round}`);
  }
  await put('data/kept');
  const listed = await c.send(new ListObjectsV2Command({ Bucket: s3.bucket, Delimiter: '/' }));
  // The emptied folder is still on disk, and still invisible: S3 has no folders.
  expect(listed.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['data/']);
  expect(listed.Contents ?? []).toEqual([]);
}, 60_000);
