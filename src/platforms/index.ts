import { rm } from 'node:fs/promises';
import { makeStaging } from '../util/cleanup.js';
import { acceptPlatformName, type PlatformName } from '../config/common.js';
import { acceptSuspectFrom, checkExportedContent } from './content-check.js';
import type { PlatformContext, PlatformDefinition, PlatformSession } from './platform.js';
import { PLATFORM_MODULES } from './registry.js';

/** Each platform's loader: the built-in modules load on first use (registry.ts). */
const REGISTRY = new Map<string, () => Promise<PlatformDefinition>>(PLATFORM_MODULES.map((p) => [p.name, p.load]));

/**
 * Adds a platform that is not in registry.ts (a test's, or an embedder's); the built-in ones come
 * from registry.ts. Its name must also be accepted by the config (see docs/development.md).
 */
export function registerPlatform(p: PlatformDefinition): void {
  if (REGISTRY.has(p.name)) throw new Error(`platform "${p.name}" is already registered`);
  REGISTRY.set(p.name, async () => p);
  acceptPlatformName(p.name);
}

export async function getPlatform(name: PlatformName): Promise<PlatformDefinition> {
  const load = REGISTRY.get(name);
  if (!load) throw new Error(`platform "${name}" is not available in this build`);
  return load();
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
    s = await (await getPlatform(name)).open({ ...ctx, workDir });
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
