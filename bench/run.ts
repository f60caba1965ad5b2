// `npm run bench`: the speed and memory targets, measured (never asserted in unit tests).
//
// 1. Pipeline vs `tar -c | zstd`: one generated folder (BENCH_GIB GiB of incompressible files, 1
//    by default, plus a compressible SQL-like dump), backed up by the bundled CLI into a local
//    folder and by `tar -c | zstd -3` into a file. Prints both wall times, the ratio, and our
//    peak RSS (target: under 200 MB, whatever the size).
// 2. Retention planning of 100,000 backups (bench/retention.ts), when present.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GIB = Number(process.env.BENCH_GIB ?? '1');
const SQL_MIB = Number(process.env.BENCH_SQL_MIB ?? '256');
const WORK = process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'site-backup-bench');

async function writeFileOf(p: string, bytes: number, chunk: () => Buffer): Promise<void> {
  const out = createWriteStream(p);
  let written = 0;
  while (written < bytes) {
    const b = chunk();
    const part = b.subarray(0, Math.min(b.length, bytes - written));
    if (!out.write(part)) await once(out, 'drain');
    written += part.length;
  }
  out.end();
  await once(out, 'finish');
}

async function generate(dir: string): Promise<number> {
  await mkdir(path.join(dir, 'media'), { recursive: true });
  const fileBytes = 64 * 1024 * 1024;
  const files = Math.ceil((GIB * 1024 * 1024 * 1024) / fileBytes);
  for (let i = 0; i < files; i++) {
    await writeFileOf(path.join(dir, 'media', `video-${String(i).padStart(3, '0')}.bin`), fileBytes, () => randomBytes(1 << 20));
  }
  let row = 0;
  await writeFileOf(path.join(dir, 'dump.sql'), SQL_MIB * 1024 * 1024, () => {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++, row++) {
      lines.push(`INSERT INTO \`orders\` VALUES (${row},${row % 9973},'customer-${row % 5003}@example.com','2026-11-${String((row % 28) + 1).padStart(2, '0')} 10:${String(row % 60).padStart(2, '0')}:00',${(row * 37) % 100000});\n`);
    }
    return Buffer.from(lines.join(''));
  });
  return files * fileBytes + SQL_MIB * 1024 * 1024;
}

interface Timed {
  ms: number;
  maxRssKiB?: number;
  stderr: string;
}

function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // GNU time reports the child's peak RSS (%M, KiB) without us sampling it.
    const child = spawn('/usr/bin/time', ['-f', 'MAXRSS_KIB=%M', cmd, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`${cmd} exited with ${code}: ${stderr.slice(-2000)}`));
      const m = /MAXRSS_KIB=(\d+)/.exec(stderr);
      resolve({ ms, stderr, ...(m ? { maxRssKiB: Number(m[1]) } : {}) });
    });
  });
}

async function benchPipeline(): Promise<string[]> {
  const data = path.join(WORK, 'site');
  const store = path.join(WORK, 'store');
  const temp = path.join(WORK, 'tmp');
  await rm(WORK, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  const genStart = performance.now();
  const total = await generate(data);
  const lines = [`generated ${(total / 2 ** 30).toFixed(2)} GiB (${GIB} GiB random + ${SQL_MIB} MiB SQL text) in ${((performance.now() - genStart) / 1000).toFixed(1)} s at ${data}`];

  // Warm the page cache equally for both runs.
  await timed('tar', ['-cf', '/dev/null', '-C', data, '.']);

  const baselineOut = path.join(WORK, 'baseline.tar.zst');
  const baseline = await timed('bash', ['-c', `set -o pipefail; tar -cf - -C '${data}' . | zstd -q -3 -o '${baselineOut}'`]);
  const baselineBytes = (await stat(baselineOut)).size;
  await rm(baselineOut);

  // The export step hard-links the folder, so what is timed is archive + compress + hash + store.
  const cli = path.join(ROOT, 'dist/cli/index.js');
  const ours = await timed(
    process.execPath,
    [cli, 'backup', '--site', 'bench', '--platform', 'command', '--store', store, '--trigger', 'manual', '--components', 'assets',
      '--assets-command', `cp -al '${data}/.' "$BACKUP_OUT"`],
    { ...process.env, RUNNER_TEMP: temp, TMPDIR: temp },
  );
  const storeDir = path.join(store, 'bench/production');
  const { readdir } = await import('node:fs/promises');
  const [id] = await readdir(storeDir);
  const oursBytes = (await stat(path.join(storeDir, id!, 'assets.tar.zst'))).size;

  const mbps = (ms: number) => ((total / 1e6) / (ms / 1000)).toFixed(0);
  lines.push(
    `tar -c | zstd -3 (baseline): ${(baseline.ms / 1000).toFixed(2)} s, ${mbps(baseline.ms)} MB/s, ${(baselineBytes / 2 ** 20).toFixed(0)} MiB out`,
    `site-backup pipeline:        ${(ours.ms / 1000).toFixed(2)} s, ${mbps(ours.ms)} MB/s, ${(oursBytes / 2 ** 20).toFixed(0)} MiB out (node ${process.version})`,
    `wall-time ratio (ours / baseline): ${(ours.ms / baseline.ms).toFixed(2)}`,
    `peak RSS of the pipeline process: ${((ours.maxRssKiB ?? 0) / 1024).toFixed(0)} MiB (target < 200 MiB)`,
  );
  if (!process.env.BENCH_KEEP) await rm(WORK, { recursive: true, force: true });
  return lines;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  if (!existsSync(path.join(ROOT, 'dist/cli/index.js'))) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
  if (!only.length || only.includes('pipeline')) {
    console.log('== backup pipeline vs tar | zstd');
    for (const l of await benchPipeline()) console.log(l);
  }
  const retention = path.join(ROOT, 'bench/retention.ts');
  if ((!only.length || only.includes('retention')) && existsSync(retention)) {
    console.log('== retention planner');
    const mod = (await import('./retention.js')) as { benchRetention: () => Promise<string[]> };
    for (const l of await mod.benchRetention()) console.log(l);
  }
}

await main();
