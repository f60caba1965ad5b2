import { INPUTS, type ActionName, type InputSpec } from './config/inputs.js';
import { mapSource } from './config/source.js';
import { COMMANDS, type CliCommand } from './commands/index.js';
import type { Io } from './commands/io.js';
import { TOOL } from './core/tool.js';
import { errorTitle } from './report/errors.js';
import { redact } from './report/redact.js';
import { consoleReporter } from './report/reporter.js';

/** The CLI's own default store: a folder beside you, since there is no runner to hold artifacts. */
export const CLI_DEFAULT_STORE = 'site-backups';

export class UsageError extends Error {
  override name = 'UsageError';
}

function inputsFor(action: ActionName): [string, InputSpec][] {
  return (Object.entries(INPUTS) as [string, InputSpec][]).filter(([, s]) => s.actions.includes(action));
}

/** `--name value`, `--name=value`, and bare `--flag` for true. Flag names are the input names. */
export function parseFlags(cmd: CliCommand, argv: string[]): Record<string, string> {
  const known = new Set([...inputsFor(cmd.inputsOf).map(([n]) => n), ...Object.keys(cmd.extraFlags ?? {})]);
  const takesValue = (name: string) => cmd.extraFlags?.[name] ? Boolean(cmd.extraFlags[name]!.value) : true;
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(a);
    if (!m) throw new UsageError(`unexpected argument "${a}"; flags look like --site acme`);
    const name = m[1]!;
    if (!known.has(name)) throw new UsageError(`unknown flag --${name}; run with --help to see the flags`);
    if (m[2] !== undefined) out[name] = m[2];
    else if (takesValue(name) && i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) out[name] = argv[++i]!;
    else out[name] = 'true';
  }
  return out;
}

export function usage(name?: string): string {
  if (name && COMMANDS[name]) {
    const cmd = COMMANDS[name];
    const lines = [`site-backup ${name}: ${cmd.summary}`, '', 'Flags (named like the action inputs):'];
    for (const [n, s] of inputsFor(cmd.inputsOf)) lines.push(`  --${n.padEnd(26)} ${s.description.split('. ')[0]}${s.default ? ` (default: ${n === 'store' ? CLI_DEFAULT_STORE : s.default})` : ''}`);
    for (const [n, s] of Object.entries(cmd.extraFlags ?? {})) lines.push(`  --${n.padEnd(26)} ${s.description}`);
    return lines.join('\n') + '\n';
  }
  const lines = [`site-backup ${TOOL.version}: off-site backups of hosted websites`, '', 'Usage: site-backup <command> [--flag value ...]', '', 'Commands:'];
  for (const [n, c] of Object.entries(COMMANDS)) lines.push(`  ${n.padEnd(10)} ${c.summary}`);
  lines.push('', 'Run `site-backup <command> --help` for its flags.');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = consoleReporter();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write(`${TOOL.version}\n`);
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    log.error(`unknown command "${name}"`, 'usage');
    process.stderr.write(usage());
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(usage(name));
    return 0;
  }
  let flags: Record<string, string>;
  try {
    flags = parseFlags(cmd, rest);
  } catch (e) {
    log.error((e as Error).message, 'usage');
    return 2;
  }
  const outputs: [string, string][] = [];
  const io: Io = {
    inputs: mapSource({ store: CLI_DEFAULT_STORE, ...flags }),
    log,
    env,
    cwd: process.cwd(),
    setOutput: (k, v) => outputs.push([k, v]),
    summary: async (md) => {
      process.stderr.write('\n' + redact(md) + '\n');
    },
  };
  try {
    await cmd.run(io, flags);
    for (const [k, v] of outputs) process.stdout.write(`${k}=${redact(v)}\n`);
    return 0;
  } catch (e) {
    log.error((e as Error).message, errorTitle(e, name));
    return 1;
  }
}
