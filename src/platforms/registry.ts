import { commandPlatform } from './command.js';
import type { DeclaredPlatform } from './define.js';
import { divioPlatform } from './divio.js';
import { plantanappPlatform } from './plantanapp.js';
import { platformosPlatform } from './platformos.js';
import { platformshPlatform, upsunPlatform } from './platformsh.js';
import { siteglidePlatform } from './siteglide.js';
import { sshPlatform } from './ssh/index.js';

// Every platform, one line each. `npm run gen` derives from this list the platform names
// (PLATFORMS), the inputs the platforms own and which platforms read which input
// (src/config/platforms.generated.ts), and the platform table in docs/platforms.md.
export const PLATFORM_MODULES: readonly DeclaredPlatform[] = [
  siteglidePlatform,
  platformosPlatform,
  platformshPlatform,
  upsunPlatform,
  divioPlatform,
  sshPlatform,
  commandPlatform,
  plantanappPlatform,
];
