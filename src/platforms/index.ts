import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PlatformName } from '../config/common.js';
import { commandPlatform } from './command.js';
import { divioPlatform } from './divio.js';
import type { PlatformContext, PlatformDefinition, PlatformSession } from './platform.js';
import { plantanappPlatform } from './plantanapp.js';
import { platformosPlatform } from './platformos.js';
import { platformshPlatform, upsunPlatform } from './platformsh.js';
import { siteglidePlatform } from './siteglide.js';
import { sshPlatform } from './ssh.js';

// A new platform is one file behind PlatformDefinition plus one line here.
const REGISTRY: Partial<Record<PlatformName, PlatformDefinition>> = {
  command: commandPlatform,
  ssh: sshPlatform,
  siteglide: siteglidePlatform,
  platformos: platformosPlatform,
  platformsh: platformshPlatform,
  upsun: upsunPlatform,
  divio: divioPlatform,
  plantanapp: plantanappPlatform,
};

export function getPlatform(name: PlatformName): PlatformDefinition {
  const p = REGISTRY[name];
  if (!p) throw new Error(`platform "${name}" is not available in this build`);
  return p;
}

/**
 * Opens a session with its own scratch folder (keys, config files, CLI downloads), which is
 * removed when the session closes, whatever the platform does.
 */
export async function openPlatform(name: PlatformName, ctx: Omit<PlatformContext, 'workDir'>, tmpRoot: string): Promise<PlatformSession> {
  const workDir = await mkdtemp(path.join(tmpRoot, 'site-backup-work-'));
  let s: PlatformSession;
  try {
    s = await getPlatform(name).open({ ...ctx, workDir });
  } catch (e) {
    await rm(workDir, { recursive: true, force: true });
    throw e;
  }
  return {
    components: s.components,
    explainUnsupported: (c) => s.explainUnsupported(c),
    export: (c, dir, signal) => s.export(c, dir, signal),
    restore: (c, dir, opts) => s.restore(c, dir, opts),
    close: async () => {
      try {
        await s.close();
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    },
  };
}
