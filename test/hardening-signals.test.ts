import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tmp.js';

// Leftovers: the real CLI, stopped with SIGINT/SIGTERM, ends the export's process group and
// removes its staging folders; killed with SIGKILL it cannot, so the next run sweeps them.

function startBackup(cwd: string, runnerTemp: string, pidFile: string): ChildProcess {
  // The export starts a long-running grandchild, as a dump piped through ssh would.
  const cmd = `sleep 300 & echo $! > '${pidFile}'; echo started > "$BACKUP_OUT/x.sql"; wait`;
  return spawn(
    process.execPath,
    [
      '--import',
      import.meta.resolve('tsx'),
      path.resolve('src/bin/cli.ts'),
      'backup',
      '--site',
      'acme',
      '--store',
      path.join(cwd, 'store'),
      '--data-command',
      cmd,
    ],
    {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: runnerTemp },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Polls for a condition that the code under test makes true; the deadline only bounds a hang. */
async function until(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exited = (c: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => c.once('exit', (code, signal) => r({ code, signal })));
// Folders only: a status record (site-backup-status--*.json) is meant to stay for the prune step.
const stagingIn = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('site-backup-'))
    .map((d) => d.name);

describe('stopping the CLI', () => {
  for (const [sig, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${sig} ends the export's process group and removes the staging folders`, async () => {
      const cwd = await tempDir('sba-sig-');
      const runnerTemp = path.join(cwd, 'tmp');
      await mkdir(runnerTemp);
      const pidFile = path.join(cwd, 'sleep.pid');
      const cli = startBackup(cwd, runnerTemp, pidFile);
      let stderr = '';
      cli.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const done = exited(cli);
      await until('the export to start', () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
      const sleeper = Number(readFileSync(pidFile, 'utf8'));
      expect(alive(sleeper)).toBe(true);
      expect(stagingIn(runnerTemp).length).toBeGreaterThan(0);
      cli.kill(sig);
      expect((await done).code, stderr).toBe(code);
      await until('the grandchild to end', () => !alive(sleeper), 10_000);
      expect(stagingIn(runnerTemp)).toEqual([]);
      expect(stderr).toContain(`stopped by ${sig}`);
    }, 60_000);
  }

  it('after kill -9 the next run sweeps the staging folders the dead run left', async () => {
    const cwd = await tempDir('sba-sig-');
    const runnerTemp = path.join(cwd, 'tmp');
    await mkdir(runnerTemp);
    const pidFile = path.join(cwd, 'sleep.pid');
    const cli = startBackup(cwd, runnerTemp, pidFile);
    const done = exited(cli);
    await until('the export to start', () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
    const sleeper = Number(readFileSync(pidFile, 'utf8'));
    cli.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    // Nothing could clean up: the folders stay, and so does the detached grandchild.
    const left = stagingIn(runnerTemp);
    expect(left.length).toBeGreaterThan(0);
    try {
      process.kill(-sleeper, 'SIGKILL');
    } catch {
      process.kill(sleeper, 'SIGKILL');
    }
    const next = spawn(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        path.resolve('src/bin/cli.ts'),
        'list',
        '--site',
        'acme',
        '--store',
        path.join(cwd, 'store'),
      ],
      {
        cwd,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: runnerTemp },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    next.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    expect((await exited(next)).code, stderr).toBe(0);
    expect(stderr).toContain(`Removed ${left.length} staging folder(s) that killed runs left`);
    expect(stagingIn(runnerTemp)).toEqual([]);
  }, 60_000);
});
