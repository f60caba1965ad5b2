import type { PlatformName } from '../config/common.js';
import { commandPlatform } from './command.js';
import type { PlatformDefinition } from './platform.js';

// A new platform is one file behind PlatformDefinition plus one line here.
const REGISTRY: Partial<Record<PlatformName, PlatformDefinition>> = {
  command: commandPlatform,
};

export function getPlatform(name: PlatformName): PlatformDefinition {
  const p = REGISTRY[name];
  if (!p) throw new Error(`platform "${name}" is not available in this build`);
  return p;
}
