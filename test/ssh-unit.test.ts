import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/model/errors.js';
import { mapSource } from '../src/config/source.js';
import { explainSshFailure, filesLocation, parseSshConfig, verifyDump, type SshConfig } from '../src/platforms/ssh/index.js';
import { credentialLine, mysqlPasswordLine, sq } from '../src/platforms/ssh/scripts.js';
import { tempDir } from './helpers/tmp.js';

// The ssh platform's pure parts. The real round trip is in ssh-roundtrip.test.ts.

const base = {
  'ssh-host': 'web1.example.com',
  'ssh-known-hosts': 'web1.example.com ssh-ed25519 AAAA',
  'site-root': '/var/aegir/platforms/d10',
};
const parse = (over: Record<string, string | undefined> = {}, env: NodeJS.ProcessEnv = {}) =>
  parseSshConfig(mapSource({ ...base, ...over }), env);

describe('ssh inputs', () => {
  it('applies the defaults', () => {
    const c = parse();
    expect(c).toMatchObject({
      host: 'web1.example.com',
      port: 22,
      acceptNewHostKey: false,
      filesPath: 'sites/default/files',
      dbType: 'mysql',
      drush: 'auto',
      codeExclude: [],
    });
  });

  it.each([
    [{ 'ssh-host': undefined }, 'ssh-host', /is required/],
    [{ 'ssh-host': 'me@host' }, 'ssh-host', /not a host name.*ssh-user/],
    [{ 'ssh-host': '-oProxyCommand=x' }, 'ssh-host', /not a host name/],
    [{ 'ssh-known-hosts': undefined }, 'ssh-known-hosts', /required.*ssh-keyscan.*ssh-accept-new-host-key/],
    [{ 'ssh-port': '0' }, 'ssh-port', /not a port/],
    [{ 'site-root': undefined }, 'site-root', /is required/],
    [{ 'site-root': '~/site' }, 'site-root', /not a usable path/],
    [{ 'db-type': 'oracle' }, 'db-type', /unknown database type/],
    [{ 'db-name': 'shop; DROP' }, 'db-name', /not a database name/],
    [{ 'db-user': '--all' }, 'db-user', /not a database name/],
    [{ 'ssh-accept-new-host-key': 'maybe' }, 'ssh-accept-new-host-key', /not a boolean/],
  ])('refuses %j, naming `%s`', (over, input, msg) => {
    let err: unknown;
    try {
      parse(over);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).input).toBe(input);
    expect((err as Error).message).toMatch(msg);
  });

  it('lets ssh-accept-new-host-key stand in for ssh-known-hosts, and reads the password from DB_PASSWORD', () => {
    const c = parse({ 'ssh-known-hosts': undefined, 'ssh-accept-new-host-key': 'true' }, { DB_PASSWORD: 'pw' });
    expect(c.acceptNewHostKey).toBe(true);
    expect(c.dbPassword).toBe('pw');
    expect(() => parse({}, { DB_PASSWORD: 'a\nb' })).toThrow(/DB_PASSWORD.*line break/);
  });

  it('reads drush false, files-path none and code-exclude lists', () => {
    const c = parse({ drush: 'false', 'files-path': 'none', 'code-exclude': '/private/,\n*.log\n' });
    expect(c.drush).toBe('none');
    expect(c.filesPath).toBeUndefined();
    expect(c.codeExclude).toEqual(['/private/', '*.log']);
  });
});

describe('files folder', () => {
  const cfg = (filesPath: string, siteRoot = '/srv/site'): SshConfig => ({ ...parse(), siteRoot, filesPath });
  it('is excluded from code when it lies inside site-root', () => {
    expect(filesLocation(cfg('sites/default/files'))).toEqual({ dir: '/srv/site/sites/default/files', exclude: '/sites/default/files/' });
    expect(filesLocation(cfg('sites/example.com/files/'))).toEqual({
      dir: '/srv/site/sites/example.com/files',
      exclude: '/sites/example.com/files/',
    });
    expect(filesLocation(cfg('/srv/site/web/files'))).toEqual({ dir: '/srv/site/web/files', exclude: '/web/files/' });
  });
  it('needs no exclude when it lies outside', () => {
    expect(filesLocation(cfg('../private'))).toEqual({ dir: '/srv/private' });
    expect(filesLocation(cfg('/mnt/files'))).toEqual({ dir: '/mnt/files' });
  });
});

describe('quoting', () => {
  it('sq() survives sh for every awkward character', () => {
    for (const s of ["it's", 'a "b" $c `d` \\e', 'new\nline', '', "'''", '*?[x]']) {
      expect(execFileSync('sh', ['-c', `printf %s ${sq(s)}`]).toString()).toBe(s);
    }
  });
  it('escapes the option-file password so quotes, # and backslashes survive', () => {
    expect(mysqlPasswordLine(`a"b\\c#d'e`)).toBe(`password="a\\"b\\\\c#d'e"`);
    expect(mysqlPasswordLine(undefined)).toBe('');
    expect(credentialLine('pgsql', 'p w')).toBe('p w\n');
    expect(credentialLine('drush', 'secret')).toBe('\n');
  });
});

describe('ssh error messages', () => {
  const cfg = { ...parse(), user: 'aegir', port: 2222 };
  it.each([
    ['root@h: Permission denied (publickey).', /authentication as aegir@web1\.example\.com:2222 failed/],
    [
      'No ED25519 host key is known for [web1.example.com]:2222 and you have requested strict checking.\r\nHost key verification failed.',
      /not in `ssh-known-hosts`.*ssh-keyscan -p 2222 web1\.example\.com.*\[host\]:port/,
    ],
    ['@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@', /does not match `ssh-known-hosts`/],
    ['Load key "/x/ssh-key": invalid format', /not a usable private key/],
    ['ssh: connect to host web1.example.com port 2222: Connection refused', /cannot connect to web1\.example\.com:2222/],
    ['ssh: Could not resolve hostname web1.example.com: Name or service not known', /cannot connect/],
  ])('%s', (stderr, msg) => {
    expect(explainSshFailure(cfg, stderr)).toMatch(msg);
  });
  it('leaves other failures to the caller', () => {
    expect(explainSshFailure(cfg, 'mysqldump: Got error: 1045')).toBeUndefined();
  });
});

describe('dump verification', () => {
  const mysql = '-- MariaDB dump 10.19\nCREATE TABLE t (id int);\n\n-- Dump completed on 2026-11-21 10:00:00\n';
  const pg = '--\n-- PostgreSQL database dump\n--\nCREATE TABLE t ();\n--\n-- PostgreSQL database dump complete\n--\n\n';
  const file = async (name: string, body: Buffer) => {
    const p = path.join(await tempDir('sba-dump-'), name);
    writeFileSync(p, body);
    return p;
  };

  it('accepts complete mysqldump and pg_dump output', async () => {
    expect(await verifyDump(await file('m.sql.gz', gzipSync(mysql)))).toMatchObject({ flavor: 'MySQL/MariaDB', sqlBytes: mysql.length });
    expect(await verifyDump(await file('p.sql.gz', gzipSync(pg)))).toMatchObject({ flavor: 'PostgreSQL' });
    // pg_dump 17.6+ ends with \unrestrict after the completion line.
    expect(await verifyDump(await file('r.sql.gz', gzipSync(`\\restrict abc\n${pg}\\unrestrict abc\n\n`)))).toMatchObject({
      flavor: 'PostgreSQL',
    });
  });
  it('refuses an empty file', async () => {
    await expect(verifyDump(await file('e.sql.gz', Buffer.alloc(0)))).rejects.toThrow(/empty \(0 bytes\)/);
  });
  it('refuses something that is not gzip', async () => {
    await expect(verifyDump(await file('x.sql.gz', Buffer.from(mysql)))).rejects.toThrow(/not valid gzip/);
  });
  it('refuses a gzip stream cut short', async () => {
    const gz = gzipSync(mysql.repeat(2000));
    await expect(verifyDump(await file('t.sql.gz', gz.subarray(0, gz.length - 100)))).rejects.toThrow(/not valid gzip.*cut off/);
  });
  it('refuses a dump without the completion line (a dump that stopped mid-way, exit code 0 or not)', async () => {
    await expect(verifyDump(await file('c.sql.gz', gzipSync('-- MariaDB dump\nINSERT INTO t VALUES (1),\n')))).rejects.toThrow(
      /incomplete: it does not end with the dump tool's completion line/,
    );
    await expect(verifyDump(await file('z.sql.gz', gzipSync('')))).rejects.toThrow(/empty once decompressed/);
  });
});

describe('ssh session without a server', () => {
  it('fails fast and clearly when ssh is not on PATH', async () => {
    const { sshPlatform } = await import('../src/platforms/ssh/index.js');
    const workDir = await tempDir('sba-ssh-nobin-');
    const log = { info: () => undefined, warn: () => undefined, error: () => undefined, setSecret: () => undefined };
    await expect(
      sshPlatform.open({ site: 'acme', environment: 'production', inputs: mapSource(base), env: { PATH: workDir }, log, workDir }),
    ).rejects.toThrow(/ssh: no answer from web1\.example\.com:22: ssh is not installed or not on PATH/);
  });
});
