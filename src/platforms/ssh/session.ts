import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ConfigError } from '../../model/errors.js';
import type { Component } from '../../model/manifest.js';
import { redact } from '../../report/redact.js';
import { sqlClientFailure } from '../../util/dump-guard.js';
import { childEnv, lastLines, runProcess, type RunResult } from '../../util/exec.js';
import type { PlatformContext, PlatformSession, RestoreOptions } from '../platform.js';
import { filesLocation, type SshConfig } from './config.js';
import { DUMP_FILE, verifyDump } from './dump-checks.js';
import { explainSshFailure, rsyncFailure, sshFailure } from './errors.js';
import {
  MODE_MARK,
  PROBE_MARK,
  STATUS_MARK,
  credentialLine,
  drushDumpScript,
  drushRestoreScript,
  inspectScript,
  mysqlDumpScript,
  mysqlRestoreScript,
  MYSQL_RESTORE_PREAMBLE_LINES,
  PG_RESTORE_PREAMBLE_LINES,
  pgDumpScript,
  pgRestoreScript,
  remoteCommand,
  targetDirScript,
  type DbTarget,
  type DrushTarget,
} from './scripts.js';

// The ssh session: connects once (host key checked or accepted and reported), then exports and
// restores each component with rsync or a remote script over ssh, never holding a dump in memory.

/** One line of rsync's `-e`: rsync splits on spaces and honours single quotes (not backslashes). */
function rsyncShell(args: string[]): string {
  return args.map((a) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(a) ? a : `'${a}'`)).join(' ');
}

/** SHA256:… as ssh-keygen -l prints it, for the fingerprint of a key accepted on first use. */
function fingerprint(keyB64: string): string {
  return `SHA256:${createHash('sha256').update(Buffer.from(keyB64, 'base64')).digest('base64').replace(/=+$/, '')}`;
}

/**
 * How a pull makes `outDir` an exact mirror, so a folder seeded with the previous export
 * (src/core/pull-cache.ts) is safe: files gone from the host go (--delete), and so do files an
 * exclude now leaves out (--delete-excluded). On an empty folder both are no-ops. rsync writes
 * each changed file to a temporary name and renames it into place, so a seed hard-linked into
 * `outDir` is never changed through the link, and an interrupted pull leaves no half file.
 */
const MIRROR = ['--delete', '--delete-excluded'];
/** The --stats lines a pull's summary is made of (rsync 3.x: "Number of files: 1,234 (reg: …)"). */
const STATS_RE =
  /^(Number of files|Number of regular files transferred|Number of deleted files|Total file size|Total transferred file size|Total bytes received): ([\d,]+)/;

interface Inspection {
  rootExists: boolean;
  filesExist?: boolean;
  drush?: string;
  drushMissing?: boolean;
}

/** One connection's worth of settings and scratch files; every operation is one ssh or rsync run. */
export class SshSession implements PlatformSession {
  readonly components: readonly Component[];
  private readonly keyFile: string;
  private readonly knownHostsFile: string;
  private readonly childEnv: NodeJS.ProcessEnv;
  private inspection?: Inspection;

  constructor(
    private readonly cfg: SshConfig,
    private readonly ctx: PlatformContext,
  ) {
    this.components = cfg.dbType === 'none' ? ['code', 'assets'] : ['code', 'assets', 'data'];
    this.keyFile = path.join(ctx.workDir, 'ssh-key');
    this.knownHostsFile = path.join(ctx.workDir, 'ssh-known-hosts');
    // ssh and rsync get an allow-listed environment (SECURITY.md): no inputs (the key), no
    // database password (it goes on stdin), no cloud credentials; an ssh agent if there is one.
    this.childEnv = childEnv(ctx.env, ['SSH_AUTH_SOCK']);
  }

  explainUnsupported(c: Component): string {
    if (c === 'data')
      return '`db-type` is `none`, so no database is dumped; set `db-type` (mysql, mariadb, pgsql) and `db-name`, or let drush find the database';
    return `the ssh platform always covers ${c}`;
  }

  private sshArgs(): string[] {
    const a = ['-T', '-p', String(this.cfg.port)];
    if (this.cfg.key) a.push('-i', this.keyFile, '-o', 'IdentitiesOnly=yes');
    if (this.cfg.user) a.push('-l', this.cfg.user);
    a.push(
      '-o',
      'BatchMode=yes',
      '-o',
      `UserKnownHostsFile=${/\s/.test(this.knownHostsFile) ? `"${this.knownHostsFile}"` : this.knownHostsFile}`,
      '-o',
      'GlobalKnownHostsFile=/dev/null',
      '-o',
      `StrictHostKeyChecking=${this.cfg.acceptNewHostKey ? 'accept-new' : 'yes'}`,
      '-o',
      'HashKnownHosts=no',
      '-o',
      'UpdateHostKeys=no',
      '-o',
      'ConnectTimeout=30',
      '-o',
      'ServerAliveInterval=15',
      '-o',
      'ServerAliveCountMax=4',
      '-o',
      'ControlMaster=no',
      '-o',
      'ControlPath=none',
      '-o',
      'ClearAllForwardings=yes',
      '-o',
      'LogLevel=ERROR',
    );
    return a;
  }

  private get hostArg(): string {
    return this.cfg.host.replace(/^\[(.*)\]$/, '$1');
  }

  /** `host:path` as rsync wants it (IPv6 in brackets). */
  private remote(p: string): string {
    const h = this.hostArg.includes(':') ? `[${this.hostArg}]` : this.hostArg;
    return `${h}:${p}`;
  }

  private async ssh(
    script: string,
    opts: { input?: string | Readable; stdout?: Writable; signal?: AbortSignal; tag: string },
  ): Promise<RunResult & { status?: number; stdout: string }> {
    let status: number | undefined;
    const out: string[] = [];
    const r = await runProcess('ssh', [...this.sshArgs(), '--', this.hostArg, remoteCommand(script)], {
      env: this.childEnv,
      input: opts.input ?? '',
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.stdout ? { stdout: opts.stdout } : {}),
      onLine: (line, stream) => {
        if (stream === 'stderr' && line.startsWith(STATUS_MARK)) {
          status = Number(line.slice(STATUS_MARK.length));
          return;
        }
        if (stream === 'stdout') out.push(line);
        else if (line.trim()) this.ctx.log.info(`[${opts.tag}] ${redact(line)}`);
      },
    });
    return { ...r, ...(status !== undefined ? { status } : {}), stdout: out.join('\n') };
  }

  /** Throws the clearest error for a failed ssh run. */
  private fail(what: string, r: RunResult): never {
    throw sshFailure(this.cfg, what, r);
  }

  async connect(): Promise<void> {
    if (this.cfg.key) {
      // OpenSSH rejects a key without its final newline ("invalid format"); secrets often lose it.
      let key = this.cfg.key.replace(/\r\n/g, '\n');
      if (!key.endsWith('\n')) key += '\n';
      await writeFile(this.keyFile, key, { mode: 0o600 });
    }
    await writeFile(this.knownHostsFile, this.cfg.knownHosts ? `${this.cfg.knownHosts.trimEnd()}\n` : '', { mode: 0o600 });
    const before = this.cfg.knownHosts;
    // open() has no caller signal: the probe gets its own limit, so a black-holed host fails fast.
    const r = await this.ssh(`echo ${PROBE_MARK}`, { signal: AbortSignal.timeout(90_000), tag: 'ssh' }).catch((e: unknown) => {
      throw new Error(`ssh: no answer from ${this.cfg.host}:${this.cfg.port}: ${(e as Error).message}`, { cause: e });
    });
    if (r.code !== 0 || !r.stdout.includes(PROBE_MARK)) this.fail(`ssh to ${this.cfg.host}:${this.cfg.port}`, r);
    if (this.cfg.acceptNewHostKey) {
      const now = await readFile(this.knownHostsFile, 'utf8');
      const added = now.split('\n').filter((l) => l.trim() && !before.includes(l.trim()));
      for (const line of added) {
        const [, type, b64] = line.trim().split(/\s+/);
        this.ctx.log.warn(
          `ssh-accept-new-host-key: trusted the host key ${type} ${b64 ? fingerprint(b64) : ''} of ${this.cfg.host}:${this.cfg.port} without checking it. Check this fingerprint with the host's administrator, then set \`ssh-known-hosts\` to: ${line.trim()}`,
        );
      }
    }
    this.ctx.log.info(`ssh: connected to ${this.cfg.user ? `${this.cfg.user}@` : ''}${this.cfg.host}:${this.cfg.port}`);
  }

  private async inspect(signal: AbortSignal): Promise<Inspection> {
    if (this.inspection) return this.inspection;
    const files = filesLocation(this.cfg);
    const drushMode = this.cfg.drush === 'auto' && this.cfg.dbName ? 'none' : this.cfg.drush;
    const r = await this.ssh(inspectScript(this.cfg.siteRoot, files?.dir, drushMode), { signal, tag: 'ssh' });
    if (r.code !== 0) this.fail('inspecting the host', r);
    const lines = r.stdout.split('\n').map((l) => l.trim());
    const ins: Inspection = { rootExists: lines.includes('SITE_BACKUP_ROOT=ok') };
    if (lines.includes('SITE_BACKUP_FILES=ok')) ins.filesExist = true;
    else if (lines.includes('SITE_BACKUP_FILES=missing')) ins.filesExist = false;
    const d = lines.find((l) => l.startsWith('SITE_BACKUP_DRUSH='));
    if (d) ins.drush = d.slice('SITE_BACKUP_DRUSH='.length);
    if (lines.includes('SITE_BACKUP_DRUSH_MISSING')) ins.drushMissing = true;
    this.inspection = ins;
    return ins;
  }

  private requireRoot(ins: Inspection): void {
    if (!ins.rootExists) {
      throw new Error(
        `site-root "${this.cfg.siteRoot}" does not exist on ${this.cfg.host} (as seen by ${this.cfg.user ?? 'the ssh user'}). Check \`site-root\`: it is an absolute path, or relative to the login folder.`,
      );
    }
  }

  private async rsync(args: string[], what: string, signal: AbortSignal, pull = false): Promise<void> {
    // A pull adds --stats and logs one line from it: how much of the tree actually moved, which
    // is what an incremental pull (pull-cache) saves.
    const stats = new Map<string, string>();
    const r = await runProcess(
      'rsync',
      ['-rlpt', '--protect-args', ...(pull ? ['--stats'] : []), '-e', rsyncShell(['ssh', ...this.sshArgs()]), ...args],
      {
        env: this.childEnv,
        signal,
        onLine: (line, stream) => {
          const m = pull && stream === 'stdout' ? STATS_RE.exec(line) : null;
          if (m) stats.set(m[1]!, m[2]!.replace(/,/g, ''));
          else if (pull && stream === 'stdout' && /^(Number of|Total |Literal data|Matched data|File list|sent |total size)/.test(line))
            return;
          else if (line.trim()) this.ctx.log.info(`[${what}] ${redact(line)}`);
        },
      },
    );
    if (stats.size) {
      const n = (k: string) => stats.get(k) ?? '?';
      this.ctx.log.info(
        `[${what}] rsync: ${n('Number of regular files transferred')} of ${n('Number of files')} files transferred, ${n('Number of deleted files')} deleted; ${n('Total transferred file size')} of ${n('Total file size')} bytes of file content sent, ${n('Total bytes received')} bytes received over ssh`,
      );
    }
    if (r.code === 0) return;
    if (r.code === 24) {
      // Files vanished while we copied: normal on a live site, and what remains is consistent.
      this.ctx.log.warn(`${what}: some files vanished during the copy (rsync exit 24); the rest was copied`);
      return;
    }
    throw rsyncFailure(this.cfg, what, r);
  }

  private excludes(): string[] {
    const files = filesLocation(this.cfg);
    return [...(files?.exclude ? [files.exclude] : []), ...this.cfg.codeExclude].map((p) => `--exclude=${p}`);
  }

  /** drush for this session's database, or undefined to use the database clients directly. */
  private drushTarget(ins: Inspection): DrushTarget | undefined {
    if (this.cfg.drush === 'none') return undefined;
    if (this.cfg.drush !== 'auto' && ins.drushMissing) {
      throw new Error(
        `drush "${this.cfg.drush}" is not executable on ${this.cfg.host}. Set \`drush\` to its path (relative paths start at site-root), to \`auto\`, or to \`false\`.`,
      );
    }
    if (!ins.drush) return undefined;
    const t: DrushTarget = { drush: ins.drush, root: this.cfg.siteRoot };
    if (this.cfg.drupalUri) t.uri = this.cfg.drupalUri;
    return t;
  }

  private dbTarget(): DbTarget {
    if (this.cfg.dbType === 'none') throw new Error('db-type is none');
    if (!this.cfg.dbName) {
      throw new ConfigError(
        'db-name',
        `is not set, and ${this.cfg.drush === 'none' ? 'drush is turned off' : `no drush was found under ${this.cfg.siteRoot}/vendor/bin, ${this.cfg.siteRoot}/../vendor/bin or on the PATH`}`,
        "Set `db-name` (and `db-user`, `db-host`, `db-port` as needed, with the password in the DB_PASSWORD environment variable), or point `drush` at the site's drush.",
      );
    }
    const t: DbTarget = { type: this.cfg.dbType, name: this.cfg.dbName };
    if (this.cfg.dbUser) t.user = this.cfg.dbUser;
    if (this.cfg.dbHost) t.host = this.cfg.dbHost;
    if (this.cfg.dbPort) t.port = this.cfg.dbPort;
    return t;
  }

  /** code and assets are rsync mirrors (see MIRROR below); the data dump is written afresh. */
  mirrors(component: Component): boolean {
    return component !== 'data';
  }

  async export(component: Component, outDir: string, signal: AbortSignal): Promise<void> {
    const ins = await this.inspect(signal);
    this.requireRoot(ins);
    if (component === 'code') {
      await this.rsync(
        ['--compress', ...MIRROR, ...this.excludes(), `${this.remote(this.cfg.siteRoot)}/`, `${outDir}/`],
        'code',
        signal,
        true,
      );
      return;
    }
    if (component === 'assets') {
      const files = filesLocation(this.cfg);
      if (!files)
        throw new ConfigError(
          'files-path',
          'is `none`, so there are no assets to copy',
          'Set `files-path` to the files folder, or leave `assets` out of `components`.',
        );
      if (ins.filesExist === false) {
        throw new Error(
          `the files folder "${files.dir}" does not exist on ${this.cfg.host}. Set \`files-path\` (relative to site-root; for Aegir, \`sites/<site>/files\`), or leave \`assets\` out of \`components\`.`,
        );
      }
      await this.rsync([...MIRROR, `${this.remote(files.dir)}/`, `${outDir}/`], 'assets', signal, true);
      return;
    }
    await this.exportData(outDir, ins, signal);
  }

  private async exportData(outDir: string, ins: Inspection, signal: AbortSignal): Promise<void> {
    const drush = this.drushTarget(ins);
    const db = drush ? undefined : this.dbTarget();
    const script = drush ? drushDumpScript(drush) : db!.type === 'pgsql' ? pgDumpScript(db!) : mysqlDumpScript(db!);
    const tool = drush ? 'drush sql:dump' : db!.type === 'pgsql' ? 'pg_dump' : 'mysqldump';
    this.ctx.log.info(`data: dumping ${drush ? `through ${drush.drush}` : `database ${db!.name} with ${tool}`}`);
    const file = path.join(outDir, DUMP_FILE);
    const ws = createWriteStream(file, { mode: 0o600 });
    const done = finished(ws);
    let r: Awaited<ReturnType<SshSession['ssh']>>;
    try {
      r = await this.ssh(script, {
        input: credentialLine(drush ? 'drush' : db!.type, this.cfg.dbPassword),
        stdout: ws,
        signal,
        tag: 'data',
      });
    } finally {
      // ssh's stdout ends the file when ssh closes; if ssh never started (aborted before, or
      // not installed) nothing would, so end it here. Then wait: it may still be flushing.
      if (!ws.writableEnded) ws.end();
      await done.catch(() => undefined);
    }
    if (r.code === 255 || explainSshFailure(this.cfg, r.stderrTail)) this.fail(tool, r);
    if (r.status === undefined) this.fail(`${tool} did not finish (the connection or the remote shell ended early), and ssh`, r);
    if (r.status !== 0) this.fail(`${tool} on ${this.cfg.host}`, { ...r, code: r.status });
    if (r.code !== 0) this.fail(`compressing the dump on ${this.cfg.host}`, r);
    const v = await verifyDump(file);
    this.ctx.log.info(`data: ${v.flavor} dump verified: ${v.sqlBytes} bytes of SQL, ${v.gzBytes} bytes gzipped, ends with "${v.marker}"`);
  }

  async restore(component: Component, inDir: string, opts: RestoreOptions): Promise<void> {
    const signal = opts.signal;
    if (component === 'code') {
      await this.prepareTarget(this.cfg.siteRoot, inDir, signal, 'code');
      // --delete stays inside site-root, and excluded paths (the files folder, code-exclude)
      // are neither sent nor deleted.
      await this.rsync(['--compress', '--delete', ...this.excludes(), `${inDir}/`, `${this.remote(this.cfg.siteRoot)}/`], 'code', signal);
      return;
    }
    if (component === 'assets') {
      const files = filesLocation(this.cfg);
      if (!files)
        throw new ConfigError(
          'files-path',
          'is `none`, so there is nowhere to restore the assets to',
          'Set `files-path` to the files folder of the target site.',
        );
      await this.prepareTarget(files.dir, inDir, signal, 'assets');
      await this.rsync(['--delete', `${inDir}/`, `${this.remote(files.dir)}/`], 'assets', signal);
      return;
    }
    await this.restoreData(inDir, signal);
  }

  /**
   * Creates the target folder on the host and gives `inDir` the target's mode. rsync copies the
   * mode of the source folder itself (`inDir/`) onto the target, and restore stages archives in
   * private 0700 folders: without this the site root or files folder would end up unreadable to
   * the web server.
   */
  private async prepareTarget(dir: string, inDir: string, signal: AbortSignal, tag: string): Promise<void> {
    const r = await this.ssh(targetDirScript(dir), { signal, tag });
    if (r.code !== 0) this.fail(`creating ${dir} on ${this.cfg.host}`, r);
    const m = new RegExp(`^${MODE_MARK}([0-7]{3,4})$`, 'm').exec(r.stdout);
    await chmod(inDir, m ? parseInt(m[1]!, 8) : 0o755);
  }

  private async restoreData(inDir: string, signal: AbortSignal): Promise<void> {
    const dumps = (await readdir(inDir)).filter((n) => n.endsWith('.sql.gz'));
    if (dumps.length !== 1)
      throw new Error(`the data archive should hold one *.sql.gz dump, but holds ${dumps.length ? dumps.join(', ') : 'none'}`);
    const file = path.join(inDir, dumps[0]!);
    // The archive's checksum was verified, but a dump cut short at backup time would be too.
    // …and it is hostile input: read through first, refused if it holds a client command or
    // leaves its database (USE, \\c, CREATE DATABASE), before anything reaches the host.
    const v = await verifyDump(file, {});
    let drush: DrushTarget | undefined;
    if (this.cfg.drush !== 'none' && !(this.cfg.drush === 'auto' && this.cfg.dbName)) {
      const ins = await this.inspect(signal);
      this.requireRoot(ins);
      drush = this.drushTarget(ins);
    }
    const db = drush ? undefined : this.dbTarget();
    if (db && (db.type === 'pgsql') !== (v.flavor === 'PostgreSQL')) {
      throw new Error(
        `the backup holds a ${v.flavor} dump, but the target \`db-type\` is ${db.type}; restore it into a ${v.flavor === 'PostgreSQL' ? 'pgsql' : 'mysql or mariadb'} database`,
      );
    }
    const script = drush
      ? drushRestoreScript(drush)
      : db!.type === 'pgsql'
        ? pgRestoreScript(db!, randomBytes(16).toString('hex'))
        : mysqlRestoreScript(db!);
    const tool = drush ? 'drush sql:cli' : db!.type === 'pgsql' ? 'psql' : 'mysql';
    this.ctx.log.info(
      `data: importing ${v.sqlBytes} bytes of SQL ${drush ? `through ${drush.drush}` : `into database ${db!.name}`}${drush ? '' : ' (its existing tables are dropped first)'}`,
    );
    // The credential line, then the dump, streamed on ssh's stdin: the dump is never held in
    // memory and the credential never appears in an argv.
    const cred = credentialLine(drush ? 'drush' : db!.type, this.cfg.dbPassword);
    async function* feed(): AsyncGenerator<Buffer> {
      yield Buffer.from(cred);
      yield* createReadStream(file) as AsyncIterable<Buffer>;
    }
    const r = await this.ssh(script, { input: Readable.from(feed()), signal, tag: 'data' });
    const status = r.status;
    for (const line of r.stdout.split('\n')) if (line.trim()) this.ctx.log.info(`[data] ${redact(line)}`);
    if (r.code === 255 || explainSshFailure(this.cfg, r.stderrTail)) this.fail(tool, r);
    // The client's failure first: when it dies, gunzip only reports the broken pipe. Its message
    // quotes the failing statement, rows included: the log gets it, the error the facts.
    if (r.code !== 0) {
      this.ctx.log.warn(
        `[data] ${tool} said: ${
          redact(
            lastLines(
              r.stderrTail
                .split('\n')
                .filter((l) => !l.startsWith(STATUS_MARK))
                .join('\n'),
            ),
          ) || '(nothing)'
        }`,
      );
      const offset = drush ? 0 : db!.type === 'pgsql' ? PG_RESTORE_PREAMBLE_LINES : MYSQL_RESTORE_PREAMBLE_LINES;
      throw new Error(sqlClientFailure(`${tool} on ${this.cfg.host}`, r, offset));
    }
    if (status !== undefined && status !== 0) this.fail(`decompressing the dump on ${this.cfg.host}`, { ...r, code: status });
    if (status === undefined) this.fail(`the import did not finish (the connection or the remote shell ended early), and ${tool}`, r);
    this.ctx.log.info(`data: imported into ${drush ? `the site at ${this.cfg.siteRoot}` : `database ${db!.name}`}`);
  }

  async close(): Promise<void> {
    await rm(this.keyFile, { force: true });
    await rm(this.knownHostsFile, { force: true });
  }
}
