// One ncc bundle per entry point. A new bundle is one line in ENTRIES; an entry whose source
// does not exist yet is skipped, so sub-actions can land one at a time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const ENTRIES = {
  backup: 'src/actions/backup.ts',
  prune: 'src/actions/prune.ts',
  restore: 'src/actions/restore.ts',
  matrix: 'src/actions/matrix.ts',
  copy: 'src/actions/copy.ts',
  cli: 'src/bin/cli.ts',
};

const only = process.argv.slice(2);
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (only.length && !only.includes(name)) continue;
  if (!existsSync(entry)) continue;
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync('ncc', ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
  // The bundles are ESM; this marks them so for Node wherever the action is checked out.
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/package.json`, '{ "type": "module" }\n');
  console.log(`built ${out}`);
}
