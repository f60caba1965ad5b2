import { ConfigError } from '../model/errors.js';
import { inputOrDefault, type InputSource } from './source.js';

// `format: restic` as config. The format travels inside the store spec (StoreSpec.restic), because
// every command opens its store from the spec: list, prune, max-age and the fleet summary then
// reach the restic repository through the one Store interface without knowing about restic.

export const FORMATS = ['archive', 'restic'] as const;
export type Format = (typeof FORMATS)[number];

export interface ResticOptions {
  /** From the `restic-password` input; when absent, RESTIC_PASSWORD(_FILE|_COMMAND) from the environment. */
  password?: string;
  /** `restic check --read-data-subset` value; undefined checks the structure only. */
  readDataSubset?: string;
}

export function parseFormat(src: InputSource): Format {
  const v = inputOrDefault(src, 'format')!;
  if (!(FORMATS as readonly string[]).includes(v)) {
    throw new ConfigError('format', `unknown format "${v}"`, `Use \`archive\` (the default) or \`restic\`.`);
  }
  return v as Format;
}

// `n%` (up to two decimals), `n/t`, or a size with a unit: the forms restic 0.14 accepts.
const SUBSET_RE = /^(?:\d{1,3}(?:\.\d{1,2})?%|\d+\/\d+|\d+[KMGT])$/i;

/**
 * The restic options of a store spec, or undefined for `format: archive`. `storeKind` is the
 * kind parseStore found: the artifact store cannot hold a repository, which needs listing,
 * overwriting locks and deleting single files.
 */
export function parseResticOptions(src: InputSource, storeKind: 'local' | 's3' | 'artifact'): ResticOptions | undefined {
  if (parseFormat(src) !== 'restic') return undefined;
  if (storeKind === 'artifact') {
    throw new ConfigError(
      'format',
      '`restic` cannot use the `artifact` store (a restic repository needs a store it can list, lock and delete single files in)',
      'Set `store` to `s3://bucket/prefix` or a folder, or use `format: archive` with artifacts.',
    );
  }
  for (const name of ['s3-sse', 's3-kms-key-id'] as const) {
    if (src.get(name)) {
      throw new ConfigError(
        name,
        'does not apply to `format: restic`: restic encrypts every file with the repository password before upload',
        `Remove \`${name}\` (the bucket's default encryption still applies), or use \`format: archive\`.`,
      );
    }
  }
  const opts: ResticOptions = {};
  const password = src.get('restic-password');
  if (password) opts.password = password;
  const subset = inputOrDefault(src, 'restic-read-data-subset');
  if (subset !== undefined && subset !== 'none') {
    if (subset === 'all') opts.readDataSubset = '100%';
    else if (SUBSET_RE.test(subset) && !/^0+(\.0+)?%$/.test(subset)) opts.readDataSubset = subset;
    else
      throw new ConfigError(
        'restic-read-data-subset',
        `"${subset}" is not a share restic understands`,
        'Use a percentage such as `10%`, a part such as `1/7` (the 1st of 7 parts), a size such as `500M`, `all` or `none`.',
      );
  }
  return opts;
}
