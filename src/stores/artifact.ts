import { DefaultArtifactClient } from '@actions/artifact';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { httpRangeSource, openZipEntry, type RangeSource } from '../archive/zip.js';
import type { StoreSpec } from '../config/common.js';
import { ConfigError } from '../model/errors.js';
import { githubClient, repoFromEnv, requestMessage, requestStatus, type GitHubClient, type RepoRef } from '../github/client.js';
import { parseBackupId } from '../model/backup-id.js';
import { MANIFEST_NAME } from '../model/manifest.js';
import type { Reporter } from '../report/reporter.js';
import { backoff, readRetriesFrom } from './read-retry.js';
import {
  isLayoutObject,
  ObjectReadError,
  type BackupRef,
  type BackupWriter,
  type RemoveResult,
  type Store,
  type StoredBackup,
} from './store.js';

// GitHub artifacts as a store. Each backup is ONE artifact, `<site>--<environment>--<backup-id>`,
// holding the same files as a backup folder elsewhere. Uploading goes through @actions/artifact
// (the Actions runtime, so only inside a job); listing, reading and deleting go through the REST
// API with `github-token`, which also works across workflow runs and outside Actions.
//
// @actions/artifact reads ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL and GITHUB_SERVER_URL from
// process.env itself. In the action that is the same object as `env`; the checks below read `env`.

export const ARTIFACT_SEPARATOR = '--';

/**
 * Artifact names are one flat string, so `a--b`/`c` and `a`/`b--c` would both be `a--b--c--<id>`,
 * and pruning one would match (and delete) the other's backups. A site or environment holding
 * the separator is refused before any request; every other name keeps the DESIGN.md layout.
 */
export function assertArtifactNames(site: string, environment: string): void {
  for (const [input, v] of [
    ['site', site],
    ['environment', environment],
  ] as const) {
    if (v.includes(ARTIFACT_SEPARATOR)) {
      throw new ConfigError(
        input,
        `"${v}" contains "${ARTIFACT_SEPARATOR}", which the artifact store uses to separate site, environment and backup id`,
        'Use a single `-` or `.` instead, or an S3 or folder store.',
      );
    }
  }
}

export function artifactName(ref: BackupRef): string {
  assertArtifactNames(ref.site, ref.environment);
  return [ref.site, ref.environment, ref.id].join(ARTIFACT_SEPARATOR);
}

/** A listed backup with the artifacts behind it (normally one; a retried upload can leave two). */
export interface ArtifactBackup extends StoredBackup {
  artifactIds: number[];
}

interface RestArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  created_at?: string | null;
  updated_at?: string | null;
  expires_at?: string | null;
  expired: boolean;
}

const PER_PAGE = 100;
// Listing pages by offset: an artifact created or deleted meanwhile shifts the pages, and the
// listing is then retried from the start rather than trusted.
const LIST_ATTEMPTS = 3;
const MAX_PAGES = 10_000;

type Permission = 'read' | 'write';

/** A download that sends no byte for this long has stalled: it is dropped and resumed. */
const STALL_MS = 60_000;

export interface ArtifactStoreOptions {
  /** How long a download may send nothing before it counts as stalled (default 60 s). */
  stallMs?: number;
}

export class ArtifactStore implements Store {
  readonly kind = 'artifact' as const;
  private readonly token: string | undefined;
  private client?: GitHubClient;
  /** Artifact name -> id, learned from listings and uploads, to spare a lookup per read. */
  private readonly ids = new Map<string, number>();
  /** Retried requests per object read before it fails as "could not read, try again". */
  private readonly readRetries: number;
  private readonly stallMs: number;

  constructor(
    readonly spec: Extract<StoreSpec, { kind: 'artifact' }>,
    readonly log: Reporter,
    readonly env: NodeJS.ProcessEnv,
    opts: ArtifactStoreOptions = {},
  ) {
    this.token = spec.token ?? (env.GITHUB_TOKEN?.trim() || undefined);
    log.setSecret(this.token);
    this.readRetries = readRetriesFrom(env);
    this.stallMs = opts.stallMs ?? STALL_MS;
  }

  /** The id of the artifact this run uploaded or listed for a backup, when known. */
  knownArtifactId(ref: BackupRef): number | undefined {
    return this.ids.get(artifactName(ref));
  }

  location(ref: BackupRef): string {
    return artifactName(ref);
  }

  objectUri(ref: BackupRef, name: string): string {
    return `${artifactName(ref)}/${name}`;
  }

  async createWriter(ref: BackupRef): Promise<BackupWriter> {
    this.requireRuntime();
    const name = artifactName(ref);
    // The one exception to "no second copy on disk": the artifact upload takes files, not streams,
    // so the archives are staged under RUNNER_TEMP and uploaded together at commit. Nothing else is
    // copied: each archive is written here once, straight from the packer.
    const staging = await mkdtemp(path.join(this.env.RUNNER_TEMP || os.tmpdir(), 'site-backup-artifact-'));
    const files: string[] = [];
    const { log, spec } = this;
    return {
      async put(object, body) {
        if (!isLayoutObject(object) || object === MANIFEST_NAME) throw new Error(`"${object}" is not an object name a backup may hold`);
        const p = path.join(staging, object);
        await pipeline(body, createWriteStream(p, { flags: 'wx' }));
        files.push(p);
      },
      commit: async (manifestJson) => {
        const manifestPath = path.join(staging, MANIFEST_NAME);
        await writeFile(manifestPath, manifestJson, { flag: 'wx' });
        let result: { id?: number; size?: number };
        try {
          // Level 0: the archives are compressed already, and deflating them again only costs CPU.
          result = await new DefaultArtifactClient().uploadArtifact(name, [...files, manifestPath], staging, {
            compressionLevel: 0,
            ...(spec.retentionDays ? { retentionDays: spec.retentionDays } : {}),
          });
        } catch (e) {
          throw new Error(`uploading artifact ${name} failed: ${(e as Error).message}`, { cause: e });
        }
        // Uploaded whole and finalized in one step, so a listed artifact is always complete.
        if (result.id) this.ids.set(name, result.id);
        log.info(
          `Uploaded artifact ${name}${result.id ? ` (id ${result.id})` : ''}, ${result.size ?? 0} bytes${spec.retentionDays ? `, kept ${spec.retentionDays} days` : ''}`,
        );
        // The backup exists now; a leftover staging folder must not turn it into a failure.
        await rm(staging, { recursive: true, force: true }).catch((e: unknown) =>
          log.warn(`could not remove the staging folder: ${(e as Error).message}`),
        );
      },
      async abort() {
        await rm(staging, { recursive: true, force: true });
      },
    };
  }

  async list(site: string, environment: string): Promise<StoredBackup[]> {
    assertArtifactNames(site, environment);
    const prefix = site + ARTIFACT_SEPARATOR + environment + ARTIFACT_SEPARATOR;
    return this.group(await this.listRepoArtifacts(), (name) =>
      name.startsWith(prefix) ? { site, environment, id: name.slice(prefix.length) } : undefined,
    );
  }

  async listAll(): Promise<StoredBackup[]> {
    // `<site>--<environment>--<id>`, none of which holds `--`: a name with more parts is not one
    // we wrote, and whose site it is cannot be told, so it is left out.
    return this.group(await this.listRepoArtifacts(), (name) => {
      const parts = name.split(ARTIFACT_SEPARATOR);
      if (parts.length !== 3) return undefined;
      const [site, environment, id] = parts as [string, string, string];
      return { site, environment, id };
    });
  }

  /** Listed artifacts as backups: those `which` names, grouped by backup, newest first. */
  private group(artifacts: RestArtifact[], which: (name: string) => BackupRef | undefined): StoredBackup[] {
    const now = Date.now();
    const byKey = new Map<string, ArtifactBackup>();
    for (const a of artifacts) {
      const ref = which(a.name);
      if (!ref || isExpired(a, now)) continue;
      const parsed = parseBackupId(ref.id);
      if (!parsed) continue;
      const seen = new Date(a.updated_at ?? a.created_at ?? parsed.time);
      const key = artifactName(ref);
      let b = byKey.get(key);
      if (!b) {
        // Uploaded whole at commit: there is no such thing as a partial artifact backup.
        b = { ...ref, id: parsed.id, parsed, complete: true, objects: [], bytes: 0, lastModified: seen, artifactIds: [] };
        byKey.set(key, b);
      }
      if (seen > b.lastModified) b.lastModified = seen;
      b.artifactIds.push(a.id);
      // The files' own sizes are inside the zip; listing reports the artifact as a whole.
      b.objects.push({ name: `${a.name}.zip`, size: a.size_in_bytes });
      b.bytes += a.size_in_bytes;
      if (a.id > (this.ids.get(a.name) ?? 0)) this.ids.set(a.name, a.id);
    }
    return [...byKey.values()].sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
  }

  /**
   * One object of the artifact's zip: its central directory from the zip's tail, then the entry's
   * own bytes, each a range request to blob storage (see retryingSource for broken and stalled
   * downloads). A read that fails after every retry is an ObjectReadError, as itself, whether it
   * fails while opening or while streaming: verify and restore never count it as damage.
   */
  async read(ref: BackupRef, name: string): Promise<Readable> {
    if (!isLayoutObject(name)) throw new Error(`"${name}" is not an object name a backup may hold`);
    const artifact = artifactName(ref);
    const id = await this.artifactId(artifact);
    // A fresh URL per read: the pre-signed ones are short-lived. GitHub's answer (deleted, expired)
    // comes from this first request, as itself.
    const url = await this.downloadUrl(artifact, id);
    let entry: Readable;
    try {
      entry = await openZipEntry(this.retryingSource(artifact, id, url, `artifact ${this.objectUri(ref, name)}`), name);
    } catch (e) {
      throw readFailureIn(e) ?? new Error(`reading ${name} from artifact ${artifact} (id ${id}): ${(e as Error).message}`, { cause: e });
    }
    // The zip reader names the entry in its errors, wrapping ours; unwrapped here.
    async function* bytes(): AsyncGenerator<Buffer> {
      try {
        for await (const chunk of entry) yield chunk as Buffer;
      } catch (e) {
        throw readFailureIn(e) ?? e;
      }
    }
    return Readable.from(bytes(), { objectMode: false });
  }

  /**
   * The artifact's zip in blob storage, with the S3 store's rule for transient faults: a request
   * refused (5xx, an expired URL), reset before or during its body, or stalled (nothing for
   * stallMs while we wait for data) is tried again after a jittered backoff, from the next byte
   * not yet received (a ranged GET; a server that ignores ranges is read again from the start and
   * skipped up to there), with a fresh pre-signed URL, since the old one may have expired. The
   * artifact's blob never changes under its id, so resumed bytes belong to the same zip. Up to
   * readRetries retries per object read; then an ObjectReadError. GitHub's own answers to the URL
   * request (404 deleted, 410 expired, 401/403) are final.
   */
  private retryingSource(artifact: string, id: number, firstUrl: string, where: string): RangeSource {
    const { readRetries: budget, stallMs } = this;
    let retries = 0;
    let url: string | undefined = firstUrl;
    const freshUrl = async (): Promise<string> => {
      try {
        return (url ??= await this.downloadUrl(artifact, id));
      } catch (e) {
        const status = requestStatus((e as { cause?: unknown }).cause);
        if (status !== undefined && status < 500) throw new FinalAnswer(e as Error);
        throw e;
      }
    };
    /** Counts a failed request against the budget and waits; throws when the budget is spent. */
    const spend = async (failure: unknown): Promise<void> => {
      if (failure instanceof FinalAnswer) throw failure.error;
      if (retries >= budget) throw new ObjectReadError(where, retries, failure);
      retries++;
      url = undefined;
      await backoff(retries);
    };
    return {
      async size() {
        for (;;) {
          const dog = watchdog(stallMs);
          try {
            return await httpRangeSource(await freshUrl(), dog.fetch).size();
          } catch (e) {
            await spend(dog.reason() ?? e);
          } finally {
            dog.stop();
          }
        }
      },
      async stream(start, end) {
        async function* bytes(): AsyncGenerator<Buffer> {
          let at = start;
          while (at < end) {
            const dog = watchdog(stallMs);
            try {
              const body = await httpRangeSource(await freshUrl(), dog.fetch).stream(at, end);
              for await (const chunk of body) {
                at += (chunk as Buffer).length;
                // Only the wait for data counts: a slow reader downstream is not a stalled download.
                dog.pause();
                yield chunk as Buffer;
                dog.resume();
              }
            } catch (e) {
              await spend(dog.reason() ?? e);
            } finally {
              dog.stop();
            }
          }
        }
        return Readable.from(bytes(), { objectMode: false });
      },
    };
  }

  async remove(backups: StoredBackup[]): Promise<RemoveResult> {
    const { gh, repo } = this.rest();
    const result: RemoveResult = { removed: [], errors: [] };
    for (const b of backups) {
      const name = artifactName(b);
      // The first safety rule, for artifacts: only names of the backup layout are ever deleted.
      if (!parseBackupId(b.id)) {
        result.errors.push({ key: name, message: 'not a backup id; left alone' });
        continue;
      }
      let ids = (b as Partial<ArtifactBackup>).artifactIds;
      if (!ids?.length) {
        try {
          ids = (await this.findByName(name)).map((a) => a.id);
        } catch (e) {
          result.errors.push({ key: name, message: (e as Error).message });
          continue;
        }
      }
      let ok = true;
      for (const id of ids) {
        try {
          await gh.rest.actions.deleteArtifact({ ...repo, artifact_id: id });
        } catch (e) {
          // Already gone (expired, or removed by another run): the goal is reached.
          if (requestStatus(e) === 404) continue;
          ok = false;
          result.errors.push({ key: `${name} (artifact ${id})`, message: this.explain(e, `deleting artifact ${name}`, 'write').message });
        }
      }
      this.ids.delete(name);
      if (ok) result.removed.push(b.id);
    }
    return result;
  }

  /** Every artifact of the repository, across all runs; throws rather than return part of it. */
  private async listRepoArtifacts(): Promise<RestArtifact[]> {
    const { gh, repo } = this.rest();
    let problem = '';
    for (let attempt = 1; attempt <= LIST_ATTEMPTS; attempt++) {
      const seen = new Map<number, RestArtifact>();
      let total: number | undefined;
      problem = '';
      for (let page = 1; ; page++) {
        if (page > MAX_PAGES) throw new Error(`listing artifacts of ${slug(repo)}: more than ${MAX_PAGES} pages`);
        let res;
        try {
          res = await gh.rest.actions.listArtifactsForRepo({ ...repo, per_page: PER_PAGE, page });
        } catch (e) {
          throw this.explain(e, `listing artifacts of ${slug(repo)} (page ${page})`, 'read');
        }
        const { total_count, artifacts } = res.data;
        if (!Number.isInteger(total_count) || !Array.isArray(artifacts))
          throw new Error(`listing artifacts of ${slug(repo)}: page ${page} is not an artifact listing`);
        if (total === undefined) total = total_count;
        else if (total !== total_count) problem = `the artifact count changed from ${total} to ${total_count} while paging`;
        for (const a of artifacts as RestArtifact[]) {
          if (seen.has(a.id)) problem ||= 'an artifact showed up on two pages';
          seen.set(a.id, a);
        }
        if (problem) break;
        if (!/<[^>]*>;\s*rel="next"/.test(res.headers.link ?? '')) break;
        if (artifacts.length === 0) {
          problem = `page ${page} is empty, but a next page is linked`;
          break;
        }
      }
      if (!problem && seen.size !== total) problem = `${seen.size} artifacts were listed, but GitHub counts ${total}`;
      if (!problem) return [...seen.values()];
      this.log.info(`Listing artifacts again (attempt ${attempt + 1} of ${LIST_ATTEMPTS}): ${problem}.`);
    }
    throw new Error(
      `listing artifacts of ${slug(repo)} did not come out complete after ${LIST_ATTEMPTS} attempts (${problem}); nothing that depends on it was done`,
    );
  }

  /** The artifacts carrying exactly this name. The REST `name` filter is an exact match. */
  private async findByName(name: string): Promise<RestArtifact[]> {
    const { gh, repo } = this.rest();
    try {
      const res = await gh.rest.actions.listArtifactsForRepo({ ...repo, name, per_page: PER_PAGE });
      const now = Date.now();
      return (res.data.artifacts as RestArtifact[]).filter((a) => a.name === name && !isExpired(a, now));
    } catch (e) {
      throw this.explain(e, `looking up artifact ${name}`, 'read');
    }
  }

  private async artifactId(name: string): Promise<number> {
    const known = this.ids.get(name);
    if (known) return known;
    const found = await this.findByName(name);
    if (found.length === 0)
      throw new Error(`no artifact named ${name} in ${slug(this.rest().repo)}: it expired, was deleted, or never finished uploading`);
    const id = Math.max(...found.map((a) => a.id));
    this.ids.set(name, id);
    return id;
  }

  /** A short-lived, pre-signed blob URL for the artifact's zip: a credential, so never logged. */
  private async downloadUrl(name: string, id: number): Promise<string> {
    const { gh, repo } = this.rest();
    let res;
    try {
      res = await gh.rest.actions.downloadArtifact({ ...repo, artifact_id: id, archive_format: 'zip', request: { redirect: 'manual' } });
    } catch (e) {
      if (requestStatus(e) === 410) throw new Error(`artifact ${name} (id ${id}) has expired`, { cause: e });
      if (requestStatus(e) === 404)
        throw new Error(
          `artifact ${name} (id ${id}) was not found in ${slug(repo)}: it was deleted meanwhile, or \`github-token\` cannot see the repository`,
          { cause: e },
        );
      throw this.explain(e, `downloading artifact ${name} (id ${id})`, 'read');
    }
    const location = res.headers.location;
    if ((res.status as number) !== 302 || !location)
      throw new Error(`downloading artifact ${name} (id ${id}): GitHub answered ${res.status} without a download location`);
    const sig = new URL(location).searchParams.get('sig');
    this.log.setSecret(sig ?? undefined);
    return location;
  }

  private rest(): { gh: GitHubClient; repo: RepoRef } {
    this.refuseGhes();
    if (!this.token) {
      throw new ConfigError(
        'github-token',
        'is empty, and listing, reading or deleting artifacts needs it',
        'In a workflow keep its default (`${{ github.token }}`) and grant the job `permissions: actions: read` (`actions: write` to prune); outside Actions set GITHUB_TOKEN or pass --github-token.',
      );
    }
    const repo = repoFromEnv(this.env);
    if (!repo) {
      throw new ConfigError(
        'store',
        '`artifact` needs the repository that holds the artifacts, and GITHUB_REPOSITORY is not set',
        'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name (with GITHUB_TOKEN) to reach its artifacts from elsewhere.',
      );
    }
    this.client ??= githubClient(this.token, this.env);
    return { gh: this.client, repo };
  }

  private requireRuntime(): void {
    this.refuseGhes();
    if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
      throw new ConfigError(
        'store',
        '`artifact` uploads through the GitHub Actions runtime, and ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set: this is not a GitHub Actions job, or the CLI runs in a `run:` step, which does not get the runtime token',
        'Inside Actions use the action (`uses:`); outside Actions use `s3://bucket/prefix` or a folder (`file:///abs/path` or a plain path).',
      );
    }
  }

  /** The artifact service behind @actions/artifact 2+ exists only on github.com and GHE.com. */
  private refuseGhes(): void {
    const server = this.env.GITHUB_SERVER_URL;
    if (!server) return;
    let host: string;
    try {
      host = new URL(server).hostname.toLowerCase();
    } catch {
      return;
    }
    if (host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost')) return;
    throw new ConfigError(
      'store',
      `\`artifact\` is not supported on GitHub Enterprise Server (${host})`,
      'Use `s3://bucket/prefix` (any S3-compatible store) or a folder instead.',
    );
  }

  /** An API failure in words a person can act on, naming the input and the permission involved. */
  private explain(e: unknown, what: string, permission: Permission): Error {
    const status = requestStatus(e);
    const msg = requestMessage(e);
    let text: string;
    if (status === 401) {
      text = `${what}: GitHub rejected \`github-token\` (401 ${msg}). Pass a valid token; inside Actions the default \`\${{ github.token }}\` works.`;
    } else if (status === 403 && /rate limit/i.test(msg)) {
      text = `${what}: GitHub's API rate limit was hit (403 ${msg}). Try again later, or use a token with a higher limit in \`github-token\`.`;
    } else if (status === 403) {
      text = `${what}: GitHub answered 403 (${msg}). \`github-token\` needs the \`actions: ${permission}\` permission: add \`permissions: actions: ${permission}\` to the job, or pass a token that has it.`;
    } else if (status === 404) {
      text = `${what}: GitHub answered 404 (${msg}): the repository does not exist or \`github-token\` cannot see it.`;
    } else {
      text = `${what}: ${status ? `GitHub answered ${status} (${msg})` : msg}`;
    }
    return new Error(text, { cause: e });
  }
}

/** GitHub's own answer to a download request (404, 410, 401/403): retrying cannot change it. */
class FinalAnswer extends Error {
  constructor(readonly error: Error) {
    super(error.message);
  }
}

/** The ObjectReadError behind an error, however the zip reader wrapped it. */
function readFailureIn(e: unknown): ObjectReadError | undefined {
  for (let c = e, depth = 0; c && depth < 10; c = (c as { cause?: unknown }).cause, depth++) {
    if (c instanceof ObjectReadError) return c;
  }
  return undefined;
}

/**
 * A stall timer for one request: a fetch that aborts when no data arrived for `ms` while it was
 * being waited for (pause() while the data is with the reader, resume() when it asks again).
 */
function watchdog(ms: number) {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let stalled: Error | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = new Error(`the download stalled: no data for ${Math.round(ms / 1000)} s`);
      controller.abort(stalled);
    }, ms);
  };
  arm();
  return {
    fetch: ((input, init) =>
      fetch(input, {
        ...init,
        signal: init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal,
      })) as typeof fetch,
    pause: () => clearTimeout(timer),
    resume: arm,
    stop: () => clearTimeout(timer),
    /** Why the request failed, when it was the stall: clearer than the abort it caused. */
    reason: () => stalled,
  };
}

function isExpired(a: RestArtifact, now: number): boolean {
  // `expired` lags behind expires_at; an artifact past it can no longer be downloaded.
  return a.expired || (!!a.expires_at && Date.parse(a.expires_at) <= now);
}

function slug(r: RepoRef): string {
  return `${r.owner}/${r.repo}`;
}
