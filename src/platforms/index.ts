import { rm } from 'node:fs/promises';
import { makeStaging } from '../util/cleanup.js';
import type { PlatformName } from '../config/common.js';
import { commandPlatform } from './command.js';
import { acceptSuspectFrom, checkExportedContent } from './content-check.js';
import { divioPlatform } from './divio.js';
import type { PlatformContext, PlatformDefinition, PlatformSession } from './platform.js';
import { plantanappPlatform } from './plantanapp.js';
import { platformosPlatform } from './platformos.js';
import { platformshPlatform, upsunPlatform } from './platformsh.js';
import { siteglidePlatform } from './siteglide.js';
import { sshPlatform } from './ssh/index.js';

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
  // Read before anything is opened, so a bad value fails the run before the platform is touched.
  const acceptSuspect = ctx.purpose === 'restore' ? 0 : acceptSuspectFrom(ctx.inputs);
  const workDir = await makeStaging(tmpRoot, 'work');
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
    mirrors: (c) => s.mirrors?.(c) ?? false,
    // Every platform's export is read back here: CLIs save error pages under the asset's name and
    // exit 0, so no platform may skip this. Platforms add their own checks and may count records.
    export: async (c, dir, signal) => {
      const result = (await s.export(c, dir, signal)) ?? {};
      signal.throwIfAborted();
      const counts = await checkExportedContent(dir, { component: c, acceptSuspect, log: ctx.log });
      const records = result.counts?.records;
      return { ...result, counts: records === undefined ? counts : { ...counts, records } };
    },
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
