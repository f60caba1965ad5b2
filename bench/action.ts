// The bundled backup and restore ACTIONS as the runner starts them: `node dist/<name>/index.js`
// under the runner's Node 24, inputs as INPUT_* variables, outputs and summary into the files
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name. Start-up (loading the bundle) is inside the timing,
// as it is inside a job's step time; `tar -c | zstd -3` and `zstd -d | tar -x` run side by side.
//
// Two more backups run beside them, for what seekable archives cost (issue 22): the same bundle
// with `seekable: false`, and, with `--against <git ref>`, the backup action committed at that ref
// (its dist/, as a user of that version ran it). Every timed step starts after a `sync`, so none
// pays for the write-back of the gigabyte the one before it wrote.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { timed, type Timed } from './timed.js';

export interface ActionBenchOptions {
  /** Holds backup/index.js and restore/index.js (scripts/build.mjs --out). */
  bundles: string;
  /** The bench site: media/ and db/. */
  data: string;
  work: string;
  node: string;
  runs: number;
  /** A git ref whose committed dist/backup runs beside ours. */
  against?: { ref: string; bundles: string };
}

interface Sample {
  /** In the order of backupsOf(): ours, tar | zstd, ours with seekable: false, then the ref's. */
  backups: Timed[];
  restore: Timed;
  zstdTar: Timed;
}

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The environment the runner gives a step: its inputs, its files, its workspace and temp. */
export async function stepEnv(work: string, step: string, inputs: Record<string, string>): Promise<NodeJS.ProcessEnv> {
  const files = path.join(work, step);
  await mkdir(files, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: path.join(work, 'tmp'),
    TMPDIR: path.join(work, 'tmp'),
    GITHUB_OUTPUT: path.join(files, 'output'),
    GITHUB_STEP_SUMMARY: path.join(files, 'summary'),
  };
  await writeFile(env.GITHUB_OUTPUT!, '');
  await writeFile(env.GITHUB_STEP_SUMMARY!, '');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

/** Runs the steps back to back, each after a `sync`, starting with a different one each run. */
async function rotate(run: number, steps: (() => Promise<Timed>)[]): Promise<Timed[]> {
  const out: Timed[] = [];
  for (let k = 0; k < steps.length; k++) {
    const i = (run + k) % steps.length;
    execFileSync('sync');
    out[i] = await steps[i]!();
  }
  return out;
}

async function runOnce(o: ActionBenchOptions, run: number): Promise<Sample> {
  const work = path.join(o.work, 'action-run');
  await rm(work, { recursive: true, force: true });
  await mkdir(path.join(work, 'tmp'), { recursive: true });
  const store = path.join(work, 'store');
  const baseline = path.join(work, 'baseline.tar.zst');
  const inputs = {
    site: 'bench',
    platform: 'command',
    store,
    trigger: 'manual',
    components: 'assets,data',
    'assets-command': `cp -al ${q(o.data)}/media/. "$BACKUP_OUT"`,
    'data-command': `cp -al ${q(o.data)}/db/. "$BACKUP_OUT"`,
  };
  const backupEnv = await stepEnv(work, 'backup', inputs);
  /** Another backup action into a store of its own, removed once timed (only ours is restored). */
  const other = async (step: string, bundles: string, extra: Record<string, string>) => {
    const own = path.join(work, step);
    const env = await stepEnv(work, step, { ...inputs, store: path.join(own, 'store'), ...extra });
    const t = await timed(o.node, [path.join(bundles, 'backup/index.js')], env, work);
    await rm(path.join(own, 'store'), { recursive: true, force: true });
    return t;
  };
  const backups = await rotate(run, [
    () => timed(o.node, [path.join(o.bundles, 'backup/index.js')], backupEnv, work),
    () => timed('bash', ['-c', `set -o pipefail; tar -cf - -C ${q(o.data)} . | zstd -q -3 -o ${q(baseline)}`]),
    () => other('unseekable', o.bundles, { seekable: 'false' }),
    ...(o.against ? [() => other('against', o.against!.bundles, {})] : []),
  ]);
  // The step must have done its job, or the timing means nothing.
  if (!/^backup-id<</m.test(readFileSync(backupEnv.GITHUB_OUTPUT!, 'utf8'))) throw new Error('the backup action set no backup-id output');

  const restoreDir = path.join(work, 'restored');
  const untarred = path.join(work, 'untarred');
  await mkdir(untarred);
  const restoreEnv = await stepEnv(work, 'restore', { site: 'bench', store, 'target-environment': 'scratch', 'restore-dir': restoreDir });
  const [restore, zstdTar] = await rotate(run, [
    () => timed(o.node, [path.join(o.bundles, 'restore/index.js')], restoreEnv, work),
    () => timed('bash', ['-c', `set -o pipefail; zstd -q -d -c ${q(baseline)} | tar -x -C ${q(untarred)}`]),
  ]);
  execFileSync('cmp', [path.join(o.data, 'db/dump.sql'), path.join(restoreDir, 'data/dump.sql')]);
  await rm(work, { recursive: true, force: true });
  return { backups, restore: restore!, zstdTar: zstdTar! };
}

export async function benchActions(o: ActionBenchOptions): Promise<string[]> {
  const version = execFileSync(o.node, ['--version'], { encoding: 'utf8' }).trim();
  const samples: Sample[] = [];
  for (let r = 0; r < o.runs; r++) samples.push(await runOnce(o, r));
  const row = (label: string, ours: (s: Sample) => Timed, base: (s: Sample) => Timed, baseLabel: string) => {
    const ratios = samples.map((s) => ours(s).ms / base(s).ms);
    const ow = median(samples.map((s) => ours(s).ms));
    const bw = median(samples.map((s) => base(s).ms));
    return (
      `  ${label.padEnd(15)} ${(ow / 1000).toFixed(2)} s (cpu ${median(samples.map((s) => ours(s).cpuS)).toFixed(2)} s) | ${baseLabel} ${(bw / 1000).toFixed(2)} s` +
      ` | ratio ${median(ratios).toFixed(2)} (runs ${ratios.map((x) => x.toFixed(2)).join(' ')})`
    );
  };
  const ref = o.against ? `backup action at ${o.against.ref}` : undefined;
  return [
    `node ${version}, ${o.runs} runs, folder store`,
    row(
      'backup action',
      (s) => s.backups[0]!,
      (s) => s.backups[1]!,
      'tar -c | zstd -3',
    ),
    row(
      'restore action',
      (s) => s.restore,
      (s) => s.zstdTar,
      'zstd -d | tar -x',
    ),
    row(
      'backup action',
      (s) => s.backups[0]!,
      (s) => s.backups[2]!,
      'the same, seekable: false',
    ),
    row(
      'seekable: false',
      (s) => s.backups[2]!,
      (s) => s.backups[1]!,
      'tar -c | zstd -3',
    ),
    ...(ref
      ? [
          row(
            'backup action',
            (s) => s.backups[0]!,
            (s) => s.backups[3]!,
            ref,
          ),
        ]
      : []),
  ];
}
