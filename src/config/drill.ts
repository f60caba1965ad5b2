import { ConfigError } from '../model/errors.js';

// `drill-database-url`: the throwaway server a restore drill loads the dumps into (core/drill.ts).

export type DrillEngine = 'mariadb' | 'postgres';

export interface DrillTarget {
  engine: DrillEngine;
  host?: string;
  port?: number;
  /** A Unix socket (MariaDB) or socket folder (PostgreSQL), instead of host and port. */
  socket?: string;
  user?: string;
  password?: string;
  database: string;
}

const DB_NAME_RE = /^[A-Za-z0-9_]{1,64}$/;
export const DEFAULT_DRILL_DATABASE = 'site_backup_drill';

/** `mysql://user:pass@host:port/db?socket=/path` or `postgres://…`. Errors never echo the URL. */
export function parseDrillUrl(text: string): DrillTarget {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new ConfigError(
      'drill-database-url',
      'is not a URL',
      'Write it as `mysql://user:password@127.0.0.1:3306/drill` or `postgres://user:password@127.0.0.1:5432/drill`.',
    );
  }
  const scheme = u.protocol.replace(/:$/, '').toLowerCase();
  const engine: DrillEngine | undefined = ['mysql', 'mariadb'].includes(scheme)
    ? 'mariadb'
    : ['postgres', 'postgresql'].includes(scheme)
      ? 'postgres'
      : undefined;
  if (!engine) {
    throw new ConfigError(
      'drill-database-url',
      `scheme "${scheme}" is not supported`,
      'Use `mysql://` (or `mariadb://`) for MariaDB and MySQL, `postgres://` for PostgreSQL.',
    );
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || DEFAULT_DRILL_DATABASE;
  if (!DB_NAME_RE.test(database)) {
    throw new ConfigError(
      'drill-database-url',
      `database name "${database}" is not plain`,
      'Use letters, digits and `_` only, such as `/site_backup_drill`.',
    );
  }
  const t: DrillTarget = { engine, database };
  if (u.hostname) t.host = u.hostname.replace(/^\[|\]$/g, '');
  if (u.port) t.port = Number(u.port);
  if (u.username) t.user = decodeURIComponent(u.username);
  if (u.password) t.password = decodeURIComponent(u.password);
  const socket = u.searchParams.get('socket') ?? u.searchParams.get('host');
  if (socket) t.socket = socket;
  return t;
}
