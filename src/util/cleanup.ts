import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// What a run leaves behind when it is stopped: staging folders (exports, downloads, plaintext)
// and the process groups of the programs it started. Ctrl-C and SIGTERM end both here; a run
// killed outright (kill -9, a lost runner) leaves its folders, and the next run sweeps them.

/** `h<host hash>p<pid>`: which process on which machine owns a staging folder. */
const HOST = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8);
const OWNER_RE = /^site-backup-[a-z]+-h([0-9a-f]{8})p(\d+)-/;
/** Folders of another machine sharing this temp folder, or from before owners were recorded. */
const STALE_AFTER_MS = 24 * 3600_000;

const staging = new Set<string>();
const groups = new Set<number>();

/**
 * A staging folder under `root`, named for its owner so a later run can tell a dead run's folder
 * from a live one's, and removed on Ctrl-C/SIGTERM. The caller still removes it when done.
 */
export async function makeStaging(root: string, kind: string): Promise<string> {
  const dir = await mkdtemp(path.join(root, `site-backup-${kind}-h${HOST}p${process.pid}-`));
  staging.add(dir);
  return dir;
}

/** A child's process group, ended on Ctrl-C/SIGTERM (see runProcess, which starts each in its own). */
export function trackGroup(pid: number | undefined): () => void {
  if (pid === undefined) return () => undefined;
  groups.add(pid);
  return () => groups.delete(pid);
}

/** Whether a process (or, given a negative pid, any process of that group) still exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes our staging folders that no live run owns: those of a dead process on this machine,
 * and any older than a day (another machine's, or unowned). Best effort; returns what it removed.
 */
export async function sweepStaleStaging(root: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith('site-backup-')) continue;
    const dir = path.join(root, name);
    const st = await stat(dir).catch(() => undefined);
    if (!st?.isDirectory()) continue; // status records and other files stay
    const m = OWNER_RE.exec(name);
    const mine = m && m[1] === HOST;
    const stale = mine ? Number(m[2]) !== process.pid && !alive(Number(m[2])) : now - st.mtimeMs > STALE_AFTER_MS;
    if (!stale) continue;
    await rm(dir, { recursive: true, force: true }).then(
      () => removed.push(dir),
      () => undefined,
    );
  }
  return removed;
}

/** The staging folders of runs that were killed (kill -9, a lost runner) go before a new run starts. */
export async function sweepLeftovers(root: string, log: { info(m: string): void }): Promise<void> {
  const removed = await sweepStaleStaging(root);
  if (removed.length) log.info(`Removed ${removed.length} staging folder(s) that killed runs left in ${root}.`);
}

let installed = false;

/**
 * On SIGINT or SIGTERM: SIGTERM every child process group (they run detached, so a terminal's
 * Ctrl-C never reaches them), remove the staging folders, SIGKILL what is left after a grace
 * period, and exit 130 or 143 as a shell would.
 */
export function installInterruptCleanup(graceMs = 3000): void {
  if (installed) return;
  installed = true;
  const onSignal = (sig: NodeJS.Signals) => {
    const signalAll = (s: NodeJS.Signals) => {
      for (const g of groups) {
        try {
          process.kill(-g, s);
        } catch {
          /* already gone */
        }
      }
    };
    signalAll('SIGTERM');
    for (const d of staging) rmSync(d, { recursive: true, force: true });
    process.stderr.write(
      `site-backup: stopped by ${sig}; ended ${groups.size} child process group(s) and removed ${staging.size} staging folder(s)\n`,
    );
    const code = sig === 'SIGINT' ? 130 : 143;
    setTimeout(
      () => {
        signalAll('SIGKILL');
        process.exit(code);
      },
      groups.size ? graceMs : 0,
    ).unref();
    // Exit as soon as the children are gone, not after the whole grace period.
    const poll = setInterval(() => {
      if ([...groups].every((g) => !alive(-g))) {
        clearInterval(poll);
        process.exit(code);
      }
    }, 50);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}
