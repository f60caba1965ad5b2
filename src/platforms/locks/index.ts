import pos from './@platformos/pos-cli@6.4.0/package-lock.json' with { type: 'json' };
import siteglide from './@siteglide/siteglide-cli@1.10.3/package-lock.json' with { type: 'json' };
import upsun from './@upsun/cli-linux-x64@5.11.1/package-lock.json' with { type: 'json' };

// The lockfiles that install the pinned npm CLIs (scripts/cli-locks.ts writes them; see its notes
// on where each comes from). They are imported, not read from disk, so the bundled action carries
// them. A version without a lock here (a `cli-version` of the user's) installs unlocked, with a warning.

export interface NpmLockEntry {
  version?: string;
  integrity?: string;
  optional?: boolean;
  /** Inside its dependent's tarball (bundleDependencies). */
  inBundle?: boolean;
  dependencies?: Record<string, string>;
}

export interface NpmLock {
  name: string;
  lockfileVersion: number;
  packages: Record<string, NpmLockEntry>;
}

/** By `<package>@<version>`. */
export const NPM_LOCKS: Readonly<Record<string, NpmLock>> = {
  '@platformos/pos-cli@6.4.0': pos as NpmLock,
  '@siteglide/siteglide-cli@1.10.3': siteglide as NpmLock,
  '@upsun/cli-linux-x64@5.11.1': upsun as NpmLock,
};

/**
 * Hashed requirements files (`pip install --require-hashes`) by `<package>==<version>`. None for
 * divio-cli 4.0.5 yet: its wheels' hashes come from PyPI, which was out of reach when this was
 * written; until one is added it installs unhashed, with a warning.
 */
export const PIP_REQUIREMENTS: Readonly<Record<string, string>> = {};
