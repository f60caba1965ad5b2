export const id = 706;
export const ids = [706];
export const modules = {

/***/ 39706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s3Access: () => (/* binding */ s3Access)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53711);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37827);


async function s3Access(spec, env) {
    const region = spec.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
    const keys = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        }
        : undefined;
    const client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.S3Client({
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
    }
    catch (e) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x('store', `no AWS credentials were found for ${spec.bucket} (${e.message})`, 'Credentials come only from the AWS SDK default chain: in GitHub Actions use aws-actions/configure-aws-credentials (OIDC) before this step; elsewhere AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN) or AWS_PROFILE.');
    }
    const childEnv = {
        AWS_ACCESS_KEY_ID: creds.accessKeyId,
        AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
        AWS_DEFAULT_REGION: region,
    };
    // A profile or a token file would make restic look again, maybe differently: it gets exactly these.
    for (const k of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_SHARED_CREDENTIALS_FILE'])
        childEnv[k] = undefined;
    if (creds.sessionToken)
        childEnv.AWS_SESSION_TOKEN = creds.sessionToken;
    return {
        env: childEnv,
        async publish(site, files) {
            const base = [spec.prefix, site, 'restic'].filter(Boolean).join('/');
            const [first, ...rest] = files;
            try {
                if (!first || !(await createOnce(client, spec.bucket, `${base}/${first.key}`, first.body)))
                    return false;
                for (const f of rest)
                    await putObject(client, spec.bucket, `${base}/${f.key}`, f.body);
                return true;
            }
            finally {
                client.destroy();
            }
        },
    };
}
const statusOf = (e) => e.$metadata?.httpStatusCode;
const codeOf = (e) => e.Code ?? e.name;
async function putObject(client, bucket, key, body) {
    await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}
/** The object's bytes, or undefined when there is none. */
async function getObject(client, bucket, key) {
    try {
        const r = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetObjectCommand({ Bucket: bucket, Key: key }));
        return Buffer.from(await r.Body.transformToByteArray());
    }
    catch (e) {
        if (statusOf(e) === 404 || codeOf(e) === 'NoSuchKey')
            return undefined;
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
async function createOnce(client, bucket, key, body) {
    if ((await getObject(client, bucket, key)) !== undefined)
        return false;
    try {
        await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.PutObjectCommand({ Bucket: bucket, Key: key, Body: body, IfNoneMatch: '*' }));
    }
    catch (e) {
        const status = statusOf(e);
        if (status === 412 || status === 409)
            return false;
        if (status !== 501 && codeOf(e) !== 'NotImplemented')
            throw e;
        await putObject(client, bucket, key, body);
    }
    const back = await getObject(client, bucket, key);
    return back !== undefined && back.equals(body);
}


/***/ })

};
