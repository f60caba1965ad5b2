import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../src/commands/verify.js';
import { IntegrityError } from '../src/formats/archive/fetch.js';
import { main } from '../src/cli.js';
import { makeBackupId } from '../src/model/backup-id.js';
import { serializeManifest, type Component } from '../src/model/manifest.js';
import type { LocalStore } from '../src/stores/local.js';
import { backupSite, hoursAgo, localSiteFixture, rawTar } from './helpers/restore-fixtures.js';
import { testIo } from './helpers/io.js';
import { runBundle } from './helpers/runner.js';

let root: string;
let storeRoot: string;
let store: LocalStore;
let dirs: Record<Component, string>;
let tmp: string;

beforeAll(async () => {
  ({ root, storeRoot, store, dirs, tmp } = await localSiteFixture('sba-verify-'));
});

async function flip(site: string, id: string, object: string, env = 'production'): Promise<void> {
  const p = path.join(storeRoot, site, env, id, object);
  const b = await readFile(p);
  b[b.length - 40] = b[b.length - 40]! ^ 0x80; // same size: only reading it through can tell
  await writeFile(p, b);
}

const io = (inputs: Record<string, string>) => testIo({ store: storeRoot, ...inputs }, { RUNNER_TEMP: tmp }, root);

describe('site-backup verify', () => {
  it('finds every damaged object across backups and names each one', async () => {
    const site = 'fleet';
    const b1 = await backupSite({ store, site, dirs, now: hoursAgo(50), tmpRoot: tmp });
    const b2 = await backupSite({ store, site, dirs, now: hoursAgo(26), tmpRoot: tmp });
    const b3 = await backupSite({ store, site, dirs, now: hoursAgo(2), tmpRoot: tmp });
    const old = await backupSite({ store, site, dirs, now: hoursAgo(24 * 20), tmpRoot: tmp });
    await flip(site, b1.id, 'assets.tar.zst');
    await flip(site, b3.id, 'data.tar.zst');
    await flip(site, old.id, 'code.tar.zst'); // outside the window: not checked, not reported

    const v = io({ site, 'newer-than': '3d' });
    const started = Date.now();
    const err = await verifyCommand(v).catch((e: unknown) => e);
    const ms = Date.now() - started;
    expect(err).toBeInstanceOf(IntegrityError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/^verify found 2 damaged objects: /);
    expect(msg).toContain(`${b1.id}/assets.tar.zst: sha256 is`);
    expect(msg).toContain(`${b3.id}/data.tar.zst: sha256 is`);
    expect(msg).not.toContain(old.id);
    expect((err as IntegrityError).damage.map((d) => `${d.backup}/${d.object}`).sort()).toEqual(
      [`${b1.id}/assets.tar.zst`, `${b3.id}/data.tar.zst`].sort(),
    );

    const summary = v.summaries.join('\n');
    expect(summary).toContain('## Verify fleet/production: 2 damaged');
    expect(summary).toMatch(new RegExp(`\\| \`${b1.id}\` \\| assets\\.tar\\.zst \\| .* \\| \\*\\*DAMAGED\\*\\*: sha256 is`));
    expect(summary).toMatch(new RegExp(`\\| \`${b2.id}\` \\| assets\\.tar\\.zst \\| .* \\| sha256 ok, archive safe`));
    expect(v.outputs.verified).toBe([b3.id, b2.id, b1.id].join(','));
    expect(v.outputs['backup-id']).toBe(b3.id);
    console.log(`verify of 3 backups (9 objects, ${((b1.bytes + b2.bytes + b3.bytes) / 1e6).toFixed(1)} MB) took ${ms} ms`);

    // `latest` checks only the newest one.
    await expect(verifyCommand(io({ site }))).rejects.toThrow(new RegExp(`verify found 1 damaged object: ${b3.id}/data\\.tar\\.zst`));
    // And a named intact backup passes.
    const ok = await verifyCommand(io({ site, backup: b2.id }));
    expect(ok.report.damage).toEqual([]);
    expect(ok.report.checks[0]!.objects.map((o) => [o.object, o.ok, o.listing?.files])).toEqual([
      ['code.tar.zst', true, 4],
      ['assets.tar.zst', true, 2],
      ['data.tar.zst', true, 1],
    ]);
  });

  it('calls an old backup without a manifest damaged, and a fresh one possibly still running', async () => {
    const site = 'partial';
    const good = await backupSite({ store, site, dirs: { data: dirs.data }, now: hoursAgo(1), tmpRoot: tmp });
    const stale = makeBackupId(hoursAgo(30), 'scheduled', 'dead');
    const running = makeBackupId(hoursAgo(0.1), 'scheduled', 'running');
    for (const id of [stale, running]) {
      await mkdir(path.join(storeRoot, site, 'production', id), { recursive: true });
      await writeFile(path.join(storeRoot, site, 'production', id, 'data.tar.zst'), 'partial');
    }
    const staleFile = path.join(storeRoot, site, 'production', stale, 'data.tar.zst');
    await utimes(staleFile, hoursAgo(30), hoursAgo(30));
    const v = io({ site, 'newer-than': '2d' });
    await expect(verifyCommand(v)).rejects.toThrow(
      `verify found 1 damaged object: ${stale}/manifest.json: is missing: the backup is incomplete`,
    );
    expect(v.summaries[0]).toContain(`| \`${running}\` | | | | incomplete, written less than an hour ago (still running?) | |`);
    expect(v.outputs['backup-id']).toBe(good.id);
  });

  it('fails when no complete backup was made in the window', async () => {
    const site = 'stale';
    await backupSite({ store, site, dirs: { data: dirs.data }, now: hoursAgo(24 * 10), tmpRoot: tmp });
    await expect(verifyCommand(io({ site, 'newer-than': '7d' }))).rejects.toThrow('no complete backup was made in the last 7d0h');
  });

  it('decrypts and lists encrypted archives when given the identity, and names a wrong one', async () => {
    const site = 'sealed';
    const id = await generateIdentity();
    const b = await backupSite({ store, site, dirs, recipients: [await identityToRecipient(id)], now: hoursAgo(1), tmpRoot: tmp });
    const blind = await verifyCommand(io({ site }));
    expect(blind.report.checks[0]!.objects.every((o) => o.ok && o.notDecoded && !o.listing)).toBe(true);
    const deep = await verifyCommand(io({ site, 'decrypt-identity': id }));
    expect(deep.report.checks[0]!.objects.map((o) => o.listing?.files)).toEqual([4, 2, 1]);
    await expect(verifyCommand(io({ site, 'decrypt-identity': await generateIdentity() }))).rejects.toThrow(
      new RegExp(`${b.id}/code\\.tar\\.zst\\.age: cannot be decrypted with the given identity`),
    );
  });

  it('names an archive whose checksum is right but whose entries would escape', async () => {
    const site = 'crafted';
    const id = makeBackupId(hoursAgo(1), 'manual', 'evil');
    const body = rawTar([
      { path: 'ok.sql', body: 'SELECT 1;' },
      { path: '../../etc/cron.d/x', body: 'pwned' },
    ]);
    const w = await store.createWriter({ site, environment: 'production', id });
    await w.put('data.tar', Readable.from([body]));
    await w.commit(
      serializeManifest({
        format: 1,
        id,
        site,
        environment: 'production',
        platform: 'command',
        trigger: 'manual',
        createdAt: '2026-03-01T00:00:00Z',
        finishedAt: '2026-03-01T00:00:01Z',
        tool: { name: 'site-backup-action', version: '0.1.0' },
        source: {},
        components: [
          {
            name: 'data',
            object: 'data.tar',
            compression: 'none',
            encryption: 'none',
            bytes: body.length,
            sha256: createHash('sha256').update(body).digest('hex'),
            contentBytes: 14,
            files: 2,
          },
        ],
      }),
    );
    await expect(verifyCommand(io({ site }))).rejects.toThrow(
      /data\.tar: refused the whole archive, nothing of it was kept; 1 unsafe entry:\s+- "\.\.\/\.\.\/etc\/cron\.d\/x" has a "\.\." segment/,
    );
  });
});

describe('the command line and the action', () => {
  it('`site-backup verify` and `site-backup restore --dry-run` take the restore inputs as flags', async () => {
    const site = 'cli';
    const b = await backupSite({ store, site, dirs: { data: dirs.data }, now: hoursAgo(1), tmpRoot: tmp });
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((s: string) => out.push(String(s)) > 0) as typeof process.stdout.write;
    process.stderr.write = ((s: string) => out.push(String(s)) > 0) as typeof process.stderr.write;
    try {
      expect(await main(['verify', '--site', site, '--store', storeRoot], { PATH: process.env.PATH, RUNNER_TEMP: tmp })).toBe(0);
      expect(
        await main(['restore', '--site', site, '--store', storeRoot, '--dry-run', '--restore-dir', path.join(root, 'cli-target')], {
          PATH: process.env.PATH,
          RUNNER_TEMP: tmp,
        }),
      ).toBe(0);
      expect(
        await main(['restore', '--site', site, '--store', storeRoot, '--restore-dir', path.join(root, 'cli-target')], {
          PATH: process.env.PATH,
          RUNNER_TEMP: tmp,
        }),
      ).toBe(1);
    } finally {
      process.stdout.write = write;
      process.stderr.write = err;
    }
    const text = out.join('');
    expect(text).toContain(`verified=${b.id}`);
    expect(text).toContain('Restore plan (dry run)');
    expect(text).toContain('error: --confirm: is empty; restoring into `production`');
    expect(text).toContain('--confirm production');
  });

  it('the restore action runs in verify mode from INPUT_* variables and writes outputs and the summary', async () => {
    const site = 'action';
    const b = await backupSite({ store, site, dirs: { data: dirs.data }, now: hoursAgo(1), tmpRoot: tmp });
    const entry = fileURLToPath(new URL('../src/actions/restore.ts', import.meta.url));
    const tsx = import.meta.resolve('tsx');
    const work = path.join(root, 'action-work');
    const r = runBundle(entry, { mode: 'verify', site, store: storeRoot }, { workDir: work, env: { NODE_OPTIONS: `--import ${tsx}` } });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['backup-id']).toBe(b.id);
    expect(r.outputs.verified).toBe(b.id);
    expect(r.summary).toContain('## Verify action/production: all backups intact');
    await flip(site, b.id, 'data.tar.zst');
    const bad = runBundle(entry, { mode: 'verify', site, store: storeRoot }, { workDir: work, env: { NODE_OPTIONS: `--import ${tsx}` } });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(
      new RegExp(`::error title=verify failed::verify found 1 damaged object: ${b.id}/data\\.tar\\.zst: sha256 is`),
    );
    expect(bad.summary).toContain('**DAMAGED**');
    await rm(work, { recursive: true, force: true });
  });
});
