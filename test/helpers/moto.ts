import { spawn, spawnSync } from 'node:child_process';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { onQuietPort, portInUseIn } from './ports.js';

/**
 * moto's S3 server (`python3 -m moto.server`) on 127.0.0.1: a real Object Lock and versioning
 * implementation, for the tests of `s3-object-lock` (s3rver has neither).
 *
 *   const moto = await startMoto();
 *   afterAll(() => moto.stop());
 *   const bucket = await moto.bucket('locked', { objectLock: true });
 *
 * Known gaps of moto 5.2 that no test may depend on: GetObjectRetention answers 500 (read the
 * lock with HeadObject); lock headers on multipart uploads are ignored; shortening a compliance
 * lock is not refused; lifecycle rules are never run. CI installs it with
 * `pip install "moto[server]"` (MOTO_PYTHON names the Python it went into, when not `python3`).
 */
export interface Moto {
  endpoint: string;
  env: Record<string, string>;
  /** Creates a bucket; with `objectLock`, Object Lock (and so versioning) is on from the start. */
  bucket(name: string, opts?: { objectLock?: boolean }): Promise<string>;
  /** `store`, `s3-endpoint` and `s3-force-path-style` inputs. */
  inputs(bucket: string, prefix?: string): Record<string, string>;
  /** A raw client: the attacker, or a look behind the store's back. */
  client(): S3Client;
  stop(): Promise<void>;
}

/** The Python that has moto: `python3`, or MOTO_PYTHON (a virtualenv's python, say). */
const PYTHON = process.env.MOTO_PYTHON || 'python3';

export const MOTO_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' };

/** [] when moto's server can be started here, else what is missing (for describeWithTools). */
export function motoMissing(): string[] {
  const r = spawnSync(PYTHON, ['-c', 'import moto.server, flask, werkzeug'], { stdio: 'ignore' });
  return r.status === 0 ? [] : ['python3 with moto[server] (pip install "moto[server]")'];
}

async function waitReady(endpoint: string, child: ReturnType<typeof spawn>, log: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw portInUseIn(0, log()) ?? new Error(`moto exited with ${child.exitCode}: ${log()}`);
    try {
      await fetch(`${endpoint}/moto-api/`);
      return;
    } catch {
      // Not listening yet: moto takes a second or two to import.
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`moto did not answer within 30 s: ${log()}`);
}

async function startOnce(port: number): Promise<Moto> {
  const child = spawn(PYTHON, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, ...MOTO_CREDENTIALS, PYTHONUNBUFFERED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let log = '';
  child.stderr!.on('data', (d: Buffer) => {
    log = (log + d.toString()).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitReady(endpoint, child, () => log);
  } catch (e) {
    child.kill('SIGKILL');
    throw portInUseIn(port, log) ?? e;
  }
  const clients: S3Client[] = [];
  const client = () => {
    const c = new S3Client({
      endpoint,
      region: MOTO_CREDENTIALS.AWS_REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_CREDENTIALS.AWS_SECRET_ACCESS_KEY },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    clients.push(c);
    return c;
  };
  return {
    endpoint,
    env: { ...MOTO_CREDENTIALS },
    async bucket(name, opts = {}) {
      await client().send(new CreateBucketCommand({ Bucket: name, ...(opts.objectLock ? { ObjectLockEnabledForBucket: true } : {}) }));
      return name;
    },
    inputs: (bucket, prefix = '') => ({
      store: `s3://${bucket}${prefix ? `/${prefix}` : ''}`,
      's3-endpoint': endpoint,
      's3-force-path-style': 'true',
    }),
    client,
    async stop() {
      for (const c of clients) c.destroy();
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

export function startMoto(): Promise<Moto> {
  return onQuietPort((port) => startOnce(port));
}
