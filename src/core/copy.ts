import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { renamed, type CopyConfig } from '../config/copy.js';
import { ConfigError } from '../model/errors.js';
import { MANIFEST_NAME, type Manifest, type ManifestComponent } from '../model/manifest.js';
import { redact } from '../report/redact.js';
import type { Reporter } from '../report/reporter.js';
import { ObjectReadError, readSmallText, type BackupWriter, type Store, type StoredBackup } from '../stores/store.js';
import { formatBytes, formatRate } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import type { RateLimiter } from '../util/rate.js';
import { listingDamage, loadManifestText } from '../formats/archive/fetch.js';
import { pickBackup } from '../stores/listing.js';
import { backupsNewerThan } from './verify.js';

// A second copy of complete backups in another store (issue 21). Each backup is copied as a
// backup is written: objects first, each streamed from the source through a sha256 check against
// the source's manifest, then the manifest last, byte for byte the source's. The destination's
// writer is the one backups use, so its storage class, encryption and locks apply to the copies.
// A backup the destination already holds complete is compared by manifest and skipped; one it
// holds incomplete (a copy that was stopped) is removed and copied again.

const MAX_MANIFEST_BYTES = 4 << 20;

export type CopyStatus = 'copied' | 'up-to-date' | 'failed';

export interface CopyOutcome {
  id: string;
  status: CopyStatus;
  /** Bytes copied (objects, manifest excluded); 0 when nothing moved. */
  bytes: number;
  objects: number;
  durationMs: number;
  /** Why it failed, in our words and redacted; the object is named where one is to blame. */
  problem?: string;
}

export interface CopyResult {
  site: string;
  environment: string;
  outcomes: CopyOutcome[];
  copied: number;
  upToDate: number;
  failed: number;
  bytes: number;
  durationMs: number;
}

export interface CopyDeps {
  from: Store;
  to: Store;
  log: Reporter;
  now?: () => Date;
  limiter?: RateLimiter;
}

/** Some backups could not be copied; the others were. */
export class CopyError extends Error {
  override name = 'CopyError';
  constructor(readonly result: CopyResult) {
    const bad = result.outcomes.filter((o) => o.status === 'failed');
    super(
      `${bad.length} of ${result.outcomes.length} ${result.outcomes.length === 1 ? 'backup' : 'backups'} could not be copied: ${bad.map((o) => `${o.id}: ${o.problem}`).join('; ')}`,
    );
  }
}

/** A source object that does not match its manifest entry: the copy of that backup stops. */
export class CopyIntegrityError extends Error {
  override name = 'CopyIntegrityError';
}

/** The complete backups the config asks for, newest first. */
export function backupsToCopy(list: StoredBackup[], cfg: Pick<CopyConfig, 'backup' | 'newerThanMs'>, now: Date): StoredBackup[] {
  if (cfg.backup !== undefined) return [pickBackup(list, cfg.backup)];
  const within = cfg.newerThanMs !== undefined ? backupsNewerThan(list, cfg.newerThanMs, now) : list;
  return within.filter((b) => b.complete);
}

export async function runCopy(cfg: CopyConfig, deps: CopyDeps): Promise<CopyResult> {
  const started = Date.now();
  const now = (deps.now ?? (() => new Date()))();
  const todo = backupsToCopy(await deps.from.list(cfg.site, cfg.environment), cfg, now);
  const there = new Map((await deps.to.list(cfg.site, cfg.environment)).map((b) => [b.id, b]));
  return copyEach(cfg, todo, deps.log, started, (b) => copyBackup(b, there.get(b.id), deps));
}

/**
 * Copies each backup in turn, the newest first: a backup that fails is reported and the others
 * still copy; the result (or a CopyError holding it) counts them. Shared by archives and restic.
 */
export async function copyEach(
  cfg: Pick<CopyConfig, 'site' | 'environment' | 'fromText' | 'toText'>,
  todo: StoredBackup[],
  log: Reporter,
  started: number,
  copyOne: (b: StoredBackup) => Promise<CopyOutcome>,
): Promise<CopyResult> {
  log.info(
    `${todo.length} complete ${todo.length === 1 ? 'backup' : 'backups'} of ${cfg.site}/${cfg.environment} to copy from ${cfg.fromText} to ${cfg.toText}.`,
  );
  const outcomes: CopyOutcome[] = [];
  for (const b of todo) {
    const t0 = Date.now();
    try {
      outcomes.push(await copyOne(b));
    } catch (e) {
      // A setting the destination refused (a storage class it does not offer) fails every backup
      // alike: stop at the first, naming the input to change.
      if (e instanceof ConfigError) throw renamed(e, 'to');
      const problem = redact((e as Error).message);
      log.error(`${b.id}: ${problem}`, `copy ${b.id}`);
      outcomes.push({ id: b.id, status: 'failed', bytes: 0, objects: 0, durationMs: Date.now() - t0, problem });
    }
  }
  const count = (s: CopyStatus) => outcomes.filter((o) => o.status === s).length;
  const result: CopyResult = {
    site: cfg.site,
    environment: cfg.environment,
    outcomes,
    copied: count('copied'),
    upToDate: count('up-to-date'),
    failed: count('failed'),
    bytes: outcomes.reduce((n, o) => n + o.bytes, 0),
    durationMs: Date.now() - started,
  };
  if (result.failed) throw new CopyError(result);
  return result;
}

/** One backup: skipped when the destination holds the same, else copied objects first, manifest last. */
async function copyBackup(b: StoredBackup, there: StoredBackup | undefined, deps: CopyDeps): Promise<CopyOutcome> {
  const started = Date.now();
  const { text, manifest } = await loadManifestText(deps.from, b);
  checkSource(b, manifest);
  if (there?.complete) {
    await sameAsSource(there, text, manifest, deps.to);
    deps.log.info(`${b.id}: already in ${deps.to.location(b)}, same manifest; skipped.`);
    return { id: b.id, status: 'up-to-date', bytes: 0, objects: 0, durationMs: Date.now() - started };
  }
  if (there) await clearIncomplete(there, deps);
  const writer = await deps.to.createWriter(b);
  try {
    for (const c of manifest.components) await copyObject(b, c, writer, deps);
    await writer.commit(text);
  } catch (e) {
    await writer
      .abort()
      .catch((err: unknown) =>
        deps.log.warn(
          `${b.id}: could not remove the unfinished copy (${redact((err as Error).message)}); without a manifest it is incomplete, and the next copy or prune removes it.`,
        ),
      );
    throw e;
  }
  const bytes = manifest.components.reduce((n, c) => n + c.bytes, 0);
  const ms = Date.now() - started;
  deps.log.info(
    `${b.id}: copied ${manifest.components.length} objects, ${formatBytes(bytes)} in ${formatDuration(ms)} (${formatRate(bytes, ms)}), manifest last.`,
  );
  return { id: b.id, status: 'copied', bytes, objects: manifest.components.length, durationMs: ms };
}

/** What can be known before reading a byte: sizes in the listing, and object names used once. */
function checkSource(b: StoredBackup, m: Manifest): void {
  const objects = new Set<string>();
  for (const c of m.components) {
    if (objects.has(c.object)) throw new CopyIntegrityError(`the source manifest lists ${c.object} twice`);
    objects.add(c.object);
  }
  const damage = listingDamage(b, m.components);
  if (damage.length)
    throw new CopyIntegrityError(
      `in the source, ${damage.map((d) => `${d.object} ${d.problem}`).join('; ')}; nothing was copied (run verify on the source)`,
    );
}

/** A complete backup at the destination must be this one: same manifest bytes, objects of the listed sizes. */
async function sameAsSource(there: StoredBackup, text: string, m: Manifest, to: Store): Promise<void> {
  const theirs = await readSmallText(to, there, MANIFEST_NAME, MAX_MANIFEST_BYTES);
  if (theirs !== text) {
    throw new Error(
      `the destination already holds a backup with this id whose ${MANIFEST_NAME} differs from the source's; it was left as it is (a copy never replaces a backup): check both with verify`,
    );
  }
  const damage = listingDamage(there, m.components);
  if (damage.length) {
    throw new Error(
      `the destination holds this backup, but ${damage.map((d) => `${d.object} ${d.problem}`).join('; ')}; it was left as it is: remove it there (or run verify) and copy again`,
    );
  }
}

/** A copy that was stopped left objects without a manifest; they are ours to replace. */
async function clearIncomplete(there: StoredBackup, deps: CopyDeps): Promise<void> {
  deps.log.info(`${there.id}: an unfinished copy is in the destination (no manifest); copying it again.`);
  const r = await deps.to.remove([there]);
  if (r.errors.length)
    throw new Error(`could not remove the unfinished copy at the destination (${r.errors[0]!.key}: ${r.errors[0]!.message})`);
}

/** Streams one object from source to destination through the limiter and the digest check. */
async function copyObject(b: StoredBackup, c: ManifestComponent, writer: BackupWriter, deps: CopyDeps): Promise<void> {
  let body: Readable;
  try {
    body = await deps.from.read(b, c.object);
  } catch (e) {
    if (e instanceof ObjectReadError) throw e;
    throw new Error(`${c.object}: cannot be read from the source: ${(e as Error).message}`, { cause: e });
  }
  const check = checkedAgainst(c);
  const stages = deps.limiter ? [body, deps.limiter.stream(), check] : [body, check];
  // pipeline() ends every stage when one fails: a bad digest stops the read, a failed upload (the
  // writer destroys what it reads) stops the check and the read.
  const out = pipeline(stages as [Readable, ...Transform[]], () => {}) as unknown as Readable;
  try {
    await writer.put(c.object, out, c.bytes);
  } catch (e) {
    // A writer that failed before reading (a folder it cannot create) must not leave the source open.
    out.destroy();
    throw e;
  }
}

/**
 * Passes the bytes on while hashing them, and fails before the end of the stream when they do
 * not match the manifest: the writer then never finishes the object (no rename, no completed upload).
 */
export function checkedAgainst(c: ManifestComponent): Transform {
  const hash = createHash('sha256');
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      bytes += chunk.length;
      if (bytes > c.bytes)
        return cb(
          new CopyIntegrityError(
            `${c.object}: the source object is larger than the ${c.bytes} bytes its manifest says; the copy of this backup stopped`,
          ),
        );
      hash.update(chunk);
      cb(null, chunk);
    },
    flush(cb: TransformCallback) {
      if (bytes !== c.bytes)
        return cb(
          new CopyIntegrityError(
            `${c.object}: read ${bytes} bytes from the source, its manifest says ${c.bytes}; the copy of this backup stopped`,
          ),
        );
      const sha = hash.digest('hex');
      if (sha !== c.sha256)
        return cb(
          new CopyIntegrityError(
            `${c.object}: sha256 of the source object is ${sha}, its manifest says ${c.sha256}; the copy of this backup stopped`,
          ),
        );
      cb();
    },
  });
}
