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

/** Lines that name a failure better than an exit code can (a refused token, a missing project): final. */
export interface LineRule {
  lines: RegExp[];
  error(line: string): Error;
}

export interface Verdict {
  /** Checked first, in order, whatever the exit code: credentials refused, a project not found. */
  known?: LineRule[];
  /** Reads the output for a failure it can name better, before the exit code counts. */
  clearer?: (r: CliResult) => void;
  /** A non-zero exit is worth another attempt (default), final, or left to the caller (a deploy reads its lines). */
  exit?: 'transient' | 'final' | 'ignore';
  /** What a non-zero exit means, when the CLI says nothing clearer. */
  why?: string;
  /** Lines that mean failure although the CLI exited 0: worth another attempt. */
  failed?: RegExp[];
}

/** Throws when the run failed; a TransientError when another attempt may succeed. */
export function judgeCli(what: string, r: CliResult, v: Verdict): void {
  for (const rule of v.known ?? []) {
    const line = findLine(r, rule.lines);
    if (line) throw rule.error(line);
  }
  v.clearer?.(r);
  if (r.code !== 0 && v.exit !== 'ignore') {
    const message = `${what} ${exitText(r)}: ${v.why ? `${v.why}; ` : ''}${lastOutput(r)}`;
    throw v.exit === 'final' ? new Error(message) : new TransientError(message);
  }
  const fail = findLine(r, v.failed ?? []);
  if (fail) throw new TransientError(`${what} reported "${redact(fail.trim())}" (and exited 0)`);
}
