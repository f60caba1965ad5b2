import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpDouble, type HttpDouble } from './http-double.js';

// A local stand-in for api.github.com on the real REST paths. Octokit is pointed at it through
// GITHUB_API_URL (or baseUrl). Route modules (issues, artifacts) register on it; every request is
// recorded so tests can assert exactly what was called.

export interface DoubleRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface DoubleResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (req: DoubleRequest, params: string[]) => DoubleResponse | Promise<DoubleResponse>;

export class GitHubDouble {
  readonly requests: DoubleRequest[] = [];
  private readonly routes: { method: string; re: RegExp; handler: RouteHandler }[] = [];
  private server?: HttpDouble;
  url = '';

  /** `re` matches the path without the query string; its groups become `params`. */
  route(method: string, re: RegExp, handler: RouteHandler): this {
    this.routes.push({ method, re, handler });
    return this;
  }

  async start(): Promise<string> {
    this.server = await startHttpDouble((req, res) => void this.handle(req, res));
    this.url = this.server.url;
    return this.url;
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const u = new URL(req.url ?? '/', 'http://x');
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      /* not JSON */
    }
    const dreq: DoubleRequest = { method: req.method ?? 'GET', path: u.pathname, query: u.searchParams, headers: req.headers, body };
    this.requests.push(dreq);
    for (const r of this.routes) {
      const m = r.method === dreq.method ? r.re.exec(u.pathname) : null;
      if (!m) continue;
      try {
        const out = await r.handler(dreq, m.slice(1));
        res.writeHead(out.status, { 'content-type': 'application/json', ...out.headers });
        res.end(
          out.body === undefined ? '' : typeof out.body === 'string' || Buffer.isBuffer(out.body) ? out.body : JSON.stringify(out.body),
        );
      } catch (e) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: (e as Error).message }));
      }
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }));
  }
}
