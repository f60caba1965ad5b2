// The shell scripts the ssh platform runs on the remote host, as pure functions of the settings.
//
// Every script is POSIX sh (Debian's dash runs it as well as bash) and is sent as one argument to
// `sh -c`, so the remote login shell only sees a single quoted word. Secrets never appear in a
// script: the first line of ssh's stdin carries the database credential, which the script reads
// with `read` (a builtin, so no process list shows it) and hands to the client through a here-doc
// on fd 3 (`--defaults-extra-file=/dev/fd/3`) or PGPASSWORD. Exit statuses that a pipeline would
// lose are reported on stderr as `SITE_BACKUP_STATUS=<n>`.

export const STATUS_MARK = 'SITE_BACKUP_STATUS=';
export const PROBE_MARK = 'SITE_BACKUP_PROBE_OK';

export type DbType = 'mysql' | 'mariadb' | 'pgsql';

export interface DbTarget {
  type: DbType;
  name: string;
  user?: string;
  host?: string;
  port?: number;
}

export interface DrushTarget {
  /** Path of the drush executable on the host (absolute, or relative to the site root). */
  drush: string;
  root: string;
  uri?: string;
}

/** POSIX single quoting: the only character that needs care inside '…' is ' itself. */
export function sq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The command string ssh sends: the remote login shell runs `sh -c '<script>'`. */
export function remoteCommand(script: string): string {
  return `sh -c ${sq(script)}`;
}

/**
 * The line a mysql/mariadb option file needs for the password. Inside double quotes the client
 * un-escapes `\\` and `\"`, and a `#` no longer starts a comment, so any password survives.
 */
export function mysqlPasswordLine(password: string | undefined): string {
  if (!password) return '';
  return `password="${password.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** What goes on ssh's stdin before any data: one line, read by READ_CRED. */
export function credentialLine(type: DbType | 'drush', password: string | undefined): string {
  if (type === 'drush') return '\n'; // drush reads the site's own settings
  if (type === 'pgsql') return `${password ?? ''}\n`;
  return `${mysqlPasswordLine(password)}\n`;
}

const READ_CRED = `IFS= read -r sb_cred || sb_cred=`;

// A here-doc is a pipe (dash) or an unlinked temp file (bash): the client reads it once through
// /dev/fd/3 and the password never touches a named file or an argv.
const MYSQL_CNF_FD3 = `exec 3<<SB_CNF
[client]
$sb_cred
SB_CNF`;

function mysqlConnArgs(db: DbTarget): string {
  const a: string[] = [];
  if (db.host) a.push(`--host=${sq(db.host)}`);
  if (db.port) a.push(`--port=${db.port}`);
  if (db.user) a.push(`--user=${sq(db.user)}`);
  return a.join(' ');
}

function pgConnArgs(db: DbTarget): string {
  const a: string[] = [];
  if (db.host) a.push(`--host=${sq(db.host)}`);
  if (db.port) a.push(`--port=${db.port}`);
  if (db.user) a.push(`--username=${sq(db.user)}`);
  return a.join(' ');
}

/** Picks the first of `names` found on the host into $var, or stops with a clear message. */
function pickProgram(variable: string, names: string[], what: string): string {
  const tests = names.map((n, i) => `${i === 0 ? 'if' : 'elif'} command -v ${n} >/dev/null 2>&1; then ${variable}=${n}`).join('\n');
  return `${tests}
else echo "site-backup: no ${what} on the host (looked for ${names.join(', ')})" >&2; exit 127
fi`;
}

/**
 * mysqldump/mariadb-dump -> gzip on stdout. --single-transaction gives a consistent InnoDB
 * snapshot without locking the site; --no-tablespaces avoids MySQL 8's PROCESS privilege error
 * on shared hosting; --hex-blob keeps binary columns intact through any charset.
 */
export function mysqlDumpScript(db: DbTarget): string {
  const names = db.type === 'mariadb' ? ['mariadb-dump', 'mysqldump'] : ['mysqldump', 'mariadb-dump'];
  return `${READ_CRED}
${MYSQL_CNF_FD3}
${pickProgram('sb_dump', names, 'mysqldump')}
{ "$sb_dump" --defaults-extra-file=/dev/fd/3 ${mysqlConnArgs(db)} --single-transaction --quick --no-tablespaces --hex-blob --triggers --default-character-set=utf8mb4 ${sq(db.name)}; echo "${STATUS_MARK}$?" >&2; } | gzip -c`;
}

/** pg_dump (plain SQL, owner-neutral so it restores into another database and role) -> gzip. */
export function pgDumpScript(db: DbTarget): string {
  return `${READ_CRED}
if [ -n "$sb_cred" ]; then PGPASSWORD=$sb_cred; export PGPASSWORD; fi
${pickProgram('sb_dump', ['pg_dump'], 'pg_dump')}
{ "$sb_dump" ${pgConnArgs(db)} --no-password --format=plain --no-owner --no-privileges --clean --if-exists ${sq(db.name)}; echo "${STATUS_MARK}$?" >&2; } | gzip -c`;
}

function drushCall(t: DrushTarget): string {
  return `${sq(t.drush)} --root=${sq(t.root)}${t.uri ? ` --uri=${sq(t.uri)}` : ''} --yes`;
}

/**
 * `drush sql:dump --gzip` streamed. Drush's stdout mode has added stray bytes to dumps in some
 * versions (drush-ops/drush#4409), so drush writes to --result-file, which is a FIFO that `cat`
 * streams to us: no copy of the dump ever lands on the host's disk. --gzip appends `.gz` to the
 * result file, so the FIFO carries that name. fd 4 holds the FIFO open so `cat` neither blocks
 * forever when drush dies before opening it nor stops early; drush's own output goes to stderr.
 * PIPE is trapped too: after a timeout cut the connection, the last echo would otherwise kill sh
 * before its EXIT trap removed the temp folder.
 */
export function drushDumpScript(t: DrushTarget): string {
  return `${READ_CRED}
sb_tmp=$(mktemp -d "\${TMPDIR:-/tmp}/site-backup.XXXXXX") || exit 70
trap 'rm -rf "$sb_tmp"' EXIT
trap 'exit 143' HUP INT TERM PIPE
mkfifo "$sb_tmp/dump.sql.gz" || exit 70
exec 4<>"$sb_tmp/dump.sql.gz"
cat "$sb_tmp/dump.sql.gz" 4>&- &
sb_reader=$!
cd ${sq(t.root)} && ${drushCall(t)} sql:dump --gzip --result-file="$sb_tmp/dump.sql" 4>&- >&2
sb_status=$?
exec 4>&-
wait "$sb_reader"
echo "${STATUS_MARK}$sb_status" >&2`;
}

/**
 * Empties the target database (tables and views not in the backup would otherwise survive the
 * restore), in the same session as the import. Built with a prepared statement so it needs no
 * second connection and no privilege beyond DROP.
 */
export const MYSQL_DROP_ALL = [
  'SET SESSION group_concat_max_len = 1073741824;',
  'SET FOREIGN_KEY_CHECKS = 0;',
  ...(['VIEW', 'TABLE'] as const).flatMap((kind) => [
    `SET @sb_list = (SELECT GROUP_CONCAT(CONCAT('\`', REPLACE(TABLE_NAME, '\`', '\`\`'), '\`')) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE ${kind === 'VIEW' ? "= 'VIEW'" : "<> 'VIEW'"});`,
    `SET @sb_sql = IF(@sb_list IS NULL, 'DO 0', CONCAT('DROP ${kind} ', @sb_list));`,
    'PREPARE sb_stmt FROM @sb_sql;',
    'EXECUTE sb_stmt;',
    'DEALLOCATE PREPARE sb_stmt;',
  ]),
  'SET FOREIGN_KEY_CHECKS = 1;',
].join('\n');

/**
 * The flag that makes the client ignore client commands (`\\!`, `system`) inside the dump, where
 * the host's client has one: MariaDB's `--sandbox`, MySQL 8.0.40's `--commands=OFF`. Older
 * clients have none; the dump was read through on the runner and refused if it held any.
 */
const MYSQL_SANDBOX = `sb_safe=
if "$sb_client" --no-defaults --help 2>/dev/null | grep -q -e ' --sandbox'; then sb_safe=--sandbox
elif "$sb_client" --no-defaults --help 2>/dev/null | grep -q -e ' --commands'; then sb_safe=--commands=OFF
fi`;

/** gunzip stdin (after the credential line) into mysql/mariadb, after emptying the database. */
export function mysqlRestoreScript(db: DbTarget): string {
  const names = db.type === 'mariadb' ? ['mariadb', 'mysql'] : ['mysql', 'mariadb'];
  return `${READ_CRED}
${MYSQL_CNF_FD3}
${pickProgram('sb_client', names, 'mysql client')}
${MYSQL_SANDBOX}
{ printf '%s\\n' ${sq(MYSQL_DROP_ALL)}; gunzip -c; echo "${STATUS_MARK}$?" >&2; } | "$sb_client" --defaults-extra-file=/dev/fd/3 $sb_safe --local-infile=0 ${mysqlConnArgs(db)} --default-character-set=utf8mb4 --batch ${sq(db.name)}`;
}

/**
 * Whether the host's psql knows \\restrict (17.6, 16.10, 15.14, 14.19, 13.22 and later): then
 * our own \\restrict, with a key the dump cannot know, goes first and locks psql against every
 * meta-command in the dump, whose own \\restrict lines are left out. Otherwise an empty line
 * goes first, so psql's line numbers are off by one either way.
 */
const PSQL_RESTRICTS = `sb_restrict=0
set -- $("$sb_client" --version 2>/dev/null | sed -n 's/^[^0-9]*\\([0-9][0-9]*\\)\\.\\([0-9][0-9]*\\).*/\\1 \\2/p')
case "\${1:-0}" in
13) [ "\${2:-0}" -ge 22 ] && sb_restrict=1 ;;
14) [ "\${2:-0}" -ge 19 ] && sb_restrict=1 ;;
15) [ "\${2:-0}" -ge 14 ] && sb_restrict=1 ;;
16) [ "\${2:-0}" -ge 10 ] && sb_restrict=1 ;;
17) [ "\${2:-0}" -ge 6 ] && sb_restrict=1 ;;
*) [ "\${1:-0}" -ge 18 ] && sb_restrict=1 ;;
esac`;

/** gunzip stdin into psql, in one transaction: a failed import leaves the database as it was. */
export function pgRestoreScript(db: DbTarget, restrictKey: string): string {
  if (!/^[A-Za-z0-9]+$/.test(restrictKey)) throw new Error('restrict key must be alphanumeric');
  return `${READ_CRED}
if [ -n "$sb_cred" ]; then PGPASSWORD=$sb_cred; export PGPASSWORD; fi
${pickProgram('sb_client', ['psql'], 'psql')}
${PSQL_RESTRICTS}
{ gunzip -c; echo "${STATUS_MARK}$?" >&2; } | { if [ "$sb_restrict" = 1 ]; then printf '%s\\n' '\\restrict ${restrictKey}'; sed '/^\\\\\\(un\\)\\{0,1\\}restrict [A-Za-z0-9]*$/d'; else printf '\\n'; cat; fi; } | "$sb_client" ${pgConnArgs(db)} --no-password --no-psqlrc --quiet --single-transaction --set=ON_ERROR_STOP=1 --set=VERBOSITY=verbose --file=- --dbname=${sq(db.name)} >/dev/null`;
}

/** Lines our restore scripts put before the dump: error line numbers are the dump's less these. */
export const MYSQL_RESTORE_PREAMBLE_LINES = MYSQL_DROP_ALL.split('\n').length;
export const PG_RESTORE_PREAMBLE_LINES = 1;

/** `drush sql:drop` then the dump through `drush sql:cli` (which reads stdin), as drush documents. */
export function drushRestoreScript(t: DrushTarget): string {
  return `${READ_CRED}
cd ${sq(t.root)} || exit 66
${drushCall(t)} sql:drop >&2 || { echo "site-backup: drush sql:drop failed" >&2; exit 1; }
{ gunzip -c; echo "${STATUS_MARK}$?" >&2; } | ${drushCall(t)} sql:cli >&2`;
}

/** One round trip that reports what the export needs to know about the host. */
export function inspectScript(root: string, filesDir: string | undefined, drush: 'auto' | 'none' | string): string {
  const lines = [
    `if [ ! -d ${sq(root)} ]; then echo SITE_BACKUP_ROOT=missing; exit 0; fi`,
    'echo SITE_BACKUP_ROOT=ok',
    `cd ${sq(root)} || exit 66`,
  ];
  if (filesDir !== undefined)
    lines.push(`if [ -d ${sq(filesDir)} ]; then echo SITE_BACKUP_FILES=ok; else echo SITE_BACKUP_FILES=missing; fi`);
  if (drush === 'auto') {
    // Composer projects keep drush in vendor/bin, next to the site root (web/) or inside it.
    lines.push(
      'for d in "$PWD/vendor/bin/drush" "$PWD/../vendor/bin/drush"; do if [ -x "$d" ]; then echo "SITE_BACKUP_DRUSH=$d"; exit 0; fi; done',
      'd=$(command -v drush 2>/dev/null) && [ -n "$d" ] && echo "SITE_BACKUP_DRUSH=$d"',
    );
  } else if (drush !== 'none') {
    lines.push(
      `if [ -x ${sq(drush)} ] || command -v ${sq(drush)} >/dev/null 2>&1; then echo SITE_BACKUP_DRUSH=${sq(drush)}; else echo SITE_BACKUP_DRUSH_MISSING; fi`,
    );
  }
  lines.push('exit 0');
  return lines.join('\n');
}

export const MODE_MARK = 'SITE_BACKUP_MODE=';

/** Creates the restore target if needed and reports its mode (GNU stat, then BSD stat). */
export function targetDirScript(dir: string): string {
  return `mkdir -p ${sq(dir)} || exit 1
sb_mode=$(stat -c %a ${sq(dir)} 2>/dev/null || stat -f %Lp ${sq(dir)} 2>/dev/null) && echo "${MODE_MARK}$sb_mode"
exit 0`;
}
