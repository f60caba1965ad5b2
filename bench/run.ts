// `npm run bench`: the speed and memory targets, measured (never asserted in unit tests).
//
//   npm run bench                      1 GiB of media + 152 MiB of SQL, 3 runs, Node 24 and Node 20
//   npm run bench -- --size 5g         the same with 5 GiB of media: peak RSS must stay flat
//   npm run bench -- --runs 5 --node node_modules/.bin/node --cli dist/cli/index.js
//   npm run bench -- retention         only the retention planner
//   npm run bench -- restic            only format restic beside plain restic: issue 20's 350 MB site, 5 runs (bench/restic.ts)
//   npm run bench -- pull              only pull-cache: full vs incremental rsync pull (bench/pull.ts)
//   npm run bench -- action            only the bundled backup and restore actions, started as the runner does
//   npm run bench -- action --against 21b02e9   ... and beside them the backup action committed at that ref
//   npm run bench -- startup           only the fixed costs: CLI --help, matrix over 1,000 sites, the actions' start-up
//   npm run bench -- copy              only copy: folder → S3 and S3 → S3 vs aws s3 cp (bench/copy.ts)
//   npm run bench -- lock              only s3-object-lock: locked vs unlocked backup into moto (bench/lock.ts)
//
// 1. Archive pipeline: a generated site (incompressible media as `assets`, a SQL dump as `data`)
//    backed up by the bundled CLI into a local folder, and by `tar -c | zstd -3` into a file; then
//    restored by the CLI (checksum, judgement of every entry and extraction, in one read) and by `zstd -d | tar -x`. Each
//    run times both sides back to back; the medians, their ratio and our peak RSS are printed for
//    every Node given (by default the runner's Node 24 and the oldest Node `engines` claims, the
//    machine's `node`). Peak RSS is GNU time's %M: the largest process of the command's tree.
// 2. The bundled backup and restore actions, started as the runner starts them (bench/action.ts):
//    start-up included, on the same site, side by side with the same baselines.
// 3. Retention planning of 100,000 backups (bench/retention.ts).
//
// By default the CLI is bundled afresh (scripts/build.mjs) into the bench folder, so the numbers are those of
// the sources as they are, whatever dist/ holds. The machine's load goes into the output: the
// timings of a shared machine are only comparable within one run.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { bundleCli, bundleSources } from './bundle.js';
import { timed, type Timed } from './timed.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  gib: number;
  sqlMib: number;
  runs: number;
  /** --runs was given (the restic bench runs 5 by default, the others 3). */
  runsGiven: boolean;
  nodes: string[];
  cli: string | undefined;
  work: string;
  only: string[];
  /** --against: a git ref whose committed action bundles the action bench also times. */
  against: string | undefined;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    gib: 1,
    sqlMib: 152,
    runs: 3,
    runsGiven: false,
    nodes: [],
    cli: undefined,
    work: process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'site-backup-bench'),
    only: [],
    against: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${a} needs a value`);
      return x;
    };
    if (a === '--size') {
      const m = /^(\d+(?:\.\d+)?)\s*g?i?b?$/i.exec(v());
      if (!m) throw new Error('--size takes GiB of media, such as 1g or 5g');
      o.gib = Number(m[1]);
    } else if (a === '--sql') o.sqlMib = Number(v());
    else if (a === '--runs') {
      o.runs = Math.max(1, Number(v()));
      o.runsGiven = true;
    } else if (a === '--node') {
      // A path is made absolute, since some benches run their commands from their work folder.
      const n = v();
      o.nodes.push(n.includes('/') ? path.resolve(n) : n);
    } else if (a === '--cli') o.cli = path.resolve(v());
    else if (a === '--dir') o.work = path.resolve(v());
    else if (a === '--against') o.against = v();
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.only.push(a);
  }
  if (o.nodes.length === 0) o.nodes = [path.join(ROOT, 'node_modules/.bin/node'), machineNode()];
  return o;
}

/** The dist/ committed at a git ref, unpacked into `dir`: that version's actions as users ran them. */
function committedDist(ref: string, dir: string): string {
  execFileSync('rm', ['-rf', dir]);
  execFileSync('mkdir', ['-p', dir]);
  execFileSync('bash', ['-c', 'set -o pipefail; git -C "$1" archive "$2" dist | tar -x -C "$3"', 'bash', ROOT, ref, dir]);
  return path.join(dir, 'dist');
}

/** The machine's `node`: the first on PATH outside node_modules (npm puts node_modules/.bin first). */
function machineNode(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'node');
    if (dir && !dir.includes('node_modules') && existsSync(p)) return p;
  }
  return 'node';
}

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

/** The bench site: `media/` of 64 MiB random files and `db/dump.sql`. */
async function generate(dir: string, o: Options): Promise<number> {
  await mkdir(path.join(dir, 'media'), { recursive: true });
  await mkdir(path.join(dir, 'db'), { recursive: true });
  const fileBytes = 64 * 1024 * 1024;
  const files = Math.ceil((o.gib * 1024 * 1024 * 1024) / fileBytes);
  for (let i = 0; i < files; i++) {
    await writeFileOf(path.join(dir, 'media', `video-${String(i).padStart(3, '0')}.bin`), fileBytes, () => randomBytes(1 << 20));
  }
  let row = 0;
  await writeFileOf(path.join(dir, 'db/dump.sql'), o.sqlMib * 1024 * 1024, () => {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++, row++) {
      lines.push(
        `INSERT INTO \`orders\` VALUES (${row},${row % 9973},'customer-${row % 5003}@example.com','2026-11-${String((row % 28) + 1).padStart(2, '0')} 10:${String(row % 60).padStart(2, '0')}:00',${(row * 37) % 100000});\n`,
      );
    }
    return Buffer.from(lines.join(''));
  });
  return files * fileBytes + o.sqlMib * 1024 * 1024;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

function bundle(o: Options): string {
  if (o.cli) return o.cli;
  return bundleCli(o.work, ROOT);
}

interface Sample {
  backup: Timed;
  tarZstd: Timed;
  restore: Timed;
  zstdTar: Timed;
  verify: Timed;
  storedBytes: number;
  baselineBytes: number;
}

async function runOnce(node: string, cli: string, data: string, o: Options, run: number): Promise<Sample> {
  const work = path.join(o.work, 'run');
  await rm(work, { recursive: true, force: true });
  const store = path.join(work, 'store');
  const temp = path.join(work, 'tmp');
  await mkdir(temp, { recursive: true });
  const env = { ...process.env, RUNNER_TEMP: temp, TMPDIR: temp };
  const baselineOut = path.join(work, 'baseline.tar.zst');
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

  // Alternate which side goes first, so neither always gets the warmer cache or the quieter moment.
  const ours = () =>
    timed(
      node,
      [
        cli,
        'backup',
        '--site',
        'bench',
        '--platform',
        'command',
        '--store',
        store,
        '--trigger',
        'manual',
        '--components',
        'assets,data',
        // The export hard-links the folder, so what is timed is archive + compress + hash + store.
        '--assets-command',
        `cp -al ${q(data)}/media/. "$BACKUP_OUT"`,
        '--data-command',
        `cp -al ${q(data)}/db/. "$BACKUP_OUT"`,
      ],
      env,
    );
  const base = () => timed('bash', ['-c', `set -o pipefail; tar -cf - -C ${q(data)} . | zstd -q -3 -o ${q(baselineOut)}`]);
  let backup: Timed, tarZstd: Timed;
  if (run % 2 === 0) {
    backup = await ours();
    tarZstd = await base();
  } else {
    tarZstd = await base();
    backup = await ours();
  }
  const storeDir = path.join(store, 'bench/production');
  const [id] = await readdir(storeDir);
  let storedBytes = 0;
  for (const f of await readdir(path.join(storeDir, id!)))
    if (f !== 'manifest.json') storedBytes += (await stat(path.join(storeDir, id!, f))).size;
  const baselineBytes = (await stat(baselineOut)).size;

  const restoreDir = path.join(work, 'restored');
  const baseDir = path.join(work, 'untarred');
  await mkdir(baseDir);
  const oursRestore = () =>
    timed(node, [cli, 'restore', '--site', 'bench', '--store', store, '--target-environment', 'scratch', '--restore-dir', restoreDir], env);
  const baseRestore = () => timed('bash', ['-c', `set -o pipefail; zstd -q -d -c ${q(baselineOut)} | tar -x -C ${q(baseDir)}`]);
  let restore: Timed, zstdTar: Timed;
  if (run % 2 === 0) {
    restore = await oursRestore();
    zstdTar = await baseRestore();
  } else {
    zstdTar = await baseRestore();
    restore = await oursRestore();
  }
  // The restored files must be the generated ones, or the timing means nothing.
  const check = execFileSync(
    'bash',
    [
      '-c',
      `cmp ${q(data)}/db/dump.sql ${q(restoreDir)}/data/dump.sql && cmp ${q(data)}/media/video-000.bin ${q(restoreDir)}/assets/video-000.bin && echo same`,
    ],
    { encoding: 'utf8' },
  );
  if (check.trim() !== 'same') throw new Error('the restored files differ from the generated ones');
  await rm(restoreDir, { recursive: true, force: true });
  await rm(baseDir, { recursive: true, force: true });
  await rm(baselineOut, { force: true });
  const verify = await timed(node, [cli, 'restore', '--mode', 'verify', '--site', 'bench', '--store', store], env);
  await rm(work, { recursive: true, force: true });
  return { backup, tarZstd, restore, zstdTar, verify, storedBytes, baselineBytes };
}

/** The bench site, generated once and kept while its size stays the same; its path and bytes. */
async function benchSite(o: Options): Promise<{ data: string; total: number }> {
  const data = path.join(o.work, 'site');
  await mkdir(o.work, { recursive: true });
  const marker = path.join(data, '.generated');
  const want = `${o.gib} ${o.sqlMib}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) {
    return { data, total: Math.ceil((o.gib * 2 ** 30) / 2 ** 26) * 2 ** 26 + o.sqlMib * 2 ** 20 };
  }
  await rm(data, { recursive: true, force: true });
  const t = performance.now();
  const total = await generate(data, o);
  await writeFile(marker, want);
  console.log(`generated ${(total / 2 ** 30).toFixed(2)} GiB in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  return { data, total };
}

async function benchPipeline(o: Options): Promise<void> {
  const { data, total } = await benchSite(o);
  const cli = bundle(o);
  const cpu = os.cpus();
  console.log(
    `site: ${o.gib} GiB of random media (assets) + ${o.sqlMib} MiB of SQL text (data) = ${(total / 2 ** 30).toFixed(2)} GiB; ${o.runs} runs per Node`,
  );
  console.log(
    `machine: ${cpu.length} x ${cpu[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the start`,
  );
  // Warm the page cache equally for both sides.
  execFileSync('tar', ['-cf', '/dev/null', '-C', data, '.']);

  for (const node of o.nodes) {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    const samples: Sample[] = [];
    for (let r = 0; r < o.runs; r++) samples.push(await runOnce(node, cli, data, o, r));
    const m = (f: (s: Sample) => number) => median(samples.map(f));
    const peak = (f: (s: Sample) => Timed) => Math.max(...samples.map((s) => f(s).maxRssKiB));
    const mbps = (ms: number) => `${(total / 1e6 / (ms / 1000)).toFixed(0)} MB/s`;
    const row = (label: string, ours: (s: Sample) => Timed, base: (s: Sample) => Timed, baseLabel: string) => {
      const ow = m((s) => ours(s).ms);
      const bw = m((s) => base(s).ms);
      console.log(
        `  ${label.padEnd(8)} ours ${secs(ow)} (${mbps(ow)}, cpu ${m((s) => ours(s).cpuS).toFixed(2)} s) | ${baseLabel} ${secs(bw)} (cpu ${m((s) => base(s).cpuS).toFixed(2)} s) | ratio ${(ow / bw).toFixed(2)} | our peak RSS ${mib(peak(ours))}` +
          ` | runs ${samples.map((s) => (ours(s).ms / base(s).ms).toFixed(2)).join(' ')}`,
      );
    };
    console.log(`== node ${version} (${node})`);
    row(
      'backup',
      (s) => s.backup,
      (s) => s.tarZstd,
      'tar -c | zstd -3',
    );
    row(
      'restore',
      (s) => s.restore,
      (s) => s.zstdTar,
      'zstd -d | tar -x',
    );
    row(
      'verify',
      (s) => s.verify,
      (s) => s.zstdTar,
      'zstd -d | tar -x',
    );
    console.log(
      `  stored ${(samples[0]!.storedBytes / 2 ** 20).toFixed(1)} MiB (tar | zstd -3: ${(samples[0]!.baselineBytes / 2 ** 20).toFixed(1)} MiB); load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} at the end`,
    );
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (!o.only.length || o.only.includes('pipeline')) {
    console.log('== archive pipeline vs tar | zstd');
    await benchPipeline(o);
  }
  if (!o.only.length || o.only.includes('action')) {
    console.log('== the backup and restore actions as the runner starts them vs tar | zstd (bench/action.ts)');
    const { data } = await benchSite(o);
    // The runner's Node 24 (node_modules/.bin/node) unless --node names another.
    const run = {
      bundles: bundleSources(path.join(o.work, 'actions'), ROOT, ['backup', 'restore']),
      data,
      work: o.work,
      node: o.nodes[0]!,
      runs: o.runs,
      ...(o.against ? { against: { ref: o.against, bundles: committedDist(o.against, path.join(o.work, 'against')) } } : {}),
    };
    for (const l of await (await import('./action.js')).benchActions(run)) console.log(l);
  }
  if (!process.env.BENCH_KEEP) await rm(o.work, { recursive: true, force: true });
  const retention = path.join(ROOT, 'bench/retention.ts');
  if ((!o.only.length || o.only.includes('retention')) && existsSync(retention)) {
    console.log('== retention planner');
    const mod = (await import('./retention.js')) as { benchRetention: () => Promise<string[]> };
    for (const l of await mod.benchRetention()) console.log(l);
  }
  // format restic (bench/restic.ts: issue 20's scenario, 5 runs unless --runs; bench/restic-sim.ts: BENCH_SIM_MIB).
  const restic = ['restic', 'restic-sim'].filter((s) => !o.only.length || o.only.includes(s));
  if (restic.length) {
    await mkdir(o.work, { recursive: true });
    const run = { work: o.work, cli: bundle(o), node: o.nodes[0]!, ...(o.runsGiven ? { runs: o.runs } : {}) };
    if (restic.includes('restic')) {
      console.log('== format restic vs plain restic backup');
      await (await import('./restic.js')).benchRestic(run);
    }
    if (restic.includes('restic-sim')) {
      console.log('== format restic vs archive: 30 nights, 1% churn, divio retention');
      await (await import('./restic-sim.js')).benchResticSim(run);
    }
    if (!process.env.BENCH_KEEP) await rm(o.work, { recursive: true, force: true });
  }
  if (!o.only.length || o.only.includes('startup')) {
    await mkdir(o.work, { recursive: true });
    console.log('== CLI and action start-up, matrix planning (bench/cli-startup.ts)');
    console.log(
      `load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} at the start`,
    );
    const run = { work: o.work, cli: bundle(o), node: o.nodes[0]!, runs: o.runs };
    const startup = await import('./cli-startup.js');
    for (const l of await startup.benchCliStartup(run)) console.log(l);
    const bundles = bundleSources(path.join(o.work, 'actions'), ROOT, ['backup', 'restore']);
    for (const l of await startup.benchActionStartup({ ...run, bundles })) console.log(l);
  }
  // copy (bench/copy.ts): size with BENCH_COPY_MIB.
  if (!o.only.length || o.only.includes('copy')) {
    await mkdir(o.work, { recursive: true });
    console.log('== copy: folder → S3 and S3 → S3 vs streaming with aws s3 cp');
    await (await import('./copy.js')).benchCopy({ work: o.work, cli: bundle(o), node: o.nodes[0]! });
    if (!process.env.BENCH_KEEP) await rm(o.work, { recursive: true, force: true });
  }
  // pull-cache (bench/pull.ts): size with BENCH_PULL_MIB and BENCH_PULL_FILES.
  if (o.only.includes('seek')) {
    console.log('== seekable archives: pack overhead and restore --path of one file (bench/seek.ts)');
    await (await import('./seek.js')).benchSeek(o.work);
  }
  if (o.only.includes('pull')) {
    await mkdir(o.work, { recursive: true });
    console.log('== pull-cache: full vs incremental rsync pull over ssh, 1% churn');
    await (await import('./pull.js')).benchPull({ work: o.work, cli: bundle(o), node: o.nodes[0]! });
    if (!process.env.BENCH_KEEP) await rm(o.work, { recursive: true, force: true });
  }
  // s3-object-lock (bench/lock.ts): size with BENCH_LOCK_MIB and BENCH_LOCK_RUNS.
  if (o.only.includes('lock')) {
    await mkdir(o.work, { recursive: true });
    console.log('== s3-object-lock: locked vs unlocked backup into moto (Object Lock on loopback)');
    await (await import('./lock.js')).benchLock(o.work);
    if (!process.env.BENCH_KEEP) await rm(o.work, { recursive: true, force: true });
  }
}

await main();
