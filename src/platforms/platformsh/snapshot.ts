import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { redact } from '../../report/redact.js';
import { freshDir } from '../hosted.js';
import { exitText, lastOutput } from '../run-cli.js';
import { checkedRun, judge } from './cli.js';
import { commands } from './commands.js';
import { NAME_RE, type Parts } from './export.js';

// The platform-side backup (`platformsh-backup`): backup:create --wait, recorded in the manifest,
// and backup:restore --target for `platformsh-restore-from: snapshot`.
//
// backup:create warns "this may delete an older backup if the quota has been reached", and it
// does: so we list the backups before and after, record the ones that went, take the new id
// only from the CLI's "Backup name:" line or from the list's difference (never the newest listed
// one, which may be an old backup), and check that a recorded id still exists before restoring.

/** The file that carries the platform snapshot inside each archive, for snapshot restores. */
export const SNAPSHOT_FILE = 'platform-snapshot.json';

export type SnapshotMode = 'false' | 'true' | 'live';

async function listBackups(p: Parts, environment: string, signal: AbortSignal, label: string): Promise<string[]> {
  const stage = await freshDir(p.ctx, 'psh-backup-list');
  const r = await p.cli.run(commands.backupList(p.scope, environment), { cwd: stage, signal, label, captureStdout: true });
  judge(p.f, p.scope.project, r, 'backup:list');
  // It exits 1 when the environment has no backup at all.
  if (r.code !== 0 && r.lines.some((l) => /no backups found/i.test(l))) return [];
  if (r.code !== 0) throw new Error(`${p.f.bin} backup:list ${exitText(r)}: ${lastOutput(r)}`);
  return r.stdout
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function takeSnapshot(p: Parts, mode: SnapshotMode, signal: AbortSignal): Promise<Record<string, unknown>> {
  const { ctx, f, cli, scope } = p;
  const environment = ctx.environment;
  const live = mode === 'live';
  const before = await listBackups(p, environment, signal, 'snapshot');
  const stage = await freshDir(ctx, 'psh-backup');
  const r = await checkedRun(
    cli,
    f,
    scope.project,
    commands.backupCreate(scope, environment, live),
    { cwd: stage, signal, label: 'snapshot' },
    {
      sub: 'backup:create',
      why: 'the platform would not take a backup (another activity running, an inactive environment, or a user who is not an admin)',
    },
  );
  const after = await listBackups(p, environment, signal, 'snapshot');
  const fresh = after.filter((id) => !before.includes(id));
  let id = r.lines.map((l) => /Backup name:\s*(\S+)/i.exec(l)?.[1]).find(Boolean);
  if (!id) {
    // No name printed (the activity reported none): only a backup that was not there before will do.
    if (fresh.length !== 1) {
      throw new Error(
        `${f.bin} backup:create reported success but printed no backup name, and \`backup:list\` shows ${fresh.length} new backups, so which one it made is unknown`,
      );
    }
    id = fresh[0]!;
    ctx.log.warn(`[snapshot] backup:create printed no backup name; recording ${id}, the one backup that was not listed before`);
  }
  if (!NAME_RE.test(id)) throw new Error(`${f.bin} backup:create printed an unexpected backup name "${redact(id).slice(0, 40)}"`);
  if (!after.includes(id)) throw new Error(`${f.bin} backup:create named backup ${id}, but \`backup:list\` does not list it`);
  const deleted = before.filter((b) => !after.includes(b));
  if (deleted.length) {
    ctx.log.warn(
      `[snapshot] the platform deleted ${deleted.length} older backup${deleted.length === 1 ? '' : 's'} of ${environment} to make room (its quota was reached): ${deleted.join(', ')}`,
    );
  }
  ctx.log.info(`[snapshot] ${f.label} backup ${id} of ${scope.project}/${environment}${live ? ' (live)' : ''}`);
  return {
    provider: f.kind,
    project: scope.project,
    environment,
    backupId: id,
    live,
    createdAt: new Date().toISOString(),
    ...(deleted.length ? { deletedBackups: deleted } : {}),
  };
}

/** The snapshot recorded with the backup: the copy inside the archive. */
async function recorded(p: Parts, inDir: string): Promise<{ id: string; environment: string }> {
  let rec: Record<string, unknown> | undefined;
  try {
    rec = JSON.parse(await readFile(path.join(inDir, SNAPSHOT_FILE), 'utf8')) as Record<string, unknown>;
  } catch {
    rec = undefined;
  }
  const id = rec?.backupId;
  if (typeof id !== 'string' || !NAME_RE.test(id)) {
    throw new Error(
      '`platformsh-restore-from: snapshot` needs a platform backup recorded with this backup, and there is none; back up with `platformsh-backup: true`, or restore from the archive',
    );
  }
  if (rec?.project && rec.project !== p.scope.project)
    throw new Error(`the recorded platform backup ${id} belongs to project ${String(rec.project)}, not ${p.scope.project}`);
  const environment = typeof rec?.environment === 'string' && NAME_RE.test(rec.environment) ? rec.environment : p.ctx.environment;
  return { id, environment };
}

export async function restoreSnapshot(p: Parts, inDir: string, target: string, signal: AbortSignal, label: string): Promise<void> {
  const { ctx, f, cli, scope } = p;
  const { id, environment } = await recorded(p, inDir);
  // A recorded id can be gone: a later backup:create deletes the oldest when the quota is full.
  const existing = await listBackups(p, environment, signal, label);
  if (!existing.includes(id)) {
    throw new Error(
      `the platform backup ${id} recorded with this backup no longer exists on ${environment} (the platform deletes the oldest backup when a new one exceeds the quota, and backups expire); restore from the archive with \`platformsh-restore-from: archive\``,
    );
  }
  const stage = await freshDir(ctx, 'psh-restore');
  await checkedRun(
    cli,
    f,
    scope.project,
    commands.backupRestore(scope, environment, id, target),
    { cwd: stage, signal, label },
    {
      sub: `backup:restore ${id} --target ${target}`,
      why: 'the backup is missing or not restorable, or the target is not active',
    },
  );
}
