import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { restoreCommand } from '../src/commands/restore.js';
import { mapSource } from '../src/config/source.js';
import type { Component } from '../src/model/manifest.js';
import { sshPlatform } from '../src/platforms/ssh/index.js';
import type { PlatformSession } from '../src/platforms/platform.js';
import { findProgram, mariaDbMissing, startMariaDb, type MariaDb } from './helpers/mariadb.js';
import { runBundle } from './helpers/runner.js';
import { sshInputs, type SshStack, sshStackMissing, startSshd } from './helpers/ssh-stack.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';
import { listTree } from './helpers/tree.js';

// The ssh platform end to end against real servers on loopback: OpenSSH's sshd, rsync and
// MariaDB from Debian's packages. Back up, damage, restore, and compare byte for byte.

const missing = [...sshStackMissing(), ...mariaDbMissing(), ...['zstd', 'tar', 'gzip'].filter((p) => !findProgram(p))];
const skip = missing.length > 0 && !process.env.CI;
if (skip) {
  console.warn(
    `\n*** SKIPPING the ssh round trip: ${missing.join(', ')} not installed. ` +
      'Install with `sudo apt-get install openssh-server openssh-client mariadb-server mariadb-client rsync zstd` (CI does, and fails without them). ***\n',
  );
}

/**
 * The archive step (src/archive/pack.ts, node-tar `portable: true`) stores modes as
 * `(mode | 0o600) & ~0o022`, plus x where r is set on folders: a 444 settings.php comes back 644
 * and group-writable files lose g+w. That is the pipeline's, not this platform's, so modes are
 * compared through the same rule; contents, types, links and mtimes are compared exactly.
 */
function tarMode(mode: number, isDir: boolean): number {
  let m = (mode | 0o600) & ~0o22;
  if (isDir) m |= ((m & 0o444) >> 2) & 0o111;
  return m;
}

/** Everything about a tree that a restore must bring back: paths, types, modes, bytes, links. */
const snapshot = (root: string): string[] => listTree(root, (m, isDir) => tarMode(m, isDir).toString(8));

function writeTree(root: string): void {
  const files = (f: string) => path.join(root, 'sites/default/files', f);
  mkdirSync(files('a/b/c'), { recursive: true });
  mkdirSync(files('empty folder'), { recursive: true });
  mkdirSync(path.join(root, 'core/lib'), { recursive: true });
  mkdirSync(path.join(root, 'core/scripts'), { recursive: true });
  writeFileSync(path.join(root, 'index.php'), "<?php\nrequire 'core/lib/boot.php';\n");
  writeFileSync(path.join(root, 'core/lib/boot.php'), '<?php // boot\n'.repeat(500));
  writeFileSync(path.join(root, 'core/scripts/run.sh'), '#!/bin/sh\necho run\n', { mode: 0o755 });
  writeFileSync(path.join(root, 'sites/default/settings.php'), '<?php $databases = [];\n', { mode: 0o444 });
  writeFileSync(path.join(root, 'debug.log'), 'excluded by code-exclude\n');
  writeFileSync(files('a/b/c/deep.txt'), 'deep\n');
  writeFileSync(files('binary.bin'), Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(300_000)]));
  writeFileSync(files('file with spaces.txt'), 'spaces\n');
  writeFileSync(files('ünïcödé 名前.txt'), 'utf-8 name\n');
  writeFileSync(files("quote's & $dollar.txt"), 'shell characters\n');
  symlinkSync('a/b/c/deep.txt', files('link-to-deep'));
}

async function seed(db: MariaDb, name: string): Promise<void> {
  const rows = Array.from(
    { length: 3000 },
    (_, i) =>
      `(${i + 1}, 'product ${i} — ünïcödé ☃ 🚀 ''quoted'' \\\\ backslash', ${(i * 1.25).toFixed(2)}, '2026-01-0${(i % 9) + 1} 12:00:00')`,
  );
  await db.exec(`
    CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4;
    USE \`${name}\`;
    CREATE TABLE products (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(200) NOT NULL, price DECIMAL(10,2), created DATETIME, KEY (name)) ENGINE=InnoDB;
    CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, product_id INT NOT NULL, qty INT, note TEXT, FOREIGN KEY (product_id) REFERENCES products(id)) ENGINE=InnoDB;
    CREATE TABLE blobs (id INT PRIMARY KEY, data LONGBLOB, latin VARCHAR(50) CHARACTER SET latin1) ENGINE=InnoDB;
    CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, msg VARCHAR(100));
    CREATE VIEW cheap AS SELECT id, name FROM products WHERE price < 10;
    CREATE TRIGGER order_audit AFTER INSERT ON orders FOR EACH ROW INSERT INTO audit (msg) VALUES (CONCAT('order ', NEW.id));
    INSERT INTO products VALUES ${rows.join(',\n')};
    INSERT INTO orders (product_id, qty, note) VALUES (1, 2, 'first'), (2, 1, NULL), (3, 5, 'tab\\there\\nnewline');
    INSERT INTO blobs VALUES (1, 0x${Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString('hex')}, 'café'),
      (2, 0x${randomBytes(200_000).toString('hex')}, 'naïve'), (3, '', NULL), (4, NULL, '');
  `);
}

async function damage(db: MariaDb, name: string, root: string): Promise<void> {
  await db.exec(`
    USE \`${name}\`;
    UPDATE products SET price = 0 WHERE id < 100;
    DELETE FROM orders WHERE id = 2;
    DROP VIEW cheap;
    DROP TABLE blobs;
    CREATE TABLE intruder (id INT PRIMARY KEY);
  `);
  const files = (f: string) => path.join(root, 'sites/default/files', f);
  writeFileSync(files('a/b/c/deep.txt'), 'changed\n');
  rmSync(files('binary.bin'));
  rmSync(files('a/b'), { recursive: true });
  writeFileSync(files('new.txt'), 'should disappear\n');
  writeFileSync(path.join(root, 'index.php'), '<?php // hacked\n');
  rmSync(path.join(root, 'core/scripts'), { recursive: true });
  writeFileSync(path.join(root, 'debug.log'), 'a log line the restore must not delete\n');
}

/** zstd -d | tar -x, as FORMAT.md promises anyone can. */
function extract(object: string, dest: string): void {
  mkdirSync(dest, { recursive: true });
  execFileSync('sh', ['-c', 'zstd -q -d -c -- "$1" | tar -x -f - -C "$2"', 'sh', object, dest]);
}

function findFiles(root: string, name: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === name) out.push(p);
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

describe.skipIf(skip)('ssh platform against real sshd, rsync and MariaDB', () => {
  let ssh: SshStack;
  let db: MariaDb;
  let work: string;
  let root: string;
  let store: string;
  const figures: string[] = [];

  // The password has every character that breaks naive quoting: ' " # $ \ and a space.
  const password = `s3cr'et"#$\\ pw-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    [ssh, db] = await Promise.all([startSshd(), startMariaDb({ password })]);
    work = await tempDir('sba-ssh-');
    root = path.join(work, 'live site');
    store = path.join(work, 'store');
    writeTree(root);
    await seed(db, 'shop');
  });

  afterAll(async () => {
    if (figures.length) console.log(`\nssh round-trip figures:\n  ${figures.join('\n  ')}\n`);
    await Promise.all([ssh?.stop(), db?.stop()]);
  });

  const inputs = (over: Record<string, string | undefined> = {}): Record<string, string | undefined> => ({
    ...sshInputs(ssh),
    site: 'acme',
    store,
    'site-root': root,
    'code-exclude': '/debug.log',
    'db-type': 'mariadb',
    'db-name': 'shop',
    'db-user': db.user,
    'db-host': '127.0.0.1',
    'db-port': String(db.port),
    ...over,
  });
  const env = () => ({ DB_PASSWORD: password, PATH: ssh.clientPath() });

  async function openSession(over: Record<string, string | undefined>, workDir: string): Promise<PlatformSession> {
    const io = testIo(inputs(over), env());
    return sshPlatform.open({
      site: 'acme',
      environment: 'production',
      inputs: mapSource(inputs(over)),
      env: io.env,
      log: io.log,
      workDir,
    });
  }

  async function restoreAll(
    backupDir: string,
    over: Record<string, string | undefined>,
    components: Component[] = ['code', 'assets', 'data'],
  ): Promise<string[]> {
    const extracted = path.join(work, `extract-${randomBytes(3).toString('hex')}`);
    const io = testIo(inputs(over), env());
    const workDir = path.join(work, `restore-work-${randomBytes(3).toString('hex')}`);
    mkdirSync(workDir);
    const session = await sshPlatform.open({
      site: 'acme',
      environment: 'production',
      inputs: io.inputs,
      env: io.env,
      log: io.log,
      workDir,
    });
    try {
      for (const c of components) {
        extract(path.join(backupDir, `${c}.tar.zst`), path.join(extracted, c));
        await session.restore(c, path.join(extracted, c), { targetEnvironment: 'production', signal: AbortSignal.timeout(120_000) });
      }
    } finally {
      await session.close();
    }
    return io.lines;
  }

  let backupDir = '';
  let treeBefore: string[] = [];
  let dumpBefore = '';

  it('backs up code, assets and data through backupCommand, with a complete manifest', async () => {
    treeBefore = snapshot(root);
    dumpBefore = await db.dump('shop');
    const io = testIo(inputs(), env());
    const started = Date.now();
    const result = await backupCommand(io);
    const ms = Date.now() - started;
    expect(result.skipped).toBe(false);
    backupDir = path.join(store, 'acme', 'production', result.id);
    const manifest = JSON.parse(readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest.platform).toBe('ssh');
    expect(manifest.components.map((c: { name: string }) => c.name)).toEqual(['code', 'assets', 'data']);
    for (const c of manifest.components) {
      const bytes = readFileSync(path.join(backupDir, c.object));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(c.sha256);
      expect(bytes.length).toBe(c.bytes);
    }
    expect(io.outputs.bytes).toBe(String(result.bytes));
    expect(io.lines.join('\n')).toMatch(/data: MySQL\/MariaDB dump verified: \d+ bytes of SQL/);
    // code leaves out the files folder and code-exclude; assets is the files folder alone.
    const x = path.join(work, 'inspect');
    extract(path.join(backupDir, 'code.tar.zst'), path.join(x, 'code'));
    extract(path.join(backupDir, 'assets.tar.zst'), path.join(x, 'assets'));
    extract(path.join(backupDir, 'data.tar.zst'), path.join(x, 'data'));
    expect(existsSync(path.join(x, 'code/index.php'))).toBe(true);
    expect(existsSync(path.join(x, 'code/sites/default/files'))).toBe(false);
    expect(existsSync(path.join(x, 'code/debug.log'))).toBe(false);
    expect(readFileSync(path.join(x, 'assets/file with spaces.txt'), 'utf8')).toBe('spaces\n');
    expect(readdirSync(path.join(x, 'data'))).toEqual(['database.sql.gz']);
    const sql = execFileSync('gzip', ['-dc', path.join(x, 'data/database.sql.gz')]).toString();
    expect(sql.trimEnd()).toMatch(/-- Dump completed on .*$/);
    figures.push(
      `backup (backupCommand, zstd): ${result.bytes} bytes stored for ${manifest.components.map((c: { name: string; contentBytes: number; bytes: number }) => `${c.name} ${c.contentBytes}->${c.bytes}`).join(', ')}; ${ms} ms`,
    );
  });

  it('restores into the damaged site and database, byte-identical to the originals', async () => {
    expect(backupDir).not.toBe('');
    await damage(db, 'shop', root);
    expect(await db.dump('shop')).not.toBe(dumpBefore);
    expect(snapshot(root)).not.toEqual(treeBefore);
    const started = Date.now();
    const lines = await restoreAll(backupDir, {});
    const ms = Date.now() - started;
    expect(lines.join('\n')).toMatch(/data: imported into database shop/);
    const dumpAfter = await db.dump('shop');
    expect(dumpAfter).toBe(dumpBefore);
    // debug.log is excluded from code, so the restore left the newer one alone.
    const tree = snapshot(root).filter((l) => !l.startsWith('F debug.log'));
    expect(tree).toEqual(treeBefore.filter((l) => !l.startsWith('F debug.log')));
    expect(readFileSync(path.join(root, 'debug.log'), 'utf8')).toMatch(/must not delete/);
    figures.push(
      `restore into the damaged site: ${ms} ms; database dump identical (${dumpAfter.length} bytes), file tree identical (${tree.length} entries)`,
    );
  });

  it('restores into a different database and a folder that does not exist yet', async () => {
    await db.exec('CREATE DATABASE shop_copy CHARACTER SET utf8mb4');
    const otherRoot = path.join(work, 'other site', 'web');
    mkdirSync(path.dirname(otherRoot), { recursive: true });
    await restoreAll(backupDir, { 'site-root': otherRoot, 'db-name': 'shop_copy' });
    expect(await db.dump('shop_copy')).toBe(dumpBefore);
    // debug.log was never in the backup.
    expect(snapshot(otherRoot)).toEqual(treeBefore.filter((l) => !l.startsWith('F debug.log')));
    // The source is untouched.
    expect(await db.dump('shop')).toBe(dumpBefore);
    figures.push('restore into another database (shop_copy) and folder: identical');
  });

  it('restores through restoreCommand too (download, checksums, safe extraction, then the platform)', async () => {
    await damage(db, 'shop', root);
    const backupId = path.basename(backupDir);
    const io = testIo({ ...inputs(), backup: backupId, confirm: 'production' }, env(), work);
    const started = Date.now();
    await restoreCommand(io);
    const ms = Date.now() - started;
    expect(await db.dump('shop')).toBe(dumpBefore);
    expect(snapshot(root).filter((l) => !l.startsWith('F debug.log'))).toEqual(treeBefore.filter((l) => !l.startsWith('F debug.log')));
    figures.push(`restore through restoreCommand (verify + extract + ssh restore): ${ms} ms; identical`);
  });

  it('runs through the bundled action (node dist/backup/index.js)', async () => {
    // dist/ is committed and equals a fresh build (CI checks it first): a missing bundle fails here.
    const bundle = path.resolve('dist/backup/index.js');
    expect(existsSync(bundle), 'dist/backup/index.js: run `npm run build`').toBe(true);
    const started = Date.now();
    const r = runBundle(
      bundle,
      Object.fromEntries(
        Object.entries(inputs({ store: path.join(work, 'bundle-store') })).filter((e): e is [string, string] => e[1] !== undefined),
      ),
      { workDir: path.join(work, 'runner'), env: env() },
    );
    const ms = Date.now() - started;
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['backup-id']).toMatch(/^\d{8}T\d{6}Z-manual-/);
    const manifestPath = findFiles(path.join(work, 'bundle-store'), 'manifest.json');
    expect(manifestPath).toHaveLength(1);
    // `::add-mask::` lines are commands the runner consumes and never shows; everything else is log.
    const shown = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(r.stdout).toContain(`::add-mask::${password}`);
    expect(shown.join('\n')).not.toContain(password);
    figures.push(`backup through the bundled action: ${r.outputs.bytes} bytes stored, ${ms} ms`);
  });

  it('dumps and restores through drush when it is found and db-name is empty', async () => {
    // A stand-in for drush 13 with the same argv and output files: --gzip appends .gz to
    // --result-file, and the success message goes to stdout. It reads the site's own settings
    // (here a client option file), as drush reads settings.php.
    const drushRoot = path.join(work, 'drupal');
    mkdirSync(path.join(drushRoot, 'vendor/bin'), { recursive: true });
    mkdirSync(path.join(drushRoot, 'sites/default/files'), { recursive: true });
    writeFileSync(path.join(drushRoot, 'sites/default/files/x.txt'), 'x');
    writeFileSync(
      path.join(drushRoot, 'drush-db.cnf'),
      `[client]\nuser=${db.user}\npassword="${db.password.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\nhost=127.0.0.1\nport=${db.port}\n`,
      { mode: 0o600 },
    );
    writeFileSync(
      path.join(drushRoot, 'vendor/bin/drush'),
      `#!/bin/bash
cnf="$(cd "$(dirname "$0")/../.." && pwd)/drush-db.cnf"
for a in "$@"; do case $a in --result-file=*) rf=\${a#--result-file=};; --gzip) gz=1;; sql:*) cmd=$a;; esac; done
echo "drush $cmd" >&2
case $cmd in
  sql:dump)
    [ -n "$gz" ] && [ -n "$rf" ] || { echo "fake drush: expected --gzip --result-file" >&2; exit 2; }
    bash -c "set -o pipefail; mariadb-dump --defaults-file='$cnf' --single-transaction --hex-blob shop | gzip -f > '$rf.gz'" || exit 1
    echo " [success] Database dump saved to $rf.gz" ;;
  sql:drop)
    mariadb --defaults-file="$cnf" -N -B -e "SELECT CONCAT('DROP ', IF(TABLE_TYPE='VIEW','VIEW','TABLE'), ' \\\`', TABLE_NAME, '\\\`;') FROM information_schema.TABLES WHERE TABLE_SCHEMA='shop'" |
      { echo 'SET FOREIGN_KEY_CHECKS=0;'; cat; } | mariadb --defaults-file="$cnf" shop ;;
  sql:cli) exec mariadb --defaults-file="$cnf" shop ;;
  *) echo "fake drush: unknown command $cmd" >&2; exit 1 ;;
esac
`,
      { mode: 0o755 },
    );
    const over = {
      'site-root': drushRoot,
      'db-name': undefined,
      'db-user': undefined,
      'db-host': undefined,
      'db-port': undefined,
      components: 'data',
    };
    const io = testIo(inputs({ ...over, store: path.join(work, 'drush-store') }), env());
    const result = await backupCommand(io);
    expect(io.lines.join('\n')).toMatch(/dumping through .*vendor\/bin\/drush/);
    expect(ssh.commands().join('\n')).toContain(`/drupal'\\'' --yes sql:dump --gzip --result-file="$sb_tmp/dump.sql" 4>&- >&2`);
    const dir = path.join(work, 'drush-store', 'acme', 'production', result.id);
    await db.exec('USE shop; DELETE FROM products WHERE id > 10; CREATE TABLE extra (id INT);');
    const lines = await restoreAll(dir, over, ['data']);
    expect(lines.join('\n')).toMatch(/imported into the site at/);
    expect(await db.dump('shop')).toBe(dumpBefore);
  });

  it('refuses an unknown host key unless ssh-accept-new-host-key is set, and a changed key always', async () => {
    const noStore = path.join(work, 'hostkey-store');
    await expect(backupCommand(testIo(inputs({ store: noStore, 'ssh-known-hosts': undefined }), env()))).rejects.toThrow(
      /Input `ssh-known-hosts`: is required.*ssh-accept-new-host-key/s,
    );
    // known_hosts for some other host: this one is unknown.
    const otherHost = ssh.knownHosts.replace('[127.0.0.1]', '[127.0.0.2]');
    await expect(backupCommand(testIo(inputs({ store: noStore, 'ssh-known-hosts': otherHost }), env()))).rejects.toThrow(
      /host key of 127\.0\.0\.1:\d+ is not in `ssh-known-hosts`.*ssh-keyscan -p \d+ 127\.0\.0\.1/,
    );
    await expect(backupCommand(testIo(inputs({ store: noStore, 'ssh-known-hosts': ssh.wrongKnownHosts }), env()))).rejects.toThrow(
      /does not match `ssh-known-hosts`/,
    );
    await expect(
      backupCommand(testIo(inputs({ store: noStore, 'ssh-known-hosts': ssh.wrongKnownHosts, 'ssh-accept-new-host-key': 'true' }), env())),
    ).rejects.toThrow(/does not match/);
    expect(findFiles(noStore, 'manifest.json')).toEqual([]);

    // Opt-in: trusted on first use, with a warning that shows the fingerprint to pin.
    const io = testIo(
      inputs({ store: noStore, 'ssh-known-hosts': undefined, 'ssh-accept-new-host-key': 'true', components: 'code' }),
      env(),
    );
    await backupCommand(io);
    const hostPub = ssh.knownHosts.trim().split(/\s+/).slice(1).join(' ');
    const fp = execFileSync('ssh-keygen', ['-l', '-f', '-'], { input: `${hostPub}\n` })
      .toString()
      .split(/\s+/)[1];
    const warning = io.lines.find((l) => l.startsWith('warning: ssh-accept-new-host-key'));
    expect(warning).toContain(fp);
    expect(warning).toContain(ssh.knownHosts.trim());
  });

  it('fails with a clear error and writes no manifest when the server rejects the key', async () => {
    const s = path.join(work, 'badkey-store');
    await expect(backupCommand(testIo(inputs({ store: s, 'ssh-key': ssh.strangerKey }), env()))).rejects.toThrow(
      /ssh: authentication as \S+@127\.0\.0\.1:\d+ failed: the server did not accept `ssh-key`/,
    );
    await expect(backupCommand(testIo(inputs({ store: s, 'ssh-key': 'not a key' }), env()))).rejects.toThrow(
      /`ssh-key` is not a usable private key/,
    );
    expect(findFiles(s, 'manifest.json')).toEqual([]);
  });

  it('fails clearly, with no manifest, on a missing site-root, a missing files folder and a failing dump', async () => {
    const s = path.join(work, 'fail-store');
    await expect(backupCommand(testIo(inputs({ store: s, 'site-root': '/nonexistent/site' }), env()))).rejects.toThrow(
      /code: site-root "\/nonexistent\/site" does not exist on 127\.0\.0\.1/,
    );
    await expect(
      backupCommand(testIo(inputs({ store: s, 'files-path': 'sites/elsewhere/files', components: 'assets' }), env())),
    ).rejects.toThrow(/assets: the files folder ".*sites\/elsewhere\/files" does not exist/);
    const wrongPw = testIo(inputs({ store: s, components: 'data' }), { ...env(), DB_PASSWORD: 'wrong-password' });
    await expect(backupCommand(wrongPw)).rejects.toThrow(/data: mysqldump on 127\.0\.0\.1 exited with 2: .*Access denied for user 'app'/);
    await expect(backupCommand(testIo(inputs({ store: s, components: 'data', 'db-name': 'no_such_db' }), env()))).rejects.toThrow(
      /data: mysqldump on 127\.0\.0\.1 exited with 2: .*Unknown database 'no_such_db'/,
    );
    await expect(
      backupCommand(testIo(inputs({ store: s, components: 'data', 'db-name': undefined, drush: 'false' }), env())),
    ).rejects.toThrow(/Input `db-name`: is not set, and drush is turned off/);
    expect(findFiles(s, 'manifest.json')).toEqual([]);
  });

  it('stops a stalled export when the signal aborts, and the host cleans up after it', async () => {
    const slowRoot = path.join(work, 'slow');
    mkdirSync(path.join(slowRoot, 'vendor/bin'), { recursive: true });
    writeFileSync(path.join(slowRoot, 'vendor/bin/drush'), '#!/bin/sh\nsleep 5\n', { mode: 0o755 });
    const wd = path.join(work, 'slow-work');
    mkdirSync(wd);
    const remoteTemps = () => readdirSync('/tmp').filter((n) => n.startsWith('site-backup.'));
    const tempsBefore = remoteTemps();
    const session = await openSession({ 'site-root': slowRoot, 'db-name': undefined }, wd);
    const out = path.join(work, 'slow-out');
    mkdirSync(out);
    const started = Date.now();
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('timed out after 1s (raise the `timeout` input if the site needs longer)')), 1000);
    await expect(session.export('data', out, ac.signal)).rejects.toThrow(/timed out after 1s/);
    expect(Date.now() - started).toBeLessThan(8000);
    await session.close();
    // The remote script's FIFO folder goes once the stalled drush returns.
    const deadline = Date.now() + 30_000;
    while (remoteTemps().some((t) => !tempsBefore.includes(t)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(remoteTemps().filter((t) => !tempsBefore.includes(t))).toEqual([]);
  });

  it('writes the key with mode 600 for the session and removes it on close', async () => {
    const wd = path.join(work, 'key-work');
    mkdirSync(wd);
    const session = await openSession({}, wd);
    const keyFile = path.join(wd, 'ssh-key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toBe(ssh.clientKey);
    await session.close();
    expect(existsSync(keyFile)).toBe(false);
    expect(readdirSync(wd)).toEqual([]);
    // And every key file the runs above used (their -i arguments) is gone too.
    const keyPaths = [...ssh.clientArgv().matchAll(/ -i (\S+)/g)].map((m) => m[1]!);
    expect(keyPaths.length).toBeGreaterThan(3);
    for (const p of new Set(keyPaths)) expect(existsSync(p), p).toBe(false);
  });

  it('never puts a secret in any argv, remote command or log', () => {
    const keyLines = ssh.clientKey.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'));
    const escaped = password.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const seen = [ssh.clientArgv(), ssh.remoteArgv(), ssh.commands().join('\n'), ssh.log()].join('\n');
    expect(seen.length).toBeGreaterThan(1000);
    for (const secret of [password, escaped, 's3cr', ...keyLines]) expect(seen).not.toContain(secret);
    // The remote side really ran the dump and import clients, so the check saw them.
    expect(ssh.remoteArgv()).toMatch(/^mariadb-dump --defaults-extra-file=\/dev\/fd\/3 /m);
    expect(ssh.remoteArgv()).toMatch(/^mariadb --defaults-extra-file=\/dev\/fd\/3 /m);
  });
});
