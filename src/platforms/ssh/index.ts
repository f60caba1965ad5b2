import type { Component } from '../../model/manifest.js';
import { definePlatform, type ComponentHandler, type PlatformInput } from '../define.js';
import { parseSshConfig } from './config.js';
import { SshSession } from './session.js';

// A site on a server we reach over SSH: code and files with rsync, the database dumped on the host
// (mysqldump, pg_dump or drush) and streamed back gzipped. By concern: config.ts (inputs),
// scripts.ts (the remote shell scripts), session.ts (ssh and rsync runs), errors.ts (what a
// person reads when they fail), dump-checks.ts (a dump counts only when complete).

export { DB_PASSWORD_ENV, filesLocation, parseSshConfig, type SshConfig } from './config.js';
export { DUMP_FILE, verifyDump, type DumpCheck } from './dump-checks.js';
export { explainSshFailure } from './errors.js';

// A restore step's own values name the target, so a backup can be restored into another
// site-root, files folder or database. The database password comes from the DB_PASSWORD
// environment variable, never an input.
const SSH_INPUTS: Record<string, PlatformInput> = {
  'ssh-host': {
    description: 'SSH: the host name or address of the server that holds the site.',
  },
  'ssh-user': {
    description: 'SSH: the login name. Empty uses the SSH client default.',
  },
  'ssh-port': {
    description: 'SSH: the port of the SSH server.',
    default: '22',
  },
  'ssh-key': {
    description:
      'SSH: an unencrypted private key (OpenSSH or PEM), from a secret. It is written to a mode-600 file for the run and deleted afterwards. Empty uses the SSH agent and default keys.',
    secret: true,
  },
  'ssh-known-hosts': {
    description:
      'SSH: the known_hosts line(s) of the server, as `ssh-keyscan -p <port> <host>` prints them (verify the fingerprint out of band). Required: an unknown host key is refused unless `ssh-accept-new-host-key` is `true`.',
  },
  'ssh-accept-new-host-key': {
    description:
      'SSH: trust a host key that is not in `ssh-known-hosts` on first use (`StrictHostKeyChecking=accept-new`) and print it with a warning, so you can pin it. A changed key is always refused.',
    default: 'false',
  },
  'site-root': {
    description:
      'SSH: the folder of the site on the host (for Drupal, the one with index.php and sites/); absolute, or relative to the login folder.',
  },
  'files-path': {
    description:
      'SSH: the files folder (the `assets` component), relative to `site-root` or absolute; it is left out of `code`. Aegir: `sites/<site>/files`. `none` when the site has none.',
    default: 'sites/default/files',
  },
  'code-exclude': {
    description:
      'SSH: more rsync exclude patterns for `code`, separated by commas or new lines (for example `/sites/*/private/`, `*.log`). Excluded paths are also left alone by a restore.',
  },
  'db-type': {
    description:
      'SSH: the database: `mysql`, `mariadb`, `pgsql`, or `none` (no `data` component). Used when the database is dumped directly rather than through drush.',
    default: 'mysql',
  },
  'db-name': {
    description:
      'SSH: the database to dump (or, on restore, to replace). When set, mysqldump/pg_dump are used directly; when empty, drush finds the database from the site settings.',
  },
  'db-user': {
    description:
      'SSH: the database account. Empty uses the client default (for example `~/.my.cnf` on the host). The password comes from the `DB_PASSWORD` environment variable.',
  },
  'db-host': {
    description: 'SSH: the database host as the server sees it. Empty uses the local socket.',
  },
  'db-port': {
    description: 'SSH: the database port. Empty uses the client default.',
  },
  drush: {
    description:
      'SSH: `auto` uses drush (`sql:dump --gzip`, `sql:cli`) when `db-name` is empty and drush is found in `vendor/bin` or on PATH; `false` never does; or the path of drush on the host.',
    default: 'auto',
  },
  'drupal-uri': {
    description: 'SSH: the Drupal site of a multisite (drush `--uri`), such as `example.com` on Aegir.',
  },
};

export const sshPlatform = definePlatform<SshSession>({
  name: 'ssh',
  summary:
    'A server reached over SSH (Aegir, Drupal, any host): code and files with rsync, the database dumped on the host (mysqldump, pg_dump or drush).',
  inputs: SSH_INPUTS,
  async open(ctx) {
    const cfg = parseSshConfig(ctx.inputs, ctx.env);
    // ssh-key is masked with the other secret inputs; the password comes from the environment.
    ctx.log.setSecret(cfg.dbPassword);
    const session = new SshSession(cfg, ctx);
    try {
      await session.connect();
    } catch (e) {
      await session.close();
      throw e;
    }
    return session;
  },
  components: { code: component('code'), assets: component('assets'), data: component('data') },
  covers: (s) => s.components,
  explainUnsupported: (c, s) => s.explainUnsupported(c),
  close: (s) => s.close(),
});

function component(c: Component): ComponentHandler<SshSession> {
  return {
    export: (s, outDir, signal) => s.export(c, outDir, signal),
    restore: (s, inDir, opts) => s.restore(c, inDir, opts),
    mirrors: c !== 'data', // code and assets are rsync mirrors; the data dump is written afresh
  };
}
