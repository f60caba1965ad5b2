import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// Azurite's blob service (the devDependency) as a child process on loopback: the blob store that
// @actions/artifact uploads into, over the real Azure Blob protocol.

const require = createRequire(import.meta.url);

export const AZURITE_ACCOUNT = 'devstoreaccount1';

/** The emulator's well-known account key, taken from Azurite's own source rather than retyped. */
export function azuriteAccountKey(): string {
  const constants = require('azurite/dist/src/common/utils/constants.js') as {
    EMULATOR_ACCOUNT_KEY: Buffer;
    EMULATOR_ACCOUNT_NAME: string;
  };
  if (constants.EMULATOR_ACCOUNT_NAME !== AZURITE_ACCOUNT) throw new Error(`Azurite's account is ${constants.EMULATOR_ACCOUNT_NAME}`);
  return constants.EMULATOR_ACCOUNT_KEY.toString('base64');
}

export interface Azurite {
  /** `http://127.0.0.1:<port>/devstoreaccount1`: path-style, as Azurite serves it. */
  accountUrl: string;
  stop(): Promise<void>;
}

export async function startAzurite(): Promise<Azurite> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sba-azurite-'));
  const main = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');
  const child: ChildProcess = spawn(
    process.execPath,
    // --disableTelemetry: without it Azurite reaches for the network. Port 0: the OS picks one.
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--location',
      dir,
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, HOME: process.env.HOME } },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Azurite did not start in 30 s:\n${output}`)), 30_000);
    const onData = (d: Buffer): void => {
      output += d.toString();
      const m = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited (${code}) before listening:\n${output}`));
    });
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    accountUrl: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
