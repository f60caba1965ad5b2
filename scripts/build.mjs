// One esbuild bundle per entry point: dist/<name>/index.js, plus the chunks its dynamic imports
// load only when a command, store or platform needs them (the S3, artifact and cache SDKs), so
// start-up parses the entry alone. A new bundle is one line in ENTRIES; an entry whose source
// does not exist yet is skipped, so sub-actions can land one at a time.
//
// The output is deterministic (chunk names are content hashes, licenses are sorted): check-dist
// compares dist/ with a fresh build byte for byte.
//
//   node scripts/build.mjs                 every bundle into dist/
//   node scripts/build.mjs cli backup      only those
//   node scripts/build.mjs --out DIR cli   into DIR/cli instead (the bench bundles the sources so)
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ENTRIES = {
  backup: 'src/actions/backup.ts',
  prune: 'src/actions/prune.ts',
  restore: 'src/actions/restore.ts',
  matrix: 'src/actions/matrix.ts',
  copy: 'src/actions/copy.ts',
  cli: 'src/bin/cli.ts',
};

// The bundles are ESM, but many dependencies are CommonJS and call require() for Node's own
// modules; this gives each chunk a real one.
const REQUIRE_SHIM =
  "import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);";

/** The package that holds a bundled file, found by its nearest package.json with a name. */
function packageOf(file, cache) {
  let dir = path.dirname(path.resolve(file));
  while (dir.includes(`${path.sep}node_modules${path.sep}`)) {
    if (cache.has(dir)) return cache.get(dir);
    const pj = path.join(dir, 'package.json');
    if (existsSync(pj)) {
      const pkg = JSON.parse(readFileSync(pj, 'utf8'));
      if (pkg.name) {
        const found = { dir, name: pkg.name, version: pkg.version ?? '', license: licenseOf(pkg) };
        cache.set(dir, found);
        return found;
      }
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

function licenseOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

function licenseText(dir) {
  const file = readdirSync(dir)
    .sort()
    .find((f) => /^(licen[sc]e|copying)(\.|-|$)/i.test(f));
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : '';
}

/** licenses.txt: every bundled package's name, licence and licence text, as ncc wrote it. */
function licensesOf(metafile) {
  const cache = new Map();
  const pkgs = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const pkg = packageOf(input, cache);
    if (pkg) pkgs.set(`${pkg.name}@${pkg.version}`, pkg);
  }
  return [...pkgs.values()]
    .sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1))
    .map((p) => `${p.name}\n${p.license}\n${licenseText(p.dir)}`)
    .join('\n\n')
    .concat('\n');
}

async function bundle(name, entry, root) {
  const out = `${root}/${name}`;
  rmSync(out, { recursive: true, force: true });
  const result = await build({
    entryPoints: [entry],
    outdir: out,
    entryNames: 'index',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    banner: { js: REQUIRE_SHIM },
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(`${out}/licenses.txt`, licensesOf(result.metafile));
  // The bundles are ESM; this marks them so for Node wherever the action is checked out.
  writeFileSync(`${out}/package.json`, '{ "type": "module" }\n');
  const bytes = Object.entries(result.metafile.outputs).find(([f]) => f.endsWith(`${name}/index.js`))?.[1].bytes ?? 0;
  console.log(`built ${out} (entry ${(bytes / 1024).toFixed(0)} KiB, ${Object.keys(result.metafile.outputs).length} files)`);
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const root = outAt >= 0 ? args.splice(outAt, 2)[1] : 'dist';
if (!root) throw new Error('--out needs a folder');
const only = args;
const started = performance.now();
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (only.length && !only.includes(name)) continue;
  if (!existsSync(entry)) continue;
  await bundle(name, entry, root);
}
console.log(`in ${((performance.now() - started) / 1000).toFixed(1)} s`);
