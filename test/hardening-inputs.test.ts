import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackupConfig, parseRecipients } from '../src/config/backup.js';
import { mapSource } from '../src/config/source.js';
import { findProgram } from './helpers/mariadb.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// Every input is checked before any work starts: a bad one fails at once, names the input, and
// no export runs (the export command would leave a marker file).

const GOOD = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
// One character changed: still bech32's alphabet and length, so only the checksum can tell.
const BAD_CHECKSUM = GOOD.slice(0, 20) + (GOOD[20] === 'q' ? 'p' : 'q') + GOOD.slice(21);

function backupCli(cwd: string, extra: string[]) {
  const marker = path.join(cwd, 'export-ran');
  const r = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), path.resolve('src/bin/cli.ts'), 'backup', '--site', 'acme', '--store', path.join(cwd, 'store'), '--data-command', `touch '${marker}'; echo x > "$BACKUP_OUT/x.sql"`, ...extra],
    { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } },
  );
  return { status: r.status, out: r.stdout + r.stderr, exported: existsSync(marker) };
}

describe('inputs checked before the first export', () => {
  it('an age recipient with a bad checksum fails before any export, naming encrypt-to', async () => {
    expect(parseRecipients(GOOD)).toEqual([GOOD]);
    expect(() => parseRecipients(BAD_CHECKSUM)).toThrow(/^Input `encrypt-to`: "age1ql3z7hjy…" has a bad checksum/);
    expect(() => parseRecipients(GOOD.slice(0, -1))).toThrow(/Input `encrypt-to`/);
    const r = backupCli(await tempDir('sba-inputs-'), ['--encrypt-to', BAD_CHECKSUM]);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/(--|input )encrypt-to/);
    expect(r.out).toContain('bad checksum');
    expect(r.exported).toBe(false);
  });

  it('a store that is a file, not a folder, fails before any export, naming store', async () => {
    const cwd = await tempDir('sba-inputs-');
    writeFileSync(path.join(cwd, 'store'), 'not a folder');
    const r = backupCli(cwd, []);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/(--|input )store/);
    expect(r.out).toContain('exists and is not a folder');
    expect(r.exported).toBe(false);
  });

  it('a timeout beyond the 24.8-day timer limit is refused at once, not "timed out"', async () => {
    const base = { site: 'acme', store: '/tmp/x', 'data-command': 'true' };
    expect(parseBackupConfig(mapSource({ ...base, timeout: '24d' }), {}).timeoutMs).toBe(24 * 86_400_000);
    expect(() => parseBackupConfig(mapSource({ ...base, timeout: '30d' }), {})).toThrow(/^Input `timeout`: "30d" is longer than the longest timeout/);
    const r = backupCli(await tempDir('sba-inputs-'), ['--timeout', '30d']);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/(--|input )timeout/);
    expect(r.out).not.toContain('timed out');
    expect(r.exported).toBe(false);
  });
});

describeWithTools('encrypt-to against age-keygen', findProgram('age-keygen') ? [] : ['age-keygen'], () => {
  it('keys made by age-keygen pass', () => {
    const keygen = findProgram('age-keygen')!;
    for (let i = 0; i < 5; i++) {
      const r = spawnSync(keygen, [], { encoding: 'utf8' });
      const pub = /public key: (age1\S+)/i.exec(r.stdout + r.stderr)![1]!;
      expect(parseRecipients(pub)).toEqual([pub]);
    }
  });
});
