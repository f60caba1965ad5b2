import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithTools } from './helpers/requires.js';
import { runBundle } from './helpers/runner.js';
import { S3RVER_CREDENTIALS, type S3rver } from './helpers/s3rver.js';
import { startS3rverHttps } from './helpers/s3rver-https.js';
import { tempDir } from './helpers/tmp.js';

// format: restic through the bundled actions, as the runner runs them under Node 24, against a
// real S3 server (s3rver over HTTPS: see test/helpers/s3rver-https.ts) with the credentials only
// in the environment: backup twice, prune exactly the planned snapshot, verify with restic check,
// restore into another environment, and read the repository with plain restic.

const hasRestic = spawnSync('restic', ['version']).status === 0;
const NODE24 = path.resolve('node_modules/.bin/node');
const dist = (a: string) => path.resolve(`dist/${a}/index.js`);
const PASSWORD = 'restic over https 7f3a';

let root: string;
let s3: S3rver & { ca: string };
let env: NodeJS.ProcessEnv;

describeWithTools('format restic on S3 through the bundled actions under Node 24', hasRestic ? [] : ['restic'], () => {
  beforeAll(async () => {
    root = await tempDir('sba-restic-s3-');
    mkdirSync(path.join(root, 'site/assets'), { recursive: true });
    writeFileSync(path.join(root, 'site/assets/photo.bin'), randomBytes(3 << 20));
    writeFileSync(path.join(root, 'site/dump.sql'), 'INSERT INTO t VALUES (1);\n'.repeat(5000));
    s3 = await startS3rverHttps();
    // Credentials in the environment only, as the SDK default chain reads them; the CA for
    // restic (Go reads SSL_CERT_FILE) and for the action's own S3 client (Node).
    env = { ...S3RVER_CREDENTIALS, SSL_CERT_FILE: s3.ca, NODE_EXTRA_CA_CERTS: s3.ca, GITHUB_EVENT_NAME: 'workflow_dispatch' };
  }, 60_000);
  afterAll(() => s3?.stop());

  const inputs = (extra: Record<string, string> = {}) => ({
    site: 'shop',
    environment: 'production',
    platform: 'command',
    ...s3.inputs('sites'),
    format: 'restic',
    's3-storage-class': 'STANDARD',
    'assets-command': `cp -a '${root}/site/assets/.' "$BACKUP_OUT/"`,
    'data-command': `cp '${root}/site/dump.sql' "$BACKUP_OUT/"`,
    ...extra,
  });

  it('backs up, prunes, verifies and restores', () => {
    expect(spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./);
    const work = path.join(root, 'work');
    const b1 = runBundle(dist('backup'), inputs({ 'restic-password': PASSWORD }), { workDir: work, node: NODE24, env });
    expect(b1.status, b1.stdout + b1.stderr).toBe(0);
    expect(b1.outputs.location).toBe(`s3://${s3.bucket}/sites/shop/restic#${b1.outputs['backup-id']}`);
    expect(Number(b1.outputs.bytes)).toBeGreaterThan(3 << 20);
    expect(b1.stdout).toMatch(/::add-mask::/);
    // The runner takes ::add-mask:: lines out of the log; everything else must not hold a secret.
    const shown = (b1.stdout + b1.stderr + b1.summary)
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of [PASSWORD, S3RVER_CREDENTIALS.AWS_SECRET_ACCESS_KEY]) expect(shown).not.toContain(secret);

    // The password from the environment this time.
    const b2 = runBundle(dist('backup'), inputs(), { workDir: work, node: NODE24, env: { ...env, RESTIC_PASSWORD: PASSWORD } });
    expect(b2.status, b2.stdout + b2.stderr).toBe(0);
    expect(Number(b2.outputs.bytes)).toBeLessThan(Number(b1.outputs.bytes) * 0.01);

    const pruned = runBundle(dist('prune'), inputs({ 'restic-password': PASSWORD, 'retention-on-demand': 'last=1' }), {
      workDir: work,
      node: NODE24,
      env,
    });
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    expect(pruned.outputs).toMatchObject({ kept: '1', removed: '1' });
    expect(pruned.stdout).toContain(`REMOVED  ${b1.outputs['backup-id']}`);

    const verified = runBundle(dist('restore'), inputs({ 'restic-password': PASSWORD, mode: 'verify', 'restic-read-data-subset': 'all' }), {
      workDir: work,
      node: NODE24,
      env,
    });
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    expect(verified.outputs.verified).toBe(b2.outputs['backup-id']);
    expect(verified.stdout).toMatch(/restic check --read-data-subset=100% of s3:\/\/backups\/sites\/shop\/restic: no errors/);

    const restoreDir = path.join(root, 'restored');
    const restored = runBundle(
      dist('restore'),
      inputs({ 'restic-password': PASSWORD, 'target-environment': 'staging', 'restore-dir': restoreDir }),
      { workDir: work, node: NODE24, env },
    );
    expect(restored.status, restored.stdout + restored.stderr).toBe(0);
    expect(readFileSync(path.join(restoreDir, 'assets/photo.bin')).equals(readFileSync(path.join(root, 'site/assets/photo.bin')))).toBe(
      true,
    );
    expect(readFileSync(path.join(restoreDir, 'data/dump.sql'), 'utf8')).toBe(readFileSync(path.join(root, 'site/dump.sql'), 'utf8'));

    // Plain restic reads the same repository, as FORMAT.md tells a person to.
    const plain = spawnSync(
      'restic',
      [
        '-r',
        `s3:${s3.endpoint}/${s3.bucket}/sites/shop/restic`,
        '-o',
        's3.bucket-lookup=path',
        '--cacert',
        s3.ca,
        '--no-cache',
        'snapshots',
        '--json',
        '--tag',
        'site:shop,environment:production',
      ],
      {
        env: { PATH: process.env.PATH, ...S3RVER_CREDENTIALS, RESTIC_PASSWORD: PASSWORD },
        encoding: 'utf8',
      },
    );
    expect(plain.status, plain.stderr).toBe(0);
    expect((JSON.parse(plain.stdout) as { tags: string[] }[]).map((s) => s.tags.find((t) => t.startsWith('backup:')))).toEqual([
      `backup:${b2.outputs['backup-id']}`,
    ]);
  }, 240_000);
});
