import { addSecret, redact } from './redact.js';

/** What the core says to a person. Actions and the CLI each provide one. */
export interface Reporter {
  info(message: string): void;
  warn(message: string): void;
  /** An error annotation: `title` names what failed (a component, an input). */
  error(message: string, title?: string): void;
  /** Masks a value from now on, in the runner's log and in everything we write. */
  setSecret(value: string | undefined): void;
}

/** The CLI's reporter: plain lines on stderr, so stdout stays machine-readable. */
export function consoleReporter(stream: NodeJS.WritableStream = process.stderr): Reporter {
  return {
    info: (m) => stream.write(redact(m) + '\n'),
    warn: (m) => stream.write(`warning: ${redact(m)}\n`),
    error: (m, title) => stream.write(`error${title ? ` (${title})` : ''}: ${redact(m)}\n`),
    setSecret: (v) => addSecret(v),
  };
}
