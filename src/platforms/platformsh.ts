import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import { inputOrDefault } from '../config/source.js';
import { listInput, requireSecret, retriesFrom } from './hosted.js';
import type { PlatformContext, PlatformDefinition, PlatformSession } from './platform.js';
import { FLAVOURS, openCli, type Flavour } from './platformsh/cli.js';
import { exporters, NAME_RE, type Parts } from './platformsh/export.js';
import { restoreArchive } from './platformsh/restore.js';
import { restoreSnapshot, SNAPSHOT_FILE, takeSnapshot, type SnapshotMode } from './platformsh/snapshot.js';

// Platform.sh and Upsun: one released CLI (platformsh/cli.ts), its commands as data
// (platformsh/commands.ts), an exporter (platformsh/export.ts), a restorer from our archives
// (platformsh/restore.ts) and the platform-side backup (platformsh/snapshot.ts).
//   code   = project:get: a clone of the environment's branch
//   assets = mount:download --all (rsync over SSH; one folder per mount path)
//   data   = db:dump --schema S for every schema of every database relationship
//   optionally backup:create [--live], recorded in the manifest as platformSnapshot

export { PLATFORMSH_CLI, UPSUN_CLI } from './platformsh/cli.js';
export { SNAPSHOT_FILE } from './platformsh/snapshot.js';

const SNAPSHOT_MODES: readonly SnapshotMode[] = ['false', 'true', 'live'];

interface Settings {
  project: string;
  app?: string;
  rels?: string[];
  snapshotMode: SnapshotMode;
  restoreFrom: 'archive' | 'snapshot';
}

function settings(ctx: PlatformContext, kind: Flavour): Settings {
  const f = FLAVOURS[kind];
  const project = ctx.inputs.get('project');
  if (!project)
    throw new ConfigError(
      'project',
      `is required for \`platform: ${kind}\``,
      `Set it to the project ID (as in \`${f.bin} project:list\` or the console URL).`,
    );
  if (!NAME_RE.test(project))
    throw new ConfigError('project', `"${project}" is not a project ID`, 'Use the ID, such as `abcdefgh1234567`.');
  const app = ctx.inputs.get('platformsh-app');
  if (app && !NAME_RE.test(app))
    throw new ConfigError('platformsh-app', `"${app}" is not an app name`, "Use the `name` from the app's configuration.");
  const rels = listInput(ctx, 'platformsh-relationships');
  for (const r of rels ?? [])
    if (!NAME_RE.test(r))
      throw new ConfigError('platformsh-relationships', `"${r}" is not a relationship name`, 'List names such as `database,reports`.');
  const snapshotMode = inputOrDefault(ctx.inputs, 'platformsh-backup')!.toLowerCase() as SnapshotMode;
  if (!SNAPSHOT_MODES.includes(snapshotMode)) {
    throw new ConfigError(
      'platformsh-backup',
      `"${snapshotMode}" is not one of false, true, live`,
      'Use `true` for a platform-side backup with each run, `live` for one without downtime, or `false`.',
    );
  }
  const restoreFrom = inputOrDefault(ctx.inputs, 'platformsh-restore-from')!;
  if (restoreFrom !== 'archive' && restoreFrom !== 'snapshot') {
    throw new ConfigError(
      'platformsh-restore-from',
      `"${restoreFrom}" is not archive or snapshot`,
      'Use `archive` (our dumps and files) or `snapshot` (the platform backup recorded in the manifest).',
    );
  }
  return { project, ...(app ? { app } : {}), ...(rels ? { rels } : {}), snapshotMode, restoreFrom };
}

function platformDefinition(kind: Flavour): PlatformDefinition {
  const f = FLAVOURS[kind];
  return {
    name: kind,
    async open(ctx: PlatformContext): Promise<PlatformSession> {
      const token = requireSecret(
        ctx,
        f.tokenVar,
        `the ${f.label} CLI needs an API token (a machine user's token from the console, Account > API tokens)`,
      );
      const s = settings(ctx, kind);
      retriesFrom(ctx); // a bad `retries` fails here, before anything is installed
      const cli = await openCli(ctx, f, token);
      const p: Parts = {
        ctx,
        f,
        cli,
        scope: { project: s.project, ...(s.app ? { app: s.app } : {}) },
        ...(s.rels ? { rels: s.rels } : {}),
      };
      const exportOne = exporters(p);
      let snapshot: Record<string, unknown> | undefined;
      let snapshotTaken = false;
      let snapshotRestored = false;

      return {
        components: ['code', 'assets', 'data'],
        explainUnsupported: (c) => `${kind} covers code, assets and data; "${c}" is not one of them`,
        // assets: mount:download --delete, an rsync mirror (pull-cache may seed it).
        mirrors: (c) => c === 'assets',
        async export(component, outDir, signal) {
          if (s.snapshotMode !== 'false' && !snapshotTaken) {
            // Once per run, before the first export, so it is as close to our copy as it can be.
            snapshotTaken = true;
            snapshot = await takeSnapshot(p, s.snapshotMode, signal);
          }
          await exportOne[component](outDir, signal);
          if (!snapshot) return;
          // Also inside each component's archive, so a snapshot restore works from any one of them.
          // A new file, never a write through a seeded hard link into the kept export.
          await rm(path.join(outDir, SNAPSHOT_FILE), { force: true });
          await writeFile(path.join(outDir, SNAPSHOT_FILE), JSON.stringify(snapshot, null, 2) + '\n');
          return { platformSnapshot: snapshot };
        },
        async restore(component, inDir, opts) {
          if (s.restoreFrom === 'archive') return restoreArchive(p, component, inDir, opts.targetEnvironment, opts.signal);
          if (snapshotRestored) {
            ctx.log.info(`[${component}] already restored by backup:restore (it restores code, data and files together)`);
            return;
          }
          await restoreSnapshot(p, inDir, opts.targetEnvironment, opts.signal, component);
          snapshotRestored = true;
        },
        async close() {},
      };
    },
  };
}

export const platformshPlatform = platformDefinition('platformsh');
export const upsunPlatform = platformDefinition('upsun');
