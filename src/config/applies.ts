import type { PlatformName, StoreSpec } from './common.js';
import { INPUTS, type InputName } from './inputs.js';
import { INPUT_READERS } from './platforms.generated.js';
import type { InputSource } from './source.js';

// Inputs that mean something for some platforms or stores only. A value given to one that does
// not apply (`retries` with `platform: command`, `ssh-host` with a hosted platform) used to be
// ignored without a word, so a typo in `platform` or `store` went unnoticed: now it is a warning,
// never an error, and its value is not checked (nor quoted: it may be a key).

/** The platforms each platform-specific input is read by (generated from the platform modules); inputs not listed apply to every platform. */
export const INPUT_PLATFORMS = INPUT_READERS as Partial<Record<InputName, readonly PlatformName[]>>;

/** The store kinds each store-specific input is read by. */
export const INPUT_STORES: Partial<Record<InputName, readonly StoreSpec['kind'][]>> = {
  's3-endpoint': ['s3'],
  's3-region': ['s3'],
  's3-force-path-style': ['s3'],
  's3-storage-class': ['s3'],
  's3-sse': ['s3'],
  's3-kms-key-id': ['s3'],
  'artifact-retention-days': ['artifact'],
};

/**
 * One sentence per input that was given a value but does not apply to this platform and store.
 * A value equal to the input's default is not "given": the runner passes every default.
 */
export function inapplicableInputs(src: InputSource, platform: PlatformName, store: StoreSpec['kind']): string[] {
  const out: string[] = [];
  const given = (name: InputName) => {
    const v = src.get(name);
    return v !== undefined && v !== (INPUTS[name] as { default?: string }).default;
  };
  for (const [name, platforms] of Object.entries(INPUT_PLATFORMS) as [InputName, readonly PlatformName[]][]) {
    if (!platforms.includes(platform) && given(name)) {
      out.push(
        `Input \`${name}\` is set but \`platform: ${platform}\` does not use it (only ${platforms.map((p) => `\`${p}\``).join(', ')}), so it is ignored. Remove it, or check \`platform\`.`,
      );
    }
  }
  for (const [name, kinds] of Object.entries(INPUT_STORES) as [InputName, readonly StoreSpec['kind'][]][]) {
    if (!kinds.includes(store) && given(name)) {
      out.push(
        `Input \`${name}\` is set but the store is ${store === 'local' ? 'a folder' : store === 's3' ? 'S3' : '`artifact`'}, which does not use it, so it is ignored. Remove it, or check \`store\`.`,
      );
    }
  }
  return out;
}
