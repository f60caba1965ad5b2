import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import { inputOrDefault } from '../config/source.js';
import { HOSTED_INPUTS, listInput, retriesFrom } from './hosted.js';
import type { Component } from '../model/manifest.js';
import { definePlatform, type ComponentHandler, type PlatformInput } from './define.js';
import type { ExportResult, PlatformContext, RestoreOptions } from './platform.js';
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

interface Session {
  p: Parts;
  s: Settings;
  exportOne: ReturnType<typeof exporters>;
  snapshot?: Record<string, unknown>;
  snapshotTaken: boolean;
  snapshotRestored: boolean;
}

async function exportWithSnapshot(st: Session, component: Component, outDir: string, signal: AbortSignal): Promise<ExportResult | void> {
  if (st.s.snapshotMode !== 'false' && !st.snapshotTaken) {
    // Once per run, before the first export, so it is as close to our copy as it can be.
    st.snapshotTaken = true;
    st.snapshot = await takeSnapshot(st.p, st.s.snapshotMode, signal);
  }
  await st.exportOne[component](outDir, signal);
  if (!st.snapshot) return;
  // Also inside each component's archive, so a snapshot restore works from any one of them.
  // A new file, never a write through a seeded hard link into the kept export.
  await rm(path.join(outDir, SNAPSHOT_FILE), { force: true });
  await writeFile(path.join(outDir, SNAPSHOT_FILE), JSON.stringify(st.snapshot, null, 2) + '\n');
  return { platformSnapshot: st.snapshot };
}

async function restoreOne(st: Session, component: Component, inDir: string, opts: RestoreOptions): Promise<void> {
  if (st.s.restoreFrom === 'archive') return restoreArchive(st.p, component, inDir, opts.targetEnvironment, opts.signal);
  if (st.snapshotRestored) {
    st.p.ctx.log.info(`[${component}] already restored by backup:restore (it restores code, data and files together)`);
    return;
  }
  await restoreSnapshot(st.p, inDir, opts.targetEnvironment, opts.signal, component);
  st.snapshotRestored = true;
}

const handler = (c: Component, mirrors = false): ComponentHandler<Session> => ({
  export: (st, outDir, signal) => exportWithSnapshot(st, c, outDir, signal),
  restore: (st, inDir, opts) => restoreOne(st, c, inDir, opts),
  mirrors,
});

/** The inputs both flavours read; declared once, by platformsh. */
const PSH_INPUTS: Record<string, PlatformInput> = {
  'platformsh-app': { description: 'Platform.sh/Upsun: the application name (`--app`) in a multi-app project.' },
  'platformsh-relationships': {
    description:
      'Platform.sh/Upsun: database relationships to dump, separated by commas. Empty dumps every MySQL, MariaDB and PostgreSQL relationship; each schema of a relationship is dumped to its own file (`db:dump --schema`).',
  },
  'platformsh-backup': {
    description:
      'Platform.sh/Upsun: also take a platform-side `backup:create` and record it in the manifest as `platformSnapshot`: `false`, `true`, or `live` (adds `--live`: no downtime, but not guaranteed consistent).',
    default: 'false',
    actions: ['backup'],
  },
  'platformsh-restore-from': {
    description:
      'Platform.sh/Upsun restores: `archive` imports our archives (`sql` and `mount:upload`); `snapshot` runs `backup:restore --target` with the platform backup recorded in the manifest (code, data and files together).',
    default: 'archive',
    actions: ['restore'],
  },
};

function platformDefinition(kind: Flavour) {
  const f = FLAVOURS[kind];
  return definePlatform<Session>({
    name: kind,
    summary: `${f.label} through the released ${f.bin} CLI: code with \`project:get\`, assets with \`mount:download\`, data with \`db:dump\` per schema; optionally a platform-side \`backup:create\`.`,
    inputs: PSH_INPUTS,
    reads: ['project', ...HOSTED_INPUTS],
    secrets: [
      {
        name: f.tokenVar,
        purpose: `the ${f.label} CLI needs an API token (a machine user's token from the console, Account > API tokens)`,
      },
    ],
    check(ctx) {
      settings(ctx, kind);
      retriesFrom(ctx); // a bad `retries` fails here, before anything is installed
    },
    cli: f.tool,
    async open(ctx, { secrets, cli: installed }) {
      const s = settings(ctx, kind);
      const cli = await openCli(ctx, f, secrets[f.tokenVar]!, installed!);
      const scope = { project: s.project, ...(s.app ? { app: s.app } : {}) };
      const p: Parts = { ctx, f, cli, scope, ...(s.rels ? { rels: s.rels } : {}) };
      return { p, s, exportOne: exporters(p), snapshotTaken: false, snapshotRestored: false };
    },
    // assets: mount:download --delete, an rsync mirror (pull-cache may seed it).
    components: { code: handler('code'), assets: handler('assets', true), data: handler('data') },
  });
}
export const platformshPlatform = platformDefinition('platformsh');
export const upsunPlatform = platformDefinition('upsun');
