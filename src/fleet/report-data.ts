// The fleet report's figures: for every site and environment, what the store holds (newest
// complete backup and its age against max-age, components, sizes over time, what retention
// keeps and why, incomplete backups, the last verify and drill). It reads listings, manifests
// and check records only, never an archive: at most MAX_MANIFESTS manifests per site where the
// listing has the sizes (S3), and every complete backup's where it does not (a local store,
// listed without a stat per object), so a store of 1,000 sites is read in seconds and the cost
// does not grow with the data.
import { planPrune, type PrunePlan, type RowClass } from '../core/prune.js';
import { readerFor, type BackupPlace } from '../formats/index.js';
import { parseCheckRecord, type CheckRecord } from '../model/check-record.js';
import { MANIFEST_NAME, type Manifest } from '../model/manifest.js';
import { redact } from '../report/redact.js';
import { formatDuration } from '../util/duration.js';
import { mapLimit } from '../util/limit.js';
import type { RetentionPolicy } from '../retention/policy.js';
import { readSmallText, type RecordName, type Store, type StoredBackup } from '../stores/store.js';

/** Manifests read per site, newest first, where the listing has the sizes: a month of nightly backups for the chart, and a bound on the reads (on S3, one GET each) however many backups a site keeps. */
export const MAX_MANIFESTS = 30;
/** How many reads run at once across the whole report. */
const CONCURRENCY = 16;
/** A check record is a few hundred bytes; anything bigger is not one of ours. */
const MAX_RECORD_BYTES = 64 << 10;
/** The newest backup is "due" from this share of max-age on: amber before it turns red. */
export const DUE_SHARE = 0.75;

export const STATUSES = ['fresh', 'due', 'stale', 'missing', 'error'] as const;
export type Freshness = (typeof STATUSES)[number];

export interface SiteSettings {
  maxAgeMs: number;
  scheduled: RetentionPolicy;
  onDemand: RetentionPolicy;
  timeZone: string;
  platform?: string;
}

/** One store to read: every site in it (`targets` unset), or the targets a sites file names. */
export interface ReportSource {
  /** The store as the user wrote it; shown on the page, so it must hold no secret. */
  label: string;
  open(): Promise<BackupPlace>;
  targets?: { site: string; environment: string; settings: SiteSettings }[];
  defaults: SiteSettings;
}

export interface BackupView {
  id: string;
  time: number;
  trigger: string;
  complete: boolean;
  /** Stored bytes of the objects, manifest excluded. */
  stored: number;
  /** Bytes before compression, from the manifest (undefined when it was not read). */
  content?: number;
  class: RowClass;
  keep: boolean;
  reasons: string[];
  /** With the same site in several stores (a copy): the stores that hold this backup complete. */
  heldBy?: string[];
  /** Its manifest's Object Lock (S3 with Object Lock only): mode in lower case, and until when. */
  lock?: { mode: string; until: string };
}

export interface ComponentView {
  name: string;
  object: string;
  stored: number;
  content: number;
  files: number;
  compression: string;
  encryption: string;
}

export interface SiteView {
  site: string;
  environment: string;
  platform?: string;
  store: string;
  status: Freshness;
  /** Something to look at beyond freshness: a failed check, incomplete backups, an unreadable manifest. */
  attention: string[];
  maxAgeMs: number;
  ageMs?: number;
  newest?: BackupView;
  components: ComponentView[];
  encrypted: boolean;
  /** Every backup, newest first, with what retention does to it. */
  backups: BackupView[];
  verify?: CheckRecord;
  drill?: CheckRecord;
  policy: { scheduled: string; onDemand: string; timeZone: string };
  error?: string;
  /** This store's newest complete backup lags the site's newest in another store by more than max-age. */
  copyStale?: { lead: string; lagMs?: number };
  /** Backups retention would delete whose lock has not ended yet (only backups whose lock was read), and their stored bytes. */
  heldByLock?: { backups: number; bytes: number };
}

export interface FleetReport {
  generatedAt: number;
  sites: SiteView[];
  counts: Record<Freshness, number>;
  attention: number;
  manifestsRead: number;
  durationMs: number;
}

/** Not fresh, or something else to look at: what the page's "needs attention" filter shows. */
export const needsAttention = (s: SiteView): boolean => s.status !== 'fresh' || s.attention.length > 0;

export function freshness(ageMs: number | undefined, maxAgeMs: number): Freshness {
  if (ageMs === undefined) return 'missing';
  if (ageMs > maxAgeMs) return 'stale';
  return ageMs > maxAgeMs * DUE_SHARE ? 'due' : 'fresh';
}

/** How long ago a check record was made. A record whose time is no time throws, for the site's render boundary to show. */
export function recordAgeMs(r: CheckRecord, now: number): number {
  const t = Date.parse(r.at);
  if (Number.isNaN(t)) throw new Error(`the ${r.kind} record's time ${JSON.stringify(r.at.slice(0, 40))} is not a time`);
  return Math.max(0, now - t);
}

const storedBytes = (b: StoredBackup) => b.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0);

/** The newest record of this kind in the listing, read and checked against where it lies. */
async function newestRecord(
  store: Store | undefined,
  listing: StoredBackup[],
  name: RecordName,
  attention: string[],
): Promise<CheckRecord | undefined> {
  const b = listing.find((x) => x.records?.some((r) => r.name === name));
  // Records are objects beside a backup's: only a byte store lists them.
  if (!b || !store) return undefined;
  try {
    const text = await readSmallText(store, b, name, MAX_RECORD_BYTES);
    const r = text === undefined ? undefined : parseCheckRecord(text);
    if (!r || r.backup !== b.id || r.site !== b.site || r.environment !== b.environment) {
      attention.push(`${b.id}/${name} is not a check record of this backup`);
      return undefined;
    }
    return r;
  } catch (e) {
    attention.push(`${b.id}/${name} cannot be read: ${redact((e as Error).message)}`);
    return undefined;
  }
}

type Lock = NonNullable<BackupView['lock']>;

/** One backup's lock, read from its manifest alone: one HeadObject, whatever the backup holds. */
async function manifestLock(store: Required<Pick<Store, 'lockStates'>>, b: StoredBackup): Promise<Lock | undefined> {
  const manifest = b.objects.filter((o) => o.name === MANIFEST_NAME);
  if (manifest.length === 0) return undefined;
  const [state] = await store.lockStates({ ...b, objects: manifest });
  return state?.mode && state.until ? { mode: state.mode.toLowerCase(), until: state.until.toISOString() } : undefined;
}

/**
 * The locks of the backups whose manifests the report reads, on a store that locks. The newest
 * first: where it holds none the site is taken as unlocked and the rest are not asked, so an
 * unlocked fleet costs one HeadObject per site. A lock that cannot be read is a line to look at.
 */
async function readLocks(store: Store | undefined, backups: StoredBackup[], attention: string[]): Promise<Map<string, Lock>> {
  const locks = new Map<string, Lock>();
  if (!store?.lockStates || backups.length === 0) return locks;
  const locking = store as Required<Pick<Store, 'lockStates'>> & Store;
  const read = async (b: StoredBackup) => {
    try {
      const lock = await manifestLock(locking, b);
      if (lock) locks.set(b.id, lock);
      return lock;
    } catch (e) {
      attention.push(`lock of ${b.id} cannot be read: ${redact((e as Error).message)}`);
      return undefined;
    }
  };
  if (!(await read(backups[0]!))) return locks;
  await mapLimit(backups.slice(1), 4, read);
  return locks;
}

/** Backups retention would delete that a lock still holds, and their bytes; undefined when none. */
function heldByLock(backups: BackupView[], now: Date): SiteView['heldByLock'] {
  const held = backups.filter((b) => !b.keep && b.lock && Date.parse(b.lock.until) > now.getTime());
  return held.length ? { backups: held.length, bytes: held.reduce((n, b) => n + b.stored, 0) } : undefined;
}

interface SiteJob {
  source: ReportSource;
  place: BackupPlace;
  site: string;
  environment: string;
  settings: SiteSettings;
  listing?: StoredBackup[];
  error?: string;
}

/** Each backup as the page shows it: sizes from the listing, or from its manifest where the listing had none. */
function backupViews(
  listing: StoredBackup[],
  rowOf: Map<string, PrunePlan['rows'][number]>,
  manifests: Map<string, Manifest>,
  sized: Map<string, StoredBackup> | undefined,
): BackupView[] {
  return listing.map((b) => {
    const row = rowOf.get(b.id);
    const m = manifests.get(b.id);
    return {
      id: b.id,
      time: b.parsed.time.getTime(),
      trigger: b.parsed.trigger,
      complete: b.complete,
      stored: b.unsized ? (m ? m.components.reduce((n, c) => n + c.bytes, 0) : storedBytes(sized?.get(b.id) ?? b)) : storedBytes(b),
      ...(m ? { content: m.components.reduce((n, c) => n + c.contentBytes, 0) } : {}),
      class: row?.class ?? 'incomplete',
      keep: row ? row.action === 'keep' : true,
      reasons: row?.reasons ?? [],
    };
  });
}

async function readManifests(
  place: BackupPlace,
  toRead: StoredBackup[],
  attention: string[],
  counter: { manifests: number },
): Promise<Map<string, Manifest>> {
  const manifests = new Map<string, Manifest>();
  const reader = readerFor(place);
  await mapLimit(toRead, 4, async (b) => {
    try {
      manifests.set(b.id, (await reader.open(b)).manifest);
      counter.manifests++;
    } catch (e) {
      attention.push(`manifest of ${b.id} unreadable: ${redact((e as Error).message)}`);
    }
  });
  return manifests;
}

async function buildSite(job: SiteJob, now: Date, counter: { manifests: number }): Promise<SiteView> {
  const { site, environment, settings } = job;
  const base = {
    site,
    environment,
    ...(settings.platform ? { platform: settings.platform } : {}),
    store: job.source.label,
    maxAgeMs: settings.maxAgeMs,
    policy: { scheduled: settings.scheduled.text, onDemand: settings.onDemand.text, timeZone: settings.timeZone },
    components: [],
    encrypted: false,
    backups: [],
  };
  if (job.error !== undefined || !job.listing) return { ...base, status: 'error', attention: [], error: job.error ?? 'not listed' };
  // Newest first, as the stores list; the folders holding no object at all are no backups.
  const listing = job.listing.filter((b) => b.objects.length > 0);
  const attention: string[] = [];
  const plan = planPrune(
    listing,
    { site, environment, scheduled: settings.scheduled, onDemand: settings.onDemand, timeZone: settings.timeZone },
    now,
  );
  const rowOf = new Map(plan.rows.map((r) => [r.backup.id, r]));
  // The newest MAX_MANIFESTS, and every backup listed without sizes (a local store), whose
  // manifest is where its sizes are: reading it costs about what a stat of each object would.
  let n = 0;
  const toRead = listing.filter((b) => b.complete && (n++ < MAX_MANIFESTS || b.unsized === true));
  const manifests = await readManifests(job.place, toRead, attention, counter);
  // An unsized backup whose manifest did not read: its sizes from a full listing of this site.
  let sized: Map<string, StoredBackup> | undefined;
  if (listing.some((b) => b.unsized && !manifests.has(b.id))) {
    try {
      sized = new Map((await job.place.list(site, environment)).map((b) => [b.id, b]));
    } catch (e) {
      attention.push(`sizes of ${site}/${environment} cannot be listed: ${redact((e as Error).message)}`);
    }
  }
  const locks = await readLocks(job.place.store, toRead, attention);
  const backups = backupViews(listing, rowOf, manifests, sized).map((b) => (locks.has(b.id) ? { ...b, lock: locks.get(b.id)! } : b));
  const held = heldByLock(backups, now);
  const newest = plan.newestComplete ? backups.find((b) => b.id === plan.newestComplete!.id) : undefined;
  const nm = newest ? manifests.get(newest.id) : undefined;
  const components: ComponentView[] = (nm?.components ?? []).map((c) => ({
    name: c.name,
    object: c.object,
    stored: c.bytes,
    content: c.contentBytes,
    files: c.files,
    compression: c.compression,
    encryption: c.encryption,
  }));
  const incomplete = backups.filter((b) => !b.complete).length;
  if (incomplete) attention.push(`${incomplete} incomplete ${incomplete === 1 ? 'backup' : 'backups'}`);
  const verify = await newestRecord(job.place.store, listing, 'last-verify.json', attention);
  const drill = await newestRecord(job.place.store, listing, 'last-drill.json', attention);
  if (verify && !verify.ok) attention.push(`verify of ${verify.backup} failed`);
  if (drill && !drill.ok) attention.push(`drill of ${drill.backup} failed`);
  const ageMs = newest ? Math.max(0, now.getTime() - newest.time) : undefined;
  return {
    ...base,
    ...(nm?.platform && !settings.platform ? { platform: nm.platform } : {}),
    status: freshness(ageMs, settings.maxAgeMs),
    attention,
    ...(ageMs !== undefined ? { ageMs } : {}),
    ...(newest ? { newest } : {}),
    components,
    encrypted: components.some((c) => c.encryption !== 'none'),
    backups,
    ...(verify ? { verify } : {}),
    ...(drill ? { drill } : {}),
    ...(held ? { heldByLock: held } : {}),
  };
}

/** One site that cannot be read (a record, a manifest the code trips on) is an error row; the rest of the fleet is still reported. */
async function buildSiteGuarded(job: SiteJob, now: Date, counter: { manifests: number }): Promise<SiteView> {
  try {
    return await buildSite(job, now, counter);
  } catch (e) {
    return buildSite({ ...job, error: `could not be read: ${redact((e as Error).message)}` }, now, counter);
  }
}

/** Lists every source, then reads each site's manifests and records, a few at a time. */
export async function gatherFleetReport(sources: readonly ReportSource[], now: Date = new Date()): Promise<FleetReport> {
  const started = Date.now();
  const jobs: SiteJob[] = [];
  for (const source of sources) {
    let place: BackupPlace;
    try {
      place = await source.open();
    } catch (e) {
      // Every target of a store that does not open is an error row, not a missing one.
      for (const t of source.targets ?? [])
        jobs.push({
          source,
          place: undefined as never,
          site: t.site,
          environment: t.environment,
          settings: t.settings,
          error: redact((e as Error).message),
        });
      if (!source.targets) throw e;
      continue;
    }
    if (source.targets) {
      const listed = await mapLimit(source.targets, CONCURRENCY, async (t): Promise<SiteJob> => {
        try {
          return { source, place, ...t, listing: await place.list(t.site, t.environment) };
        } catch (e) {
          return { source, place, ...t, error: redact((e as Error).message) };
        }
      });
      jobs.push(...listed);
    } else {
      // One walk of every site is a byte store's: a restic store keeps one repository per site.
      const store = place.store;
      if (!store?.listAll)
        throw new Error(
          `${source.label} cannot list its sites (a restic store keeps one repository per site); name the sites in a sites file`,
        );
      const bySite = new Map<string, StoredBackup[]>();
      // No stat per object: a complete backup's sizes are in the manifest read below.
      for (const b of await store.listAll({ sizes: 'incomplete' })) {
        const k = `${b.site}/${b.environment}`;
        const list = bySite.get(k);
        if (list) list.push(b);
        else bySite.set(k, [b]);
      }
      for (const list of bySite.values()) {
        list.sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
        jobs.push({ source, place, site: list[0]!.site, environment: list[0]!.environment, settings: source.defaults, listing: list });
      }
    }
  }
  const counter = { manifests: 0 };
  const sites = await mapLimit(jobs, CONCURRENCY, (j) => buildSiteGuarded(j, now, counter));
  markCopies(sites);
  sites.sort((a, b) => (a.site === b.site ? a.environment.localeCompare(b.environment) : a.site.localeCompare(b.site)));
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Freshness, number>;
  for (const s of sites) counts[s.status]++;
  return {
    generatedAt: now.getTime(),
    sites,
    counts,
    attention: sites.filter(needsAttention).length,
    manifestsRead: counter.manifests,
    durationMs: Date.now() - started,
  };
}

/**
 * A site and environment found in several stores (a backup and its copies, issue 21): each
 * backup learns which stores hold it complete, and a store whose newest complete backup lags the
 * newest in any other by more than max-age (or that holds none) is "copy stale".
 */
export function markCopies(sites: SiteView[]): void {
  const groups = new Map<string, SiteView[]>();
  for (const s of sites) {
    if (s.status === 'error') continue;
    const k = `${s.site}/${s.environment}`;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const holders = new Map<string, string[]>();
    for (const s of group) for (const b of s.backups) if (b.complete) holders.set(b.id, [...(holders.get(b.id) ?? []), s.store]);
    for (const s of group) for (const b of s.backups) if (b.complete) b.heldBy = holders.get(b.id)!;
    const lead = group.reduce((best, s) => ((s.newest?.time ?? -Infinity) > (best.newest?.time ?? -Infinity) ? s : best));
    if (!lead.newest) continue;
    for (const s of group) {
      if (s === lead) continue;
      const lagMs = s.newest ? lead.newest.time - s.newest.time : undefined;
      if (lagMs !== undefined && lagMs <= s.maxAgeMs) continue;
      s.copyStale = { lead: lead.store, ...(lagMs !== undefined ? { lagMs } : {}) };
      s.attention.push(
        lagMs === undefined
          ? `copy stale: no complete backup here, while ${lead.store} holds ${lead.newest.id}`
          : `copy stale: the newest complete backup here is ${formatDuration(lagMs)} older than the newest in ${lead.store} (max-age ${formatDuration(s.maxAgeMs)})`,
      );
    }
  }
}
