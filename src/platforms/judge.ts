import { redact } from '../report/redact.js';
import { TransientError } from './retry.js';
import { exitText, findLine, lastOutput, type CliResult } from './run-cli.js';

// The one judge of a platform CLI's run. Exit codes alone lie: the CLIs print a failure and exit
// 0 (a job that ended `failed`, a give-up after polling), or save an HTML error page under the
// file's name (the content check in index.ts reads every export back for that). What a run's
// lines and code mean is decided here, in this order: refused credentials (never retried), a
// non-zero exit, then a line that means failure although the exit was 0.

/** A CLI command, as data: its argv, and the lines that mean it failed although it exited 0. */
export interface CliCommand {
  /** For messages: `export -a -w`. */
  name: string;
  args: string[];
  failed: RegExp[];
}

export interface Verdict {
  /** Lines that mean the credentials were refused; `refusedError` builds the (permanent) error. */
  refused?: { lines: RegExp[]; error(line: string): Error };
  /** A non-zero exit is worth another attempt (default), final, or left to the caller (a deploy reads its lines). */
  exit?: 'transient' | 'final' | 'ignore';
  /** Failure lines beside the command's own. */
  failed?: RegExp[];
}

/** Throws when the run failed; a TransientError when another attempt may succeed. */
export function judgeCli(what: string, r: CliResult, v: Verdict): void {
  if (v.refused) {
    const line = findLine(r, v.refused.lines);
    if (line) throw v.refused.error(line);
  }
  if (r.code !== 0 && v.exit !== 'ignore') {
    const message = `${what} ${exitText(r)}: ${lastOutput(r)}`;
    throw v.exit === 'final' ? new Error(message) : new TransientError(message);
  }
  const fail = findLine(r, v.failed ?? []);
  if (fail) throw new TransientError(`${what} reported "${redact(fail.trim())}" (and exited 0)`);
}
