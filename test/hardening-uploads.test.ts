import { CreateMultipartUploadCommand, S3Client, UploadPartCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { pruneCommand } from '../src/commands/prune.js';
import { testIo } from './helpers/io.js';
import { startS3Proxy, type S3Proxy } from './helpers/s3-proxy.js';
import { S3RVER_CREDENTIALS, useS3rver } from './helpers/s3rver.js';
import { tempDir } from './helpers/tmp.js';

// A killed backup leaves its multipart upload behind, and its parts are billed until someone
// aborts it. Prune aborts our own stale uploads under the site's prefix, and nothing else.
// s3rver has no ListMultipartUploads or AbortMultipartUpload: the proxy answers them.

const s3 = useS3rver();
let proxy: S3Proxy;
let client: S3Client;
beforeAll(async () => {
  proxy = await startS3Proxy(s3.endpoint);
  client = new S3Client({
    endpoint: proxy.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: S3RVER_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: S3RVER_CREDENTIALS.AWS_SECRET_ACCESS_KEY },
  });
});
afterAll(async () => {
  client?.destroy();
  await proxy?.stop();
});

/** What a run killed in the middle of uploading leaves: an upload begun, one part sent, never finished. */
async function leftover(key: string, ageHours: number): Promise<string> {
  const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key }));
  await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 1, Body: Buffer.alloc(1024, 1) }));
  proxy.uploads.find((u) => u.uploadId === UploadId)!.initiated = new Date(Date.now() - ageHours * 3600_000);
  return UploadId!;
}

describe('unfinished multipart uploads', () => {
  it('prune aborts our stale uploads under the site prefix, and leaves young and foreign ones', async () => {
    const root = await tempDir('sba-uploads-');
    const inputs = { store: `s3://${s3.bucket}/sites`, 's3-endpoint': proxy.endpoint, 's3-force-path-style': 'true', site: 'acme' };
    await backupCommand(testIo({ ...inputs, 'data-command': 'echo "select 1;" > "$BACKUP_OUT/x.sql"' }, s3.env, root));
    const stale = await leftover('sites/acme/production/20261121T050003Z-scheduled-r1s0a0b0c/data.tar.zst', 30);
    const staleToo = await leftover('sites/acme/production/20261122T050003Z-scheduled-r2s0a0b0c/assets.tar.gz', 48);
    const young = await leftover('sites/acme/production/20261123T050003Z-scheduled-r3s0a0b0c/data.tar.zst', 1);
    const otherSite = await leftover('sites/other/production/20261121T050003Z-scheduled-r1s0a0b0c/data.tar.zst', 30);
    const notOurs = await leftover('sites/acme/production/someone-elses-file.bin', 30);
    proxy.requests.length = 0;

    const io = testIo({ ...inputs, retention: 'last=5' }, s3.env, root);
    await pruneCommand(io);

    const aborted = proxy.requests.filter((r) => r.op === 'AbortMultipartUpload').map((r) => r.query.get('uploadId'));
    expect(aborted.sort()).toEqual([stale, staleToo].sort());
    expect(proxy.uploads.map((u) => u.uploadId).sort()).toEqual([young, otherSite, notOurs].sort());
    expect(io.lines.join('\n')).toContain('Aborted 2 unfinished multipart upload(s) of acme/production older than a day');
  }, 60_000);
});
