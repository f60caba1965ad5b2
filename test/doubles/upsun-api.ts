import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

// A loopback double of the Upsun (Platform.sh) API and auth server, enough for the released
// Upsun CLI (5.11.1) to run backup:create/list/restore, project:get, environment:relationships,
// db:dump, sql and mount:download/upload against it. It was written from what the CLI does:
// upsun/cli's pkg/mockapi (routes and payload shapes), its legacy PHP commands (BackupCreate,
// BackupRestore, DbDump, DbSql, Mount*, ActivityMonitor, SshConfig) and the requests the binary
// was seen to send here. Nothing is copied from that code.
//
// One server answers both the API (`<PREFIX>API_BASE_URL`) and the auth calls
// (`<PREFIX>API_AUTH_URL`): `POST /oauth2/token` swaps the API token for an access token, and
// `POST /ssh` signs the CLI's SSH key with the double's certificate authority (`ssh-keygen -s`),
// so a real sshd that trusts `caPublicKey` lets the CLI in. The certificate's key id is the user
// id `GET /users/me` returns: the CLI asks for a new certificate whenever they differ.

export interface UpsunMount {
  source: string;
  source_path: string;
}

export interface UpsunService {
  type: string;
  /** Service configuration as the deployment reports it: schemas, endpoints with privileges. */
  configuration?: Record<string, unknown>;
}

export interface UpsunEnvironmentSpec {
  id: string;
  status?: 'active' | 'inactive' | 'paused';
  type?: 'production' | 'staging' | 'development';
  /** `ssh://<user>@<host>`: the environment's SSH link for the app (`pf:ssh:<app>`). */
  sshUrl: string;
  app?: string;
  mounts?: Record<string, UpsunMount>;
  services?: Record<string, UpsunService>;
}

export interface UpsunApiOptions {
  projectId: string;
  /** The API token the CLI must present. */
  apiToken: string;
  /** The project's git URL (`repository.url`), what project:get clones. */
  repositoryUrl: string;
  environments: UpsunEnvironmentSpec[];
  /** Principals written into signed certificates: the sshd account(s) the CLI may log in as. */
  principals: string[];
  /** Backups kept per environment before a new one deletes the oldest (the platform's quota). */
  backupQuota?: number;
  /** Make backup:create's activity fail (result `failure`). */
  failBackups?: boolean;
  /** Leave `backup_name` out of the backup activity's payload: the CLI then prints no name. */
  omitBackupName?: boolean;
}

export interface UpsunBackup {
  id: string;
  environment: string;
  status: string;
  safe: boolean;
  restorable: boolean;
  automated: boolean;
  commit_id: string;
  created_at: string;
  updated_at: string;
  expires_at: string | null;
}

export interface UpsunRequest {
  method: string;
  path: string;
  body?: unknown;
}

export interface UpsunApi {
  url: string;
  userId: string;
  /** The CA's public key line, for sshd's TrustedUserCAKeys. */
  caPublicKey: string;
  /** Every request, in order (token and key bodies left out). */
  requests: UpsunRequest[];
  /** Requests the double had no route for: a test should expect none. */
  unknown: UpsunRequest[];
  backups(env: string): UpsunBackup[];
  /** Backups the quota deleted, oldest first. */
  deletedBackups: string[];
  /** Each backup restore asked for: backup id, source environment and the options posted. */
  restores: Array<{ backup: string; from: string; options: Record<string, unknown> }>;
  /** Certificates signed (key ids). */
  certificates: string[];
  addBackup(env: string, id: string, createdAt?: Date): void;
  /** Changes failBackups / omitBackupName for the requests that follow. */
  behave(b: Pick<UpsunApiOptions, 'failBackups' | 'omitBackupName'>): void;
  stop(): Promise<void>;
}

type Json = Record<string, unknown>;

const ACCESS_TOKEN_BYTES = 16;

function isoDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

export async function startUpsunApi(opts: UpsunApiOptions): Promise<UpsunApi> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'upsun-api-'));
  const caKey = path.join(dir, 'ca');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'upsun-double-ca', '-f', caKey], { stdio: 'ignore' });
  const caPublicKey = readFileSync(`${caKey}.pub`, 'utf8').trim();
  const userId = 'a1b2c3d4-0000-4000-8000-000000000001';
  const accessToken = randomBytes(ACCESS_TOKEN_BYTES).toString('hex');
  const requests: UpsunRequest[] = [];
  const unknown: UpsunRequest[] = [];
  const backupStore = new Map<string, UpsunBackup[]>();
  const deletedBackups: string[] = [];
  const restores: UpsunApi['restores'] = [];
  const certificates: string[] = [];
  const activities = new Map<string, Json>();
  const envs = new Map(opts.environments.map((e) => [e.id, e]));
  const p = opts.projectId;
  let serial = 0;
  const started = new Date('2026-01-01T00:00:00Z').getTime();
  // Monotonic timestamps: backups sort by creation time, and two in one second must not tie.
  const tick = () => new Date(started + ++serial * 60_000);

  const project = () => ({
    id: p,
    title: 'Shop',
    region: 'eu-5.platform.sh',
    organization: 'org-1',
    vendor: 'upsun',
    default_branch: 'production',
    status: 'active',
    repository: { url: opts.repositoryUrl, client_ssh_key: '' },
    created_at: isoDate(new Date(started)),
    updated_at: isoDate(new Date(started)),
    _links: {
      self: { href: `/projects/${p}` },
      environments: { href: `/projects/${p}/environments` },
    },
  });

  const envBody = (e: UpsunEnvironmentSpec) => {
    const base = `/projects/${p}/environments/${e.id}`;
    const app = e.app ?? 'app';
    const active = (e.status ?? 'active') === 'active';
    return {
      id: e.id,
      name: e.id,
      machine_name: `${e.id}-abc1234`,
      title: e.id,
      type: e.type ?? (e.id === 'production' ? 'production' : 'staging'),
      status: e.status ?? 'active',
      parent: e.id === 'production' ? null : 'production',
      project: p,
      is_dirty: false,
      is_main: e.id === 'production',
      has_code: true,
      head_commit: '0123456789abcdef0123456789abcdef01234567',
      created_at: isoDate(new Date(started)),
      updated_at: isoDate(new Date(started)),
      _links: {
        self: { href: base },
        '#edit': { href: base },
        backups: { href: `${base}/backups` },
        // Operations the CLI checks with operationAvailable(): only offered on an active environment.
        ...(active ? { '#backup': { href: `${base}/backups` } } : {}),
        [`pf:ssh:${app}`]: { href: e.sshUrl },
        ssh: { href: e.sshUrl },
      },
    };
  };

  const deployment = (e: UpsunEnvironmentSpec) => {
    const app = e.app ?? 'app';
    return {
      id: 'current',
      webapps: { [app]: { name: app, type: 'php:8.3', size: 'AUTO', disk: 2048, mounts: e.mounts ?? {}, relationships: {} } },
      services: Object.fromEntries(
        Object.entries(e.services ?? {}).map(([k, s]) => [
          k,
          { name: k, type: s.type, size: 'AUTO', disk: 1024, configuration: s.configuration ?? {} },
        ]),
      ),
      workers: {},
      routes: {},
      _links: { self: { href: `/projects/${p}/environments/${e.id}/deployments/current` } },
    };
  };

  const backupBody = (b: UpsunBackup) => ({
    ...b,
    _links: {
      self: { href: `/projects/${p}/environments/${b.environment}/backups/${b.id}` },
      '#restore': { href: `/projects/${p}/environments/${b.environment}/backups/${b.id}/restore` },
      '#delete': { href: `/projects/${p}/environments/${b.environment}/backups/${b.id}` },
    },
  });

  const newActivity = (type: string, env: string, payload: Json, ok: boolean): Json => {
    const id = `act${String(++serial).padStart(6, '0')}`;
    const now = isoDate(tick());
    const a: Json = {
      id,
      type,
      state: 'complete',
      result: ok ? 'success' : 'failure',
      completion_percent: 100,
      project: p,
      environments: [env],
      description: `${type} on ${env}`,
      text: `${type} on ${env}`,
      payload,
      log: ok ? 'done' : 'failed',
      created_at: now,
      updated_at: now,
      started_at: now,
      completed_at: now,
      _links: {
        self: { href: `/projects/${p}/activities/${id}` },
        log: { href: `/projects/${p}/activities/${id}/log` },
      },
    };
    activities.set(id, a);
    return a;
  };

  const addBackup = (env: string, id: string, createdAt = tick()): UpsunBackup => {
    const list = backupStore.get(env) ?? [];
    const b: UpsunBackup = {
      id,
      environment: env,
      status: 'CREATED',
      safe: true,
      restorable: true,
      automated: false,
      commit_id: '0123456789abcdef0123456789abcdef01234567',
      created_at: isoDate(createdAt),
      updated_at: isoDate(createdAt),
      expires_at: null,
    };
    list.push(b);
    // The platform's quota: the oldest manual backup goes when a new one exceeds it.
    while (opts.backupQuota !== undefined && list.length > opts.backupQuota) deletedBackups.push(list.shift()!.id);
    backupStore.set(env, list);
    return b;
  };

  const readBody = async (req: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const sign = (publicKey: string): string => {
    const work = path.join(dir, `cert-${++serial}`);
    mkdirSync(work);
    writeFileSync(path.join(work, 'key.pub'), publicKey.trim() + '\n');
    execFileSync(
      'ssh-keygen',
      ['-q', '-s', caKey, '-I', userId, '-n', opts.principals.join(','), '-V', '-5m:+1h', path.join(work, 'key.pub')],
      { stdio: 'ignore' },
    );
    certificates.push(userId);
    return readFileSync(path.join(work, 'key-cert.pub'), 'utf8');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://double');
    const method = req.method ?? 'GET';
    const raw = method === 'GET' ? '' : await readBody(req);
    const pathname = url.pathname.replace(/\/{2,}/g, '/');
    const rec: UpsunRequest = { method, path: pathname };
    let body: Json = {};
    if (raw) {
      try {
        body = JSON.parse(raw) as Json;
      } catch {
        body = Object.fromEntries(new URLSearchParams(raw));
      }
    }
    // Token and key bodies stay out of the record; the rest is what the tests assert.
    if (pathname !== '/oauth2/token' && pathname !== '/ssh' && raw) rec.body = body;
    requests.push(rec);

    if (method === 'POST' && pathname === '/oauth2/token') {
      if (body.grant_type === 'api_token' && body.api_token === opts.apiToken) {
        send(res, 200, { access_token: accessToken, expires_in: 3600, token_type: 'bearer' });
      } else {
        // Quoting what was presented, as a verbose auth server may: the CLI prints the description.
        send(res, 400, { error: 'invalid_grant', error_description: `Invalid API token: ${String(body.api_token)}` });
      }
      return;
    }
    if (req.headers.authorization !== `Bearer ${accessToken}`) {
      send(res, 401, { status: 'error', code: 401, message: 'Unauthorized', title: 'Unauthorized' });
      return;
    }
    if (method === 'POST' && pathname === '/ssh') {
      send(res, 200, { certificate: sign(String(body.key ?? '')) });
      return;
    }
    if (method === 'GET' && (pathname === '/users/me' || pathname === '/me')) {
      send(res, 200, {
        id: userId,
        uuid: userId,
        username: 'backup-bot',
        display_name: 'Backup Bot',
        email: 'backup-bot@example.com',
        email_verified: true,
        first_name: 'Backup',
        last_name: 'Bot',
        deactivated: false,
        ssh_keys: [],
        projects: [],
        created_at: isoDate(new Date(started)),
        updated_at: isoDate(new Date(started)),
      });
      return;
    }
    // How the CLI lists the projects a user can see (a project id it cannot find ends here).
    if (method === 'GET' && pathname === `/users/${userId}/extended-access`) {
      const grant = {
        resource_id: p,
        resource_type: 'project',
        organization_id: 'org-1',
        user_id: userId,
        permissions: ['admin'],
        granted_at: isoDate(new Date(started)),
        updated_at: isoDate(new Date(started)),
      };
      return send(res, 200, {
        items: [grant],
        _links: { 'ref:projects:0': { href: `/ref/projects?in=${p}` }, 'ref:organizations:0': { href: '/ref/organizations?in=org-1' } },
      });
    }
    if (method === 'GET' && pathname === '/ref/projects') {
      const ref = {
        id: p,
        region: 'eu-5.platform.sh',
        title: 'Shop',
        status: 'active',
        organization_id: 'org-1',
        subscription_id: '1',
        vendor: 'upsun',
        created_at: isoDate(new Date(started)),
        updated_at: isoDate(new Date(started)),
      };
      return send(res, 200, Object.fromEntries((url.searchParams.get('in') ?? '').split(',').map((id) => [id, id === p ? ref : null])));
    }
    if (method === 'GET' && pathname === '/ref/organizations') {
      return send(res, 200, { 'org-1': { id: 'org-1', type: 'flexible', name: 'acme', label: 'Acme', owner_id: userId } });
    }
    let m: RegExpExecArray | null;
    if ((m = /^\/projects\/([^/]+)(\/.*)?$/.exec(pathname))) {
      if (m[1] !== p) {
        send(res, 404, { status: 'error', code: 404, message: 'Not Found', title: 'Not Found' });
        return;
      }
      const rest = m[2] ?? '';
      if (method === 'GET' && rest === '') return send(res, 200, project());
      if (method === 'GET' && rest === '/environments') return send(res, 200, [...envs.values()].map(envBody));
      if ((m = /^\/activities\/([^/]+)(\/log)?$/.exec(rest)) || (m = /^\/environments\/[^/]+\/activities\/([^/]+)(\/log)?$/.exec(rest))) {
        const a = activities.get(m[1]!);
        if (!a) return send(res, 404, { status: 'error', code: 404, message: 'Not Found' });
        if (m[2]) {
          // The log stream: JSON lines, the last one the seal that tells the CLI the log is whole.
          res.writeHead(200, { 'content-type': 'application/x-ndjson' });
          res.end(
            `${JSON.stringify({ id: 1, timestamp: a.created_at, data: { message: `${String(a.type)}: ${String(a.log)}\n` } })}\n${JSON.stringify({ seal: true })}\n`,
          );
          return;
        }
        return send(res, 200, a);
      }
      if (method === 'GET' && /^\/environments\/[^/]+\/activities$/.test(rest)) return send(res, 200, [...activities.values()].reverse());
      if (method === 'GET' && rest === '/activities') return send(res, 200, [...activities.values()].reverse());
      if ((m = /^\/environments\/([^/]+)(\/.*)?$/.exec(rest))) {
        const e = envs.get(decodeURIComponent(m[1]!));
        if (!e) return send(res, 404, { status: 'error', code: 404, message: 'Not Found', title: 'Not Found' });
        const sub = m[2] ?? '';
        if (method === 'GET' && sub === '') return send(res, 200, envBody(e));
        if (method === 'GET' && sub === '/deployments/current') return send(res, 200, deployment(e));
        if (method === 'GET' && sub === '/backups') {
          const list = [...(backupStore.get(e.id) ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at));
          return send(res, 200, list.map(backupBody));
        }
        if (method === 'POST' && sub === '/backups') {
          if ((e.status ?? 'active') !== 'active')
            return send(res, 400, { status: 'error', code: 400, message: 'The environment is not active' });
          const id = `bk${String(++serial).padStart(4, '0')}${randomBytes(4).toString('hex')}`;
          if (!opts.failBackups) addBackup(e.id, id).safe = body.safe !== false;
          const a = newActivity(
            'environment.backup',
            e.id,
            opts.failBackups || opts.omitBackupName ? {} : { backup_name: id },
            !opts.failBackups,
          );
          return send(res, 202, { status: 'ok', code: 202, _embedded: { activities: [a] } });
        }
        if ((m = /^\/backups\/([^/]+)(\/restore)?$/.exec(sub))) {
          const b = (backupStore.get(e.id) ?? []).find((x) => x.id === m![1]);
          if (!b) return send(res, 404, { status: 'error', code: 404, message: 'Not Found', title: 'Not Found' });
          if (method === 'GET' && !m[2]) return send(res, 200, backupBody(b));
          if (method === 'POST' && m[2]) {
            restores.push({ backup: b.id, from: e.id, options: body });
            const target = typeof body.environment_name === 'string' ? body.environment_name : e.id;
            const a = newActivity('environment.restore', target, { backup_name: b.id }, true);
            return send(res, 202, { status: 'ok', code: 202, _embedded: { activities: [a] } });
          }
        }
      }
    }
    unknown.push(rec);
    send(res, 404, { status: 'error', code: 404, message: `No route for ${method} ${pathname} in the Upsun double`, title: 'Not Found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, { status: 'error', code: 500, message: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    userId,
    caPublicKey,
    requests,
    unknown,
    backups: (env) => [...(backupStore.get(env) ?? [])],
    deletedBackups,
    restores,
    certificates,
    addBackup: (env, id, createdAt) => void addBackup(env, id, createdAt),
    behave(b) {
      Object.assign(opts, b);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
