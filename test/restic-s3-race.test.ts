import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithTools } from './helpers/requires.js';
import { startS3Proxy, type RecordedRequest, type S3Proxy } from './helpers/s3-proxy.js';
import { selfSignedCert } from './helpers/s3rver-https.js';
import { S3RVER_CREDENTIALS, useS3rver } from './helpers/s3rver.js';
import { tempDir } from './helpers/tmp.js';

// format: restic on S3, first backups racing to create a site's repository (issue 11 item 3 on
// the S3 store; test/restic-local.test.ts has the folder store). The bundled CLI under Node 24,
// real restic, real s3rver, and the proxy in front of it (over HTTPS, see s3-proxy.ts) answering
// conditional writes the way S3 does: the first `If-None-Match: *` PUT of a key to arrive creates
// it, any later one gets 412 (s3rver itself ignores the header).

const hasRestic = spawnSync('restic', ['version']).status === 0;
const NODE24 = path.resolve('node_modules/.bin/node');
const CLI = path.resolve('dist/cli/index.js');
const PASSWORD = 'racing to init 3c9d';

let root: string;
let site: string;
const s3 = useS3rver();
let proxy: S3Proxy;
let ca: string;

/** The CLI as a user runs it, credentials and password in the environment only. */
function backup(prefix: string, environment: string): Promise<{ code: number | null; out: string }> {
  const args = [
    CLI,
    'backup',
    '--site',
    'shop',
    '--environment',
    environment,
    '--platform',
    'command',
    '--store',
    `s3://${s3.bucket}/${prefix}`,
  ];
  args.push(
    '--s3-endpoint',
    proxy.endpoint,
    '--s3-force-path-style',
    'true',
    '--format',
    'restic',
    '--trigger',
    'manual',
    '--components',
    'assets',
  );
  args.push('--assets-command', `cp -a '${site}/assets/.' "$BACKUP_OUT/"`);
  const env = {
    PATH: process.env.PATH,
    HOME: root,
    RUNNER_TEMP: root,
    ...S3RVER_CREDENTIALS,
    RESTIC_PASSWORD: PASSWORD,
    SSL_CERT_FILE: ca,
    NODE_EXTRA_CA_CERTS: ca,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describeWithTools('format restic on S3: creating a repository', hasRestic ? [] : ['restic'], () => {
  beforeAll(async () => {
    root = await tempDir('sba-restic-race-');
    site = path.join(root, 'site');
    await mkdir(path.join(site, 'assets'), { recursive: true });
    await writeFile(path.join(site, 'assets', 'photo.bin'), randomBytes(1 << 20));
    const tls = await selfSignedCert();
    ca = tls.cert;
    proxy = await startS3Proxy(s3.endpoint, { tls });
  }, 60_000);
  afterAll(async () => {
    await proxy?.stop();
  });

  const keysUnder = async (prefix: string) => {
    const r = await s3.client().send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
    return (r.Contents ?? []).map((o) => o.Key!).sort();
  };

  /**
   * Plain restic on the repository, as FORMAT.md tells a person to read it: straight from s3rver
   * (this process serves the proxy, and spawnSync would block it), reading only (`--no-lock`: a
   * lock uploaded over plain HTTP would be stored with its aws-chunked framing).
   */
  const snapshotHosts = (prefix: string) => {
    const r = spawnSync(
      'restic',
      [
        '-r',
        `s3:${s3.endpoint}/${s3.bucket}/${prefix}/shop/restic`,
        '-o',
        's3.bucket-lookup=path',
        '--no-cache',
        '--no-lock',
        'snapshots',
        '--json',
      ],
      {
        env: { PATH: process.env.PATH, ...S3RVER_CREDENTIALS, RESTIC_PASSWORD: PASSWORD },
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    return (JSON.parse(r.stdout) as { hostname: string }[]).map((s) => s.hostname).sort();
  };

  it('two first backups of one site racing to create the repository both succeed, on one repository with one key', async () => {
    // A real race, made certain: the first job's conditional write of `config` is held until the
    // second job's own arrives, so both have made a repository and both try to publish it.
    const claimed = new Set<string>();
    let second!: () => void;
    const bothTried = new Promise<void>((resolve) => (second = resolve));
    const conditional = (r: RecordedRequest) => r.op === 'PutObject' && r.headers['if-none-match'] === '*';
    proxy.refuse((r) => {
      if (!conditional(r)) return undefined;
      if (!claimed.has(r.path)) {
        claimed.add(r.path);
        return undefined;
      }
      second();
      return { status: 412, code: 'PreconditionFailed' };
    });
    proxy.fault((r) => (conditional(r) && r.path.endsWith('/config') ? { kind: 'hold', until: bothTried } : undefined));
    let said: string;
    try {
      const [a, b] = await Promise.all([backup('race', 'staging'), backup('race', 'production')]);
      expect(a.code, a.out).toBe(0);
      expect(b.code, b.out).toBe(0);
      said = a.out + b.out;
    } finally {
      proxy.refuse(undefined);
      proxy.fault(undefined);
    }
    expect(said.match(/restic: created the repository/g)).toHaveLength(1);
    expect(said.match(/another job created .* at the same time; using it/g)).toHaveLength(1);
    expect(await keysUnder('race/shop/restic/keys/')).toHaveLength(1);
    expect(snapshotHosts('race')).toEqual(['production', 'staging']);
  }, 180_000);

  it('a store that refuses conditional writes (501) still gets its repository, and the next backup opens it', async () => {
    proxy.refuse((r) => (r.op === 'PutObject' && r.headers['if-none-match'] ? { status: 501, code: 'NotImplemented' } : undefined));
    try {
      const first = await backup('no-conditional', 'production');
      expect(first.code, first.out).toBe(0);
      expect(first.out).toMatch(/restic: created the repository/);
      const second = await backup('no-conditional', 'production');
      expect(second.code, second.out).toBe(0);
      expect(second.out).not.toMatch(/created the repository|another job created/);
    } finally {
      proxy.refuse(undefined);
    }
    expect(await keysUnder('no-conditional/shop/restic/keys/')).toHaveLength(1);
    expect(snapshotHosts('no-conditional')).toEqual(['production', 'production']);
  }, 180_000);
});
