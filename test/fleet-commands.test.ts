import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { fleetBackupCommand, fleetSummaryCommand } from '../src/commands/fleet.js';
import { matrixCommand } from '../src/commands/matrix.js';
import type { Io } from '../src/config/io.js';
import { SitesFileError } from '../src/fleet/sites-file.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

let root: string;

beforeAll(async () => {
  root = await tempDir('sba-fleet-');
});

function sitesFile(name: string, text: string): string {
  const p = path.join(root, name);
  writeFileSync(p, text);
  return p;
}

describe('site-backup matrix', () => {
  it('prints the matrix JSON alone on stdout for the CLI', async () => {
    const file = sitesFile('two.yml', 'sites:\n  - site: a\n  - site: b\n    environments: [main, staging]\n');
    const io = testIo({ sites: file });
    let out = '';
    const m = await matrixCommand(io, { write: (s) => (out += s) });
    expect(JSON.parse(out)).toEqual(m.matrix);
    expect(m.matrix.include.map((e) => e.id)).toEqual(['a/production', 'b/main', 'b/staging']);
    expect(io.outputs).toEqual({});
    expect(io.lines.join('\n')).toMatch(/3 sites → 3 jobs, one per site/);
  });

  it('sets the matrix, sharded, job-count and site-count outputs for the action', async () => {
    const sites = Array.from({ length: 7 }, (_, i) => `  - site: s${i}`).join('\n');
    sitesFile('seven.yml', `sites:\n${sites}\n`);
    // A relative path resolves against the workspace, as the action's `sites` input says.
    const io = testIo({ sites: 'seven.yml', 'max-jobs': '3' }, {}, root);
    await matrixCommand(io, { outputs: true });
    expect(io.outputs).toMatchObject({ sharded: 'true', 'job-count': '3', 'site-count': '7' });
    expect(JSON.parse(io.outputs.matrix!).include[0]).toEqual({
      id: 'shard-1-of-3',
      shard: 1,
      shards: 3,
      count: 3,
      sites: 's0/production,s3/production,s6/production',
    });
    expect(io.summaries[0]).toMatch(/7 sites from `seven.yml` → 3 jobs of 2–3 sites each \(sharded\)/);
  });

  it('names the input when the file is missing or max-jobs is out of range', async () => {
    await expect(matrixCommand(testIo({ sites: path.join(root, 'nope.yml') }), { write: () => undefined })).rejects.toThrow(
      /Input `sites`: cannot read .*nope\.yml" \(ENOENT\)/,
    );
    const file = sitesFile('one.yml', '- site: a\n');
    await expect(matrixCommand(testIo({ sites: file, 'max-jobs': '300' }), { write: () => undefined })).rejects.toThrow(
      /Input `max-jobs`: "300" is not a whole number from 1 to 256/,
    );
  });

  it('reports sites-file mistakes with the file name and line', async () => {
    sitesFile('bad.yml', 'sites:\n  - site: a\n  - site: a\n');
    await expect(matrixCommand(testIo({ sites: 'bad.yml' }, {}, root), { write: () => undefined })).rejects.toThrow(SitesFileError);
    await expect(matrixCommand(testIo({ sites: 'bad.yml' }, {}, root), { write: () => undefined })).rejects.toThrow(
      /bad\.yml:3:5: duplicate site "a"/,
    );
  });

  it('works end to end from the command line', () => {
    const file = sitesFile('cli.yml', 'sites:\n  - site: a\n    platform: wordpress\n');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/bin/cli.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    const bad = run(['matrix', '--sites', file]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/cli\.yml:3:15: unknown platform "wordpress" for site "a"/);
    writeFileSync(file, 'sites:\n  - site: a\n  - site: b\n  - site: c\n');
    const ok = run(['matrix', '--sites', file, '--max-jobs', '2']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      include: [expect.objectContaining({ sites: 'a/production,c/production' }), expect.objectContaining({ sites: 'b/production' })],
    });
  });
});

describe('site-backup fleet-backup and fleet-summary', () => {
  let store: string;
  let runnerTemp: string;
  let io: ReturnType<typeof testIo>;
  const pruned: { site?: string; outcome?: string; token?: string }[] = [];

  beforeAll(async () => {
    store = path.join(root, 'store');
    runnerTemp = path.join(root, 'runner-temp');
    mkdirSync(runnerTemp);
    // Three sites on the command platform, into a local folder: one good, one whose export
    // fails, one whose secret is missing. Each secret reaches its site by name, and the JSON of
    // all secrets never reaches the site's own commands.
    const file = sitesFile(
      'fleet.yml',
      [
        'defaults:',
        `  store: ${store}`,
        '  platform: command',
        '  inputs:',
        '    components: data',
        'sites:',
        '  - site: good',
        '    inputs:',
        `      data-command: 'test "$DB_PASSWORD" = "s3cret-good" && test -z "\${SITE_BACKUP_SECRETS:-}" && echo "ok $DB_PASSWORD" > "$BACKUP_OUT/dump.sql"'`,
        '    secrets:',
        '      DB_PASSWORD: GOOD_DB_PASSWORD',
        '  - site: broken',
        '    inputs:',
        '      data-command: exit 3',
        '  - site: unset',
        '    inputs:',
        '      data-command: echo x > "$BACKUP_OUT/x"',
        '    secrets:',
        '      DB_PASSWORD: UNSET_DB_PASSWORD',
      ].join('\n') + '\n',
    );
    io = testIo(
      { sites: file },
      {
        RUNNER_TEMP: runnerTemp,
        SITE_BACKUP_SECRETS: JSON.stringify({ GOOD_DB_PASSWORD: 's3cret-good', OTHER: 'unrelated' }),
        GITHUB_TOKEN: 'ghs_jobtoken1234567890',
      },
    );
  });

  it('backs up each site in turn, keeps going after a failure, prunes each, then fails the job', async () => {
    const prune = async (pio: Io) => {
      pruned.push({
        site: pio.inputs.get('site'),
        outcome: pio.inputs.get('backup-outcome' as never),
        token: pio.inputs.get('github-token'),
      });
    };
    await expect(fleetBackupCommand(io, { backup: backupCommand, prune })).rejects.toThrow(
      /2 of 3 sites failed: broken\/production, unset\/production/,
    );
    expect(readdirSync(path.join(store, 'good', 'production'))).toHaveLength(1);
    // Prune ran for every site, with the outcome a per-site job would pass, and the job's token.
    expect(pruned).toEqual([
      { site: 'good', outcome: 'success', token: 'ghs_jobtoken1234567890' },
      { site: 'broken', outcome: 'failure', token: 'ghs_jobtoken1234567890' },
      { site: 'unset', outcome: 'failure', token: 'ghs_jobtoken1234567890' },
    ]);
    const log = [...io.lines, ...io.errors.map((e) => e.message)].join('\n');
    expect(log).toMatch(/\[unset\/production\] secret not set: UNSET_DB_PASSWORD \(for DB_PASSWORD\)/);
    expect(log).toMatch(/\[broken\/production\] .*data/);
    expect(log).not.toContain('s3cret-good');
    expect(io.outputs.failed).toBe('broken/production,unset/production');
    expect(io.summaries.at(-1)).toMatch(/\| good\/production \| backed up \| \d{8}T\d{6}Z-manual-l[a-z0-9]+ \| success \|/);
  });

  it('backs up only the ids it is given', async () => {
    const one = testIo(
      { sites: io.inputs.get('sites') },
      { RUNNER_TEMP: runnerTemp, SITE_BACKUP_SECRETS: JSON.stringify({ GOOD_DB_PASSWORD: 's3cret-good' }) },
    );
    const results = await fleetBackupCommand(one, { backup: backupCommand, only: 'good/production' });
    expect(results.map((r) => [r.id, r.backup])).toEqual([['good/production', 'success']]);
    expect(one.lines.join('\n')).toMatch(/no prune command/);
  });

  it('summarises every site: status from this run, size and newest backup from the store', async () => {
    let md = '';
    await fleetSummaryCommand(io, { statusDir: runnerTemp, write: (s) => (md += s) });
    expect(md).toMatch(/## Fleet backup: 3 sites/);
    expect(md).toMatch(/1 backed up, 0 skipped \(fresh enough\), 2 failed, 0 without a report/);
    const rows = md.split('\n').filter((l) => /^\| (good|broken|unset) /.test(l));
    // Failures first, then the rest in file order.
    expect(rows.map((r) => r.split('|')[1]!.trim())).toEqual(['broken', 'unset', 'good']);
    expect(rows[2]).toMatch(/\| good \| production \| command \| ✅ backed up \| \d+ B \| `\d{8}T\d{6}Z-manual-l[a-z0-9]+` \| \d+m \|/);
    expect(rows[0]).toMatch(/❌ failed \(data\) \| {2}\| none \|/);
    expect(md).not.toContain('s3cret-good');
  });

  it('shows sites that left no report', async () => {
    let md = '';
    await fleetSummaryCommand(io, { statusDir: path.join(root, 'empty-status'), list: false, write: (s) => (md += s) });
    expect(md).toMatch(/0 backed up, 0 skipped \(fresh enough\), 0 failed, 3 without a report/);
  });
});
