import { BlobSASPermissions, ContainerClient, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpDouble, type HttpDouble } from './http-double.js';
import { AZURITE_ACCOUNT, azuriteAccountKey, type Azurite } from './azurite.js';

// A local stand-in for the Actions results service that @actions/artifact 2+ talks to: Twirp over
// JSON (snake_case fields, unknown fields ignored, as the real client sends `mime_type` and
// more). CreateArtifact hands out a SAS URL into Azurite, so the upload itself is real Azure Blob
// traffic (Put Block, Put Block List). The artifact state kept here is what the REST routes in
// github-artifacts.ts serve too, as on GitHub where both views show the same artifacts.

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const CONTAINER = 'actions-results';
/** GitHub's default retention when an upload names none. */
const DEFAULT_RETENTION_DAYS = 90;

export interface ArtifactRecord {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  /** The numeric run id the REST API shows under `workflow_run`. */
  workflowRunId: number;
  blobName: string;
  size: number;
  digest?: string;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  finalized: boolean;
  /** Forced expiry, for artifacts GitHub has already marked expired. */
  expired?: boolean;
}

export interface ResultsDoubleOptions {
  runBackendId?: string;
  jobBackendId?: string;
  workflowRunId?: number;
}

interface TwirpCall {
  method: string;
  body: Record<string, unknown>;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    msg: string,
  ) {
    super(msg);
  }
}

function base64url(v: unknown): string {
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}

export class ResultsDouble {
  readonly artifacts = new Map<number, ArtifactRecord>();
  readonly calls: TwirpCall[] = [];
  readonly runBackendId: string;
  readonly jobBackendId: string;
  readonly workflowRunId: number;
  url = '';
  private nextId = 5000;
  private readonly token: string;
  private server?: HttpDouble;
  private readonly credential: StorageSharedKeyCredential;
  private readonly container: ContainerClient;

  constructor(
    readonly azurite: Azurite,
    opts: ResultsDoubleOptions = {},
  ) {
    this.runBackendId = opts.runBackendId ?? 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
    this.jobBackendId = opts.jobBackendId ?? 'ca395085-040a-526b-2ce8-bdc85f692774';
    this.workflowRunId = opts.workflowRunId ?? 8812345;
    const scp = `Actions.ExampleScope Actions.Results:${this.runBackendId}:${this.jobBackendId}`;
    this.token = `${base64url({ typ: 'JWT', alg: 'none' })}.${base64url({ scp, iat: Math.floor(Date.now() / 1000) })}.`;
    this.credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, azuriteAccountKey());
    this.container = new ContainerClient(`${azurite.accountUrl}/${CONTAINER}`, this.credential);
  }

  /** An unsigned JWT, as @actions/artifact only decodes it: `scp` carries the backend ids. */
  runtimeToken(): string {
    return this.token;
  }

  /** What a job step sees, as far as @actions/artifact is concerned. */
  env(): Record<string, string> {
    return { ACTIONS_RUNTIME_TOKEN: this.runtimeToken(), ACTIONS_RESULTS_URL: `${this.url}/`, GITHUB_SERVER_URL: 'https://github.com' };
  }

  async start(): Promise<string> {
    await this.container.createIfNotExists();
    this.server = await startHttpDouble((req, res) => void this.handle(req, res));
    this.url = this.server.url;
    return this.url;
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }

  /** The finalized artifacts, newest first, as both APIs list them. */
  finalized(): ArtifactRecord[] {
    return [...this.artifacts.values()]
      .filter((a) => a.finalized)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
  }

  isExpired(a: ArtifactRecord, now = Date.now()): boolean {
    return a.expired === true || a.expiresAt.getTime() <= now;
  }

  /** A finalized artifact with no blob behind it: enough for listing and deleting. */
  seed(fields: Partial<ArtifactRecord> & { name: string }): ArtifactRecord {
    const now = new Date();
    const rec: ArtifactRecord = {
      id: this.nextId++,
      runBackendId: this.runBackendId,
      jobBackendId: this.jobBackendId,
      workflowRunId: this.workflowRunId,
      blobName: `seeded/${fields.name}.zip`,
      size: 1234,
      createdAt: now,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + DEFAULT_RETENTION_DAYS * 86_400_000),
      finalized: true,
      ...fields,
    };
    this.artifacts.set(rec.id, rec);
    return rec;
  }

  /** A short-lived read-only SAS URL, like the one GitHub redirects a zip download to. */
  readUrl(a: ArtifactRecord): string {
    return this.sasUrl(a.blobName, 'r', 60_000);
  }

  blobClient(a: ArtifactRecord) {
    return this.container.getBlockBlobClient(a.blobName);
  }

  async deleteArtifact(a: ArtifactRecord): Promise<void> {
    this.artifacts.delete(a.id);
    await this.blobClient(a).deleteIfExists();
  }

  private sasUrl(blobName: string, permissions: string, ttlMs: number): string {
    const sas = generateBlobSASQueryParameters(
      { containerName: CONTAINER, blobName, permissions: BlobSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + ttlMs) },
      this.credential,
    ).toString();
    return `${this.container.getBlockBlobClient(blobName).url}?${sas}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let status = 200;
    let out: unknown;
    try {
      const u = new URL(req.url ?? '/', 'http://x');
      if (req.method !== 'POST' || !u.pathname.startsWith(SERVICE))
        throw new TwirpError(404, 'bad_route', `no handler for ${req.method} ${u.pathname}`);
      if (req.headers.authorization !== `Bearer ${this.token}`)
        throw new TwirpError(401, 'unauthenticated', 'the bearer token is not the runtime token');
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
      } catch {
        throw new TwirpError(400, 'malformed', 'body is not JSON');
      }
      const method = u.pathname.slice(SERVICE.length);
      this.calls.push({ method, body });
      if (body.workflow_run_backend_id !== this.runBackendId || body.workflow_job_run_backend_id !== this.jobBackendId) {
        throw new TwirpError(403, 'permission_denied', 'backend ids do not match the runtime token');
      }
      out = await this.dispatch(method, body);
    } catch (e) {
      const t = e instanceof TwirpError ? e : new TwirpError(500, 'internal', (e as Error).message);
      status = t.status;
      out = { code: t.code, msg: t.message };
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(out));
  }

  private inRun(name: unknown, finalized: boolean): ArtifactRecord | undefined {
    return [...this.artifacts.values()].find((a) => a.name === name && a.finalized === finalized && a.runBackendId === this.runBackendId);
  }

  private async dispatch(method: string, body: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'CreateArtifact': {
        const name = String(body.name ?? '');
        if (!name) throw new TwirpError(400, 'invalid_argument', 'name is required');
        if (this.inRun(name, true)) throw new TwirpError(409, 'already_exists', `an artifact named ${name} already exists in this run`);
        const pending = this.inRun(name, false);
        if (pending) this.artifacts.delete(pending.id);
        const now = new Date();
        const expiresAt =
          typeof body.expires_at === 'string' ? new Date(body.expires_at) : new Date(now.getTime() + DEFAULT_RETENTION_DAYS * 86_400_000);
        if (Number.isNaN(expiresAt.getTime())) throw new TwirpError(400, 'invalid_argument', 'expires_at is not a timestamp');
        const id = this.nextId++;
        const rec: ArtifactRecord = {
          id,
          name,
          runBackendId: this.runBackendId,
          jobBackendId: this.jobBackendId,
          workflowRunId: this.workflowRunId,
          blobName: `${this.runBackendId}/${this.jobBackendId}/${id}/${name}.zip`,
          size: 0,
          createdAt: now,
          updatedAt: now,
          expiresAt,
          finalized: false,
        };
        this.artifacts.set(rec.id, rec);
        return { ok: true, signed_upload_url: this.sasUrl(rec.blobName, 'racw', 3_600_000) };
      }
      case 'FinalizeArtifact': {
        const rec = this.inRun(body.name, false);
        if (!rec) throw new TwirpError(404, 'not_found', `no pending artifact named ${String(body.name)}`);
        const props = await this.blobClient(rec)
          .getProperties()
          .catch(() => undefined);
        if (!props) throw new TwirpError(400, 'failed_precondition', 'nothing was uploaded');
        // The service trusts the client's size; checking it against the blob catches a broken upload.
        if (String(props.contentLength) !== String(body.size))
          throw new TwirpError(
            400,
            'failed_precondition',
            `size ${String(body.size)} does not match the ${props.contentLength} bytes uploaded`,
          );
        rec.size = props.contentLength ?? 0;
        if (typeof body.hash === 'string') rec.digest = body.hash;
        rec.finalized = true;
        rec.updatedAt = new Date();
        return { ok: true, artifact_id: String(rec.id) };
      }
      case 'ListArtifacts': {
        const byName = typeof body.name_filter === 'string' ? body.name_filter : undefined;
        const byId = body.id_filter === undefined ? undefined : Number(body.id_filter);
        const list = this.finalized().filter(
          (a) =>
            a.runBackendId === this.runBackendId &&
            !this.isExpired(a) &&
            (byName === undefined || a.name === byName) &&
            (byId === undefined || a.id === byId),
        );
        return {
          artifacts: list.map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt.toISOString(),
            ...(a.digest ? { digest: a.digest } : {}),
          })),
        };
      }
      case 'GetSignedArtifactURL': {
        const rec = this.inRun(body.name, true);
        if (!rec) throw new TwirpError(404, 'not_found', `no artifact named ${String(body.name)}`);
        return { signed_url: this.readUrl(rec) };
      }
      case 'DeleteArtifact': {
        const rec = this.inRun(body.name, true);
        if (!rec) throw new TwirpError(404, 'not_found', `no artifact named ${String(body.name)}`);
        await this.deleteArtifact(rec);
        return { ok: true, artifact_id: String(rec.id) };
      }
      default:
        throw new TwirpError(404, 'bad_route', `unknown method ${method}`);
    }
  }
}
