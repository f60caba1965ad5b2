import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { TransientError, sleep } from './retry.js';

// The Divio API v3 calls divio-cli makes for `app pull media` (DV localdev/backups.py, cloud.py,
// api_requests.py). The CLI's own `pull media` needs a local Docker project and then deletes and
// replaces data/media, so for media we make its calls ourselves: create a backup of the STORAGE
// service instance, wait for it, create a download, wait for that, fetch the tarball.
// Like the CLI, each backup is marked for deletion an hour later so it does not eat the quota.

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class DivioApiError extends Error {
  override name = 'DivioApiError';
}

interface Page<T> {
  results?: T[];
  next?: string | null;
}

export interface DivioApiOptions {
  /** https://api.divio.com, or what the zone maps to. */
  base: string;
  token: string;
  pollMs: number;
}

/** The API host for a zone, as the CLI derives it: `https://control.<zone>` with control -> api. */
export function divioEndpoints(zone: string): { control: string; api: string } {
  const control = /^https?:\/\//.test(zone) ? zone.replace(/\/+$/, '') : `https://control.${zone}`;
  return { control, api: control.replace('control', 'api') };
}

export class DivioApi {
  constructor(private readonly o: DivioApiOptions) {}

  private async call<T>(method: 'GET' | 'POST', pathOrUrl: string, body: unknown, signal: AbortSignal): Promise<T> {
    const url = new URL(pathOrUrl, this.o.base + '/').href;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { Authorization: `Token ${this.o.token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal,
      });
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      throw new TransientError(`the Divio API could not be reached (${(e as Error).message})`);
    }
    const text = await res.text();
    const path = new URL(url).pathname;
    if (res.status === 401 || res.status === 403) throw new DivioApiError(`the Divio API refused the token (HTTP ${res.status} on ${path}): check DIVIO_TOKEN`);
    if (res.status === 404) throw new DivioApiError(`the Divio API has no ${path} (HTTP 404): check \`project\`, \`environment\` and \`divio-prefix\``);
    if (res.status >= 500 || res.status === 429) throw new TransientError(`the Divio API answered HTTP ${res.status} on ${path}`);
    if (!res.ok) throw new DivioApiError(`the Divio API answered HTTP ${res.status} on ${path}: ${text.slice(0, 200)}`);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new TransientError(`the Divio API answered ${path} with something that is not JSON`);
    }
  }

  private async all<T>(first: string, signal: AbortSignal): Promise<T[]> {
    const out: T[] = [];
    let next: string | null | undefined = first;
    for (let pages = 0; next && pages < 50; pages++) {
      const page: Page<T> = await this.call<Page<T>>('GET', next, undefined, signal);
      out.push(...(page.results ?? []));
      next = page.next;
    }
    return out;
  }

  /** `project` may be the application UUID or its slug. */
  async applicationUuid(project: string, signal: AbortSignal): Promise<string> {
    if (UUID_RE.test(project)) return project;
    const apps = await this.all<{ uuid: string }>(`/apps/v3/applications/?slug=${encodeURIComponent(project)}`, signal);
    if (!apps[0]?.uuid) throw new DivioApiError(`no Divio application with the slug "${project}" is visible to this token`);
    return apps[0].uuid;
  }

  async environmentUuid(app: string, slug: string, signal: AbortSignal): Promise<string> {
    const envs = await this.all<{ uuid: string }>(`/apps/v3/environments/?application=${encodeURIComponent(app)}&slug=${encodeURIComponent(slug)}`, signal);
    if (!envs[0]?.uuid) throw new DivioApiError(`the application has no environment "${slug}"`);
    return envs[0].uuid;
  }

  async serviceInstance(env: string, type: 'STORAGE' | 'DATABASE', prefix: string, signal: AbortSignal): Promise<string> {
    const all = await this.all<{ uuid: string; type: string; prefix: string }>(`/apps/v3/service-instances/?environment=${encodeURIComponent(env)}`, signal);
    const matches = all.filter((s) => s.type === type && s.prefix === prefix);
    if (matches.length === 0) throw new DivioApiError(`the environment has no ${type} service with the prefix ${prefix} (set \`divio-prefix\`)`);
    if (matches.length > 1) throw new DivioApiError(`the environment has several ${type} services with the prefix ${prefix}`);
    return matches[0]!.uuid;
  }

  /** Creates a backup of one service instance and waits until it is complete; returns the backup and its service-instance backup. */
  async backup(env: string, si: string, signal: AbortSignal): Promise<{ backup: string; siBackup: string }> {
    const deleteAt = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const created = await this.call<{ uuid?: string }>(
      'POST',
      '/apps/v3/backups/',
      { environment: env, services: [si], trigger: 'MANUAL', notes: 'site-backup-action', scheduled_for_deletion_at: deleteAt },
      signal,
    );
    if (!created.uuid) throw new TransientError('the Divio API created a backup without an id');
    // Like the CLI, no limit of our own here: the component timeout ends a backup that never finishes.
    for (;;) {
      const b = await this.call<{ state?: string; success?: string; service_instance_backups?: string[] }>('GET', `/apps/v3/backups/${created.uuid}/`, undefined, signal);
      if (b.state === 'COMPLETED') {
        if (b.success !== 'SUCCESS') throw new TransientError(`Divio backup ${created.uuid} completed with success=${b.success ?? 'unknown'}`);
        const siBackup = b.service_instance_backups?.[0];
        if (!siBackup) throw new DivioApiError(`Divio backup ${created.uuid} holds no service instance backup`);
        return { backup: created.uuid, siBackup };
      }
      await sleep(this.o.pollMs, signal);
    }
  }

  /** Asks for a download of a service-instance backup and waits for its URL. */
  async downloadUrl(backup: string, siBackup: string, signal: AbortSignal): Promise<string> {
    const dl = await this.call<{ uuid?: string }>('POST', '/apps/v3/backup-downloads/', { backup, service_instance_backups: [siBackup], trigger: 'MANUAL' }, signal);
    if (!dl.uuid) throw new TransientError('the Divio API created a backup download without an id');
    const sis = await this.all<{ uuid: string }>(`/apps/v3/backup-download-service-instances/?backup=${encodeURIComponent(dl.uuid)}`, signal);
    const dlSi = sis[0]?.uuid;
    if (!dlSi) throw new TransientError(`backup download ${dl.uuid} has no service instance download`);
    for (;;) {
      const s = await this.call<{ ended_at?: string | null; errors?: unknown; download_url?: string }>('GET', `/apps/v3/backup-download-service-instances/${dlSi}`, undefined, signal);
      if (s.ended_at) {
        if (s.errors && (!Array.isArray(s.errors) || s.errors.length > 0)) throw new TransientError(`the Divio backup download failed: ${JSON.stringify(s.errors).slice(0, 200)}`);
        if (!s.download_url) throw new TransientError('the Divio backup download ended without a URL');
        return s.download_url;
      }
      await sleep(this.o.pollMs, signal);
    }
  }

  /** Fetches a presigned URL to a file. The token is NOT sent: the URL points at object storage. */
  async fetchTo(url: string, file: string, signal: AbortSignal): Promise<number> {
    let res: Response;
    try {
      res = await fetch(url, { signal });
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      throw new TransientError(`the backup download could not be fetched (${(e as Error).message})`);
    }
    if (!res.ok || !res.body) throw new TransientError(`the backup download answered HTTP ${res.status}`);
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
}
