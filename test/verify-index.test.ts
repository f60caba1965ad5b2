import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../src/commands/verify.js';
import { IntegrityError } from '../src/formats/archive/fetch.js';
import { parseIndex, serializeIndex } from '../src/archive/seek-index.js';
import { MANIFEST_NAME, parseManifest, serializeManifest } from '../src/model/manifest.js';
import type { LocalStore } from '../src/stores/local.js';
import type { Component } from '../src/model/manifest.js';
import { backupSite, localSiteFixture } from './helpers/restore-fixtures.js';
import { testIo } from './helpers/io.js';

// `verify` checks the member index objects too (issue 22): an index that does not match the
// manifest's sha256, one that matches but describes frames or entries outside its archive, and
// one that is missing are each damage naming the index object; the archives beside it stay ok.

let root: string;
let storeRoot: string;
let store: LocalStore;
let dirs: Record<Component, string>;
let tmp: string;

beforeAll(async () => {
  ({ root, storeRoot, store, dirs, tmp } = await localSiteFixture('sba-verify-index-'));
});

const io = (inputs: Record<string, string>) => testIo({ store: storeRoot, ...inputs }, { RUNNER_TEMP: tmp }, root);
const folder = (site: string, id: string) => path.join(storeRoot, site, 'production', id);

async function damageOf(site: string, extra: Record<string, string> = {}): Promise<IntegrityError> {
  const err = await verifyCommand(io({ site, ...extra })).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(IntegrityError);
  return err as IntegrityError;
}

/** Rewrites the manifest so its index entry for `assets` matches `body` (as a forger who can write the store would). */
async function forgeManifestEntry(site: string, id: string, body: Buffer): Promise<void> {
  const p = path.join(folder(site, id), MANIFEST_NAME);
  const m = parseManifest(await readFile(p, 'utf8'));
  const c = m.components.find((x) => x.name === 'assets')!;
  c.index = { ...c.index!, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') };
  await writeFile(p, serializeManifest(m));
}

describe('verify checks the member index objects', () => {
  it('a sound backup passes; a changed index byte is damage naming the index, the archive stays ok', async () => {
    const site = 'ix-flip';
    const b = await backupSite({ store, site, dirs, tmpRoot: tmp });
    const c = b.manifest!.components.find((x) => x.name === 'assets')!;
    expect(c.index?.object).toBe('assets.index.json.gz');
    await verifyCommand(io({ site }));

    const p = path.join(folder(site, b.id), c.index!.object);
    const bytes = await readFile(p);
    bytes[10] = bytes[10]! ^ 0x01;
    await writeFile(p, bytes);
    const err = await damageOf(site);
    expect(err.damage).toEqual([
      { backup: b.id, object: 'assets.index.json.gz', problem: expect.stringMatching(/^does not match the manifest/) },
    ]);
    expect(err.message).toContain(`${b.id}/assets.index.json.gz: does not match the manifest`);
  });

  it('an index that matches a forged manifest entry but points past its archive is damage', async () => {
    const site = 'ix-forged';
    const b = await backupSite({ store, site, dirs, tmpRoot: tmp });
    const c = b.manifest!.components.find((x) => x.name === 'assets')!;
    const p = path.join(folder(site, b.id), c.index!.object);
    const ix = parseIndex(await readFile(p), 'test', c.bytes);
    ix.frames[0]!.stored += c.bytes; // frames that cannot lie within the object
    const body = serializeIndex(ix);
    await writeFile(p, body);
    await forgeManifestEntry(site, b.id, body);
    const err = await damageOf(site);
    expect(err.damage.map((d) => d.object)).toEqual(['assets.index.json.gz']);
    expect(err.damage[0]!.problem).toMatch(/frames add up to \d+ bytes, more than the object's \d+/);

    // An entry outside its frame, equally forged into the manifest.
    ix.frames[0]!.stored -= c.bytes;
    ix.members[0]!.offset = ix.frames[ix.members[0]!.frame]!.content + 5;
    const body2 = serializeIndex(ix);
    await writeFile(p, body2);
    await forgeManifestEntry(site, b.id, body2);
    const err2 = await damageOf(site);
    expect(err2.damage[0]).toMatchObject({ object: 'assets.index.json.gz', problem: expect.stringMatching(/points outside its frame/) });
  });

  it('a missing index object is damage naming it', async () => {
    const site = 'ix-missing';
    const b = await backupSite({ store, site, dirs, tmpRoot: tmp });
    await rm(path.join(folder(site, b.id), 'data.index.json.gz'));
    const err = await damageOf(site);
    expect(err.damage.map((d) => `${d.backup}/${d.object}`)).toEqual([`${b.id}/data.index.json.gz`]);
    expect(err.damage[0]!.problem).toMatch(/^cannot be read/);
  });

  it('encrypted: the sha256 is checked without an identity, the structure with one', async () => {
    const site = 'ix-age';
    const id = await generateIdentity();
    const b = await backupSite({ store, site, dirs, tmpRoot: tmp, recipients: [await identityToRecipient(id)] });
    await verifyCommand(io({ site }));
    await verifyCommand(io({ site, 'decrypt-identity': id }));
    const p = path.join(folder(site, b.id), 'code.index.json.gz.age');
    const bytes = await readFile(p);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x01;
    await writeFile(p, bytes);
    for (const extra of [{}, { 'decrypt-identity': id }] as Record<string, string>[]) {
      const err = await damageOf(site, extra);
      expect(err.damage).toEqual([
        { backup: b.id, object: 'code.index.json.gz.age', problem: expect.stringMatching(/^does not match the manifest/) },
      ]);
    }
  });
});
