export const id = 982;
export const ids = [982];
export const modules = {

/***/ 54574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ drillSummaryMarkdown),
/* harmony export */   BT: () => (/* binding */ runDrill),
/* harmony export */   Ek: () => (/* binding */ parseDrillUrl)
/* harmony export */ });
/* unused harmony exports DEFAULT_DRILL_DATABASE, DrillError, findDumps, checkPassed */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _archive_compress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21678);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37827);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(54285);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20649);
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1671);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(26518);
/* harmony import */ var _util_dump_guard_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(28188);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(37895);














const DB_NAME_RE = /^[A-Za-z0-9_]{1,64}$/;
const DEFAULT_DRILL_DATABASE = 'site_backup_drill';
/** `mysql://user:pass@host:port/db?socket=/path` or `postgres://…`. Errors never echo the URL. */
function parseDrillUrl(text) {
    let u;
    try {
        u = new URL(text);
    }
    catch {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .x('drill-database-url', 'is not a URL', 'Write it as `mysql://user:password@127.0.0.1:3306/drill` or `postgres://user:password@127.0.0.1:5432/drill`.');
    }
    const scheme = u.protocol.replace(/:$/, '').toLowerCase();
    const engine = ['mysql', 'mariadb'].includes(scheme)
        ? 'mariadb'
        : ['postgres', 'postgresql'].includes(scheme)
            ? 'postgres'
            : undefined;
    if (!engine) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .x('drill-database-url', `scheme "${scheme}" is not supported`, 'Use `mysql://` (or `mariadb://`) for MariaDB and MySQL, `postgres://` for PostgreSQL.');
    }
    const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || DEFAULT_DRILL_DATABASE;
    if (!DB_NAME_RE.test(database)) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .x('drill-database-url', `database name "${database}" is not plain`, 'Use letters, digits and `_` only, such as `/site_backup_drill`.');
    }
    const t = { engine, database };
    if (u.hostname)
        t.host = u.hostname.replace(/^\[|\]$/g, '');
    if (u.port)
        t.port = Number(u.port);
    if (u.username)
        t.user = decodeURIComponent(u.username);
    if (u.password)
        t.password = decodeURIComponent(u.password);
    const socket = u.searchParams.get('socket') ?? u.searchParams.get('host');
    if (socket)
        t.socket = socket;
    return t;
}
class DrillError extends Error {
    name = 'DrillError';
}
/** The dumps in an extracted data component, in a stable order. */
async function findDumps(dir, engine) {
    const re = engine === 'postgres' ? /\.(sql(\.gz|\.zst)?|dump)$/i : /\.sql(\.gz|\.zst)?$/i;
    const out = [];
    const walk = async (d) => {
        for (const e of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(d, e.name);
            if (e.isDirectory())
                await walk(p);
            else if (e.isFile() && re.test(e.name))
                out.push(p);
        }
    };
    await walk(dir);
    return out;
}
async function onPath(names, env) {
    for (const n of names) {
        for (const dir of (env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter)).filter(Boolean)) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, n));
                return n;
            }
            catch { }
        }
    }
    return undefined;
}
/** Runs a client; on failure logs its redacted output and throws with the facts only. */
async function runClient(cmd, args, o) {
    const r = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_12__/* .runProcess */ .R3)(cmd, args, {
        env: o.env,
        ...(o.input ? { input: o.input } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
        ...(o.onLine ? { onLine: o.onLine } : {}),
    }).catch((e) => {
        // A refused dump fails the stream that feeds the client; say that, not the broken pipe.
        const refused = o.input && o.input.errored;
        throw refused instanceof _util_dump_guard_js__WEBPACK_IMPORTED_MODULE_11__/* .DumpRefused */ .T3 ? new DrillError(refused.message) : new DrillError((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_9__/* .redact */ .E$)(e.message));
    });
    if (r.code === 0)
        return;
    o.log.warn(`drill: ${cmd} said: ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_9__/* .redact */ .E$)((0,_util_exec_js__WEBPACK_IMPORTED_MODULE_12__/* .lastLines */ .w$)(r.stderrTail)) || '(nothing)'}`);
    throw new DrillError((0,_util_dump_guard_js__WEBPACK_IMPORTED_MODULE_11__/* .sqlClientFailure */ .KB)(cmd, r, o.lineOffset));
}
function dumpStream(file) {
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file);
    const c = /\.gz$/i.test(file) ? (0,_archive_compress_js__WEBPACK_IMPORTED_MODULE_6__/* .decompressStream */ .Ct)('gzip') : /\.zst$/i.test(file) ? (0,_archive_compress_js__WEBPACK_IMPORTED_MODULE_6__/* .decompressStream */ .Ct)('zstd') : undefined;
    if (!c)
        return raw;
    (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(raw, c).catch((e) => c.destroy(e));
    return c;
}
async function runQuery(cmd, args, env, log, signal) {
    const rows = [];
    await runClient(cmd, args, {
        env,
        log,
        ...(signal ? { signal } : {}),
        onLine: (line, stream) => {
            if (stream === 'stdout')
                rows.push(line.split('\t'));
        },
    });
    return rows;
}
/**
 * The flag that stops the client obeying commands inside its input: MariaDB's `--sandbox`
 * (10.5.25, 10.6.18, 10.11.8, 11.0.6 and later), MySQL's `--commands=OFF` (8.0.40 and later).
 */
async function sandboxFlag(bin, env) {
    const out = [];
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_12__/* .runProcess */ .R3)(bin, ['--no-defaults', '--help'], { env, onLine: (l, s) => s === 'stdout' && out.push(l) }).catch(() => undefined);
    const help = out.join('\n');
    if (/^\s*--sandbox\b/m.test(help))
        return '--sandbox';
    if (/^\s*--commands\b/m.test(help))
        return '--commands=OFF';
    return undefined;
}
async function mariadbClient(t, env, tmpRoot, log, signal) {
    const bin = await onPath(['mariadb', 'mysql'], env);
    if (!bin)
        throw new DrillError('neither `mariadb` nor `mysql` (the client) is installed; on Ubuntu: sudo apt-get install mariadb-client');
    const sandbox = await sandboxFlag(bin, env);
    if (!sandbox) {
        throw new DrillError(`the \`${bin}\` client cannot be told to ignore client commands in a dump (no \`--sandbox\` or \`--commands\`); install MariaDB's client 10.6.18/10.11.8 or later (sudo apt-get install mariadb-client) or MySQL's 8.0.40 or later`);
    }
    // The password goes into an option file only we can read, never onto a command line.
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpRoot, 'site-backup-drill-'));
    const cnf = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'client.cnf');
    const q = (v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const lines = ['[client]'];
    if (t.user)
        lines.push(`user=${q(t.user)}`);
    if (t.password !== undefined)
        lines.push(`password=${q(t.password)}`);
    if (t.socket)
        lines.push(`socket=${q(t.socket)}`);
    else {
        // "localhost" would make the client look for a socket; the URL means TCP.
        lines.push(`host=${q(t.host === 'localhost' || !t.host ? '127.0.0.1' : t.host)}`, 'protocol=TCP');
        if (t.port)
            lines.push(`port=${t.port}`);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(cnf, lines.join('\n') + '\n', { mode: 0o600 });
    // --local-infile=0: a dump's LOAD DATA LOCAL must not read the runner's files.
    const base = [
        `--defaults-extra-file=${cnf}`,
        sandbox,
        '--local-infile=0',
        '--batch',
        '--skip-column-names',
        '--default-character-set=utf8mb4',
    ];
    return {
        name: bin,
        dialect: 'mysql',
        query: (sql, db) => runQuery(bin, [...base, '-e', sql, ...(db ? [db] : [])], env, log, signal),
        load: (file, db) => runClient(bin, [...base, db], { env, log, input: (0,_util_dump_guard_js__WEBPACK_IMPORTED_MODULE_11__/* .guardedDump */ .jJ)(dumpStream(file), 'mysql'), ...(signal ? { signal } : {}) }),
        scan: async (file) => void (await (0,_util_dump_guard_js__WEBPACK_IMPORTED_MODULE_11__/* .scanDump */ .os)(dumpStream(file), 'mysql')),
        listDatabases: async () => (await runQuery(bin, [...base, '-e', 'SHOW DATABASES'], env, log, signal)).map((r) => r[0]),
        quote: (id) => `\`${id.replace(/`/g, '``')}\``,
        close: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true }),
    };
}
/** psql 17.6, 16.10, 15.14, 14.19, 13.22 and later know `\restrict` (CVE-2025-8714). */
async function psqlRestricts(bin, env) {
    const out = [];
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_12__/* .runProcess */ .R3)(bin, ['--version'], { env, onLine: (l) => out.push(l) }).catch(() => undefined);
    const m = /(\d+)\.(\d+)/.exec(out.join(' '));
    if (!m)
        return false;
    const [major, minor] = [Number(m[1]), Number(m[2])];
    const fixed = { 13: 22, 14: 19, 15: 14, 16: 10, 17: 6 };
    return major > 17 || (fixed[major] !== undefined && minor >= fixed[major]);
}
async function postgresClient(t, env, log, signal) {
    const bin = await onPath(['psql'], env);
    if (!bin)
        throw new DrillError('`psql` is not installed; on Ubuntu: sudo apt-get install postgresql-client');
    if (!(await psqlRestricts(bin, env))) {
        throw new DrillError('this `psql` cannot be locked against meta-commands in a dump (`\\restrict`); install postgresql-client 17.6, 16.10, 15.14, 14.19, 13.22 or later');
    }
    const pgEnv = { ...env, PGCONNECT_TIMEOUT: '20' };
    if (t.password !== undefined)
        pgEnv.PGPASSWORD = t.password;
    const conn = (db) => [
        ...(t.socket ? ['-h', t.socket] : ['-h', t.host || '127.0.0.1']),
        ...(t.port ? ['-p', String(t.port)] : []),
        ...(t.user ? ['-U', t.user] : []),
        '-d',
        db,
    ];
    // VERBOSITY=verbose puts the SQLSTATE into every error, so a failure can be told by its code.
    const base = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-v', 'VERBOSITY=verbose', '-A', '-t', '-F', '\t'];
    return {
        name: bin,
        dialect: 'psql',
        query: (sql, db) => runQuery(bin, [...base, ...conn(db ?? 'postgres'), '-c', sql], pgEnv, log, signal),
        load: (file, db) => /\.dump$/i.test(file)
            ? runClient('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', ...conn(db)], {
                env: pgEnv,
                log,
                input: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file),
                ...(signal ? { signal } : {}),
            })
            : // Our own \restrict, with a key the dump cannot know, locks psql against every
                // meta-command that follows; the dump's own \restrict lines are left out.
                runClient(bin, [...base, ...conn(db), '-f', '-'], {
                    env: pgEnv,
                    log,
                    input: (0,_util_dump_guard_js__WEBPACK_IMPORTED_MODULE_11__/* .guardedDump */ .jJ)(dumpStream(file), 'psql', undefined, `\\restrict ${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}\n`),
                    lineOffset: 1,
                    ...(signal ? { signal } : {}),
                }),
        scan: (file) => /\.dump$/i.test(file) ? scanCustomDump(file, pgEnv, signal) : (0,_util_dump_guard_js__WEBPACK_IMPORTED_MODULE_11__/* .scanDump */ .os)(dumpStream(file), 'psql').then(() => undefined),
        listDatabases: async () => (await runQuery(bin, [...base, ...conn('postgres'), '-c', 'SELECT datname FROM pg_database'], pgEnv, log, signal)).map((r) => r[0]),
        quote: (id) => `"${id.replace(/"/g, '""')}"`,
        close: async () => { },
    };
}
/** A custom-format dump, read as the SQL pg_restore would send (`pg_restore -f -`, no server). */
async function scanCustomDump(file, env, signal) {
    const sql = new node_stream__WEBPACK_IMPORTED_MODULE_4__.PassThrough();
    const scanned = (0,_util_dump_guard_js__WEBPACK_IMPORTED_MODULE_11__/* .scanDump */ .os)(sql, 'psql');
    scanned.catch(() => sql.resume());
    const r = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_12__/* .runProcess */ .R3)('pg_restore', ['-f', '-', file], { env, stdout: sql, ...(signal ? { signal } : {}) });
    await scanned;
    if (r.code !== 0)
        throw new DrillError(`pg_restore could not read ${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)} (${r.signal ? `killed by ${r.signal}` : `exit ${r.code}`})`);
}
/** The check passes unless the SQL failed or its first value reads as false. */
function checkPassed(rows) {
    const first = rows[0]?.[0];
    if (first === undefined)
        return true;
    return !['', '0', 'false', 'f', 'null'].includes(first.trim().toLowerCase());
}
async function countRows(client, engine, databases) {
    const tables = [];
    for (const db of databases) {
        const sql = engine === 'mariadb'
            ? `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = DATABASE() ORDER BY table_name`
            : `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_schema, table_name`;
        for (const r of await client.query(sql, db))
            tables.push({ db, schema: r[0], table: r[1] });
    }
    // Exact counts, not the statistics' estimates (InnoDB's TABLE_ROWS can be far off), 50 a query.
    const out = [];
    for (const db of databases) {
        const mine = tables.filter((t) => t.db === db);
        for (let i = 0; i < mine.length; i += 50) {
            const batch = mine.slice(i, i + 50);
            const sql = batch.map((t, j) => `SELECT ${j}, COUNT(*) FROM ${client.quote(t.schema)}.${client.quote(t.table)}`).join(' UNION ALL ');
            for (const r of await client.query(sql, db)) {
                const t = batch[Number(r[0])];
                out.push({ schema: t.schema, table: t.table, rows: Number(r[1]) });
            }
        }
    }
    return out;
}
/** Databases every server has; any other one on the drill server belongs to someone. */
const SYSTEM_DATABASES = {
    mariadb: ['information_schema', 'mysql', 'performance_schema', 'sys'],
    postgres: ['postgres', 'template0', 'template1'],
};
/**
 * The drill loads hostile SQL, so it runs only on a server that holds nothing else: no database
 * but the system ones and the drill database, and that one empty. Returns whether the drill
 * database has to be created.
 */
async function guardServer(client, target) {
    const db = target.database;
    const before = await client.listDatabases();
    const others = before.filter((d) => d !== db && !SYSTEM_DATABASES[target.engine].includes(d));
    if (others.length > 0) {
        throw new DrillError(`the drill server holds ${others.length} ${others.length === 1 ? 'database' : 'databases'} the drill did not create (${others
            .slice(0, 3)
            .map((d) => `\`${d}\``)
            .join(', ')}${others.length > 3 ? ', …' : ''}); the drill loads untrusted dumps, so point \`drill-database-url\` at a throwaway server that holds nothing else, such as a service container`);
    }
    if (!before.includes(db))
        return true;
    const n = target.engine === 'mariadb'
        ? await client.query(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${db}'`)
        : await client.query(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`, db);
    if (Number(n[0]?.[0] ?? 0) > 0) {
        throw new DrillError(`the drill database \`${db}\` already holds ${n[0][0]} tables; the drill only loads into an empty database (drop it, or name another one in \`drill-database-url\`)`);
    }
    return false;
}
/** Every dump is read through before the first is loaded: a refusal leaves the server untouched. */
async function scanDumps(client, dataDir, dumps) {
    for (const file of dumps) {
        try {
            await client.scan(file);
        }
        catch (e) {
            const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(dataDir, file);
            if (e instanceof _util_dump_guard_js__WEBPACK_IMPORTED_MODULE_11__/* .DumpRefused */ .T3)
                throw new DrillError(`refused ${rel}, nothing was loaded: ${e.message}`, { cause: e });
            throw new DrillError(`could not read ${rel}: ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_9__/* .redact */ .E$)(e.message)}`, { cause: e });
        }
    }
}
async function loadDumps(client, dataDir, dumps, db, log) {
    const loads = [];
    for (const file of dumps) {
        const t = Date.now();
        const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(dataDir, file);
        const bytes = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).size;
        log.info(`drill: loading ${rel} (${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_13__/* .formatBytes */ .z)(bytes)}) into ${client.dialect === 'mysql' ? 'mariadb' : 'postgres'} database \`${db}\`…`);
        try {
            await client.load(file, db);
        }
        catch (e) {
            throw new DrillError(`loading ${rel} failed: ${e.message}`, { cause: e });
        }
        loads.push({ file: rel, bytes, durationMs: Date.now() - t });
        log.info(`drill: loaded ${rel} in ${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a)(Date.now() - t)}`);
    }
    return loads;
}
async function runCheck(client, sql, db, result, log) {
    let output;
    try {
        output = await client.query(sql, db);
    }
    catch (e) {
        throw new DrillError(`the check \`drill-sql\` failed: ${e.message}`, { cause: e });
    }
    const ok = checkPassed(output);
    result.check = { sql, output: output.slice(0, 20), ok };
    log.info(`drill: check ${ok ? 'passed' : 'FAILED'}: ${output
        .slice(0, 5)
        .map((r) => r.join(' '))
        .join(' | ') || '(no rows)'}`);
    if (!ok)
        throw Object.assign(new DrillError(`the check \`drill-sql\` returned ${JSON.stringify(output[0]?.[0])}, which counts as failed`), {
            result,
        });
}
/**
 * Loads every dump under `dataDir` into the drill database, counts the rows of every table it
 * made, and runs the user's check. The server must hold no database the drill did not create
 * (the drill database may exist if empty), and no dump may leave the drill database (`USE`,
 * `\c`, `CREATE DATABASE`) or hold a client command: every dump is read through first and
 * refused before anything is loaded. The databases it created are dropped after.
 */
async function runDrill(dataDir, target, opts) {
    const started = Date.now();
    const { log } = opts;
    const dumps = await findDumps(dataDir, target.engine);
    if (dumps.length === 0) {
        throw new DrillError(`the data component holds no SQL dump (${target.engine === 'postgres' ? '*.sql, *.sql.gz, *.sql.zst or *.dump' : '*.sql, *.sql.gz or *.sql.zst'}), so there is nothing to load`);
    }
    // The clients get no credentials but the drill server's own (SECURITY.md, allow-listed env).
    const env = (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_12__/* .childEnv */ .gf)(opts.env, target.engine === 'postgres' ? ['PGSSLMODE', 'PGSSLROOTCERT', 'PGSSLCERT', 'PGSSLKEY'] : []);
    const client = target.engine === 'mariadb'
        ? await mariadbClient(target, env, opts.tmpRoot, log, opts.signal)
        : await postgresClient(target, env, log, opts.signal);
    const created = [];
    const db = target.database;
    try {
        const create = await guardServer(client, target);
        await scanDumps(client, dataDir, dumps);
        if (create) {
            await client.query(`CREATE DATABASE ${client.quote(db)}`);
            created.push(db);
        }
        const loads = await loadDumps(client, dataDir, dumps, db, log);
        const tables = await countRows(client, target.engine, [db]);
        const totalRows = tables.reduce((n, t) => n + t.rows, 0);
        log.info(`drill: ${tables.length} tables, ${totalRows} rows`);
        const result = {
            engine: target.engine,
            client: client.name,
            database: db,
            dumps: loads,
            tables,
            totalRows,
            durationMs: 0,
        };
        if (opts.sql)
            await runCheck(client, opts.sql, db, result, log);
        if (tables.length === 0)
            throw Object.assign(new DrillError('the dumps loaded but created no tables'), { result });
        result.durationMs = Date.now() - started;
        return result;
    }
    finally {
        for (const d of created.reverse()) {
            await client
                .query(`DROP DATABASE IF EXISTS ${client.quote(d)}`)
                .catch((e) => log.warn(`drill: could not drop \`${d}\`: ${e.message}`));
        }
        await client.close();
    }
}
/** The drill's part of the job summary. Pure. */
function drillSummaryMarkdown(r, backupId) {
    const lines = [
        `### Restore drill: \`${backupId}\` into ${r.engine} (\`${r.client}\`)`,
        '',
        `Loaded ${r.dumps.length} ${r.dumps.length === 1 ? 'dump' : 'dumps'} (${r.dumps.map((d) => `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)(d.file)} ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_13__/* .formatBytes */ .z)(d.bytes)} in ${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a)(d.durationMs)}`).join(', ')}): **${r.tables.length} tables, ${r.totalRows} rows**, in ${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a)(r.durationMs)}.`,
        '',
        '| table | rows |',
        '|---|---:|',
        ...r.tables.slice(0, 100).map((t) => `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)(`${t.schema}.${t.table}`)} | ${t.rows} |`),
    ];
    if (r.tables.length > 100)
        lines.push(`| … ${r.tables.length - 100} more | |`);
    if (r.check) {
        lines.push('', `Check ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(r.check.sql)}: **${r.check.ok ? 'passed' : 'failed'}** (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)(r.check.output
            .slice(0, 3)
            .map((x) => x.join(' '))
            .join('; ') || 'no rows')})`);
    }
    lines.push('');
    return lines.join('\n');
}


/***/ }),

/***/ 52677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D_: () => (/* binding */ DEFAULT_PROTECTED),
  xc: () => (/* binding */ checkConfirm),
  bz: () => (/* binding */ isProtected),
  W7: () => (/* binding */ planComponents),
  az: () => (/* binding */ restoreSummaryMarkdown),
  YL: () => (/* binding */ runRestore)
});

// UNUSED EXPORTS: chooseComponents, planRestore, planText

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/archive/unpack.ts + 2 modules
var unpack = __webpack_require__(16463);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/restic/store.ts + 2 modules
var restic_store = __webpack_require__(53628);
// EXTERNAL MODULE: ./src/util/bytes.ts
var util_bytes = __webpack_require__(1671);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/core/verify.ts + 1 modules
var verify = __webpack_require__(16025);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(21917);
// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/util/glob.ts
var glob = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/core/index-object.ts
var index_object = __webpack_require__(37867);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./node_modules/age-encryption/dist/index.js + 51 modules
var dist = __webpack_require__(81539);
;// CONCATENATED MODULE: ./src/archive/age-range.ts


// Ranged reads of an age file (age-encryption.org/v1): the payload is sealed in independent
// 64 KiB chunks (ChaCha20-Poly1305, the chunk's number as nonce, the last one flagged), so any
// range of the plaintext is read by fetching and authenticating just the chunks that cover it.
// The header is checked (its MAC) with the identity as the age library checks it.
const CHUNK = 64 * 1024;
const TAG = 16;
const SEALED = CHUNK + TAG;
const NONCE = 16;
/** The most a header may take before the payload: many recipients still fit. */
const AGE_HEAD_BYTES = 64 * 1024;
/** Reads the header (from the object's first bytes) and derives the payload key. */
async function openAgeFile(head, identities, objectBytes, where) {
    const macAt = head.indexOf('\n--- ');
    const end = macAt < 0 ? -1 : head.indexOf('\n', macAt + 1);
    if (end < 0 || end + 1 + NONCE > head.length)
        throw new Error(`${where}: no age header in its first ${head.length} bytes`);
    const headerSize = end + 1;
    const d = new dist/* Decrypter */.Hz();
    for (const id of identities)
        d.addIdentity(id);
    let fileKey;
    try {
        fileKey = await d.decryptHeader(head.subarray(0, headerSize));
    }
    catch (e) {
        throw new Error(`${where}: cannot decrypt its age header: ${e.message}`, { cause: e });
    }
    const nonce = head.subarray(headerSize, headerSize + NONCE);
    const streamKey = Buffer.from((0,external_node_crypto_.hkdfSync)('sha256', fileKey, nonce, 'payload', 32));
    const payloadStart = headerSize + NONCE;
    const chunks = Math.max(1, Math.ceil((objectBytes - payloadStart) / SEALED));
    return { payloadStart, streamKey, chunks, objectBytes };
}
/** The ciphertext bytes [start, end) that hold plaintext [from, to), and the first chunk's number. */
function sealedRange(f, from, to) {
    const first = Math.floor(from / CHUNK);
    const last = Math.floor((Math.max(to, from + 1) - 1) / CHUNK);
    return { start: f.payloadStart + first * SEALED, end: Math.min(f.objectBytes, f.payloadStart + (last + 1) * SEALED), first };
}
function openChunk(f, n, sealed, where) {
    if (n >= f.chunks)
        throw new Error(`${where}: chunk ${n} is past the end of the age payload`);
    const nonce = Buffer.alloc(12);
    nonce.writeUIntBE(n, 5, 6);
    if (n === f.chunks - 1)
        nonce[11] = 1;
    else if (sealed.length !== SEALED)
        throw new Error(`${where}: age chunk ${n} is short`);
    const d = (0,external_node_crypto_.createDecipheriv)('chacha20-poly1305', f.streamKey, nonce, { authTagLength: TAG });
    d.setAuthTag(sealed.subarray(sealed.length - TAG));
    try {
        return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
    }
    catch {
        throw new Error(`${where}: age chunk ${n} (bytes ${f.payloadStart + n * SEALED}-${f.payloadStart + n * SEALED + sealed.length - 1}) failed authentication: the object was changed`);
    }
}
/**
 * Plaintext [from, to) from the ciphertext of sealedRange(f, from, to): each chunk authenticated
 * before any of its bytes are passed on.
 */
async function* openSealed(f, sealed, from, to, where) {
    const { first } = sealedRange(f, from, to);
    let n = first;
    let pos = first * CHUNK;
    let pending = [];
    let have = 0;
    const emit = (sealedChunk) => {
        const plain = openChunk(f, n++, sealedChunk, where);
        const a = Math.max(0, from - pos);
        const b = Math.min(plain.length, to - pos);
        pos += plain.length;
        return b > a ? plain.subarray(a, b) : undefined;
    };
    for await (const c of sealed) {
        pending.push(c);
        have += c.length;
        while (have >= SEALED) {
            const all = Buffer.concat(pending);
            const out = emit(all.subarray(0, SEALED));
            pending = [all.subarray(SEALED)];
            have -= SEALED;
            if (out)
                yield out;
        }
    }
    if (have > 0) {
        const out = emit(Buffer.concat(pending));
        if (out)
            yield out;
    }
    if (pos < to)
        throw new Error(`${where}: the age payload ended before byte ${to} of its plaintext`);
}

// EXTERNAL MODULE: ./src/archive/compress.ts + 1 modules
var compress = __webpack_require__(21678);
// EXTERNAL MODULE: ./src/archive/seek-index.ts
var seek_index = __webpack_require__(78497);
// EXTERNAL MODULE: ./src/stores/store.ts
var stores_store = __webpack_require__(34703);
;// CONCATENATED MODULE: ./src/core/seek-read.ts








class TamperError extends Error {
    name = 'TamperError';
}
/**
 * The members matching `match`, with hard links resolved to the file holding their content.
 * Refuses a selection that would write below a symlink or a file of the archive.
 */
function selectMembers(ix, match, where) {
    const byPath = new Map(ix.members.map((m) => [m.path, m]));
    const sel = { files: new Map(), dirs: [], symlinks: [], matched: [] };
    for (const m of ix.members) {
        if (!match(m.path))
            continue;
        for (let i = m.path.lastIndexOf('/'); i > 0; i = m.path.lastIndexOf('/', i - 1)) {
            const up = byPath.get(m.path.slice(0, i));
            if (up && up.type !== 'dir')
                throw new TamperError(`${where}: entry ${JSON.stringify(m.path)} lies below the ${up.type} ${JSON.stringify(up.path)}: refusing it, nothing was written`);
        }
        sel.matched.push(m);
        if (m.type === 'dir')
            sel.dirs.push(m);
        else if (m.type === 'symlink')
            sel.symlinks.push(m);
        else {
            const target = m.type === 'file' ? m : byPath.get(m.linkpath ?? '');
            if (!target || target.type !== 'file')
                throw new TamperError(`${where}: hard link ${JSON.stringify(m.path)} points to no file of the archive: refusing it, nothing was written`);
            const names = sel.files.get(target) ?? [];
            names.push(m.path);
            sel.files.set(target, names);
        }
    }
    return sel;
}
/** Runs of consecutive frames to read, each covering whole members. */
function frameSpans(ix, members) {
    const cs = (0,seek_index/* contentStarts */.Bj)(ix.frames);
    const wanted = [...members].map((m) => {
        const start = cs[m.frame] + m.offset;
        const end = start + m.headers + m.size;
        return { m, start, first: m.frame, last: (0,seek_index/* frameAt */.jG)(cs, end - 1) };
    });
    wanted.sort((a, b) => a.start - b.start);
    const spans = [];
    for (const w of wanted) {
        const cur = spans[spans.length - 1];
        if (cur && w.first <= cur.last + 1) {
            cur.last = Math.max(cur.last, w.last);
            cur.members.push(w.m);
        }
        else
            spans.push({ first: w.first, last: w.last, members: [w.m] });
    }
    return spans;
}
/** The stored bytes of frames first..last, each checked against its sha256 as it ends. */
async function* checkedFrames(source, ix, first, last, where) {
    let f = first;
    let left = ix.frames[f].stored;
    let hash = (0,external_node_crypto_.createHash)('sha256');
    const close = () => {
        const got = hash.digest('hex');
        if (got !== ix.frames[f].sha256)
            throw new TamperError(`${where}: frame ${f} does not match the sha256 in its index (the object was changed): refusing it, nothing was written`);
        f++;
        if (f <= last) {
            left = ix.frames[f].stored;
            hash = (0,external_node_crypto_.createHash)('sha256');
        }
    };
    for await (const c of source) {
        for (let off = 0; off < c.length;) {
            if (f > last)
                throw new TamperError(`${where}: more bytes than frames ${first}-${last} hold`);
            const n = Math.min(left, c.length - off);
            const part = c.subarray(off, off + n);
            hash.update(part);
            off += n;
            left -= n;
            yield part;
            if (left === 0)
                close();
        }
    }
    if (f <= last)
        throw new TamperError(`${where}: the read ended inside frame ${f}`);
}
/** Decoded content from an async source of buffer batches, read forward only. */
class Cursor {
    it;
    pos;
    buf = Buffer.alloc(0);
    queue = [];
    constructor(it, pos) {
        this.it = it;
        this.pos = pos;
    }
    async next() {
        while (this.buf.length === 0) {
            const b = this.queue.shift();
            if (b) {
                this.buf = b;
                continue;
            }
            const r = await this.it.next();
            if (r.done)
                return false;
            this.queue.push(...r.value.filter((x) => x.length > 0));
        }
        return true;
    }
    /** Up to `max` bytes (at least one), or throws at the end. */
    async chunk(max, what) {
        if (!(await this.next()))
            throw new TamperError(`${what}: the archive ended early`);
        const n = Math.min(max, this.buf.length);
        const out = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(n);
        this.pos += n;
        return out;
    }
    async skipTo(p, what) {
        while (this.pos < p)
            await this.chunk(p - this.pos, what);
    }
    async take(n, what) {
        const parts = [];
        for (let got = 0; got < n;) {
            const c = await this.chunk(n - got, what);
            parts.push(c);
            got += c.length;
        }
        return Buffer.concat(parts);
    }
}
/** The member's tar headers must say what the index says: its name, type and size. */
function checkHeaders(raw, m, where) {
    const h = new index_min/* Header */.Y9(raw.subarray(raw.length - 512));
    const pax = raw.length > 512 ? /\d+ path=([^\n]*)\n/.exec(raw.subarray(512, raw.length - 512).toString('utf8'))?.[1] : undefined;
    const name = (pax ?? h.path ?? '').replace(/\/$/, '');
    const ok = h.cksumValid && name === m.path && (m.type !== 'file' || h.size === m.size || raw.length > 512);
    if (!ok)
        throw new TamperError(`${where}: the archive's entry at ${JSON.stringify(m.path)} is not the one its index describes: refusing it, nothing was written`);
}
async function writeMember(cur, m, names, dest, where) {
    const first = external_node_path_default().join(dest, names[0]);
    await (0,promises_.mkdir)(external_node_path_default().dirname(first), { recursive: true });
    const fh = await (0,promises_.open)(first, 'wx', 0o600);
    try {
        for (let left = m.size; left > 0;) {
            const c = await cur.chunk(Math.min(left, 1 << 20), where);
            await fh.write(c);
            left -= c.length;
        }
    }
    finally {
        await fh.close();
    }
    await (0,promises_.chmod)(first, m.mode & 0o7777);
    await (0,promises_.utimes)(first, m.mtime, m.mtime);
    for (const other of names.slice(1)) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(dest, other)), { recursive: true });
        await (0,promises_.link)(first, external_node_path_default().join(dest, other));
    }
}
/** The plaintext (pre-age) bytes [start, end) of the object, fetched by range. */
function rangeReader(store, ref, c, age, opts, where) {
    return (start, end) => {
        const counted = async function* (src) {
            for await (const b of src) {
                opts.signal?.throwIfAborted();
                opts.onRead(b.length);
                yield b;
            }
        };
        if (!age)
            return counted((0,stores_store/* readObjectRange */.jc)(store, ref, c.object, start, end));
        const r = sealedRange(age, start, end);
        return openSealed(age, counted((0,stores_store/* readObjectRange */.jc)(store, ref, c.object, r.start, r.end)), start, end, where);
    };
}
async function openAge(store, ref, c, opts, where) {
    const parts = [];
    for await (const b of (0,stores_store/* readObjectRange */.jc)(store, ref, c.object, 0, Math.min(c.bytes, AGE_HEAD_BYTES)))
        parts.push(b);
    const head = Buffer.concat(parts);
    opts.onRead(head.length);
    return openAgeFile(head, opts.identities, c.bytes, where);
}
/** Writes the selection into `dest` (a private, empty folder) from ranged reads of the archive. */
async function readSelection(store, ref, c, ix, sel, dest, opts) {
    const where = `${ref.id}/${c.object}`;
    const age = c.encryption === 'age' ? await openAge(store, ref, c, opts, where) : undefined;
    const read = rangeReader(store, ref, c, age, opts, where);
    const ss = (0,seek_index/* storedStarts */.B3)(ix.frames);
    const cs = (0,seek_index/* contentStarts */.Bj)(ix.frames);
    for (const span of frameSpans(ix, sel.files.keys())) {
        const last = ix.frames[span.last];
        const frames = checkedFrames(read(ss[span.first], ss[span.last] + last.stored), ix, span.first, span.last, where);
        const decoded = c.compression === 'zstd'
            ? (0,compress/* decodeZstdChunks */.UE)(frames)
            : (async function* () {
                for await (const b of frames)
                    yield [b];
            })();
        const it = decoded[Symbol.asyncIterator]();
        const cur = new Cursor(it, cs[span.first]);
        try {
            for (const m of span.members) {
                await cur.skipTo(cs[m.frame] + m.offset, where);
                checkHeaders(await cur.take(m.headers, where), m, where);
                await writeMember(cur, m, sel.files.get(m), dest, where);
            }
            // Read to the span's end, so every frame's checksum is checked.
            while ((await it.next()).done !== true)
                ;
        }
        finally {
            await it.return?.();
        }
    }
    await finishTree(sel, dest);
}
/** Folders and symlinks of the selection, from the index; folder modes last, deepest first. */
async function finishTree(sel, dest) {
    for (const d of sel.dirs)
        await (0,promises_.mkdir)(external_node_path_default().join(dest, d.path), { recursive: true });
    for (const s of sel.symlinks) {
        const p = external_node_path_default().join(dest, s.path);
        await (0,promises_.mkdir)(external_node_path_default().dirname(p), { recursive: true });
        await (0,promises_.symlink)(s.linkpath ?? '', p);
        await (0,promises_.lutimes)(p, s.mtime, s.mtime);
    }
    for (const d of [...sel.dirs].sort((a, b) => b.path.length - a.path.length)) {
        await (0,promises_.chmod)(external_node_path_default().join(dest, d.path), d.mode & 0o7777);
        await (0,promises_.utimes)(external_node_path_default().join(dest, d.path), d.mtime, d.mtime);
    }
}

;// CONCATENATED MODULE: ./src/core/partial-restore.ts













const MAX_LISTED = 200;
/** Each component's matching entries as lines, for the log and a dry run. */
function listLines(c) {
    const head = `${c.component}: ${c.seekable ? `${(0,util_text/* plural */.LS)(c.entries.length, 'entry matches', 'entries match')}` : `no member index (${c.object}): the whole object (${(0,util_bytes/* formatBytes */.z)(c.bytes)}) is read`}`;
    const rows = c.entries
        .slice(0, MAX_LISTED)
        .map((e) => `  ${e.type === 'file' || e.type === 'link' ? (0,util_bytes/* formatBytes */.z)(e.size).padStart(10) : e.type.padStart(10)}  ${e.path}`);
    if (c.entries.length > MAX_LISTED)
        rows.push(`  … and ${c.entries.length - MAX_LISTED} more`);
    return [head, ...rows];
}
async function assertEmpty(dir) {
    const names = (await (0,fs/* readdirIfExists */.X)(dir)) ?? [];
    if (names.length > 0) {
        throw new errors/* ConfigError */.x('restore-dir', `${dir} already holds ${(0,util_text/* plural */.LS)(names.length, 'entry', 'entries')}, and restoring into it would mix two versions`, 'Remove or move that folder, or point `restore-dir` at an empty or new folder.');
    }
}
/** The slow way: the whole object checked and extracted privately, then the matching entries kept. */
async function wholeObject(deps, backup, c, match, dest, identities) {
    const work = await (0,cleanup/* makeStaging */.me)(deps.tmpRoot, `restore-${c.name}`);
    try {
        const tree = external_node_path_default().join(work, 'tree');
        await (0,promises_.mkdir)(tree, { mode: 0o700 });
        const f = await (0,verify/* fetchObject */.ii)(deps.store, backup, c, external_node_path_default().join(work, c.object), deps.signal, deps.log, { identities, extractTo: tree });
        if (f.problem)
            throw new verify/* IntegrityError */.cs([{ backup: backup.id, object: c.object, problem: f.problem }], `refusing to restore ${backup.id}, nothing was changed`);
        if (f.listError)
            throw f.listError;
        const entries = [];
        const walk = async (rel) => {
            for (const name of (await (0,promises_.readdir)(external_node_path_default().join(tree, rel))).sort()) {
                const p = rel ? `${rel}/${name}` : name;
                const st = await (0,promises_.lstat)(external_node_path_default().join(tree, p));
                if (match(p)) {
                    entries.push({
                        path: p,
                        type: st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : 'file',
                        size: st.isFile() ? st.size : 0,
                    });
                    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(dest, p)), { recursive: true });
                    await (0,promises_.rename)(external_node_path_default().join(tree, p), external_node_path_default().join(dest, p));
                }
                else if (st.isDirectory())
                    await walk(p);
            }
        };
        await walk('');
        return entries;
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
function entriesOf(sel) {
    return sel.matched.map((m) => ({ path: m.path, type: m.type, size: m.size }));
}
/** One component: its index read and checked, its matches listed, and unless a dry run, restored into `dest`. */
async function oneComponent(cfg, deps, backup, c, match, dest) {
    const started = Date.now();
    const out = {
        component: c.name,
        object: c.object,
        bytes: c.bytes,
        read: 0,
        seekable: Boolean(c.index),
        entries: [],
        durationMs: 0,
    };
    if (!c.index) {
        if (dest) {
            out.entries = await wholeObject(deps, backup, c, match, dest, cfg.identities);
            out.read = c.bytes;
        }
    }
    else {
        const { index, bytes } = await (0,index_object/* loadIndex */.zM)(deps.store, backup, c, cfg.identities);
        out.read += bytes;
        const sel = selectMembers(index, match, `${backup.id}/${c.object}`);
        out.entries = entriesOf(sel);
        if (dest && sel.matched.length > 0) {
            await readSelection(deps.store, backup, c, index, sel, dest, {
                identities: cfg.identities,
                ...(deps.signal ? { signal: deps.signal } : {}),
                onRead: (n) => (out.read += n),
            });
        }
    }
    out.durationMs = Date.now() - started;
    return out;
}
/**
 * Restores the entries matching `cfg.paths` from the chosen components into
 * `restore-dir/<component>/` (each absent or empty), or with `dryRun` lists them.
 */
async function restorePaths(cfg, deps, backup, chosen) {
    const match = (0,glob/* globMatcher */.f)(cfg.paths);
    const { log } = deps;
    if (cfg.dryRun) {
        const out = [];
        for (const c of chosen)
            out.push(await oneComponent(cfg, deps, backup, c, match, undefined));
        for (const c of out)
            log.info(listLines(c).join('\n'));
        log.info('Dry run: only the manifest and the member indexes were read; nothing was written.');
        return out;
    }
    for (const c of chosen)
        await assertEmpty(external_node_path_default().join(cfg.restoreDir, c.name));
    // A restore that fails leaves no trace: not even the folder, when it made it.
    const made = await (0,promises_.mkdir)(cfg.restoreDir, { recursive: true });
    const staged = new Map();
    let ok = false;
    try {
        const out = [];
        for (const c of chosen) {
            const dir = external_node_path_default().join(cfg.restoreDir, `.site-backup-${c.name}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.partial`);
            await (0,promises_.mkdir)(dir, { mode: 0o700 });
            staged.set(c.name, dir);
            const r = await oneComponent(cfg, deps, backup, c, match, dir);
            log.info(`${listLines(r).join('\n')}\n${c.name}: read ${(0,util_bytes/* formatBytes */.z)(r.read)} of ${(0,util_bytes/* formatBytes */.z)(r.bytes)} stored in ${(0,duration/* formatDuration */.a)(r.durationMs)}`);
            out.push(r);
        }
        if (out.every((r) => r.entries.length === 0)) {
            throw new errors/* ConfigError */.x('path', `no entry of backup ${backup.id} matches ${cfg.paths.map((p) => JSON.stringify(p)).join(', ')}; nothing was written`, 'Paths are relative to the component (`media/logo.png`, not `assets/media/logo.png`); `*` matches within a folder, `**` across folders. `--dry-run` lists what matches.');
        }
        // Everything read was checked: only now does anything appear in the target.
        for (const r of out) {
            const dir = staged.get(r.component);
            if (r.entries.length === 0)
                continue;
            const final = external_node_path_default().join(cfg.restoreDir, r.component);
            await (0,promises_.rmdir)(final).catch(() => undefined);
            await (0,promises_.rename)(dir, final);
            staged.delete(r.component);
            r.dir = final;
        }
        ok = true;
        return out;
    }
    finally {
        for (const d of staged.values())
            await (0,promises_.rm)(d, { recursive: true, force: true });
        if (!ok && made !== undefined)
            await (0,promises_.rm)(made, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** The job summary's table: what matched and the bytes read against each component's size. */
function partialSummaryLines(parts, dryRun) {
    const lines = ['| component | object | matched | read | stored | took |', '|---|---|---:|---:|---:|---:|'];
    for (const p of parts) {
        lines.push(`| ${p.component} | ${p.object} | ${p.seekable || !dryRun ? p.entries.length : '?'} | ${(0,util_bytes/* formatBytes */.z)(p.read)} | ${(0,util_bytes/* formatBytes */.z)(p.bytes)} | ${(0,duration/* formatDuration */.a)(p.durationMs)} |`);
    }
    return lines;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/core/sql-split.ts
// `restore --table`: one table's statements out of a plain SQL dump, as a file to load by hand.
// The dump is split into statements by a scanner that knows each dialect's quoting (strings,
// quoted names, comments, dollar quotes, COPY data), so text that looks like SQL inside a value
// (a row holding `CREATE TABLE x`) never starts a statement. Each statement is then attributed to
// a table by its leading words only.
/** The dump's dialect from its first lines, or why it cannot be split. */
function detectDialect(head, name) {
    if (head.subarray(0, 5).toString('latin1') === 'PGDMP') {
        throw new Error(`${name} is a PostgreSQL custom-format dump, which this cannot split: use \`pg_restore -t <table> -f <table>.sql ${name}\``);
    }
    const text = head.subarray(0, 4096).toString('utf8');
    if (/^-- PostgreSQL database dump/m.test(text))
        return 'postgres';
    if (/^-- (MySQL|MariaDB) dump/m.test(text))
        return 'mysql';
    throw new Error(`${name} is not a plain mysqldump/mariadb-dump or pg_dump file (its first lines do not say which), so it cannot be split safely: restore the file with --path and load it into a scratch database`);
}
/** End of a quoted run starting at `i` (the opening quote), past the closing one. */
function skipQuoted(s, i, q, backslash) {
    for (let j = i + 1; j < s.length; j++) {
        const c = s[j];
        if (backslash && c === '\\')
            j++;
        else if (c === q) {
            if (s[j + 1] === q)
                j++;
            else
                return j + 1;
        }
    }
    return s.length;
}
/** Where the token at `i` ends if it is a quote, comment or dollar quote; undefined otherwise. */
function skipToken(s, i, d) {
    const c = s[i];
    if (c === "'")
        return skipQuoted(s, i, "'", d === 'mysql' || /[eE]/.test(s[i - 1] ?? ''));
    if (c === '"')
        return skipQuoted(s, i, '"', d === 'mysql');
    if (c === '`' && d === 'mysql')
        return skipQuoted(s, i, '`', false);
    if (c === '-' && s[i + 1] === '-') {
        const nl = s.indexOf('\n', i);
        return nl < 0 ? s.length : nl + 1;
    }
    if (c === '/' && s[i + 1] === '*') {
        const end = s.indexOf('*/', i + 2);
        return end < 0 ? s.length : end + 2;
    }
    if (c === '$' && d === 'postgres') {
        const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(s.slice(i, i + 64));
        if (m) {
            const end = s.indexOf(m[0], i + m[0].length);
            return end < 0 ? s.length : end + m[0].length;
        }
    }
    return undefined;
}
function headOf(text) {
    let h = text.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*(?!!)[\s\S]*?\*\/)*/, '');
    const cond = /^\/\*!\d*\s*([\s\S]*?)\s*\*\/\s*;?$/.exec(h);
    if (cond)
        h = cond[1];
    return h;
}
/** The dump's statements in order; a COPY statement carries its data lines and `\.`. */
function* statements(s, d) {
    let start = 0;
    let i = 0;
    while (i < s.length) {
        if (d === 'mysql' && (i === 0 || s[i - 1] === '\n') && s.startsWith('DELIMITER ', i)) {
            // Triggers and routines: everything up to the delimiter's reset is one block.
            const end = s.indexOf('\nDELIMITER ;', i);
            i = end < 0 ? s.length : s.indexOf('\n', end + 1) < 0 ? s.length : s.indexOf('\n', end + 1) + 1;
            const text = s.slice(start, i);
            yield { text, head: headOf(text) };
            start = i;
            continue;
        }
        if (d === 'postgres' && s[i] === '\\' && (i === 0 || s[i - 1] === '\n')) {
            // A psql meta-command (pg_dump 15.14+ writes \restrict and \unrestrict): dropped, it is no SQL.
            const nl = s.indexOf('\n', i);
            const before = s.slice(start, i);
            i = nl < 0 ? s.length : nl + 1;
            if (!headOf(before).trim())
                start = i;
            continue;
        }
        const skip = skipToken(s, i, d);
        if (skip !== undefined) {
            i = skip;
            continue;
        }
        if (s[i] !== ';') {
            i++;
            continue;
        }
        i++;
        let text = s.slice(start, i);
        const head = headOf(text);
        if (d === 'postgres' && /^COPY\b[\s\S]*\bFROM\s+stdin$/i.test(head.replace(/;$/, ''))) {
            const end = s.indexOf('\n\\.\n', i - 1);
            const stop = end < 0 ? s.length : end + 4;
            text = s.slice(start, stop);
            i = stop;
        }
        yield { text, head };
        start = i;
    }
    if (s.slice(start).trim())
        yield { text: s.slice(start), head: headOf(s.slice(start)) };
}
/** A possibly qualified name at the start of `s`: its parts, unquoted. */
function nameAt(s, d) {
    const parts = [];
    let i = 0;
    for (;;) {
        const q = s[i];
        if (q === '"' || (q === '`' && d === 'mysql')) {
            const end = skipQuoted(s, i, q, false);
            parts.push(s
                .slice(i + 1, end - 1)
                .split(q + q)
                .join(q));
            i = end;
        }
        else {
            const m = /^[A-Za-z0-9_$]+/.exec(s.slice(i));
            if (!m)
                return parts.length ? parts : undefined;
            parts.push(m[0]);
            i += m[0].length;
        }
        if (s[i] !== '.')
            return parts;
        i++;
    }
}
const TABLE_LEADS = [
    /^CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?/i,
    /^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?/i,
    /^ALTER\s+TABLE\s+(?:ONLY\s+)?/i,
    /^INSERT\s+(?:IGNORE\s+)?INTO\s+/i,
    /^REPLACE\s+INTO\s+/i,
    /^LOCK\s+TABLES\s+/i,
    /^COPY\s+/i,
    /^COMMENT\s+ON\s+(?:TABLE|COLUMN)\s+/i,
    /^CREATE\s+(?:UNIQUE\s+)?INDEX\s+[\s\S]*?\bON\s+(?:ONLY\s+)?/i,
    /^CREATE\s+TRIGGER\s+[\s\S]*?\bON\s+/i,
];
/** The table a statement is about, by its leading words; undefined for anything else. */
function tableOf(head, d) {
    for (const re of TABLE_LEADS) {
        const m = re.exec(head);
        if (!m)
            continue;
        const parts = nameAt(head.slice(m[0].length), d);
        // COMMENT ON COLUMN s.t.c: the table is all but the last part.
        if (parts && /^COMMENT\s+ON\s+COLUMN/i.test(head))
            return parts.slice(0, -1);
        return parts;
    }
    return undefined;
}
function sameTable(parts, wanted) {
    return parts !== undefined && (parts[parts.length - 1] === wanted || parts.join('.') === wanted);
}
/** Sequences a table owns (`ALTER SEQUENCE s OWNED BY t.c`), by their qualified names. */
function ownedSequences(all, wanted) {
    const out = new Set();
    for (const st of all) {
        const m = /^ALTER\s+SEQUENCE\s+/i.exec(st.head);
        if (!m)
            continue;
        const seq = nameAt(st.head.slice(m[0].length), 'postgres');
        const by = /\bOWNED\s+BY\s+/i.exec(st.head);
        if (seq && by && sameTable(nameAt(st.head.slice(by.index + by[0].length), 'postgres')?.slice(0, -1), wanted))
            out.add(seq.join('.'));
    }
    return out;
}
/** A PostgreSQL statement about a sequence the table owns (its creation, its current value). */
function isOwnedSequence(head, owned) {
    const m = /^(?:CREATE|ALTER)\s+SEQUENCE\s+(?:IF\s+NOT\s+EXISTS\s+)?/i.exec(head);
    if (m)
        return owned.has(nameAt(head.slice(m[0].length), 'postgres')?.join('.') ?? '');
    const v = /^SELECT\s+pg_catalog\.setval\('([^']+)'/i.exec(head);
    return v !== undefined && v !== null && owned.has(v[1].replace(/"/g, ''));
}
const DROPPED = /^(?:GRANT|REVOKE)\b|\bOWNER\s+TO\b/i;
/**
 * The statements of one table: the dump's leading settings, its definition, data, keys, indexes,
 * triggers and (PostgreSQL) owned sequences, in dump order. Ownership and grants are left out:
 * the roles may not exist where it is loaded. Undefined when the dump holds no such table.
 */
function extractTable(sql, d, wanted) {
    const all = [...statements(sql, d)];
    const owned = d === 'postgres' ? ownedSequences(all, wanted) : new Set();
    const out = [];
    let seenTable = false;
    let current;
    let found = false;
    for (const st of all) {
        const t = tableOf(st.head, d);
        if (t) {
            seenTable = true;
            current = t;
        }
        if (!seenTable) {
            if (/^SET\b|^SELECT\s+pg_catalog\.set_config\b/i.test(st.head))
                out.push(st.text.trim());
            continue;
        }
        if (DROPPED.test(st.head))
            continue;
        // MySQL keeps a table's statements together, so settings and UNLOCK TABLES between them
        // belong to the table before; PostgreSQL orders by kind, so only named statements count.
        const mine = t
            ? sameTable(t, wanted)
            : d === 'mysql'
                ? sameTable(current, wanted) && !/^(?:CREATE|DROP)\b/i.test(st.head)
                : isOwnedSequence(st.head, owned);
        if (mine) {
            out.push(st.text.trim());
            if (t && /^CREATE\s+(?:UNLOGGED\s+)?TABLE/i.test(st.head))
                found = true;
        }
    }
    return found ? out.join('\n\n') + '\n' : undefined;
}
/** Every table a dump creates, for the error that names what it holds. */
function tablesIn(sql, d) {
    const out = [];
    for (const st of statements(sql, d)) {
        if (/^CREATE\s+(?:UNLOGGED\s+)?TABLE/i.test(st.head)) {
            const t = tableOf(st.head, d);
            if (t)
                out.push(t.join('.'));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/table-restore.ts









// `restore --table`: the data component's dump files read (by range where the archive is
// seekable), each requested table's statements cut out of the plain dump that holds it, and
// written as one SQL file into `restore-dir`, never loaded.
/** Dumps are read whole into memory to be split; past this, a scratch database is the way. */
const MAX_DUMP_BYTES = 512 << 20;
const DUMP_RE = /\.(sql|dump|pgdump|backup)(\.gz)?$/i;
/** The same files as globs, for a dry run's listing. */
const DUMP_GLOBS = ['**/*.sql', '**/*.sql.gz', '**/*.dump', '**/*.dump.gz', '**/*.pgdump', '**/*.backup'];
function loadHint(d, file) {
    return d === 'mysql' ? `mysql <database> < ${file}` : `psql -d <database> -v ON_ERROR_STOP=1 -f ${file}`;
}
/** A file name for a table: safe characters kept, the rest replaced, a short hash when anything was. */
function fileFor(dump, table) {
    const stem = external_node_path_default().basename(dump).replace(DUMP_RE, '');
    const safe = `${stem}.${table}`.replace(/[^A-Za-z0-9._-]/g, '_');
    return safe === `${stem}.${table}` ? `${safe}.sql` : `${safe}-${(0,external_node_crypto_.createHash)('sha256').update(table).digest('hex').slice(0, 6)}.sql`;
}
async function dumpFiles(dir, rel = '') {
    const out = [];
    for (const e of await (0,promises_.readdir)(external_node_path_default().join(dir, rel), { withFileTypes: true }).catch(() => [])) {
        const p = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory())
            out.push(...(await dumpFiles(dir, p)));
        else if (e.isFile() && DUMP_RE.test(e.name))
            out.push(p);
    }
    return out.sort();
}
async function readDump(file, name) {
    let b = await (0,promises_.readFile)(file);
    if (b[0] === 0x1f && b[1] === 0x8b)
        b = (0,external_node_zlib_.gunzipSync)(b, { maxOutputLength: MAX_DUMP_BYTES });
    if (b.length > MAX_DUMP_BYTES)
        throw new Error(`${name} is larger than ${(0,util_bytes/* formatBytes */.z)(MAX_DUMP_BYTES)}: restore it with --path and load it into a scratch database`);
    return b;
}
/** Splits the restored dumps; one file per table into `outDir` (which must not hold it yet). */
async function splitDumps(work, tables, outDir) {
    const found = [];
    const problems = [];
    const seen = [];
    for (const dump of await dumpFiles(work)) {
        let sql;
        let d;
        try {
            const b = await readDump(external_node_path_default().join(work, dump), dump);
            d = detectDialect(b, dump);
            sql = b.toString('utf8');
        }
        catch (e) {
            problems.push(e.message);
            continue;
        }
        seen.push(...tablesIn(sql, d).map((t) => `${t} (${dump})`));
        for (const t of tables) {
            const text = extractTable(sql, d, t);
            if (text === undefined)
                continue;
            const name = fileFor(dump, t);
            const header = `-- Table ${t} from ${dump}, cut out of the dump by site-backup-action. Not loaded: load it with\n--   ${loadHint(d, name)}\n\n`;
            found.push({
                table: t,
                dump,
                file: external_node_path_default().join(outDir, name),
                bytes: Buffer.byteLength(header + text),
                dialect: d,
                load: loadHint(d, external_node_path_default().join(outDir, name)),
                text: header + text,
            });
        }
    }
    const missing = tables.filter((t) => !found.some((f) => f.table === t));
    if (missing.length) {
        const why = [...problems, seen.length ? `the dumps hold ${seen.slice(0, 30).join(', ')}` : 'no plain dump with tables was found'].join('; ');
        throw new errors/* ConfigError */.x('table', `no table ${missing.map((t) => JSON.stringify(t)).join(', ')} in the data component (${why}); nothing was written`, 'Give the table name as the dump writes it (without quotes; `schema.table` or just `table`).');
    }
    // Written only once every table was found; an existing file is never replaced.
    await (0,promises_.mkdir)(outDir, { recursive: true });
    for (const f of found)
        await (0,promises_.writeFile)(f.file, f.text, { flag: 'wx', mode: 0o600 });
    return found.map(({ text: _t, ...f }) => f);
}
/** `restore --table`: reads the data component's dumps and writes each table's SQL file into `restore-dir`. */
async function restoreTables(cfg, deps, backup, chosen) {
    const data = chosen.find((c) => c.name === 'data');
    if (!data)
        throw new errors/* ConfigError */.x('table', `backup ${backup.id} restores no data component here`, 'Tables come from the data component: leave `components` empty or include `data`.');
    const work = await (0,cleanup/* makeStaging */.me)(deps.tmpRoot, 'tables');
    try {
        const tree = external_node_path_default().join(work, 'dumps');
        await (0,promises_.mkdir)(tree, { mode: 0o700 });
        const part = await oneComponent({ ...cfg, dryRun: false }, deps, backup, data, (p) => DUMP_RE.test(p), tree);
        const files = await splitDumps(tree, cfg.tables, cfg.restoreDir);
        for (const f of files)
            deps.log.info(`data: table ${f.table} from ${f.dump} written to ${f.file} (${(0,util_bytes/* formatBytes */.z)(f.bytes)}); it was not loaded. Load it with: ${f.load}`);
        deps.log.info(`data: read ${(0,util_bytes/* formatBytes */.z)(part.read)} of ${(0,util_bytes/* formatBytes */.z)(part.bytes)} stored`);
        return { part, files };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/restore.ts















// Restore, in the one order that can never leave a target half-restored from a bad backup:
//   1. choose the backup and read its manifest;   2. download every object, hashing as it streams;
//   3. check every sha256 and size;               4. decrypt, decompress and list every archive,
//   refusing unsafe entries;                      5. extract;   6. platform restore per component.
// Nothing outside our temporary folder changes before step 5, and no platform operation runs (the
// platform is not even opened) before every archive of the restore has passed steps 3 and 4.
const DEFAULT_PROTECTED = ['production', 'live', 'main', 'master'];
/** Comma, space or newline separated, compared without case: `Production` is protected too. */
function isProtected(env, list) {
    return list.some((p) => p.toLowerCase() === env.toLowerCase());
}
/**
 * Refuses a protected target unless `confirm` repeats its exact name, and says what to type.
 * Pure, and called before anything is downloaded.
 */
function checkConfirm(cfg) {
    if (!isProtected(cfg.targetEnvironment, cfg.protectedEnvironments))
        return;
    if (cfg.confirm === cfg.targetEnvironment)
        return;
    const got = cfg.confirm === undefined ? 'is empty' : `is "${cfg.confirm}", which is not the exact target name`;
    throw new errors/* ConfigError */.x('confirm', `${got}; restoring into \`${cfg.targetEnvironment}\` overwrites a protected environment of ${cfg.site}`, `To go ahead, set \`confirm: ${cfg.targetEnvironment}\` (CLI: \`--confirm ${cfg.targetEnvironment}\`). Protected environments: ${cfg.protectedEnvironments.join(', ')} (input \`protected-environments\`). Try \`dry-run: true\` first to see the plan.`);
}
/** Each chosen component as the plan shows it: its object, sizes, checksum and what restoring it does. */
function planComponents(cfg, chosen, restoreCommandSet) {
    return chosen.map((c) => ({
        component: c.name,
        object: c.object,
        bytes: c.bytes,
        compression: c.compression,
        encryption: c.encryption,
        files: c.files,
        contentBytes: c.contentBytes,
        sha256: c.sha256,
        operation: describeOperation(cfg, c.name, restoreCommandSet),
    }));
}
function describeOperation(cfg, component, restoreCommandSet) {
    if (cfg.platform === 'command') {
        const dir = external_node_path_default().join(cfg.restoreDir, component);
        return restoreCommandSet(component)
            ? `extract into ${dir}/, then run \`${component}-restore-command\` with $BACKUP_IN=${dir}`
            : `extract into ${dir}/ (no \`${component}-restore-command\` is set)`;
    }
    return `\`${cfg.platform}\` restores ${component} into environment \`${cfg.targetEnvironment}\``;
}
/** Components to restore: the requested ones (all by default), each of which the backup must hold. */
function chooseComponents(manifest, requested) {
    if (!requested)
        return manifest.components;
    const out = [];
    for (const r of requested) {
        const c = manifest.components.find((x) => x.name === r);
        if (!c) {
            throw new errors/* ConfigError */.x('components', `backup ${manifest.id} holds no "${r}" component`, `It holds ${manifest.components.map((x) => x.name).join(', ')}; pick from those or leave \`components\` empty.`);
        }
        out.push(c);
    }
    return out;
}
/** Where an extracted component for the `command` platform lands; it must be absent or empty. */
async function assertEmptyTarget(dir, component) {
    const names = (await (0,fs/* readdirIfExists */.X)(dir)) ?? [];
    if (names.length > 0) {
        throw new errors/* ConfigError */.x('restore-dir', `${dir} already holds ${names.length} ${names.length === 1 ? 'entry' : 'entries'}, and restoring ${component} over them would mix two versions`, 'Remove or move that folder, or point `restore-dir` at an empty or new folder.');
    }
}
/**
 * Lists the store, reads the manifest and builds the plan. Changes nothing, downloads nothing but
 * the manifest: it is the whole of a dry run.
 */
async function planRestore(cfg, store, restoreCommandSet = () => false) {
    const list = await store.list(cfg.site, cfg.environment);
    const backup = (0,verify/* pickBackup */.I4)(list, cfg.backup);
    const manifest = await (0,verify/* loadManifest */.eY)(store, backup);
    const chosen = chooseComponents(manifest, cfg.components);
    const plan = {
        site: cfg.site,
        sourceEnvironment: cfg.environment,
        targetEnvironment: cfg.targetEnvironment,
        platform: cfg.platform,
        backupId: backup.id,
        manifest,
        components: planComponents(cfg, chosen, restoreCommandSet),
        bytes: chosen.reduce((n, c) => n + c.bytes, 0),
    };
    if (isProtected(cfg.targetEnvironment, cfg.protectedEnvironments))
        plan.needsConfirm = cfg.targetEnvironment;
    return { plan, backup, chosen };
}
function planText(plan, storeLocation) {
    const lines = [
        `Restore plan: ${plan.site}/${plan.sourceEnvironment} backup ${plan.backupId} (made ${plan.manifest.createdAt}, ${plan.manifest.trigger}, platform ${plan.manifest.platform})`,
        `  from   ${storeLocation}`,
        `  into   environment \`${plan.targetEnvironment}\` with platform \`${plan.platform}\`${plan.targetEnvironment !== plan.sourceEnvironment ? ` (a different environment than the backup's \`${plan.sourceEnvironment}\`)` : ''}`,
    ];
    for (const c of plan.components) {
        lines.push(`  ${c.component.padEnd(6)} ${c.object} ${(0,util_bytes/* formatBytes */.z)(c.bytes)} stored, ${(0,util_text/* plural */.LS)(c.files, 'file', 'files')}, ${(0,util_bytes/* formatBytes */.z)(c.contentBytes)}, sha256 ${c.sha256.slice(0, 12)}${c.encryption === 'age' ? ', age-encrypted' : ''}: ${c.operation}`);
    }
    lines.push(`  total  ${(0,util_bytes/* formatBytes */.z)(plan.bytes)} to download and verify (sha256) before anything changes`);
    if (plan.needsConfirm)
        lines.push(`  \`${plan.targetEnvironment}\` is protected: a real run needs \`confirm: ${plan.needsConfirm}\``);
    return lines.join('\n');
}
function noIdentityError(id, encrypted) {
    return new errors/* ConfigError */.x('decrypt-identity', `backup ${id} is age-encrypted (${encrypted.join(', ')}) and no identity was given`, 'Set `decrypt-identity` from a secret holding the age key file (`AGE-SECRET-KEY-1…`) whose public key was in `encrypt-to`.');
}
/** Runs a restore. Throws before any change when the backup is damaged, unsafe or unreadable. */
async function runRestore(cfg, deps, restoreCommandSet = () => false) {
    // format: restic restores snapshots, not archives (src/restic/restore.ts).
    if ((0,restic_store/* isResticStore */.c3)(deps.store) && (cfg.paths?.length || cfg.tables?.length)) {
        throw new errors/* ConfigError */.x(cfg.paths?.length ? 'path' : 'table', 'is not supported with `format: restic` yet', 'Restore the component and pick the files from it, or use `restic restore <snapshot> --include /<component>/<path>` by hand (FORMAT.md, "Restoring by hand with restic").');
    }
    if ((0,restic_store/* isResticStore */.c3)(deps.store))
        return (await __webpack_require__.e(/* import() */ 408).then(__webpack_require__.bind(__webpack_require__, 2408))).resticRestore(cfg, { ...deps, store: deps.store }, restoreCommandSet);
    const started = Date.now();
    const { store, log } = deps;
    // Cheap refusals first: nothing is downloaded for a run that could never go ahead. A `--path`
    // restore writes into `restore-dir` only, never into the target environment.
    if (!cfg.dryRun && !cfg.paths?.length && !cfg.tables?.length)
        checkConfirm(cfg);
    const { plan, backup, chosen } = await planRestore(cfg, store, restoreCommandSet);
    log.info(planText(plan, store.location(backup)));
    const encrypted = chosen.filter((c) => c.encryption === 'age').map((c) => c.object);
    const missingIdentity = encrypted.length > 0 && cfg.identities.length === 0;
    if (cfg.paths?.length || cfg.tables?.length) {
        // Even a dry run of `path` or `table` reads the member index, which is encrypted with its archive.
        if (missingIdentity)
            throw noIdentityError(backup.id, encrypted);
        return {
            ...(await restoreSome(cfg, deps, backup, chosen)),
            plan,
            dryRun: cfg.dryRun,
            components: [],
            durationMs: Date.now() - started,
        };
    }
    if (cfg.dryRun) {
        // A dry run only shows the plan, so it needs no key; it says what the real run will need.
        if (missingIdentity)
            log.info(`  ${encrypted.join(', ')} age-encrypted: a real run needs \`decrypt-identity\``);
        log.info('Dry run: nothing was downloaded, extracted or restored.');
        return { plan, dryRun: true, components: [], durationMs: Date.now() - started };
    }
    if (missingIdentity)
        throw noIdentityError(backup.id, encrypted);
    const early = (0,verify/* listingDamage */.Qi)(backup, chosen);
    if (early.length)
        throw new verify/* IntegrityError */.cs(early, `refusing to restore ${backup.id}, nothing was changed`);
    if (cfg.platform === 'command') {
        for (const c of chosen)
            await assertEmptyTarget(external_node_path_default().join(cfg.restoreDir, c.name), c.name);
    }
    const work = await (0,cleanup/* makeStaging */.me)(deps.tmpRoot, 'restore');
    const staged = [];
    try {
        // Free space for what the manifests declare (the extraction holds each archive to it).
        await requireFreeSpace(cfg.platform === 'command' ? cfg.restoreDir : work, chosen.reduce((n, c) => n + c.contentBytes, 0));
        // Private folders to extract into: for `command` hidden beside the target (renamed into
        // place once every component passed, so the target never shows a partly extracted or
        // unchecked component), else in the private work folder the platform restores from.
        const dirs = new Map();
        if (cfg.platform === 'command')
            await (0,promises_.mkdir)(cfg.restoreDir, { recursive: true });
        for (const c of chosen) {
            let dir;
            if (cfg.platform === 'command') {
                dir = external_node_path_default().join(cfg.restoreDir, `.site-backup-${c.name}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.partial`);
                staged.push(dir);
            }
            else {
                dir = external_node_path_default().join(work, `extract-${c.name}`);
            }
            await (0,promises_.mkdir)(dir, { mode: 0o700 });
            dirs.set(c.name, dir);
        }
        // 1-5: every object downloaded in full, checked, and its archive judged entry by entry and
        // extracted into its private folder (one read of a local store's object for all three). Only
        // when every checksum matched and every archive passed does anything move into place. A
        // damaged object is named as damaged first, whatever its archive held; then the first archive
        // that was refused.
        const files = new Map();
        const fetched = new Map();
        const damage = [];
        const results = await atOnce(chosen, deps.signal, (c, signal) => (0,verify/* fetchObject */.ii)(store, backup, c, external_node_path_default().join(work, c.object), signal, log, { identities: cfg.identities, extractTo: dirs.get(c.name) }));
        for (const [i, c] of chosen.entries()) {
            const file = external_node_path_default().join(work, c.object);
            const f = results[i];
            log.info(`${c.name}: downloaded ${(0,util_bytes/* formatBytes */.z)(f.bytes)} in ${(0,duration/* formatDuration */.a)(f.durationMs)} (${(0,util_bytes/* formatRate */.C)(f.bytes, f.durationMs)}), sha256 ${f.problem ? `MISMATCH: ${f.problem}` : 'ok'}`);
            if (f.problem)
                damage.push({ backup: backup.id, object: c.object, problem: f.problem });
            files.set(c.name, { file, downloadMs: f.durationMs });
            fetched.set(c.name, f);
        }
        if (damage.length)
            throw new verify/* IntegrityError */.cs(damage, `refusing to restore ${backup.id}, nothing was changed`);
        const listings = new Map();
        for (const c of chosen) {
            const f = fetched.get(c.name);
            if (f.listError) {
                f.listError.message = `refusing to restore ${backup.id}, nothing was changed: ${f.listError.message}`;
                throw f.listError;
            }
            const l = f.listing;
            listings.set(c.name, l);
            log.info(`${c.name}: ${(0,util_text/* plural */.LS)(l.entries, 'entry', 'entries')} checked and extracted (${(0,util_text/* plural */.LS)(l.files, 'file', 'files')}, ${(0,util_bytes/* formatBytes */.z)(l.contentBytes)}), all inside the target`);
            // Archives hold the component's contents, not its root folder's mode, and the 0700 used
            // while extracting would travel on: rsync-based restores (ssh, mount:upload) copy the
            // source folder's mode onto the target. The private `work` folder above still guards it.
            await (0,promises_.chmod)(dirs.get(c.name), 0o755);
            await (0,promises_.rm)(files.get(c.name).file, { force: true });
        }
        if (cfg.platform === 'command') {
            for (const c of chosen) {
                const final = external_node_path_default().join(cfg.restoreDir, c.name);
                // An empty folder there (checked above) is replaced; rename refuses a non-empty one.
                await (0,promises_.rmdir)(final).catch(() => undefined);
                await (0,promises_.rename)(dirs.get(c.name), final);
                staged.splice(staged.indexOf(dirs.get(c.name)), 1);
                dirs.set(c.name, final);
            }
        }
        // 6: the platform, per component.
        const platform = await deps.openPlatform();
        const restored = [];
        try {
            for (const c of chosen) {
                const t = Date.now();
                log.info(`${c.name}: restoring into \`${cfg.targetEnvironment}\`…`);
                try {
                    await platform.restore(c.name, dirs.get(c.name), {
                        targetEnvironment: cfg.targetEnvironment,
                        signal: deps.signal ?? new AbortController().signal,
                    });
                }
                catch (e) {
                    // Past this point the target has changed: say exactly how far the restore got.
                    const done = restored.map((r) => r.component);
                    const state = done.length
                        ? `${done.join(', ')} ${done.length === 1 ? 'was' : 'were'} restored already; ${c.name} may be partly restored`
                        : `nothing was restored before it; ${c.name} may be partly restored`;
                    throw new errors/* ComponentError */.O(c.name, `restore into \`${cfg.targetEnvironment}\` failed (${state}): ${e.message}`, {
                        cause: e,
                    });
                }
                const planned = plan.components.find((p) => p.component === c.name);
                restored.push({
                    ...planned,
                    listing: listings.get(c.name),
                    downloadMs: files.get(c.name).downloadMs,
                    restoreMs: Date.now() - t,
                    ...(cfg.platform === 'command' ? { dir: dirs.get(c.name) } : {}),
                });
                log.info(`${c.name}: restored in ${(0,duration/* formatDuration */.a)(Date.now() - t)}`);
            }
        }
        finally {
            await platform.close();
        }
        return { plan, dryRun: false, components: restored, durationMs: Date.now() - started };
    }
    catch (e) {
        if (e instanceof unpack/* ArchiveReadError */.j$ && !/nothing was changed/.test(e.message) && staged.length) {
            e.message += ' (the partly extracted folder was removed)';
        }
        throw e;
    }
    finally {
        for (const d of staged)
            await (0,promises_.rm)(d, { recursive: true, force: true });
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** `--path` and `--table`: a few entries or tables into `restore-dir`, read by range where the archives allow. */
async function restoreSome(cfg, deps, backup, chosen) {
    const early = cfg.dryRun ? [] : (0,verify/* listingDamage */.Qi)(backup, chosen);
    if (early.length)
        throw new verify/* IntegrityError */.cs(early, `refusing to restore ${backup.id}, nothing was changed`);
    const base = { identities: cfg.identities, dryRun: cfg.dryRun, restoreDir: cfg.restoreDir };
    if (cfg.tables?.length && !cfg.dryRun) {
        const t = await restoreTables({ ...base, paths: [], tables: cfg.tables }, deps, backup, chosen);
        return { partial: [t.part], tables: t.files };
    }
    // A dry run of --table lists the dump files it would read.
    const paths = cfg.paths?.length ? cfg.paths : DUMP_GLOBS;
    return {
        partial: await restorePaths({ ...base, paths }, deps, backup, cfg.tables?.length ? chosen.filter((c) => c.name === 'data') : chosen),
    };
}
/** Components handled at once: two, as the backup packs them, so memory stays bounded. */
const AT_ONCE = 2;
/**
 * Runs `fn` over the components, AT_ONCE at a time, and returns the results in their order. Two
 * at once let one's reads, hashing and writes share the runner's two cores with the other's
 * decompression, instead of taking turns. The first failure aborts the others (through the signal
 * each gets), and is thrown once they have all ended.
 */
async function atOnce(items, outer, fn) {
    const stop = new AbortController();
    const signal = outer ? AbortSignal.any([outer, stop.signal]) : stop.signal;
    let failure;
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length && !failure) {
            const i = next++;
            try {
                out[i] = await fn(items[i], signal);
            }
            catch (e) {
                failure ??= { error: e };
                stop.abort(new Error('stopped because another component failed'));
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
    if (failure)
        throw failure.error;
    return out;
}
/** Refuses to start extracting when the folder's file system cannot hold `bytes` (plus 1%, for metadata). */
async function requireFreeSpace(dir, bytes) {
    let probe = dir;
    // The target may not exist yet: ask the nearest folder that does.
    for (;;) {
        const st = await (0,promises_.statfs)(probe).catch(() => undefined);
        if (st) {
            const free = st.bavail * st.bsize;
            const need = Math.ceil(bytes * 1.01);
            if (free < need)
                throw new Error(`not enough free space in ${dir}: the backup holds ${(0,util_bytes/* formatBytes */.z)(bytes)} and ${(0,util_bytes/* formatBytes */.z)(free)} is free; nothing was changed`);
            return;
        }
        const up = external_node_path_default().dirname(probe);
        if (up === probe)
            return;
        probe = up;
    }
}
/** The job summary of a restore or a dry run. Pure. */
function restoreSummaryMarkdown(r, storeLocation) {
    const p = r.plan;
    if (r.partial)
        return partialSummaryMarkdown(r, r.partial, storeLocation);
    const head = r.dryRun ? `## Restore plan (dry run): ${p.site}` : `## Restored ${p.site}`;
    const lines = [
        `${head} from \`${p.backupId}\``,
        '',
        `- **Backup**: \`${p.backupId}\` of \`${p.sourceEnvironment}\`, made ${p.manifest.createdAt} (${p.manifest.trigger}) by ${p.manifest.tool.name} ${p.manifest.tool.version}${p.manifest.source.runUrl ? ` in [this run](${p.manifest.source.runUrl})` : ''}`,
        `- **From**: ${storeLocation}`,
        `- **Into**: environment \`${p.targetEnvironment}\` with platform \`${p.platform}\``,
        '',
    ];
    if (r.dryRun) {
        lines.push('| component | object | stored | sha256 | files | content | operation |', '|---|---|---:|---|---:|---:|---|');
        for (const c of p.components)
            lines.push(`| ${c.component} | ${c.object} | ${(0,util_bytes/* formatBytes */.z)(c.bytes)} | \`${c.sha256.slice(0, 12)}\` | ${c.files} | ${(0,util_bytes/* formatBytes */.z)(c.contentBytes)} | ${(0,markdown/* cell */.Hn)(c.operation)} |`);
        lines.push('', `Nothing was downloaded or changed.${p.needsConfirm ? ` \`${p.targetEnvironment}\` is protected: a real run needs \`confirm: ${p.needsConfirm}\`.` : ''}`);
    }
    else {
        lines.push('| component | object | stored | files | content | download + verify | restore |', '|---|---|---:|---:|---:|---:|---:|');
        for (const c of r.components) {
            lines.push(`| ${c.component} | ${c.object} | ${(0,util_bytes/* formatBytes */.z)(c.bytes)} | ${c.listing.files} | ${(0,util_bytes/* formatBytes */.z)(c.listing.contentBytes)} | ${(0,duration/* formatDuration */.a)(c.downloadMs)} | ${(0,duration/* formatDuration */.a)(c.restoreMs)} |`);
        }
        lines.push('', `Every object's sha256 matched the manifest before anything changed. Took ${(0,duration/* formatDuration */.a)(r.durationMs)} in all.`);
    }
    lines.push('');
    return lines.join('\n');
}
/** The job summary of a `--path` restore: what matched, and the bytes read against each component's size. */
function partialSummaryMarkdown(r, parts, storeLocation) {
    const p = r.plan;
    const read = parts.reduce((n, c) => n + c.read, 0);
    const stored = parts.reduce((n, c) => n + c.bytes, 0);
    const lines = [
        `## ${r.dryRun ? 'Files matching (dry run)' : 'Restored files'} of ${p.site} from \`${p.backupId}\``,
        '',
        `- **Backup**: \`${p.backupId}\` of \`${p.sourceEnvironment}\`, made ${p.manifest.createdAt} (${p.manifest.trigger})`,
        `- **From**: ${storeLocation}`,
        `- **Read**: ${(0,util_bytes/* formatBytes */.z)(read)} of ${(0,util_bytes/* formatBytes */.z)(stored)} stored`,
        '',
        ...partialSummaryLines(parts, r.dryRun),
        '',
        ...(r.tables ?? []).map((t) => `- Table \`${t.table}\` from \`${t.dump}\`: \`${external_node_path_default().basename(t.file)}\` (${(0,util_bytes/* formatBytes */.z)(t.bytes)}), not loaded; load it with \`${t.load}\``),
        ...(r.tables?.length ? [''] : []),
        r.dryRun
            ? 'Only the manifest and the member indexes were read; nothing was written.'
            : `Every byte read was checked before anything was written into the restore folder. Took ${(0,duration/* formatDuration */.a)(r.durationMs)} in all.`,
        '',
    ];
    return lines.join('\n');
}


/***/ }),

/***/ 3596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ normalizeGlob),
/* harmony export */   f: () => (/* binding */ globMatcher)
/* harmony export */ });
// Path globs for `restore --path`: `*` and `?` within one path segment, `**` across segments.
// A pattern also selects everything below a folder it matches (`--path media/2024`).
function toRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                i++;
                if (glob[i + 1] === '/') {
                    i++;
                    re += '(?:.*/)?';
                }
                else
                    re += '.*';
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`, 'u');
}
/** A glob as given, without a leading `./` or a trailing `/`. */
function normalizeGlob(glob) {
    return glob
        .trim()
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
}
/** Whether a path (relative, `/`-separated) or one of its folders matches any of the globs. */
function globMatcher(globs) {
    const res = globs.map((g) => toRegExp(normalizeGlob(g)));
    return (p) => {
        for (let cut = p.length; cut > 0; cut = p.lastIndexOf('/', cut - 1)) {
            const head = p.slice(0, cut);
            if (res.some((r) => r.test(head)))
                return true;
        }
        return false;
    };
}


/***/ })

};
