// Regenerates src/platforms/locks/: the package-lock.json that installs each pinned npm CLI.
//
//   npx tsx scripts/cli-locks.ts [REAL_CLIS]     (default: ../shared/real-clis, see fetch-real-clis.sh)
//
// install.ts installs a CLI with `npm ci` in a folder holding a package.json that depends on the
// CLI's exact version and one of these locks, so every transitive dependency is the version (and
// the sha512) written here, not whatever matches its range on the day of the install.
//
// - pos-cli and siteglide-cli: the lock their maintainers released in the package (the versions
//   the release was tested with), moved one level down (the CLI becomes node_modules/<package>)
//   and without their development dependencies. siteglide-cli's is an npm 6 lock: npm converts it
//   first, keeping its versions. The registry reachable while this was written does not serve the
//   two CLI packages themselves, so their own entry carries no integrity (the exact version is
//   still pinned, and a registry never serves two tarballs for one version).
// - @upsun/cli-linux-x64: resolved by npm from the registry, which serves it.
// Packages published before npm recorded sha512 have only a sha1 in a lock; this fetches each of
// those tarballs, checks it against that sha1, and writes its sha512 instead, so npm ci checks
// every package with sha512.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  link?: boolean;
  [k: string]: unknown;
}
interface Lock {
  name: string;
  lockfileVersion: number;
  requires: boolean;
  packages: Record<string, LockEntry>;
}

const OUT = path.join('src', 'platforms', 'locks');
const REGISTRY = 'https://registry.npmjs.org';
const real = process.argv[2] ?? path.join('..', 'shared', 'real-clis');
const NPM_FLAGS = ['--package-lock-only', '--ignore-scripts', '--lockfile-version=3', '--no-audit', '--no-fund', '--loglevel=error'];
/** The fields of a package's own lock root that its entry in a dependent's lock keeps. */
const ENTRY_FIELDS = [
  'license',
  'dependencies',
  'optionalDependencies',
  'peerDependencies',
  'peerDependenciesMeta',
  'bin',
  'engines',
  'os',
  'cpu',
  'hasInstallScript',
];

function wrapperRoot(pkg: string, version: string): LockEntry {
  return { name: 'site-backup-cli', dependencies: { [pkg]: version } };
}

/** The release's own lock, with the CLI as node_modules/<pkg> under a wrapper and no dev-only entries. */
function wrap(pkg: string, own: Lock): Lock {
  const root = own.packages['']!;
  const version = String(root.version);
  const top: LockEntry = { version, resolved: `${REGISTRY}/${pkg}/-/${pkg.split('/').pop()}-${version}.tgz` };
  for (const f of ENTRY_FIELDS) if (root[f] !== undefined) top[f] = root[f];
  const packages: Record<string, LockEntry> = { '': wrapperRoot(pkg, version), [`node_modules/${pkg}`]: top };
  for (const [p, e] of Object.entries(own.packages)) {
    if (!p || e.dev || e.link) continue;
    const { devOptional, ...rest } = e;
    // Needed only through an optional path once development dependencies are gone.
    packages[p] = devOptional ? { ...rest, optional: true } : rest;
  }
  return { name: 'site-backup-cli', lockfileVersion: 3, requires: true, packages };
}

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'sba-cli-locks-'));
}

function npm(dir: string, args: string[]): void {
  execFileSync('npm', [...args, ...NPM_FLAGS, `--registry=${REGISTRY}/`], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

/** A release's lock as lockfile v3: npm upgrades an older one in a writable copy, keeping its versions. */
function releaseLock(folder: string): Lock {
  const own = JSON.parse(readFileSync(path.join(real, folder, 'package-lock.json'), 'utf8')) as Lock;
  if (own.lockfileVersion >= 2 && own.packages) return own;
  const dir = path.join(scratch(), folder);
  cpSync(path.join(real, folder), dir, { recursive: true });
  execFileSync('chmod', ['-R', 'u+w', dir]);
  npm(dir, ['install']);
  const upgraded = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8')) as Lock;
  rmSync(path.dirname(dir), { recursive: true, force: true });
  return upgraded;
}

/** A lock resolved by npm now, for a package the registry serves. */
function resolvedLock(pkg: string, version: string): Lock {
  const dir = scratch();
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...wrapperRoot(pkg, version), private: true }));
  npm(dir, ['install']);
  const lock = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8')) as Lock;
  rmSync(dir, { recursive: true, force: true });
  return lock;
}

/** The sha512 of a package whose lock entry has only a sha1, from its tarball checked against that sha1. */
async function sha512Of(p: string, e: LockEntry): Promise<string> {
  // npm leaves `resolved` out where it is the registry's usual tarball address.
  const name = typeof e.name === 'string' ? e.name : p.slice(p.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const url = e.resolved ?? `${REGISTRY}/${name}/-/${name.split('/').pop()}-${e.version}.tgz`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${p}: HTTP ${res.status} from ${url}`);
  const body = Buffer.from(await res.arrayBuffer());
  const sha1 = `sha1-${createHash('sha1').update(body).digest('base64')}`;
  if (!e.integrity!.split(/\s+/).includes(sha1))
    throw new Error(`${p}: the tarball at ${url} is not the one the lock names (${e.integrity}, got ${sha1})`);
  return `sha512-${createHash('sha512').update(body).digest('base64')}`;
}

async function strengthen(lock: Lock): Promise<void> {
  const weak = Object.entries(lock.packages).filter(([p, e]) => p && e.integrity && !e.integrity.includes('sha512-'));
  for (let i = 0; i < weak.length; i += 16) {
    await Promise.all(weak.slice(i, i + 16).map(async ([p, e]) => (e.integrity = await sha512Of(p, e))));
  }
  if (weak.length) console.log(`  ${weak.length} sha1-only entries now carry their sha512`);
}

async function write(pkg: string, version: string, lock: Lock): Promise<void> {
  const dir = path.join(OUT, `${pkg}@${version}`);
  mkdirSync(dir, { recursive: true });
  for (const e of Object.values(lock.packages)) if (e.resolved) e.resolved = e.resolved.replace(/^https?:\/\/[^/]+/, REGISTRY);
  await strengthen(lock);
  writeFileSync(path.join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`${dir}/package-lock.json: ${Object.keys(lock.packages).length - 1} packages`);
}

await write('@platformos/pos-cli', '6.4.0', wrap('@platformos/pos-cli', releaseLock('pos-cli-6.4.0')));
await write('@siteglide/siteglide-cli', '1.10.3', wrap('@siteglide/siteglide-cli', releaseLock('siteglide-cli-1.10.3')));
await write('@upsun/cli-linux-x64', '5.11.1', resolvedLock('@upsun/cli-linux-x64', '5.11.1'));
