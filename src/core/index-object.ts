import { createHash } from 'node:crypto';
import { Decrypter } from 'age-encryption';
import type { ManifestComponent } from '../model/manifest.js';
import type { BackupRef, Store } from '../stores/store.js';
import { MAX_INDEX_BYTES, parseIndex, type SeekIndex } from '../archive/seek-index.js';

// The index object as stored (formats/archive/writer.ts writes it): gzipped JSON, age-encrypted to the archive's recipients when the
// archive is (paths and sizes say as much about a site as its files' names), and checked against
// the manifest's sha256 before a byte of it is parsed.

/** The failure of an index that does not match its manifest entry or does not hold together. */
export class IndexError extends Error {
  override name = 'IndexError';
}

/**
 * Reads, checks (size and sha256 against the manifest, then its structure) and decrypts a
 * component's index. Every failure names the object.
 */
export async function loadIndex(
  store: Store,
  ref: BackupRef,
  c: ManifestComponent,
  identities: string[],
): Promise<{ index: SeekIndex; bytes: number }> {
  const entry = c.index!;
  const where = `${ref.id}/${entry.object}`;
  if (entry.bytes > MAX_INDEX_BYTES) throw new IndexError(`${where} is ${entry.bytes} bytes, larger than an index may be`);
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of await store.read(ref, entry.object)) {
    n += (chunk as Buffer).length;
    if (n > entry.bytes)
      throw new IndexError(`${where} is larger than the manifest's ${entry.bytes} bytes: refusing it, nothing was written`);
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks);
  const sha = createHash('sha256').update(body).digest('hex');
  if (body.length !== entry.bytes || sha !== entry.sha256) {
    throw new IndexError(
      `${where} does not match the manifest (${body.length} bytes, sha256 ${sha.slice(0, 12)}…; the manifest says ${entry.bytes} bytes, ${entry.sha256.slice(0, 12)}…): refusing it, nothing was written`,
    );
  }
  let plain = body;
  if (c.encryption === 'age') {
    const d = new Decrypter();
    for (const id of identities) d.addIdentity(id);
    plain = Buffer.from(await d.decrypt(body));
  }
  try {
    const index = parseIndex(plain, where, c.bytes);
    if (index.object !== c.object) throw new Error(`${where} describes ${index.object}, not ${c.object}`);
    return { index, bytes: body.length };
  } catch (e) {
    throw new IndexError(`${(e as Error).message}: refusing it, nothing was written`);
  }
}
