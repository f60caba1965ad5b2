import { redact } from '../../report/redact.js';
import { lastLines, type RunResult } from '../../util/exec.js';
import type { SshConfig } from './config.js';
import { STATUS_MARK } from './scripts.js';

// What a person reads when ssh or rsync fails: ssh's and rsync's own output turned into a cause
// and a fix, naming the input to change.

/** Turns ssh's own stderr into an error a person can act on. */
export function explainSshFailure(cfg: SshConfig, stderr: string): string | undefined {
  const where = `${cfg.user ? `${cfg.user}@` : ''}${cfg.host}:${cfg.port}`;
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key for .* has changed/i.test(stderr)) {
    return `ssh: the host key of ${cfg.host}:${cfg.port} does not match \`ssh-known-hosts\`. The server was reinstalled or re-keyed, or someone is intercepting the connection. Verify the new key out of band before you update \`ssh-known-hosts\`.`;
  }
  if (/Host key verification failed|No \S+ host key is known|host key is not known/i.test(stderr)) {
    return `ssh: the host key of ${cfg.host}:${cfg.port} is not in \`ssh-known-hosts\`, so the connection was refused. Add the line that \`ssh-keyscan -p ${cfg.port} ${cfg.host}\` prints (check its fingerprint out of band); note that a port other than 22 is written \`[host]:port\`. Only to trust the first key seen, set \`ssh-accept-new-host-key: true\`.`;
  }
  if (/Load key .*(invalid format|error in libcrypto|incorrect passphrase|bad permissions)/i.test(stderr)) {
    return 'ssh: `ssh-key` is not a usable private key (it must be an unencrypted OpenSSH or PEM private key, with its BEGIN and END lines).';
  }
  if (/Permission denied \(|Too many authentication failures|Authentication failed/i.test(stderr)) {
    return `ssh: authentication as ${where} failed: the server did not accept \`ssh-key\`. Check \`ssh-user\`, and that the key's public half is in that account's authorized_keys.`;
  }
  if (
    /Connection refused|Connection timed out|timed out during banner|Could not resolve hostname|No route to host|Network is unreachable|Connection closed by remote host|kex_exchange_identification/i.test(
      stderr,
    )
  ) {
    return `ssh: cannot connect to ${cfg.host}:${cfg.port} (${lastLines(stderr, 1)}). Check \`ssh-host\`, \`ssh-port\` and the server's firewall.`;
  }
  return undefined;
}

/** rsync's exit codes that mean something specific (rsync(1), EXIT VALUES). */
const RSYNC_CODES: Record<number, string> = {
  1: 'syntax or usage error',
  2: 'protocol incompatibility',
  3: 'errors selecting input/output files or folders',
  5: 'error starting the client-server protocol',
  10: 'error in socket I/O',
  11: 'error in file I/O (is the disk full?)',
  12: 'error in the rsync protocol data stream (the connection or the remote rsync died)',
  20: 'killed by a signal',
  23: 'partial transfer: some files could not be read or written',
  30: 'timeout in data send/receive',
  35: 'timeout waiting for the daemon connection',
  127: 'rsync is not installed on the host',
};

/** The clearest error for a failed ssh run (`what` exited with / was killed by ...). */
export function sshFailure(cfg: SshConfig, what: string, r: RunResult): Error {
  const known = explainSshFailure(cfg, r.stderrTail);
  if (known) return new Error(known);
  const why = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  const tail = lastLines(
    r.stderrTail
      .split('\n')
      .filter((l) => !l.startsWith(STATUS_MARK))
      .join('\n'),
  );
  return new Error(`${what} ${why}${tail ? `: ${redact(tail)}` : ''}`);
}

/** The clearest error for a failed rsync of the code or the files. */
export function rsyncFailure(cfg: SshConfig, what: string, r: RunResult): Error {
  const known = explainSshFailure(cfg, r.stderrTail);
  if (known) return new Error(known);
  const meaning = r.code !== null ? RSYNC_CODES[r.code] : undefined;
  const why = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}${meaning ? ` (${meaning})` : ''}`;
  const tail = lastLines(r.stderrTail);
  return new Error(`rsync of the ${what} ${why}${tail ? `: ${redact(tail)}` : ''}`);
}
