import { MANIFEST_NAME } from '../model/manifest.js';
import type { StoredBackup } from './store.js';

// Choosing from a store's listing: the one place that says which backup is "the newest" and
// what `latest` means, for restore, verify, copy, prune and the fleet summary alike.

const timeOf = (b: StoredBackup) => b.parsed.time.getTime();

/**
 * Newest first: by the time in the id, then by the id itself. Time first because the time is
 * what "newest" means; today's ids start with a fixed-width UTC time, so ordering by the id text
 * agrees, but only for as long as every id keeps that shape. The id breaks ties (two backups in
 * one second), so the order never depends on the order the store happened to list them in.
 */
export function byNewest(a: StoredBackup, b: StoredBackup): number {
  return timeOf(b) - timeOf(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The newest complete backup of a listing (in any order), or undefined when there is none. */
export function newestComplete<B extends StoredBackup>(listing: readonly B[]): B | undefined {
  let best: B | undefined;
  for (const b of listing) if (b.complete && (!best || byNewest(b, best) < 0)) best = b;
  return best;
}

/** `latest` (the newest complete backup) or an exact id; a clear error naming what exists otherwise. */
export function pickBackup<B extends StoredBackup>(list: readonly B[], wanted: string): B {
  const where = list[0] ? `${list[0].site}/${list[0].environment}` : 'this site and environment';
  if (wanted === 'latest') {
    const b = newestComplete(list);
    if (!b) {
      const incomplete = list.length
        ? ` (${list.length} incomplete ${list.length === 1 ? 'backup has' : 'backups have'} no manifest and are never restored)`
        : '';
      throw new Error(`no complete backup of ${where} exists${incomplete}`);
    }
    return b;
  }
  const b = list.find((x) => x.id === wanted);
  if (!b) {
    const recent = list
      .filter((x) => x.complete)
      .sort(byNewest)
      .slice(0, 5)
      .map((x) => x.id);
    throw new Error(
      `backup ${wanted} does not exist in ${where}${recent.length ? `; the newest complete ones are ${recent.join(', ')}` : ''}`,
    );
  }
  if (!b.complete) {
    throw new Error(
      `backup ${wanted} has no ${MANIFEST_NAME}: it is incomplete (it failed or is still being written) and is never restored`,
    );
  }
  return b;
}
