import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

// The plumbing every node:http double shares: listen on 127.0.0.1 port 0 (the kernel picks a
// free port and the server reports it, see ports.ts), record each request line as it arrives,
// and close with every connection dropped so a keep-alive client cannot hold teardown open.
//
//   const api = await startHttpDouble((req, res) => res.writeHead(200).end('ok'));
//   ... fetch(`${api.url}/x`) ...; expect(api.requests.map((r) => r.path)).toEqual(['/x']);
//   await api.close();
//
// or, for one double per file or describe block: `const api = useHttpDouble(handler);`.

/** A request as it arrived; the body is the handler's to read. */
export interface SeenRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
}

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpDouble {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  /** Every request, in arrival order. */
  readonly requests: SeenRequest[];
  readonly server: Server;
  close(): Promise<void>;
}

export async function startHttpDouble(handler: HttpHandler): Promise<HttpDouble> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    requests.push({ method: req.method ?? '', path: u.pathname, query: Object.fromEntries(u.searchParams), headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    server,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
}

/**
 * One double for the enclosing file or describe block, started in beforeAll and closed in
 * afterAll. Its fields read the running double, so use them inside tests and hooks.
 */
export function useHttpDouble(handler: HttpHandler): HttpDouble {
  let double: HttpDouble | undefined;
  beforeAll(async () => {
    double = await startHttpDouble(handler);
  });
  afterAll(async () => {
    await double?.close();
  });
  const running = (): HttpDouble => {
    if (!double) throw new Error('useHttpDouble: the double runs only between beforeAll and afterAll; read it inside a test or hook');
    return double;
  };
  return {
    get url() {
      return running().url;
    },
    get port() {
      return running().port;
    },
    get requests() {
      return running().requests;
    },
    get server() {
      return running().server;
    },
    close: () => running().close(),
  };
}
