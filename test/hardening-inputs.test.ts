import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlags, withoutFlagValues } from '../src/cli.js';
import { backupCommand } from '../src/commands/backup.js';
import { COMMANDS } from '../src/commands/index.js';
import { restoreCommand } from '../src/commands/restore.js';
import { inapplicableInputs } from '../src/config/applies.js';
import { parseBackupConfig, parseRecipients } from '../src/config/backup.js';
import { parseStore } from '../src/config/common.js';
import { ConfigError } from '../src/model/errors.js';
import { parsePruneConfig } from '../src/config/prune.js';
import { envSource, mapSource } from '../src/config/source.js';
import { testIo } from './helpers/io.js';
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
    [
      '--import',
      import.meta.resolve('tsx'),
      path.resolve('src/bin/cli.ts'),
      'backup',
      '--site',
      'acme',
      '--store',
      path.join(cwd, 'store'),
      '--data-command',
      `touch '${marker}'; echo x > "$BACKUP_OUT/x.sql"`,
      ...extra,
    ],
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
    expect(() => parseBackupConfig(mapSource({ ...base, timeout: '30d' }), {})).toThrow(
      /^Input `timeout`: "30d" is longer than the longest timeout/,
    );
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

function cliRun(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.resolve('src/bin/cli.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('input errors name the flag and the fix', () => {
  it('a switch followed by a word that is not true or false names the switch, not "argument 8"', () => {
    const args = ['--site', 'acme', '--store', 's3://bucket/x', '--data-command', 'true', '--s3-force-path-style', 'maybe'];
    expect(() => parseFlags(COMMANDS.backup!, args)).toThrow(
      /^--s3-force-path-style is a switch and takes true or false, not the word after it \(argument 8\): leave it bare for true, or write --s3-force-path-style=true/,
    );
    expect(() => parseFlags(COMMANDS.backup!, ['--s3-force-path-style=maybe'])).toThrow(/^--s3-force-path-style is a switch/);
    // The words the boolean inputs take are taken here too.
    expect(parseFlags(COMMANDS.backup!, ['--s3-force-path-style', 'yes', '--site', 'acme'])).toEqual({
      's3-force-path-style': 'true',
      site: 'acme',
    });
    expect(parseFlags(COMMANDS.backup!, ['--s3-force-path-style', 'OFF'])).toEqual({ 's3-force-path-style': 'false' });
    // A stray word elsewhere still says where it is, and never quotes it.
    expect(() => parseFlags(COMMANDS.backup!, ['--site', 'acme', 'hunter2-secret'])).toThrow(
      /^argument 3 is not a flag \(it follows a value\)/,
    );
    expect(() => parseFlags(COMMANDS.backup!, ['--site', 'acme', 'hunter2-secret'])).not.toThrow(/hunter2/);
  });

  it('a flag given empty is refused when its input has a default; an empty action input means the default', async () => {
    expect(() => parseFlags(COMMANDS.prune!, ['--site', 'acme', '--retention', ''])).toThrow(
      /^--retention is empty; leave the flag out for its default \(divio\)/,
    );
    expect(() => parseFlags(COMMANDS.prune!, ['--site', 'acme', '--retention-timezone='])).toThrow(/^--retention-timezone is empty/);
    expect(() => parseFlags(COMMANDS.backup!, ['--store', ''])).toThrow(
      /^--store is empty; leave the flag out for its default \(site-backups\)/,
    );
    // No default: empty is the same as leaving it out.
    expect(parseFlags(COMMANDS.backup!, ['--site', 'acme', '--encrypt-to', ''])).toEqual({ site: 'acme', 'encrypt-to': '' });
    // The runner passes an unset input as '' (action.yml shows `divio` as the default).
    const cfg = parsePruneConfig(
      envSource({ INPUT_SITE: 'acme', INPUT_STORE: '/srv/b', INPUT_RETENTION: '', 'INPUT_RETENTION-TIMEZONE': '' }),
      '/',
    );
    expect(cfg.scheduled.text).toBe('daily=7,weekly=4,monthly=12');
    expect(cfg.timeZone).toBe('UTC');
    const cwd = await tempDir('sba-inputs-');
    const r = cliRun(cwd, ['prune', '--site', 'acme', '--store', path.join(cwd, 'store'), '--retention', '']);
    expect(r.status).toBe(2);
    expect(r.out).toContain('--retention is empty');
  });

  it('a store path with a line break or another control character is refused', () => {
    for (const [v, what] of [
      ['/srv/backups\nrm', 'a line break'],
      ['site\tbackups', 'code 9'],
      ['s3://bucket/pre\u001bfix', 'code 27'],
    ] as const) {
      expect(() => parseStore(mapSource({ store: v }), '/')).toThrow(
        new RegExp(`^Input \`store\`: holds a control character \\(code \\d+(, a line break)?\\)`),
      );
      expect(() => parseStore(mapSource({ store: v }), '/')).toThrow(what);
    }
  });

  it('a store below a file (ENOTDIR) is refused before any export, naming store', async () => {
    const cwd = await tempDir('sba-inputs-');
    writeFileSync(path.join(cwd, 'plain-file'), 'x');
    expect(() => parseStore(mapSource({ store: path.join(cwd, 'plain-file', 'store') }), cwd)).toThrow(
      /^Input `store`: .*plain-file is a file, so .*store cannot be a folder below it/,
    );
    const r = backupCli(cwd, ['--store', path.join(cwd, 'plain-file', 'sub', 'store')]);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/--store: .*plain-file is a file/);
    expect(r.exported).toBe(false);
  });

  it('a restore-dir that is a file, or below one, fails before the store is opened, with no side effects', async () => {
    const cwd = await tempDir('sba-inputs-');
    writeFileSync(path.join(cwd, 'target'), 'x');
    const store = path.join(cwd, 'never-made');
    for (const dir of [path.join(cwd, 'target'), path.join(cwd, 'target', 'deeper')]) {
      const io = testIo({ site: 'acme', platform: 'command', store, 'restore-dir': dir, confirm: 'production' }, {}, cwd);
      const e = await restoreCommand(io).catch((x: unknown) => x as Error);
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).input).toBe('restore-dir');
      expect((e as Error).message).toMatch(/is not a folder|is a file, so/);
      expect(existsSync(store)).toBe(false);
    }
    // A new folder below an existing one is fine (it is created when the restore gets there).
    mkdirSync(path.join(cwd, 'out'));
    const ok = testIo(
      { site: 'acme', platform: 'command', store, 'restore-dir': path.join(cwd, 'out', 'new'), confirm: 'production' },
      {},
      cwd,
    );
    const e = await restoreCommand(ok).catch((x: unknown) => x as Error);
    expect(e).not.toBeInstanceOf(ConfigError);
  });
});

describe('inputs that do not apply', () => {
  it('a value for an input the platform or store does not use is a warning naming it, even when the value is invalid', async () => {
    const cwd = await tempDir('sba-inputs-');
    const io = testIo(
      {
        site: 'acme',
        platform: 'command',
        store: path.join(cwd, 'store'),
        'data-command': 'echo x > "$BACKUP_OUT/x.sql"',
        retries: 'abc',
        'ssh-host': 'db.example.com',
        'ssh-port': '22',
        's3-region': 'eu-west-1',
      },
      {},
      cwd,
    );
    const r = await backupCommand(io);
    expect(r.skipped).toBe(false);
    const warnings = io.lines.filter((l) => l.startsWith('warning: '));
    expect(warnings).toEqual([
      'warning: Input `retries` is set but `platform: command` does not use it (only `siteglide`, `platformos`, `platformsh`, `upsun`, `divio`), so it is ignored. Remove it, or check `platform`.',
      'warning: Input `ssh-host` is set but `platform: command` does not use it (only `ssh`), so it is ignored. Remove it, or check `platform`.',
      'warning: Input `s3-region` is set but the store is a folder, which does not use it, so it is ignored. Remove it, or check `store`.',
    ]);
    // A value equal to the default is what the runner passes for an unset input: no warning.
    expect(
      inapplicableInputs(mapSource({ 'ssh-port': '22', 'divio-prefix': 'DEFAULT', 's3-force-path-style': 'false' }), 'command', 'local'),
    ).toEqual([]);
    expect(inapplicableInputs(mapSource({ 'ssh-host': 'h', retries: '3' }), 'ssh', 's3')).toEqual([
      expect.stringMatching(/^Input `retries` is set but `platform: ssh`/),
    ]);
    // Applying inputs are checked as before: an invalid retries fails for a hosted platform.
    expect(inapplicableInputs(mapSource({ retries: 'abc' }), 'divio', 's3')).toEqual([]);
  });
});

describe('error messages quote harmless values', () => {
  it('hides the values of secret inputs and keys by their shape only', () => {
    const msg = 'Input `backup`: "20261121T050003Z-schedule" is neither `latest` nor a backup id; zone "Mars/Olympus_Mons"';
    expect(withoutFlagValues(msg, { backup: '20261121T050003Z-schedule', 'retention-timezone': 'Mars/Olympus_Mons' })).toBe(msg);
    expect(
      withoutFlagValues('the key AGE-SECRET-KEY-1QQQQQQQQQQQQQQ was refused', { 'decrypt-identity': 'AGE-SECRET-KEY-1QQQQQQQQQQQQQQ' }),
    ).toBe('the key <the value of --decrypt-identity> was refused');
    expect(withoutFlagValues('login as hunter2-password-value failed', { 'restic-password': 'hunter2-password-value' })).toBe(
      'login as <the value of --restic-password> failed',
    );
    // A key passed to the wrong flag is still hidden, by its shape.
    expect(withoutFlagValues('site "ghp_abcdefghijklmnopqrstuvwx" is bad', { site: 'ghp_abcdefghijklmnopqrstuvwx' })).toBe(
      'site "<the value of --site>" is bad',
    );
  });

  it('a bad backup id is quoted back by the CLI', async () => {
    const cwd = await tempDir('sba-inputs-');
    const r = cliRun(cwd, ['restore', '--site', 'acme', '--store', path.join(cwd, 'store'), '--backup', '20261121T050003Z-schedule']);
    expect(r.status).toBe(1);
    expect(r.out).toContain('"20261121T050003Z-schedule" is neither `latest` nor a backup id');
  });
});
