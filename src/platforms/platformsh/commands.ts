// The commands we run, as data: one argv builder per CLI call, so the whole contract with the
// released CLI (5.11.1) reads in one place. Seen with that release:
// - `-A/--app` exists on the commands that reach an app over SSH (environment:relationships,
//   db:dump, sql, mount:*), and NOT on backup:create/list/restore: Symfony rejects it there
//   ("The "-A" option does not exist.", exit 1).
// - db:dump without --schema dumps only the relationship's default schema, so we name each one.
// - `--yes` answers confirmations; <PREFIX>NO_INTERACTION=1 (set in the environment) the rest.

export interface Scope {
  project: string;
  /** `platformsh-app`, for multi-app projects. */
  app?: string;
}

/** -p/-e for commands about the environment itself (backups): never -A. */
const env = (s: Scope, environment: string) => ['-p', s.project, '-e', environment, '--yes'];
/** -p/-e plus -A, for commands that go to the app over SSH. */
const app = (s: Scope, environment: string) => [...env(s, environment), ...(s.app ? ['-A', s.app] : [])];

export const SYSTEM_SCHEMAS: Record<'mysql' | 'pgsql', ReadonlySet<string>> = {
  mysql: new Set(['information_schema', 'performance_schema', 'mysql', 'sys']),
  pgsql: new Set(['postgres']),
};

export const commands = {
  /** A clone of the environment's branch (git over the CLI's SSH setup). */
  projectGet: (s: Scope, environment: string, dir: string) => ['project:get', s.project, dir, '-e', environment, '--yes'],
  /** YAML on stdout; it carries database passwords, so it is captured, never logged. */
  relationships: (s: Scope, environment: string) => ['environment:relationships', ...app(s, environment)],
  /** The schemas the relationship's user can see: db:dump and sql take one at a time. */
  listSchemas: (s: Scope, environment: string, rel: string, scheme: 'mysql' | 'pgsql') => [
    'sql',
    ...app(s, environment),
    '-r',
    rel,
    // Tab-separated rows (mysql --batch --raw, with a header) or tuples only (psql -t).
    '--raw',
    scheme === 'pgsql'
      ? "SELECT datname FROM pg_database WHERE NOT datistemplate AND datallowconn AND has_database_privilege(datname, 'CONNECT') ORDER BY 1"
      : 'SHOW DATABASES',
  ],
  dbDump: (s: Scope, environment: string, rel: string, schema: string, file: string) => [
    'db:dump',
    ...app(s, environment),
    '-r',
    rel,
    '--schema',
    schema,
    '--gzip',
    '-f',
    file,
  ],
  /** Reads SQL on stdin; without --schema the default schema. */
  sql: (s: Scope, environment: string, rel: string, schema?: string) => [
    'sql',
    ...app(s, environment),
    '-r',
    rel,
    ...(schema ? ['--schema', schema] : []),
  ],
  /** --delete: the target is ours, and may hold the previous export (pull-cache); it ends as an exact mirror. */
  mountDownload: (s: Scope, environment: string, target: string) => [
    'mount:download',
    ...app(s, environment),
    '--all',
    '--target',
    target,
    '--delete',
  ],
  mountList: (s: Scope, environment: string) => ['mount:list', ...app(s, environment), '--paths'],
  mountUpload: (s: Scope, environment: string, source: string, mount: string) => [
    'mount:upload',
    ...app(s, environment),
    '--source',
    source,
    '--mount',
    mount,
  ],
  /** --wait: without a TTY the CLI may otherwise return before the backup exists. */
  backupCreate: (s: Scope, environment: string, live: boolean) => [
    'backup:create',
    ...env(s, environment),
    ...(live ? ['--live'] : []),
    '--wait',
  ],
  /** One id per line, newest first; exits 1 with "No backups found" when there are none. */
  backupList: (s: Scope, environment: string) => [
    'backup:list',
    ...env(s, environment),
    '--format',
    'plain',
    '--no-header',
    '--columns',
    'id',
  ],
  backupRestore: (s: Scope, environment: string, id: string, target: string) => [
    'backup:restore',
    id,
    ...env(s, environment),
    '--target',
    target,
  ],
};
