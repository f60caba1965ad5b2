import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findProgram } from './mariadb.js';
import { onQuietPort, portInUseIn } from './ports.js';

// A real OpenSSH server on 127.0.0.1:<random port> for integration tests, with its own host key,
// config and authorized_keys in a temp folder; nothing of the machine's sshd setup is used.
//
//   const ssh = await startSshd();
//   ...  ssh.clientKey, ssh.knownHosts, ssh.user, ssh.port
//   await ssh.stop();
//
// Every remote command passes through a ForceCommand that records it (ssh.commands()) and puts a
// folder of wrappers first on PATH: the database clients, rsync and gzip record their argv
// (ssh.remoteArgv()) before running the real program. On the client side, clientPath() gives a
// PATH whose `ssh` and `rsync` record their argv too (ssh.clientArgv()). Together they show what
// any process list on either machine would have shown.

export interface SshStack {
  host: string;
  port: number;
  /** The account the server lets in: the user running the tests. */
  user: string;
  /** An ed25519 private key (OpenSSH format) that the server accepts. */
  clientKey: string;
  /** A valid private key that the server does NOT accept. */
  strangerKey: string;
  /** known_hosts line(s) for this server: `[127.0.0.1]:<port> ssh-ed25519 AAAA…`. */
  knownHosts: string;
  /** known_hosts line(s) with a different key for the same address (a "changed" host key). */
  wrongKnownHosts: string;
  /** The server's folder (keys, config, logs); removed by stop(). */
  dir: string;
  /** Each remote command as sshd received it, in order. */
  commands(): string[];
  /** The argv of every wrapped remote program, one line per run. */
  remoteArgv(): string;
  /** The argv of every local `ssh`/`rsync` started through clientPath(), one line per run. */
  clientArgv(): string;
  /** `PATH` with the recording `ssh` and `rsync` first. */
  clientPath(basePath?: string): string;
  /** The sshd log (`-e`, LogLevel VERBOSE). */
  log(): string;
  stop(): Promise<void>;
}

const SERVER_PROGRAMS = ['sshd', 'ssh', 'ssh-keygen', 'rsync'] as const;
const REMOTE_WRAPPED = ['mariadb-dump', 'mysqldump', 'mariadb', 'mysql', 'pg_dump', 'psql', 'rsync', 'gzip', 'gunzip', 'drush'];

/** Which programs the stack needs but cannot find (empty when startSshd can run). */
export function sshStackMissing(): string[] {
  return SERVER_PROGRAMS.filter((p) => !findProgram(p));
}

function keygen(file: string, comment: string): string {
  execFileSync(findProgram('ssh-keygen')!, ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', file], { stdio: 'ignore' });
  return readFileSync(file, 'utf8');
}

function caFile(dir: string, key: string): string {
  const f = path.join(dir, 'trusted_user_ca.pub');
  writeFileSync(f, key.trim() + '\n');
  return f;
}

/**
 * A shell wrapper that appends its argv (one line) to `log`, then runs `real`. The line, newline
 * included, is built first and written by ONE printf: dash then makes one write(2) to the
 * O_APPEND file, which Linux applies atomically, so two wrappers running at once never interleave
 * (several printf calls per line did: a log once read `pg_dumpgzip -c`).
 */
export function recorder(real: string, log: string): string {
  return `#!/bin/sh
line=\${0##*/}
for a in "$@"; do line="$line $a"; done
printf '%s' "$line
" >> '${log}'
exec '${real}' "$@"
`;
}

export interface SshdOptions {
  /**
   * A CA public key line (TrustedUserCAKeys): certificates it signed for `user` are let in too, as
   * the Upsun CLI's certificates are on the platform.
   */
  trustedUserCaKey?: string;
  /**
   * Shell lines the forced command runs before the remote command (exports, `cd`): a stand-in
   * for the app container a platform's SSH lands in. Recording and wrapping stay as they are.
   */
  remotePrelude?: string;
}

export async function startSshd(opts: SshdOptions = {}): Promise<SshStack> {
  return onQuietPort((port) => startOnce(opts, port));
}

async function startOnce(opts: SshdOptions, port: number): Promise<SshStack> {
  const missing = sshStackMissing();
  if (missing.length) throw new Error(`the ssh stack needs ${missing.join(', ')}; apt-get install openssh-server openssh-client rsync`);
  const sshd = findProgram('sshd')!;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sshd-'));
  // StrictModes is off, but sshd still wants private keys unreadable by others.
  chmodSync(dir, 0o755);
  const user = os.userInfo().username;
  const isRoot = process.getuid?.() === 0;
  // Debian's sshd, started as root, insists on its privilege-separation folder.
  if (isRoot && !existsSync('/run/sshd')) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });

  const hostKeyFile = path.join(dir, 'host_ed25519');
  const hostPub = (keygen(hostKeyFile, 'test-host'), readFileSync(`${hostKeyFile}.pub`, 'utf8').trim());
  const otherHostFile = path.join(dir, 'other_host_ed25519');
  keygen(otherHostFile, 'other-host');
  const otherHostPub = readFileSync(`${otherHostFile}.pub`, 'utf8').trim();
  const clientKey = keygen(path.join(dir, 'client_ed25519'), 'test-client');
  const strangerKey = keygen(path.join(dir, 'stranger_ed25519'), 'stranger');
  writeFileSync(path.join(dir, 'authorized_keys'), readFileSync(path.join(dir, 'client_ed25519.pub')), { mode: 0o600 });

  const remoteWrap = path.join(dir, 'remote-bin');
  const clientWrap = path.join(dir, 'client-bin');
  mkdirSync(remoteWrap);
  mkdirSync(clientWrap);
  const remoteArgvLog = path.join(dir, 'remote-argv.log');
  const clientArgvLog = path.join(dir, 'client-argv.log');
  const commandsLog = path.join(dir, 'commands.log');
  writeFileSync(remoteArgvLog, '');
  writeFileSync(clientArgvLog, '');
  writeFileSync(commandsLog, '');
  for (const name of REMOTE_WRAPPED) {
    const real = findProgram(name);
    if (real) writeFileSync(path.join(remoteWrap, name), recorder(real, remoteArgvLog), { mode: 0o755 });
  }
  for (const name of ['ssh', 'rsync']) {
    writeFileSync(path.join(clientWrap, name), recorder(findProgram(name)!, clientArgvLog), { mode: 0o755 });
  }
  // Records end with a line holding only RS (\x1e), since remote scripts span several lines.
  const force = path.join(dir, 'force-command.sh');
  writeFileSync(
    force,
    `#!/bin/sh
printf '%s\\n\\036\\n' "$SSH_ORIGINAL_COMMAND" >> '${commandsLog}'
PATH='${remoteWrap}':/usr/local/bin:/usr/bin:/bin
export PATH
${opts.remotePrelude ?? ''}
if [ -z "$SSH_ORIGINAL_COMMAND" ]; then exec /bin/sh; fi
exec /bin/sh -c "$SSH_ORIGINAL_COMMAND"
`,
    { mode: 0o755 },
  );

  const config = path.join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKeyFile}`,
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      // PAM's session modules (pam_loginuid) fail in containers and would end every session.
      'UsePAM no',
      'StrictModes no',
      'PermitRootLogin prohibit-password',
      `AllowUsers ${user}`,
      `ForceCommand ${force}`,
      ...(opts.trustedUserCaKey ? [`TrustedUserCAKeys ${caFile(dir, opts.trustedUserCaKey)}`] : []),
      'PermitUserEnvironment no',
      'LogLevel VERBOSE',
      'MaxStartups 50',
      '',
    ].join('\n'),
  );
  const logFile = path.join(dir, 'sshd.log');
  const logFd = openSync(logFile, 'a');
  // -D: stay in the foreground so we own the process; -e: log to stderr (our file).
  const child: ChildProcess = spawn(sshd, ['-D', '-e', '-f', config], { stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30_000;
  while (!/Server listening on 127\.0\.0\.1/.test(log())) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      const text = log();
      await stop();
      throw portInUseIn(port, text) ?? new Error(`sshd did not start: ${text.trim() || `exit ${child.exitCode}`}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  const [, hostKeyType, hostKeyB64] = ['', ...hostPub.split(/\s+/)];
  const [, otherType, otherB64] = ['', ...otherHostPub.split(/\s+/)];
  return {
    host: '127.0.0.1',
    port,
    user,
    clientKey,
    strangerKey,
    knownHosts: `[127.0.0.1]:${port} ${hostKeyType} ${hostKeyB64}\n`,
    wrongKnownHosts: `[127.0.0.1]:${port} ${otherType} ${otherB64}\n`,
    dir,
    commands: () =>
      readFileSync(commandsLog, 'utf8')
        .split('\n\x1e\n')
        .filter((c) => c.length > 0),
    remoteArgv: () => readFileSync(remoteArgvLog, 'utf8'),
    clientArgv: () => readFileSync(clientArgvLog, 'utf8'),
    clientPath: (basePath = process.env.PATH ?? '') => `${clientWrap}${path.delimiter}${basePath}`,
    log,
    stop,
  };
}

/**
 * The inputs that point the ssh platform at this stack (platform, host, port, user, key and
 * known_hosts); a test adds its site, store and database inputs.
 */
export function sshInputs(ssh: SshStack): Record<string, string> {
  return {
    platform: 'ssh',
    'ssh-host': '127.0.0.1',
    'ssh-port': String(ssh.port),
    'ssh-user': ssh.user,
    'ssh-key': ssh.clientKey,
    'ssh-known-hosts': ssh.knownHosts,
  };
}
