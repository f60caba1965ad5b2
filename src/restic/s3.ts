import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ConfigError } from '../config/errors.js';
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
  const keys = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) } : undefined;
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
    throw new ConfigError('store', `no AWS credentials were found for ${spec.bucket} (${(e as Error).message})`, 'Credentials come only from the AWS SDK default chain: in GitHub Actions use aws-actions/configure-aws-credentials (OIDC) before this step; elsewhere AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN) or AWS_PROFILE.');
  }
  const childEnv: NodeJS.ProcessEnv = {
    AWS_ACCESS_KEY_ID: creds.accessKeyId,
    AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
    AWS_DEFAULT_REGION: region,
  };
  // A profile or a token file would make restic look again, maybe differently: it gets exactly these.
  for (const k of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_SHARED_CREDENTIALS_FILE']) childEnv[k] = undefined;
  if (creds.sessionToken) childEnv.AWS_SESSION_TOKEN = creds.sessionToken;
  return {
    env: childEnv,
    async publish(site, files) {
      const base = [spec.prefix, site, 'restic'].filter(Boolean).join('/');
      try {
        for (const f of files) await client.send(new PutObjectCommand({ Bucket: spec.bucket, Key: `${base}/${f.key}`, Body: f.body, IfNoneMatch: '*' }));
        return true;
      } catch (e) {
        const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (status === 412 || status === 409) return false;
        throw e;
      } finally {
        client.destroy();
      }
    },
  };
}
