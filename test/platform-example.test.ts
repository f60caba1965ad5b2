import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { restoreCommand } from '../src/commands/restore.js';
import { rsyncFolderPlatform } from '../src/platforms/examples/rsync-folder.js';
import { registerPlatform } from '../src/platforms/index.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// The example of docs/development.md ("Adding a platform"): one module, registered, and a real
// backup and restore through it with rsync and a local folder store.

let root: string;
const files = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name))] = readFileSync(path.join(e.parentPath, e.name), 'utf8');
  }
  return out;
};

beforeAll(async () => {
  registerPlatform(rsyncFolderPlatform);
  root = await tempDir();
  mkdirSync(path.join(root, 'site/lib'), { recursive: true });
  mkdirSync(path.join(root, 'site/files/img'), { recursive: true });
  mkdirSync(path.join(root, 'runner-temp'));
  writeFileSync(path.join(root, 'site/index.php'), '<?php echo "hi";\n');
  writeFileSync(path.join(root, 'site/lib/a.php'), '<?php // lib\n');
  writeFileSync(path.join(root, 'site/files/img/logo.txt'), 'a logo\n');
});

const env = () => ({ RUNNER_TEMP: path.join(root, 'runner-temp') });
const base = () => ({ site: 'acme', environment: 'staging', platform: 'rsync-folder', store: path.join(root, 'store') });

describe('an example platform is one module plus one registration', () => {
  it('backs up the code and the files folder, then restores both into another folder', async () => {
    const backup = await backupCommand(testIo({ ...base(), 'rsync-source': path.join(root, 'site') }, env()));
    expect(backup.components.map((c) => c.name).sort()).toEqual(['assets', 'code']);

    const target = path.join(root, 'restored');
    mkdirSync(target);
    writeFileSync(path.join(target, 'stale.php'), 'gone after the restore\n');
    const io = testIo({ ...base(), 'rsync-source': path.join(root, 'site'), 'rsync-restore-target': target }, env());
    await restoreCommand(io);
    expect(files(target)).toEqual(files(path.join(root, 'site')));
  });

  it('refuses a run without its required input before anything is exported', async () => {
    const io = testIo(base(), env());
    await expect(backupCommand(io)).rejects.toThrow(/rsync-source.*is required/);
  });
});
