import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { copyCommand } from '../src/commands/copy.js';
import { restoreCommand } from '../src/commands/restore.js';
import { CopyError } from '../src/core/copy.js';
import { testIo } from './helpers/io.js';
import { describeWithTools } from './helpers/requires.js';
import { S3RVER_CREDENTIALS, type S3rver } from './helpers/s3rver.js';
import { startS3rverHttps } from './helpers/s3rver-https.js';
import { tempDir } from './helpers/tmp.js';

// `copy` with `format: restic` (issue 21): `restic copy` between two real repositories, one
// backup at a time, the manifest inside each snapshot checked byte for byte on both sides. Folder
// to folder in-process, and folder to S3 (s3rver over HTTPS, which restic needs) through the CLI.

const hasRestic = spawnSync('restic', ['version']).status === 0;
const PASSWORD = 'copy me twice 41';

let root: string;
let site: string;
let source: string;
const ids: string[] = [];

function inputs(store: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    platform: 'command',
    site: 'shop',
    environment: 'production',
    store,
    format: 'restic',
    'restic-password': PASSWORD,
    trigger: 'manual',
    'assets-command': `cp -a '${site}/assets/.' "$BACKUP_OUT/"`,
    'data-command': `cp -a '${site}/data/.' "$BACKUP_OUT/"`,
    ...extra,
  };
}

/** Plain restic, as someone checking the copy by hand would run it. */
function restic(repo: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): string {
  const r = spawnSync('restic', ['-r', repo, '--no-cache', ...args], {
    ...(cwd ? { cwd } : {}),
    env: { PATH: process.env.PATH, RESTIC_PASSWORD: PASSWORD, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`restic ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const snapshots = (repo: string, env?: NodeJS.ProcessEnv) =>
  JSON.parse(restic(repo, ['snapshots', '--json'], env)) as { id: string; tags?: string[] }[];
const backupTag = (s: { tags?: string[] }) => s.tags?.find((t) => t.startsWith('backup:'))?.slice('backup:'.length);

async function copy(extra: Record<string, string>) {
  const io = testIo(inputs(source, extra), {}, root);
  try {
    return { io, result: await copyCommand(io) };
  } catch (e) {
    return { io, error: e as Error };
  }
}

describeWithTools('copy with format restic (real restic)', hasRestic ? [] : ['restic'], () => {
  let s3: S3rver & { ca: string };

  beforeAll(async () => {
    root = await tempDir('sba-copy-restic-');
    site = path.join(root, 'site');
    source = path.join(root, 'source');
    await mkdir(path.join(site, 'assets'), { recursive: true });
    await mkdir(path.join(site, 'data'), { recursive: true });
    await writeFile(path.join(site, 'assets', 'logo.bin'), randomBytes(300 * 1024));
    await writeFile(path.join(site, 'data', 'shop.sql'), 'INSERT INTO t VALUES (1);\n'.repeat(2000));
    ids.push((await backupCommand(testIo(inputs(source), {}, root))).id);
    // The second backup holds a file the first does not, so its data is its own.
    await writeFile(path.join(site, 'assets', 'banner.bin'), randomBytes(200 * 1024));
    ids.push((await backupCommand(testIo(inputs(source), {}, root))).id);
    s3 = await startS3rverHttps();
  }, 120_000);
  afterAll(() => s3?.stop());

  it('copies every backup, manifests byte-identical, restorable from the copy; a second run copies nothing', async () => {
    const dest = path.join(root, 'dest');
    const first = await copy({ from: source, to: dest });
    expect(first.error).toBeUndefined();
    expect(first.result!.copied).toBe(2);
    expect(first.io.outputs).toMatchObject({ copied: '2', 'up-to-date': '0' });
    const repoA = path.join(source, 'shop', 'restic');
    const repoB = path.join(dest, 'shop', 'restic');
    // Each restic call derives the repository key (most of its time): list each side once.
    const [listA, listB] = [snapshots(repoA), snapshots(repoB)];
    expect(listB.map(backupTag).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const snapA = listA.find((s) => backupTag(s) === id)!.id;
      const snapB = listB.find((s) => backupTag(s) === id)!.id;
      expect(restic(repoB, ['dump', snapB, '/manifest.json'])).toBe(restic(repoA, ['dump', snapA, '/manifest.json']));
    }
    const again = await copy({ from: source, to: dest });
    expect(again.result).toMatchObject({ copied: 0, upToDate: 2 });
    expect(snapshots(repoB)).toHaveLength(2);

    // The copy restores, file for file, through the tool.
    const out = path.join(root, 'restored');
    await restoreCommand(testIo({ ...inputs(dest), backup: ids[1]!, 'target-environment': 'staging', 'restore-dir': out }, {}, root));
    const found = await readdir(out, { recursive: true });
    const banner = found.find((f) => f.endsWith('banner.bin'));
    expect(banner, found.join(', ')).toBeDefined();
    expect(await readFile(path.join(out, banner!))).toEqual(await readFile(path.join(site, 'assets', 'banner.bin')));
  });

  it('a backup in the destination whose manifest differs is never replaced; the other backup still copies', async () => {
    const dest = path.join(root, 'forged');
    // Someone with the password wrote a snapshot carrying the newest backup's tags and another manifest.
    const fake = path.join(root, 'fake');
    await mkdir(fake, { recursive: true });
    await writeFile(path.join(fake, 'manifest.json'), '{"forged":true}\n');
    restic(path.join(dest, 'shop', 'restic'), ['init']);
    const forged = path.join(dest, 'shop', 'restic');
    restic(forged, ['backup', '--tag', `site:shop,environment:production,trigger:manual,backup:${ids[1]}`, '.'], {}, fake);
    expect(restic(forged, ['dump', 'latest', '/manifest.json'])).toBe('{"forged":true}\n');
    const r = await copy({ from: source, to: dest });
    expect(r.error).toBeInstanceOf(CopyError);
    const result = (r.error as CopyError).result;
    expect(result.outcomes.find((o) => o.id === ids[1])).toMatchObject({ status: 'failed' });
    expect(result.outcomes.find((o) => o.id === ids[1])!.problem).toMatch(/manifest\.json differs from the source's; it was left as it is/);
    expect(result.outcomes.find((o) => o.id === ids[0])).toMatchObject({ status: 'copied' });
  });

  it('a damaged source pack stops the copy of the backups that need it, and leaves no snapshot behind', async () => {
    const damaged = path.join(root, 'damaged');
    spawnSync('cp', ['-a', source, damaged]);
    const packs = path.join(damaged, 'shop', 'restic', 'data');
    for (const sub of await readdir(packs)) {
      for (const f of await readdir(path.join(packs, sub))) {
        const p = path.join(packs, sub, f);
        const bytes = await readFile(p);
        bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
        await writeFile(p, bytes);
      }
    }
    const dest = path.join(root, 'from-damaged');
    const r = await copy({ from: damaged, to: dest });
    expect(r.error).toBeInstanceOf(CopyError);
    const result = (r.error as CopyError).result;
    expect(result.failed).toBe(2);
    for (const o of result.outcomes) expect(o.problem).toMatch(/restic copy failed/);
    expect(snapshots(path.join(dest, 'shop', 'restic'))).toEqual([]);
  });

  it('copies a folder repository into S3 through the CLI, and refuses two sets of credentials', async () => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...S3RVER_CREDENTIALS, SSL_CERT_FILE: s3.ca, NODE_EXTRA_CA_CERTS: s3.ca };
    const args = [
      'copy',
      '--site',
      'shop',
      '--format',
      'restic',
      '--from',
      source,
      '--to',
      `s3://${s3.bucket}/copies`,
      '--to-s3-endpoint',
      s3.endpoint,
      '--to-s3-force-path-style',
      '--to-s3-storage-class',
      'STANDARD',
    ];
    const run = (extraEnv: NodeJS.ProcessEnv) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.resolve('src/bin/cli.ts'), ...args], {
          env: { ...env, RESTIC_PASSWORD: PASSWORD, ...extraEnv },
        });
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString()));
        child.stderr.on('data', (c: Buffer) => (out += c.toString()));
        child.on('close', (code) => resolve({ code, out }));
      });
    const r = await run({});
    expect(r.code, r.out).toBe(0);
    const repo = `s3:${s3.endpoint}/${s3.bucket}/copies/shop/restic`;
    const s3env = { ...S3RVER_CREDENTIALS, SSL_CERT_FILE: s3.ca };
    expect(snapshots(repo, s3env).map(backupTag).sort()).toEqual([...ids].sort());
    expect(r.out).not.toContain(PASSWORD);

    // S3 to S3 with a key pair for one side only: restic would read both with one, so it is refused.
    args.splice(args.indexOf('--from') + 1, 1, `s3://${s3.bucket}/copies`);
    args.push('--from-s3-endpoint', s3.endpoint, '--from-s3-force-path-style');
    args.splice(args.indexOf('--to') + 1, 1, `s3://${s3.bucket}/second`);
    const refused = await run({ COPY_FROM_AWS_ACCESS_KEY_ID: 'OTHER', COPY_FROM_AWS_SECRET_ACCESS_KEY: 'OTHERSECRET' });
    expect(refused.code).not.toBe(0);
    expect(refused.out).toMatch(
      /--format: is `restic`, and the two sides have different S3 credentials.*give one key pair that can read `--from`/,
    );
    expect(refused.out).not.toContain('OTHERSECRET');
    // The same pair with one set of credentials copies.
    const s3ToS3 = await run({});
    expect(s3ToS3.code, s3ToS3.out).toBe(0);
    expect(snapshots(`s3:${s3.endpoint}/${s3.bucket}/second/shop/restic`, s3env).map(backupTag).sort()).toEqual([...ids].sort());
  });
});
