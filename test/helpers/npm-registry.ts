import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { runProcess } from '../../src/util/exec.js';
import { startHttpDouble } from './http-double.js';

// A loopback npm registry for installing the real platform CLIs the way the action installs them
// (`npm install --prefix <dir> <package>@<version>` with npm_config_registry pointing here). The
// registry reachable from CI does not serve @siteglide/siteglide-cli or @platformos/pos-cli, so
// this one serves those from tarballs packed from ../shared/real-clis, and passes every other
// request (their dependencies, @upsun/cli-linux-x64) through to the registry npm is configured
// with, so nothing here names a registry host.

export interface LocalPackage {
  name: string;
  version: string;
  /** The package.json in the tarball. */
  manifest: Record<string, unknown>;
  tarball: Buffer;
}

export interface NpmRegistry {
  url: string;
  /** Paths requested, in order (to assert what came from where). */
  requests: string[];
  /** Serves one more version from now on, as a new release on the registry would. */
  publish(p: LocalPackage): void;
  close(): Promise<void>;
}

/** The registry `npm config get registry` names (the user's or CI's own), without a trailing slash. */
export function upstreamRegistry(): string {
  const r = spawnSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' });
  const url = r.stdout.trim().replace(/\/+$/, '');
  if (r.status !== 0 || !/^https?:\/\//.test(url)) throw new Error(`npm config get registry failed: ${r.stderr || r.stdout}`);
  return url;
}

function packument(base: string, pkgs: LocalPackage[]): Record<string, unknown> {
  const versions: Record<string, unknown> = {};
  for (const p of pkgs) {
    const file = `${p.name.split('/').pop()}-${p.version}.tgz`;
    versions[p.version] = {
      ...p.manifest,
      _id: `${p.name}@${p.version}`,
      dist: {
        tarball: `${base}/${p.name}/-/${file}`,
        shasum: createHash('sha1').update(p.tarball).digest('hex'),
        integrity: `sha512-${createHash('sha512').update(p.tarball).digest('base64')}`,
      },
    };
  }
  const latest = pkgs.at(-1)!.version;
  return { name: pkgs[0]!.name, 'dist-tags': { latest }, versions };
}

/** Starts the registry on 127.0.0.1 with `local` packages; everything else goes to `upstream`. */
export async function startNpmRegistry(local: LocalPackage[], upstream = upstreamRegistry()): Promise<NpmRegistry> {
  const byName = new Map<string, LocalPackage[]>();
  for (const p of local) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  const requests: string[] = [];
  let base = '';
  const double = await startHttpDouble((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push(url);
    void (async () => {
      const name = url.slice(1).split('/-/')[0]!;
      const pkgs = byName.get(name);
      if (pkgs && !url.includes('/-/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(packument(base, pkgs)));
        return;
      }
      if (pkgs) {
        const file = url.split('/-/')[1];
        const p = pkgs.find((x) => `${x.name.split('/').pop()}-${x.version}.tgz` === file);
        if (!p) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': p.tarball.length });
        res.end(p.tarball);
        return;
      }
      // Pass through: same path, same Accept (npm asks for the abbreviated packument).
      const up = await fetch(`${upstream}${req.url}`, { headers: { accept: req.headers.accept ?? '*/*' } });
      const headers: Record<string, string> = { 'content-type': up.headers.get('content-type') ?? 'application/octet-stream' };
      res.writeHead(up.status, headers);
      if (up.body) await pipeline(Readable.fromWeb(up.body as import('node:stream/web').ReadableStream), res);
      else res.end();
    })().catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(502);
      res.end(String(e));
    });
  });
  base = double.url;
  return {
    url: base,
    requests,
    publish: (p) => byName.set(p.name, [...(byName.get(p.name) ?? []), p]),
    close: () => double.close(),
  };
}

async function makeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await makeWritable(p);
    else await chmod(p, 0o644);
  }
}

/**
 * `npm pack` of a copy of `source` (shared/ is read-only), after `edit` changed its package.json
 * or added files. Returns the tarball and the manifest npm packed.
 */
export async function packLocal(
  source: string,
  scratch: string,
  edit: (dir: string, manifest: Record<string, unknown>) => Promise<void> = async () => undefined,
): Promise<LocalPackage> {
  const dir = path.join(scratch, path.basename(source));
  await mkdir(scratch, { recursive: true });
  await cp(source, dir, { recursive: true });
  await makeWritable(dir);
  const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  await edit(dir, manifest);
  await writeFile(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const r = await runProcess('npm', ['pack', '--ignore-scripts', '--loglevel=error', '--pack-destination', scratch], {
    cwd: dir,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (r.code !== 0) throw new Error(`npm pack of ${source} failed: ${r.stderrTail}`);
  // npm names the tarball of @scope/name `scope-name-<version>.tgz`.
  const file = `${String(manifest.name).replace(/^@/, '').replace('/', '-')}-${String(manifest.version)}.tgz`;
  return { name: manifest.name as string, version: manifest.version as string, manifest, tarball: readFileSync(path.join(scratch, file)) };
}

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Where npm finds `name` from the package at `from`: its own node_modules, then each parent's. */
function resolveIn(packages: Record<string, unknown>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

/**
 * A lock without the packages `drop` names and everything only they needed: for installing a CLI
 * whose dependencies the reachable registry partly lacks (pos-cli's @platformos/* and yeoman-*).
 */
export function pruneLock<L extends { packages: Record<string, LockEntry> }>(lock: L, drop: (name: string) => boolean): L {
  const packages = structuredClone(lock.packages);
  const kept = new Set<string>(['']);
  const queue = [''];
  while (queue.length) {
    const from = queue.shift()!;
    const e = packages[from]!;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const) {
      for (const name of Object.keys(e[field] ?? {})) {
        if (drop(name)) {
          delete e[field]![name];
          continue;
        }
        const to = resolveIn(packages, from, name);
        if (to && !kept.has(to)) {
          kept.add(to);
          queue.push(to);
        }
      }
    }
  }
  return { ...lock, packages: Object.fromEntries(Object.entries(packages).filter(([p]) => kept.has(p))) };
}
