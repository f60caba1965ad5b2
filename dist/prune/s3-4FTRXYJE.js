import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  lockOnBackup,
  policyFor
} from "./chunk-AUQKUMGF.js";
import {
  init_protocols,
  protocols_exports,
  require_dist_cjs
} from "./chunk-UTPZJS5Q.js";
import {
  endpoints_exports,
  init_endpoints
} from "./chunk-5D2SZGSG.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  ReadBackError,
  backoff,
  readRetriesFrom
} from "./chunk-4WHPXNRH.js";
import {
  BackupExistsError,
  ObjectReadError,
  groupBackups,
  isLayoutObject,
  isRecordName
} from "./chunk-CPVIAMVZ.js";
import {
  MANIFEST_NAME,
  parseBackupId
} from "./chunk-GZRGIA5C.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  __commonJS,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-BB3JDYVJ.js";

// node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var require_dist_cjs2 = __commonJS({
  "node_modules/@aws-sdk/lib-storage/dist-cjs/index.js"(exports) {
    var { PutObjectCommand: PutObjectCommand2, ChecksumAlgorithm, CreateMultipartUploadCommand, AbortMultipartUploadCommand: AbortMultipartUploadCommand2, UploadPartCommand, CompleteMultipartUploadCommand, PutObjectTaggingCommand } = require_dist_cjs();
    var { toEndpointV1, getEndpointFromInstructions } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { extendedEncodeURIComponent } = (init_protocols(), __toCommonJS(protocols_exports));
    var { EventEmitter } = __require("events");
    var { Buffer: Buffer2 } = __require("buffer");
    var { statSync, ReadStream } = __require("node:fs");
    var { Readable: Readable2 } = __require("stream");
    var runtimeConfigShared = {
      statSync: () => {
      },
      isFileReadStream(f) {
        return false;
      }
    };
    var runtimeConfig = {
      ...runtimeConfigShared,
      runtime: "node",
      statSync,
      isFileReadStream(f) {
        return f instanceof ReadStream;
      }
    };
    var byteLength = (input) => {
      if (input == null) {
        return 0;
      }
      if (typeof input === "string") {
        return Buffer2.byteLength(input);
      }
      if (typeof input.byteLength === "number") {
        return input.byteLength;
      } else if (typeof input.length === "number") {
        return input.length;
      } else if (typeof input.size === "number") {
        return input.size;
      } else if (typeof input.start === "number" && typeof input.end === "number") {
        return input.end + 1 - input.start;
      } else if (runtimeConfig.isFileReadStream(input)) {
        try {
          return runtimeConfig.statSync(input.path).size;
        } catch (error) {
          return void 0;
        }
      }
      return void 0;
    };
    var BYTE_LENGTH_SOURCE;
    (function(BYTE_LENGTH_SOURCE2) {
      BYTE_LENGTH_SOURCE2["EMPTY_INPUT"] = "a null or undefined Body";
      BYTE_LENGTH_SOURCE2["CONTENT_LENGTH"] = "the ContentLength property of the params set by the caller";
      BYTE_LENGTH_SOURCE2["STRING_LENGTH"] = "the encoded byte length of the Body string";
      BYTE_LENGTH_SOURCE2["TYPED_ARRAY"] = "the byteLength of a typed byte array such as Uint8Array";
      BYTE_LENGTH_SOURCE2["LENGTH"] = "the value of Body.length";
      BYTE_LENGTH_SOURCE2["SIZE"] = "the value of Body.size";
      BYTE_LENGTH_SOURCE2["START_END_DIFF"] = "the numeric difference between Body.start and Body.end";
      BYTE_LENGTH_SOURCE2["STAT"] = "the size of the file given by Body.path on disk as reported by statSync";
    })(BYTE_LENGTH_SOURCE || (BYTE_LENGTH_SOURCE = {}));
    var byteLengthSource = (input, override) => {
      if (override != null) {
        return BYTE_LENGTH_SOURCE.CONTENT_LENGTH;
      }
      if (input == null) {
        return BYTE_LENGTH_SOURCE.EMPTY_INPUT;
      }
      if (typeof input === "string") {
        return BYTE_LENGTH_SOURCE.STRING_LENGTH;
      }
      if (typeof input.byteLength === "number") {
        return BYTE_LENGTH_SOURCE.TYPED_ARRAY;
      } else if (typeof input.length === "number") {
        return BYTE_LENGTH_SOURCE.LENGTH;
      } else if (typeof input.size === "number") {
        return BYTE_LENGTH_SOURCE.SIZE;
      } else if (typeof input.start === "number" && typeof input.end === "number") {
        return BYTE_LENGTH_SOURCE.START_END_DIFF;
      } else if (runtimeConfig.isFileReadStream(input)) {
        try {
          runtimeConfig.statSync(input.path).size;
          return BYTE_LENGTH_SOURCE.STAT;
        } catch (error) {
          return void 0;
        }
      }
      return void 0;
    };
    async function* getChunkStream(data, partSize, getNextData) {
      let partNumber = 1;
      const currentBuffer = { chunks: [], length: 0 };
      for await (const datum of getNextData(data)) {
        currentBuffer.chunks.push(datum);
        currentBuffer.length += datum.byteLength;
        while (currentBuffer.length > partSize) {
          const dataChunk = currentBuffer.chunks.length > 1 ? Buffer2.concat(currentBuffer.chunks) : currentBuffer.chunks[0];
          yield {
            partNumber,
            data: dataChunk.subarray(0, partSize)
          };
          currentBuffer.chunks = [dataChunk.subarray(partSize)];
          currentBuffer.length = currentBuffer.chunks[0].byteLength;
          partNumber += 1;
        }
      }
      yield {
        partNumber,
        data: currentBuffer.chunks.length !== 1 ? Buffer2.concat(currentBuffer.chunks) : currentBuffer.chunks[0],
        lastPart: true
      };
    }
    async function* getChunkUint8Array(data, partSize) {
      let partNumber = 1;
      let startByte = 0;
      let endByte = partSize;
      while (endByte < data.byteLength) {
        yield {
          partNumber,
          data: data.subarray(startByte, endByte)
        };
        partNumber += 1;
        startByte = endByte;
        endByte = startByte + partSize;
      }
      yield {
        partNumber,
        data: data.subarray(startByte),
        lastPart: true
      };
    }
    async function* getDataReadable(data) {
      for await (const chunk of data) {
        if (Buffer2.isBuffer(chunk) || chunk instanceof Uint8Array) {
          yield chunk;
        } else {
          yield Buffer2.from(chunk);
        }
      }
    }
    async function* getDataReadableStream(data) {
      const reader = data.getReader();
      try {
        while (true) {
          const { done, value } = await reader.read();
          if (done) {
            return;
          }
          if (Buffer2.isBuffer(value) || value instanceof Uint8Array) {
            yield value;
          } else {
            yield Buffer2.from(value);
          }
        }
      } catch (e) {
        throw e;
      } finally {
        reader.releaseLock();
      }
    }
    var getChunk = (data, partSize) => {
      if (data instanceof Uint8Array) {
        return getChunkUint8Array(data, partSize);
      }
      if (data instanceof Readable2) {
        return getChunkStream(data, partSize, getDataReadable);
      }
      if (data instanceof String || typeof data === "string") {
        return getChunkUint8Array(Buffer2.from(data), partSize);
      }
      if (typeof data.stream === "function") {
        return getChunkStream(data.stream(), partSize, getDataReadableStream);
      }
      if (data instanceof ReadableStream) {
        return getChunkStream(data, partSize, getDataReadableStream);
      }
      throw new Error("Body Data is unsupported format, expected data to be one of: string | Uint8Array | Buffer | Readable | ReadableStream | Blob;.");
    };
    var Upload2 = class _Upload extends EventEmitter {
      static MIN_PART_SIZE = 1024 * 1024 * 5;
      MAX_PARTS = 1e4;
      queueSize = 4;
      partSize;
      leavePartsOnError = false;
      tags = [];
      client;
      params;
      totalBytes;
      totalBytesSource;
      bytesUploadedSoFar;
      abortController;
      concurrentUploaders = [];
      createMultiPartPromise;
      abortMultipartUploadCommand = null;
      uploadedParts = [];
      uploadEnqueuedPartsCount = 0;
      expectedPartsCount;
      uploadId;
      uploadEvent;
      isMultiPart = true;
      singleUploadResult;
      sent = false;
      constructor(options) {
        super();
        this.queueSize = options.queueSize || this.queueSize;
        this.leavePartsOnError = options.leavePartsOnError || this.leavePartsOnError;
        this.tags = options.tags || this.tags;
        this.client = options.client;
        this.params = options.params;
        if (!this.params) {
          throw new Error(`InputError: Upload requires params to be passed to upload.`);
        }
        this.totalBytes = this.params.ContentLength ?? byteLength(this.params.Body);
        this.totalBytesSource = byteLengthSource(this.params.Body, this.params.ContentLength);
        this.bytesUploadedSoFar = 0;
        this.abortController = options.abortController ?? new AbortController();
        this.partSize = options.partSize || Math.max(_Upload.MIN_PART_SIZE, Math.ceil((this.totalBytes || 0) / this.MAX_PARTS));
        if (this.totalBytes !== void 0) {
          this.expectedPartsCount = Math.ceil(this.totalBytes / this.partSize);
        }
        this.__validateInput();
      }
      async abort() {
        this.abortController.abort();
      }
      async done() {
        if (this.sent) {
          throw new Error("@aws-sdk/lib-storage: this instance of Upload has already executed .done(). Create a new instance.");
        }
        this.sent = true;
        return await Promise.race([this.__doMultipartUpload(), this.__abortTimeout(this.abortController.signal)]);
      }
      on(event, listener) {
        this.uploadEvent = event;
        return super.on(event, listener);
      }
      async __uploadUsingPut(dataPart) {
        this.isMultiPart = false;
        const params = { ...this.params, Body: dataPart.data };
        const clientConfig = this.client.config;
        const requestHandler = clientConfig.requestHandler;
        const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
        const uploadEventListener = (event) => {
          this.bytesUploadedSoFar = event.loaded;
          this.totalBytes = event.total;
          this.__notifyProgress({
            loaded: this.bytesUploadedSoFar,
            total: this.totalBytes,
            part: dataPart.partNumber,
            Key: this.params.Key,
            Bucket: this.params.Bucket
          });
        };
        if (eventEmitter !== null) {
          eventEmitter.on("xhr.upload.progress", uploadEventListener);
        }
        const resolved = await Promise.all([this.client.send(new PutObjectCommand2(params)), clientConfig?.endpoint?.()]);
        const putResult = resolved[0];
        let endpoint = resolved[1];
        if (!endpoint) {
          endpoint = toEndpointV1(await getEndpointFromInstructions(params, PutObjectCommand2, {
            ...clientConfig
          }));
        }
        if (!endpoint) {
          throw new Error('Could not resolve endpoint from S3 "client.config.endpoint()" nor EndpointsV2.');
        }
        if (eventEmitter !== null) {
          eventEmitter.off("xhr.upload.progress", uploadEventListener);
        }
        const locationKey = this.params.Key.split("/").map((segment) => extendedEncodeURIComponent(segment)).join("/");
        const locationBucket = extendedEncodeURIComponent(this.params.Bucket);
        const Location = (() => {
          const endpointHostnameIncludesBucket = endpoint.hostname.startsWith(`${locationBucket}.`);
          const forcePathStyle = this.client.config.forcePathStyle;
          const optionalPort = endpoint.port ? `:${endpoint.port}` : ``;
          if (forcePathStyle) {
            return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationBucket}/${locationKey}`;
          }
          if (endpointHostnameIncludesBucket) {
            return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationKey}`;
          }
          return `${endpoint.protocol}//${locationBucket}.${endpoint.hostname}${optionalPort}/${locationKey}`;
        })();
        this.singleUploadResult = {
          ...putResult,
          Bucket: this.params.Bucket,
          Key: this.params.Key,
          Location
        };
        const totalSize = byteLength(dataPart.data);
        this.__notifyProgress({
          loaded: totalSize,
          total: totalSize,
          part: 1,
          Key: this.params.Key,
          Bucket: this.params.Bucket
        });
      }
      async __createMultipartUpload() {
        const requestChecksumCalculation = await this.client.config.requestChecksumCalculation();
        if (!this.createMultiPartPromise) {
          const createCommandParams = { ...this.params, Body: void 0 };
          if (requestChecksumCalculation === "WHEN_SUPPORTED") {
            createCommandParams.ChecksumAlgorithm = this.params.ChecksumAlgorithm || ChecksumAlgorithm.CRC32;
          }
          this.createMultiPartPromise = this.client.send(new CreateMultipartUploadCommand(createCommandParams)).then((createMpuResponse) => {
            this.abortMultipartUploadCommand = new AbortMultipartUploadCommand2({
              Bucket: this.params.Bucket,
              Key: this.params.Key,
              UploadId: createMpuResponse.UploadId
            });
            return createMpuResponse;
          });
        }
        return this.createMultiPartPromise;
      }
      async __doConcurrentUpload(dataFeeder) {
        for await (const dataPart of dataFeeder) {
          if (this.uploadEnqueuedPartsCount > this.MAX_PARTS) {
            throw new Error(`Exceeded ${this.MAX_PARTS} parts in multipart upload to Bucket: ${this.params.Bucket} Key: ${this.params.Key}.`);
          }
          if (this.abortController.signal.aborted) {
            return;
          }
          if (dataPart.partNumber === 1 && dataPart.lastPart) {
            return await this.__uploadUsingPut(dataPart);
          }
          if (!this.uploadId) {
            const { UploadId } = await this.__createMultipartUpload();
            this.uploadId = UploadId;
            if (this.abortController.signal.aborted) {
              return;
            }
          }
          const partSize = byteLength(dataPart.data) || 0;
          const requestHandler = this.client.config.requestHandler;
          const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
          let lastSeenBytes = 0;
          const uploadEventListener = (event, request) => {
            const requestPartSize = Number(request.query["partNumber"]) || -1;
            if (requestPartSize !== dataPart.partNumber) {
              return;
            }
            if (event.total && partSize) {
              this.bytesUploadedSoFar += event.loaded - lastSeenBytes;
              lastSeenBytes = event.loaded;
            }
            this.__notifyProgress({
              loaded: this.bytesUploadedSoFar,
              total: this.totalBytes,
              part: dataPart.partNumber,
              Key: this.params.Key,
              Bucket: this.params.Bucket
            });
          };
          if (eventEmitter !== null) {
            eventEmitter.on("xhr.upload.progress", uploadEventListener);
          }
          this.uploadEnqueuedPartsCount += 1;
          this.__validateUploadPart(dataPart);
          const partResult = await this.client.send(new UploadPartCommand({
            ...this.params,
            ContentLength: void 0,
            UploadId: this.uploadId,
            Body: dataPart.data,
            PartNumber: dataPart.partNumber
          }));
          if (eventEmitter !== null) {
            eventEmitter.off("xhr.upload.progress", uploadEventListener);
          }
          if (this.abortController.signal.aborted) {
            return;
          }
          if (!partResult.ETag) {
            throw new Error(`Part ${dataPart.partNumber} is missing ETag in UploadPart response. Missing Bucket CORS configuration for ETag header?`);
          }
          this.uploadedParts.push({
            PartNumber: dataPart.partNumber,
            ETag: partResult.ETag,
            ...partResult.ChecksumCRC32 && { ChecksumCRC32: partResult.ChecksumCRC32 },
            ...partResult.ChecksumCRC32C && { ChecksumCRC32C: partResult.ChecksumCRC32C },
            ...partResult.ChecksumSHA1 && { ChecksumSHA1: partResult.ChecksumSHA1 },
            ...partResult.ChecksumSHA256 && { ChecksumSHA256: partResult.ChecksumSHA256 }
          });
          if (eventEmitter === null) {
            this.bytesUploadedSoFar += partSize;
          }
          this.__notifyProgress({
            loaded: this.bytesUploadedSoFar,
            total: this.totalBytes,
            part: dataPart.partNumber,
            Key: this.params.Key,
            Bucket: this.params.Bucket
          });
        }
      }
      async __doMultipartUpload() {
        const dataFeeder = getChunk(this.params.Body, this.partSize);
        const concurrentUploaderFailures = [];
        for (let index = 0; index < this.queueSize; index++) {
          const currentUpload = this.__doConcurrentUpload(dataFeeder).catch((err) => {
            concurrentUploaderFailures.push(err);
          });
          this.concurrentUploaders.push(currentUpload);
        }
        await Promise.all(this.concurrentUploaders);
        if (concurrentUploaderFailures.length >= 1) {
          await this.markUploadAsAborted();
          throw concurrentUploaderFailures[0];
        }
        if (this.abortController.signal.aborted) {
          await this.markUploadAsAborted();
          throw Object.assign(new Error("Upload aborted."), { name: "AbortError" });
        }
        let result;
        if (this.isMultiPart) {
          const { expectedPartsCount, uploadedParts, totalBytes, totalBytesSource } = this;
          if (totalBytes !== void 0 && expectedPartsCount !== void 0 && uploadedParts.length !== expectedPartsCount) {
            await this.markUploadAsAborted();
            throw new Error(`Expected ${expectedPartsCount} part(s) but uploaded ${uploadedParts.length} part(s).
The expected part count is based on the byte-count of the input.params.Body,
which was read from ${totalBytesSource} and is ${totalBytes}.
If this is not correct, provide an override value by setting a number
to input.params.ContentLength in bytes.
`);
          }
          this.uploadedParts.sort((a, b) => a.PartNumber - b.PartNumber);
          const uploadCompleteParams = {
            ...this.params,
            Body: void 0,
            UploadId: this.uploadId,
            MultipartUpload: {
              Parts: this.uploadedParts
            }
          };
          try {
            result = await this.client.send(new CompleteMultipartUploadCommand(uploadCompleteParams));
          } catch (e) {
            await this.markUploadAsAborted().catch((abortError) => {
              if (e instanceof Error && e.cause === void 0) {
                e.cause = abortError;
              }
            });
            throw e;
          }
          if (typeof result?.Location === "string" && result.Location.includes("%2F")) {
            result.Location = result.Location.replace(/%2F/g, "/");
          }
        } else {
          result = this.singleUploadResult;
        }
        this.abortMultipartUploadCommand = null;
        if (this.tags.length) {
          await this.client.send(new PutObjectTaggingCommand({
            ...this.params,
            Tagging: {
              TagSet: this.tags
            }
          }));
        }
        return result;
      }
      async markUploadAsAborted() {
        if (this.uploadId && !this.leavePartsOnError && null !== this.abortMultipartUploadCommand) {
          await this.client.send(this.abortMultipartUploadCommand);
          this.abortMultipartUploadCommand = null;
        }
      }
      __notifyProgress(progress) {
        if (this.uploadEvent) {
          this.emit(this.uploadEvent, progress);
        }
      }
      async __abortTimeout(abortSignal) {
        return new Promise((resolve, reject) => {
          abortSignal.onabort = () => {
            const abortError = new Error("Upload aborted.");
            abortError.name = "AbortError";
            reject(abortError);
          };
        });
      }
      __validateUploadPart(dataPart) {
        const actualPartSize = byteLength(dataPart.data);
        if (actualPartSize === void 0) {
          throw new Error(`A dataPart was generated without a measurable data chunk size for part number ${dataPart.partNumber}`);
        }
        if (dataPart.partNumber === 1 && dataPart.lastPart) {
          return;
        }
        if (!dataPart.lastPart && actualPartSize !== this.partSize) {
          throw new Error(`The byte size for part number ${dataPart.partNumber}, size ${actualPartSize} does not match expected size ${this.partSize}`);
        }
      }
      __validateInput() {
        if (!this.client) {
          throw new Error(`InputError: Upload requires a AWS client to do uploads with.`);
        }
        if (this.partSize < _Upload.MIN_PART_SIZE) {
          throw new Error(`EntityTooSmall: Your proposed upload part size [${this.partSize}] is smaller than the minimum allowed size [${_Upload.MIN_PART_SIZE}] (5MB)`);
        }
        if (this.queueSize < 1) {
          throw new Error(`Queue size: Must have at least one uploading queue.`);
        }
      }
    };
    exports.Upload = Upload2;
  }
});

// src/stores/s3.ts
var import_client_s32 = __toESM(require_dist_cjs(), 1);
var import_lib_storage = __toESM(require_dist_cjs2(), 1);
import { createHash as createHash2 } from "node:crypto";
import { Readable } from "node:stream";

// src/stores/s3-lock.ts
var import_client_s3 = __toESM(require_dist_cjs(), 1);
import { createHash } from "node:crypto";
var SDK_MODE = { governance: "GOVERNANCE", compliance: "COMPLIANCE" };
var ENABLE_HINT = "Object Lock is switched on per bucket: create a new bucket with it (`aws s3api create-bucket --bucket NAME --object-lock-enabled-for-bucket`), or on an existing bucket enable versioning and then `aws s3api put-object-lock-configuration --bucket NAME --object-lock-configuration ObjectLockEnabled=Enabled`; or set `s3-object-lock: off`. See docs/immutable.md.";
async function requireBucketLock(client, bucket) {
  let enabled;
  try {
    const r = await client.send(new import_client_s3.GetObjectLockConfigurationCommand({ Bucket: bucket }));
    enabled = r.ObjectLockConfiguration?.ObjectLockEnabled;
  } catch (e) {
    const err = e;
    const code = err.Code ?? err.name ?? "";
    if (code === "AccessDenied") {
      throw new ConfigError(
        "s3-object-lock",
        `the credentials may not read the Object Lock configuration of bucket "${bucket}" (AccessDenied)`,
        "Grant s3:GetBucketObjectLockConfiguration on the bucket (docs/immutable.md has the backup role's policy)."
      );
    }
    if (code !== "ObjectLockConfigurationNotFoundError" && err.$metadata?.httpStatusCode !== 404 && code !== "NotImplemented") throw e;
  }
  if (enabled !== "Enabled")
    throw new ConfigError(
      "s3-object-lock",
      `bucket "${bucket}" does not have Object Lock enabled, so its objects cannot be locked`,
      ENABLE_HINT
    );
}
async function headLock(client, bucket, key, versionId) {
  const r = await client.send(new import_client_s3.HeadObjectCommand({ Bucket: bucket, Key: key, ...versionId ? { VersionId: versionId } : {} }));
  return {
    ...r.ObjectLockMode ? { mode: r.ObjectLockMode } : {},
    ...r.ObjectLockRetainUntilDate ? { until: r.ObjectLockRetainUntilDate } : {}
  };
}
async function putLock(client, bucket, key, mode, until, versionId) {
  await client.send(
    new import_client_s3.PutObjectRetentionCommand({
      Bucket: bucket,
      Key: key,
      ...versionId ? { VersionId: versionId } : {},
      Retention: { Mode: mode, RetainUntilDate: until }
    })
  );
}
function lockShortfall(lock, mode, until) {
  if (!lock.mode || !lock.until) return `is not locked (expected ${mode} until ${until.toISOString()})`;
  if (lock.mode !== mode) return `is locked in ${lock.mode} mode, expected ${mode}`;
  if (lock.until.getTime() < until.getTime() - 1e3)
    return `is locked only until ${lock.until.toISOString()}, expected at least ${until.toISOString()}`;
  return void 0;
}
function contentMd5(body) {
  if (typeof body === "string" || body instanceof Uint8Array) return createHash("md5").update(body).digest("base64");
  return void 0;
}
async function walkVersions(client, bucket, prefix) {
  const all = [];
  let keyMarker;
  let versionMarker;
  for (let page = 0; ; page++) {
    if (page > 1e5) throw new Error(`listing the versions under ${prefix} did not end; refusing a partial listing`);
    const r = await client.send(
      new import_client_s3.ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, KeyMarker: keyMarker, VersionIdMarker: versionMarker })
    );
    for (const v of r.Versions ?? []) {
      if (!v.Key || !v.VersionId || v.Size === void 0 || !v.LastModified)
        throw new Error(`listing the versions under ${prefix} returned a malformed entry; refusing a partial listing`);
      all.push({
        key: v.Key,
        versionId: v.VersionId,
        size: v.Size,
        lastModified: v.LastModified,
        marker: false,
        latest: v.IsLatest === true
      });
    }
    for (const m of r.DeleteMarkers ?? []) {
      if (!m.Key || !m.LastModified) continue;
      all.push({
        key: m.Key,
        versionId: m.VersionId ?? "",
        size: 0,
        lastModified: m.LastModified,
        marker: true,
        latest: m.IsLatest === true
      });
    }
    if (!r.IsTruncated) break;
    if (!r.NextKeyMarker || r.NextKeyMarker === keyMarker && r.NextVersionIdMarker === versionMarker)
      throw new Error(`listing the versions under ${prefix} was truncated without a usable marker; refusing a partial listing`);
    keyMarker = r.NextKeyMarker;
    versionMarker = r.NextVersionIdMarker;
  }
  const byKey = /* @__PURE__ */ new Map();
  for (const v of all) byKey.set(v.key, [...byKey.get(v.key) ?? [], v]);
  const out = [];
  for (const [key, versions] of byKey) {
    versions.sort((a, b) => a.latest ? -1 : b.latest ? 1 : b.lastModified.getTime() - a.lastModified.getTime());
    const head = versions[0];
    const readable = versions.find((v) => !v.marker);
    if (!readable) continue;
    out.push({
      key,
      versionId: readable.versionId,
      size: readable.size,
      lastModified: readable.lastModified,
      current: !head.marker && head === readable
    });
  }
  return out;
}

// src/stores/s3.ts
var PART_SIZE = 8 * 1024 * 1024;
var MIN_PART_SIZE = 5 * 1024 * 1024;
var MAX_PARTS = 1e4;
var QUEUE_SIZE = 2;
function partSizeFor(size) {
  if (size === void 0) return PART_SIZE;
  return Math.max(MIN_PART_SIZE, Math.ceil(size / MAX_PARTS / (1 << 20)) * (1 << 20));
}
var DELETE_BATCH = 1e3;
var ARCHIVE_CLASSES = /* @__PURE__ */ new Set(["GLACIER", "DEEP_ARCHIVE"]);
var PERMISSION = {
  list: "s3:ListBucket",
  write: "s3:PutObject",
  read: "s3:GetObject",
  delete: "s3:DeleteObject"
};
var VERB = { list: "listing", write: "writing", read: "reading", delete: "deleting" };
var UNREACHABLE = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
var CHAIN_HINT = "Credentials come only from the AWS SDK default chain: in GitHub Actions use aws-actions/configure-aws-credentials (OIDC) before this step; elsewhere AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN) or AWS_PROFILE.";
function errorCode(e) {
  const err = e;
  return err?.Code ?? err?.name ?? "";
}
function httpStatus(e) {
  return e?.$metadata?.httpStatusCode;
}
function credentialsFrom(env) {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) return void 0;
  return { accessKeyId, secretAccessKey, ...env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {} };
}
var S3Store = class {
  constructor(spec, log, env, opts = {}) {
    this.spec = spec;
    this.log = log;
    this.env = env;
    log.setSecret(env.AWS_SECRET_ACCESS_KEY);
    log.setSecret(env.AWS_SESSION_TOKEN);
    const pageSize = opts.pageSize ?? Number(env.SITE_BACKUP_S3_PAGE_SIZE || 1e3);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1e3)
      throw new Error(`S3 listing page size must be 1 to 1000, got ${pageSize}`);
    this.pageSize = pageSize;
    this.readRetries = readRetriesFrom(env);
    this.now = opts.now ?? (() => /* @__PURE__ */ new Date());
    this.client = new import_client_s32.S3Client({
      region: spec.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1",
      endpoint: spec.endpoint,
      forcePathStyle: spec.forcePathStyle,
      credentials: credentialsFrom(env),
      followRegionRedirects: true,
      // Trailing CRC checksums (aws-chunked) are refused by several S3-compatible stores. Every
      // object's sha256 is in the manifest and checked on restore, and parts are signed buffers.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      // A black-holed endpoint would otherwise hang the job until its timeout.
      requestHandler: { connectionTimeout: 15e3 },
      // Each request (500, 503 SlowDown, a reset before the answer) is retried with the SDK's
      // jittered backoff; the same budget as resumed reads, so a user raises both at once.
      maxAttempts: this.readRetries + 1
    });
    this.client.middlewareStack.add(
      (next, context) => async (args) => {
        const req = args.request;
        if (context.commandName === "DeleteObjectsCommand" && req.headers && typeof req.body === "string") {
          req.headers["content-md5"] = createHash2("md5").update(req.body).digest("base64");
        }
        return next(args);
      },
      { step: "build", name: "siteBackupDeleteObjectsMd5" }
    );
    if (spec.objectLock) {
      this.client.middlewareStack.add(
        (next, context) => async (args) => {
          const req = args.request;
          if ((context.commandName === "PutObjectCommand" || context.commandName === "UploadPartCommand") && req.headers && !req.headers["content-md5"]) {
            const md5 = contentMd5(req.body);
            if (md5) req.headers["content-md5"] = md5;
          }
          return next(args);
        },
        { step: "build", name: "siteBackupLockMd5" }
      );
    }
    this.client.middlewareStack.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (e) {
          const key = args.input.Key;
          if (key) this.uploadFailed.get(key)?.(e);
          throw e;
        }
      },
      { step: "initialize", name: "siteBackupStopUploadOnFailure" }
    );
  }
  spec;
  log;
  env;
  kind = "s3";
  client;
  pageSize;
  /** Resumed GETs per object read before it fails as "could not read, try again". */
  readRetries;
  /** In-flight uploads by key: a request that failed for good stops its upload (see upload()). */
  uploadFailed = /* @__PURE__ */ new Map();
  now;
  /** `include-deleted`: keys whose readable version is an old one, hidden by a delete marker. */
  versions = /* @__PURE__ */ new Map();
  base(site, environment) {
    return [this.spec.prefix, site, environment].filter(Boolean).join("/") + "/";
  }
  key(ref, name) {
    return `${this.base(ref.site, ref.environment)}${ref.id}/${name}`;
  }
  uri(key) {
    return `s3://${this.spec.bucket}/${key}`;
  }
  location(ref) {
    return this.uri(this.key(ref, ""));
  }
  objectUri(ref, name) {
    return this.uri(this.key(ref, name));
  }
  encryption() {
    return {
      ...this.spec.sse ? { ServerSideEncryption: this.spec.sse } : {},
      ...this.spec.kmsKeyId ? { SSEKMSKeyId: this.spec.kmsKeyId } : {}
    };
  }
  /**
   * The lock a backup should have (docs/immutable.md): until the earliest moment its retention
   * policy could release it, plus the margin. Undefined without `s3-object-lock`.
   */
  expectedLock(ref) {
    const lock = this.spec.objectLock;
    if (!lock) return void 0;
    const parsed = parseBackupId(ref.id);
    if (!parsed) throw new Error(`not a backup id: ${ref.id}`);
    const until = lockOnBackup(parsed.time.getTime(), policyFor(lock, parsed.trigger), lock.timeZone, lock.marginMs);
    return { mode: SDK_MODE[lock.mode], until: new Date(Math.ceil(until / 1e3) * 1e3) };
  }
  /** The lock written: the expected one, but never ending sooner than now + the margin (a copy of an old backup). */
  writeLock(ref) {
    const lock = this.expectedLock(ref);
    if (!lock) return void 0;
    const floor = Math.ceil((this.now().getTime() + this.spec.objectLock.marginMs) / 1e3) * 1e3;
    return floor > lock.until.getTime() ? { ...lock, until: new Date(floor) } : lock;
  }
  /**
   * Checks an object holds at least the backup's expected lock; where it does not (a multipart
   * upload on some stores), sets the lock a write would set now, then reads it back.
   */
  async ensureLocked(key, ref) {
    const expected = this.expectedLock(ref);
    const fix = this.writeLock(ref);
    try {
      if (!lockShortfall(await headLock(this.client, this.spec.bucket, key), expected.mode, expected.until)) return;
      await putLock(this.client, this.spec.bucket, key, fix.mode, fix.until);
    } catch (e) {
      throw this.explain(e, "write", key);
    }
    const problem = lockShortfall(await headLock(this.client, this.spec.bucket, key), expected.mode, expected.until);
    if (problem)
      throw new Error(
        `${this.uri(key)} ${problem}, and setting its retention did not take (if it is locked but HeadObject does not show it, grant s3:GetObjectRetention): a backup whose objects are not all locked gets no manifest`
      );
  }
  async createWriter(ref) {
    const locked = this.spec.objectLock !== void 0;
    await this.preflight(ref);
    if (locked)
      await requireBucketLock(this.client, this.spec.bucket).catch(
        (e) => Promise.reject(this.explain(e, "list", this.key(ref, "")))
      );
    const written = /* @__PURE__ */ new Set();
    const attempt = async (key, access, run) => {
      written.add(key);
      try {
        await run();
      } catch (e) {
        const status = httpStatus(e);
        if (status !== void 0 && status >= 400 && status < 500) written.delete(key);
        throw this.explain(e, access, key);
      }
    };
    return {
      put: async (name, body, size) => {
        if (!isLayoutObject(name) || name === MANIFEST_NAME) throw new Error(`not a backup object name: ${name}`);
        const key = this.key(ref, name);
        return attempt(key, "write", async () => {
          const lock = this.writeLock(ref);
          const etag = await this.upload(key, body, lock, size);
          const after = this.writeLock(ref);
          if (after && (!etag || /-\d+"?$/.test(etag))) await putLock(this.client, this.spec.bucket, key, after.mode, after.until);
        });
      },
      commit: async (manifestJson) => {
        const key = this.key(ref, MANIFEST_NAME);
        try {
          if (locked) await Promise.all([...written].map((k) => this.ensureLocked(k, ref)));
          await attempt(key, "write", async () => {
            await this.putManifest(key, manifestJson, this.writeLock(ref));
            if (locked) await this.ensureLocked(key, ref);
          });
        } catch (e) {
          if (e instanceof BackupExistsError) written.delete(key);
          if (e instanceof ReadBackError) written.delete(key);
          if (e instanceof ReadBackError && e.stored) written.clear();
          throw e;
        }
      },
      abort: async () => {
        if (written.size === 0) return;
        const failed = [...await this.deleteKeys([...written])];
        if (failed.length > 0)
          throw new Error(`${failed.length} object(s) could not be deleted, first ${this.uri(failed[0][0])}: ${failed[0][1]}`);
      }
    };
  }
  /**
   * Fails fast, before a long export, when the bucket is missing or the credentials are wrong.
   * A plain AccessDenied is let through: a write-only role (no s3:ListBucket) is a sound setup.
   */
  async preflight(ref) {
    let page;
    try {
      page = await this.client.send(new import_client_s32.ListObjectsV2Command({ Bucket: this.spec.bucket, Prefix: this.key(ref, ""), MaxKeys: 100 }));
    } catch (e) {
      if (errorCode(e) === "AccessDenied") {
        this.log.info(`Cannot list ${this.uri(this.base(ref.site, ref.environment))} (no s3:ListBucket); writing anyway.`);
        return;
      }
      throw this.explain(e, "list", this.key(ref, ""));
    }
    const prefix = this.key(ref, "");
    if ((page.Contents ?? []).some((o) => isLayoutObject((o.Key ?? "").slice(prefix.length))))
      throw new BackupExistsError(this.location(ref));
  }
  /** Returns the object's ETag. */
  async upload(key, body, lock, size) {
    let failure;
    this.uploadFailed.set(key, (e) => {
      failure ??= e;
      body.destroy(this.explain(e, "write", key));
    });
    try {
      const done = await new import_lib_storage.Upload({
        client: this.client,
        partSize: partSizeFor(size),
        queueSize: QUEUE_SIZE,
        params: {
          Bucket: this.spec.bucket,
          Key: key,
          Body: body,
          ContentType: "application/octet-stream",
          ...this.spec.storageClass ? { StorageClass: this.spec.storageClass } : {},
          ...this.encryption(),
          ...lock ? { ObjectLockMode: lock.mode, ObjectLockRetainUntilDate: lock.until } : {}
        }
      }).done();
      return done.ETag;
    } catch (e) {
      throw failure ?? e;
    } finally {
      this.uploadFailed.delete(key);
    }
  }
  /**
   * The commit point, written once. `If-None-Match: *` keeps a second writer from replacing a
   * finished backup's manifest where the store supports it. Some S3-compatible stores ignore the
   * header (s3rver, older MinIO), so the key is also checked before, and read back after: a
   * manifest that is not byte for byte ours means another writer got there, and the step fails.
   */
  async putManifest(key, json, lock) {
    const before = await this.readOwn(key, "checking that no other backup has this id before writing its manifest");
    if (before === json) return;
    if (before !== void 0) throw new BackupExistsError(this.uri(key));
    await this.putManifestOnce(key, json, lock);
    const after = await this.readOwn(key, "reading the manifest back after writing it", {});
    if (after !== json) throw new BackupExistsError(this.uri(key));
  }
  async putManifestOnce(key, json, lock) {
    const sc = this.spec.storageClass;
    const input = {
      Bucket: this.spec.bucket,
      Key: key,
      Body: json,
      ContentType: "application/json",
      ...sc && !ARCHIVE_CLASSES.has(sc) ? { StorageClass: sc } : {},
      ...this.encryption(),
      ...lock ? { ObjectLockMode: lock.mode, ObjectLockRetainUntilDate: lock.until } : {}
    };
    try {
      await this.client.send(new import_client_s32.PutObjectCommand({ ...input, IfNoneMatch: "*" }));
    } catch (e) {
      const code = errorCode(e);
      if (code === "NotImplemented" || httpStatus(e) === 501) {
        await this.client.send(new import_client_s32.PutObjectCommand(input));
        return;
      }
      if (code === "PreconditionFailed" || code === "ConditionalRequestConflict") {
        const existing = await this.readOwn(key, "reading the manifest that refused our conditional write", {
          note: "A manifest is there (ours, if a retry of our write got this answer, or another backup's), so nothing of the backup was deleted; `list` and verify show which."
        });
        if (existing === json) return;
        throw new BackupExistsError(this.uri(key));
      }
      throw e;
    }
  }
  /**
   * One of our own writes, read back through the same retries and resumes as verify's reads
   * (readKey): one reset on this GET used to fail the backup and delete a backup fully stored.
   * Undefined when the object does not exist. `stored`: a manifest is there (see ReadBackError).
   */
  async readOwn(key, why, stored) {
    try {
      const chunks = [];
      for await (const c of await this.readKey(key)) chunks.push(c);
      return Buffer.concat(chunks).toString();
    } catch (e) {
      if (errorCode(e) === "NoSuchKey" || errorCode(e.cause) === "NoSuchKey") return void 0;
      if (e instanceof ConfigError) throw e;
      throw new ReadBackError(
        { request: `GET ${this.uri(key)}`, why, retries: this.readRetries, stored: stored !== void 0, ...stored },
        e
      );
    }
  }
  async list(site, environment) {
    const entries = [];
    await this.walkOrVersions(this.base(site, environment), (rest, o) => {
      const slash = rest.indexOf("/");
      if (slash <= 0) return;
      entries.push({ id: rest.slice(0, slash), name: rest.slice(slash + 1), ...o });
    });
    return this.markDeleted(groupBackups(site, environment, entries));
  }
  async listAll() {
    const byTarget = /* @__PURE__ */ new Map();
    await this.walkOrVersions(this.spec.prefix ? `${this.spec.prefix}/` : "", (rest, o) => {
      const parts = rest.split("/");
      if (parts.length !== 4 || parts.some((p) => !p)) return;
      const k = `${parts[0]}/${parts[1]}`;
      const list = byTarget.get(k) ?? [];
      list.push({ id: parts[2], name: parts[3], ...o });
      byTarget.set(k, list);
    });
    return [...byTarget].flatMap(([k, entries]) => {
      const [site, environment] = k.split("/");
      return this.markDeleted(groupBackups(site, environment, entries));
    });
  }
  /**
   * The plain walk, or with `include-deleted` the versions walk: each key's current version, or
   * its newest old one where a delete marker hides it (remembered, so read() gets that version).
   */
  async walkOrVersions(base, each) {
    if (!this.spec.includeDeleted) return this.walk(base, each);
    let versions;
    try {
      versions = await walkVersions(this.client, this.spec.bucket, base);
    } catch (e) {
      throw this.explain(e, "list", base);
    }
    for (const v of versions) {
      if (v.current) this.versions.delete(v.key);
      else this.versions.set(v.key, v.versionId);
      each(v.key.slice(base.length), { size: v.size, lastModified: v.lastModified });
    }
  }
  markDeleted(backups) {
    if (this.versions.size === 0) return backups;
    for (const b of backups) if (b.objects.some((o) => this.versions.has(this.key(b, o.name)))) b.deleted = true;
    return backups;
  }
  async countDeleted(site, environment) {
    const base = this.base(site, environment);
    let versions;
    try {
      versions = await walkVersions(this.client, this.spec.bucket, base);
    } catch {
      return void 0;
    }
    return versions.filter((v) => !v.current && v.key.endsWith(`/${MANIFEST_NAME}`) && v.key.slice(base.length).split("/").length === 2).length;
  }
  layoutKeys(b) {
    return b.objects.filter((o) => isLayoutObject(o.name)).map((o) => {
      const key = this.key(b, o.name);
      const versionId = this.versions.get(key);
      return versionId ? { name: o.name, key, versionId } : { name: o.name, key };
    });
  }
  async lockStates(b) {
    return Promise.all(
      this.layoutKeys(b).map(async (o) => {
        try {
          return { name: o.name, ...await headLock(this.client, this.spec.bucket, o.key, o.versionId) };
        } catch (e) {
          throw this.explain(e, "read", o.key);
        }
      })
    );
  }
  async extendLocks(b, until) {
    const mode = SDK_MODE[this.spec.objectLock?.mode ?? "governance"];
    const at = new Date(Math.ceil(until.getTime() / 1e3) * 1e3);
    let extended = 0;
    for (const [i, state] of (await this.lockStates(b)).entries()) {
      if (state.until && state.until.getTime() >= at.getTime()) continue;
      const o = this.layoutKeys(b)[i];
      try {
        await putLock(this.client, this.spec.bucket, o.key, state.mode ?? mode, at, o.versionId);
      } catch (e) {
        throw this.explain(e, "write", o.key);
      }
      extended++;
    }
    return extended;
  }
  async lockAudit(b) {
    const expected = this.expectedLock(b);
    if (!expected) return [];
    const states = await this.lockStates(b);
    return states.flatMap((s) => {
      const problem = lockShortfall(s, expected.mode, expected.until);
      return problem ? [{ object: s.name, problem }] : [];
    });
  }
  /**
   * Every key under `base`, page by page, as its path below `base`. No Delimiter: some servers
   * get it wrong, and a flat walk sees every key under every id. Anything odd in any page fails
   * the whole listing: prune deletes based on it.
   */
  async walk(base, each) {
    const seenKeys = /* @__PURE__ */ new Set();
    const seenTokens = /* @__PURE__ */ new Set();
    let token;
    for (; ; ) {
      let page;
      try {
        page = await this.client.send(
          new import_client_s32.ListObjectsV2Command({ Bucket: this.spec.bucket, Prefix: base, MaxKeys: this.pageSize, ContinuationToken: token })
        );
      } catch (e) {
        throw this.explain(e, "list", base);
      }
      for (const o of page.Contents ?? []) {
        if (o.Key === void 0 || o.Size === void 0 || o.LastModified === void 0 || !o.Key.startsWith(base)) {
          throw new Error(`listing ${this.uri(base)} returned a malformed entry (${o.Key ?? "no key"}); refusing a partial listing`);
        }
        if (seenKeys.has(o.Key)) throw new Error(`listing ${this.uri(base)} returned ${o.Key} twice; refusing an inconsistent listing`);
        seenKeys.add(o.Key);
        each(o.Key.slice(base.length), { size: o.Size, lastModified: o.LastModified });
      }
      if (!page.IsTruncated) return;
      token = page.NextContinuationToken;
      if (!token || seenTokens.has(token)) {
        throw new Error(`listing ${this.uri(base)} was truncated without a usable continuation token; refusing a partial listing`);
      }
      seenTokens.add(token);
    }
  }
  async getObject(key, range) {
    try {
      const r = await this.client.send(
        new import_client_s32.GetObjectCommand({
          Bucket: this.spec.bucket,
          Key: key,
          ...this.versions.has(key) ? { VersionId: this.versions.get(key) } : {},
          ...range ? { Range: `bytes=${range.from}-`, ...range.etag ? { IfMatch: range.etag } : {} } : {}
        })
      );
      if (!r.Body) throw new Error(`the store returned no body for ${this.uri(key)}`);
      return { body: r.Body instanceof Readable ? r.Body : Readable.fromWeb(r.Body), etag: r.ETag, length: r.ContentLength };
    } catch (e) {
      if (errorCode(e) === "NoSuchKey")
        throw new Error(`object ${this.uri(key)} does not exist (NoSuchKey): the backup is incomplete or was removed`, { cause: e });
      throw this.explain(e, "read", key);
    }
  }
  /**
   * The object's bytes, resumed where they stopped when the connection breaks mid-body: a ranged
   * GET from the next byte, pinned to the same object by its ETag, after a jittered backoff, up
   * to `readRetries` times per object. Only then does the read fail, as an ObjectReadError ("could
   * not read, try again"), which verify and restore never count as damage.
   */
  async abortStaleUploads(site, environment, olderThan) {
    const base = this.base(site, environment);
    let aborted = 0;
    let keyMarker;
    let uploadIdMarker;
    for (let page = 0; page < 1e3; page++) {
      let r;
      try {
        r = await this.client.send(
          new import_client_s32.ListMultipartUploadsCommand({ Bucket: this.spec.bucket, Prefix: base, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker })
        );
      } catch (e) {
        throw this.explain(e, "list", base);
      }
      for (const u of r.Uploads ?? []) {
        if (!u.Key || !u.UploadId || !u.Initiated || u.Initiated >= olderThan) continue;
        const rest = u.Key.slice(base.length).split("/");
        if (rest.length !== 2 || !isLayoutObject(rest[1])) continue;
        try {
          await this.client.send(new import_client_s32.AbortMultipartUploadCommand({ Bucket: this.spec.bucket, Key: u.Key, UploadId: u.UploadId }));
          aborted++;
        } catch (e) {
          if (errorCode(e) !== "NoSuchUpload") throw this.explain(e, "delete", u.Key);
        }
      }
      if (!r.IsTruncated) break;
      keyMarker = r.NextKeyMarker;
      uploadIdMarker = r.NextUploadIdMarker;
    }
    return aborted;
  }
  async read(ref, name) {
    return this.readKey(this.key(ref, name));
  }
  async readKey(key) {
    const uri = this.uri(key);
    const budget = this.readRetries;
    let first;
    try {
      first = await this.getObject(key);
    } catch (e) {
      if (e instanceof ConfigError || e.cause && errorCode(e.cause) === "NoSuchKey")
        throw e;
      throw new ObjectReadError(uri, budget, e);
    }
    const resume = (from) => this.getObject(key, { from, ...first.etag ? { etag: first.etag } : {} });
    async function* bytes() {
      let body = first.body;
      let received = 0;
      let retries = 0;
      let failure;
      for (; ; ) {
        if (body) {
          try {
            for await (const chunk of body) {
              received += chunk.length;
              yield chunk;
            }
            if (first.length === void 0 || received >= first.length) return;
            failure = new Error(`the body ended after ${received} of ${first.length} bytes`);
          } catch (e) {
            failure = e;
          }
          body.destroy();
          body = void 0;
        }
        if (retries >= budget) throw new ObjectReadError(uri, retries, failure);
        retries++;
        await backoff(retries);
        try {
          body = (await resume(received)).body;
        } catch (e) {
          if (httpStatus(e.cause) === 412 || httpStatus(e) === 412) throw new ObjectReadError(uri, retries, e);
          failure = e;
        }
      }
    }
    return Readable.from(bytes(), { objectMode: false });
  }
  /**
   * Bytes [start, end) by one ranged GET. No resume: a ranged restore reads little, and a broken
   * read is an ObjectReadError ("try again"), never damage.
   */
  async readRange(ref, name, start, end) {
    const key = this.key(ref, name);
    try {
      const r = await this.client.send(new import_client_s32.GetObjectCommand({ Bucket: this.spec.bucket, Key: key, Range: `bytes=${start}-${end - 1}` }));
      if (!r.Body) throw new Error(`the store returned no body for ${this.uri(key)}`);
      return r.Body instanceof Readable ? r.Body : Readable.fromWeb(r.Body);
    } catch (e) {
      if (errorCode(e) === "NoSuchKey")
        throw new Error(`object ${this.uri(key)} does not exist (NoSuchKey): the backup is incomplete or was removed`, { cause: e });
      if (e instanceof ConfigError) throw e;
      const explained = this.explain(e, "read", key);
      if (explained instanceof ConfigError) throw explained;
      throw new ObjectReadError(this.uri(key), 0, e);
    }
  }
  /** A plain PUT: a record is replaced by the next check of the same backup. */
  async writeRecord(ref, name, json) {
    const key = this.key(ref, name);
    try {
      await this.client.send(
        new import_client_s32.PutObjectCommand({ Bucket: this.spec.bucket, Key: key, Body: json, ContentType: "application/json", ...this.encryption() })
      );
    } catch (e) {
      throw this.explain(e, "write", key);
    }
  }
  /**
   * Every manifest first, in their own batches; then the other objects of only those backups
   * whose manifest is gone. So a failure leaves a backup incomplete, never complete but damaged.
   */
  async remove(backups) {
    const keysOf = (b) => [
      ...b.objects.filter((o) => isLayoutObject(o.name)),
      ...(b.records ?? []).filter((r) => isRecordName(r.name)),
      ...b.folderMarker ? [{ name: "" }] : []
    ].map((o) => ({ name: o.name, key: this.key(b, o.name) }));
    const manifests = backups.flatMap(
      (b) => keysOf(b).filter((o) => o.name === MANIFEST_NAME).map((o) => o.key)
    );
    const failed = await this.deleteKeys(manifests);
    const rest = backups.filter((b) => !failed.has(this.key(b, MANIFEST_NAME)));
    const others = await this.deleteKeys(
      rest.flatMap(
        (b) => keysOf(b).filter((o) => o.name !== MANIFEST_NAME).map((o) => o.key)
      )
    );
    for (const [k, m] of others) failed.set(k, m);
    return {
      removed: rest.filter((b) => keysOf(b).every((o) => !failed.has(o.key))).map((b) => b.id),
      errors: [...failed].map(([key, message]) => ({ key: this.uri(key), message }))
    };
  }
  /**
   * DeleteObjects in batches of at most 1000; returns the keys that failed, with why. A key
   * counts as deleted only when the store says so.
   */
  async deleteKeys(keys) {
    const failed = /* @__PURE__ */ new Map();
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const batch = keys.slice(i, i + DELETE_BATCH);
      try {
        const r = await this.client.send(
          new import_client_s32.DeleteObjectsCommand({ Bucket: this.spec.bucket, Delete: { Objects: batch.map((Key) => ({ Key })) } })
        );
        const errors = new Map((r.Errors ?? []).map((e) => [e.Key ?? "", `${e.Code ?? "Error"}: ${e.Message ?? "not deleted"}`]));
        const deleted = new Set((r.Deleted ?? []).map((d) => d.Key));
        for (const key of batch) {
          const err = errors.get(key) ?? (deleted.has(key) ? void 0 : "the store did not confirm the delete");
          if (err) failed.set(key, redact(err));
        }
      } catch (e) {
        const message = this.explain(e, "delete", batch[0]).message;
        for (const key of batch) failed.set(key, message);
      }
    }
    return failed;
  }
  /** A user-facing error for a failed S3 call: names the input to fix where it is configuration. */
  explain(e, access, key) {
    if (e instanceof ConfigError) return e;
    const code = errorCode(e);
    const err = e;
    const where = this.uri(key);
    const endpoint = this.spec.endpoint ? ` at ${redact(this.spec.endpoint)}` : "";
    const msg = redact(err?.message ?? String(e));
    const refused = this.explainRefusal(code, access, where, endpoint, msg);
    if (refused) return refused;
    const netCode = err?.code ?? "";
    if (UNREACHABLE.has(netCode) || UNREACHABLE.has(code)) {
      if (this.spec.endpoint) {
        return new ConfigError(
          "s3-endpoint",
          `could not connect to ${redact(this.spec.endpoint)} (${netCode || code})`,
          "Check the URL and port, and that this runner can reach it."
        );
      }
      return new Error(`could not reach S3 while ${VERB[access]} ${where} (${netCode || code}): check the network and \`s3-region\``, {
        cause: e
      });
    }
    if (!err?.$metadata && !netCode && e instanceof Error) return e;
    return new Error(`S3 error while ${VERB[access]} ${where}: ${code ? `${code}: ` : ""}${msg}`, { cause: e });
  }
  /**
   * The S3 codes that mean a setting or the credentials are wrong, each turned into the input to
   * fix; undefined for any other code, which explain handles by how the call failed.
   */
  explainRefusal(code, access, where, endpoint, msg) {
    switch (code) {
      case "NoSuchBucket":
        return new ConfigError(
          "store",
          `bucket "${this.spec.bucket}" does not exist${endpoint}`,
          "Create the bucket, or correct its name in `store`" + (this.spec.endpoint ? "." : " (and `s3-endpoint` if it is not on AWS).")
        );
      case "CredentialsProviderError":
        return new ConfigError("store", `no AWS credentials were found for ${VERB[access]} ${where}`, CHAIN_HINT);
      case "InvalidAccessKeyId":
        return new ConfigError(
          "store",
          `the store${endpoint} does not know the access key id (InvalidAccessKeyId) while ${VERB[access]} ${where}`,
          `Use keys issued for this store${this.spec.endpoint ? " (not AWS keys)" : ""}. ${CHAIN_HINT}`
        );
      case "SignatureDoesNotMatch":
        return new ConfigError(
          "store",
          `the request signature was refused (SignatureDoesNotMatch) while ${VERB[access]} ${where}`,
          `The secret key does not belong to the access key id. ${CHAIN_HINT}`
        );
      case "AccessDenied":
      case "AllAccessDisabled": {
        const arn = access === "list" ? `arn:aws:s3:::${this.spec.bucket}` : `arn:aws:s3:::${this.spec.bucket}/${this.spec.prefix ? `${this.spec.prefix}/` : ""}*`;
        const kms = this.spec.sse?.startsWith("aws:kms") && (access === "write" || access === "read") ? ` and ${access === "write" ? "kms:GenerateDataKey" : "kms:Decrypt"} on the KMS key` : "";
        return new ConfigError(
          "store",
          `access was refused (${code}) while ${VERB[access]} ${where}`,
          `Grant the credentials ${PERMISSION[access]} on ${arn}${kms}. ${CHAIN_HINT}`
        );
      }
      case "InvalidStorageClass":
        return new ConfigError(
          "s3-storage-class",
          `the store${endpoint} refused storage class "${this.spec.storageClass}"`,
          "Use a class this store supports; S3-compatible stores such as MinIO accept only `STANDARD`."
        );
      case "AuthorizationHeaderMalformed":
      case "PermanentRedirect":
        return new ConfigError(
          "s3-region",
          `the bucket "${this.spec.bucket}" is not in the region used (${msg})`,
          "Set `s3-region` to the bucket's region."
        );
    }
    if (code.startsWith("KMS.") || code === "KMSAccessDenied") {
      return new ConfigError(
        "s3-kms-key-id",
        `the KMS key was refused (${code}: ${msg})`,
        "Check the key id and that the credentials may use it (kms:GenerateDataKey, kms:Decrypt)."
      );
    }
    return void 0;
  }
};
export {
  S3Store,
  partSizeFor
};
