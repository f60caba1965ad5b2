// `npm run bench -- restic`: `format: restic` through the bundled CLI beside plain restic, in the
// scenario of issue 20 (item 8): a site of 300 x 1 MiB incompressible media files (`assets`) and a
// 41 MB SQL dump (`data`), exported fresh before each backup (`cp -r`: new files, new mtimes, as
// a platform export gives), two backups into one new local repository. Plain restic does the
// same exports into one folder and runs `init` + `backup` + `backup`. Each run times both sides
// back to back (alternating which goes first), each in its own new repository; the per-run
// ratios of wall and CPU (user+sys) time and their medians are printed (goal <= 1.15x wall).
// Both sides call restic through a logging shim on PATH, so the restic processes each backup
// starts are counted (and named) for both. `restic init` calibrates the key's scrypt cost to about
// 0.5 s on the machine of that moment (p from 1 to 8 on a loaded 2-core machine), and every later
// opening of that repository pays it: each run prints both keys' parameters, since a side whose
// key came out costlier pays for it on every backup, whoever runs restic.
//
// BENCH_RESTIC_RUNS (default 5, or `--runs`), BENCH_RESTIC_FILES (300), BENCH_RESTIC_FILE_MIB (1)
// and BENCH_RESTIC_DUMP_MB (41) change the scenario. The site helpers below (generateSite, churn,
// ourBackup) also serve restic-sim.ts.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bundleCli } from './bundle.js';
import { timed, type Timed } from './timed.js';

export const PASSWORD = 'bench-password';

/** Bytes under a folder (what the repository occupies on disk). */
export function duBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

export const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const MIB = 2 ** 20;
export const fmtMiB = (b: number) => `${(b / MIB).toFixed(1)} MiB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

export const FILE_BYTES = 2 * MIB;

/** One SQL row; `rev` changes the row's text, as an UPDATE would. */
const sqlRow = (i: number, rev: number) =>
  `INSERT INTO \`orders\` VALUES (${i},${i % 9973},'customer-${i % 5003}@example.com','2026-11-${String((i % 28) + 1).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00',${(i * 37 + rev) % 100000});\n`;

/** The site: assets/ (random), data/dump.sql (text), code/ (small files). Returns the asset count. */
export async function generateSite(dir: string, mib: number): Promise<{ assets: number; rows: number }> {
  await rm(dir, { recursive: true, force: true });
  for (const c of ['assets', 'data', 'code']) await mkdir(path.join(dir, c), { recursive: true });
  const assets = Math.max(50, Math.round((mib * MIB * 0.9) / FILE_BYTES));
  for (let i = 0; i < assets; i++)
    await writeFile(path.join(dir, 'assets', `media-${String(i).padStart(4, '0')}.bin`), randomBytes(FILE_BYTES));
  const rowBytes = sqlRow(123456, 0).length;
  const rows = Math.round((mib * MIB * 0.1) / rowBytes);
  const dump = path.join(dir, 'data', 'dump.sql');
  await writeFile(dump, '');
  for (let start = 0; start < rows; start += 20_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + 20_000); i++) lines.push(sqlRow(i, 0));
    await appendFile(dump, lines.join(''));
  }
  for (let i = 0; i < 500; i++)
    await writeFile(path.join(dir, 'code', `f${i}.php`), `<?php\n// file ${i}\nfunction f${i}() { return ${i}; }\n`);
  return { assets, rows };
}

/**
 * Churn: rewrites `share` of the asset files with new random bytes, and changes `dumpRows` rows
 * spread through the dump (same length, so the rest of the file keeps its offsets and chunks).
 */
export async function churn(dir: string, share: number, dumpRows: number, seed: number): Promise<{ files: number }> {
  const names = (await readdir(path.join(dir, 'assets'))).sort();
  const n = Math.max(1, Math.round(names.length * share));
  let s = seed * 7919 + 1;
  const picked = new Set<string>();
  while (picked.size < n) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    picked.add(names[s % names.length]!);
  }
  for (const name of picked) await writeFile(path.join(dir, 'assets', name), randomBytes(FILE_BYTES));
  const dump = path.join(dir, 'data', 'dump.sql');
  const lines = (await readFile(dump, 'utf8')).split('\n');
  for (let k = 0; k < dumpRows; k++) {
    const i = Math.floor(((k + 0.5) / dumpRows) * (lines.length - 1));
    const m = /^INSERT INTO `orders` VALUES \((\d+),/.exec(lines[i]!);
    if (m) lines[i] = sqlRow(Number(m[1]), seed).trimEnd();
  }
  await writeFile(dump, lines.join('\n'));
  return { files: n };
}

/** Our backup of `site` through the CLI; `copy` is the export's cp flags (-al: links, -r: fresh copy). */
export function ourBackup(
  node: string,
  cli: string,
  site: string,
  store: string,
  copy: string,
  env: NodeJS.ProcessEnv,
  components = ['code', 'assets', 'data'],
): Promise<Timed> {
  const cmd = (c: string) => `cp ${copy} ${q(path.join(site, c))}/. "$BACKUP_OUT"`;
  return timed(
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
      '--format',
      'restic',
      '--trigger',
      'scheduled',
      '--components',
      components.join(','),
      ...components.flatMap((c) => [`--${c}-command`, cmd(c)]),
    ],
    env,
  );
}

export interface ResticBenchOptions {
  work: string;
  cli: string;
  node: string;
  mib?: number;
  runs?: number;
}

/** A fresh scratch folder for one section, the environment its commands run in, and its output. */
export async function scratch(root: string, name: string) {
  const out: string[] = [];
  const say = (l: string) => {
    out.push(l);
    console.log(l);
  };
  const work = path.join(root, name);
  await rm(work, { recursive: true, force: true });
  const temp = path.join(work, 'tmp');
  await mkdir(temp, { recursive: true });
  const env = { ...process.env, RUNNER_TEMP: temp, TMPDIR: temp, RESTIC_PASSWORD: PASSWORD, RESTIC_CACHE_DIR: path.join(work, 'cache') };
  return { out, say, work, site: path.join(work, 'site'), env };
}

/** `tsx bench/<file>.ts` alone: BENCH_DIR for the scratch root, BENCH_CLI for a built CLI (else bundled). */
export async function standalone(url: string, run: (o: ResticBenchOptions) => Promise<unknown>): Promise<void> {
  if (!process.argv[1] || !url.endsWith(process.argv[1].split('/').pop()!)) return;
  const root = path.resolve(path.dirname(new URL(url).pathname), '..');
  const work = process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'site-backup-bench');
  await mkdir(work, { recursive: true });
  const cli = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : bundleCli(work, root);
  await run({ work, cli, node: path.join(root, 'node_modules/.bin/node') });
}

/** The issue's site: `files` incompressible media files of `fileBytes` each, and a SQL dump of about `dumpBytes`. */
async function generateMediaSite(dir: string, files: number, fileBytes: number, dumpBytes: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const c of ['assets', 'data']) await mkdir(path.join(dir, c), { recursive: true });
  for (let i = 0; i < files; i++)
    await writeFile(path.join(dir, 'assets', `media-${String(i).padStart(4, '0')}.bin`), randomBytes(fileBytes));
  const dump = path.join(dir, 'data', 'dump.sql');
  await writeFile(dump, '');
  for (let row = 0, written = 0; written < dumpBytes;) {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push(sqlRow(row++, 0));
    const chunk = lines.join('').slice(0, dumpBytes - written);
    await appendFile(dump, chunk);
    written += chunk.length;
  }
}

/** A `restic` for PATH that appends each call's arguments to $BENCH_RESTIC_CALLS, then runs the real one. */
async function resticShim(dir: string): Promise<string> {
  const real = execFileSync('sh', ['-c', 'command -v restic'], { encoding: 'utf8' }).trim();
  await mkdir(dir, { recursive: true });
  const shim = path.join(dir, 'restic');
  await writeFile(shim, `#!/bin/sh\nprintf '%s\\n' "$*" >> "$BENCH_RESTIC_CALLS"\nexec ${q(real)} "$@"\n`);
  await chmod(shim, 0o755);
  return dir;
}

/** The restic commands one backup started, by subcommand (global options skipped). */
async function callsOf(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const words = line.split(' ');
      let i = 0;
      // -r and -o take a value; the others here are flags or --name=value.
      while (i < words.length && words[i]!.startsWith('-')) i += words[i] === '-o' || words[i] === '-r' ? 2 : 1;
      return words[i] === 'cat' ? `cat ${words[i + 1]}` : (words[i] ?? '?');
    });
}

/** Plain restic: export into one folder with `cp -r`, `restic backup` there (after `init` on the first), the export removed. */
function plainBackup(repo: string, site: string, dir: string, components: string[], env: NodeJS.ProcessEnv, init: boolean): Promise<Timed> {
  const script = [
    'set -e',
    `mkdir -p ${q(dir)}`,
    ...(init ? [`restic -r ${q(repo)} init --repository-version 2 -q`] : []),
    ...components.map((c) => `mkdir ${q(path.join(dir, c))} && cp -r ${q(path.join(site, c))}/. ${q(path.join(dir, c))}`),
    `cd ${q(dir)} && restic -r ${q(repo)} backup -q --host bench ${components.join(' ')}`,
    `cd / && rm -rf ${q(dir)}`,
  ].join('\n');
  return timed('bash', ['-c', script], env);
}

interface Side {
  /** The key's scrypt parameters: `restic init` calibrates them to ~0.5 s on the machine of the moment, and every later opening pays them. */
  kdf: string;
  steps: Timed[];
  calls: string[][];
  /** Bytes the repository grew by, per backup. */
  added: number[];
  /** Whether the second snapshot names the first as its parent (restic found it). */
  parentFound: boolean;
}

/** The snapshots of a repository, oldest first, as restic lists them (not through the shim). */
function snapshotsOf(repo: string, env: NodeJS.ProcessEnv): { id: string; parent?: string }[] {
  const out = execFileSync('restic', ['-r', repo, 'snapshots', '--json', '--no-lock'], {
    env: { ...env, BENCH_RESTIC_CALLS: '/dev/null' },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { id: string; parent?: string }[];
}

/** Two backups of one side, each from a fresh export, into `repo`; the restic calls counted per backup. */
async function side(
  dir: string,
  repo: string,
  env: NodeJS.ProcessEnv,
  backup: (b: number, env: NodeJS.ProcessEnv) => Promise<Timed>,
): Promise<Side> {
  const s: Side = { kdf: '', steps: [], calls: [], added: [], parentFound: false };
  for (let b = 0; b < 2; b++) {
    const calls = path.join(dir, `calls-${b}`);
    const before = duBytes(repo);
    s.steps.push(await backup(b, { ...env, BENCH_RESTIC_CALLS: calls }));
    s.added.push(duBytes(repo) - before);
    s.calls.push(await callsOf(calls));
  }
  const snaps = snapshotsOf(repo, env);
  s.parentFound = snaps.length === 2 && snaps[1]!.parent === snaps[0]!.id;
  const [key] = await readdir(path.join(repo, 'keys'));
  const k = JSON.parse(await readFile(path.join(repo, 'keys', key!), 'utf8')) as { N: number; r: number; p: number };
  s.kdf = `N=${k.N} r=${k.r} p=${k.p}`;
  return s;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const wall = (s: Side) => s.steps.reduce((n, t) => n + t.ms, 0);
const cpu = (s: Side) => s.steps.reduce((n, t) => n + t.cpuS, 0);

/** One run: both sides, each in a new repository, in the order `oursFirst` says. */
async function runOnce(o: ResticBenchOptions, site: string, root: string, env: NodeJS.ProcessEnv, oursFirst: boolean) {
  const components = ['assets', 'data'];
  await rm(root, { recursive: true, force: true });
  const temp = path.join(root, 'tmp');
  await mkdir(temp, { recursive: true });
  const runEnv = { ...env, RUNNER_TEMP: temp, TMPDIR: temp, RESTIC_CACHE_DIR: path.join(root, 'cache') };
  const store = path.join(root, 'store');
  const ourRepo = path.join(store, 'bench', 'restic');
  const plainRepo = path.join(root, 'plain-repo');
  const ours = () => side(path.join(root, 'ours'), ourRepo, runEnv, (_b, e) => ourBackup(o.node, o.cli, site, store, '-r', e, components));
  const plain = () =>
    side(path.join(root, 'plain'), plainRepo, runEnv, (b, e) =>
      plainBackup(plainRepo, site, path.join(root, 'plain-export'), components, e, b === 0),
    );
  await mkdir(path.join(root, 'ours'));
  await mkdir(path.join(root, 'plain'));
  let a: Side, p: Side;
  if (oursFirst) {
    a = await ours();
    p = await plain();
  } else {
    p = await plain();
    a = await ours();
  }
  await rm(root, { recursive: true, force: true });
  return { ours: a, plain: p };
}

export async function benchRestic(o: ResticBenchOptions): Promise<string[]> {
  const runs = Number(process.env.BENCH_RESTIC_RUNS ?? o.runs ?? 5);
  const files = Number(process.env.BENCH_RESTIC_FILES ?? 300);
  const fileBytes = Number(process.env.BENCH_RESTIC_FILE_MIB ?? 1) * MIB;
  const dumpBytes = Number(process.env.BENCH_RESTIC_DUMP_MB ?? 41) * 1e6;
  const { out, say, work, site, env } = await scratch(o.work, 'restic');
  const version = execFileSync('restic', ['version'], { encoding: 'utf8' }).trim();
  await generateMediaSite(site, files, fileBytes, dumpBytes);
  say(
    `restic: site ${fmtMiB(duBytes(site))} (${files} x ${fmtMiB(fileBytes)} random media, ${(dumpBytes / 1e6).toFixed(0)} MB SQL dump), exported fresh (cp -r) before each of two backups into a new repository; ${runs} runs; ${version}; node ${execFileSync(o.node, ['--version'], { encoding: 'utf8' }).trim()}`,
  );
  say(`restic: ${os.cpus().length} cpus, load average ${load()} at the start`);
  execFileSync('tar', ['-cf', '/dev/null', '-C', site, '.']);
  const shimEnv = { ...env, PATH: `${await resticShim(path.join(work, 'shim'))}${path.delimiter}${process.env.PATH ?? ''}` };
  const results: Awaited<ReturnType<typeof runOnce>>[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await runOnce(o, site, path.join(work, 'run'), shimEnv, i % 2 === 0);
    results.push(r);
    const steps = (s: Side) => s.steps.map((t) => secs(t.ms)).join(' + ');
    const starts = (s: Side) => s.calls.map((c) => `${c.length} (${c.join(', ')})`).join(' / ');
    say(
      `restic: run ${i + 1}: ours ${steps(r.ours)} = ${secs(wall(r.ours))}, cpu ${cpu(r.ours).toFixed(2)} s | plain ${steps(r.plain)} = ${secs(wall(r.plain))}, cpu ${cpu(r.plain).toFixed(2)} s | ratio ${(wall(r.ours) / wall(r.plain)).toFixed(2)} wall, ${(cpu(r.ours) / cpu(r.plain)).toFixed(2)} cpu | load ${load()}`,
    );
    say(`restic:        restic starts per backup: ours ${starts(r.ours)}; plain ${starts(r.plain)}`);
    say(
      `restic:        second backup added ${fmtMiB(r.ours.added[1]!)} (plain ${fmtMiB(r.plain.added[1]!)}), parent found: ours ${r.ours.parentFound ? 'yes' : 'NO'}, plain ${r.plain.parentFound ? 'yes' : 'NO'}; key scrypt ours ${r.ours.kdf}, plain ${r.plain.kdf}`,
    );
  }
  const wallRatios = results.map((r) => wall(r.ours) / wall(r.plain));
  const cpuRatios = results.map((r) => cpu(r.ours) / cpu(r.plain));
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
  say(
    `restic: median over ${runs} runs: ${median(wallRatios).toFixed(2)}x plain restic's wall time (${range(wallRatios)}; goal <= 1.15x), ${median(cpuRatios).toFixed(2)}x its CPU time, user+sys (${range(cpuRatios)}); ours ${secs(median(results.map((r) => wall(r.ours))))}, plain ${secs(median(results.map((r) => wall(r.plain))))}; load average ${load()} at the end`,
  );
  say(
    `restic: the second backup (a fresh export of the same content) added ${median(results.map((r) => (r.ours.added[1]! / r.ours.added[0]!) * 100)).toFixed(2)}% of the first's bytes (goal <= 1%) and took ${median(results.map((r) => r.ours.steps[1]!.ms / r.ours.steps[0]!.ms)).toFixed(2)}x its wall time (medians)`,
  );
  if (!process.env.BENCH_KEEP) await rm(work, { recursive: true, force: true });
  return out;
}

await standalone(import.meta.url, benchRestic);
