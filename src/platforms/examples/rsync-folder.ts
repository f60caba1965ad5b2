import path from 'node:path';
import { ConfigError } from '../../model/errors.js';
import type { InputName } from '../../config/inputs.js';
import type { Component } from '../../model/manifest.js';
import { definePlatform, type ComponentHandler } from '../define.js';
import { judgeCli, type CliCommand } from '../judge.js';
import type { PlatformContext } from '../platform.js';
import { Cli } from '../run-cli.js';
import { requireTree } from '../verify.js';

// An example platform, documented in docs/development.md ("Adding a platform"): a site that is a
// folder reachable by rsync (a local path, or `host:path` over SSH), with the code at its top and
// the uploaded files under `files/`. It is not in the registry; test/platform-example.test.ts
// registers it and backs up and restores a folder through it. A real platform is this file plus
// one line in src/platforms/registry.ts, then `npm run gen` for its inputs and the docs.

/** The inputs this platform owns; they are read with ctx.inputs.get(). */
const SOURCE = 'rsync-source';
const TARGET = 'rsync-restore-target';

interface Rsync {
  ctx: PlatformContext;
  cli: Cli;
  source: string;
  /** Where restores go: `rsync-restore-target`, else the source itself. */
  target: string;
}

/** Where each component lives below the site folder, and what it leaves out. */
const LAYOUT: Record<'code' | 'assets', { dir: string; exclude: string[] }> = {
  code: { dir: '', exclude: ['/files/'] },
  assets: { dir: 'files/', exclude: [] },
};

/** The commands, as data: argv, and the lines that mean failure although rsync exited 0. */
const COMMANDS = {
  pull: (from: string, to: string, exclude: string[]): CliCommand => ({
    name: 'pull',
    args: ['-a', '--delete', ...exclude.map((e) => `--exclude=${e}`), '--', from, to],
    failed: [/some files\/attrs were not transferred/i],
  }),
  push: (from: string, to: string, exclude: string[]): CliCommand => ({
    name: 'push',
    args: ['-a', '--delete', ...exclude.map((e) => `--exclude=${e}`), '--', from, to],
    failed: [],
  }),
};

/** A local path or an rsync `host:path`, always naming a folder (a trailing slash copies its contents). */
function folder(base: string, sub: string): string {
  return `${base.replace(/\/+$/, '')}/${sub}`;
}

async function run(s: Rsync, cmd: CliCommand, label: string, signal: AbortSignal): Promise<void> {
  const r = await s.cli.run(cmd.args, { cwd: s.ctx.workDir, signal, label });
  // Exports retry a non-zero exit (exportAttempts would); a restore's is final.
  judgeCli(`rsync ${cmd.name}`, r, { failed: cmd.failed, exit: cmd.name === 'push' ? 'final' : 'transient' });
}

function component(c: 'code' | 'assets'): ComponentHandler<Rsync> {
  const { dir, exclude } = LAYOUT[c];
  return {
    async export(s, outDir, signal) {
      await run(s, COMMANDS.pull(folder(s.source, dir), `${outDir}/`, exclude), c, signal);
      // rsync of an empty or missing folder succeeds: an empty export must not count as a backup.
      await requireTree(outDir, `the ${c} (${folder(s.source, dir)})`);
    },
    async restore(s, inDir, opts) {
      s.ctx.log.info(`[${c}] restoring into ${folder(s.target, dir)} (${opts.targetEnvironment})`);
      await run(s, COMMANDS.push(`${inDir}/`, folder(s.target, dir), exclude), c, opts.signal);
    },
    // `rsync --delete` keeps outDir an exact mirror, so the pipeline may seed it with the last export.
    mirrors: true,
  };
}

export const rsyncFolderPlatform = definePlatform<Rsync>({
  name: 'rsync-folder',
  summary: 'A site folder reachable by rsync: the code at its top, the uploaded files under `files/`.',
  inputs: {
    [SOURCE]: { description: 'rsync-folder: the site folder, a local path or `host:path`.' },
    [TARGET]: {
      description: 'rsync-folder restores: the folder to restore into. Empty restores into `rsync-source`.',
      actions: ['restore'],
    },
  },
  check(ctx) {
    const source = ctx.inputs.get(SOURCE as InputName);
    if (!source)
      throw new ConfigError(
        SOURCE,
        'is required for `platform: rsync-folder`',
        'Set it to the site folder, such as `/srv/site` or `web1:/srv/site`.',
      );
    if (source.startsWith('-')) throw new ConfigError(SOURCE, `"${source}" starts with "-"`, 'Give a path or `host:path`.');
  },
  async open(ctx) {
    const source = ctx.inputs.get(SOURCE as InputName)!;
    const target = ctx.inputs.get(TARGET as InputName) ?? source;
    // rsync from the runner's PATH; a platform with a released CLI declares `cli` and gets it installed.
    const cli = new Cli(ctx, 'rsync', 'rsync', ctx.env, []);
    return { ctx, cli, source: path.normalize(source), target };
  },
  components: { code: component('code'), assets: component('assets') } satisfies Partial<Record<Component, ComponentHandler<Rsync>>>,
});
