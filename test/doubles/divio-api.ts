import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tarGz, untarGz } from './fixtures.js';

// A double of Divio's API v3 (api.<zone>), its token check (/iam/v3/me/) and the object storage
// its backups live in, for the released divio-cli 4.0.5 and for our own API client. Written from
// the CLI's source (divio_cli/cloud.py, api_requests.py, client.py, utils.py, localdev/backups.py,
// localdev/push.py, localdev/main.py):
//   - lists are paginated ({count, next, results}); json_response_request_paginate reads `count`
//     and follows `next` (an absolute URL);
//   - backups go WORKING -> COMPLETED with success SUCCESS|FAILURE and service_instance_backups;
//   - a backup download has one download service instance whose `ended_at`, `errors` and
//     `download_url` the CLI polls (GET without a trailing slash);
//   - backups/upload answers {uuid, results: {<si>: {handler, upload_parameters, finish_url}}};
//     the CLI uploads the file with that handler (`exo-presigned-v1`: PUT to a presigned URL,
//     max_file_size; `s3-sts-v1`: boto3 PutObject with temporary credentials; `az-sas-v1`: Put
//     Blob to a SAS URL), POSTs finish_url without a token, then polls the backup;
//   - backup-restores answer {uuid} and are polled until `finished`, then `success`.
// The double keeps each environment's media (path -> bytes) and database (bytes): a backup
// snapshots them, a restore replaces them, so a test reads what a restore really did.
// It is an http.Server that never listens: the TLS proxy in test/doubles/tls-proxy.ts hands it
// the decrypted connections for api.<zone>, control.<zone>, storage.<zone> and the S3 and Azure
// hosts of the other two upload handlers.

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface DivioEnvState {
  uuid: string;
  slug: string;
  media: Map<string, Buffer>;
  database: Buffer;
  services: { uuid: string; type: 'STORAGE' | 'DATABASE'; prefix: string }[];
}

export interface DivioDoubleOptions {
  token: string;
  zone: string;
  slug: string;
  /** The legacy numeric id (`--remote-id 1234`). */
  legacyId?: number;
  environments: Record<string, { media?: Record<string, Buffer | string>; database?: Buffer }>;
  /** Polls before a backup, download or restore is done. */
  polls?: number;
  /** Failures a test asks for. */
  fail?: {
    backup?: boolean;
    /** Only the first N backups fail (a transient failure). */
    backupTimes?: number;
    /** The storage answers the download with this status and an S3-style XML error body. */
    downloadStatus?: number;
    /** The download is cut in half. */
    truncateDownload?: boolean;
    restore?: boolean;
    /** backups/upload/ answers 400 with an error that quotes the request's Authorization header (a verbose API error). */
    uploadEchoesToken?: boolean;
  };
  /** The Exoscale upload limit the upload parameters announce. */
  maxUploadSize?: number;
  /** The storage handler backups/upload/ names (localdev/backups.py knows these three). */
  uploadHandler?: 'exo-presigned-v1' | 's3-sts-v1' | 'az-sas-v1';
}

/** The temporary credentials an `s3-sts-v1` upload gets. */
export const DIVIO_STS = {
  aws_access_key_id: 'ASIADIVIODOUBLE',
  aws_secret_access_key: 'double-secret-key',
  aws_session_token: 'double-session-token',
  bucket: 'divio-backups',
};
const S3_HOSTS = [`${DIVIO_STS.bucket}.s3.amazonaws.com`, `${DIVIO_STS.bucket}.s3.us-east-1.amazonaws.com`];
const AZURE_HOST = 'divioacct.blob.core.windows.net';

/** An `aws-chunked` body (`<hex>;chunk-signature=…\r\n<data>\r\n … 0\r\n<trailers>`) back to its bytes. */
function unchunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', at);
    const size = parseInt(raw.subarray(at, eol).toString().split(';')[0]!, 16);
    if (!size) return Buffer.concat(parts);
    parts.push(raw.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

export interface DivioRequestRecord {
  method: string;
  host: string;
  path: string;
  auth: string | undefined;
  userAgent: string | undefined;
  /** x-amz-security-token, on S3 uploads. */
  sessionToken?: string | undefined;
  body: unknown;
}

interface Backup {
  uuid: string;
  env: DivioEnvState;
  si: string;
  siBackup: string;
  polls: number;
  content?: Buffer;
  /** Upload backups are done only once finish_url was called. */
  uploaded?: boolean;
  failed?: boolean;
  body: Record<string, unknown>;
}

export interface DivioDouble {
  server: Server;
  zone: string;
  appUuid: string;
  hosts: string[];
  requests: DivioRequestRecord[];
  env(slug: string): DivioEnvState;
  /** Every restore the double carried out, in order. */
  restores: { env: string; type: 'STORAGE' | 'DATABASE'; prefix: string; bytes: number; notes: unknown }[];
  backups(): { env: string; type: string; body: Record<string, unknown> }[];
  downloads: Record<string, unknown>[];
}

export function startDivioDouble(o: DivioDoubleOptions): DivioDouble {
  const polls = o.polls ?? 2;
  let failuresLeft = o.fail?.backupTimes ?? 0;
  const api = `api.${o.zone}`;
  const storage = `storage.${o.zone}`;
  const appUuid = randomUUID();
  const envs = new Map<string, DivioEnvState>();
  for (const [slug, e] of Object.entries(o.environments)) {
    const media = new Map<string, Buffer>();
    for (const [p, b] of Object.entries(e.media ?? {})) media.set(p, Buffer.from(b));
    envs.set(slug, {
      uuid: randomUUID(),
      slug,
      media,
      database: e.database ?? Buffer.alloc(0),
      services: [
        { uuid: randomUUID(), type: 'DATABASE', prefix: 'DEFAULT' },
        { uuid: randomUUID(), type: 'STORAGE', prefix: 'DEFAULT' },
      ],
    });
  }
  const byUuid = (u: string | null) => [...envs.values()].find((e) => e.uuid === u);
  const backups = new Map<string, Backup>();
  const siBackups = new Map<string, Backup>();
  const dlsis = new Map<string, { backup: Backup; polls: number }>();
  const restoreJobs = new Map<string, { polls: number; backup: Backup }>();
  const requests: DivioRequestRecord[] = [];
  const restores: DivioDouble['restores'] = [];
  const downloads: Record<string, unknown>[] = [];

  const typeOf = (b: Backup) => b.env.services.find((s) => s.uuid === b.si)!;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const page = (res: ServerResponse, results: unknown[]) => send(res, 200, { count: results.length, next: null, previous: null, results });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const u = new URL(req.url ?? '/', `https://${host}`);
    let body: unknown;
    if (raw.length && String(req.headers['content-type']).includes('json')) body = JSON.parse(raw.toString()) as unknown;
    else if (raw.length) body = { bytes: raw.length };
    requests.push({
      method: req.method ?? 'GET',
      host,
      path: u.pathname + u.search,
      auth: req.headers.authorization,
      userAgent: req.headers['user-agent'],
      sessionToken: req.headers['x-amz-security-token'] as string | undefined,
      body,
    });
    const b = (body ?? {}) as Record<string, unknown>;

    if (S3_HOSTS.includes(host) && req.method === 'PUT') {
      // PutObject with the temporary credentials (the signature itself is not checked).
      const bk = backups.get(decodeURIComponent(u.pathname).replace(/^\/uploads\//, ''));
      const signed =
        String(req.headers.authorization).includes(`Credential=${DIVIO_STS.aws_access_key_id}/`) &&
        req.headers['x-amz-security-token'] === DIVIO_STS.aws_session_token;
      if (!bk || !signed) return send(res, 403, { error: 'AccessDenied' });
      bk.content = String(req.headers['content-encoding']).includes('aws-chunked') ? unchunk(raw) : raw;
      res.writeHead(200, { etag: '"double"' });
      return res.end();
    }
    if (host === AZURE_HOST && req.method === 'PUT') {
      const bk = backups.get(u.pathname.replace(/^\/backups\//, ''));
      if (!bk || req.headers['x-ms-blob-type'] !== 'BlockBlob' || u.searchParams.get('sig') !== 'double')
        return send(res, 403, { error: 'AuthenticationFailed' });
      bk.content = raw;
      res.writeHead(201, {
        etag: '"double"',
        'last-modified': new Date().toUTCString(),
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2021-08-06',
        'x-ms-request-server-encrypted': 'true',
      });
      return res.end();
    }
    if (host === storage) {
      // Presigned object storage: no token, the signature is in the URL.
      let m = /^\/download\/([^/]+)$/.exec(u.pathname);
      if (m && req.method === 'GET') {
        const d = dlsis.get(m[1]!);
        if (!d) return send(res, 404, {});
        if (o.fail?.downloadStatus) {
          res.writeHead(o.fail.downloadStatus, { 'content-type': 'application/xml' });
          return res.end(
            '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>',
          );
        }
        const content = d.backup.content!;
        const data = o.fail?.truncateDownload ? content.subarray(0, Math.floor(content.length / 2)) : content;
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(data.length) });
        return res.end(data);
      }
      m = /^\/upload\/([^/]+)$/.exec(u.pathname);
      if (m && req.method === 'PUT') {
        const bk = backups.get(m[1]!);
        if (!bk) return send(res, 404, {});
        bk.content = raw;
        res.writeHead(200);
        return res.end();
      }
      m = /^\/finish\/([^/]+)$/.exec(u.pathname);
      if (m && req.method === 'POST') {
        const bk = backups.get(m[1]!);
        if (!bk) return send(res, 404, {});
        bk.uploaded = true;
        return send(res, 200, {});
      }
      return send(res, 404, {});
    }
    if (host !== api) return send(res, 404, { detail: `no such host ${host}` });
    if (req.headers.authorization !== `Token ${o.token}`) return send(res, 401, { detail: 'Invalid token.' });

    const p = u.pathname;
    if (p === '/iam/v3/me/') return send(res, 200, { uuid: 'user-1', email: 'ops@example.com', first_name: 'Ops', last_name: 'Bot' });
    if (p === '/apps/v3/applications/')
      return page(res, u.searchParams.get('slug') === o.slug ? [{ uuid: appUuid, slug: o.slug, name: o.slug }] : []);
    if (p === `/apps/v3/applications/${appUuid}/`) return send(res, 200, { uuid: appUuid, slug: o.slug, name: o.slug });
    if (p === '/legacy/v3/applications/')
      return page(res, u.searchParams.get('id') === String(o.legacyId) ? [{ uuid: appUuid, id: o.legacyId }] : []);
    if (p === '/apps/v3/environments/') {
      const e = u.searchParams.get('application') === appUuid ? envs.get(u.searchParams.get('slug') ?? '') : undefined;
      return page(res, e ? [{ uuid: e.uuid, slug: e.slug, application: appUuid }] : []);
    }
    let m = /^\/apps\/v3\/environments\/([^/]+)\/$/.exec(p);
    if (m) {
      const e = byUuid(m[1]!);
      return e
        ? send(res, 200, { uuid: e.uuid, slug: e.slug, application: appUuid, last_finished_deployment: null })
        : send(res, 404, { detail: 'Not found.' });
    }
    if (p === '/apps/v3/service-instances/') {
      const e = byUuid(u.searchParams.get('environment'));
      return page(
        res,
        (e?.services ?? []).map((s) => ({ ...s, environment: e!.uuid })),
      );
    }
    if (p === '/apps/v3/backups/' && req.method === 'POST') {
      const e = byUuid(String(b.environment));
      const services = b.services as string[] | undefined;
      if (!e || !services || services.length !== 1 || !e.services.some((s) => s.uuid === services[0]))
        return send(res, 400, { non_field_errors: ['Invalid environment or services.'] });
      const bk: Backup = {
        uuid: randomUUID(),
        env: e,
        si: services[0]!,
        siBackup: randomUUID(),
        polls: 0,
        body: b,
        failed: failuresLeft-- > 0,
      };
      bk.content = typeOf(bk).type === 'STORAGE' ? await tarGz(e.media) : Buffer.from(e.database);
      backups.set(bk.uuid, bk);
      siBackups.set(bk.siBackup, bk);
      return send(res, 201, { uuid: bk.uuid });
    }
    if (p === '/apps/v3/backups/upload/' && req.method === 'POST') {
      if (o.fail?.uploadEchoesToken)
        return send(res, 400, { non_field_errors: [`Uploads are paused for this region (request: ${req.headers.authorization}).`] });
      const e = byUuid(String(b.environment));
      const services = b.services as string[] | undefined;
      if (!e || !services || services.length !== 1 || !e.services.some((s) => s.uuid === services[0]))
        return send(res, 400, { non_field_errors: ['Invalid environment or services.'] });
      const bk: Backup = { uuid: randomUUID(), env: e, si: services[0]!, siBackup: randomUUID(), polls: 0, uploaded: false, body: b };
      backups.set(bk.uuid, bk);
      siBackups.set(bk.siBackup, bk);
      return send(res, 201, {
        uuid: bk.uuid,
        results: {
          [bk.si]: {
            handler: o.uploadHandler ?? 'exo-presigned-v1',
            upload_parameters:
              o.uploadHandler === 's3-sts-v1'
                ? { ...DIVIO_STS, key: `uploads/${bk.uuid}` }
                : o.uploadHandler === 'az-sas-v1'
                  ? { url: `https://${AZURE_HOST}/backups/${bk.uuid}?sv=2021-08-06&sr=b&sp=cw&sig=double` }
                  : { url: `https://${storage}/upload/${bk.uuid}?X-Amz-Signature=double`, max_file_size: o.maxUploadSize ?? 5 * 1024 ** 3 },
            finish_url: `https://${storage}/finish/${bk.uuid}?signature=double`,
          },
        },
      });
    }
    m = /^\/apps\/v3\/backups\/([^/]+)\/$/.exec(p);
    if (m) {
      const bk = backups.get(m[1]!);
      if (!bk) return send(res, 404, { detail: 'Not found.' });
      if (bk.uploaded === false) return send(res, 200, { uuid: bk.uuid, state: 'WAITING', success: null, service_instance_backups: [] });
      if (++bk.polls < polls) return send(res, 200, { uuid: bk.uuid, state: 'WORKING', success: null, service_instance_backups: [] });
      const ok = !o.fail?.backup && !bk.failed && bk.content !== undefined;
      return send(res, 200, {
        uuid: bk.uuid,
        state: 'COMPLETED',
        success: ok ? 'SUCCESS' : 'FAILURE',
        service_instance_backups: [bk.siBackup],
      });
    }
    m = /^\/apps\/v3\/service-instance-backups\/([^/]+)\/$/.exec(p);
    if (m) {
      const bk = siBackups.get(m[1]!);
      if (!bk) return send(res, 404, { detail: 'Not found.' });
      const failed = o.fail?.backup || bk.failed;
      return send(res, 200, {
        uuid: bk.siBackup,
        backup: bk.uuid,
        service_type: typeOf(bk).type,
        ended_at: new Date().toISOString(),
        errors: failed ? ['disk full'] : null,
      });
    }
    if (p === '/apps/v3/backup-downloads/' && req.method === 'POST') {
      downloads.push(b);
      const bk = backups.get(String(b.backup));
      const sis = b.service_instance_backups as string[] | undefined;
      if (!bk || sis?.[0] !== bk.siBackup) return send(res, 400, { non_field_errors: ['Invalid backup.'] });
      const id = randomUUID();
      dlsis.set(`${id}`, { backup: bk, polls: 0 });
      return send(res, 201, { uuid: id });
    }
    if (p === '/apps/v3/backup-download-service-instances/') {
      const id = u.searchParams.get('backup') ?? '';
      return page(res, dlsis.has(id) ? [{ uuid: id }] : []);
    }
    m = /^\/apps\/v3\/backup-download-service-instances\/([^/]+)$/.exec(p);
    if (m) {
      const d = dlsis.get(m[1]!);
      if (!d) return send(res, 404, { detail: 'Not found.' });
      if (++d.polls < polls) return send(res, 200, { uuid: m[1], ended_at: null, errors: null, download_url: null });
      return send(res, 200, {
        uuid: m[1],
        ended_at: new Date().toISOString(),
        errors: null,
        download_url: `https://${storage}/download/${m[1]}?X-Amz-Signature=double`,
      });
    }
    if (p === '/apps/v3/backup-restores/' && req.method === 'POST') {
      const bk = backups.get(String(b.backup));
      const sir = (b.service_instance_restores as { service_instance_backup?: string }[] | undefined)?.[0];
      if (!bk || sir?.service_instance_backup !== bk.siBackup || !bk.content)
        return send(res, 400, { non_field_errors: ['Invalid backup.'] });
      const id = randomUUID();
      restoreJobs.set(id, { polls: 0, backup: bk });
      if (!o.fail?.restore) {
        const si = typeOf(bk);
        if (si.type === 'STORAGE') bk.env.media = await untarGz(bk.content);
        else bk.env.database = bk.content;
        restores.push({ env: bk.env.slug, type: si.type, prefix: si.prefix, bytes: bk.content.length, notes: b.notes });
      }
      return send(res, 201, { uuid: id });
    }
    m = /^\/apps\/v3\/backup-restores\/([^/]+)\/$/.exec(p);
    if (m) {
      const r = restoreJobs.get(m[1]!);
      if (!r) return send(res, 404, { detail: 'Not found.' });
      if (++r.polls < polls) return send(res, 200, { uuid: m[1], finished: false, success: null });
      return send(res, 200, { uuid: m[1], finished: true, success: o.fail?.restore ? 'FAILURE' : 'SUCCESS' });
    }
    return send(res, 404, { detail: 'Not found.' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => send(res, 500, { detail: e.message }));
  });
  return {
    server,
    zone: o.zone,
    appUuid,
    hosts: [api, `control.${o.zone}`, storage, ...S3_HOSTS, AZURE_HOST],
    requests,
    restores,
    downloads,
    env(slug) {
      const e = envs.get(slug);
      if (!e) throw new Error(`the double has no environment ${slug}`);
      return e;
    },
    backups: () => [...backups.values()].map((bk) => ({ env: bk.env.slug, type: typeOf(bk).type, body: bk.body })),
  };
}
