import os from 'node:os';
import { parseArgs } from 'node:util';
import { INPUTS, type ActionName, type InputSpec } from './config/inputs.js';
import { mapSource } from './config/source.js';
import { CLI_DEFAULT_STORE, cliDefault, usage } from './commands/help.js';
import { COMMANDS, type CliCommand } from './commands/index.js';
import type { Io } from './config/io.js';
import { TOOL } from './core/tool.js';
import { errorTitle } from './report/errors.js';
import { redact, secretsInEnv } from './report/redact.js';
import { sweepLeftovers } from './util/cleanup.js';
import { consoleReporter, speak } from './config/surface.js';
import { closest, printable } from './util/text.js';

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
    if (!m) throw notAFlag(cmd, argv, i);
    const name = m[1]!;
    if (!(name in options)) throw new UsageError(`unknown flag --${name}.${didYouMean(name, names)} Run with --help to see the flags.`);
    if (isRepeatable(name)) {
      const v = a.includes('=')
        ? a.slice(a.indexOf('=') + 1)
        : argv[i + 1] !== undefined && !FLAG_RE.test(argv[i + 1]!)
          ? argv[++i]!
          : undefined;
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
      const word = nextIsValue ? SWITCH_WORDS[next.trim().toLowerCase()] : undefined;
      if (word) i++;
      joined.push(`--${name}=${word ?? 'true'}`);
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
  for (const [k, raw] of Object.entries(values)) {
    if (raw === undefined) continue;
    const v = isSwitch(cmd, k) ? SWITCH_WORDS[raw.trim().toLowerCase()] : raw;
    if (v === undefined) throw new UsageError(`--${k} is a switch: leave it bare for true, or write --${k}=true or --${k}=false`);
    emptyFlag(k, v);
    out[k] = v;
  }
  for (const [k, vs] of repeated) out[k] = vs.join('\n');
  return out;
}

/** What a switch accepts after it, as the boolean inputs do (parseBool). */
const SWITCH_WORDS: Record<string, 'true' | 'false'> = {
  true: 'true',
  yes: 'true',
  on: 'true',
  '1': 'true',
  false: 'false',
  no: 'false',
  off: 'false',
  '0': 'false',
};

/**
 * A word where a flag belongs. Right after a switch it is that switch's value gone wrong
 * (`--s3-force-path-style maybe`): the switch is named, not "argument 8". The word is never quoted.
 */
function notAFlag(cmd: CliCommand, argv: string[], i: number): UsageError {
  const prev = i > 0 ? FLAG_RE.exec(argv[i - 1]!) : null;
  if (prev && !argv[i - 1]!.includes('=') && isSwitch(cmd, prev[1]!)) {
    const n = prev[1]!;
    return new UsageError(
      `--${n} is a switch and takes true or false, not the word after it (argument ${i + 1}): leave it bare for true, or write --${n}=true or --${n}=false`,
    );
  }
  const after = i > 0 ? ` (it follows ${prev ? `--${prev[1]}, which already has its value` : 'a value'})` : '';
  return new UsageError(
    `argument ${i + 1} is not a flag${after}; flags look like --site acme (a value that starts with "--" is written --name=value, and one with spaces is quoted)`,
  );
}

/**
 * A flag given an empty value (`--retention ''`, often an unset shell variable) is refused when
 * its input has a default: empty would silently mean that default. In Actions an empty input
 * does mean the default, as action.yml shows, since the runner passes unset inputs as ''.
 */
function emptyFlag(name: string, value: string): void {
  if (value.trim() !== '') return;
  const spec = (INPUTS as Record<string, InputSpec>)[name];
  const d = spec && cliDefault(name, spec);
  if (d === undefined || d === '') return;
  throw new UsageError(`--${name} is empty; leave the flag out for its default (${d}), or give it a value (an unset shell variable?)`);
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
  if (
    rest.some(
      (a, i) =>
        (a === '--help' || a === '-h') && (i === 0 || !/^--[a-z][a-z0-9-]*$/.test(rest[i - 1]!) || isSwitch(cmd, rest[i - 1]!.slice(2))),
    )
  ) {
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
    // One line per output whatever a value holds: a name from the store cannot forge another `k=v` line.
    for (const [k, v] of outputs) process.stdout.write(`${k}=${printable(redact(v))}\n`);
    return 0;
  } catch (e) {
    log.error(withoutFlagValues((e as Error).message, flags), errorTitle(e, name));
    return 1;
  }
}

/** Values that are keys by their shape, whichever flag they were passed to. */
const KEY_SHAPE_RE = /-----BEGIN|AGE-SECRET-KEY-|\b(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{16,}/;

/**
 * An error may quote a flag's value (a site name, a backup id, a time zone): that says what was
 * wrong. Values of secret inputs are replaced by the flag's name, and so is a key passed to the
 * wrong flag (`--site "$(cat key)"`), by its shape: neither is masked yet when a usage error is
 * printed. A URL's password is redacted everywhere anyway (report/redact.ts).
 */
export function withoutFlagValues(message: string, flags: Record<string, string>): string {
  let out = message;
  const byLength = Object.entries(flags).sort((a, b) => b[1].length - a[1].length);
  for (const [name, value] of byLength) {
    const secret = (INPUTS as Record<string, InputSpec>)[name]?.secret === true;
    if (!secret && !KEY_SHAPE_RE.test(value)) continue;
    if (value.trim().length < 4) continue;
    out = out.split(value).join(`<the value of --${name}>`);
    // Error messages often quote only the start of a value ("AGE-SECRET-KEY-1QQ…"), or one line.
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 12) out = out.split(line.trim()).join(`<the value of --${name}>`);
  }
  return out;
}
