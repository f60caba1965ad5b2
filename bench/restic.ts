// `npm run bench -- restic`: `format: restic` through the bundled CLI, beside plain `restic backup`
// of the same folders, on one generated site in one run (issue 11, "Tests and numbers"):
//
//   1. first backup: wall time and peak RSS, ours and plain restic (each into its own new repository);
//   2. a second backup over a fresh export of the same content (`cp -r`: new mtimes and inodes):
//      bytes added (goal <= 1% of the first's stored bytes) and wall time (goal <= 0.5x the first);
//   3. a third backup with 2% of the asset files rewritten and a few dump rows changed: bytes added;
//   4. our wall time over plain restic's for each step (goal <= 1.15x).
//
// Site: BENCH_RESTIC_MIB (default 512; 1024 for the issue's 1 GiB) of which 90% is incompressible
// media in 2 MiB files (`assets`), 10% SQL text (`data`), and 500 small PHP files (`code`).
// Our exports hard-link (`cp -al`) for steps 1 and 3 and copy (`cp -r`) for step 2, so the timing
// is restic plus what we add around it; plain restic is given folders exported the same way.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
export function ourBackup(node: string, cli: string, site: string, store: string, copy: string, env: NodeJS.ProcessEnv): Promise<Timed> {
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
      'code,assets,data',
      '--code-command',
      cmd('code'),
      '--assets-command',
      cmd('assets'),
      '--data-command',
      cmd('data'),
    ],
    env,
  );
}

/** Plain restic: export the same way into a fresh folder, then `restic backup code assets data` there. */
async function plainBackup(
  repo: string,
  site: string,
  scratch: string,
  copy: string,
  env: NodeJS.ProcessEnv,
  init: boolean,
): Promise<Timed> {
  await rm(scratch, { recursive: true, force: true });
  const script = [
    'set -e',
    ...(init ? [`restic -r ${q(repo)} init --repository-version 2 -q`] : []),
    `mkdir -p ${q(scratch)}`,
    ...['code', 'assets', 'data'].map(
      (c) => `mkdir ${q(path.join(scratch, c))} && cp ${copy} ${q(path.join(site, c))}/. ${q(path.join(scratch, c))}`,
    ),
    `cd ${q(scratch)} && restic -r ${q(repo)} backup -q --host bench code assets data`,
  ].join('\n');
  const t = await timed('bash', ['-c', script], env);
  await rm(scratch, { recursive: true, force: true });
  return t;
}

export interface ResticBenchOptions {
  work: string;
  cli: string;
  node: string;
  mib?: number;
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

export async function benchRestic(o: ResticBenchOptions): Promise<string[]> {
  const mib = o.mib ?? Number(process.env.BENCH_RESTIC_MIB ?? 512);
  const { out, say, work, site, env } = await scratch(o.work, 'restic');
  const version = execFileSync('restic', ['version'], { encoding: 'utf8' }).trim();
  const g = await generateSite(site, mib);
  const siteBytes = duBytes(site);
  say(
    `restic: site ${fmtMiB(siteBytes)} (${g.assets} x 2 MiB random assets, ${g.rows} SQL rows, 500 code files); ${version}; node ${execFileSync(o.node, ['--version'], { encoding: 'utf8' }).trim()}`,
  );
  say(`restic: ${os.cpus().length} cpus, load average ${load()} at the start`);
  execFileSync('tar', ['-cf', '/dev/null', '-C', site, '.']);

  const store = path.join(work, 'store');
  const ourRepo = path.join(store, 'bench', 'restic');
  const plainRepo = path.join(work, 'plain-repo');
  const plainDir = path.join(work, 'plain-export');
  const steps: { label: string; copy: string; before?: () => Promise<void>; init: boolean }[] = [
    { label: 'first backup', copy: '-al', init: true },
    { label: 'fresh export, same content', copy: '-r', init: false },
    { label: '2% assets + 20 dump rows changed', copy: '-al', init: false, before: async () => void (await churn(site, 0.02, 20, 3)) },
  ];
  const rows: { label: string; ours: Timed; plain: Timed; added: number; plainAdded: number; stored: number }[] = [];
  for (const [i, s] of steps.entries()) {
    if (s.before) await s.before();
    const b0 = duBytes(ourRepo);
    const p0 = duBytes(plainRepo);
    // Alternate which side goes first, so neither always gets the warmer cache.
    let ours: Timed, plain: Timed;
    if (i % 2 === 0) {
      ours = await ourBackup(o.node, o.cli, site, store, s.copy, env);
      plain = await plainBackup(plainRepo, site, plainDir, s.copy, env, s.init);
    } else {
      plain = await plainBackup(plainRepo, site, plainDir, s.copy, env, s.init);
      ours = await ourBackup(o.node, o.cli, site, store, s.copy, env);
    }
    const stored = duBytes(ourRepo);
    rows.push({ label: s.label, ours, plain, added: stored - b0, plainAdded: duBytes(plainRepo) - p0, stored });
  }
  const first = rows[0]!;
  for (const r of rows) {
    say(
      `restic: ${r.label.padEnd(33)} ours ${secs(r.ours.ms)} (peak RSS ${fmtMiB(r.ours.maxRssKiB * 1024)}) | plain restic ${secs(r.plain.ms)} (peak RSS ${fmtMiB(r.plain.maxRssKiB * 1024)}) | ratio ${(r.ours.ms / r.plain.ms).toFixed(2)} (+${secs(r.ours.ms - r.plain.ms)}) | added ${fmtMiB(r.added)} (plain ${fmtMiB(r.plainAdded)})`,
    );
  }
  const [, second, third] = rows;
  say(`restic: first backup stored ${fmtMiB(first.added)} for a ${fmtMiB(siteBytes)} site`);
  say(
    `restic: fresh export re-run added ${((second!.added / first.added) * 100).toFixed(2)}% of the first's bytes (goal <= 1%), took ${(second!.ours.ms / first.ours.ms).toFixed(2)}x its wall time (goal <= 0.5x)`,
  );
  say(`restic: 2% churn added ${fmtMiB(third!.added)} (${((third!.added / first.added) * 100).toFixed(2)}% of the first)`);
  const total = (f: (r: (typeof rows)[number]) => Timed) => rows.reduce((n, r) => n + f(r).ms, 0);
  say(
    `restic: overhead over plain restic, all three backups: ${(total((r) => r.ours) / total((r) => r.plain)).toFixed(2)}x wall (goal <= 1.15x); load average ${load()} at the end`,
  );
  if (!process.env.BENCH_KEEP) await rm(work, { recursive: true, force: true });
  return out;
}

await standalone(import.meta.url, benchRestic);
