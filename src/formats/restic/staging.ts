import { mkdir, mkdtemp, open, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';

// Where a restic backup stages its exports. The folder is the same for every run of one
// site/environment on one machine, so the snapshot's paths are the same every time and restic
// finds the parent snapshot itself: no `restic snapshots` first, which would open the repository
// (and pay the password's key derivation) a second time. Two runs of one site/environment at once
// must not share it: a lock file names the run that holds it, and a run that finds it held
// stages in a folder of its own instead (correct, only slower: restic then reads every file).

export interface ResticStaging {
  root: string;
  /** The folder and its lock go; safe to call twice. */
  release(): Promise<void>;
}

/** Whether a process of this id is running (a lock left by a killed run is taken over). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock file; false when a live run holds it. */
async function takeLock(lock: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(lock, 'wx', 0o600);
      await fh.writeFile(String(process.pid));
      await fh.close();
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      // Held by a live run, this process included (two backups of one site in one process).
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) return false;
      await rm(lock, { force: true });
    }
  }
  return false;
}

export async function openResticStaging(tmpRoot: string, site: string, environment: string): Promise<ResticStaging> {
  const parent = path.join(tmpRoot, 'site-backup-restic', encodeURIComponent(site));
  await mkdir(parent, { recursive: true, mode: 0o700 });
  const name = encodeURIComponent(environment);
  const lock = path.join(parent, `${name}.lock`);
  if (await takeLock(lock)) {
    const root = path.join(parent, name);
    // What a killed run left here is not this run's export.
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { mode: 0o700 });
    let held = true;
    return {
      root,
      release: async () => {
        // Once released, the lock may be another run's: never remove it a second time.
        if (!held) return;
        held = false;
        await rm(root, { recursive: true, force: true });
        await rm(lock, { force: true });
        // The site's and the format's folders go too once empty (another run may still use them).
        for (const dir of [parent, path.dirname(parent)]) await rmdir(dir).catch(() => undefined);
      },
    };
  }
  const root = await mkdtemp(path.join(tmpRoot, 'site-backup-restic-'));
  return { root, release: () => rm(root, { recursive: true, force: true }) };
}
