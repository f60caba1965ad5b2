import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherNodes } from './helpers/runner.js';
import { tempDir } from './helpers/tmp.js';

// A manifest that misstates its objects' compression gets one clear error, on the runner's
// Node 24 and on the machine's Node 20 alike: no decoder message, no stack, no bundle dump.

const nodes = [process.execPath, ...otherNodes()];

function cli(node: string, cwd: string, args: string[]) {
  const r = spawnSync(node, ['--import', import.meta.resolve('tsx'), path.resolve('src/bin/cli.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe.each(nodes)('a manifest that misstates compression, under %s', (node) => {
  it.each([
    // node-tar would sniff zstd itself and need zlib's zstd, which Node 20 lacks.
    ['zstd', 'none', 'is zstd-compressed, but its manifest says compression `none`'],
    ['gzip', 'zstd', 'is gzip-compressed, but its manifest says compression `zstd`'],
  ])(
    'stored %s, declared %s',
    async (real, declared, said) => {
      const cwd = await tempDir('sba-node-');
      const made = cli(node, cwd, [
        'backup',
        '--site',
        'acme',
        '--store',
        'st',
        '--compression',
        real,
        '--data-command',
        'echo "select 1;" > "$BACKUP_OUT/x.sql"',
      ]);
      expect(made.status, made.out).toBe(0);
      const dir = path.join(cwd, 'st/acme/production', readdirSync(path.join(cwd, 'st/acme/production'))[0]!);
      const m = path.join(dir, 'manifest.json');
      writeFileSync(m, readFileSync(m, 'utf8').replace(`"compression": "${real}"`, `"compression": "${declared}"`));
      for (const args of [['verify'], ['restore', '--restore-dir', 'r', '--confirm', 'production']]) {
        const r = cli(node, cwd, [...args, '--site', 'acme', '--store', 'st']);
        expect(r.status, r.out).toBe(1);
        expect(r.out).toContain(said);
        expect(r.out).toContain("the manifest misstates the object's compression");
        expect(r.out).not.toMatch(/^\s+at /m);
      }
    },
    60_000,
  );
});
