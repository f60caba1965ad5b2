import type { CopyConfig } from '../config/copy.js';
import { MANIFEST_NAME } from '../model/manifest.js';
import type { Reporter } from '../report/reporter.js';
import { parseResticManifest } from '../restic/manifest.js';
import type { ResticBackup, ResticStore } from '../restic/store.js';
import { formatBytes, formatRate } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import { backupsToCopy, copyEach, CopyIntegrityError, type CopyOutcome, type CopyResult } from './copy.js';

// `copy` for `format: restic`: `restic copy` between the site's two repositories, one backup at a
// time, so a damaged snapshot stops only its own copy. restic decrypts and authenticates every
// blob it copies (a pack that fails its MAC stops the copy), and re-encrypts it for the
// destination; what restic cannot know is whether the backup is ours and whole, so the manifest
// inside the snapshot is read on both sides and must be byte-identical, as an archive copy's is.

const MAX_MANIFEST_BYTES = 4 << 20;

export interface ResticCopyDeps {
  from: ResticStore;
  to: ResticStore;
  log: Reporter;
  now?: () => Date;
  /** Bytes per second read from `from` (restic's --limit-download, in KiB/s). */
  limitRate?: number;
}

export async function runResticCopy(cfg: CopyConfig, deps: ResticCopyDeps): Promise<CopyResult> {
  const started = Date.now();
  const now = (deps.now ?? (() => new Date()))();
  const todo = backupsToCopy(await deps.from.list(cfg.site, cfg.environment), cfg, now);
  const there = new Map((await deps.to.list(cfg.site, cfg.environment)).map((b) => [b.id, b]));
  return copyEach(cfg, todo, deps.log, started, (b) => copySnapshot(b as ResticBackup, there.get(b.id) as ResticBackup | undefined, deps));
}

async function copySnapshot(b: ResticBackup, there: ResticBackup | undefined, deps: ResticCopyDeps): Promise<CopyOutcome> {
  const started = Date.now();
  const text = await manifestText(deps.from, b);
  const manifest = parseResticManifest(text, `${MANIFEST_NAME} of ${b.id} in the source`);
  if (there) {
    await sameAsSource(deps.to, there, text);
    deps.log.info(`${b.id}: already in ${deps.to.location(b)}, same manifest; skipped.`);
    return { id: b.id, status: 'up-to-date', bytes: 0, objects: 0, durationMs: Date.now() - started };
  }
  const repo = await deps.to.ensureInitialised(b.site);
  const limit = deps.limitRate ? ['--limit-download', String(Math.max(1, Math.floor(deps.limitRate / 1024)))] : [];
  await repo.ok(['copy', ...limit, ...b.snapshots], { lock: true, env: deps.from.repo(b.site).sourceEnv() });
  const copied = (await deps.to.list(b.site, b.environment)).find((x) => x.id === b.id);
  if (!copied) throw new CopyIntegrityError(`restic copy ended without error, but ${b.id} is not in ${deps.to.location(b)}`);
  await sameAsSource(deps.to, copied, text);
  const bytes = manifest.components.reduce((n, c) => n + c.contentBytes, 0);
  const ms = Date.now() - started;
  deps.log.info(
    `${b.id}: copied ${b.snapshots.length === 1 ? 'its snapshot' : `${b.snapshots.length} snapshots`} (${formatBytes(bytes)} of content) in ${formatDuration(ms)} (${formatRate(bytes, ms)}); the manifests match.`,
  );
  return { id: b.id, status: 'copied', bytes, objects: b.snapshots.length, durationMs: ms };
}

/** The manifest inside a backup's snapshot, read with `restic dump` (restic checks it as it reads). */
async function manifestText(store: ResticStore, b: ResticBackup): Promise<string> {
  const r = await store.repo(b.site).ok(['dump', '--no-lock', b.snapshots[0]!, `/${MANIFEST_NAME}`], { capture: true });
  if (Buffer.byteLength(r.stdout) > MAX_MANIFEST_BYTES)
    throw new CopyIntegrityError(`${MANIFEST_NAME} of ${b.id} is larger than a manifest can be`);
  return r.stdout;
}

/** The destination's snapshot must hold the source's manifest, byte for byte. */
async function sameAsSource(to: ResticStore, there: ResticBackup, text: string): Promise<void> {
  const theirs = await manifestText(to, there);
  if (theirs !== text) {
    throw new CopyIntegrityError(
      `the destination holds a backup ${there.id} whose ${MANIFEST_NAME} differs from the source's; it was left as it is (a copy never replaces a backup): check both with verify`,
    );
  }
}
