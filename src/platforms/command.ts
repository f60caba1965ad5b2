import type { InputName } from '../config/inputs.js';
import { ConfigError } from '../model/errors.js';
import { COMPONENTS, type Component } from '../model/manifest.js';
import { redact } from '../report/redact.js';
import { sqlClientFailure } from '../util/dump-guard.js';
import { childEnv, lastLines, runProcess } from '../util/exec.js';
import type { PlatformContext, PlatformDefinition, PlatformSession } from './platform.js';

/**
 * The user's own shell commands, one per component. Each fills $BACKUP_OUT. This is the escape
 * hatch for any host we have no module for, and the base the other platforms were built from.
 */
export const commandPlatform: PlatformDefinition = {
  name: 'command',
  async open(ctx: PlatformContext): Promise<PlatformSession> {
    const commands = new Map<Component, string>();
    for (const c of COMPONENTS) {
      const cmd = ctx.inputs.get(`${c}-command` as InputName);
      if (cmd) commands.set(c, cmd);
    }
    if (commands.size === 0 && ctx.purpose !== 'restore') {
      throw new ConfigError(
        'code-command',
        'no component command is set for `platform: command`',
        'Set at least one of `code-command`, `assets-command` or `data-command` to a bash command that writes into "$BACKUP_OUT".',
      );
    }
    const restoreCommands = new Map<Component, string>();
    for (const c of COMPONENTS) {
      const cmd = ctx.inputs.get(`${c}-restore-command` as InputName);
      if (cmd) restoreCommands.set(c, cmd);
    }
    const run = async (component: Component, script: string, extraEnv: Record<string, string>, signal: AbortSignal) => {
      // A restore command handles what came out of the store, which is hostile input (a dump
      // can make a client run shell commands): it gets every variable of the step except the
      // withheld ones (inputs, AWS and OIDC, GitHub and Actions tokens, the age identity,
      // restic's password). SECURITY.md, "Child processes get an allow-listed environment".
      const base = ctx.purpose === 'restore' ? childEnv(ctx.env, ['*']) : ctx.env;
      const r = await runProcess('bash', ['-eo', 'pipefail', '-c', script], {
        env: {
          ...base,
          ...extraEnv,
          SITE_BACKUP_SITE: ctx.site,
          SITE_BACKUP_ENVIRONMENT: ctx.environment,
          SITE_BACKUP_COMPONENT: component,
        },
        signal,
        onLine: (line) => ctx.log.info(`[${component}] ${redact(line)}`),
      });
      if (r.code !== 0) {
        const why = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
        // A restore command's output can quote the dump (a client's failing statement holds
        // rows): it is in the log line by line; the error, which summaries repeat, gets facts.
        if (ctx.purpose === 'restore') throw new Error(sqlClientFailure(`${component}-restore-command`, r));
        const tail = lastLines(r.stderrTail) || lastLines(r.stdoutTail);
        throw new Error(`${component}-command ${why}${tail ? `: ${redact(tail)}` : ''}`);
      }
    };
    return {
      components: [...commands.keys()],
      explainUnsupported: (c) => `no \`${c}-command\` is set; set it to a bash command that writes the ${c} into "$BACKUP_OUT"`,
      async export(component, outDir, signal) {
        await run(component, commands.get(component)!, { BACKUP_OUT: outDir }, signal);
      },
      async restore(component, inDir, opts) {
        const cmd = restoreCommands.get(component);
        if (!cmd) return; // the restore command copies files into restore-dir; a hook is optional
        await run(component, cmd, { BACKUP_IN: inDir, SITE_BACKUP_TARGET_ENVIRONMENT: opts.targetEnvironment }, opts.signal);
      },
      async close() {},
    };
  },
};
