import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll } from 'vitest';

/**
 * A real S3-compatible server (s3rver 3.7.1) on 127.0.0.1, for tests that talk S3 over HTTP.
 *
 *   const s3 = await startS3rver();
 *   afterAll(() => s3.stop());
 *   const io = testIo({ ...s3.inputs('backups'), site: 'shop', ... }, s3.env);
 *
 * Quirks to keep in mind (DESIGN.md section 3): it does not enforce `If-None-Match: *`, and its
 * `Delimiter` listing is wrong, so no test may pass only because of either. It does check the
 * access key id (anything but `S3RVER` gives InvalidAccessKeyId) but not v4 signatures.
 */
export interface S3rver {
  /** `http://127.0.0.1:<port>`, for `s3-endpoint`. */
  endpoint: string;
  /** A bucket that exists from the start. */
  bucket: string;
  /** The credentials s3rver accepts, as the SDK's default chain reads them. Pass as a command's or store's env. */
  env: Record<string, string>;
  /** `store`, `s3-endpoint` and `s3-force-path-style` inputs for `s3://<bucket>/<prefix>`. */
  inputs(prefix?: string): Record<string, string>;
  /** A raw client on the same server, for seeding and inspecting objects behind the store's back. */
  client(): S3Client;
  /**
   * Creates objects by writing s3rver's on-disk layout (`<bucket>/<key>._S3rver_object`) directly,
   * for large fixtures: 5,000 keys took about 1.5 s this way and about 17 s through PutObject.
   * The server then lists, reads and deletes them like any other object. Keys must not end in `/`.
   */
  writeObjects(objects: Iterable<[key: string, body: string | Buffer]>): Promise<void>;
  stop(): Promise<void>;
}

export const S3RVER_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };

export async function startS3rver(
  opts: { bucket?: string; /** PEM files: serve HTTPS (see s3rver-https.ts). */ tls?: { key: string; cert: string } } = {},
): Promise<S3rver> {
  const bucket = opts.bucket ?? 'backups';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sba-s3rver-'));
  const bin = createRequire(import.meta.url).resolve('s3rver/bin/s3rver.js');
  const KEEP_DIRS = fileURLToPath(new URL('./s3rver-keep-dirs.mjs', import.meta.url));
  // Its own process: the continuation token uses DES, which Node 17+ only offers with the legacy
  // provider, and that flag must not leak into the test process. Port 0 lets the OS pick.
  const tlsArgs = opts.tls ? ['--key', opts.tls.key, '--cert', opts.tls.cert] : [];
  const child = spawn(
    process.execPath,
    ['--import', KEEP_DIRS, bin, '-d', dir, '-a', '127.0.0.1', '-p', '0', '--silent', ...tlsArgs, '--configure-bucket', bucket],
    {
      env: { ...process.env, NODE_OPTIONS: '--openssl-legacy-provider' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });

  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`s3rver did not start within 20 s: ${stderr}`)), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on [^\s:]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3rver exited with ${code} before listening: ${stderr}`));
    });
  });
  child.stdout.resume();
  // A server that dies mid-file fails every later request with ECONNREFUSED, far from the cause:
  // say so where it happens, with what it printed.
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`s3rver on port ${port} exited unexpectedly (${signal ?? code}): ${stderr}`);
  });

  const endpoint = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const clients: S3Client[] = [];
  return {
    endpoint,
    bucket,
    env: { ...S3RVER_CREDENTIALS },
    inputs: (prefix = '') => ({
      store: `s3://${bucket}${prefix ? `/${prefix}` : ''}`,
      's3-endpoint': endpoint,
      's3-force-path-style': 'true',
    }),
    client() {
      const c = new S3Client({
        endpoint,
        region: S3RVER_CREDENTIALS.AWS_REGION,
        forcePathStyle: true,
        credentials: { accessKeyId: S3RVER_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: S3RVER_CREDENTIALS.AWS_SECRET_ACCESS_KEY },
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      });
      clients.push(c);
      return c;
    },
    async writeObjects(objects) {
      const todo = [...objects];
      const made = new Map<string, Promise<unknown>>();
      const one = async ([key, body]: [string, string | Buffer]) => {
        const file = path.join(dir, bucket, `${key}._S3rver_object`);
        const parent = path.dirname(file);
        if (!made.has(parent)) made.set(parent, mkdir(parent, { recursive: true }));
        await made.get(parent);
        // The .md5 beside it is what s3rver would otherwise compute and write on first listing.
        await writeFile(file, body);
        await writeFile(`${file}.md5`, createHash('md5').update(body).digest('hex'));
      };
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < todo.length) await one(todo[next++]!);
        }),
      );
    },
    async stop() {
      for (const c of clients) c.destroy();
      process.removeListener('exit', killOnExit);
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One s3rver for the enclosing file or describe block: started in beforeAll with a fresh bucket,
 * stopped in afterAll. The handle's fields read the running server, so use them inside tests and
 * hooks, not at collection time.
 *
 *   const s3 = useS3rver();
 *   it('...', async () => { const io = testIo({ ...s3.inputs('sites'), site: 'shop' }, s3.env); });
 */
export function useS3rver(opts: Parameters<typeof startS3rver>[0] = {}): S3rver {
  let server: S3rver | undefined;
  beforeAll(async () => {
    server = await startS3rver(opts);
  });
  afterAll(async () => {
    await server?.stop();
    server = undefined;
  });
  const running = (): S3rver => {
    if (!server) throw new Error('useS3rver: the server runs only between beforeAll and afterAll; read it inside a test or hook');
    return server;
  };
  return {
    get endpoint() {
      return running().endpoint;
    },
    get bucket() {
      return running().bucket;
    },
    get env() {
      return running().env;
    },
    inputs: (prefix) => running().inputs(prefix),
    client: () => running().client(),
    writeObjects: (objects) => running().writeObjects(objects),
    stop: async () => {
      await server?.stop();
      server = undefined;
    },
  };
}
