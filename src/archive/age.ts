import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Decrypter, Encrypter } from 'age-encryption';

// age-encryption speaks web streams; the rest of the pipeline speaks Node streams.

export async function encryptStream(input: Readable, recipients: string[]): Promise<Readable> {
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  const web = Readable.toWeb(input) as unknown as ReadableStream<Uint8Array>;
  const out = await e.encrypt(web);
  return Readable.fromWeb(out as unknown as WebReadableStream<Uint8Array>);
}

export async function decryptStream(input: Readable, identities: string[]): Promise<Readable> {
  const d = new Decrypter();
  for (const id of identities) d.addIdentity(id);
  const web = Readable.toWeb(input) as unknown as ReadableStream<Uint8Array>;
  const out = await d.decrypt(web);
  return Readable.fromWeb(out as unknown as WebReadableStream<Uint8Array>);
}
