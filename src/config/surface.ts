import { addSecret, redact } from '../report/redact.js';
import type { Reporter } from '../report/reporter.js';
import { INPUTS } from './inputs.js';

/**
 * Where a person reads our words: the Actions log (inputs, `${{ }}` expressions) or a terminal
 * (flags, environment variables). Messages are written once, in the Actions form, and `speak`
 * is the one place that turns them into the CLI form: the CLI's reporter, its summary and its
 * help all go through it, so no message needs two spellings.
 */
export type Surface = 'action' | 'cli';

const INPUT_NAMES: ReadonlySet<string> = new Set(Object.keys(INPUTS));

/** A flag as a person types it: `--name value`, a bare `--name` for `true`, quoted when needed. */
function flag(name: string, value?: string): string {
  if (value === undefined || value === 'true') return `--${name}`;
  return /^[\w@%+=:,./<>*$-]+$/.test(value) ? `--${name} ${value}` : `--${name} '${value.replace(/'/g, "'\\''")}'`;
}

// Expressions the runner expands, in the terminal's words. Order matters: the most specific first.
const EXPRESSIONS: [RegExp, string][] = [
  // `env: { NAME: ${{ secrets.NAME }} }` is how a step gets a secret; in a shell it is an export.
  [/`env: \{ ([A-Za-z0-9_]+): \$\{\{ secrets\.[A-Za-z0-9_]+ \}\} \}`/g, '`export $1=…`'],
  [/`?\$\{\{ steps\.[^}]*?\.outcome \}\}`?/g, "the backup's outcome"],
  [/ \(pass `steps\.[^`]*` in an expression\)/g, ' (`success`, `failure`, `cancelled` or `skipped`)'],
  [/\$\{\{ toJSON\(secrets\) \}\}/g, 'a JSON object of the secrets'],
  [/\$\{\{ github\.token \}\}/g, '$GITHUB_TOKEN'],
  [/\$\{\{ (?:secrets|env|vars)\.([A-Za-z0-9_]+) \}\}/g, '$$$1'],
];

/** Turns a message written for Actions into the form the surface speaks. */
export function speak(text: string, surface: Surface): string {
  if (surface === 'action') return text;
  let out = text;
  for (const [re, to] of EXPRESSIONS) out = out.replace(re, to);
  // Hints written for the terminal inside an Actions message are now the message itself.
  out = out.replace(/ \(CLI: [^)]*\)/g, '');
  // "Input `site`: …" opens every ConfigError; in a terminal the flag names itself.
  out = out.replace(/\bInput `([a-z][a-z0-9-]*)`:/g, (m, n: string) => (INPUT_NAMES.has(n) ? `${flag(n)}:` : m));
  out = out.replace(/\b(?:the )?inputs? `([a-z][a-z0-9-]*)`/gi, (m, n: string) => (INPUT_NAMES.has(n) ? `\`${flag(n)}\`` : m));
  // `name: value` (a `with:` line) and a bare `name`, for names that are inputs.
  out = out.replace(/`([a-z][a-z0-9-]*): ([^`\n]*)`/g, (m, n: string, v: string) => (INPUT_NAMES.has(n) ? `\`${flag(n, v.trim())}\`` : m));
  out = out.replace(/`([a-z][a-z0-9-]*)`/g, (m, n: string) => (INPUT_NAMES.has(n) ? `\`${flag(n)}\`` : m));
  return out;
}

/** The annotation title in the CLI: the flag rather than "input site". */
export function speakTitle(title: string, surface: Surface): string {
  if (surface === 'action') return title;
  const m = /^input ([a-z][a-z0-9-]*)$/.exec(title);
  return m && INPUT_NAMES.has(m[1]!) ? flag(m[1]!) : speak(title, surface);
}

/**
 * The CLI's reporter: plain lines on stderr, so stdout stays machine-readable. Every line speaks
 * CLI (flags, environment variables), whatever words the core used.
 */
export function consoleReporter(stream: NodeJS.WritableStream = process.stderr): Reporter {
  const say = (m: string) => redact(speak(m, 'cli'));
  return {
    info: (m) => stream.write(say(m) + '\n'),
    warn: (m) => stream.write(`warning: ${say(m)}\n`),
    error: (m, title) => {
      const t = title ? speakTitle(title, 'cli') : undefined;
      const msg = say(m);
      // A flag's error opens with the flag already (`--site: …`): no title to repeat it.
      stream.write(`error${t && !msg.startsWith(`${t}:`) ? ` (${t})` : ''}: ${msg}\n`);
    },
    setSecret: (v) => addSecret(v),
  };
}
