import type { DeclaredPlatform } from './define.js';

/** A platform of this build: its name, and its module, loaded when a run opens the platform. */
export interface PlatformEntry {
  name: string;
  load(): Promise<DeclaredPlatform>;
}

// Every platform, one line each. Each module is a chunk of its own in the bundles, loaded only
// when a run opens that platform, so a run pays for one platform's code (and its CLI's lock, its
// parsers) instead of all of them. `npm run gen` loads them all (loadPlatforms) and derives the
// platform names (PLATFORMS), the inputs the platforms own and which platforms read which input
// (src/config/platforms.generated.ts), and the platform table in docs/platforms.md.
export const PLATFORM_MODULES: readonly PlatformEntry[] = [
  { name: 'siteglide', load: async () => (await import('./siteglide.js')).siteglidePlatform },
  { name: 'platformos', load: async () => (await import('./platformos.js')).platformosPlatform },
  { name: 'platformsh', load: async () => (await import('./platformsh.js')).platformshPlatform },
  { name: 'upsun', load: async () => (await import('./platformsh.js')).upsunPlatform },
  { name: 'divio', load: async () => (await import('./divio.js')).divioPlatform },
  { name: 'ssh', load: async () => (await import('./ssh/index.js')).sshPlatform },
  { name: 'command', load: async () => (await import('./command.js')).commandPlatform },
  { name: 'plantanapp', load: async () => (await import('./plantanapp.js')).plantanappPlatform },
];

/** Every platform module, loaded, in registry order: for `npm run gen` and the tests, not for a run. */
export async function loadPlatforms(entries: readonly PlatformEntry[] = PLATFORM_MODULES): Promise<DeclaredPlatform[]> {
  const loaded = await Promise.all(entries.map((e) => e.load()));
  loaded.forEach((p, i) => {
    if (p.name !== entries[i]!.name) throw new Error(`the registry entry "${entries[i]!.name}" loads the platform "${p.name}"`);
  });
  return loaded;
}
