import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import https from 'node:https';
import { Readable, addAbortSignal } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { redact } from '../report/redact.js';
import { TransientError, sleep } from './retry.js';

// Divio's API v3, called the way divio-cli 4.0.5 calls it (divio_cli/cloud.py, api_requests.py,
// client.py, localdev/backups.py, localdev/push.py). In that release `app pull db` and
// `app pull media` work only inside a local Docker project (they load the download into it), and
// `app push db` needs one too, so backups of both and restores of the database make the CLI's own
// calls here:
//   pull: POST backups/ (trigger MANUAL, deleted an hour later, as the CLI does) -> poll until
//         COMPLETED -> POST backup-downloads/ (trigger PULL, as the CLI) -> poll its download
//         service instance until ended_at -> GET the presigned URL (no token: object storage)
//   push: POST backups/upload/ -> upload the file with the handler it names -> POST finish_url
//         -> poll the backup until COMPLETED -> POST backup-restores/ -> poll until finished
// Like the CLI, the polls have no limit of their own: the component timeout ends them.

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type DivioServiceType = 'STORAGE' | 'DATABASE';

/** A refusal or a missing resource: retrying does not help. */
export class DivioApiError extends Error {
  override name = 'DivioApiError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface DivioApiOptions {
  /** `divio.com` or a private zone: the API is https://api.<zone>, as divio-cli builds it. */
  zone: string;
  token: string;
  /** Between polls; the CLI waits 2 s. */
  pollMs: number;
}

interface Page<T> {
  results?: T[];
  next?: string | null;
}

/** What the upload parameters of backups/upload/ look like per storage handler (localdev/backups.py). */
interface UploadTarget {
  handler?: string;
  upload_parameters?: Record<string, unknown>;
  finish_url?: string;
}

const NOTE = 'site-backup-action';
const RETENTION_MS = 3600_000;

function deleteAt(): string {
  // Django REST framework's format, as the CLI sends it.
  return new Date(Date.now() + RETENTION_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class DivioApi {
  readonly base: string;

  constructor(private readonly o: DivioApiOptions) {
    this.base = `https://api.${o.zone}`;
  }

  private async call<T>(method: 'GET' | 'POST', pathOrUrl: string, body: unknown, signal: AbortSignal): Promise<T> {
    const url = new URL(pathOrUrl, this.base + '/');
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: {
          Authorization: `Token ${this.o.token}`,
          Accept: 'application/json',
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal,
      });
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      throw new TransientError(
        `the Divio API (${url.host}) could not be reached: ${(e as Error).message}${(e as { cause?: Error }).cause ? ` (${(e as { cause: Error }).cause.message})` : ''}`,
      );
    }
    const text = await res.text();
    const where = `${method} ${url.pathname}`;
    if (res.status === 401 || res.status === 403)
      throw new DivioApiError(
        `the Divio API refused the token (HTTP ${res.status} on ${where}): check DIVIO_TOKEN and that its user can access the application`,
        res.status,
      );
    if (res.status === 404) throw new DivioApiError(`the Divio API has no ${url.pathname} (HTTP 404)`, 404);
    if (res.status >= 500 || res.status === 429) throw new TransientError(`the Divio API answered HTTP ${res.status} on ${where}`);
    if (!res.ok)
      throw new DivioApiError(`the Divio API answered HTTP ${res.status} on ${where}: ${redact(text).slice(0, 300)}`, res.status);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new TransientError(`the Divio API answered ${where} with something that is not JSON`);
    }
  }

  private async all<T>(first: string, signal: AbortSignal): Promise<T[]> {
    const out: T[] = [];
    let next: string | null | undefined = first;
    for (let pages = 0; next && pages < 100; pages++) {
      const page: Page<T> = await this.call<Page<T>>('GET', next, undefined, signal);
      out.push(...(page.results ?? []));
      next = page.next;
    }
    return out;
  }

  /** The token check `divio login --check` makes. */
  async me(signal: AbortSignal): Promise<{ email?: string }> {
    return this.call('GET', '/iam/v3/me/', undefined, signal);
  }

  /**
   * The application UUID for `project`: a UUID as it is, digits as a legacy numeric id, anything
   * else as a slug. divio-cli 4.0.5 passes a slug through as if it were a UUID (cloud.py
   * get_application_uuid), so it must never reach `--remote-id` unresolved.
   */
  async applicationUuid(project: string, signal: AbortSignal): Promise<string> {
    if (UUID_RE.test(project)) {
      const uuid = project.toLowerCase();
      try {
        await this.call('GET', `/apps/v3/applications/${uuid}/`, undefined, signal);
      } catch (e) {
        if (e instanceof DivioApiError && e.status === 404)
          throw new DivioApiError(`no Divio application ${uuid} is visible to this token`, 404);
        throw e;
      }
      return uuid;
    }
    const legacy = /^\d+$/.test(project);
    const apps = await this.all<{ uuid?: string }>(
      legacy ? `/legacy/v3/applications/?id=${project}` : `/apps/v3/applications/?slug=${encodeURIComponent(project)}`,
      signal,
    );
    if (apps.length !== 1 || !apps[0]!.uuid) {
      throw new DivioApiError(
        `${apps.length === 0 ? 'no' : `${apps.length}`} Divio application${apps.length > 1 ? 's' : ''} with the ${legacy ? 'numeric id' : 'slug'} "${project}" ${apps.length > 1 ? 'are' : 'is'} visible to this token`,
      );
    }
    return apps[0]!.uuid;
  }

  async environmentUuid(app: string, slug: string, signal: AbortSignal): Promise<string> {
    const envs = await this.all<{ uuid?: string }>(
      `/apps/v3/environments/?application=${encodeURIComponent(app)}&slug=${encodeURIComponent(slug)}`,
      signal,
    );
    if (!envs[0]?.uuid) throw new DivioApiError(`the application has no environment "${slug}"`);
    return envs[0].uuid;
  }

  async serviceInstance(env: string, type: DivioServiceType, prefix: string, signal: AbortSignal): Promise<string> {
    const all = await this.all<{ uuid: string; type: string; prefix: string }>(
      `/apps/v3/service-instances/?environment=${encodeURIComponent(env)}`,
      signal,
    );
    const matches = all.filter((s) => s.type === type && s.prefix === prefix);
    if (matches.length === 0)
      throw new DivioApiError(`the environment has no ${type} service with the prefix ${prefix} (set \`divio-prefix\`)`);
    if (matches.length > 1) throw new DivioApiError(`the environment has several ${type} services with the prefix ${prefix}`);
    return matches[0]!.uuid;
  }

  private async waitForBackup(uuid: string, what: string, signal: AbortSignal): Promise<string> {
    for (;;) {
      await sleep(this.o.pollMs, signal);
      const b = await this.call<{ state?: string; success?: string | null; service_instance_backups?: string[] }>(
        'GET',
        `/apps/v3/backups/${uuid}/`,
        undefined,
        signal,
      );
      if (b.state !== 'COMPLETED') continue;
      if (b.success !== 'SUCCESS') {
        let detail = '';
        const si = b.service_instance_backups?.[0];
        if (si) {
          const s = await this.call<{ errors?: unknown }>('GET', `/apps/v3/service-instance-backups/${si}/`, undefined, signal).catch(
            () => ({ errors: undefined }),
          );
          if (s.errors) detail = `, ${redact(JSON.stringify(s.errors)).slice(0, 300)}`;
        }
        throw new TransientError(`${what} ${uuid} completed with success=${b.success ?? 'none'}${detail}`);
      }
      const si = b.service_instance_backups?.[0];
      if (!si) throw new DivioApiError(`${what} ${uuid} holds no service instance backup`);
      return si;
    }
  }

  /** Backs up one service of an environment and downloads it to `file`; returns the bytes. */
  async pull(env: string, si: string, file: string, signal: AbortSignal): Promise<number> {
    const created = await this.call<{ uuid?: string }>(
      'POST',
      '/apps/v3/backups/',
      { environment: env, services: [si], trigger: 'MANUAL', notes: NOTE, scheduled_for_deletion_at: deleteAt() },
      signal,
    );
    if (!created.uuid) throw new TransientError('the Divio API created a backup without an id');
    const siBackup = await this.waitForBackup(created.uuid, 'Divio backup', signal);
    const dl = await this.call<{ uuid?: string }>(
      'POST',
      '/apps/v3/backup-downloads/',
      { backup: created.uuid, service_instance_backups: [siBackup], trigger: 'PULL' },
      signal,
    );
    if (!dl.uuid) throw new TransientError('the Divio API created a backup download without an id');
    const sis = await this.all<{ uuid: string }>(
      `/apps/v3/backup-download-service-instances/?backup=${encodeURIComponent(dl.uuid)}`,
      signal,
    );
    const dlSi = sis[0]?.uuid;
    if (!dlSi) throw new TransientError(`backup download ${dl.uuid} has no service instance download`);
    for (;;) {
      await sleep(this.o.pollMs, signal);
      const s = await this.call<{ ended_at?: string | null; errors?: unknown; download_url?: string | null }>(
        'GET',
        `/apps/v3/backup-download-service-instances/${dlSi}`,
        undefined,
        signal,
      );
      if (!s.ended_at) continue;
      if (s.errors && (!Array.isArray(s.errors) || s.errors.length > 0))
        throw new TransientError(`the Divio backup download failed: ${redact(JSON.stringify(s.errors)).slice(0, 300)}`);
      if (!s.download_url) throw new TransientError('the Divio backup download ended without a URL');
      return fetchTo(s.download_url, file, signal);
    }
  }

  /** Uploads `file` as a backup of one service of an environment and restores it there. */
  async push(env: string, si: string, file: string, signal: AbortSignal): Promise<void> {
    const up = await this.call<{ uuid?: string; results?: Record<string, UploadTarget> }>(
      'POST',
      '/apps/v3/backups/upload/',
      { environment: env, services: [si], notes: NOTE, scheduled_for_deletion_at: deleteAt() },
      signal,
    );
    const target = up.results?.[si];
    if (!up.uuid || !target?.upload_parameters || !target.finish_url)
      throw new TransientError('the Divio API answered backups/upload/ without upload parameters');
    await upload(target.handler ?? '', target.upload_parameters, file, signal);
    // The CLI posts finish_url without the token (it is signed), with plain requests.post.
    const fin = await fetch(target.finish_url, { method: 'POST', signal });
    await fin.arrayBuffer();
    if (!fin.ok) throw new TransientError(`finishing the Divio upload answered HTTP ${fin.status}`);
    const siBackup = await this.waitForBackup(up.uuid, 'the Divio backup upload', signal);
    const restore = await this.call<{ uuid?: string }>(
      'POST',
      '/apps/v3/backup-restores/',
      { backup: up.uuid, service_instance_restores: [{ service_instance_backup: siBackup }], notes: NOTE },
      signal,
    );
    if (!restore.uuid) throw new TransientError('the Divio API created a restore without an id');
    for (;;) {
      await sleep(this.o.pollMs, signal);
      const r = await this.call<{ finished?: boolean; success?: string | null }>(
        'GET',
        `/apps/v3/backup-restores/${restore.uuid}/`,
        undefined,
        signal,
      );
      if (!r.finished) continue;
      // Not transient: the environment may be half restored, a person should look before a retry.
      if (r.success !== 'SUCCESS')
        throw new DivioApiError(`the Divio restore ${restore.uuid} finished with success=${r.success ?? 'none'}`);
      return;
    }
  }
}

/** GETs a presigned URL to a file. No token: the URL points at object storage. */
async function fetchTo(url: string, file: string, signal: AbortSignal): Promise<number> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    if (signal.aborted) throw signal.reason;
    throw new TransientError(`the backup download could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok || !res.body) {
    const text = await res.text().catch(() => '');
    throw new TransientError(`the backup download answered HTTP ${res.status}${text ? `: ${redact(text).slice(0, 200)}` : ''}`);
  }
  let bytes = 0;
  await pipeline(
    Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>),
    async function* (src) {
      for await (const chunk of src) {
        bytes += (chunk as Buffer).length;
        yield chunk;
      }
    },
    createWriteStream(file),
  );
  return bytes;
}

/** A PUT of the whole file with its length (presigned object storage refuses chunked bodies). */
async function put(url: string, file: string, size: number, headers: Record<string, string>, signal: AbortSignal): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'PUT',
      headers: { 'Content-Length': String(size), ...headers },
      body: Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>,
      duplex: 'half',
      signal,
    } as RequestInit);
  } catch (e) {
    if (signal.aborted) throw signal.reason;
    throw new TransientError(`the upload to Divio's storage failed (${(e as Error).message})`);
  }
  const text = await res.text();
  if (!res.ok) throw new TransientError(`the upload to Divio's storage answered HTTP ${res.status}: ${redact(text).slice(0, 200)}`);
}

/** The three storage handlers localdev/backups.py knows. */
async function upload(handler: string, p: Record<string, unknown>, file: string, signal: AbortSignal): Promise<void> {
  const size = (await stat(file)).size;
  if (handler === 'exo-presigned-v1') {
    const max = Number(p.max_file_size);
    if (Number.isFinite(max) && size > max)
      throw new DivioApiError(`the file is ${size} bytes, above Divio's upload limit of ${max} bytes for this region`);
    return put(String(p.url), file, size, {}, signal);
  }
  if (handler === 'az-sas-v1') {
    // One Put Blob (up to 5000 MiB), where the CLI's BlobClient.upload_blob would use blocks.
    if (size > 5000 * 1024 * 1024) throw new DivioApiError(`the file is ${size} bytes, above the 5000 MiB a single Azure upload takes`);
    return put(String(p.url), file, size, { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2021-08-06' }, signal);
  }
  if (handler === 's3-sts-v1') {
    const [{ S3Client }, { MAX_PARTS, PartPool, partSizeFor, uploadStream }] = await Promise.all([
      import('@aws-sdk/client-s3'),
      import('../stores/s3-multipart.js'),
    ]);
    const client = new S3Client({
      region: typeof p.region === 'string' ? p.region : 'us-east-1',
      followRegionRedirects: true,
      // Node's global agent: the one that honours HTTPS_PROXY under NODE_USE_ENV_PROXY=1, as
      // fetch does for every other call here (the SDK otherwise makes an agent of its own).
      requestHandler: { httpsAgent: https.globalAgent },
      credentials: {
        accessKeyId: String(p.aws_access_key_id),
        secretAccessKey: String(p.aws_secret_access_key),
        sessionToken: String(p.aws_session_token),
      },
    });
    // The store's own uploader: a plain PUT for a file of one part, else a multipart upload that
    // is aborted on any failure, an abort of the restore included (the body is destroyed).
    const body = addAbortSignal(signal, createReadStream(file));
    try {
      await uploadStream(client, { Bucket: String(p.bucket), Key: String(p.key) }, body, {
        partSize: partSizeFor(size),
        buffers: 2,
        maxParts: MAX_PARTS,
        pool: new PartPool(0),
        stopWith: (e) => (e instanceof Error ? e : new Error(String(e))),
      });
    } finally {
      body.destroy();
      client.destroy();
    }
    return;
  }
  throw new DivioApiError(`the Divio API asked for an upload with the handler "${handler}", which divio-cli 4.0.5 does not know either`);
}
