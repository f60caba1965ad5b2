import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, cp, lstat, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';

// The released divio-cli 4.0.5, run for real against the double in test/doubles/divio-api.ts.
//
// Install. The action installs `pip install divio-cli==4.0.5` into a venv. PyPI is not reachable
// where these tests run, so they run the unmodified release source from ../shared/real-clis with
// the dependencies Debian packages (python3-click, -requests, -attr, -boto3, -packaging,
// -dateutil, -urllib3, -tabulate, -sentry-sdk, -azure, -yaml; .ci/run installs them) and the
// stand-ins in test/doubles/divio-shims for the five Debian lacks. The copy lives in
// node_modules/.cache/site-backup-tests/divio-cli-4.0.5-<hash> with the `divio_cli/version.py` a
// pip build generates, and `bin/divio` is the console script pip would write. The action finds
// it first on PATH, as it finds any CLI already on a runner.
//
// Network. divio-cli talks only to https://api.<zone> and https://control.<zone> (and to the
// presigned storage URLs the API hands out), with no port. So the tests give it a loopback
// HTTPS_PROXY: CONNECT to a known host is answered here, TLS is terminated with a certificate
// from a throw-away test CA, and the decrypted connection goes to the double's http.Server.
// Python trusts that CA through REQUESTS_CA_BUNDLE (for the CLI's API sessions, which ignore
// it, the console script below points certifi.where() at it). `site-backup` itself runs under
// Node 24 with NODE_USE_ENV_PROXY=1 and NODE_EXTRA_CA_CERTS, so our own API client reaches the
// same double the same way.

export const DIVIO_VERSION = '4.0.5';
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SOURCE = path.resolve(ROOT, '..', 'shared', 'real-clis', `divio-cli-${DIVIO_VERSION}`);
const SHIMS = path.join(ROOT, 'test', 'doubles', 'divio-shims');
/** Debian's Python, where apt puts the python3-* packages (a pyenv or venv python3 may be first on PATH). */
export const PYTHON = '/usr/bin/python3';
/** Module -> the Debian package that ships it. */
const MODULES: Record<string, string> = {
  click: 'python3-click',
  requests: 'python3-requests',
  attr: 'python3-attr',
  boto3: 'python3-boto3',
  packaging: 'python3-packaging',
  dateutil: 'python3-dateutil',
  urllib3: 'python3-urllib3',
  tabulate: 'python3-tabulate',
  sentry_sdk: 'python3-sentry-sdk',
  'azure.storage.blob': 'python3-azure',
  yaml: 'python3-yaml',
};

/** What is missing to run the real CLI here (empty when it can run). */
export function divioMissing(): string[] {
  if (!existsSync(path.join(SOURCE, 'divio_cli', 'cli.py'))) return [`../shared/real-clis/divio-cli-${DIVIO_VERSION}`];
  if (!existsSync(PYTHON)) return [PYTHON];
  const probe = 'import importlib, sys\nfor m in sys.argv[1:]:\n    try:\n        importlib.import_module(m)\n    except ImportError:\n        print(m)';
  const r = spawnSync(PYTHON, ['-c', probe, ...Object.keys(MODULES)], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean).map((m) => MODULES[m] ?? m);
}

/** The console script pip would write, plus what the tests need (see the top of this file). */
function consoleScript(cache: string): string {
  return [
    `#!${PYTHON}`,
    'import os, sys',
    // No __pycache__ beside the stand-ins in the repository.
    'sys.dont_write_bytecode = True',
    `sys.path[0:0] = [${JSON.stringify(SHIMS)}, ${JSON.stringify(path.join(cache, 'src'))}]`,
    // divio-cli's API sessions set trust_env = False: they ignore REQUESTS_CA_BUNDLE and verify
    // against certifi.where() alone (requests reads it when first imported, just below).
    'import certifi',
    'certifi.where = lambda: os.environ["REQUESTS_CA_BUNDLE"]',
    'from divio_cli.cli import cli',
    'sys.exit(cli())',
    '',
  ].join('\n');
}

/**
 * The folder holding `divio`, installed once and kept between test runs, keyed by the version and
 * a hash of the console script and the stand-ins, so a change to either makes a new install.
 */
export async function installDivioCli(): Promise<string> {
  const hash = createHash('sha256').update(consoleScript(''));
  for (const f of readdirSync(SHIMS).sort()) hash.update(f).update(readFileSync(path.join(SHIMS, f)));
  const cache = path.join(ROOT, 'node_modules', '.cache', 'site-backup-tests', `divio-cli-${DIVIO_VERSION}-${hash.digest('hex').slice(0, 12)}`);
  const bin = path.join(cache, 'bin', 'divio');
  if (existsSync(bin)) return path.dirname(bin);
  const tmp = `${cache}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(path.join(tmp, 'bin'), { recursive: true });
  // A copy: ../shared is read-only in CI, and a build adds version.py.
  await cp(SOURCE, path.join(tmp, 'src'), { recursive: true });
  // The copy keeps the read-only modes of ../shared; make it ours, or nobody but root could
  // write version.py into it or remove it again (npm ci empties node_modules).
  const own = async (p: string): Promise<void> => {
    const st = await lstat(p);
    if (st.isSymbolicLink()) return;
    await chmod(p, st.mode | 0o200);
    if (st.isDirectory()) for (const e of await readdir(p)) await own(path.join(p, e));
  };
  await own(path.join(tmp, 'src'));
  await writeFile(path.join(tmp, 'src', 'divio_cli', 'version.py'), `version = ${JSON.stringify(DIVIO_VERSION)}\n`);
  await writeFile(path.join(tmp, 'bin', 'divio'), consoleScript(cache), { mode: 0o755 });
  try {
    await rename(tmp, cache);
  } catch (e) {
    // Another worker won the race: its copy is the same.
    if (!existsSync(bin)) throw e;
    await rm(tmp, { recursive: true, force: true });
  }
  return path.dirname(bin);
}

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
  ssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=site-backup test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  ssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f('leaf.key'), '-out', f('leaf.csr'), '-subj', `/CN=${hosts[0]}`);
  await writeFile(f('ext.cnf'), `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n`);
  ssl('x509', '-req', '-in', f('leaf.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('leaf.pem'), '-days', '2', '-extfile', f('ext.cnf'));
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

/** The environment that sends divio-cli and `site-backup` (Node 24) through the proxy. */
export function proxyEnv(proxy: TlsProxy, binDir: string): Record<string, string> {
  return {
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    HTTPS_PROXY: proxy.url,
    REQUESTS_CA_BUNDLE: proxy.caFile,
    NODE_USE_ENV_PROXY: '1',
    NODE_EXTRA_CA_CERTS: proxy.caFile,
  };
}

/** Node 24 (the action's runtime) from node_modules, and tsx to run the source without a build. */
export const NODE24 = path.join(ROOT, 'node_modules', '.bin', 'node');
export const SITE_BACKUP = ['--import', pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, path.join(ROOT, 'src', 'bin', 'cli.ts')];
