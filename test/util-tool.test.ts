import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinsFor, reportsVersion, type ToolSpec } from '../src/platforms/install.js';
import { installEnv, resolveTool, type CacheBackend, type ToolLadder } from '../src/util/tool.js';
import { tempDir } from './helpers/tmp.js';

// The pieces of the tool ladder that need no installer: what an install may see of the
// environment, how a version is recognised, which lock pins what, and the ladder's order.

describe('the tool ladder', () => {
  it('installers see what finds programs, proxies, CAs and registries, and nothing named like a credential', () => {
    const env = installEnv({
      PATH: '/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      HTTPS_PROXY: 'http://proxy:3128',
      NODE_EXTRA_CA_CERTS: '/ca.pem',
      npm_config_registry: 'https://registry.example/',
      PIP_INDEX_URL: 'https://pypi.example/simple',
      npm_config__authToken: 'npm-secret',
      'npm_config_//registry.example/:_authToken': 'npm-secret-2',
      AWS_SECRET_ACCESS_KEY: 'aws',
      AWS_ACCESS_KEY_ID: 'aws-id',
      'INPUT_DECRYPT-IDENTITY': 'AGE-SECRET-KEY-1',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
      GITHUB_TOKEN: 'gh',
      SITEGLIDE_TOKEN: 'sg',
      RESTIC_PASSWORD: 'pw',
      NODE_OPTIONS: '--require /tmp/evil.js',
    } as NodeJS.ProcessEnv);
    expect(env).toEqual({
      PATH: '/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      HTTPS_PROXY: 'http://proxy:3128',
      NODE_EXTRA_CA_CERTS: '/ca.pem',
      npm_config_registry: 'https://registry.example/',
      PIP_INDEX_URL: 'https://pypi.example/simple',
    });
  });

  it('recognises a version only as a whole version', () => {
    expect(reportsVersion('Siteglide CLI v1.10.3', '1.10.3')).toBe(true);
    expect(reportsVersion('divio-cli 4.0.5 from /usr/bin', '4.0.5')).toBe(true);
    expect(reportsVersion('6.4.0', '6.4.0')).toBe(true);
    expect(reportsVersion('hello 11.0.0', '1.0.0')).toBe(false);
    expect(reportsVersion('hello 1.0.01', '1.0.0')).toBe(false);
    expect(reportsVersion('hello 1x0y0', '1.0.0')).toBe(false);
  });

  it('pins each tested npm CLI with its committed lock, and refuses a lock for another version', async () => {
    const npm = (pkg: string, v: string): ToolSpec => ({ tool: 't', bin: 't', defaultVersion: v, method: { kind: 'npm', package: pkg } });
    for (const [pkg, v] of [
      ['@platformos/pos-cli', '6.4.0'],
      ['@siteglide/siteglide-cli', '1.10.3'],
      ['@upsun/cli-linux-x64', '5.11.1'],
    ] as const) {
      const pins = await pinsFor(npm(pkg, v), v);
      expect(pins?.kind).toBe('npm-lock');
      // Every dependency carries its sha512 (the CLI's own entry may not: see scripts/cli-locks.ts).
      const entries = Object.entries(pins?.kind === 'npm-lock' ? pins.lock.packages : {}).filter(([p]) => p && p !== `node_modules/${pkg}`);
      expect(entries.filter(([, e]) => !/^sha512-/.test(e.integrity ?? '')).map(([p]) => p)).toEqual([]);
    }
    expect(await pinsFor(npm('@platformos/pos-cli', '6.3.0'), '6.3.0')).toBeUndefined();
    const wrong: ToolSpec = {
      tool: 't',
      bin: 't',
      defaultVersion: '1.0.0',
      method: {
        kind: 'npm',
        package: 'x',
        locks: { '1.0.0': { name: 'w', lockfileVersion: 3, packages: { '': { dependencies: { x: '^1.0.0' } } } } },
      },
    };
    await expect(pinsFor(wrong, '1.0.0')).rejects.toThrow(/the lock for x@1\.0\.0 does not depend on exactly that version/);
  });

  it('PATH, then the tool folder, then the cache, then an install; a copy that fails its check is removed, and so is a failed install', async () => {
    const root = await tempDir();
    const dir = path.join(root, 'tool');
    const steps: string[] = [];
    const cache: CacheBackend = {
      available: () => true,
      restore: async (paths, key) => {
        steps.push(`restore ${key}`);
        await mkdir(paths[0]!, { recursive: true });
        await writeFile(path.join(paths[0]!, 'copy'), 'from cache');
        return key;
      },
      save: async (_paths, key) => void steps.push(`save ${key}`),
    };
    const ladder = (install: () => Promise<string>): ToolLadder<string> => ({
      name: 'demo',
      bin: 'demo-not-on-path',
      env: { PATH: root },
      log: { info: (m) => steps.push(`info ${m}`), warn: (m) => steps.push(`warn ${m}`) },
      cache,
      usePath: async () => 'path',
      place: async () => ({ dir, cacheKey: 'k1' }),
      check: async (d) =>
        existsSync(path.join(d, 'copy'))
          ? { ok: false, why: 'is not the one we installed' }
          : { ok: false, missing: true, why: 'is empty' },
      install: async () => install(),
    });
    const found = await resolveTool(ladder(async () => 'fresh'));
    expect(found).toMatchObject({ value: 'fresh', source: 'installed', dir });
    expect(steps).toEqual([
      'restore k1',
      'warn demo: the cached copy (k1) is not the one we installed; installing it again',
      'save k1',
      'info demo: saved to the Actions cache (k1)',
    ]);
    expect(existsSync(path.join(dir, 'copy'))).toBe(false);

    await writeFile(path.join(dir, 'partial'), '');
    await expect(resolveTool(ladder(async () => Promise.reject(new Error('mirror down'))))).rejects.toThrow('mirror down');
    expect(existsSync(dir)).toBe(false);
  });
});
