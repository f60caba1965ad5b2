// The fleet prunes in a job of its own (the backup role cannot delete under Object Lock):
// `fleet-backup --no-prune` only backs up, and `fleet-prune` prunes every site from the status
// records the backup job left, even a site whose backup failed or whose platform secret is unset.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../src/config/io.js';
import { COMMANDS } from '../src/commands/index.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

let root: string;
let store: string;
let runnerTemp: string;
let sites: string;

beforeAll(async () => {
  root = await tempDir('sba-fleet-prune-');
  store = path.join(root, 'store');
  runnerTemp = path.join(root, 'runner-temp');
  mkdirSync(runnerTemp);
  sites = path.join(root, 'sites.yml');
  writeFileSync(
    sites,
    [
      'defaults:',
      `  store: ${store}`,
      '  platform: command',
      '  inputs:',
      '    components: data',
      'sites:',
      '  - site: good',
      '    inputs:',
      `      data-command: 'echo ok > "$BACKUP_OUT/dump.sql"'`,
      '  - site: broken',
      '    inputs:',
      '      data-command: exit 3',
      '    secrets:',
      '      DB_PASSWORD: BROKEN_DB_PASSWORD',
    ].join('\n') + '\n',
  );
});

const run = (name: string, io: Io, flags: Record<string, string> = {}) => COMMANDS[name]!.run(io, flags);

describe('fleet-backup --no-prune, then fleet-prune in its own job', () => {
  it('--no-prune backs up without pruning and leaves each site a status record', async () => {
    const io = testIo({ sites }, { RUNNER_TEMP: runnerTemp, SITE_BACKUP_SECRETS: JSON.stringify({ BROKEN_DB_PASSWORD: 'pw-1234567' }) });
    await expect(run('fleet-backup', io, { 'no-prune': 'true' })).rejects.toThrow(/1 of 2 sites failed: broken\/production/);
    expect(io.summaries.at(-1)).toMatch(/\| good\/production \| backed up \| \S+ \| not run \|/);
    expect(io.summaries.at(-1)).toMatch(/\| broken\/production \| FAILED \| {2}\| not run \|/);
    expect(io.lines.join('\n')).toMatch(/not pruned; prune them in a job of their own with `site-backup fleet-prune`/);
    expect(readdirSync(runnerTemp).sort()).toEqual([
      'site-backup-status--broken--production.json',
      'site-backup-status--good--production.json',
    ]);
    expect(JSON.parse(readFileSync(path.join(runnerTemp, 'site-backup-status--broken--production.json'), 'utf8')).outcome).toBe('failure');
  });

  it('fleet-prune prunes every site with no backup outcome, so prune reads the status record', async () => {
    // No secrets at all: the prune job needs the store's settings only.
    const io = testIo({ sites }, { RUNNER_TEMP: runnerTemp });
    await run('fleet-prune', io);
    const log = io.lines.join('\n');
    for (const site of ['good', 'broken']) expect(log).toMatch(new RegExp(`\\[${site}/production\\] Pruning ${site}/production in `));
    expect(log).toMatch(/\[good\/production\] 1 kept, 0 removed/);
    expect(io.summaries.at(-1)).toMatch(/\| good\/production \| not run \| {2}\| success \|/);
    expect(io.summaries.at(-1)).toMatch(/\| broken\/production \| not run \| {2}\| success \|/);
    expect(io.outputs.failed).toBe('');
    expect(io.errors).toEqual([]);
  });

  it('fleet-prune hands prune the status record rather than an outcome of its own', async () => {
    const seen: (string | undefined)[] = [];
    const { fleetBackupCommand } = await import('../src/commands/fleet.js');
    const io = testIo({ sites }, { RUNNER_TEMP: runnerTemp });
    await fleetBackupCommand(io, {
      prune: async (pio) => {
        seen.push(pio.inputs.get('backup-outcome' as never));
      },
      only: 'broken/production',
    });
    expect(seen).toEqual([undefined]);
  });
});
