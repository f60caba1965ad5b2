import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { pruneCommand } from '../src/commands/prune.js';
import { restoreCommand } from '../src/commands/restore.js';
import { verifyCommand } from '../src/commands/verify.js';
import { makeBackupId } from '../src/model/backup-id.js';
import { keptTimelineMermaid } from '../src/summaries/prune.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// What a person sees in Actions: a job summary on failure as well as on success (what failed,
// why, what was kept, the next step), outputs a later step can use, and prune's kept backups on
// a timeline GitHub renders.

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const DATA = { 'data-command': 'echo "select 1;" > "$BACKUP_OUT/x.sql"' };
const STEP_ENV = { GITHUB_JOB: 'nightly', GITHUB_ACTION: 'backup' };

describe('backup', () => {
  it('sets manifest-sha256 to the digest of manifest.json as stored, also when max-age skips', async () => {
    const cwd = await tempDir('sba-summary-');
    const store = path.join(cwd, 'store');
    const io = testIo({ site: 'acme', store, ...DATA }, {}, cwd);
    const r = await backupCommand(io);
    const stored = await readFile(path.join(store, 'acme/production', r.id, 'manifest.json'));
    expect(io.outputs['manifest-sha256']).toBe(sha256(stored));
    expect(io.outputs['artifact-id']).toBeUndefined();
    const skip = testIo({ site: 'acme', store, 'max-age': '1h', ...DATA }, {}, cwd);
    await backupCommand(skip);
    expect(skip.outputs).toMatchObject({ skipped: 'true', 'backup-id': r.id, 'manifest-sha256': sha256(stored) });
  });

  it('a failed component leaves a summary: what failed, why, the newest backup kept, and the next step', async () => {
    const cwd = await tempDir('sba-summary-');
    const store = path.join(cwd, 'store');
    const good = await backupCommand(testIo({ site: 'acme', store, ...DATA }, {}, cwd));
    const io = testIo({ site: 'acme', store, 'data-command': 'echo "password=hunter2hunter2"; exit 3' }, STEP_ENV, cwd);
    await expect(backupCommand(io)).rejects.toThrow(/data-command exited with 3/);
    expect(io.summaries).toHaveLength(1);
    const md = io.summaries[0]!;
    expect(md).toMatch(/^## ❌ Backup failed: acme\/production$/m);
    expect(md).toContain('**What failed**: the `data` component in step `nightly / backup`.');
    expect(md).toContain('**Why**: the `data` component failed: `data-command` exited with 3.');
    expect(md).toContain(`**What was kept**: Nothing of this run was stored as a backup`);
    expect(md).toContain(`The newest complete backup, \`${good.id}\` (`);
    expect(md).toContain('**Next step**: Open the log at the error');
    // The command's own output stays in the log: the summary is our classification only.
    expect(md).not.toContain('hunter2hunter2');
    expect(md).not.toContain('password=');
  });

  it('the CLI prints the same summary, speaking flags instead of inputs', async () => {
    const cwd = await tempDir('sba-summary-');
    // A component that outlives `timeout`: the summary's advice names the input to raise.
    const args = ['backup', '--site', 'acme', '--store', path.join(cwd, 'store'), '--data-command', 'sleep 30', '--timeout', '1s'];
    const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.resolve('src/bin/cli.ts'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^## ❌ Backup failed: acme\/production$/m);
    expect(r.stderr).toContain('**Why**: the `data` component timed out after 1.0s (raise `--timeout` if the site needs longer).');
    expect(r.stderr).toContain('**Next step**: Raise `--timeout` if the site needs longer');
    expect(r.stderr).not.toMatch(/`timeout`/);
  }, 60_000);

  it('a refused input leaves a summary that says nothing was read or written', async () => {
    const cwd = await tempDir('sba-summary-');
    const io = testIo({ site: 'acme', store: path.join(cwd, 'store'), compression: 'brotli', ...DATA }, {}, cwd);
    await expect(backupCommand(io)).rejects.toThrow(/compression/);
    expect(io.summaries[0]).toContain('**What failed**: input `compression`.');
    expect(io.summaries[0]).toMatch(/^> Input `compression`: .*brotli/m);
    expect(io.summaries[0]).toContain('**What was kept**: Nothing was read or written');
    expect(io.summaries[0]).toContain('**Next step**: Fix the input named above');
  });
});

describe('restore', () => {
  it('a refused restore of a protected environment leaves a summary: the target was not changed', async () => {
    const cwd = await tempDir('sba-summary-');
    const store = path.join(cwd, 'store');
    await backupCommand(testIo({ site: 'acme', store, ...DATA }, {}, cwd));
    const io = testIo({ site: 'acme', store, 'restore-dir': path.join(cwd, 'out') }, {}, cwd);
    await expect(restoreCommand(io)).rejects.toThrow(/confirm/);
    const md = io.summaries.at(-1)!;
    expect(md).toMatch(/^## ❌ Restore failed: acme\/production$/m);
    expect(md).toContain('**What failed**: input `confirm`.');
    expect(md).toContain('every backup in it is as it was. The target was not changed.');
  });
});

describe('verify', () => {
  it('with no backup to check leaves a failure summary; with one, its own summary only', async () => {
    const cwd = await tempDir('sba-summary-');
    const store = path.join(cwd, 'store');
    const none = testIo({ site: 'acme', store, mode: 'verify' }, {}, cwd);
    await expect(verifyCommand(none)).rejects.toThrow();
    expect(none.summaries).toHaveLength(1);
    expect(none.summaries[0]).toMatch(/^## ❌ Verify failed: acme\/production$/m);
    expect(none.summaries[0]).toContain('**What was kept**: Verify only reads');
    await backupCommand(testIo({ site: 'acme', store, ...DATA }, {}, cwd));
    const ok = testIo({ site: 'acme', store, mode: 'verify' }, {}, cwd);
    await verifyCommand(ok);
    expect(ok.summaries).toHaveLength(1);
    expect(ok.summaries[0]).not.toContain('❌');
  });
});

describe('prune', () => {
  const NOW = new Date('2026-03-01T12:00:00Z');

  async function seed(root: string, times: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const t of times) {
      const id = makeBackupId(new Date(t), 'scheduled', 'r1');
      await mkdir(path.join(root, 'acme/production', id), { recursive: true });
      await writeFile(path.join(root, 'acme/production', id, 'manifest.json'), '{}');
      ids.push(id);
    }
    return ids;
  }

  it('shows the kept backups on a Mermaid timeline by rule, well-formed, beside the plan', async () => {
    const root = await tempDir('sba-summary-');
    // Ten nights and two older month ends: daily keeps the last 3, weekly 2, monthly 2.
    const times = [...Array(10).keys()].map((d) => new Date(NOW.getTime() - (d + 1) * 86_400_000 + 3 * 3_600_000).toISOString());
    times.push('2026-01-31T03:00:00Z', '2025-12-31T03:00:00Z');
    await seed(root, times);
    const io = testIo({ site: 'acme', store: root, retention: 'daily=3,weekly=2,monthly=2' });
    const r = await pruneCommand(io, { now: () => NOW });
    expect(io.outputs).toMatchObject({ kept: String(r.kept), removed: String(r.removed) });
    const md = io.summaries[0]!;
    const block = /```mermaid\n([^]*?)\n```/.exec(md)?.[1];
    expect(block).toBeDefined();
    const lines = block!.split('\n');
    // Structure a Mermaid gantt parser needs: the header, then sections of milestones, and no
    // `:`, `#` or `;` in titles, section names or labels (they end a statement).
    expect(lines.slice(0, 4)).toEqual([
      'gantt',
      '    title Kept backups of acme/production by rule (UTC)',
      '    dateFormat YYYY-MM-DD HH:mm',
      '    axisFormat %Y-%m-%d',
    ]);
    const sections: string[] = [];
    let milestones = 0;
    for (const l of lines.slice(4)) {
      const s = /^ {4}section ([^:#;]+)$/.exec(l);
      if (s) {
        sections.push(s[1]!);
        continue;
      }
      expect(l).toMatch(/^ {4}\d{8}T\d{6}Z : milestone, \d{4}-\d\d-\d\d \d\d:\d\d, 0d$/);
      milestones++;
    }
    expect(sections).toEqual(['daily', 'weekly', 'monthly']);
    // A backup kept by two rules is on both rows; every kept backup is on at least one.
    expect(milestones).toBeGreaterThanOrEqual(r.kept);
    const daily = lines.slice(lines.indexOf('    section daily') + 1, lines.indexOf('    section weekly'));
    expect(daily).toHaveLength(3);
    // Oldest first along the axis.
    expect([...daily].sort()).toEqual(daily);
    expect(md.indexOf('```mermaid')).toBeLessThan(md.indexOf('| id | time (UTC) |'));
  });

  it('has no timeline when nothing is kept', () => {
    expect(keptTimelineMermaid('a', 'p', [])).toBeUndefined();
  });

  it('a prune that fails says so in its summary, with what was kept', async () => {
    const root = await tempDir('sba-summary-');
    await seed(root, ['2026-02-01T03:00:00Z']);
    const io = testIo({ site: 'acme', store: root, 'max-age': '2d' });
    await expect(pruneCommand(io, { now: () => NOW })).rejects.toThrow();
    const md = io.summaries[0]!;
    expect(md).toMatch(/^## ❌ Prune failed: acme\/production$/m);
    expect(md).toContain('**What was kept**: 1 backup is kept; nothing else was deleted.');
    expect(md).toContain('## Prune acme/production');
  });
});
