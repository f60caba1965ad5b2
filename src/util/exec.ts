import { spawn } from 'node:child_process';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { trackGroup } from './cleanup.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Written to stdin, then stdin is closed: a string answers prompts such as `(Y/n)`, a stream
   * feeds a dump into a database client without holding it in memory.
   */
  input?: string | Readable;
  /** Aborting kills the whole process group, children included. */
  signal?: AbortSignal;
  /** Each line of stdout and stderr, for the log. Callers redact. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Send stdout here instead of to onLine (for dumps streamed to a file). */
  stdout?: Writable;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last few KiB of output, for error messages. */
  stdoutTail: string;
  stderrTail: string;
}

const TAIL = 8192;
const LINE_END_RE = /[\r\n]/;

/**
 * The last `max` characters of a stream, in whole lines. A tail cut inside a line could begin in
 * the middle of a secret, where redaction no longer knows it (the mask needs the whole value, or
 * its label), so the partial first line is dropped; a line longer than the tail is dropped up to
 * its end. Text is decoded by one decoder for the stream: a character (and so a secret) split
 * across two writes is decoded whole, where decoding each chunk alone would break it into U+FFFD.
 */
export class OutputTail {
  text = '';
  private skipping = false;
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly max = TAIL) {}

  /** Decodes a chunk and keeps it; returns the decoded text. */
  write(chunk: Buffer): string {
    const s = this.decoder.write(chunk);
    this.keep(s);
    return s;
  }

  /** The stream ended: an incomplete character left in the decoder is kept as U+FFFD. */
  end(): string {
    const s = this.decoder.end();
    this.keep(s);
    return s;
  }

  private keep(s: string): void {
    if (this.skipping) {
      const nl = s.search(LINE_END_RE);
      if (nl < 0) return;
      this.skipping = false;
      s = s.slice(nl + 1);
    }
    const all = this.text + s;
    if (all.length <= this.max) {
      this.text = all;
      return;
    }
    const start = all.length - this.max;
    if (LINE_END_RE.test(all[start - 1]!)) {
      this.text = all.slice(start);
      return;
    }
    const cut = all.slice(start);
    const nl = cut.search(LINE_END_RE);
    if (nl < 0) {
      this.text = '';
      this.skipping = true;
    } else {
      this.text = cut.slice(nl + 1);
    }
  }
}

export class ProcessError extends Error {
  constructor(
    message: string,
    readonly result: RunResult,
  ) {
    super(message);
    this.name = 'ProcessError';
  }
}

/**
 * Runs a program in its own process group, so a timeout also stops what it started
 * (a CLI that forks ssh or rsync must not outlive us).
 */
export function runProcess(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(abortError(opts.signal));
      return;
    }
    // Without input, stdin is /dev/null rather than a socket: bash takes a socket on stdin for a
    // remote login (sshd) and sources ~/.bashrc, which cost every `*-command` half a second of
    // CPU on a machine whose .bashrc starts pyenv, and ran code the user never asked for.
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    // Ctrl-C reaches only our own process group: the interrupt handler ends this one.
    const untrack = trackGroup(child.pid);
    const tails = { stdout: new OutputTail(), stderr: new OutputTail() };
    const lineBuf = { stdout: '', stderr: '' };
    const onText = (which: 'stdout' | 'stderr', s: string) => {
      if (!opts.onLine) return;
      const lines = (lineBuf[which] + s).split(/\r?\n/);
      lineBuf[which] = lines.pop() ?? '';
      for (const l of lines) opts.onLine(l, which);
    };
    const [stdout, stderr] = [child.stdout!, child.stderr!];
    if (opts.stdout) stdout.pipe(opts.stdout);
    else stdout.on('data', (d: Buffer) => onText('stdout', tails.stdout.write(d)));
    stderr.on('data', (d: Buffer) => onText('stderr', tails.stderr.write(d)));
    const fed = feed(child.stdin, opts.input);

    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
      killTimer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5000);
      killTimer.unref();
    };
    opts.signal?.addEventListener('abort', kill, { once: true });
    child.on('error', (e: NodeJS.ErrnoException) => {
      untrack();
      opts.signal?.removeEventListener('abort', kill);
      reject(e.code === 'ENOENT' ? new Error(`${cmd} is not installed or not on PATH`) : e);
    });
    child.on('close', (code, sig) => {
      untrack();
      opts.signal?.removeEventListener('abort', kill);
      if (killTimer) clearTimeout(killTimer);
      for (const which of ['stdout', 'stderr'] as const) {
        lineBuf[which] += tails[which].end();
        if (lineBuf[which] && opts.onLine) opts.onLine(lineBuf[which], which);
      }
      if (opts.signal?.aborted) {
        reject(abortError(opts.signal));
        return;
      }
      if (fed.error && code === 0) {
        reject(new Error(`feeding ${cmd} failed: ${fed.error.message}`));
        return;
      }
      resolve({ code, signal: sig, stdoutTail: tails.stdout.text, stderrTail: tails.stderr.text });
    });
  });
}

/**
 * Writes `input` to the child's stdin. A client that dies mid-load closes stdin; its exit status
 * explains more than EPIPE does, so the feeding error is kept for when the program claims success.
 */
function feed(stdin: Writable | null, input: RunOptions['input']): { error?: Error } {
  const fed: { error?: Error } = {};
  if (!stdin || input === undefined) return fed;
  stdin.on('error', () => undefined); // a program that never reads stdin closes it early
  if (input instanceof Readable) {
    pipeline(input, stdin).catch((e: unknown) => {
      fed.error = e as Error;
    });
  } else stdin.end(input);
  return fed;
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}

/** The last non-empty lines of output, for an error message a person can act on. */
export function lastLines(text: string, n = 5): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-n)
    .join(' | ');
}

/**
 * What every child process may see without asking: how to find programs, the user, locale, time
 * zone, temp folders, proxies and CA bundles, and the runner's plain facts. No credentials.
 */
const CHILD_BASE = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TERM',
  'TMPDIR',
  'TEMP',
  'TMP',
  'CI',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'NODE_EXTRA_CA_CERTS',
  'GITHUB_ACTIONS',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
  'RUNNER_OS',
  'RUNNER_ARCH',
  'RUNNER_DEBUG',
]);
const CHILD_BASE_PREFIXES = ['LC_'];

/**
 * Never passed by `*`, only when a caller names them (or a prefix of theirs) outright: the
 * action's inputs, cloud and OIDC credentials, the GitHub and Actions runtime tokens, the age
 * identity and the restic password. A child that needs one (a platform CLI its own token) is
 * given it by name.
 */
const WITHHELD = [/^INPUT_/, /^AWS_/, /^ACTIONS_/, /^GITHUB_TOKEN$/, /^GH_TOKEN$/, /^SITE_BACKUP_AGE_IDENTITY/, /^RESTIC_/, /^AGE_/];

/** Whether `name` is one the `*` rule of childEnv never passes. */
export function withheldFromChildren(name: string): boolean {
  return WITHHELD.some((re) => re.test(name));
}

/**
 * The environment for a child process: the base set above plus what `allow` names. An entry is
 * a name, a prefix ending in `*` (`PG*`), or `*` alone for "every variable not withheld" (the
 * `command` platform's user commands, which read their own settings from the step's env).
 * The rule is named in SECURITY.md ("Child processes get an allow-listed environment").
 */
export function childEnv(env: NodeJS.ProcessEnv, allow: readonly string[] = []): NodeJS.ProcessEnv {
  const rest = allow.includes('*');
  const names = new Set(allow.filter((a) => !a.endsWith('*')));
  const prefixes = [...CHILD_BASE_PREFIXES, ...allow.filter((a) => a.endsWith('*') && a !== '*').map((a) => a.slice(0, -1))];
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    if (CHILD_BASE.has(k) || names.has(k) || prefixes.some((p) => k.startsWith(p)) || (rest && !withheldFromChildren(k))) out[k] = v;
  }
  return out;
}
