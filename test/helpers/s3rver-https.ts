import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startS3rver, type S3rver } from './s3rver.js';
import { tempDir } from './tmp.js';

/**
 * s3rver over HTTPS, with a self-signed certificate for 127.0.0.1 made by openssl. restic
 * (minio-go) signs uploads in streaming `aws-chunked` form over plain HTTP, and s3rver stores
 * that framing inside the objects, so a restic repository on s3rver needs HTTPS (DESIGN.md,
 * section 3). `ca` is the certificate, for SSL_CERT_FILE (restic, Go) and NODE_EXTRA_CA_CERTS
 * (a Node child process).
 */
export async function startS3rverHttps(opts: { bucket?: string } = {}): Promise<S3rver & { ca: string }> {
  const tls = await selfSignedCert();
  const s3 = await startS3rver({ ...opts, tls });
  return Object.assign(s3, { ca: tls.cert });
}

/** A throw-away key and self-signed certificate for 127.0.0.1 (the certificate is its own CA). */
export async function selfSignedCert(): Promise<{ key: string; cert: string }> {
  const dir = await tempDir('sba-s3rver-tls-');
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`openssl could not make a certificate: ${r.stderr || r.error?.message}`);
  return { key, cert };
}
