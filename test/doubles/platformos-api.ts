import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { JPEG, makeZip, PDF, PNG, zipEntries } from './fixtures.js';

// A loopback double of one platformOS instance, written from pos-cli 6.4.0's source (the copy in
// ../shared/real-clis): lib/proxy.js (every endpoint under <url>/api/app_builder, `Authorization:
// Token <t>`), lib/apiRequest.js (a non-2xx answer becomes "Request failed with status N"),
// lib/data/waitForStatus.js (pending states, `done`/`success`, `failed`), bin/pos-cli-pull.js and
// -modules-pull.js (marketplace_releases/backup, `zip_file.url`), bin/pos-cli-data-export.js
// (exports, `?csv_export=true`, `zip_file_url` or `data.{users,transactables,models}.results`),
// lib/data/fetchFiles.js (record files by HEAD then GET), bin/pos-cli-data-import.js and
// lib/data/uploadFiles.js (instance id, presigned PUTs via /api/private/urls/presign-url, imports
// with `import.data` or `zip_file_url`, `?csv_import=true`), bin/pos-cli-data-clean.js (data_clean,
// 422 where disabled), bin/pos-cli-modules-list.js (installed_modules `{data}`), lib/push.js and
// lib/deploy/* (marketplace_releases multipart upload, ready_for_import -> success with a report,
// `error` with details, the assets zip PUT, the HEAD that waits for it to be unpacked, and
// assets_manifest).
//
// It also plays the egress of a locked-down runner: an HTTP proxy (for NODE_USE_ENV_PROXY) that
// refuses every CONNECT and records the hosts asked for, so a test can show that pos-cli's
// telemetry to api.raygun.io is unreachable and that nothing tried to reach it.

export type Fault =
  /** installed_modules answers 500: `modules list` prints nothing and exits 0. */
  | 'modules-list-500'
  /** The CSV export zip is served cut short with a 200: pos-cli saves it and says Done. */
  | 'export-zip-truncated'
  /** Every presigned PUT answers 500: a JSON import drops the record's files and exits 0. */
  | 'upload-500'
  /** data_clean answers 422 (clean is disabled on this instance). */
  | 'clean-disabled'
  /** Export jobs end with status `failed`: pos-cli prints "Export failed" and exits 0. */
  | 'export-failed'
  /** The deploy ends in status `error` with a Liquid syntax error. */
  | 'deploy-error';

export interface InstanceContent {
  /** What `pos-cli pull` gets: app/... entries. */
  app: Record<string, string | Buffer>;
  /** Installed modules and their files (relative to modules/<name>/). */
  modules: Record<string, Record<string, string | Buffer>>;
  /** The CSV export: file name -> CSV text. */
  csv: Record<string, string>;
  /** The JSON export's records; record file URLs point at /files/<key> on this double. */
  data: { users: unknown[]; transactables: unknown[]; models: unknown[] };
  /** Files served under /files/<key>. */
  files: Record<string, Buffer>;
}

export interface Received {
  /** Every API request, `METHOD /path?query`. */
  requests: string[];
  /** Deploys: the release zip's entries, and partial_deploy. */
  deploys: { partial: string; files: Record<string, Buffer> }[];
  /** Asset manifests sent after a deploy. */
  assetManifests: unknown[];
  /** Imports: the JSON body as sent, and for --zip the uploaded zip's entries. */
  imports: { body: Record<string, unknown>; zip?: Record<string, Buffer> }[];
  /** data_clean bodies. */
  cleans: unknown[];
  /** Presigned uploads that arrived: key -> bytes. */
  uploads: Record<string, Buffer>;
  /** Hosts asked of the egress proxy (CONNECT host:port). */
  proxied: string[];
}

export interface PosInstance {
  url: string;
  token: string;
  email: string;
  content: InstanceContent;
  /** Polls answered with a pending state before a job finishes. pos-cli polls every 5 s. */
  pendingPolls: number;
  faults: Set<Fault>;
  received: Received;
  /** The egress proxy's URL, for HTTPS_PROXY. */
  proxyUrl: string;
  close(): Promise<void>;
}

/** A small instance: an app, two modules, CSVs, and records with an attachment and an image. */
export function defaultContent(url: string): InstanceContent {
  return {
    app: {
      'app/views/pages/index.liquid': '<h1>{{ context.page.title }}</h1>\n',
      'app/graphql/posts/search.graphql': 'query { records(per_page: 20) { total_entries } }\n',
      'app/schema/post.yml': 'name: post\nproperties:\n  - name: title\n    type: string\n',
      'app/config.yml': 'escape_output_instead_of_sanitize: true\n',
      'app/assets/styles/app.css': 'body { margin: 0; }\n',
      'app/assets/images/logo.png': PNG,
    },
    modules: {
      user: { 'public/views/partials/user.liquid': 'user module\n', 'template-values.json': '{"machine_name":"user","version":"5.1.0"}\n' },
      core: { 'public/views/partials/core.liquid': 'core module\n', 'template-values.json': '{"machine_name":"core","version":"2.0.4"}\n' },
    },
    csv: {
      'models.csv': 'id,schema_name,properties\n1,post,"{""title"":""Hello""}"\n2,post,"{""title"":""World""}"\n',
      'users.csv': 'id,email\n7,ada@example.com\n',
    },
    data: {
      users: [
        { id: 7, email: 'ada@example.com', profiles: [{ id: 70, profile_type: 'default', properties: {}, attachments: [], images: [] }] },
      ],
      transactables: [],
      models: [
        {
          id: 1,
          model_schema: 'post',
          properties: { title: 'Hello' },
          attachments: [{ id: 101, name: 'contract.pdf', url: `${url}/files/attachments/101/contract.pdf` }],
          images: [],
        },
        {
          id: 2,
          model_schema: 'post',
          properties: { title: 'World' },
          attachments: [],
          images: [{ id: 102, name: 'photo.jpg', url: `${url}/files/images/102/photo.jpg` }],
        },
      ],
    },
    files: { 'attachments/101/contract.pdf': PDF, 'images/102/photo.jpg': JPEG },
  };
}

interface Job {
  kind: 'app' | 'export' | 'import' | 'clean' | 'deploy';
  polls: number;
  csv: boolean;
  module?: string;
  releaseZip?: string;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' });
  res.end(text);
}

/** multipart/form-data as pos-cli's FormData sends it, parsed by the platform's own Web API. */
async function formData(req: IncomingMessage, raw: Buffer): Promise<FormData> {
  return new Response(raw, { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();
}

export async function startPosInstance(
  opts: { token?: string; email?: string; pendingPolls?: number; faults?: Fault[] } = {},
): Promise<PosInstance> {
  const jobs = new Map<string, Job>();
  let nextId = 1;
  const newJob = (j: Omit<Job, 'polls'>): string => {
    const id = String(nextId++);
    jobs.set(id, { ...j, polls: 0 });
    return id;
  };
  const inst = {
    token: opts.token ?? 'pos-token-0815',
    email: opts.email ?? 'ci@acme.example',
    pendingPolls: opts.pendingPolls ?? 0,
    faults: new Set(opts.faults ?? []),
    received: { requests: [], deploys: [], assetManifests: [], imports: [], cleans: [], uploads: {}, proxied: [] } as Received,
  } as PosInstance;

  /** A job's state for this poll: pending until `pendingPolls` polls were answered. */
  const pending = (j: Job): boolean => j.polls++ < inst.pendingPolls;

  const api = async (req: IncomingMessage, res: ServerResponse, route: string, query: URLSearchParams, raw: Buffer): Promise<void> => {
    const m = req.method!;
    let g: RegExpExecArray | null;
    if (m === 'POST' && route === 'marketplace_releases/backup') {
      const form = await formData(req, raw);
      const module = form.get('module_name');
      return send(res, 200, { id: newJob({ kind: 'app', csv: false, ...(typeof module === 'string' ? { module } : {}) }) });
    }
    if (m === 'POST' && route === 'marketplace_releases') {
      const form = await formData(req, raw);
      const zip = form.get('marketplace_builder[zip_file]');
      if (!(zip instanceof Blob)) return send(res, 422, { error: 'no zip_file' });
      const files = await zipEntries(Buffer.from(await zip.arrayBuffer()));
      inst.received.deploys.push({ partial: String(form.get('marketplace_builder[partial_deploy]')), files });
      return send(res, 200, { id: newJob({ kind: 'deploy', csv: false }) });
    }
    if (m === 'GET' && (g = /^marketplace_releases\/(\d+)$/.exec(route))) {
      const j = jobs.get(g[1]!);
      if (!j) return send(res, 404, { error: 'not found' });
      if (j.kind === 'deploy') {
        // lib/push.js: ready_for_import and in_progress keep polling (every second).
        if (pending(j)) return send(res, 200, { id: g[1], status: j.polls === 1 ? 'ready_for_import' : 'in_progress' });
        if (inst.faults.has('deploy-error')) {
          // Verbose, as a platform error may be: it quotes the request's Authorization header,
          // and pos-cli prints the error as it is.
          const error = `Liquid syntax error: Unknown tag 'endfor' (request: ${String(req.headers.authorization)})`;
          return send(res, 200, { id: g[1], status: 'error', error: { error, details: { file_path: 'app/views/pages/index.liquid' } } });
        }
        const d = inst.received.deploys.at(-1)!;
        return send(res, 200, {
          id: g[1],
          status: 'success',
          report: { Page: { upserted: Object.keys(d.files).filter((f) => f.includes('/views/pages/')), deleted: [], skipped: [] } },
        });
      }
      if (pending(j)) return send(res, 200, { id: g[1], status: 'ready_for_export' });
      if (inst.faults.has('export-failed')) return send(res, 200, { id: g[1], status: 'failed' });
      return send(res, 200, { id: g[1], status: 'success', zip_file: { url: `${inst.url}/files/jobs/${g[1]}.zip` } });
    }
    if (m === 'POST' && route === 'exports') {
      return send(res, 200, { id: newJob({ kind: 'export', csv: query.get('csv_export') === 'true' }) });
    }
    if (m === 'GET' && (g = /^exports\/(\d+)$/.exec(route))) {
      const j = jobs.get(g[1]!);
      if (!j) return send(res, 404, { error: 'not found' });
      if (pending(j)) return send(res, 200, { id: g[1], status: { name: 'pending' } });
      if (inst.faults.has('export-failed')) return send(res, 200, { id: g[1], status: { name: 'failed' } });
      if (j.csv) return send(res, 200, { id: g[1], status: { name: 'done' }, zip_file_url: `${inst.url}/files/jobs/${g[1]}.zip` });
      const c = inst.content.data;
      return send(res, 200, {
        id: g[1],
        status: { name: 'done' },
        data: { users: { results: c.users }, transactables: { results: c.transactables }, models: { results: c.models } },
      });
    }
    if (m === 'GET' && route === 'instance') return send(res, 200, { id: 'inst-4711' });
    if (m === 'POST' && route === 'imports') {
      const body = JSON.parse(raw.toString()) as Record<string, unknown>;
      const entry: Received['imports'][number] = { body };
      if (typeof body.zip_file_url === 'string') {
        const key = new URL(body.zip_file_url).pathname.replace(/^\/s3\//, '');
        const up = inst.received.uploads[key];
        if (!up) return send(res, 422, { error: `no upload at ${key}` });
        entry.zip = await zipEntries(up);
      }
      inst.received.imports.push(entry);
      return send(res, 200, { id: newJob({ kind: 'import', csv: typeof body.zip_file_url === 'string' }) });
    }
    if (m === 'GET' && (g = /^(imports|data_clean)\/(\d+)$/.exec(route))) {
      const j = jobs.get(g[2]!);
      if (!j) return send(res, 404, { error: 'not found' });
      return send(res, 200, { id: g[2], status: pending(j) ? 'pending' : 'done' });
    }
    if (m === 'POST' && route === 'data_clean') {
      if (inst.faults.has('clean-disabled')) return send(res, 422, { error: 'Data clean is disabled for this instance' });
      inst.received.cleans.push(JSON.parse(raw.toString()));
      return send(res, 200, { id: newJob({ kind: 'clean', csv: false }) });
    }
    if (m === 'GET' && route === 'installed_modules') {
      if (inst.faults.has('modules-list-500')) return send(res, 500, { error: 'Internal Server Error' });
      return send(res, 200, { data: Object.keys(inst.content.modules) });
    }
    if (m === 'POST' && route === 'assets_manifest') {
      inst.received.assetManifests.push(JSON.parse(raw.toString()));
      return send(res, 200, {});
    }
    return send(res, 404, { error: `the double does not serve ${m} ${route}` });
  };

  /** The zip a finished app/module/CSV export job hands out. */
  const jobZip = (j: Job): Buffer => {
    if (j.kind === 'export') return makeZip(inst.content.csv);
    if (j.module) {
      const files = inst.content.modules[j.module] ?? {};
      return makeZip(Object.fromEntries(Object.entries(files).map(([f, c]) => [`modules/${j.module}/${f}`, c])));
    }
    return makeZip(inst.content.app);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const u = new URL(req.url!, inst.url);
    const raw = await buffer(req);
    inst.received.requests.push(`${req.method} ${u.pathname}${u.search}`);
    if (u.pathname.startsWith('/api/app_builder/')) {
      if (req.headers.authorization !== `Token ${inst.token}`) return send(res, 401, { error: 'Unauthorized' });
      return api(req, res, u.pathname.slice('/api/app_builder/'.length), u.searchParams, raw);
    }
    if (u.pathname === '/api/private/urls/presign-url') {
      // lib/presignUrl.js sends the token and the instance's host name, not `Authorization`.
      if (req.headers.token !== inst.token || req.headers.marketplace_domain !== new URL(inst.url).hostname)
        return send(res, 401, { error: 'Unauthorized' });
      const key = u.searchParams.get('fileName') ?? '';
      return send(res, 200, { url: `${inst.url}/s3/${key}?X-Amz-Signature=double`, accessUrl: `${inst.url}/s3/${key}` });
    }
    if (u.pathname.startsWith('/s3/')) {
      const key = decodeURIComponent(u.pathname.slice(4));
      if (req.method === 'PUT') {
        if (inst.faults.has('upload-500')) return send(res, 500, '<Error><Code>InternalError</Code></Error>');
        inst.received.uploads[key] = raw;
        return send(res, 200, '');
      }
      // An assets zip is unpacked and deleted at once; pos-cli waits until its HEAD fails.
      const up = key.endsWith('.assets_deploy.zip') ? undefined : inst.received.uploads[key];
      if (!up) return send(res, 404, '<Error><Code>NoSuchKey</Code></Error>');
      res.writeHead(200, { 'content-length': up.length });
      return void res.end(req.method === 'HEAD' ? undefined : up);
    }
    if (u.pathname.startsWith('/files/')) {
      const key = u.pathname.slice('/files/'.length);
      let data: Buffer | undefined;
      const jm = /^jobs\/(\d+)\.zip$/.exec(key);
      if (jm) {
        const j = jobs.get(jm[1]!);
        data = j ? jobZip(j) : undefined;
        if (data && j?.csv && inst.faults.has('export-zip-truncated')) data = data.subarray(0, Math.floor(data.length / 2));
      } else data = inst.content.files[key];
      if (!data) return send(res, 404, '<Error><Code>NoSuchKey</Code></Error>');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length });
      return void res.end(req.method === 'HEAD' ? undefined : data);
    }
    return send(res, 404, { error: `the double does not serve ${req.method} ${u.pathname}` });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      if (!res.headersSent) send(res, 500, { error: e.message });
      else res.destroy();
    });
  });
  // The egress proxy: refuses every tunnel, as a runner without internet access would.
  const proxy: Server = createServer((_req, res) => send(res, 403, 'no egress'));
  proxy.on('connect', (req: IncomingMessage, socket: Socket) => {
    inst.received.proxied.push(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  const listen = (s: Server) =>
    new Promise<number>((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
  inst.url = `http://127.0.0.1:${await listen(server)}`;
  inst.proxyUrl = `http://127.0.0.1:${await listen(proxy)}`;
  inst.content = defaultContent(inst.url);
  inst.close = async () => {
    server.closeAllConnections();
    proxy.closeAllConnections();
    await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => proxy.close(r))]);
  };
  return inst;
}
