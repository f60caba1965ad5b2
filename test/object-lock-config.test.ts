import { describe, expect, it } from 'vitest';
import { parseBackupConfig } from '../src/config/backup.js';
import { parseStore } from '../src/config/common.js';
import { parsePruneConfig } from '../src/config/prune.js';
import { mapSource } from '../src/config/source.js';
import { backupSummaryMarkdown } from '../src/summaries/backup.js';
import { lockCell } from '../src/summaries/prune.js';
import type { PruneRow } from '../src/core/prune.js';

// `s3-object-lock` and `include-deleted` are refused early, naming the input and the fix,
// wherever they cannot be honoured; and backup and prune read the same policy for it.

const s3 = { site: 'acme', store: 's3://acme-backups/sites' };
const backup = (inputs: Record<string, string>) => parseBackupConfig(mapSource({ platform: 'command', ...inputs }), {});

describe('s3-object-lock inputs', () => {
  it('is off by default and takes the retention inputs and margin when on', () => {
    const off = backup(s3).store;
    expect(off.kind === 's3' && off.objectLock).toBeFalsy();
    const on = backup({
      ...s3,
      's3-object-lock': 'compliance',
      retention: 'daily=3',
      's3-object-lock-margin': '12h',
      'retention-timezone': 'Europe/Zurich',
    }).store;
    expect(on.kind === 's3' && on.objectLock).toMatchObject({
      mode: 'compliance',
      marginMs: 12 * 3_600_000,
      timeZone: 'Europe/Zurich',
      scheduled: { text: 'daily=3' },
      onDemand: { text: 'within=30d,last=3' },
    });
  });

  it('gives prune the same settings from the same inputs', () => {
    const inputs = { ...s3, 's3-object-lock': 'governance', retention: 'plantanapp' };
    const b = backup(inputs).store;
    const p = parsePruneConfig(mapSource(inputs));
    expect(p.lock).toEqual(b.kind === 's3' ? b.objectLock : undefined);
    expect(p.lock?.scheduled.text).toBe('daily=30,weekly=12,monthly=12,yearly=all');
  });

  it.each([
    [{ 's3-object-lock': 'strict' }, /Input `s3-object-lock`: "strict" is not a lock mode.*`governance`/],
    [
      { 's3-object-lock': 'governance', store: 'artifact' },
      /Input `s3-object-lock`: needs an S3 store; `store` is `artifact`: GitHub artifacts cannot be locked/,
    ],
    [{ 's3-object-lock': 'governance', store: '/tmp/folder-store-x' }, /Input `s3-object-lock`: needs an S3 store; `store` is a folder/],
    [
      { 's3-object-lock': 'governance', format: 'restic', 'restic-password': 'x' },
      /Input `s3-object-lock`: does not combine with `format: restic`.*Use `format: archive`/,
    ],
    [{ 's3-object-lock': 'governance', 's3-object-lock-margin': 'a day' }, /Input `s3-object-lock-margin`: "a day" is not a duration/],
    [{ 's3-object-lock': 'governance', retention: 'daily=-1' }, /Input `retention`: `daily=-1` is a negative count/],
    [
      { 'include-deleted': 'true', store: 'artifact' },
      /Input `include-deleted`: needs a versioned S3 store.*GitHub artifact store keeps nothing it deleted/,
    ],
    [
      { 'include-deleted': 'true', format: 'restic', 'restic-password': 'x' },
      /Input `include-deleted`: needs a versioned S3 store.*restic keeps no versions/,
    ],
  ])('refuses %o before anything runs', (extra, message) => {
    expect(() => parseStore(mapSource({ ...s3, ...extra }))).toThrow(message);
  });

  it('include-deleted is kept on the S3 store spec', () => {
    const spec = parseStore(mapSource({ ...s3, 'include-deleted': 'true' }));
    expect(spec.kind === 's3' && spec.includeDeleted).toBe(true);
  });
});

describe('lock lines in summaries', () => {
  it('an artifact backup says in one line that it cannot be locked', () => {
    const md = backupSummaryMarkdown({
      site: 'a',
      environment: 'p',
      id: 'x',
      location: 'artifact',
      components: [],
      lockNote: 'Artifacts cannot be locked: …',
    });
    expect(md.split('\n').filter((l) => /cannot be locked/.test(l))).toHaveLength(1);
  });

  it('a prune row shows mode, date and what prune did', () => {
    const row = (lock: PruneRow['lock']) => ({ lock }) as PruneRow;
    const d = (s: string) => new Date(s);
    expect(lockCell(row({ mode: 'GOVERNANCE', until: d('2026-12-14T00:00:03Z'), extendedFrom: d('2026-11-28T00:00:03Z') }))).toBe(
      'governance until 2026-12-14 00:00:03Z (extended from 2026-11-28 00:00:03Z)',
    );
    expect(lockCell(row({ mode: 'COMPLIANCE', until: d('2026-12-14T00:00:00Z'), wouldExtendTo: d('2027-01-01T00:00:00Z') }))).toBe(
      'compliance until 2026-12-14 00:00:00Z; would extend to 2027-01-01 00:00:00Z',
    );
    expect(lockCell(row({}))).toBe('**not locked**');
  });
});
