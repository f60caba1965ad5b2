import { createHash } from 'node:crypto';
import type { ManifestComponent } from '../model/manifest.js';
import { ObjectReadError, type BackupRef, type Store } from '../stores/store.js';
import { redact } from '../report/redact.js';
import { loadAge } from '../archive/age.js';
import { MAX_INDEX_BYTES, parseIndex, type SeekIndex } from '../archive/seek-index.js';

// The index object as stored (formats/archive/writer.ts writes it): gzipped JSON, age-encrypted to the archive's recipients when the
// archive is (paths and sizes say as much about a site as its files' names), and checked against
// the manifest's sha256 before a byte of it is parsed.

/** The failure of an index that does not match its manifest entry or does not hold together. */
export class IndexError extends Error {
  override name = 'IndexError';
}

/** Reads a component's index object, held to the manifest's size and sha256 before anything else. */
async function readIndexBody(store: Store, ref: BackupRef, c: ManifestComponent): Promise<Buffer> {
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
  return body;
}

/** Decrypts (when the archive is encrypted) and parses an index that matched its manifest entry. */
async function decodeIndex(body: Buffer, where: string, c: ManifestComponent, identities: string[]): Promise<SeekIndex> {
  let plain = body;
  if (c.encryption === 'age') {
    const { Decrypter } = await loadAge();
    const d = new Decrypter();
    for (const id of identities) d.addIdentity(id);
    try {
      plain = Buffer.from(await d.decrypt(body));
    } catch (e) {
      throw new IndexError(`${where} cannot be decrypted with the given identities (${(e as Error).message})`);
    }
  }
  try {
    const index = parseIndex(plain, where, c.bytes);
    if (index.object !== c.object) throw new Error(`${where} describes ${index.object}, not ${c.object}`);
    return index;
  } catch (e) {
    throw new IndexError(`${(e as Error).message}: refusing it, nothing was written`);
  }
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
  const body = await readIndexBody(store, ref, c);
  return { index: await decodeIndex(body, `${ref.id}/${c.index!.object}`, c, identities), bytes: body.length };
}

/**
 * What `verify` finds wrong with a component's index object, or undefined when it is sound: its
 * size and sha256 against the manifest, and (when it can be decrypted) that its frames and
 * entries lie within the archive object. The message leaves out the object's name, which the
 * damage row carries.
 */
export async function indexDamage(store: Store, ref: BackupRef, c: ManifestComponent, identities: string[]): Promise<string | undefined> {
  if (!c.index) return undefined;
  const where = `${ref.id}/${c.index.object}`;
  try {
    const body = await readIndexBody(store, ref, c);
    // Without an identity the sha256 above is all that can be checked of an encrypted index.
    if (c.encryption === 'age' && identities.length === 0) return undefined;
    await decodeIndex(body, where, c, identities);
    return undefined;
  } catch (e) {
    // A read that failed after every retry says nothing about the backup: never call it damage.
    if (e instanceof ObjectReadError || isAbort(e)) throw e;
    if (!(e instanceof IndexError)) return `cannot be read: ${redact((e as Error).message)}`;
    const msg = e.message.replace(/: refusing it, nothing was written$/, '');
    return msg.startsWith(where) ? msg.slice(where.length).replace(/^:? /, '') : msg;
  }
}

function isAbort(e: unknown): boolean {
  return e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError');
}
