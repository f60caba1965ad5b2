import type { PlatformContext, PlatformDefinition, PlatformSession } from '../platform.js';
import { parseSshConfig } from './config.js';
import { SshSession } from './session.js';

// A site on a server we reach over SSH: code and files with rsync, the database dumped on the host
// (mysqldump, pg_dump or drush) and streamed back gzipped. By concern: config.ts (inputs),
// scripts.ts (the remote shell scripts), session.ts (ssh and rsync runs), errors.ts (what a
// person reads when they fail), dump-checks.ts (a dump counts only when complete).

export { DB_PASSWORD_ENV, filesLocation, parseSshConfig, type SshConfig } from './config.js';
export { DUMP_FILE, verifyDump, type DumpCheck } from './dump-checks.js';
export { explainSshFailure } from './errors.js';

export const sshPlatform: PlatformDefinition = {
  name: 'ssh',
  async open(ctx: PlatformContext): Promise<PlatformSession> {
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
};
