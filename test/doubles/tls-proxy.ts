import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';

// The network a double sits behind when the real CLI calls fixed HTTPS hosts with no port
// (divio-cli: https://api.<zone>, https://control.<zone> and the storage URLs the API hands
// out). A loopback HTTPS_PROXY answers CONNECT to those hosts, terminates TLS with a certificate
// from a throw-away test CA and hands the decrypted connection to the double's http.Server;
// CONNECTs to any other host are refused and recorded. Python trusts the CA through
// REQUESTS_CA_BUNDLE, and `site-backup` (Node 24) reaches the same double with
// NODE_USE_ENV_PROXY=1 and NODE_EXTRA_CA_CERTS.

export interface TlsProxy {
  /** http://127.0.0.1:<port> for HTTPS_PROXY. */
  url: string;
  /** PEM of the test CA, for REQUESTS_CA_BUNDLE and NODE_EXTRA_CA_CERTS. */
  caFile: string;
  /** CONNECT requests to hosts the double does not serve (PyPI, Sentry, …), refused. */
  refused: string[];
  close(): Promise<void>;
}

/** A loopback CONNECT proxy that terminates TLS for `hosts` and hands the connections to `server`. */
export async function startTlsProxy(server: Server, hosts: string[]): Promise<TlsProxy> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'divio-tls-'));
  const f = (n: string) => path.join(dir, n);
  const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  ssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=site-backup test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  ssl(
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    f('leaf.key'),
    '-out',
    f('leaf.csr'),
    '-subj',
    `/CN=${hosts[0]}`,
  );
  await writeFile(
    f('ext.cnf'),
    `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n`,
  );
  ssl(
    'x509',
    '-req',
    '-in',
    f('leaf.csr'),
    '-CA',
    f('ca.pem'),
    '-CAkey',
    f('ca.key'),
    '-CAcreateserial',
    '-out',
    f('leaf.pem'),
    '-days',
    '2',
    '-extfile',
    f('ext.cnf'),
  );
  const secureContext = tls.createSecureContext({ key: readFileSync(f('leaf.key')), cert: readFileSync(f('leaf.pem')) });
  const refused: string[] = [];
  const sockets = new Set<net.Socket>();

  const proxy = net.createServer((sock) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
    sock.on('error', () => undefined);
    let buf = Buffer.alloc(0);
    const onData = (c: Buffer) => {
      buf = Buffer.concat([buf, c]);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      sock.off('data', onData);
      sock.pause();
      const first = buf.subarray(0, end).toString().split('\r\n')[0]!;
      const m = /^CONNECT ([^\s:]+):(\d+) HTTP\/1\.[01]$/.exec(first);
      if (!m || !hosts.includes(m[1]!) || m[2] !== '443') {
        refused.push(first);
        sock.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const rest = buf.subarray(end + 4);
      sock.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (rest.length) sock.unshift(rest);
      const secure = new tls.TLSSocket(sock, { isServer: true, secureContext });
      secure.on('error', () => undefined);
      server.emit('connection', secure);
      sock.resume();
    };
    sock.on('data', onData);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const port = (proxy.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    caFile: f('ca.pem'),
    refused,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => proxy.close(() => r()));
      server.closeAllConnections();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The environment that sends a CLI (its folder first on PATH) and `site-backup` (Node 24) through the proxy. */
export function proxyEnv(proxy: TlsProxy, binDir: string): Record<string, string> {
  return {
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    HTTPS_PROXY: proxy.url,
    REQUESTS_CA_BUNDLE: proxy.caFile,
    NODE_USE_ENV_PROXY: '1',
    NODE_EXTRA_CA_CERTS: proxy.caFile,
  };
}
