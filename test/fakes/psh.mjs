// Fake Platform.sh / Upsun CLI (reference/platform-clis.md section 3): bin/platform and bin/upsun
// import this; the binary name picks the token variable, as the real wrappers do.
// FAKE_PSH_PROJECT: the project that exists (default abc123).
// Scenario flags in FAKE_PSH (comma separated):
//   no-db             the environment has only a redis relationship
//   dump-fail:N       the first N dumps fail remotely (mysqldump error, exit 2)
//   dump-truncated    the remote dump dies but gzip still closes its stream (no pipefail): exit 0
//   no-mounts         mount:download finds no mounts (exit 1)
//   rsync-mismatch    .environment prints output: rsync "protocol version mismatch" (exit 1)
//   backup-fail       backup:create is refused (exit 1)
//   backup-no-name    backup:create succeeds without printing "Backup name:"
//   backup-list-empty backup:list has nothing (exit 1)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { count, flags, listFiles, loadState, parseArgs, readAllStdin, record, saveState, write } from './lib.mjs';

const name = path.basename(process.argv[1]);
const tokenVar = name === 'upsun' ? 'UPSUN_CLI_TOKEN' : 'PLATFORMSH_CLI_TOKEN';
const argv = process.argv.slice(2);
record(name);
const F = flags('FAKE_PSH');
const PROJECT = process.env.FAKE_PSH_PROJECT ?? 'abc123';

if (argv[0] === '--version' || argv[0] === '-V') {
  console.log(`${name === 'upsun' ? 'Upsun' : 'Platform.sh'} CLI 5.0.0`);
  process.exit(0);
}

const { opts, pos } = parseArgs(argv, ['-p', '--project', '-e', '--environment', '-A', '--app', '-r', '--relationship', '-f', '--file', '-d', '--directory', '--target', '--source', '-m', '--mount', '--format', '-c', '--columns', '--schema']);
const [cmd, ...args] = pos;
const o = (...names) => names.map((n) => opts[n]).find((v) => v !== undefined);

if (!process.env[tokenVar]) {
  console.error('[LoginRequiredException] You are not logged in. Set the API token in ' + tokenVar + ' to log in non-interactively.');
  process.exit(1);
}
if (process.env[`${tokenVar.replace('TOKEN', '')}NO_INTERACTION`] !== '1' && !o('--yes', '-y', '--no-interaction')) {
  console.error('This command would ask questions; pass --yes or set NO_INTERACTION');
  process.exit(1);
}

function projectCheck(id) {
  if (id !== PROJECT) {
    console.error(`Specified project not found: ${id}`);
    process.exit(1);
  }
}

const RELS = F.has('no-db')
  ? { redis: [{ scheme: 'redis', host: 'redis.internal', port: 6379, service: 'cache' }] }
  : {
      database: [{ scheme: 'mysql', username: 'user', password: 'db-pass-SECRET', host: 'database.internal', port: 3306, path: 'main', service: 'db', url: 'mysql://user:db-pass-SECRET@database.internal:3306/main' }],
      reports: [{ scheme: 'pgsql', username: 'main', password: 'pg-pass-SECRET', host: 'reports.internal', port: 5432, path: 'main', service: 'pg' }],
      redis: [{ scheme: 'redis', host: 'redis.internal', port: 6379, service: 'cache' }],
    };

function yaml(rels) {
  const lines = [];
  for (const [rel, list] of Object.entries(rels)) {
    lines.push(`${rel}:`);
    for (const inst of list) {
      lines.push('    -');
      for (const [k, v] of Object.entries(inst)) lines.push(`        ${k}: ${typeof v === 'number' ? v : `'${v}'`}`);
    }
  }
  return lines.join('\n') + '\n';
}

switch (cmd) {
  case 'project:get':
  case 'get': {
    const [id, dir] = args;
    projectCheck(id);
    const branch = o('-e', '--environment') ?? 'main';
    if (existsSync(dir)) {
      console.error(`The directory ${dir} already exists`);
      process.exit(1);
    }
    mkdirSync(dir, { recursive: true });
    write(path.join(dir, 'index.php'), '<?php echo "hello";\n');
    write(path.join(dir, '.platform.app.yaml'), 'name: app\ntype: php:8.3\n');
    const git = (...a) => execFileSync('git', ['-C', dir, '-c', 'user.name=fake', '-c', 'user.email=fake@example.com', ...a], { stdio: 'ignore' });
    git('init', '-q', '-b', branch);
    git('add', '.');
    git('commit', '-q', '-m', 'initial');
    console.error(`The project ${id} was successfully downloaded to: ${dir}`);
    process.exit(0);
  }
    break;
  case 'environment:relationships':
  case 'relationships':
    projectCheck(o('-p', '--project'));
    process.stdout.write(yaml(RELS));
    process.exit(0);
    break;
  case 'db:dump': {
    projectCheck(o('-p', '--project'));
    const rel = o('-r', '--relationship');
    const file = o('-f', '--file');
    const r = RELS[rel];
    if (!r) {
      console.error(`Relationship not found: ${rel}`);
      process.exit(1);
    }
    if (existsSync(file) && !o('--yes', '-y')) {
      console.error(`File exists: ${file}. Overwrite?`);
      process.exit(1);
    }
    console.error(`Creating ${o('--gzip', '-z') ? 'gzipped SQL dump' : 'SQL dump'} file: ${file}`);
    const n = count(`dump-${rel}`);
    if (n <= Number(F.get('dump-fail') ?? 0)) {
      console.error('mysqldump: Got error: 2013: Lost connection to server during query when dumping table `cache` at row: 1024');
      process.exit(2);
    }
    const pg = r[0].scheme === 'pgsql';
    let sql = pg
      ? `--\n-- PostgreSQL database dump\n--\nCREATE TABLE reports (id int);\nINSERT INTO reports VALUES (1);\n--\n-- PostgreSQL database dump complete\n--\n`
      : `-- MariaDB dump 10.19\n--\nCREATE TABLE users (id int, email text);\nINSERT INTO users VALUES (1,'ann@example.com');\n-- Dump completed on 2025-11-21  5:00:03\n`;
    if (F.has('dump-truncated')) sql = sql.slice(0, 60);
    write(file, o('--gzip', '-z') ? zlib.gzipSync(sql) : sql);
    process.exit(0);
  }
    break;
  case 'mount:download': {
    projectCheck(o('-p', '--project'));
    if (F.has('no-mounts')) {
      console.error('No mounts found on host.');
      process.exit(1);
    }
    if (F.has('rsync-mismatch')) {
      console.error('protocol version mismatch -- is your shell clean?');
      console.error('(see the rsync manpage for an explanation)');
      console.error('rsync error: protocol incompatibility (code 2) at compat.c(622) [Receiver=3.2.7]');
      process.exit(1);
    }
    if (!o('--all', '-a') || !o('--target')) {
      console.error('The --mount or --all option, and --target, are required in non-interactive mode');
      process.exit(1);
    }
    const t = o('--target');
    write(path.join(t, 'web/sites/default/files/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 7]));
    write(path.join(t, 'web/sites/default/files/docs/terms.pdf'), '%PDF terms\n');
    write(path.join(t, 'private/export.csv'), 'a,b\n1,2\n');
    process.exit(0);
  }
    break;
  case 'mount:list':
  case 'mounts':
    projectCheck(o('-p', '--project'));
    if (o('--paths')) process.stdout.write('web/sites/default/files\nprivate\ntmp\n');
    else process.stdout.write('+-------+\n| Mounts |\n');
    process.exit(0);
    break;
  case 'mount:upload': {
    projectCheck(o('-p', '--project'));
    const src = o('--source');
    const mount = o('--mount', '-m');
    if (!src || !existsSync(src) || !mount) {
      console.error('--source and --mount are required');
      process.exit(1);
    }
    saveState(`upload-${mount.replace(/\//g, '_')}.json`, { env: o('-e', '--environment'), mount, files: listFiles(src) });
    process.exit(0);
  }
    break;
  case 'backup:create':
  case 'backup': {
    projectCheck(o('-p', '--project'));
    if (F.has('backup-fail')) {
      console.error('Operation not available: The environment has an activity in progress.');
      process.exit(1);
    }
    const id = `bk${Date.now().toString(36)}${count('backup')}`;
    const list = loadState('backups.json', []);
    list.unshift(id);
    saveState('backups.json', list);
    console.error('Warning: creating a backup may delete an older backup if the quota has been reached.');
    console.error(`Creating a ${o('--live') ? 'live ' : ''}backup of ${o('-e', '--environment')}`);
    if (!F.has('backup-no-name')) console.log(`Backup name: ${id}`);
    console.error('Activity complete');
    process.exit(0);
  }
    break;
  case 'backup:list':
  case 'backups': {
    projectCheck(o('-p', '--project'));
    const list = F.has('backup-list-empty') ? [] : loadState('backups.json', []);
    if (list.length === 0) {
      console.error(`No backups found`);
      process.exit(1);
    }
    process.stdout.write(list.join('\n') + '\n');
    process.exit(0);
  }
    break;
  case 'backup:restore': {
    projectCheck(o('-p', '--project'));
    const id = args[0];
    if (!loadState('backups.json', []).includes(id)) {
      console.error(`Backup not found: ${id}`);
      process.exit(1);
    }
    saveState(`restore-${count('restore')}.json`, { id, from: o('-e', '--environment'), target: o('--target') });
    console.error('The backup was restored');
    process.exit(0);
  }
    break;
  case 'sql':
  case 'db:sql': {
    projectCheck(o('-p', '--project'));
    const rel = o('-r', '--relationship');
    const input = await readAllStdin();
    saveState(`sql-${rel}.json`, { env: o('-e', '--environment'), rel, sql: input.toString('utf8') });
    process.exit(0);
  }
    break;
  default:
    console.error(`Command "${cmd}" is not defined.`);
    process.exit(1);
}
