import { createDecipheriv, hkdfSync } from 'node:crypto';
import { loadAge } from './age.js';

// Ranged reads of an age file (age-encryption.org/v1): the payload is sealed in independent
// 64 KiB chunks (ChaCha20-Poly1305, the chunk's number as nonce, the last one flagged), so any
// range of the plaintext is read by fetching and authenticating just the chunks that cover it.
// The header is checked (its MAC) with the identity as the age library checks it.

const CHUNK = 64 * 1024;
const TAG = 16;
const SEALED = CHUNK + TAG;
const NONCE = 16;
/** The most a header may take before the payload: many recipients still fit. */
export const AGE_HEAD_BYTES = 64 * 1024;

export interface AgeFile {
  payloadStart: number;
  streamKey: Buffer;
  chunks: number;
  objectBytes: number;
}

/** Reads the header (from the object's first bytes) and derives the payload key. */
export async function openAgeFile(head: Buffer, identities: string[], objectBytes: number, where: string): Promise<AgeFile> {
  const macAt = head.indexOf('\n--- ');
  const end = macAt < 0 ? -1 : head.indexOf('\n', macAt + 1);
  if (end < 0 || end + 1 + NONCE > head.length) throw new Error(`${where}: no age header in its first ${head.length} bytes`);
  const headerSize = end + 1;
  const { Decrypter } = await loadAge();
  const d = new Decrypter();
  for (const id of identities) d.addIdentity(id);
  let fileKey: Uint8Array;
  try {
    fileKey = await d.decryptHeader(head.subarray(0, headerSize));
  } catch (e) {
    throw new Error(`${where}: cannot decrypt its age header: ${(e as Error).message}`, { cause: e });
  }
  const nonce = head.subarray(headerSize, headerSize + NONCE);
  const streamKey = Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
  const payloadStart = headerSize + NONCE;
  const chunks = Math.max(1, Math.ceil((objectBytes - payloadStart) / SEALED));
  return { payloadStart, streamKey, chunks, objectBytes };
}

/** The ciphertext bytes [start, end) that hold plaintext [from, to), and the first chunk's number. */
export function sealedRange(f: AgeFile, from: number, to: number): { start: number; end: number; first: number } {
  const first = Math.floor(from / CHUNK);
  const last = Math.floor((Math.max(to, from + 1) - 1) / CHUNK);
  return { start: f.payloadStart + first * SEALED, end: Math.min(f.objectBytes, f.payloadStart + (last + 1) * SEALED), first };
}

function openChunk(f: AgeFile, n: number, sealed: Buffer, where: string): Buffer {
  if (n >= f.chunks) throw new Error(`${where}: chunk ${n} is past the end of the age payload`);
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(n, 5, 6);
  if (n === f.chunks - 1) nonce[11] = 1;
  else if (sealed.length !== SEALED) throw new Error(`${where}: age chunk ${n} is short`);
  const d = createDecipheriv('chacha20-poly1305', f.streamKey, nonce, { authTagLength: TAG });
  d.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
  } catch {
    throw new Error(
      `${where}: age chunk ${n} (bytes ${f.payloadStart + n * SEALED}-${f.payloadStart + n * SEALED + sealed.length - 1}) failed authentication: the object was changed`,
    );
  }
}

/**
 * Plaintext [from, to) from the ciphertext of sealedRange(f, from, to): each chunk authenticated
 * before any of its bytes are passed on.
 */
export async function* openSealed(
  f: AgeFile,
  sealed: AsyncIterable<Buffer>,
  from: number,
  to: number,
  where: string,
): AsyncGenerator<Buffer> {
  const { first } = sealedRange(f, from, to);
  let n = first;
  let pos = first * CHUNK;
  let pending: Buffer[] = [];
  let have = 0;
  const emit = (sealedChunk: Buffer): Buffer | undefined => {
    const plain = openChunk(f, n++, sealedChunk, where);
    const a = Math.max(0, from - pos);
    const b = Math.min(plain.length, to - pos);
    pos += plain.length;
    return b > a ? plain.subarray(a, b) : undefined;
  };
  for await (const c of sealed) {
    pending.push(c);
    have += c.length;
    while (have >= SEALED) {
      const all = Buffer.concat(pending);
      const out = emit(all.subarray(0, SEALED));
      pending = [all.subarray(SEALED)];
      have -= SEALED;
      if (out) yield out;
    }
  }
  if (have > 0) {
    const out = emit(Buffer.concat(pending));
    if (out) yield out;
  }
  if (pos < to) throw new Error(`${where}: the age payload ended before byte ${to} of its plaintext`);
}
