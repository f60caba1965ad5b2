import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ConfigError } from '../model/errors.js';
import type { ResticSpec } from './repo.js';

type S3Spec = Extract<ResticSpec, { kind: 's3' }>;

// S3 for restic: the credentials come from the AWS SDK's default chain (environment, profile,
// SSO, web identity: OIDC through aws-actions/configure-aws-credentials keeps working), resolved
// here once and handed to restic as AWS_* variables in its environment only. The same client
// publishes a new repository's config with a conditional write (see ResticRepo.ensureInitialised).

export interface S3Access {
  env: NodeJS.ProcessEnv;
  publish(site: string, files: { key: string; body: Buffer }[]): Promise<boolean>;
}

export async function s3Access(spec: S3Spec, env: NodeJS.ProcessEnv): Promise<S3Access> {
  const region = spec.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const keys =
    env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? {
          accessKeyId: env.AWS_ACCESS_KEY_ID,
          secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
          ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        }
      : undefined;
  const client = new S3Client({
    region,
    forcePathStyle: spec.forcePathStyle,
    ...(spec.endpoint ? { endpoint: spec.endpoint } : {}),
    ...(keys ? { credentials: keys } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  let creds;
  try {
    creds = await client.config.credentials();
  } catch (e) {
    throw new ConfigError(
      'store',
      `no AWS credentials were found for ${spec.bucket} (${(e as Error).message})`,
      'Credentials come only from the AWS SDK default chain: in GitHub Actions use aws-actions/configure-aws-credentials (OIDC) before this step; elsewhere AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN) or AWS_PROFILE.',
    );
  }
  const childEnv: NodeJS.ProcessEnv = {
    AWS_ACCESS_KEY_ID: creds.accessKeyId,
    AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
    AWS_DEFAULT_REGION: region,
  };
  // A profile or a token file would make restic look again, maybe differently: it gets exactly these.
  for (const k of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_SHARED_CREDENTIALS_FILE'])
    childEnv[k] = undefined;
  if (creds.sessionToken) childEnv.AWS_SESSION_TOKEN = creds.sessionToken;
  return {
    env: childEnv,
    async publish(site, files) {
      const base = [spec.prefix, site, 'restic'].filter(Boolean).join('/');
      const [first, ...rest] = files;
      try {
        if (!first || !(await createOnce(client, spec.bucket, `${base}/${first.key}`, first.body))) return false;
        for (const f of rest) await putObject(client, spec.bucket, `${base}/${f.key}`, f.body);
        return true;
      } finally {
        client.destroy();
      }
    },
  };
}

const statusOf = (e: unknown) => (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
const codeOf = (e: unknown) => (e as { name?: string; Code?: string }).Code ?? (e as { name?: string }).name;

async function putObject(client: S3Client, bucket: string, key: string, body: Buffer): Promise<void> {
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}

/** The object's bytes, or undefined when there is none. */
async function getObject(client: S3Client, bucket: string, key: string): Promise<Buffer | undefined> {
  try {
    const r = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await r.Body!.transformToByteArray());
  } catch (e) {
    if (statusOf(e) === 404 || codeOf(e) === 'NoSuchKey') return undefined;
    throw e;
  }
}

/**
 * Creates `key` only if it does not exist; false when another writer has it. S3 decides with a
 * conditional write (If-None-Match: *, answered 412 or 409 when the key exists). Some
 * S3-compatible stores ignore the header (s3rver, older MinIO) or refuse it (501): there the key
 * is looked for first and read back after, which catches a writer that came before or replaced
 * ours, though not two writes in the same instant (FORMAT.md says so).
 */
async function createOnce(client: S3Client, bucket: string, key: string, body: Buffer): Promise<boolean> {
  if ((await getObject(client, bucket, key)) !== undefined) return false;
  try {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, IfNoneMatch: '*' }));
  } catch (e) {
    const status = statusOf(e);
    if (status === 412 || status === 409) return false;
    if (status !== 501 && codeOf(e) !== 'NotImplemented') throw e;
    await putObject(client, bucket, key, body);
  }
  const back = await getObject(client, bucket, key);
  return back !== undefined && back.equals(body);
}
