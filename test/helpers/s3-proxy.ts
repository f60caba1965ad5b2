import { readFileSync } from 'node:fs';
import https from 'node:https';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of a real S3 server (see s3rver.ts). It records every request
 * and can refuse some of them the way S3 would, so tests see exactly what went over the wire
 * without mocking the SDK. Point the store's `s3-endpoint` at `proxy.endpoint`.
 */
export type S3Op =
  | 'ListObjectsV2'
  | 'PutObject'
  | 'CreateMultipartUpload'
  | 'UploadPart'
  | 'CompleteMultipartUpload'
  | 'AbortMultipartUpload'
  | 'ListMultipartUploads'
  | 'GetObject'
  | 'HeadObject'
  | 'DeleteObject'
  | 'DeleteObjects'
  | 'other';

export interface RecordedRequest {
  op: S3Op;
  method: string;
  /** The decoded path, `/<bucket>/<key>` (path-style). */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** For DeleteObjects: the keys the client asked to delete. */
  deleteKeys?: string[];
  /** Body bytes of the answer as forwarded (requests passed straight through). */
  responseBytes?: number;
}

/** An S3 error answer: the HTTP status and the S3 error code, such as 403 `AccessDenied`. */
export interface Refusal {
  status: number;
  code: string;
  message?: string;
}

/**
 * A network fault: `reset-mid-body` forwards the request and the answer's headers, then cuts the
 * connection after `after` bytes of the body (default: half); `stall-mid-body` sends as much, then
 * nothing more, holding the connection open until the client gives up; `reset` cuts it before
 * answering; `delay` waits, then forwards; `hold` forwards once `until` settles (a test's event, not a time).
 */
export type Fault =
  | { kind: 'reset-mid-body'; after?: number }
  | { kind: 'stall-mid-body'; after?: number }
  | { kind: 'reset' }
  | { kind: 'delay'; ms: number }
  | { kind: 'hold'; until: Promise<unknown> };

/** A multipart upload begun through the proxy and neither completed nor aborted yet. */
export interface OpenUpload {
  bucket: string;
  key: string;
  uploadId: string;
  /** When it began; a test may move it back to make the upload stale. */
  initiated: Date;
}

export interface S3Proxy {
  endpoint: string;
  requests: RecordedRequest[];
  /**
   * s3rver implements neither ListMultipartUploads nor AbortMultipartUpload: the proxy answers
   * both from the uploads begun through it, as S3 would (prefix filter, one page; 204).
   */
  uploads: OpenUpload[];
  /** Injects `fn`'s fault into the requests it names (after refuse(), which answers first). */
  fault(fn: ((r: RecordedRequest) => Fault | undefined) | undefined): void;
  /** Answer requests for which `fn` returns a refusal with that error instead of forwarding them. */
  refuse(fn: ((r: RecordedRequest) => Refusal | undefined) | undefined): void;
  /** DeleteObjects never forwards these keys and answers each with a per-key `code` error. */
  failDeletes(keys: Iterable<string>, code?: string): void;
  stop(): Promise<void>;
}

function classify(method: string, path: string, q: URLSearchParams): S3Op {
  const isKey = path.split('/').filter(Boolean).length > 1;
  if (method === 'GET' && !isKey && q.has('uploads')) return 'ListMultipartUploads';
  if (method === 'GET' && q.get('list-type') === '2') return 'ListObjectsV2';
  if (method === 'POST' && q.has('delete')) return 'DeleteObjects';
  if (method === 'POST' && q.has('uploads')) return 'CreateMultipartUpload';
  if (method === 'POST' && q.has('uploadId')) return 'CompleteMultipartUpload';
  if (method === 'PUT' && q.has('partNumber')) return 'UploadPart';
  if (method === 'DELETE' && q.has('uploadId')) return 'AbortMultipartUpload';
  if (!isKey) return 'other';
  if (method === 'PUT') return 'PutObject';
  if (method === 'GET') return 'GetObject';
  if (method === 'HEAD') return 'HeadObject';
  if (method === 'DELETE') return 'DeleteObject';
  return 'other';
}

const xmlUnescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function errorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message><RequestId>s3-proxy</RequestId></Error>`;
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * `tls`: serve HTTPS to the client (the upstream stays plain HTTP). restic signs uploads in
 * streaming `aws-chunked` form over plain HTTP, which s3rver would store framing and all (see
 * s3rver-https.ts); over HTTPS it sends the plain body, which the proxy forwards as it is.
 */
export async function startS3Proxy(target: string, opts: { tls?: { key: string; cert: string } } = {}): Promise<S3Proxy> {
  const upstream = new URL(target);
  const requests: RecordedRequest[] = [];
  let refuseFn: ((r: RecordedRequest) => Refusal | undefined) | undefined;
  let faultFn: ((r: RecordedRequest) => Fault | undefined) | undefined;
  const failing = new Map<string, string>();
  const uploads: OpenUpload[] = [];

  /** Sends one request upstream and collects the whole answer. */
  const upstreamCall = (
    method: string,
    reqPath: string,
    headers: IncomingHttpHeaders,
    body: Buffer,
  ): Promise<{ status: number; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const up = http.request(
        { host: upstream.hostname, port: upstream.port, method, path: reqPath, headers: { ...headers, host: upstream.host } },
        (upRes) => {
          readAll(upRes).then((b) => resolve({ status: upRes.statusCode ?? 502, body: b }), reject);
        },
      );
      up.on('error', reject);
      up.end(body);
    });

  /** Streams the request upstream and the answer back, so large parts are never buffered here. */
  const pipeThrough = (req: IncomingMessage, res: ServerResponse, r?: RecordedRequest): Promise<void> =>
    new Promise((resolve, reject) => {
      const up = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          if (r) {
            r.responseBytes = 0;
            upRes.on('data', (c: Buffer) => (r.responseBytes! += c.length));
          }
          upRes.pipe(res);
          upRes.on('end', resolve);
          upRes.on('error', reject);
        },
      );
      up.on('error', reject);
      req.pipe(up);
    });

  /**
   * Forwards, sends the headers and the first `after` bytes of the answer, then resets the
   * connection, or (`stall`) sends nothing more until the client closes it.
   */
  const cutMidBody = (req: IncomingMessage, res: ServerResponse, after?: number, stall = false): Promise<void> =>
    new Promise((resolve, reject) => {
      const up = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (upRes) => {
          readAll(upRes).then((b) => {
            res.writeHead(upRes.statusCode ?? 502, upRes.headers);
            const n = Math.min(b.length - 1, after ?? Math.floor(b.length / 2));
            res.write(b.subarray(0, Math.max(0, n)), () => {
              if (stall) {
                res.once('close', resolve);
                return;
              }
              res.socket?.resetAndDestroy();
              resolve();
            });
          }, reject);
        },
      );
      up.on('error', reject);
      req.pipe(up);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const r: RecordedRequest = {
      op: classify(req.method ?? 'GET', url.pathname, url.searchParams),
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
    };
    requests.push(r);

    let body: Buffer | undefined;
    if (r.op === 'DeleteObjects') {
      body = await readAll(req);
      r.deleteKeys = [...body.toString().matchAll(/<Key>([\s\S]*?)<\/Key>/g)].map((m) => xmlUnescape(m[1]!));
    }
    const refusal = refuseFn?.(r);
    if (refusal) {
      // Read the body first: answering mid-upload makes the client see a reset, not the error.
      if (body === undefined) await readAll(req);
      res.writeHead(refusal.status, { 'content-type': 'application/xml' });
      res.end(errorXml(refusal.code, refusal.message ?? refusal.code));
      return;
    }
    const fault = faultFn?.(r);
    if (fault?.kind === 'delay') await new Promise((w) => setTimeout(w, fault.ms));
    if (fault?.kind === 'hold') await fault.until;
    if (fault?.kind === 'reset') {
      if (body === undefined) await readAll(req);
      res.socket?.destroy();
      return;
    }
    if (fault?.kind === 'reset-mid-body' || fault?.kind === 'stall-mid-body')
      return cutMidBody(req, res, fault.after, fault.kind === 'stall-mid-body');
    const [bucket = '', ...keyParts] = r.path.split('/').filter(Boolean);
    if (r.op === 'ListMultipartUploads') {
      const prefix = r.query.get('prefix') ?? '';
      const rows = uploads
        .filter((u) => u.bucket === bucket && u.key.startsWith(prefix))
        .map(
          (u) =>
            `<Upload><Key>${xmlEscape(u.key)}</Key><UploadId>${xmlEscape(u.uploadId)}</UploadId><Initiated>${u.initiated.toISOString()}</Initiated><StorageClass>STANDARD</StorageClass></Upload>`,
        )
        .join('');
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>${xmlEscape(bucket)}</Bucket><Prefix>${xmlEscape(prefix)}</Prefix><MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>${rows}</ListMultipartUploadsResult>`;
      res.writeHead(200, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) });
      res.end(xml);
      return;
    }
    if (r.op === 'CreateMultipartUpload') {
      const up = await upstreamCall('POST', req.url ?? '/', req.headers, await readAll(req));
      const id = /<UploadId>([^<]+)<\/UploadId>/.exec(up.body.toString())?.[1];
      if (up.status === 200 && id) uploads.push({ bucket, key: keyParts.join('/'), uploadId: xmlUnescape(id), initiated: new Date() });
      res.writeHead(up.status, { 'content-type': 'application/xml', 'content-length': up.body.length });
      res.end(up.body);
      return;
    }
    if (r.op === 'CompleteMultipartUpload' || r.op === 'AbortMultipartUpload') {
      const i = uploads.findIndex((u) => u.uploadId === r.query.get('uploadId'));
      if (i >= 0) uploads.splice(i, 1);
      // s3rver answers AbortMultipartUpload with MethodNotAllowed: answer for it, as S3 does.
      if (r.op === 'AbortMultipartUpload' && i >= 0) {
        await readAll(req);
        res.writeHead(204);
        res.end();
        return;
      }
    }
    if (r.op !== 'DeleteObjects') return pipeThrough(req, res, r);
    if (!r.deleteKeys!.some((k) => failing.has(k))) {
      const up = await upstreamCall('POST', req.url ?? '/', req.headers, body!);
      res.writeHead(up.status, { 'content-type': 'application/xml', 'content-length': up.body.length });
      res.end(up.body);
      return;
    }

    const keep = r.deleteKeys!.filter((k) => !failing.has(k));
    const errors = r
      .deleteKeys!.filter((k) => failing.has(k))
      .map((k) => `<Error><Key>${xmlEscape(k)}</Key><Code>${failing.get(k)}</Code><Message>injected by s3-proxy</Message></Error>`)
      .join('');
    let result = '<?xml version="1.0" encoding="UTF-8"?>\n<DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"></DeleteResult>';
    if (keep.length > 0) {
      const quiet = /<Quiet>true<\/Quiet>/.test(body!.toString()) ? '<Quiet>true</Quiet>' : '';
      const newBody = Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${keep.map((k) => `<Object><Key>${xmlEscape(k)}</Key></Object>`).join('')}${quiet}</Delete>`,
      );
      // The body changed, so its checksums no longer hold; s3rver does not check signatures.
      const headers: IncomingHttpHeaders = {};
      for (const [k, v] of Object.entries(req.headers)) {
        if (k === 'content-md5' || k.startsWith('x-amz-checksum-') || k === 'content-length') continue;
        headers[k] = v;
      }
      headers['content-length'] = String(newBody.length);
      const up = await upstreamCall('POST', req.url ?? '/', headers, newBody);
      if (up.status !== 200) {
        res.writeHead(up.status, { 'content-type': 'application/xml' });
        res.end(up.body);
        return;
      }
      result = up.body.toString();
    }
    const out = result.replace('</DeleteResult>', `${errors}</DeleteResult>`);
    res.writeHead(200, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(out) });
    res.end(out);
  };

  const server = (
    opts.tls ? https.createServer({ key: readFileSync(opts.tls.key), cert: readFileSync(opts.tls.cert) }) : http.createServer()
  ).on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`s3-proxy: ${(e as Error).message}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    uploads,
    refuse(fn) {
      refuseFn = fn;
    },
    fault(fn) {
      faultFn = fn;
    },
    failDeletes(keys, code = 'AccessDenied') {
      for (const k of keys) failing.set(k, code);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
