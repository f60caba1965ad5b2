// The lockfiles that install the pinned npm CLIs (scripts/cli-locks.ts writes them; see its notes
// on where each comes from). They are imported, not read from disk, so the bundled action carries
// them; each on demand, as a chunk of its own (~250 KB of JSON), so only an install of that CLI
// loads it. A version without a lock here (a `cli-version` of the user's) installs unlocked, with a warning.

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

type Json = Promise<{ default: unknown }>;

/** By `<package>@<version>`: each lock's loader. */
const NPM_LOCKS: Readonly<Record<string, () => Json>> = {
  '@platformos/pos-cli@6.4.0': () => import('./@platformos/pos-cli@6.4.0/package-lock.json', { with: { type: 'json' } }),
  '@siteglide/siteglide-cli@1.10.3': () => import('./@siteglide/siteglide-cli@1.10.3/package-lock.json', { with: { type: 'json' } }),
  '@upsun/cli-linux-x64@5.11.1': () => import('./@upsun/cli-linux-x64@5.11.1/package-lock.json', { with: { type: 'json' } }),
};

/** The committed lock of `<package>@<version>`, or undefined when there is none. */
export async function npmLock(key: string): Promise<NpmLock | undefined> {
  const load = Object.hasOwn(NPM_LOCKS, key) ? NPM_LOCKS[key] : undefined;
  return load ? ((await load()).default as NpmLock) : undefined;
}

/**
 * Hashed requirements files (`pip install --require-hashes`) by `<package>==<version>`. None for
 * divio-cli 4.0.5 yet: its wheels' hashes come from PyPI, which was out of reach when this was
 * written; until one is added it installs unhashed, with a warning.
 */
export const PIP_REQUIREMENTS: Readonly<Record<string, string>> = {};
