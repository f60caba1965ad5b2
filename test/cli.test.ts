import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../src/model/manifest.js';
import { otherNodes } from './helpers/runner.js';
import { tempDir } from './helpers/tmp.js';

const CLI = path.resolve('dist/cli/index.js');
let root: string;

function cli(args: string[], cwd = root, node = process.execPath) {
  const r = spawnSync(node, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  root = await tempDir();
});

describe('site-backup CLI', () => {
  it('demo backs up the bundled sample site into ./site-backups and says where', () => {
    const r = cli(['demo']);
    expect(r.status).toBe(0);
    const id = /^backup-id=(.+)$/m.exec(r.stdout)![1]!;
    const dir = path.join(root, 'site-backups/demo-site/production', id);
    expect(r.stdout).toContain(`location=file://${dir}/`);
    expect(r.stderr).toContain(`Demo backup written to file://${dir}/`);
    const m = parseManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(m.components.map((c) => c.name)).toEqual(['code', 'assets', 'data']);
    expect(m.platform).toBe('command');

    const list = cli(['list', '--site', 'demo-site']);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(
      new RegExp(`^${id}\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ\\s+manual\\s+[\\d.]+ (B|KiB)\\s+complete$`, 'm'),
    );
  });

  it('list marks incomplete backups and speaks JSON', () => {
    const store = path.join(root, 'listing');
    const ok = cli([
      'backup',
      '--site',
      'acme',
      '--store',
      store,
      '--data-command',
      'echo "select 1;" > "$BACKUP_OUT/x.sql"',
      '--trigger',
      'scheduled',
    ]);
    expect(ok.status).toBe(0);
    const broken = path.join(store, 'acme/production/20200101T000000Z-manual-lbroken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(path.join(broken, 'data.tar.zst'), 'half');
    const table = cli(['list', '--site', 'acme', '--store', store]);
    expect(table.stdout).toMatch(/^20200101T000000Z-manual-lbroken .*INCOMPLETE \(no manifest\)$/m);
    const json = JSON.parse(cli(['list', '--site', 'acme', '--store', store, '--json']).stdout) as {
      id: string;
      complete: boolean;
      trigger: string;
      bytes: number;
    }[];
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({ complete: true, trigger: 'scheduled' });
    expect(json[0]!.bytes).toBeGreaterThan(0);
    expect(json[1]).toMatchObject({ id: '20200101T000000Z-manual-lbroken', complete: false, bytes: 4 });
  });

  it('rejects unknown commands, unknown flags and bad input with exit codes 2 and 1', () => {
    expect(cli(['frobnicate']).status).toBe(2);
    const flag = cli(['backup', '--sit', 'acme']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('unknown flag --sit');
    const bad = cli(['backup', '--site', 'Bad Name', '--data-command', 'true']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/error: --site: "Bad Name" is not a valid site name/);
  });

  it('documents every command', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    for (const c of ['backup', 'list', 'demo']) expect(help.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(cli(['backup', '--help']).stdout).toContain('--data-command');
  });
});

// The action runs on the runner's Node 24; the CLI also promises the Node 20 of older servers,
// where zstd streams through the zstd binary instead of zlib.
describe.each([process.execPath, ...otherNodes()])('the CLI round trip under %s', (node) => {
  it('demo, list, verify, then restore gives the sample site back byte for byte', () => {
    const cwd = path.join(root, `round-trip-${path.basename(path.dirname(node))}-${Math.random().toString(36).slice(2, 8)}`);
    mkdirSync(cwd);
    expect(cli(['demo'], cwd, node).status).toBe(0);
    const listed = JSON.parse(cli(['list', '--site', 'demo-site', '--json'], cwd, node).stdout) as { id: string; complete: boolean }[];
    expect(listed).toHaveLength(1);
    const verify = cli(['verify', '--site', 'demo-site'], cwd, node);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toContain(`verified=${listed[0]!.id}`);
    const restore = cli(['restore', '--site', 'demo-site', '--confirm', 'production', '--restore-dir', 'restored'], cwd, node);
    expect(restore.status, restore.stderr).toBe(0);
    for (const c of ['code', 'assets', 'data']) {
      const walk = (d: string): string[] =>
        readdirSync(d, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(path.join(d, e.name)).map((f) => `${e.name}/${f}`) : [e.name],
        );
      // Restored folders get the ordinary 0755, not the private mode used while extracting.
      expect(statSync(path.join(cwd, 'restored', c)).mode & 0o777).toBe(0o755);
      const src = path.resolve('examples/demo-site', c);
      const files = walk(src).sort();
      expect(walk(path.join(cwd, 'restored', c)).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(path.join(cwd, 'restored', c, f))).toEqual(readFileSync(path.join(src, f)));
    }
  });
});
