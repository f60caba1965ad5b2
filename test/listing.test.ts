import { describe, expect, it } from 'vitest';
import { parseBackupId } from '../src/model/backup-id.js';
import { snapshotsToBackups } from '../src/restic/store.js';
import { byNewest, newestComplete, pickBackup } from '../src/stores/listing.js';
import type { StoredBackup } from '../src/stores/store.js';

function backup(id: string, complete = true): StoredBackup {
  return {
    site: 'shop',
    environment: 'production',
    id,
    parsed: parseBackupId(id)!,
    complete,
    objects: [],
    bytes: 0,
    lastModified: new Date(0),
  };
}

const OLD = '20260101T000000Z-scheduled-aaaa';
const NEW = '20260301T000000Z-manual-bbbb';
const NEWER_SAME_SECOND = '20260301T000000Z-scheduled-cccc';
const INCOMPLETE = '20260401T000000Z-scheduled-dddd';

describe('listing', () => {
  it('newestComplete skips incomplete backups and does not depend on the listing order', () => {
    const list = [backup(OLD), backup(INCOMPLETE, false), backup(NEW)];
    expect(newestComplete(list)?.id).toBe(NEW);
    expect(newestComplete([...list].reverse())?.id).toBe(NEW);
    expect(newestComplete([backup(INCOMPLETE, false)])).toBeUndefined();
  });

  it('breaks a same-second tie by the id, whichever comes first in the listing', () => {
    expect(newestComplete([backup(NEW), backup(NEWER_SAME_SECOND)])?.id).toBe(NEWER_SAME_SECOND);
    expect(newestComplete([backup(NEWER_SAME_SECOND), backup(NEW)])?.id).toBe(NEWER_SAME_SECOND);
    expect([backup(OLD), backup(NEWER_SAME_SECOND), backup(NEW)].sort(byNewest).map((b) => b.id)).toEqual([NEWER_SAME_SECOND, NEW, OLD]);
  });

  it('pickBackup: latest is newestComplete, an id must exist and be complete', () => {
    const list = [backup(OLD), backup(NEW), backup(INCOMPLETE, false)];
    expect(pickBackup(list, 'latest').id).toBe(NEW);
    expect(pickBackup(list, OLD).id).toBe(OLD);
    expect(() => pickBackup(list, INCOMPLETE)).toThrow(/incomplete/);
    expect(() => pickBackup(list, '20250101T000000Z-manual-zzzz')).toThrow(`the newest complete ones are ${NEW}, ${OLD}`);
    expect(() => pickBackup([backup(INCOMPLETE, false)], 'latest')).toThrow(/no complete backup of shop\/production exists \(1 incomplete/);
  });

  it('a restic listing comes newest first in the same order', () => {
    const snap = (id: string, n: number) => ({
      id: `${n}`.repeat(8),
      time: '2026-01-01T00:00:00Z',
      tags: ['site:shop', 'environment:production', `backup:${id}`],
    });
    expect(snapshotsToBackups('shop', 'production', [snap(OLD, 1), snap(NEW, 2), snap(NEWER_SAME_SECOND, 3)]).map((b) => b.id)).toEqual([
      NEWER_SAME_SECOND,
      NEW,
      OLD,
    ]);
  });
});
