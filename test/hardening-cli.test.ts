import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlags, UsageError, withoutFlagValues } from '../src/cli.js';
import { COMMANDS } from '../src/commands/index.js';
import { tempDir } from './helpers/tmp.js';

// The CLI's flags: parsed once, strictly, and no usage error ever prints a value (a value can be
// a private key, and a usage error is printed before anything is masked).

const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n';

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.resolve('src/bin/cli.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('CLI flags', () => {
  it('a flag without a value is a usage error, not "true" (--store last backed up into ./true)', async () => {
    const cwd = await tempDir('sba-cli-');
    const r = cli(['backup', '--site', 'acme', '--data-command', 'echo hi > "$BACKUP_OUT/x.sql"', '--store'], cwd);
    expect(r.status).toBe(2);
    expect(r.out).toContain('--store needs a value');
    expect(existsSync(path.join(cwd, 'true'))).toBe(false);
    expect(existsSync(path.join(cwd, 'site-backups'))).toBe(false);
    expect(() => parseFlags(COMMANDS.backup!, ['--store', '--site', 'acme'])).toThrow(/--store needs a value/);
  });

  it('takes a value that starts with "-", such as a private key, in both forms', () => {
    expect(parseFlags(COMMANDS.backup!, ['--ssh-key', KEY, '--site', 'acme'])).toEqual({ 'ssh-key': KEY, site: 'acme' });
    expect(parseFlags(COMMANDS.backup!, [`--ssh-key=${KEY}`, '--site=acme'])).toEqual({ 'ssh-key': KEY, site: 'acme' });
    expect(parseFlags(COMMANDS.restore!, ['--dry-run', '--site', 'a'])).toMatchObject({ 'dry-run': 'true', site: 'a' });
    expect(parseFlags(COMMANDS.prune!, ['--dry-run', 'false', '--site', 'a'])).toMatchObject({ 'dry-run': 'false' });
    expect(parseFlags(COMMANDS.list!, ['--json'])).toEqual({ json: 'true' });
  });

  it('never echoes a value in a usage error', async () => {
    const cwd = await tempDir('sba-cli-');
    const secret = 'hunter2-very-secret-value';
    for (const args of [
      ['backup', '--ssh-key', KEY, '--no-such-flag'],
      ['backup', secret],
      ['backup', '--site', 'acme', secret],
      ['backup', `--sitee=${secret}`],
      ['list', `--json=${secret}`],
    ]) {
      const r = cli(args, cwd);
      expect(r.status, args.join(' ')).toBe(2);
      for (const leak of [secret, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUA', 'BEGIN OPENSSH']) expect(r.out).not.toContain(leak);
    }
  });

  it('never echoes a value in any error, even a key passed to the wrong flag', async () => {
    const cwd = await tempDir('sba-cli-');
    const r = cli(['backup', '--site', KEY, '--data-command', 'true'], cwd);
    expect(r.status).toBe(1);
    expect(r.out).toContain('<the value of --site>');
    for (const leak of ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUA', 'BEGIN OPENSSH']) expect(r.out).not.toContain(leak);
  });

  it('keeps paths and URLs in errors, since they say what was wrong', () => {
    expect(withoutFlagValues('/tmp/sba-x/deep/folder/cli.yml:3:15: unknown platform', { sites: '/tmp/sba-x/deep/folder/cli.yml' })).toBe(
      '/tmp/sba-x/deep/folder/cli.yml:3:15: unknown platform',
    );
    expect(withoutFlagValues('site "ghp_abcdefghijklmnopqrstuvwx" is not valid', { site: 'ghp_abcdefghijklmnopqrstuvwx' })).toBe(
      'site "<the value of --site>" is not valid',
    );
  });

  it('suggests the flag meant, and -h prints the flags', async () => {
    const cwd = await tempDir('sba-cli-');
    expect(() => parseFlags(COMMANDS.backup!, ['--sit', 'acme'])).toThrow(/unknown flag --sit\. Did you mean --site\?/);
    expect(() => parseFlags(COMMANDS.backup!, ['--data-comand', 'x'])).toThrow(/Did you mean --data-command\?/);
    expect(() => parseFlags(COMMANDS.backup!, ['--zzzzzz', 'x'])).toThrow(UsageError);
    const h = cli(['backup', '-h'], cwd);
    expect(h.status).toBe(0);
    expect(h.out).toContain('--data-command');
  });
});
