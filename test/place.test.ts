import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseStore } from '../src/config/common.js';
import { mapSource } from '../src/config/source.js';
import { formatOf, openPlace } from '../src/formats/index.js';
import { openStore } from '../src/stores/index.js';
import { LocalStore } from '../src/stores/local.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// The format is decided once, from the store spec: a folder or bucket holds archives unless
// `format: restic` says it holds restic repositories. A byte store never poses as restic, and
// the place around it answers list, remove, location and the manifest from the store's bytes.

const ref = { site: 'shop', environment: 'production', id: '20261201T050000Z-scheduled-l0a1b2c3d' };

describe('openPlace', () => {
  it('opens a folder of archives as an archive place whose answers are the byte store’s', async () => {
    const root = await tempDir('sba-place-');
    const spec = parseStore(mapSource({ store: root }));
    expect(formatOf(spec)).toBe('archive');
    const place = await openPlace(spec, testIo({}).log, {});
    expect(place.format).toBe('archive');
    expect(place.kind).toBe('local');
    expect(place.store).toBeInstanceOf(LocalStore);

    const manifest = `{"id":"${ref.id}","note":"exactly these bytes"}\n`;
    const w = await new LocalStore(root).createWriter(ref);
    await w.put('code.tar.zst', Readable.from([Buffer.from('archive bytes')]));
    await w.commit(manifest);

    const [listed, ...rest] = await place.list(ref.site, ref.environment);
    expect(rest).toEqual([]);
    expect(listed).toMatchObject({ id: ref.id, complete: true });
    expect(place.location(ref)).toBe(place.store!.location(ref));
    expect(place.manifestUri(ref)).toBe(place.store!.objectUri(ref, 'manifest.json'));
    expect((await place.manifestBytes(ref)).toString('utf8')).toBe(manifest);

    const removed = await place.remove([listed!]);
    expect(removed).toEqual({ removed: [ref.id], errors: [] });
    expect(await place.list(ref.site, ref.environment)).toEqual([]);
  });

  it('a `format: restic` spec is restic, and the byte store opener refuses it instead of reading its folder as archives', async () => {
    const root = await tempDir('sba-place-');
    const spec = parseStore(mapSource({ store: root, format: 'restic', 'restic-password': 'pw' }));
    expect(formatOf(spec)).toBe('restic');
    await expect(openStore(spec, testIo({}).log, {})).rejects.toThrow(/open it with openPlace/);
  });
});
