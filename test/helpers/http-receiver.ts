import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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
  private server: Server | undefined;
  private abandoned = 0;
  private abandonWaiters: { n: number; resolve: () => void }[] = [];

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
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
    // Port 0: the kernel picks a free port, and the server reports it (see helpers/ports.ts).
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
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
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
