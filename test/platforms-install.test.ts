import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapSource } from '../src/config/source.js';
import { DIVIO_CLI } from '../src/platforms/divio.js';
import { actionsCache, cacheKey, ensureCli, type CacheBackend } from '../src/platforms/install.js';
import type { PlatformContext } from '../src/platforms/platform.js';
import { POS_CLI } from '../src/platforms/platformos.js';
import { UPSUN_CLI } from '../src/platforms/platformsh.js';
import { SITEGLIDE_CLI } from '../src/platforms/siteglide.js';
import { FAKE_BIN, FAKES_DIR, runBackup, sandbox, storedBackups, type Sandbox } from './fakes/harness.js';
import { testIo } from './helpers/io.js';

const INSTALLERS = path.join(FAKES_DIR, 'installers');
const SECRETS = { MPKIT_URL: 'https://acme.platform-os.com', MPKIT_TOKEN: 'install-SECRET-token', MPKIT_EMAIL: 'ops@acme.example' };
const SYSTEM_PATH = process.env.PATH!;
const platformKey = `${process.platform}-${process.arch}`;

function context(sb: Sandbox, inputs: Record<string, string>, env: Record<string, string | undefined>): { ctx: PlatformContext; lines: string[] } {
  const io = testIo(inputs, sb.env(env), sb.root);
  const workDir = path.join(sb.root, 'work');
  return { ctx: { site: 'acme', environment: 'production', inputs: mapSource(inputs), env: io.env, log: io.log, workDir }, lines: io.lines };
}

/** An installer command that puts a wrapper around the fake siteglide-cli into $INSTALL_DIR/bin. */
const INSTALL_FAKE_SITEGLIDE = [
  'mkdir -p "$INSTALL_DIR/bin"',
  `printf '#!/bin/sh\\nexec node %s "$@"\\n' '${path.join(FAKE_BIN, 'siteglide-cli')}' > "$INSTALL_DIR/bin/siteglide-cli"`,
  'chmod +x "$INSTALL_DIR/bin/siteglide-cli"',
  'echo "$CLI_TOOL $CLI_VERSION" >> "$INSTALL_DIR/../installs.log"',
].join(' && ');

describe('CLI installation', () => {
  it('skips the installer when the CLI is already on PATH', async () => {
    const sb = await sandbox('install-present');
    const marker = path.join(sb.root, 'installer-ran');
    const { ctx, lines } = context(sb, { 'cli-install-command': `touch '${marker}'` }, {});
    const cli = await ensureCli(ctx, SITEGLIDE_CLI);
    expect(cli).toMatchObject({ source: 'path', bin: path.join(FAKE_BIN, 'siteglide-cli') });
    expect(existsSync(marker)).toBe(false);
    expect(lines.some((l) => l.includes('already on PATH'))).toBe(true);
  });

  it('runs the installer when the CLI is missing, and a backup then uses what it installed', async () => {
    const sb = await sandbox('install-missing');
    const tools = path.join(sb.root, 'tools');
    const inputs = { platform: 'siteglide', site: 'acme', components: 'code', 'cli-version': '1.9.9', 'cli-install-command': INSTALL_FAKE_SITEGLIDE };
    // PATH without the fakes: siteglide-cli is nowhere to be found.
    const env = { ...SECRETS, PATH: SYSTEM_PATH, SITE_BACKUP_TOOL_DIR: tools };
    const first = await runBackup(sb, inputs, env);
    expect(first.error).toBeUndefined();
    expect(first.io.lines.some((l) => l.includes('siteglide-cli is not on PATH: installing siteglide-cli 1.9.9'))).toBe(true);
    const installed = path.join(tools, 'site-backup', 'siteglide-cli', '1.9.9', platformKey, 'bin', 'siteglide-cli');
    expect(existsSync(installed)).toBe(true);
    expect(sb.calls('siteglide-cli').map((c) => c.argv)).toEqual([['pull', 'production']]);
    expect((await storedBackups(sb, 'acme', 'production')).manifests).toHaveLength(1);

    // The next run finds it in the tool folder and installs nothing.
    const second = await runBackup(sb, inputs, env);
    expect(second.error).toBeUndefined();
    expect(readFileSync(path.join(tools, 'site-backup', 'siteglide-cli', '1.9.9', 'installs.log'), 'utf8')).toBe('siteglide-cli 1.9.9\n');
  });

  it('npm tools: `npm install --prefix <dir> <package>@<pinned or cli-version>`', async () => {
    const sb = await sandbox('install-npm');
    const { ctx } = context(sb, {}, { PATH: `${INSTALLERS}${path.delimiter}${SYSTEM_PATH}` });
    const sg = await ensureCli(ctx, SITEGLIDE_CLI);
    const dir = path.join(ctx.workDir, 'tools', 'site-backup', 'siteglide-cli', '1.10.3', platformKey);
    expect(sg).toMatchObject({ source: 'installed', version: '1.10.3', bin: path.join(dir, 'node_modules', '.bin', 'siteglide-cli') });
    const { ctx: ctx2 } = context(sb, { 'cli-version': '6.3.0' }, { PATH: `${INSTALLERS}${path.delimiter}${SYSTEM_PATH}` });
    const pos = await ensureCli(ctx2, POS_CLI);
    expect(pos.version).toBe('6.3.0');
    expect(sb.calls('npm').map((c) => c.argv)).toEqual([
      ['install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', '@siteglide/siteglide-cli@1.10.3'],
      ['install', '--prefix', path.join(ctx.workDir, 'tools', 'site-backup', 'pos-cli', '6.3.0', platformKey), '--no-audit', '--no-fund', '--loglevel=error', '@platformos/pos-cli@6.3.0'],
    ]);
  });

  it('divio: a virtualenv, then `pip install divio-cli==<version>`', async () => {
    const sb = await sandbox('install-pip');
    const { ctx } = context(sb, {}, { PATH: `${INSTALLERS}${path.delimiter}${SYSTEM_PATH}` });
    const cli = await ensureCli(ctx, DIVIO_CLI);
    const dir = path.join(ctx.workDir, 'tools', 'site-backup', 'divio-cli', '4.0.4', platformKey);
    expect(cli).toMatchObject({ source: 'installed', bin: path.join(dir, 'bin', 'divio') });
    expect(sb.calls().map((c) => [c.bin, ...c.argv])).toEqual([
      ['python3', '-m', 'venv', dir],
      ['venv-python', '-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', 'divio-cli==4.0.4'],
    ]);
  });

  it('platform/upsun: the vendor installer script, told the version and where to put the binary', async () => {
    const sb = await sandbox('install-script');
    const { ctx } = context(sb, { 'cli-version': '5.1.2' }, { PATH: `${INSTALLERS}${path.delimiter}${SYSTEM_PATH}` });
    const cli = await ensureCli(ctx, UPSUN_CLI);
    expect(cli.source).toBe('installed');
    expect(sb.calls('curl').map((c) => c.argv)).toEqual([['-fsSL', 'https://raw.githubusercontent.com/upsun/cli/main/installer.sh']]);
    expect(readFileSync(path.join(path.dirname(cli.bin), '.installer-env'), 'utf8')).toBe('VERSION=5.1.2 INSTALL_METHOD=raw\n');
  });

  it('with the Actions cache: restores by tool, version and OS, and saves after an install', async () => {
    const sb = await sandbox('install-cache');
    const events: string[] = [];
    let stash: string | undefined;
    const cache: CacheBackend = {
      available: () => true,
      async restore(paths, key) {
        events.push(`restore ${key}`);
        if (!stash) return undefined;
        await cp(stash, paths[0]!, { recursive: true });
        return key;
      },
      async save(paths, key) {
        events.push(`save ${key}`);
        stash = path.join(sb.root, 'cache-blob');
        await cp(paths[0]!, stash, { recursive: true });
      },
    };
    const key = cacheKey(SITEGLIDE_CLI, '1.10.3');
    expect(key).toBe(`site-backup-cli-siteglide-cli-1.10.3-${platformKey}`);
    const env = { PATH: `${INSTALLERS}${path.delimiter}${SYSTEM_PATH}` };
    const a = await ensureCli(context(sb, {}, { ...env, SITE_BACKUP_TOOL_DIR: path.join(sb.root, 'run1') }).ctx, SITEGLIDE_CLI, { cache });
    expect(a.source).toBe('installed');
    // A later run on a fresh runner: the cache has it, npm is not called again.
    const b = await ensureCli(context(sb, {}, { ...env, SITE_BACKUP_TOOL_DIR: path.join(sb.root, 'run2') }).ctx, SITEGLIDE_CLI, { cache });
    expect(b.source).toBe('cache');
    expect(events).toEqual([`restore ${key}`, `save ${key}`, `restore ${key}`]);
    expect(sb.calls('npm')).toHaveLength(1);
  });

  it('uses the Actions cache only inside Actions with the cache service', () => {
    expect(actionsCache.available({})).toBe(false);
    expect(actionsCache.available({ GITHUB_ACTIONS: 'true' })).toBe(false);
    expect(actionsCache.available({ GITHUB_ACTIONS: 'true', ACTIONS_RESULTS_URL: 'https://results.example/' })).toBe(true);
  });

  it('never consults a cache that is not available', async () => {
    const sb = await sandbox('install-nocache');
    const cache: CacheBackend = {
      available: () => false,
      restore: () => Promise.reject(new Error('must not be called')),
      save: () => Promise.reject(new Error('must not be called')),
    };
    const { ctx } = context(sb, {}, { PATH: `${INSTALLERS}${path.delimiter}${SYSTEM_PATH}` });
    expect((await ensureCli(ctx, SITEGLIDE_CLI, { cache })).source).toBe('installed');
  });

  it('a failing installer, or one that installs nothing, is a clear error', async () => {
    const sb = await sandbox('install-fail');
    await mkdir(path.join(sb.root, 'work'), { recursive: true });
    const env = { PATH: SYSTEM_PATH };
    await expect(ensureCli(context(sb, { 'cli-install-command': 'echo "mirror unreachable" >&2; exit 3' }, env).ctx, SITEGLIDE_CLI)).rejects.toThrow(
      /installing siteglide-cli 1\.10\.3 failed \(bash exited with 3\): mirror unreachable\. Check `cli-version`, or preinstall siteglide-cli/,
    );
    await expect(ensureCli(context(sb, { 'cli-install-command': 'true' }, env).ctx, SITEGLIDE_CLI)).rejects.toThrow(/the siteglide-cli installer finished, but siteglide-cli is not in /);
    await expect(ensureCli(context(sb, { 'cli-version': '1.0; rm -rf /' }, env).ctx, SITEGLIDE_CLI)).rejects.toThrow(/Input `cli-version`: "1\.0; rm -rf \/" is not a version/);
  });
});
