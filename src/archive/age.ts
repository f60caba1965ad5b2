import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

// age-encryption speaks web streams; the rest of the pipeline speaks Node streams.

/**
 * The age library (with its post-quantum and curve code, ~270 KB), loaded by the runs that
 * encrypt or decrypt: the others never parse it.
 */
export const loadAge = (): Promise<typeof import('age-encryption')> => import('age-encryption');

export async function encryptStream(input: Readable, recipients: string[]): Promise<Readable> {
  const { Encrypter } = await loadAge();
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  const web = Readable.toWeb(input) as unknown as ReadableStream<Uint8Array>;
  const out = await e.encrypt(web);
  return Readable.fromWeb(out as unknown as WebReadableStream<Uint8Array>);
}

export async function decryptStream(input: Readable, identities: string[]): Promise<Readable> {
  const { Decrypter } = await loadAge();
  const d = new Decrypter();
  for (const id of identities) d.addIdentity(id);
  const web = Readable.toWeb(input) as unknown as ReadableStream<Uint8Array>;
  const out = await d.decrypt(web);
  return Readable.fromWeb(out as unknown as WebReadableStream<Uint8Array>);
}
