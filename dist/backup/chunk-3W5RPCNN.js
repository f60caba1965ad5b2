import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-ACPUUD43.js";
import {
  __toESM
} from "./chunk-BB3JDYVJ.js";

// src/stores/s3-multipart.ts
var import_client_s3 = __toESM(require_dist_cjs(), 1);

// src/util/young-gc.ts
import v8 from "node:v8";
import vm from "node:vm";
var EVERY = 4 << 20;
var collect;
var streamed = 0;
function collector() {
  if (collect !== void 0) return collect;
  const exposed = globalThis.gc;
  if (typeof exposed === "function") return collect = exposed;
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc");
    collect = typeof gc === "function" ? gc : null;
  } catch {
    collect = null;
  } finally {
    v8.setFlagsFromString("--no-expose-gc");
  }
  return collect;
}
function streamedThrough(bytes) {
  streamed += bytes;
  if (streamed < EVERY) return;
  streamed = 0;
  collector()?.({ type: "minor" });
}

// src/stores/s3-multipart.ts
var PART_SIZE = 8 * 1024 * 1024;
var MIN_PART_SIZE = 5 * 1024 * 1024;
var MAX_PARTS = 1e4;
function partSizeFor(size) {
  if (size === void 0) return PART_SIZE;
  return Math.max(MIN_PART_SIZE, Math.ceil(size / MAX_PARTS / (1 << 20)) * (1 << 20));
}
var PartPool = class {
  constructor(keep) {
    this.keep = keep;
  }
  keep;
  free = [];
  take(size) {
    const i = this.free.findIndex((b) => b.length === size);
    return i >= 0 ? this.free.splice(i, 1)[0] : Buffer.allocUnsafeSlow(size);
  }
  /** Only buffers of the latest part size are kept: objects of one backup share their part size. */
  give(buffers) {
    for (const b of buffers) {
      this.free = this.free.filter((f) => f.length === b.length);
      if (this.free.length < this.keep) this.free.push(b);
    }
  }
};
function uploadStream(client, params, body, opts) {
  if (opts.buffers < 2) throw new Error(`an upload needs at least 2 part buffers, got ${opts.buffers}`);
  return new PartUpload(client, params, body, opts).run();
}
var PartUpload = class {
  constructor(client, params, body, opts) {
    this.client = client;
    this.params = params;
    this.body = body;
    this.opts = opts;
  }
  client;
  params;
  body;
  opts;
  free = [];
  /** Every buffer taken from the pool, given back once no request can read them. */
  owned = [];
  /** Wakes the reader waiting for a part buffer to come back. */
  wake;
  inFlight = /* @__PURE__ */ new Set();
  parts = [];
  created;
  failure;
  async run() {
    const size = this.opts.partSize;
    let fill = await this.buffer();
    let filled = 0;
    let part = 0;
    try {
      for await (const chunk of this.body) {
        for (let at = 0; at < chunk.length; ) {
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
      await this.settle();
      await this.abort();
      throw this.failure ? this.failure.error : e;
    } finally {
      this.opts.pool.give(this.owned);
    }
  }
  /** A buffer to fill: a free one, a new one while fewer than `buffers` exist, else the first one back. */
  async buffer() {
    for (; ; ) {
      if (this.failure) throw this.failure.error;
      const b = this.free.pop();
      if (b) return b;
      if (this.owned.length < this.opts.buffers) {
        const fresh = this.opts.pool.take(this.opts.partSize);
        this.owned.push(fresh);
        return fresh;
      }
      await new Promise((resolve) => this.wake = resolve);
    }
  }
  /** Starts one part's upload; its buffer comes back to the pool once the part is stored (or failed). */
  send(part, buf, bytes) {
    if (part > this.opts.maxParts)
      throw new Error(
        `${this.params.Key} is larger than ${this.opts.maxParts} parts of ${this.opts.partSize} bytes, the most S3 takes in one upload`
      );
    streamedThrough(bytes);
    const upload = (async () => {
      const UploadId = await this.create();
      const r = await this.client.send(
        new import_client_s3.UploadPartCommand({
          Bucket: this.params.Bucket,
          Key: this.params.Key,
          UploadId,
          PartNumber: part,
          Body: buf.subarray(0, bytes)
        })
      );
      if (!r.ETag) throw new Error(`the store returned no ETag for part ${part} of ${this.params.Key}`);
      this.parts.push({ PartNumber: part, ETag: r.ETag });
    })().catch((e) => this.fail(e)).finally(() => {
      this.inFlight.delete(upload);
      this.free.push(buf);
      this.wake?.();
      this.wake = void 0;
    });
    this.inFlight.add(upload);
  }
  fail(e) {
    if (this.failure) return;
    this.failure = { error: e };
    this.body.destroy(this.opts.stopWith(e));
  }
  create() {
    this.created ??= this.client.send(new import_client_s3.CreateMultipartUploadCommand(this.params)).then((r) => {
      if (!r.UploadId) throw new Error(`the store returned no upload id for ${this.params.Key}`);
      return r.UploadId;
    });
    return this.created;
  }
  async settle() {
    while (this.inFlight.size) await Promise.all(this.inFlight);
  }
  async put(body) {
    return (await this.client.send(new import_client_s3.PutObjectCommand({ ...this.params, Body: body }))).ETag;
  }
  async complete() {
    if (this.failure) throw this.failure.error;
    const UploadId = await this.create();
    const Parts = [...this.parts].sort((a, b) => a.PartNumber - b.PartNumber);
    const r = await this.client.send(
      new import_client_s3.CompleteMultipartUploadCommand({ Bucket: this.params.Bucket, Key: this.params.Key, UploadId, MultipartUpload: { Parts } })
    );
    return r.ETag;
  }
  /**
   * Drops the parts stored so far. Its own failure is not the upload's: the first error is what
   * went wrong, and prune aborts uploads left over for a day (S3Store.abortStaleUploads).
   */
  async abort() {
    if (!this.created) return;
    const UploadId = await this.created.catch(() => void 0);
    if (!UploadId) return;
    await this.client.send(new import_client_s3.AbortMultipartUploadCommand({ Bucket: this.params.Bucket, Key: this.params.Key, UploadId })).catch(() => void 0);
  }
};

export {
  MAX_PARTS,
  partSizeFor,
  PartPool,
  uploadStream
};
