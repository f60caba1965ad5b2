import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Node binaries on PATH other than the one running the tests (the machine's own Node 20). */
export function otherNodes(): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'node');
    if (!dir || dir.includes('node_modules') || !existsSync(p)) continue;
    const v = spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (v && v !== process.version && !seen.has(v)) {
      seen.add(v);
      out.push(p);
    }
  }
  return out;
}

export interface RunnerResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs a bundled action the way the runner does: `node dist/<x>/index.js` with INPUT_* variables
 * (hyphens kept, upper case), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files.
 */
export function runBundle(
  bundle: string,
  inputs: Record<string, string>,
  opts: { workDir: string; env?: NodeJS.ProcessEnv; node?: string; event?: unknown },
): RunnerResult {
  mkdirSync(opts.workDir, { recursive: true });
  const outputFile = path.join(opts.workDir, `output-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const summaryFile = `${outputFile}.summary`;
  const eventFile = `${outputFile}.event.json`;
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKSPACE: opts.workDir,
    RUNNER_TEMP: opts.workDir,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(opts.node ?? process.execPath, [bundle], { env, encoding: 'utf8', cwd: opts.workDir, timeout: 120_000 });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIM\nvalue\nDELIM` blocks, as @actions/core writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}
