import { spawn, spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { pruneCommand } from '../src/commands/prune.js';
import { parseStore } from '../src/config/common.js';
import { mapSource } from '../src/config/source.js';
import { openResticStore } from '../src/restic/store.js';
import { resticPlace } from '../src/formats/index.js';
import { testIo } from './helpers/io.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// Prune needs restic's exclusive lock. While another job holds a lock on the site's repository
// (here a plain `restic backup --stdin` waiting for its input), prune waits for it, and then
// deletes exactly what it planned; when the lock outlives the wait, prune fails saying so and
// deletes nothing.

const PASSWORD = 'lock test password 3';
const hasRestic = spawnSync('restic', ['version']).status === 0;

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeWithTools('restic locks', hasRestic ? [] : ['restic'], () => {
  it("prune waits for another job's lock, then deletes exactly the plan; a lock that stays makes it fail cleanly", async () => {
    const root = await tempDir('sba-restic-lock-');
    const inputs = {
      site: 'shop',
      platform: 'command',
      store: path.join(root, 'store'),
      format: 'restic',
      'restic-password': PASSWORD,
      trigger: 'manual',
      'data-command': 'echo "SELECT 1;" > "$BACKUP_OUT/d.sql"',
    };
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) ids.push((await backupCommand(testIo(inputs, {}, root))).id);
    const repo = path.join(root, 'store', 'shop', 'restic');

    // Another job: holds a (shared) lock for as long as its stdin stays open.
    const holder = spawn('restic', ['-r', repo, 'backup', '--stdin', '--stdin-filename', 'other.txt'], {
      env: { PATH: process.env.PATH, RESTIC_PASSWORD: PASSWORD },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    const exited = new Promise((r) => holder.once('exit', r));
    await until('the other job to take its lock', async () => (await readdir(path.join(repo, 'locks'))).length > 0);

    const pruneInputs = { ...inputs, 'retention-on-demand': 'last=1' };
    const spec = parseStore(mapSource(pruneInputs), root);
    // A short wait first: the lock stays, prune gives up and deletes nothing.
    const impatient = testIo(pruneInputs, {}, root);
    const shortStore = await openResticStore(spec, impatient.log, impatient.env, { lockWaitMs: 1500, lockPollMs: 300 });
    await expect(pruneCommand(impatient, { place: resticPlace(shortStore) })).rejects.toThrow(
      /could not be deleted completely.*stayed locked by another job.*restic unlock/s,
    );
    expect(
      spawnSync('restic', ['-r', repo, '--no-cache', 'snapshots', '--json'], {
        env: { PATH: process.env.PATH, RESTIC_PASSWORD: PASSWORD },
        encoding: 'utf8',
      }).stdout,
    ).toContain(ids[0]);

    // A patient prune: waits, and goes ahead once the other job is done.
    const io = testIo(pruneInputs, {}, root);
    const store = await openResticStore(spec, io.log, io.env, { lockWaitMs: 60_000, lockPollMs: 300 });
    const pruning = pruneCommand(io, { place: resticPlace(store) });
    await until('prune to wait for the lock', () => io.lines.some((l) => /is locked by another job; waiting/.test(l)));
    holder.stdin.end("the other job's data\n");
    await exited;
    const r = await pruning;
    expect(r.removed).toBe(1);
    expect(r.plan.remove.map((b) => b.id)).toEqual([ids.sort()[0]]);
  }, 180_000);
});
