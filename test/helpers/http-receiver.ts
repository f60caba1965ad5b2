import type { IncomingHttpHeaders } from 'node:http';
import { startHttpDouble, type HttpDouble } from './http-double.js';

// A loopback HTTP receiver standing in for healthchecks.io, Uptime Kuma and chat webhooks: it
// records every request (method, path, query, body) and answers as told: 200, another status, or
// never (the request is held open until the client gives up).

export interface Received {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Answer = number | 'never';

export class HttpReceiver {
  readonly requests: Received[] = [];
  /** How to answer a request for a path; 200 unless set. */
  answer: (path: string) => Answer = () => 200;
  private server: HttpDouble | undefined;
  private abandoned = 0;
  private abandonWaiters: { n: number; resolve: () => void }[] = [];

  get url(): string {
    return this.server!.url;
  }

  async start(): Promise<this> {
    this.server = await startHttpDouble((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const u = new URL(req.url ?? '/', 'http://x');
        this.requests.push({
          method: req.method ?? '',
          path: u.pathname,
          query: Object.fromEntries(u.searchParams),
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const a = this.answer(u.pathname);
        if (a === 'never') {
          // The client's timeout closes the connection: that is the proof it gave up.
          res.on('close', () => this.onAbandoned());
          return;
        }
        res.writeHead(a, { 'content-type': 'text/plain' }).end(a < 300 ? 'OK' : 'error');
      });
    });
    return this;
  }

  /** Resolves once the client has closed `n` requests that were never answered. */
  abandonedAtLeast(n: number): Promise<void> {
    if (this.abandoned >= n) return Promise.resolve();
    return new Promise((resolve) => this.abandonWaiters.push({ n, resolve }));
  }

  private onAbandoned(): void {
    this.abandoned++;
    for (const w of this.abandonWaiters.filter((x) => x.n <= this.abandoned)) w.resolve();
    this.abandonWaiters = this.abandonWaiters.filter((x) => x.n > this.abandoned);
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }
}
