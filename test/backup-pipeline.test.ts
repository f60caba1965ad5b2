import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { ComponentError, ConfigError } from '../src/model/errors.js';
import { parseManifest } from '../src/model/manifest.js';
import { readStatus } from '../src/report/status.js';
import { testIo } from './helpers/io.js';
import { expectSameTree } from './helpers/site-fixture.js';
import { tempDir } from './helpers/tmp.js';

let root: string;
let site: string;
let runnerTemp: string;

const sha256 = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function backupFolders(store: string, s = 'acme', env = 'production'): string[] {
  const d = path.join(store, s, env);
  return existsSync(d) ? readdirSync(d).sort() : [];
}

beforeAll(async () => {
  root = await tempDir();
  runnerTemp = path.join(root, 'runner-temp');
  mkdirSync(runnerTemp);
  site = path.join(root, 'site');
  mkdirSync(path.join(site, 'code/lib'), { recursive: true });
  mkdirSync(path.join(site, 'files/img'), { recursive: true });
  writeFileSync(path.join(site, 'code/index.php'), '<?php echo "hi";\n');
  writeFileSync(path.join(site, 'code/lib/a b.php'), '<?php // a file with a space\n');
  writeFileSync(path.join(site, 'files/img/photo.bin'), Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251)));
  writeFileSync(path.join(site, 'dump.sql'), 'INSERT INTO t VALUES (1);\n'.repeat(5000));
});

function inputs(store: string, extra: Record<string, string> = {}) {
  return {
    site: 'acme',
    platform: 'command',
    store,
    'code-command': `cp -a '${site}/code/.' "$BACKUP_OUT"`,
    'assets-command': `cp -a '${site}/files/.' "$BACKUP_OUT"`,
    'data-command': `cp '${site}/dump.sql' "$BACKUP_OUT/"`,
    ...extra,
  };
}

describe('backup pipeline into a local folder', () => {
  it('stores every component with the manifest last and checksums that match the bytes', async () => {
    const store = path.join(root, 'store-zstd');
    const io = testIo(inputs(store), {
      RUNNER_TEMP: runnerTemp,
      GITHUB_RUN_ID: '8812345',
      GITHUB_REPOSITORY: 'acme/site',
      GITHUB_EVENT_NAME: 'schedule',
    });
    const result = await backupCommand(io);
    expect(result.id).toMatch(/^\d{8}T\d{6}Z-scheduled-r8812345s[0-9a-f]{6}$/);
    const dir = path.join(store, 'acme/production', result.id);
    expect(readdirSync(dir).sort()).toEqual([
      'assets.index.json.gz',
      'assets.tar.zst',
      'code.index.json.gz',
      'code.tar.zst',
      'data.index.json.gz',
      'data.tar.zst',
      'manifest.json',
    ]);
    const m = parseManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(m.components.map((c) => c.name)).toEqual(['code', 'assets', 'data']);
    for (const c of m.components) {
      expect(sha256(path.join(dir, c.object))).toBe(c.sha256);
      expect(readFileSync(path.join(dir, c.object)).length).toBe(c.bytes);
      // Each member index beside its archive, checked by the manifest like the archive.
      expect(sha256(path.join(dir, c.index!.object))).toBe(c.index!.sha256);
    }
    expect(m.components.find((c) => c.name === 'assets')).toMatchObject({ files: 1, contentBytes: 200_000 });
    expect(m.source).toMatchObject({
      repository: 'acme/site',
      runId: '8812345',
      runUrl: 'https://github.com/acme/site/actions/runs/8812345',
    });
    expect(io.outputs).toEqual({
      'backup-id': result.id,
      location: `file://${dir}/`,
      bytes: String(m.components.reduce((n, c) => n + c.bytes, 0)),
      manifest: `file://${dir}/manifest.json`,
      skipped: 'false',
      'manifest-sha256': sha256(path.join(dir, 'manifest.json')),
    });
    expect(io.summaries[0]).toContain('| code | 2 |');
    expect(io.summaries[0]).toMatch(/\| data \| 1 \| .* \| `[0-9a-f]{12}` \|/);
    expect(await readStatus(runnerTemp, 'acme', 'production')).toMatchObject({ outcome: 'success', backupId: result.id });

    // Restorable with tar and zstd alone, byte-identical to what was exported.
    for (const [c, src] of [
      ['code', 'code'],
      ['assets', 'files'],
    ] as const) {
      const out = path.join(root, `by-hand-${c}`);
      mkdirSync(out);
      execFileSync('bash', ['-c', `zstd -dc '${dir}/${c}.tar.zst' | tar -x -C '${out}'`]);
      await expectSameTree(out, path.join(site, src));
    }
  });

  it('keeps file modes and blanks owner ids, names and access times', async () => {
    const src = path.join(root, 'modes');
    mkdirSync(path.join(src, 'uploads'), { recursive: true });
    writeFileSync(path.join(src, 'settings.php'), '<?php // read-only on purpose\n', { mode: 0o444 });
    writeFileSync(path.join(src, 'uploads/photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]), { mode: 0o664 }); // a JPEG's first bytes: exports are content-checked
    execFileSync('chmod', ['2775', path.join(src, 'uploads')]);
    execFileSync('chmod', ['664', path.join(src, 'uploads/photo.jpg')]); // writeFileSync's mode passes through the umask
    const store = path.join(root, 'store-modes');
    const result = await backupCommand(testIo(inputs(store, { components: 'code', 'code-command': `cp -a '${src}/.' "$BACKUP_OUT"` })));
    const listing = execFileSync(
      'bash',
      ['-c', `zstd -dc '${path.join(store, 'acme/production', result.id, 'code.tar.zst')}' | tar -tv --numeric-owner`],
      { encoding: 'utf8' },
    );
    expect(listing).toMatch(/^-r--r--r-- 0\/0 .* settings\.php$/m);
    expect(listing).toMatch(/^drwxrwsr-x 0\/0 .* uploads\/$/m);
    expect(listing).toMatch(/^-rw-rw-r-- 0\/0 .* uploads\/photo\.jpg$/m);
    const raw = execFileSync('bash', ['-c', `zstd -dc '${path.join(store, 'acme/production', result.id, 'code.tar.zst')}' | tar -tv`], {
      encoding: 'utf8',
    });
    expect(raw).not.toMatch(/root|runner/);
  });

  it.each([
    ['gzip', '.tar.gz', 'gunzip -c'],
    ['none', '.tar', 'cat'],
  ])('writes %s archives that %s restores', async (compression, ext, cat) => {
    const store = path.join(root, `store-${compression}`);
    const result = await backupCommand(testIo(inputs(store, { compression, components: 'data' })));
    const dir = path.join(store, 'acme/production', result.id);
    // gzip has no frames to seek to, so no member index; `none` has one.
    expect(readdirSync(dir).sort()).toEqual(
      compression === 'none' ? ['data.index.json.gz', `data${ext}`, 'manifest.json'] : [`data${ext}`, 'manifest.json'],
    );
    const out = path.join(root, `by-hand-${compression}`);
    mkdirSync(out);
    execFileSync('bash', ['-c', `${cat} '${dir}/data${ext}' | tar -x -C '${out}'`]);
    expect(readFileSync(path.join(out, 'dump.sql'))).toEqual(readFileSync(path.join(site, 'dump.sql')));
  });

  it('writes no seek table or member index with seekable: false, and the archive is what zstd -d | tar -x reads', async () => {
    const store = path.join(root, 'store-unseekable');
    const result = await backupCommand(testIo(inputs(store, { seekable: 'false', components: 'data' })));
    const dir = path.join(store, 'acme/production', result.id);
    expect(readdirSync(dir).sort()).toEqual(['data.tar.zst', 'manifest.json']);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { components: { index?: unknown }[] };
    expect(manifest.components[0]!.index).toBeUndefined();
    // The seek table's skippable frame (magic 0x184D2A5E, little-endian) is absent too.
    expect(readFileSync(path.join(dir, 'data.tar.zst')).includes(Buffer.from([0x5e, 0x2a, 0x4d, 0x18]))).toBe(false);
    const out = path.join(root, 'by-hand-unseekable');
    mkdirSync(out);
    execFileSync('bash', ['-c', `zstd -dc '${dir}/data.tar.zst' | tar -x -C '${out}'`]);
    expect(readFileSync(path.join(out, 'dump.sql'))).toEqual(readFileSync(path.join(site, 'dump.sql')));
  });

  it('encrypts to age recipients so that only the identity reads it back', async () => {
    const identity = await generateIdentity();
    const recipient = await identityToRecipient(identity);
    const store = path.join(root, 'store-age');
    const result = await backupCommand(testIo(inputs(store, { components: 'data', 'encrypt-to': recipient })));
    const dir = path.join(store, 'acme/production', result.id);
    const m = parseManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(m.components[0]).toMatchObject({ object: 'data.tar.zst.age', encryption: 'age', compression: 'zstd' });
    const stored = readFileSync(path.join(dir, 'data.tar.zst.age'));
    expect(stored.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(stored.includes(Buffer.from('INSERT INTO'))).toBe(false);
    // The by-hand path FORMAT.md documents: age -d | zstd -d | tar -x.
    if (spawnSync('age', ['--version']).status === 0 || process.env.CI) {
      const key = path.join(root, 'age.key');
      writeFileSync(key, identity + '\n', { mode: 0o600 });
      const out = path.join(root, 'by-hand-age');
      mkdirSync(out);
      execFileSync('bash', ['-c', `age -d -i '${key}' '${dir}/data.tar.zst.age' | zstd -dc | tar -x -C '${out}'`]);
      expect(readFileSync(path.join(out, 'dump.sql'))).toEqual(readFileSync(path.join(site, 'dump.sql')));
    }
  });

  it('skips when a complete backup younger than max-age exists, and not otherwise', async () => {
    const store = path.join(root, 'store-maxage');
    const first = await backupCommand(testIo(inputs(store, { components: 'data', 'max-age': '6h' })));
    expect(first.skipped).toBe(false);
    const io = testIo(inputs(store, { components: 'data', 'max-age': '6h' }));
    const second = await backupCommand(io);
    expect(second).toMatchObject({ skipped: true, id: first.id });
    expect(io.outputs.skipped).toBe('true');
    expect(io.outputs['backup-id']).toBe(first.id);
    expect(backupFolders(store)).toHaveLength(1);
    // An incomplete backup (no manifest) never counts as fresh.
    const fresh = `${new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z/, 'Z')}-manual-lzzz`;
    mkdirSync(path.join(store, 'acme/production', fresh));
    writeFileSync(path.join(store, 'acme/production', fresh, 'data.tar.zst'), 'partial');
    await new Promise((r) => setTimeout(r, 2100)); // the complete one is now older than max-age
    const third = await backupCommand(testIo(inputs(store, { components: 'data', 'max-age': '1s' })));
    expect(third.skipped).toBe(false);
  });
});

describe('failures leave no manifest and say what failed', () => {
  async function failure(store: string, extra: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
    const io = testIo(inputs(store, extra), { RUNNER_TEMP: runnerTemp, ...env });
    const err = await backupCommand(io).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    for (const id of backupFolders(store)) {
      expect(existsSync(path.join(store, 'acme/production', id, 'manifest.json'))).toBe(false);
    }
    return { err: err!, io };
  }

  it('a component command that exits non-zero', async () => {
    const { err } = await failure(path.join(root, 'fail-exit'), {
      'data-command': 'echo "mysqldump: Got error: 1045: Access denied" >&2; exit 2',
    });
    expect(err).toBeInstanceOf(ComponentError);
    expect((err as ComponentError).component).toBe('data');
    expect(err.message).toMatch(/data-command exited with 2: mysqldump: Got error: 1045: Access denied/);
    expect(await readStatus(runnerTemp, 'acme', 'production')).toMatchObject({ outcome: 'failure', component: 'data' });
  });

  it('a command that exits 0 but leaves $BACKUP_OUT empty', async () => {
    const { err } = await failure(path.join(root, 'fail-empty'), { 'assets-command': 'touch "$BACKUP_OUT/empty.txt"' });
    expect(err.message).toMatch(/^assets: the export produced no files/);
  });

  it('a component that runs past its timeout is killed, children included', async () => {
    const marker = path.join(root, 'orphan-marker');
    const started = Date.now();
    const { err } = await failure(path.join(root, 'fail-timeout'), {
      components: 'code',
      timeout: '1s',
      'code-command': `(sleep 3; touch '${marker}') & sleep 30`,
    });
    expect(err.message).toMatch(/^code: timed out after 1\.0s \(raise the `timeout` input/);
    expect(Date.now() - started).toBeLessThan(10_000);
    await new Promise((r) => setTimeout(r, 3500));
    expect(existsSync(marker)).toBe(false);
  });

  it('a component the platform cannot export', async () => {
    const { err } = await failure(path.join(root, 'fail-components'), { components: 'assets', 'assets-command': '' });
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(/^Input `components`: platform `command` cannot export "assets": no `assets-command` is set/);
  });

  it('redacts secrets from errors and the status record', async () => {
    const secret = 'hunter2-very-secret-token';
    const store = path.join(root, 'fail-secret');
    const io = testIo(
      inputs(store, { 'data-command': 'echo "login failed for token $DB_TOKEN and https://u:$DB_TOKEN@db.example" >&2; exit 1' }),
      {
        RUNNER_TEMP: runnerTemp,
        DB_TOKEN: secret,
      },
    );
    io.log.setSecret(secret);
    const err = await backupCommand(io).catch((e: Error) => e);
    expect(String((err as Error).message)).not.toContain(secret);
    expect(JSON.stringify(await readStatus(runnerTemp, 'acme', 'production'))).not.toContain(secret);
    expect(io.lines.join('\n')).not.toContain(secret);
  });

  it('prints progress lines while a slow component runs', async () => {
    const io = testIo(
      inputs(path.join(root, 'progress'), { components: 'data', 'data-command': `sleep 0.4; cp '${site}/dump.sql' "$BACKUP_OUT/"` }),
    );
    await backupCommand(io, { progressIntervalMs: 100 });
    // While the command runs, the line says it is exporting, with what the export wrote so far.
    expect(
      io.lines.filter((l) => /^data: exporting, \d+ files?, [\d.]+ (B|KiB|MiB) so far, [\d.]+ MB\/s \(avg [\d.]+ MB\/s\), \S+$/.test(l))
        .length,
    ).toBeGreaterThanOrEqual(2);
    expect(io.lines.join('\n')).not.toMatch(/^data: 0 B stored/m);
  });
});
