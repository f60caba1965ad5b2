import { addSecret, redact } from './redact.js';
import { speak, speakTitle } from './surface.js';

/** What the core says to a person. Actions and the CLI each provide one. */
export interface Reporter {
  info(message: string): void;
  warn(message: string): void;
  /** An error annotation: `title` names what failed (a component, an input). */
  error(message: string, title?: string): void;
  /** Masks a value from now on, in the runner's log and in everything we write. */
  setSecret(value: string | undefined): void;
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
