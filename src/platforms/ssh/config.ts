import path from 'node:path';
import { ConfigError } from '../../model/errors.js';
import { parseBool } from '../../config/common.js';
import { inputOrDefault, type InputSource } from '../../config/source.js';
import type { DbType } from './scripts.js';

// The ssh platform's inputs, validated into one SshConfig before anything connects.

/** The environment variable that holds the database password (never an input: inputs become CLI flags). */
export const DB_PASSWORD_ENV = 'DB_PASSWORD';

const DB_TYPES = ['mysql', 'mariadb', 'pgsql', 'none'] as const;

export interface SshConfig {
  host: string;
  user?: string;
  port: number;
  key?: string;
  knownHosts: string;
  acceptNewHostKey: boolean;
  siteRoot: string;
  /** The files folder, relative to site-root or absolute; undefined = `none`. */
  filesPath?: string;
  codeExclude: string[];
  dbType: DbType | 'none';
  dbName?: string;
  dbUser?: string;
  dbHost?: string;
  dbPort?: number;
  /** `auto`, `none` (input `false`), or a path. */
  drush: 'auto' | 'none' | string;
  drupalUri?: string;
  dbPassword?: string;
}

const HOST_RE = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_][A-Za-z0-9_.:-]*)$/;
const USER_RE = /^[A-Za-z0-9_][A-Za-z0-9_.@-]*$/;
// Database and account names go into a script (quoted) and must not look like options.
const DB_WORD_RE = /^[A-Za-z0-9_$][A-Za-z0-9_$.@-]*$/;

function list(v: string | undefined): string[] {
  return (v ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function remotePath(name: 'site-root' | 'files-path', v: string): string {
  if (/[\n\r\0]/.test(v) || v.startsWith('~') || v.startsWith('-')) {
    throw new ConfigError(
      name,
      `"${v}" is not a usable path`,
      'Give an absolute path (`/var/www/site`), or one relative to the SSH login folder; `~` is not expanded.',
    );
  }
  return v.length > 1 ? v.replace(/\/+$/, '') : v;
}

function port(src: InputSource, name: 'ssh-port' | 'db-port'): number | undefined {
  const v = inputOrDefault(src, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new ConfigError(name, `"${v}" is not a port number`, 'Use a whole number from 1 to 65535.');
  return n;
}

function dbWord(src: InputSource, name: 'db-name' | 'db-user'): string | undefined {
  const v = src.get(name);
  if (v !== undefined && !DB_WORD_RE.test(v)) {
    throw new ConfigError(
      name,
      `"${v}" is not a database name this platform accepts`,
      'Use letters, digits, `_`, `$`, `.`, `@` and `-`, not starting with `-`.',
    );
  }
  return v;
}

/** Where to connect and whether the host key can be trusted; checked before the site inputs, so the first error reported stays the same. */
function parseSshLogin(src: InputSource): { host: string; user: string | undefined; acceptNewHostKey: boolean; knownHosts: string } {
  const host = src.get('ssh-host');
  if (!host)
    throw new ConfigError(
      'ssh-host',
      'is required for `platform: ssh`',
      'Set it to the host name or address of the server that holds the site.',
    );
  if (!HOST_RE.test(host) || host.startsWith('-'))
    throw new ConfigError(
      'ssh-host',
      `"${host}" is not a host name`,
      'Give a host name or IP address only, without user@ or :port (use `ssh-user` and `ssh-port`).',
    );
  const user = src.get('ssh-user');
  if (user !== undefined && !USER_RE.test(user))
    throw new ConfigError('ssh-user', `"${user}" is not a user name`, 'Give the login name only.');
  const acceptNewHostKey = parseBool(src, 'ssh-accept-new-host-key');
  const knownHosts = (src.get('ssh-known-hosts') ?? '').replace(/\r\n/g, '\n');
  if (!knownHosts && !acceptNewHostKey) {
    throw new ConfigError(
      'ssh-known-hosts',
      'is required: the host key must be known before a backup connects',
      'Set it to the output of `ssh-keyscan -p <port> <host>` (check the fingerprint out of band), stored as a secret or variable. Only to trust the first key seen, set `ssh-accept-new-host-key: true`.',
    );
  }
  return { host, user, acceptNewHostKey, knownHosts };
}

/** Inputs -> a validated SshConfig. Every problem names its input. */
export function parseSshConfig(src: InputSource, env: NodeJS.ProcessEnv): SshConfig {
  const { host, user, acceptNewHostKey, knownHosts } = parseSshLogin(src);
  const siteRootRaw = src.get('site-root');
  if (!siteRootRaw)
    throw new ConfigError(
      'site-root',
      'is required for `platform: ssh`',
      'Set it to the folder of the site on the host (for Drupal, the folder that holds index.php and sites/).',
    );
  const siteRoot = remotePath('site-root', siteRootRaw);
  const filesRaw = inputOrDefault(src, 'files-path')!;
  const filesPath = filesRaw === 'none' ? undefined : remotePath('files-path', filesRaw);
  const dbType = inputOrDefault(src, 'db-type')!;
  if (!(DB_TYPES as readonly string[]).includes(dbType))
    throw new ConfigError('db-type', `unknown database type "${dbType}"`, `Use one of: ${DB_TYPES.join(', ')}.`);
  const drushRaw = inputOrDefault(src, 'drush')!;
  const drush = drushRaw === 'auto' ? 'auto' : ['false', 'no', 'off', 'none'].includes(drushRaw.toLowerCase()) ? 'none' : drushRaw;
  if (drush !== 'auto' && drush !== 'none' && /[\n\r\0]/.test(drush))
    throw new ConfigError('drush', 'is not a path', 'Use `auto`, `false`, or the path of drush on the host.');
  const drupalUri = src.get('drupal-uri');
  if (drupalUri !== undefined && /[\s'"\\]/.test(drupalUri))
    throw new ConfigError('drupal-uri', `"${drupalUri}" is not a site URI`, 'Use the site name as in sites/<name>, such as `example.com`.');
  const password = env[DB_PASSWORD_ENV];
  if (password !== undefined && /[\n\r\0]/.test(password)) {
    throw new ConfigError(
      DB_PASSWORD_ENV,
      'contains a line break',
      'Database passwords with line breaks cannot be passed to the clients; change the password.',
    );
  }
  const cfg: SshConfig = {
    host,
    port: port(src, 'ssh-port')!,
    knownHosts,
    acceptNewHostKey,
    siteRoot,
    codeExclude: list(src.get('code-exclude')),
    dbType: dbType as SshConfig['dbType'],
    drush,
  };
  if (user) cfg.user = user;
  const key = src.get('ssh-key');
  if (key) cfg.key = key;
  if (filesPath) cfg.filesPath = filesPath;
  const dbName = dbWord(src, 'db-name');
  if (dbName) cfg.dbName = dbName;
  const dbUser = dbWord(src, 'db-user');
  if (dbUser) cfg.dbUser = dbUser;
  const dbHost = src.get('db-host');
  if (dbHost !== undefined) {
    if (!HOST_RE.test(dbHost) && !dbHost.startsWith('/'))
      throw new ConfigError(
        'db-host',
        `"${dbHost}" is not a host name`,
        'Give a host name or IP address as the host sees it (often `localhost`).',
      );
    cfg.dbHost = dbHost;
  }
  const dbPort = port(src, 'db-port');
  if (dbPort) cfg.dbPort = dbPort;
  if (drupalUri) cfg.drupalUri = drupalUri;
  if (password) cfg.dbPassword = password;
  return cfg;
}

/** The files folder as a path on the host, and its rsync exclude when it lies inside site-root. */
export function filesLocation(cfg: SshConfig): { dir: string; exclude?: string } | undefined {
  if (!cfg.filesPath) return undefined;
  if (path.posix.isAbsolute(cfg.filesPath)) {
    const rel = path.posix.relative(cfg.siteRoot, cfg.filesPath);
    const inside = path.posix.isAbsolute(cfg.siteRoot) && rel && !rel.startsWith('..') && !path.posix.isAbsolute(rel);
    return inside ? { dir: cfg.filesPath, exclude: `/${rel}/` } : { dir: cfg.filesPath };
  }
  const rel = path.posix.normalize(cfg.filesPath).replace(/\/+$/, '');
  const dir = path.posix.join(cfg.siteRoot, rel);
  return rel.startsWith('..') ? { dir } : { dir, exclude: `/${rel}/` };
}
