// The CLI as users get it from npm: `npm pack` makes the tarball, a clean folder installs it, and
// the `site-backup` bin it links runs --help and the demo under every Node this machine has
// (the runner's Node 24 that the tests run on, and the oldest one `engines` claims where present).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../src/model/manifest.js';
import { otherNodes } from './helpers/runner.js';
import { tempDir } from './helpers/tmp.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let root: string;
let tarball: string;
let packed: string[];
let bin: string;

beforeAll(async () => {
  root = await tempDir('sba-pack-');
  const pack = spawnSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', root], { encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(root, info!.filename);
  packed = info!.files.map((f) => f.path);

  // A clean folder with nothing but the tarball: no registry is needed, because the bundle
  // carries its dependencies.
  const prefix = path.join(root, 'install');
  const install = spawnSync(NPM, ['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { encoding: 'utf8' });
  expect(install.status, `${install.stdout}${install.stderr}`).toBe(0);
  bin = path.join(prefix, 'node_modules', '.bin', 'site-backup');
}, 180_000);

/** Runs the installed bin through its `#!/usr/bin/env node` line, with `node` taken from `nodeDir`. */
function run(args: string[], cwd: string, nodeDir: string) {
  const r = spawnSync(bin, args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: `${nodeDir}${path.delimiter}/usr/bin${path.delimiter}/bin`, HOME: root },
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

describe('npm package', () => {
  it('ships the CLI bundle, the demo site and the docs, and no sources or tests', () => {
    expect(packed).toContain('dist/cli/index.js');
    expect(packed).toContain('LICENSE');
    expect(packed).toContain('README.md');
    expect(packed.some((f) => f.startsWith('examples/demo-site/'))).toBe(true);
    expect(packed.filter((f) => /^(src|test|bench|scripts)\//.test(f) || /^dist\/(backup|prune|restore|matrix)\//.test(f))).toEqual([]);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      private?: boolean;
      dependencies?: object;
      bin: Record<string, string>;
    };
    expect(pkg.private).toBeUndefined();
    // Everything is bundled: an install pulls nothing else from the registry.
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin['site-backup']).toBe('dist/cli/index.js');
  });

  const nodes = [path.dirname(process.execPath), ...otherNodes().map((n) => path.dirname(n))];
  describe.each(nodes.map((d) => [spawnSync(path.join(d, 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim(), d] as const))(
    'installed, under Node %s',
    (_v, nodeDir) => {
      it('`site-backup --help` prints the commands', () => {
        const r = run(['--help'], root, nodeDir);
        expect(r.status, r.out).toBe(0);
        // Each command as a row of the command list (its name at the start of an indented line),
        // not just the word somewhere in the prose.
        const rows = [...r.stdout.matchAll(/^ {2}([a-z][a-z-]*) +\S/gm)].map((m) => m[1]);
        for (const cmd of ['backup', 'list', 'prune', 'restore', 'verify', 'demo']) expect(rows, r.out).toContain(cmd);
      });

      it('`site-backup demo` backs up the demo site shipped in the package', async () => {
        const cwd = await tempDir('sba-pack-demo-');
        const r = run(['demo'], cwd, nodeDir);
        expect(r.status, r.out).toBe(0);
        const id = /^backup-id=(.+)$/m.exec(r.stdout)?.[1];
        expect(id, r.out).toBeTruthy();
        const dir = path.join(cwd, 'site-backups', 'demo-site', 'production', id!);
        expect(existsSync(path.join(dir, 'manifest.json'))).toBe(true);
        const m = parseManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
        expect(m.components.map((c) => c.name)).toEqual(['code', 'assets', 'data']);
        expect(m.components.every((c) => c.files > 0 && c.contentBytes > 0)).toBe(true);
        expect(readdirSync(dir).sort()).toEqual([
          'assets.index.json.gz',
          'assets.tar.zst',
          'code.index.json.gz',
          'code.tar.zst',
          'data.index.json.gz',
          'data.tar.zst',
          'manifest.json',
        ]);
      });
    },
  );
});
