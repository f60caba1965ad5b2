import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { restoreCommand } from '../src/commands/restore.js';
import { verifyCommand } from '../src/commands/verify.js';
import type { Component, Compression } from '../src/model/manifest.js';
import { startAzurite, type Azurite } from './helpers/azurite.js';
import { registerArtifactRoutes } from './helpers/github-artifacts.js';
import { GitHubDouble } from './helpers/github-double.js';
import { testIo } from './helpers/io.js';
import { makeSite, shq, tree } from './helpers/restore-fixtures.js';
import { ResultsDouble } from './helpers/results-double.js';
import { useS3rver } from './helpers/s3rver.js';
import { tempDir } from './helpers/tmp.js';

// The same round trip as restore.test.ts, through the S3 server and the artifact service: backup
// with the backup command, restore with the restore command, compare every byte.

const COMPONENTS = ['code', 'assets', 'data'] as const;
const CASES: [Compression, boolean][] = [
  ['zstd', true],
  ['gzip', false],
  ['none', false],
];

let root: string;
let dirs: Record<Component, string>;
let identity: string;
let recipient: string;

beforeAll(async () => {
  root = await tempDir('sba-restore-stores-');
  dirs = await makeSite(path.join(root, 'site'));
  identity = await generateIdentity();
  recipient = await identityToRecipient(identity);
});

function siteInputs(site: string, compression: Compression, encrypted: boolean): Record<string, string> {
  const inputs: Record<string, string> = { platform: 'command', site, environment: 'staging', compression };
  for (const c of COMPONENTS) inputs[`${c}-command`] = `cp -a ${shq(dirs[c])}/. "$BACKUP_OUT"`;
  if (encrypted) inputs['encrypt-to'] = recipient;
  return inputs;
}

async function roundTrip(
  store: Record<string, string>,
  env: NodeJS.ProcessEnv,
  site: string,
  compression: Compression,
  encrypted: boolean,
): Promise<string> {
  const runnerTemp = path.join(root, `rt-${site}`);
  await mkdir(runnerTemp);
  const b = await backupCommand(
    testIo({ ...siteInputs(site, compression, encrypted), ...store }, { ...env, RUNNER_TEMP: runnerTemp }, root),
  );
  const restoreDir = path.join(root, 'targets', site);
  const markers = path.join(root, 'markers', site);
  await mkdir(markers, { recursive: true });
  const io = testIo(
    {
      platform: 'command',
      site,
      environment: 'staging',
      ...store,
      'restore-dir': restoreDir,
      'data-restore-command': 'ls "$BACKUP_IN" > "$MARKERS/data"',
      ...(encrypted ? { 'decrypt-identity': identity } : {}),
    },
    { ...env, RUNNER_TEMP: runnerTemp, MARKERS: markers },
    root,
  );
  const started = Date.now();
  const r = await restoreCommand(io);
  const ms = Date.now() - started;
  expect(r.plan.backupId).toBe(b.id);
  for (const c of COMPONENTS) expect(await tree(path.join(restoreDir, c))).toEqual(await tree(dirs[c]));
  expect(await readdir(markers)).toEqual(['data']);
  expect(await readdir(runnerTemp)).not.toContainEqual(expect.stringMatching(/^site-backup-(restore|work)-/));
  console.log(
    `${store.store!.split(':')[0]} round trip ${compression}${encrypted ? '+age' : ''}: ${b.bytes} stored bytes restored in ${ms} ms`,
  );
  return b.id;
}

describe('restore round trips through the S3 server', () => {
  const s3 = useS3rver();

  // Concurrent: each case has its own site, RUNNER_TEMP, restore folder and markers, and s3rver
  // serves them side by side; the waits of one (processes, HTTP) overlap the work of another.
  it.concurrent.each(CASES)('%s, encrypted=%s: byte-identical', async (compression, encrypted) => {
    await roundTrip(s3.inputs('sites'), s3.env, `s3-${compression}${encrypted ? '-age' : ''}`, compression, encrypted);
  });

  it('refuses an object changed in the bucket, names it, and changes nothing', async () => {
    const site = 's3-flip';
    const b = await backupCommand(testIo({ ...siteInputs(site, 'zstd', false), ...s3.inputs('sites') }, { ...s3.env }, root));
    const key = `sites/${site}/staging/${b.id}/data.tar.zst`;
    const raw = s3.client();
    const obj = await raw.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    const bytes = Buffer.from(await obj.Body!.transformToByteArray());
    bytes[7] = bytes[7]! ^ 0x04;
    await raw.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: bytes }));
    const restoreDir = path.join(root, 'targets', site);
    await mkdir(restoreDir, { recursive: true });
    await writeFile(path.join(restoreDir, 'keep.txt'), 'x');
    await expect(
      restoreCommand(
        testIo(
          { platform: 'command', site, environment: 'staging', ...s3.inputs('sites'), 'restore-dir': restoreDir },
          { ...s3.env },
          root,
        ),
      ),
    ).rejects.toThrow(new RegExp(`refusing to restore ${b.id}, nothing was changed: ${b.id}/data\\.tar\\.zst: sha256 is`));
    expect(await readdir(restoreDir)).toEqual(['keep.txt']);
    await expect(verifyCommand(testIo({ site, environment: 'staging', ...s3.inputs('sites') }, { ...s3.env }, root))).rejects.toThrow(
      `verify found 1 damaged object: ${b.id}/data.tar.zst`,
    );
  });
});

describe('restore round trips through GitHub artifacts', () => {
  const TOKEN = 'ghs_restoreRoundTripToken0123456789';
  const REPOSITORY = 'acme/sites';
  const SDK_ENV = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL'];
  const saved: Record<string, string | undefined> = {};
  let azurite: Azurite;
  let results: ResultsDouble;
  let gh: GitHubDouble;

  beforeAll(async () => {
    azurite = await startAzurite();
    results = new ResultsDouble(azurite);
    await results.start();
    gh = new GitHubDouble();
    registerArtifactRoutes(gh, results, { repository: REPOSITORY, token: TOKEN });
    await gh.start();
    // @actions/artifact reads the runtime from process.env; restored afterwards.
    for (const k of SDK_ENV) saved[k] = process.env[k];
    Object.assign(process.env, results.env());
  });
  afterAll(async () => {
    for (const k of SDK_ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await gh?.stop();
    await results?.stop();
    await azurite?.stop();
  });

  const env = () => ({ ...results.env(), GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: gh.url });

  it.each(CASES)('%s, encrypted=%s: byte-identical', async (compression, encrypted) => {
    await roundTrip(
      { store: 'artifact', 'github-token': TOKEN },
      env(),
      `art-${compression}${encrypted ? '-age' : ''}`,
      compression,
      encrypted,
    );
  });
});
