import { Writable } from 'node:stream';
import { redact } from '../report/redact.js';
import { childEnv, runProcess } from '../util/exec.js';
import type { PlatformContext } from './platform.js';

// One way to run a platform CLI: in its own process group (so our timeout kills it and whatever it
// forked), with credentials in its environment only, every line logged redacted, and the output
// kept for the checks that decide whether an exit 0 really was a success.

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Output lines, stdout and stderr interleaved, the last few thousand. */
  lines: string[];
  /** stdout, when `captureStdout` was set (then it is neither logged nor in `lines`). */
  stdout: string;
}

export interface CliRunOptions {
  cwd: string;
  signal: AbortSignal;
  /** Written to stdin (answers to prompts), then stdin is closed. */
  input?: string;
  /** Extra environment for this call. */
  env?: Record<string, string>;
  /** Keep stdout out of the log and return it: machine-readable output, or output with credentials in it. */
  captureStdout?: boolean;
  /** Prefix of the log lines, usually the component. */
  label: string;
}

const MAX_LINES = 4000;
const MAX_STDOUT = 8 * 1024 * 1024;

function quote(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

export class Cli {
  constructor(
    private readonly ctx: PlatformContext,
    /** The executable (an absolute path once installed). */
    readonly bin: string,
    /** Its name for messages (`siteglide-cli`). */
    readonly name: string,
    /** The child environment: credentials live here, never in argv. */
    private readonly env: NodeJS.ProcessEnv,
    /** Values that must never appear on a command line. */
    private readonly secrets: readonly string[],
  ) {}

  /** Runs another program (bash, git) with this CLI's environment. */
  async exec(cmd: string, args: string[], o: CliRunOptions): Promise<CliResult> {
    for (const a of args) {
      for (const s of this.secrets) {
        if (s.length >= 4 && a.includes(s)) throw new Error(`refusing to run ${this.name}: a secret would appear on its command line`);
      }
    }
    const shown = cmd === this.bin ? this.name : cmd;
    this.ctx.log.info(`[${o.label}] $ ${redact([shown, ...args].map(quote).join(' '))}`);
    const lines: string[] = [];
    let stdout = '';
    const sink = o.captureStdout
      ? new Writable({
          write(chunk: Buffer, _e, cb) {
            if (stdout.length < MAX_STDOUT) stdout += chunk.toString();
            cb();
          },
        })
      : undefined;
    const r = await runProcess(cmd, args, {
      cwd: o.cwd,
      // Allow-listed (SECURITY.md): the CLI's own token passes, the runner's AWS/OIDC/GitHub
      // credentials, the inputs and the age identity do not; a restore pipes store bytes to it.
      env: { ...childEnv(this.env, ['*']), ...o.env },
      signal: o.signal,
      ...(o.input !== undefined ? { input: o.input } : {}),
      ...(sink ? { stdout: sink } : {}),
      onLine: (line) => {
        // Spinners redraw with carriage returns; the last frame is the message.
        const text = line.split('\r').pop()!.trimEnd();
        if (!text) return;
        lines.push(text);
        if (lines.length > MAX_LINES) lines.shift();
        this.ctx.log.info(`[${o.label}] ${redact(text)}`);
      },
    });
    return { code: r.code, signal: r.signal, lines, stdout };
  }

  run(args: string[], o: CliRunOptions): Promise<CliResult> {
    return this.exec(this.bin, args, o);
  }
}

/** The last few output lines, redacted, for an error message. */
export function lastOutput(r: CliResult, n = 4): string {
  const t = r.lines
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-n)
    .join(' | ');
  return t ? redact(t) : '(no output)';
}

/** "exited with 1" / "was killed by SIGKILL". */
export function exitText(r: CliResult): string {
  return r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
}

/** The first line matching any of the patterns. */
export function findLine(r: CliResult, patterns: RegExp[]): string | undefined {
  return r.lines.find((l) => patterns.some((p) => p.test(l)));
}
