// The bench times the sources as they are, whatever dist/ holds: it bundles them afresh with the
// project's own build (scripts/build.mjs) into its work folder.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Bundles `names` (ENTRIES of scripts/build.mjs) into `work/<name>/`; returns `work`. */
export function bundleSources(work: string, root: string, names: string[]): string {
  const t = performance.now();
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--out', work, ...names], { stdio: 'ignore', cwd: root });
  console.log(`bundled ${names.join(', ')} from src/ in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return work;
}

/** The CLI bundled from the sources: the path of its index.js. */
export function bundleCli(work: string, root: string): string {
  return path.join(bundleSources(work, root, ['cli']), 'cli', 'index.js');
}
