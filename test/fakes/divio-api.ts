import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';

// A loopback double of the Divio API v3 routes that divio-cli uses to pull media
// (backups, backup-downloads, backup-download-service-instances), with the same JSON shapes as
// divio_cli/cloud.py reads, plus the presigned download URL.

export interface DivioDoubleOptions {
  token: string;
  appSlug?: string;
  environment?: string;
  /** `backup-fail`: the backup completes with success=FAILURE. `corrupt`: the tarball is cut short. */
  mode?: 'ok' | 'backup-fail' | 'corrupt' | 'download-error';
  /** Polls before a backup / download reports completion. */
  polls?: number;
}

export interface DivioRequest {
  method: string;
  path: string;
  auth: string | undefined;
  body: unknown;
}

export interface DivioDouble {
  url: string;
  requests: DivioRequest[];
  appUuid: string;
  close(): Promise<void>;
}

async function mediaTarball(): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'divio-media-'));
  await mkdir(path.join(dir, 'uploads'));
  await mkdir(path.join(dir, 'filer_public', 'a1'), { recursive: true });
  await writeFile(path.join(dir, 'uploads', 'team.jpg'), Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
  await writeFile(path.join(dir, 'filer_public', 'a1', 'report.pdf'), '%PDF report\n');
  const chunks: Buffer[] = [];
  const stream = tar.c({ gzip: true, cwd: dir, portable: true }, ['uploads', 'filer_public']);
  for await (const c of stream as AsyncIterable<Buffer>) chunks.push(c);
  await rm(dir, { recursive: true, force: true });
  return Buffer.concat(chunks);
}

export async function startDivioDouble(o: DivioDoubleOptions): Promise<DivioDouble> {
  const appUuid = randomUUID();
  const envUuid = randomUUID();
  const storageSi = randomUUID();
  const dbSi = randomUUID();
  const slug = o.appSlug ?? 'acme-shop';
  const envSlug = o.environment ?? 'live';
  const polls = o.polls ?? 2;
  const tarball = await mediaTarball();
  const backups = new Map<string, { polls: number; si: string }>();
  const downloads = new Map<string, { polls: number; backup: string }>();
  const requests: DivioRequest[] = [];
  let base = '';

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const u = new URL(req.url ?? '/', base);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    requests.push({ method: req.method ?? 'GET', path: u.pathname + u.search, auth: req.headers.authorization, body });

    if (u.pathname === '/files/media.tar.gz') {
      if (o.mode === 'download-error') return send(res, 500, { detail: 'storage error' });
      const data = o.mode === 'corrupt' ? tarball.subarray(0, Math.floor(tarball.length / 2)) : tarball;
      res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': String(data.length) });
      res.end(data);
      return;
    }
    if (req.headers.authorization !== `Token ${o.token}`) return send(res, 401, { detail: 'Invalid token.' });

    if (u.pathname === '/apps/v3/applications/') {
      return send(res, 200, { results: u.searchParams.get('slug') === slug ? [{ uuid: appUuid, slug }] : [], next: null });
    }
    if (u.pathname === '/apps/v3/environments/') {
      const ok = u.searchParams.get('application') === appUuid && u.searchParams.get('slug') === envSlug;
      return send(res, 200, { results: ok ? [{ uuid: envUuid, slug: envSlug }] : [], next: null });
    }
    if (u.pathname === '/apps/v3/service-instances/') {
      if (u.searchParams.get('environment') !== envUuid) return send(res, 200, { results: [], next: null });
      // Two pages, as json_response_request_paginate follows `next`.
      if (!u.searchParams.get('page')) return send(res, 200, { results: [{ uuid: dbSi, type: 'DATABASE', prefix: 'DEFAULT' }], next: `${base}/apps/v3/service-instances/?environment=${envUuid}&page=2` });
      return send(res, 200, { results: [{ uuid: storageSi, type: 'STORAGE', prefix: 'DEFAULT' }], next: null });
    }
    if (u.pathname === '/apps/v3/backups/' && req.method === 'POST') {
      const services = (body?.services as string[] | undefined) ?? [];
      if (body?.environment !== envUuid || services.length !== 1) return send(res, 400, { non_field_errors: ['bad request'] });
      const id = randomUUID();
      backups.set(id, { polls: 0, si: services[0]! });
      return send(res, 201, { uuid: id });
    }
    let m = /^\/apps\/v3\/backups\/([^/]+)\/$/.exec(u.pathname);
    if (m) {
      const b = backups.get(m[1]!);
      if (!b) return send(res, 404, { detail: 'Not found.' });
      b.polls++;
      if (b.polls < polls) return send(res, 200, { uuid: m[1], state: 'WORKING' });
      return send(res, 200, { uuid: m[1], state: 'COMPLETED', success: o.mode === 'backup-fail' ? 'FAILURE' : 'SUCCESS', service_instance_backups: [`sib-${m[1]}`] });
    }
    if (u.pathname === '/apps/v3/backup-downloads/' && req.method === 'POST') {
      const id = randomUUID();
      downloads.set(`dlsi-${id}`, { polls: 0, backup: String(body?.backup) });
      return send(res, 201, { uuid: id });
    }
    if (u.pathname === '/apps/v3/backup-download-service-instances/') {
      return send(res, 200, { results: [{ uuid: `dlsi-${u.searchParams.get('backup')}` }], next: null });
    }
    m = /^\/apps\/v3\/backup-download-service-instances\/([^/]+)$/.exec(u.pathname);
    if (m) {
      const d = downloads.get(m[1]!);
      if (!d) return send(res, 404, { detail: 'Not found.' });
      d.polls++;
      if (d.polls < polls) return send(res, 200, { uuid: m[1], ended_at: null });
      return send(res, 200, { uuid: m[1], ended_at: new Date().toISOString(), errors: [], download_url: `${base}/files/media.tar.gz` });
    }
    return send(res, 404, { detail: 'Not found.' });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => send(res, 500, { detail: e.message }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    appUuid,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
