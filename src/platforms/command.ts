import type { InputName } from '../config/inputs.js';
import { ConfigError } from '../model/errors.js';
import { COMPONENTS, type Component } from '../model/manifest.js';
import { redact } from '../report/redact.js';
import { sqlClientFailure } from '../util/dump-guard.js';
import { childEnv, lastLines, runProcess } from '../util/exec.js';
import { definePlatform, type ComponentHandler, type PlatformInput } from './define.js';
import type { PlatformContext } from './platform.js';

/**
 * The user's own shell commands, one per component. Each fills $BACKUP_OUT. This is the escape
 * hatch for any host we have no module for, and the base the other platforms were built from.
 */

interface Commands {
  ctx: PlatformContext;
  backup: Map<Component, string>;
  restore: Map<Component, string>;
}

const WHAT: Record<Component, string> = { code: 'the code', assets: 'the assets', data: 'the data (database dumps)' };
const RESTORE_WHAT: Record<Component, string> = {
  code: 'after the code is extracted, with `$BACKUP_IN` set to its folder.',
  assets: 'after the assets are extracted, with `$BACKUP_IN` set to their folder.',
  data: 'after the data is extracted, with `$BACKUP_IN` set to its folder (for example `mysql acme < "$BACKUP_IN/acme.sql"`).',
};

const INPUTS: Record<string, PlatformInput> = Object.fromEntries([
  ...COMPONENTS.map((c) => [
    `${c}-command`,
    {
      description: `For \`platform: command\`: a bash command that writes ${WHAT[c]} into the folder named by \`$BACKUP_OUT\`.`,
      actions: ['backup'],
    },
  ]),
  ...COMPONENTS.map((c) => [
    `${c}-restore-command`,
    { description: `For \`platform: command\`: a bash command run ${RESTORE_WHAT[c]}`, actions: ['restore'] },
  ]),
]);

function commandsFor(ctx: PlatformContext, suffix: string): Map<Component, string> {
  const m = new Map<Component, string>();
  for (const c of COMPONENTS) {
    const cmd = ctx.inputs.get(`${c}${suffix}` as InputName);
    if (cmd) m.set(c, cmd);
  }
  return m;
}

async function run(s: Commands, component: Component, script: string, extraEnv: Record<string, string>, signal: AbortSignal) {
  const { ctx } = s;
  // A restore command handles what came out of the store, which is hostile input (a dump
  // can make a client run shell commands): it gets every variable of the step except the
  // withheld ones (inputs, AWS and OIDC, GitHub and Actions tokens, the age identity,
  // restic's password). SECURITY.md, "Child processes get an allow-listed environment".
  const base = ctx.purpose === 'restore' ? childEnv(ctx.env, ['*']) : ctx.env;
  const r = await runProcess('bash', ['-eo', 'pipefail', '-c', script], {
    env: { ...base, ...extraEnv, SITE_BACKUP_SITE: ctx.site, SITE_BACKUP_ENVIRONMENT: ctx.environment, SITE_BACKUP_COMPONENT: component },
    signal,
    onLine: (line) => ctx.log.info(`[${component}] ${redact(line)}`),
  });
  if (r.code === 0) return;
  const why = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  // A restore command's output can quote the dump (a client's failing statement holds
  // rows): it is in the log line by line; the error, which summaries repeat, gets facts.
  if (ctx.purpose === 'restore') throw new Error(sqlClientFailure(`${component}-restore-command`, r));
  const tail = lastLines(r.stderrTail) || lastLines(r.stdoutTail);
  throw new Error(`${component}-command ${why}${tail ? `: ${redact(tail)}` : ''}`);
}

const handler = (c: Component): ComponentHandler<Commands> => ({
  export: (s, outDir, signal) => run(s, c, s.backup.get(c)!, { BACKUP_OUT: outDir }, signal),
  async restore(s, inDir, opts) {
    const cmd = s.restore.get(c);
    if (!cmd) return; // the restore command copies files into restore-dir; a hook is optional
    await run(s, c, cmd, { BACKUP_IN: inDir, SITE_BACKUP_TARGET_ENVIRONMENT: opts.targetEnvironment }, opts.signal);
  },
});

export const commandPlatform = definePlatform<Commands>({
  name: 'command',
  summary: 'Your own bash commands, one per component, each filling `$BACKUP_OUT`: any host we have no module for.',
  inputs: INPUTS,
  reads: ['restore-dir'],
  check(ctx) {
    if (commandsFor(ctx, '-command').size === 0 && ctx.purpose !== 'restore') {
      throw new ConfigError(
        'code-command',
        'no component command is set for `platform: command`',
        'Set at least one of `code-command`, `assets-command` or `data-command` to a bash command that writes into "$BACKUP_OUT".',
      );
    }
  },
  async open(ctx) {
    return { ctx, backup: commandsFor(ctx, '-command'), restore: commandsFor(ctx, '-restore-command') };
  },
  components: { code: handler('code'), assets: handler('assets'), data: handler('data') },
  covers: (s) => [...s.backup.keys()],
  explainUnsupported: (c) => `no \`${c}-command\` is set; set it to a bash command that writes the ${c} into "$BACKUP_OUT"`,
});
