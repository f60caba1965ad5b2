import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JPEG, makeZip, PDF, PNG, WOFF2, zipEntries } from './fixtures.js';

// A loopback double of the Siteglide API, written from siteglide-cli 1.10.3's source (the copy in
// ../shared/real-clis): lib/proxy.js (endpoints, `Authorization: <token>`, `site: <url>`),
// lib/data/waitForStatus.js (pending -> done), siteglide-cli-pull.js and -export.js (the code
// zip's layout, the asset list, the data payload), lib/data/fetchFiles.js (record files),
// siteglide-cli-push.js (deploy, LIMIT_FILE_SIZE, status polling, error details) and
// lib/assets/deploy.js + lib/presignUrl.js (instance id, presigned PUT, the HEAD that waits for
// the upload to be unpacked, the assets manifest).
//
// The real CLI reaches it through test/doubles/siteglide-redirect.mjs, which sends its HTTPS
// requests for the API host and the storage hosts below here. One double serves several sites
// (instances), told apart by the CLI's `site` header (its MPKIT_URL), so a restore into another
// environment is a deploy to another site of the same double.

export const REDIRECT_PRELOAD = fileURLToPath(new URL('./siteglide-redirect.mjs', import.meta.url));

const API_HOST = 'api.siteglide.co.uk';
/** Where assets live (their remote_url). */
const CDN_HOST = 'cdn.siteglide.test';
/** Presigned storage: code zips, record files, the deploy's assets upload. */
const STORAGE_HOST = 'storage.siteglide.test';

export interface SiteContent {
  /** Code zip entries, as the platform packs them: `app/...` and `modules/...`. */
  code: Record<string, string>;
  /** physical_file_path -> content, listed by `cli/pull` and served from the CDN host. */
  assets: Record<string, Buffer | string>;
  /** Asset paths the storage answers with 403 and an S3 XML error body (an expired or denied link). */
  deniedAssets: string[];
  /** Asset paths whose download breaks off (the connection is closed before any answer). */
  brokenAssets: string[];
  /** The export job's payload, record file URLs pointing at the storage host. */
  data: { users: unknown[]; transactables: unknown[]; models: unknown[] };
  /** Record files by storage path (`attachments/101/contract.pdf`). */
  recordFiles: Record<string, Buffer | string>;
}

export interface Site {
  url: string;
  token: string;
  instanceId: string;
  content: SiteContent;
  /** Polls answered "pending" before a job is done; Infinity keeps it pending. */
  codeJobPolls: number;
  dataJobPolls: number;
  /** The deploy endpoint's upload limit (the platform's 50 MB). */
  maxReleaseBytes: number;
  /** An HTTP status `cli/deploy` answers with instead (423 for a locked site). */
  refuseDeploy?: number;
  /** Deploy errors quote the request's Authorization header, as a verbose platform error may. */
  quoteToken?: boolean;
  /** What arrived. */
  received: {
    /** Each `cli/deploy`: the release zip's files (path -> content). */
    deploys: Record<string, string>[];
    /** Each presigned assets upload: the zip's files (path -> content). */
    assetUploads: Record<string, Buffer>[];
    /** Each assets manifest (`cli/assets_manifest`). */
    manifests: Record<string, unknown>[];
    /** Each `cli/sync` of a homepage before a deploy. */
    syncs: string[];
  };
}

export interface Call {
  method: string;
  host: string;
  path: string;
  site?: string;
  status: number;
}

export interface SiteglideApi {
  url: string;
  calls: Call[];
  /** Adds an instance; the defaults are a small site with every kind of file. */
  addSite(url: string, token: string, patch?: Partial<Omit<Site, 'url' | 'token' | 'received'>>): Site;
  site(url: string): Site;
  /** The environment that points the real CLI at this double. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

/** The body S3 sends with a 403, which siteglide-cli saves under the asset's name. */
export const S3_DENIED =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>';

export function defaultContent(instanceId = '4701'): SiteContent {
  const storage = `https://${STORAGE_HOST}/uploads/${instanceId}`;
  return {
    code: {
      'app/views/pages/index.liquid': '---\nslug: /\nis_homepage: true\n---\n<h1>{{ context.page.title }}</h1>\n',
      'app/views/layouts/application.liquid': '<html><body>{{ content_for_layout }}</body></html>\n',
      'app/forms/contact.liquid': '---\nname: contact\n---\n',
      'app/asset_manifest.json': '{}',
      'modules/module_86/public/views/partials/menu.liquid': '<nav></nav>\n',
    },
    assets: {
      'assets/css/app.css': 'body { color: #333 }\n',
      'assets/js/app.js': 'console.log("acme");\n',
      'assets/config/site.json': '{"theme":"dark","items":[1,2]}',
      'assets/images/logo.png': PNG,
      'assets/documents/brochure.pdf': PDF,
      'assets/fonts/brand.woff2': WOFF2,
    },
    deniedAssets: [],
    brokenAssets: [],
    data: {
      users: [{ id: 1, email: 'ann@example.com', profiles: [{ id: 11, attachments: [], images: [] }] }],
      transactables: [],
      models: [
        {
          id: 101,
          model_schema_name: 'contract',
          properties: { title: 'Lease' },
          attachments: [{ id: 101, url: `${storage}/attachments/101/contract.pdf`, name: 'contract.pdf' }],
          images: [],
        },
        {
          id: 102,
          model_schema_name: 'gallery',
          properties: {},
          attachments: [],
          images: [{ id: 102, url: `${storage}/images/102/photo.jpg`, name: 'photo.jpg' }],
        },
      ],
    },
    recordFiles: { 'attachments/101/contract.pdf': PDF, 'images/102/photo.jpg': JPEG },
  };
}

interface Part {
  name: string;
  filename?: string;
  data: Buffer;
}

/** multipart/form-data, as `request`'s formData sends it. */
function parseMultipart(body: Buffer, contentType: string | undefined): Part[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!m) return [];
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
  const parts: Part[] = [];
  let at = body.indexOf(boundary);
  while (at >= 0) {
    const start = at + boundary.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(boundary, start);
    if (next < 0) break;
    const chunk = body.subarray(start + 2, next - 2); // skip CRLF after the boundary and before the next
    const split = chunk.indexOf('\r\n\r\n');
    const head = chunk.subarray(0, split).toString();
    const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    parts.push({ name, ...(filename !== undefined ? { filename } : {}), data: chunk.subarray(split + 4) });
    at = next;
  }
  return parts;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** A liquid file with an `if` that is never closed: what the platform calls a syntax error. */
function syntaxError(files: Record<string, string>): string | undefined {
  const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
  return Object.keys(files).find(
    (f) => f.endsWith('.liquid') && count(files[f]!, /\{%-?\s*if\b/g) !== count(files[f]!, /\{%-?\s*endif\b/g),
  );
}

export async function startSiteglideApi(): Promise<SiteglideApi> {
  const sites = new Map<string, Site>();
  const calls: Call[] = [];
  const jobs = new Map<string, { site: Site; kind: 'code' | 'data' | 'deploy'; polls: number; error?: string; file?: string }>();
  /** Presigned uploads by storage path, and the blobs the storage serves. */
  const blobs = new Map<string, Buffer>();
  let nextId = 1;
  let base = '';

  const json = (res: ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };

  const api = async (req: IncomingMessage, res: ServerResponse, url: URL, call: Call): Promise<number> => {
    // siteglide-cli-push adds a trailing slash to the site URL; the other commands do not.
    const site = sites.get(String(req.headers.site ?? '').replace(/\/+$/, ''));
    if (!site || req.headers.authorization !== site.token) {
      json(res, 401, { error: 'Unauthorized' });
      return 401;
    }
    const p = url.pathname.replace(/^\/api\/cli\//, '');
    const raw = await body(req);
    const job = (kind: 'code' | 'data' | 'deploy', extra: { error?: string; file?: string } = {}) => {
      const id = String(nextId++);
      jobs.set(id, { site, kind, polls: 0, ...extra });
      return id;
    };
    const status = (kind: 'code' | 'data' | 'deploy', id: string) => {
      const j = jobs.get(id);
      if (!j || j.kind !== kind || j.site !== site) return undefined;
      j.polls++;
      return j;
    };
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && p === 'pull') {
      json(res, 200, {
        asset: Object.keys(site.content.assets).map((f) => ({
          data: { physical_file_path: f, remote_url: `https://${CDN_HOST}/instances/${site.instanceId}/${f}` },
        })),
      });
    } else if (req.method === 'POST' && p === 'backup') {
      json(res, 200, { id: job('code') });
    } else if (req.method === 'GET' && (m = /^backupStatus\/(\d+)$/.exec(p))) {
      const j = status('code', m[1]!);
      if (!j) return (json(res, 404, { error: 'no such backup' }), 404);
      if (j.polls <= site.codeJobPolls) json(res, 200, { status: 'pending' });
      else {
        const key = `backups/${site.instanceId}/${m[1]}/marketplace_builder.zip`;
        blobs.set(key, makeZip(site.content.code));
        json(res, 200, { status: 'done', zip_file: { url: `https://${STORAGE_HOST}/${key}` } });
      }
    } else if (req.method === 'POST' && p === 'export') {
      json(res, 200, { id: job('data') });
    } else if (req.method === 'GET' && (m = /^exportStatus\/(\d+)$/.exec(p))) {
      const j = status('data', m[1]!);
      if (!j) return (json(res, 404, { error: 'no such export' }), 404);
      if (j.polls <= site.dataJobPolls) json(res, 200, { status: 'pending' });
      else {
        const d = site.content.data;
        json(res, 200, {
          status: 'done',
          data: { users: { results: d.users }, transactables: { results: d.transactables }, models: { results: d.models } },
        });
      }
    } else if (req.method === 'GET' && p === 'instance') {
      json(res, 200, site.instanceId);
    } else if (req.method === 'POST' && p === 'presign') {
      const { params, serviceUrl } = JSON.parse(raw.toString()) as { params: { fileName: string }; serviceUrl?: string };
      // The CLI builds the instance's presign address from MPKIT_URL by concatenation
      // (lib/presignUrl.js); the platform calls it, so a malformed one fails there.
      if (!presignUrlOk(serviceUrl, site.url)) return (json(res, 502, { error: `cannot reach ${serviceUrl}` }), 502);
      const key = `presigned/${params.fileName}`;
      json(res, 200, { url: `https://${STORAGE_HOST}/${key}?X-Amz-Signature=double`, accessUrl: `https://${STORAGE_HOST}/${key}` });
    } else if (req.method === 'POST' && p === 'assets_manifest') {
      site.received.manifests.push((JSON.parse(raw.toString()) as { manifest: Record<string, unknown> }).manifest);
      json(res, 200, {});
    } else if (req.method === 'PUT' && p === 'sync') {
      const part = parseMultipart(raw, req.headers['content-type']).find((x) => x.name === 'path');
      site.received.syncs.push(part?.data.toString() ?? '');
      json(res, 200, {});
    } else if (req.method === 'POST' && p === 'deploy' && site.refuseDeploy) {
      json(res, site.refuseDeploy, { error: 'Site is locked' });
    } else if (req.method === 'POST' && p === 'deploy') {
      const zip = parseMultipart(raw, req.headers['content-type']).find((x) => x.name === 'marketplace_builder_file_body');
      if (!zip) return (json(res, 422, { error: 'no release' }), 422);
      // The platform's upload limit answers with this bare string (siteglide-cli-push.js).
      if (zip.data.length > site.maxReleaseBytes) return (json(res, 200, 'LIMIT_FILE_SIZE'), 200);
      const files = Object.fromEntries(Object.entries(await zipEntries(zip.data)).map(([k, v]) => [k, v.toString()]));
      site.received.deploys.push(files);
      const bad = syntaxError(files);
      const quoted = site.quoteToken ? ` (request authorized by ${String(req.headers.authorization)})` : '';
      json(res, 200, { id: job('deploy', bad ? { error: `Liquid syntax error: 'if' tag was never closed${quoted}`, file: bad } : {}) });
    } else if (req.method === 'GET' && (m = /^status\/(\d+)$/.exec(p))) {
      const j = status('deploy', m[1]!);
      if (!j) return (json(res, 404, { error: 'no such deploy' }), 404);
      if (j.polls <= 1) json(res, 200, { status: 'ready_for_import' });
      else if (j.error) json(res, 200, { status: 'error', error: { error: j.error, details: { file_path: j.file } } });
      else json(res, 200, { status: 'success' });
    } else {
      json(res, 404, { error: `no route ${req.method} ${url.pathname}` });
      return 404;
    }
    call.site = site.url;
    return res.statusCode;
  };

  const files = async (req: IncomingMessage, res: ServerResponse, url: URL, host: string): Promise<number> => {
    const key = url.pathname.slice(1);
    if (host === CDN_HOST) {
      const m = /^instances\/([^/]+)\/(.+)$/.exec(key);
      const site = [...sites.values()].find((s) => s.instanceId === m?.[1]);
      const asset = m && site ? site.content.assets[m[2]!] : undefined;
      if (site && m && site.content.brokenAssets.includes(m[2]!)) {
        req.socket.destroy();
        return 0;
      }
      if (site && m && site.content.deniedAssets.includes(m[2]!)) {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end(S3_DENIED);
        return 403;
      }
      if (asset === undefined) {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>');
        return 404;
      }
      res.writeHead(200);
      res.end(asset);
      return 200;
    }
    // Storage: presigned uploads, then code zips and record files.
    if (req.method === 'PUT' && key.startsWith('presigned/')) {
      const zip = await body(req);
      const site = [...sites.values()].find((s) => key.startsWith(`presigned/instances/${s.instanceId}/`));
      if (!site) return (res.writeHead(403).end(S3_DENIED), 403);
      site.received.assetUploads.push(await zipEntries(zip));
      res.writeHead(200).end();
      return 200;
    }
    if (req.method === 'HEAD' && key.startsWith('presigned/')) {
      // The platform unpacks an upload at once and deletes it: the CLI waits for this 404.
      res.writeHead(404).end();
      return 404;
    }
    let blob = blobs.get(key);
    const upload = /^uploads\/([^/]+)\/(.+)$/.exec(key);
    if (!blob && upload) blob = toBuffer([...sites.values()].find((s) => s.instanceId === upload[1])?.content.recordFiles[upload[2]!]);
    if (!blob) {
      res.writeHead(404, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code></Error>');
      return 404;
    }
    res.writeHead(200, { 'content-length': blob.length });
    res.end(req.method === 'HEAD' ? undefined : blob);
    return 200;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://double');
    const host = String(req.headers['x-original-host'] ?? API_HOST);
    const call: Call = { method: req.method ?? 'GET', host, path: url.pathname, status: 0 };
    calls.push(call);
    const handle = host === API_HOST ? api(req, res, url, call) : files(req, res, url, host);
    handle.then(
      (s) => {
        call.status = s;
      },
      (e: Error) => {
        call.status = 500;
        if (!res.headersSent) json(res, 500, { error: e.message });
        else res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    calls,
    addSite(url, token, patch = {}) {
      const instanceId = String(4700 + sites.size + 1);
      const s: Site = {
        url,
        token,
        instanceId,
        content: defaultContent(instanceId),
        codeJobPolls: 1,
        dataJobPolls: 1,
        maxReleaseBytes: 50 * 1024 * 1024,
        ...patch,
        received: { deploys: [], assetUploads: [], manifests: [], syncs: [] },
      };
      sites.set(url.replace(/\/+$/, ''), s);
      return s;
    },
    site(url) {
      const s = sites.get(url.replace(/\/+$/, ''));
      if (!s) throw new Error(`no site ${url} in the double`);
      return s;
    },
    env: () => ({
      NODE_OPTIONS: `--import ${pathToFileURL(REDIRECT_PRELOAD).href}`,
      SITEGLIDE_DOUBLE_URL: base,
      SITEGLIDE_DOUBLE_HOSTS: [API_HOST, CDN_HOST, STORAGE_HOST].join(','),
      // 1.5 s polls become 15 ms: same counts and give-up, seconds instead of minutes.
      SITEGLIDE_TIMER_SCALE: '100',
    }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function toBuffer(v: Buffer | string | undefined): Buffer | undefined {
  return v === undefined ? undefined : Buffer.isBuffer(v) ? v : Buffer.from(v);
}

/** The presign service address the CLI hands the API: the instance's own host, the documented path. */
function presignUrlOk(serviceUrl: string | undefined, siteUrl: string): boolean {
  try {
    const u = new URL(serviceUrl ?? '');
    return u.host === new URL(siteUrl).host && u.pathname === '/api/private/urls/presign-url';
  } catch {
    return false;
  }
}
