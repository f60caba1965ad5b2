import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  require_dist_cjs
} from "./chunk-ACPUUD43.js";
import "./chunk-5D2SZGSG.js";
import {
  __toESM
} from "./chunk-BB3JDYVJ.js";

// src/restic/s3.ts
var import_client_s3 = __toESM(require_dist_cjs(), 1);
async function s3Access(spec, env) {
  const region = spec.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1";
  const keys = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY ? {
    accessKeyId: env.AWS_ACCESS_KEY_ID,
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
    ...env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}
  } : void 0;
  const client = new import_client_s3.S3Client({
    region,
    forcePathStyle: spec.forcePathStyle,
    ...spec.endpoint ? { endpoint: spec.endpoint } : {},
    ...keys ? { credentials: keys } : {},
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED"
  });
  let creds;
  try {
    creds = await client.config.credentials();
  } catch (e) {
    throw new ConfigError(
      "store",
      `no AWS credentials were found for ${spec.bucket} (${e.message})`,
      "Credentials come only from the AWS SDK default chain: in GitHub Actions use aws-actions/configure-aws-credentials (OIDC) before this step; elsewhere AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN) or AWS_PROFILE."
    );
  }
  const childEnv = {
    AWS_ACCESS_KEY_ID: creds.accessKeyId,
    AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
    AWS_DEFAULT_REGION: region
  };
  for (const k of ["AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_SHARED_CREDENTIALS_FILE"])
    childEnv[k] = void 0;
  if (creds.sessionToken) childEnv.AWS_SESSION_TOKEN = creds.sessionToken;
  return {
    env: childEnv,
    async publish(site, files) {
      const base = [spec.prefix, site, "restic"].filter(Boolean).join("/");
      const [first, ...rest] = files;
      try {
        if (!first || !await createOnce(client, spec.bucket, `${base}/${first.key}`, first.body)) return false;
        for (const f of rest) await putObject(client, spec.bucket, `${base}/${f.key}`, f.body);
        return true;
      } finally {
        client.destroy();
      }
    }
  };
}
var statusOf = (e) => e.$metadata?.httpStatusCode;
var codeOf = (e) => e.Code ?? e.name;
async function putObject(client, bucket, key, body) {
  await client.send(new import_client_s3.PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}
async function getObject(client, bucket, key) {
  try {
    const r = await client.send(new import_client_s3.GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await r.Body.transformToByteArray());
  } catch (e) {
    if (statusOf(e) === 404 || codeOf(e) === "NoSuchKey") return void 0;
    throw e;
  }
}
async function createOnce(client, bucket, key, body) {
  if (await getObject(client, bucket, key) !== void 0) return false;
  try {
    await client.send(new import_client_s3.PutObjectCommand({ Bucket: bucket, Key: key, Body: body, IfNoneMatch: "*" }));
  } catch (e) {
    const status = statusOf(e);
    if (status === 412 || status === 409) return false;
    if (status !== 501 && codeOf(e) !== "NotImplemented") throw e;
    await putObject(client, bucket, key, body);
  }
  const back = await getObject(client, bucket, key);
  return back !== void 0 && back.equals(body);
}
export {
  s3Access
};
