import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { tree } from './restore-fixtures.js';

// A demo site written from a table of known contents, and the comparison a restore test makes:
// the restored tree holds the same paths, types, executable bits, bytes and link targets as the
// original. For the standard awkward three-component site, see makeSite() in restore-fixtures.ts.
//
//   const site = await writeFiles(path.join(root, 'site'), { 'index.php': '<?php', 'img/a.bin': randomBytes(9) });
//   ... back up and restore into `out` ...
//   await expectSameTree(out, site);

/** A file's bytes, a file with a mode, or a relative symlink. */
export type FixtureEntry = string | Buffer | { body: string | Buffer; mode: number } | { link: string };

/** Writes each entry under root (parents made as needed), in key order; returns root. */
export async function writeFiles(root: string, files: Record<string, FixtureEntry>): Promise<string> {
  await mkdir(root, { recursive: true });
  for (const [rel, entry] of Object.entries(files)) {
    const p = path.join(root, rel);
    await mkdir(path.dirname(p), { recursive: true });
    if (typeof entry === 'object' && 'link' in entry) await symlink(entry.link, p);
    else if (typeof entry === 'object' && 'body' in entry) {
      await writeFile(p, entry.body);
      await chmod(p, entry.mode);
    } else await writeFile(p, entry);
  }
  return root;
}

/** Fails, with a diff of the two listings, unless `actual` holds exactly what `expected` holds. */
export async function expectSameTree(actual: string, expected: string): Promise<void> {
  const [a, e] = await Promise.all([tree(actual), tree(expected)]);
  expect(Object.keys(e).length, `${expected} is empty: nothing to compare against`).toBeGreaterThan(0);
  expect(a).toEqual(e);
}
