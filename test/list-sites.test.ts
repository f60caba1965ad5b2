import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { listCommand, listTargets, targetsTable, type ListedTarget } from '../src/commands/list.js';
import { makeBackupId } from '../src/model/backup-id.js';
import { testIo } from './helpers/io.js';
import { useS3rver } from './helpers/s3rver.js';
import { tempDir } from './helpers/tmp.js';

// `site-backup list` without --site: every site and environment in the store, with its newest
// complete backup and its age, from one walk of the store.

const HOUR = 3_600_000;
const DATA = { 'data-command': 'echo "select 1;" > "$BACKUP_OUT/x.sql"' };

async function backUp(
  store: Record<string, string>,
  site: string,
  environment: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<string> {
  return (await backupCommand(testIo({ ...store, site, environment, ...DATA }, env, cwd))).id;
}

async function listAll(store: Record<string, string>, env: NodeJS.ProcessEnv, cwd: string, now: Date, extra: Record<string, string> = {}) {
  let printed = '';
  const io = testIo({ ...store, ...extra }, env, cwd);
  const rows = (await listCommand(io, { write: (s) => void (printed += s), now: () => now })) as ListedTarget[];
  return { rows, printed, io };
}

describe('list without --site: a folder store', () => {
  it('lists each site and environment with its newest complete backup and its age; incomplete ones are counted, not newest', async () => {
    const cwd = await tempDir('sba-list-');
    const root = path.join(cwd, 'store');
    const store = { store: root };
    const acme = await backUp(store, 'acme', 'production', {}, cwd);
    const acmeStaging = await backUp(store, 'acme', 'staging', {}, cwd);
    const shop = await backUp(store, 'shop', 'production', {}, cwd);
    // A newer backup that never finished: counted, but the newest *complete* one is still `shop`.
    const broken = makeBackupId(new Date(Date.now() + HOUR), 'manual', 'lbroken');
    mkdirSync(path.join(root, 'shop/production', broken), { recursive: true });
    writeFileSync(path.join(root, 'shop/production', broken, 'data.tar.zst'), 'half');
    // Things beside the sites are not sites.
    writeFileSync(path.join(root, 'readme.md'), 'not a site');
    mkdirSync(path.join(root, 'Not A Site'));

    const now = new Date(Date.now() + 3 * HOUR);
    const { rows, printed } = await listAll(store, {}, cwd, now);
    expect(rows.map((r) => `${r.site}/${r.environment}:${r.newest?.id}:${r.backups}:${r.incomplete}`)).toEqual([
      `acme/production:${acme}:1:0`,
      `acme/staging:${acmeStaging}:1:0`,
      `shop/production:${shop}:2:1`,
    ]);
    expect(rows[0]!.newest!.ageMs).toBeGreaterThanOrEqual(3 * HOUR - 60_000);
    expect(printed).toMatch(/^SITE +ENVIRONMENT +BACKUPS +SIZE +NEWEST COMPLETE +TIME \(UTC\) +AGE$/m);
    expect(printed).toMatch(
      new RegExp(
        `^shop +production +2 \\(1 incomplete\\) +\\S+ \\S+ +${shop} +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ +[23]h\\d+m$`,
        'm',
      ),
    );

    // --environment narrows it to one environment of every site.
    const staging = await listAll(store, {}, cwd, now, { environment: 'staging' });
    expect(staging.rows.map((r) => `${r.site}/${r.environment}`)).toEqual(['acme/staging']);
  });

  it('says so when the store is empty, and a site with only incomplete backups has no newest', async () => {
    const cwd = await tempDir('sba-list-');
    const empty = await listAll({ store: path.join(cwd, 'none') }, {}, cwd, new Date());
    expect(empty.rows).toEqual([]);
    expect(empty.io.lines).toContain('No backups in this store yet.');
    const t = listTargets(
      [
        {
          site: 'a',
          environment: 'p',
          id: 'x',
          parsed: { time: new Date(0), trigger: 'manual', suffix: 'x' } as never,
          complete: false,
          objects: [],
          bytes: 0,
          lastModified: new Date(0),
        },
      ],
      new Date(),
    );
    expect(t[0]!.newest).toBeUndefined();
    expect(targetsTable(t)).toMatch(/^a +p +1 \(1 incomplete\) +0 B +NONE +- +-$/m);
  });
});

describe('list without --site: an S3 store (s3rver)', () => {
  const s3 = useS3rver();

  it('walks the prefix once and groups by site and environment, ignoring keys that are not backups', async () => {
    const cwd = await tempDir('sba-list-s3-');
    const store = s3.inputs('fleet/nightly');
    const a = await backUp(store, 'acme', 'production', s3.env, cwd);
    const b = await backUp(store, 'blog', 'live', s3.env, cwd);
    const a2 = await backUp(store, 'acme', 'production', s3.env, cwd);
    // Another prefix of the same bucket, and stray keys under ours: none of them is listed.
    await backUp(s3.inputs('elsewhere'), 'other', 'production', s3.env, cwd);
    await s3.writeObjects([
      ['fleet/nightly/README.md', 'hello'],
      ['fleet/nightly/acme/notes.txt', 'x'],
    ]);
    const { rows } = await listAll(store, s3.env, cwd, new Date());
    expect(rows.map((r) => `${r.site}/${r.environment}:${r.newest?.id}:${r.backups}`)).toEqual([
      `acme/production:${[a, a2].sort().at(-1)}:2`,
      `blog/live:${b}:1`,
    ]);
    expect(rows.every((r) => r.bytes > 0 && r.incomplete === 0)).toBe(true);
  });
});
