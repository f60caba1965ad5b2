import type { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type PutObjectCommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { streamedThrough } from '../util/young-gc.js';

// The upload of one object from a stream, in parts, in a fixed set of part buffers that are
// filled again as soon as their part is stored. lib-storage's Upload gathered each part with a
// Buffer.concat of the stream's chunks, a new part-sized buffer per part, whose leftover slice kept
// the previous one alive, all of it garbage for the GC to find. Here memory is `buffers` x
// `partSize`, whatever the object's size, and the next object of the same part size takes the same
// buffers again (PartPool). With util/young-gc.ts, a 1 GiB copy (npm run bench -- copy) peaks at
// 113 to 121 MiB of RSS instead of 147 to 186, with half the CPU.

const PART_SIZE = 8 * 1024 * 1024;
// S3's smallest part and most parts: an object of known size gets the smallest part that fits.
const MIN_PART_SIZE = 5 * 1024 * 1024;
export const MAX_PARTS = 10_000;

/** Part size for an object of `size` bytes (undefined: unknown, such as an archive being packed). */
export function partSizeFor(size: number | undefined): number {
  if (size === undefined) return PART_SIZE;
  return Math.max(MIN_PART_SIZE, Math.ceil(size / MAX_PARTS / (1 << 20)) * (1 << 20));
}

/** What goes with the object: bucket, key, storage class, encryption, lock (no body). */
export type UploadParams = Omit<PutObjectCommandInput, 'Body'> & { Bucket: string; Key: string };

/**
 * Part buffers kept between uploads, so that a backup's objects, one after the other, reuse the
 * same few buffers instead of leaving each object's to a major GC.
 */
export class PartPool {
  private free: Buffer[] = [];

  constructor(private readonly keep: number) {}

  take(size: number): Buffer {
    const i = this.free.findIndex((b) => b.length === size);
    return i >= 0 ? this.free.splice(i, 1)[0]! : Buffer.allocUnsafeSlow(size);
  }

  /** Only buffers of the latest part size are kept: objects of one backup share their part size. */
  give(buffers: Buffer[]): void {
    for (const b of buffers) {
      this.free = this.free.filter((f) => f.length === b.length);
      if (this.free.length < this.keep) this.free.push(b);
    }
  }
}

export interface PartOptions {
  partSize: number;
  /** Part buffers: parts in flight, and the one being filled while they are (2 or more). */
  buffers: number;
  pool: PartPool;
  maxParts: number;
  /**
   * The error the body is destroyed with at the first request that failed for good (after the
   * SDK's retries), so that whatever produces the body stops and reports it.
   */
  stopWith: (e: unknown) => Error;
}

/**
 * Uploads `body` as one object and returns its ETag: a plain PUT when it fits in one part, else a
 * multipart upload, aborted when anything fails (a request, or the body itself). Rejects with the
 * first failure: the request's error as the SDK gave it, or the body's.
 */
export function uploadStream(client: S3Client, params: UploadParams, body: Readable, opts: PartOptions): Promise<string | undefined> {
  if (opts.buffers < 2) throw new Error(`an upload needs at least 2 part buffers, got ${opts.buffers}`);
  return new PartUpload(client, params, body, opts).run();
}

class PartUpload {
  private readonly free: Buffer[] = [];
  /** Every buffer taken from the pool, given back once no request can read them. */
  private readonly owned: Buffer[] = [];
  /** Wakes the reader waiting for a part buffer to come back. */
  private wake: (() => void) | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly parts: CompletedPart[] = [];
  private created: Promise<string> | undefined;
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly client: S3Client,
    private readonly params: UploadParams,
    private readonly body: Readable,
    private readonly opts: PartOptions,
  ) {}

  async run(): Promise<string | undefined> {
    const size = this.opts.partSize;
    let fill = await this.buffer();
    let filled = 0;
    let part = 0;
    try {
      for await (const chunk of this.body as AsyncIterable<Buffer>) {
        for (let at = 0; at < chunk.length;) {
          // A full buffer goes once more bytes come: an object of exactly one part is a plain PUT.
          if (filled === size) {
            this.send(++part, fill, filled);
            fill = await this.buffer();
            filled = 0;
          }
          const n = chunk.copy(fill, filled, at);
          filled += n;
          at += n;
        }
      }
      if (part === 0) return await this.put(fill.subarray(0, filled));
      this.send(++part, fill, filled);
      await this.settle();
      return await this.complete();
    } catch (e) {
      // No part may land after the abort: the ones in flight finish (or fail) first.
      await this.settle();
      await this.abort();
      throw this.failure ? this.failure.error : e;
    } finally {
      this.opts.pool.give(this.owned);
    }
  }

  /** A buffer to fill: a free one, a new one while fewer than `buffers` exist, else the first one back. */
  private async buffer(): Promise<Buffer> {
    for (;;) {
      if (this.failure) throw this.failure.error;
      const b = this.free.pop();
      if (b) return b;
      if (this.owned.length < this.opts.buffers) {
        const fresh = this.opts.pool.take(this.opts.partSize);
        this.owned.push(fresh);
        return fresh;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Starts one part's upload; its buffer comes back to the pool once the part is stored (or failed). */
  private send(part: number, buf: Buffer, bytes: number): void {
    if (part > this.opts.maxParts)
      throw new Error(
        `${this.params.Key} is larger than ${this.opts.maxParts} parts of ${this.opts.partSize} bytes, the most S3 takes in one upload`,
      );
    // The chunks this part was copied from are garbage now, and still young.
    streamedThrough(bytes);
    const upload = (async () => {
      const UploadId = await this.create();
      const r = await this.client.send(
        new UploadPartCommand({
          Bucket: this.params.Bucket,
          Key: this.params.Key,
          UploadId,
          PartNumber: part,
          Body: buf.subarray(0, bytes),
        }),
      );
      if (!r.ETag) throw new Error(`the store returned no ETag for part ${part} of ${this.params.Key}`);
      this.parts.push({ PartNumber: part, ETag: r.ETag });
    })()
      .catch((e: unknown) => this.fail(e))
      .finally(() => {
        this.inFlight.delete(upload);
        this.free.push(buf);
        this.wake?.();
        this.wake = undefined;
      });
    this.inFlight.add(upload);
  }

  private fail(e: unknown): void {
    if (this.failure) return;
    this.failure = { error: e };
    this.body.destroy(this.opts.stopWith(e));
  }

  private create(): Promise<string> {
    this.created ??= this.client.send(new CreateMultipartUploadCommand(this.params)).then((r) => {
      if (!r.UploadId) throw new Error(`the store returned no upload id for ${this.params.Key}`);
      return r.UploadId;
    });
    return this.created;
  }

  private async settle(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
  }

  private async put(body: Buffer): Promise<string | undefined> {
    return (await this.client.send(new PutObjectCommand({ ...this.params, Body: body }))).ETag;
  }

  private async complete(): Promise<string | undefined> {
    if (this.failure) throw this.failure.error;
    const UploadId = await this.create();
    const Parts = [...this.parts].sort((a, b) => a.PartNumber! - b.PartNumber!);
    const r = await this.client.send(
      new CompleteMultipartUploadCommand({ Bucket: this.params.Bucket, Key: this.params.Key, UploadId, MultipartUpload: { Parts } }),
    );
    return r.ETag;
  }

  /**
   * Drops the parts stored so far. Its own failure is not the upload's: the first error is what
   * went wrong, and prune aborts uploads left over for a day (S3Store.abortStaleUploads).
   */
  private async abort(): Promise<void> {
    if (!this.created) return;
    const UploadId = await this.created.catch(() => undefined);
    if (!UploadId) return;
    await this.client
      .send(new AbortMultipartUploadCommand({ Bucket: this.params.Bucket, Key: this.params.Key, UploadId }))
      .catch(() => undefined);
  }
}
