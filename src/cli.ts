import os from 'node:os';
import { parseArgs } from 'node:util';
import { INPUTS, type ActionName, type InputSpec } from './config/inputs.js';
import { mapSource } from './config/source.js';
import { CLI_DEFAULT_STORE, usage } from './commands/help.js';
import { COMMANDS, type CliCommand } from './commands/index.js';
import type { Io } from './commands/io.js';
import { TOOL } from './core/tool.js';
import { errorTitle } from './report/errors.js';
import { redact, secretsInEnv } from './report/redact.js';
import { consoleReporter } from './report/reporter.js';
import { sweepLeftovers } from './util/cleanup.js';
import { speak } from './report/surface.js';
import { closest } from './util/text.js';

// Help (grouped what / where / how / safety) lives in commands/help.ts; this file parses.
export { CLI_DEFAULT_STORE, usage };

export class UsageError extends Error {
  override name = 'UsageError';
}

function inputsFor(action: ActionName): [string, InputSpec][] {
  return (Object.entries(INPUTS) as [string, InputSpec][]).filter(([, s]) => s.actions.includes(action));
}

/** A flag that is on or off: boolean inputs (default `true`/`false`) and extra flags without a value. */
function isSwitch(cmd: CliCommand, name: string): boolean {
  const extra = cmd.extraFlags?.[name];
  if (extra) return !extra.value;
  const d = (INPUTS as Record<string, InputSpec>)[name]?.default;
  return d === 'true' || d === 'false';
}

function didYouMean(name: string, known: Iterable<string>): string {
  const best = closest(name, known, Math.max(2, Math.floor(name.length / 3)));
  return best ? ` Did you mean --${best}?` : '';
}

/** A token that is a flag, never a value: `--name` or `--name=…` with a lower-case name, or -h. */
const FLAG_RE = /^--([a-z][a-z0-9-]*)(?:=|$)/;

/**
 * The one CLI flag parser: node:util parseArgs, strict. Flag names are the input names.
 * `--name value` and `--name=value` both work, and a value may start with `-` (a private key
 * begins `-----BEGIN`). A flag that needs a value and has none is a usage error (it used to become
 * "true": `--store` last backed up into ./true). Switches (boolean inputs, `--json`) may stand
 * bare for true, or take `true`/`false`. No error message ever holds a value: values can be
 * secrets, and a usage error is printed before anything is masked.
 */
export function parseFlags(cmd: CliCommand, argv: string[]): Record<string, string> {
  const names = [...inputsFor(cmd.inputsOf).map(([n]) => n), ...Object.keys(cmd.extraFlags ?? {})];
  const options: Record<string, { type: 'string' }> = {};
  for (const n of names) options[n] = { type: 'string' };
  // Join each value to its flag first, so parseArgs never has to guess whether `-…` is a value.
  const joined: string[] = [];
  // Values of repeatable flags (`--path a --path b`), one per line as the action input takes them.
  const repeated = new Map<string, string[]>();
  const isRepeatable = (n: string) => (INPUTS as Record<string, InputSpec>)[n]?.repeatable === true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = FLAG_RE.exec(a);
    if (!m) throw new UsageError(`argument ${i + 1} is not a flag; flags look like --site acme (a value that starts with "--" is written --name=value)`);
    const name = m[1]!;
    if (!(name in options)) throw new UsageError(`unknown flag --${name}.${didYouMean(name, names)} Run with --help to see the flags.`);
    if (isRepeatable(name)) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1] !== undefined && !FLAG_RE.test(argv[i + 1]!) ? argv[++i]! : undefined;
      if (v === undefined) throw new UsageError(`--${name} needs a value: --${name} <value> or --${name}=<value>`);
      repeated.set(name, [...(repeated.get(name) ?? []), v]);
      continue;
    }
    if (a.includes('=')) {
      joined.push(a);
      continue;
    }
    const next = argv[i + 1];
    const nextIsValue = next !== undefined && !FLAG_RE.test(next);
    if (isSwitch(cmd, name)) {
      if (nextIsValue && (next === 'true' || next === 'false')) joined.push(`--${name}=${argv[++i]}`);
      else joined.push(`--${name}=true`);
    } else if (nextIsValue) joined.push(`--${name}=${argv[++i]}`);
    else throw new UsageError(`--${name} needs a value: --${name} <value> or --${name}=<value>`);
  }
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ args: joined, options, strict: true, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (e) {
    // Our pre-pass leaves parseArgs nothing to reject; should it, say which flag and never the value.
    const code = (e as { code?: string }).code ?? 'error';
    throw new UsageError(`the flags could not be read (${code}); run with --help to see the flags`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (isSwitch(cmd, k) && v !== 'true' && v !== 'false') throw new UsageError(`--${k} is a switch: leave it bare, or write --${k}=true or --${k}=false`);
    out[k] = v;
  }
  for (const [k, vs] of repeated) out[k] = vs.join('\n');
  return out;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = consoleReporter();
  // Secrets in the environment (SECURITY.md has the rule) are masked before anything runs.
  for (const v of secretsInEnv(env)) log.setSecret(v);
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
  // -h/--help anywhere, but not as another flag's value (`--ssh-key -h` is a strange key, yet a value).
  if (rest.some((a, i) => (a === '--help' || a === '-h') && (i === 0 || !/^--[a-z][a-z0-9-]*$/.test(rest[i - 1]!) || isSwitch(cmd, rest[i - 1]!.slice(2))))) {
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
  await sweepLeftovers(env.RUNNER_TEMP ?? os.tmpdir(), log);
  const outputs: [string, string][] = [];
  const io: Io = {
    inputs: mapSource({ store: CLI_DEFAULT_STORE, ...flags }),
    log,
    env,
    cwd: process.cwd(),
    setOutput: (k, v) => outputs.push([k, v]),
    summary: async (md) => {
      process.stderr.write('\n' + redact(withoutFlagValues(speak(md, 'cli'), flags)) + '\n');
    },
  };
  try {
    await cmd.run(io, flags);
    for (const [k, v] of outputs) process.stdout.write(`${k}=${redact(v)}\n`);
    return 0;
  } catch (e) {
    log.error(withoutFlagValues((e as Error).message, flags), errorTitle(e, name));
    return 1;
  }
}

/**
 * An error names a flag, never quotes its value: a secret passed to the wrong flag (`--site
 * "$(cat key)"`) is not masked, and would be printed whole by an error about that flag.
 */
export function withoutFlagValues(message: string, flags: Record<string, string>): string {
  let out = message;
  const byLength = Object.entries(flags).sort((a, b) => b[1].length - a[1].length);
  for (const [name, value] of byLength) {
    // Short values (`zstd`, `true`, a site name) would blank ordinary words, and paths and URLs
    // (`sites.yml`, `s3://bucket/x`; a URL's password is redacted anyway) say what was wrong.
    const multiWord = /\s|-----/.test(value);
    const pathLike = /^(\.{0,2}\/|~\/|[a-z][a-z0-9+.-]*:\/\/)/i.test(value) || /^[\w./-]+\.[a-z0-9]{1,5}$/i.test(value);
    if (!multiWord && (value.length < 16 || pathLike)) continue;
    out = out.split(value).join(`<the value of --${name}>`);
    // Error messages often quote only the start of a value ("age1ql3z7hjy…").
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 16) out = out.split(line.trim()).join(`<the value of --${name}>`);
  }
  return out;
}
