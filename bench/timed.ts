// One way for the benches to time a command: wall time from here, peak RSS of the process tree and
// CPU seconds from GNU time, so nothing is sampled by us.
import { spawn } from 'node:child_process';

export interface Timed {
  ms: number;
  cpuS: number;
  maxRssKiB: number;
  stderr: string;
}

/** Times a command; it must exit 0, or `okCode` when one is given (a run that is meant to be refused). */
export function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd?: string, okCode = 0): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'BENCH_TIME=%M %U %S', cmd, ...args], { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== okCode) return reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}: ${stderr.slice(-3000)}`));
      const m = /BENCH_TIME=(\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
      resolve({ ms, stderr, maxRssKiB: m ? Number(m[1]) : 0, cpuS: m ? Number(m[2]) + Number(m[3]) : 0 });
    });
  });
}
