// Shared parts of the fake platform CLIs under test/fakes/bin. Each fake accepts the argv of the
// real CLI (../shared/reference/platform-clis.md), writes the same files, and reproduces its quirks
// (exit 0 on failure, polling give-ups, prompts). Every call is appended to $FAKE_LOG as one JSON
// line with the argv and which secret variables the process could see, so tests can assert the
// exact commands and that no secret ever reached a command line.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const SECRET_VARS = ['MPKIT_URL', 'MPKIT_TOKEN', 'MPKIT_EMAIL', 'PLATFORMSH_CLI_TOKEN', 'UPSUN_CLI_TOKEN', 'DIVIO_TOKEN'];

/** Appends this call to $FAKE_LOG. */
export function record(bin, extra = {}) {
  const log = process.env.FAKE_LOG;
  if (!log) return;
  const secretsInEnv = SECRET_VARS.filter((n) => Boolean(process.env[n]));
  appendFileSync(log, JSON.stringify({ bin, argv: process.argv.slice(2), cwd: process.cwd(), secretsInEnv, pid: process.pid, ...extra }) + '\n');
}

/** `FAKE_X=a,b:2` -> Map { a => true, b => '2' }. */
export function flags(name) {
  const m = new Map();
  for (const part of (process.env[name] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const i = part.indexOf(':');
    if (i < 0) m.set(part, true);
    else m.set(part.slice(0, i), part.slice(i + 1));
  }
  return m;
}

function stateDir() {
  const d = process.env.FAKE_STATE ?? path.join(process.cwd(), '.fake-state');
  mkdirSync(d, { recursive: true });
  return d;
}

/** A counter that survives between invocations: returns 1 on the first call, 2 on the next… */
export function count(name) {
  const f = path.join(stateDir(), `count-${name}`);
  const n = (existsSync(f) ? Number(readFileSync(f, 'utf8')) : 0) + 1;
  writeFileSync(f, String(n));
  return n;
}

/** Stores a JSON value for the test to read back. */
export function saveState(name, value) {
  writeFileSync(path.join(stateDir(), name), JSON.stringify(value, null, 2));
}

export function loadState(name, fallback) {
  const f = path.join(stateDir(), name);
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : fallback;
}

export const POLL_MS = Number(process.env.FAKE_POLL_MS ?? 2);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Reads one line from stdin, as readline.question does; '' when stdin closes first. */
export function readLine() {
  return new Promise((resolve) => {
    let buf = '';
    const done = () => {
      process.stdin.pause();
      resolve(buf.split(/\r?\n/)[0]);
    };
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) done();
    });
    process.stdin.on('end', done);
    process.stdin.resume();
  });
}

export function readAllStdin() {
  return new Promise((resolve) => {
    const chunks = [];
    process.stdin.on('data', (d) => chunks.push(d));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.resume();
  });
}

export function write(file, data) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** Simple argv parser: values for the listed options, flags, and positionals. */
export function parseArgs(argv, withValue) {
  const opts = {};
  const pos = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (withValue.includes(a)) opts[a] = argv[++i];
    else if (a.startsWith('-')) opts[a] = true;
    else pos.push(a);
  }
  return { opts, pos };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of `{name: content}` with deflated entries, as the platforms' exports are. */
export function zipBuffer(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const comp = zlib.deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x800, 6);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(nameBuf.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x800, 8);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(nameBuf.length, 28);
    ch.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, nameBuf, comp);
    centrals.push(ch, nameBuf);
    offset += 30 + nameBuf.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(files).length, 8);
  eocd.writeUInt16LE(Object.keys(files).length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (d, rel) => {
    for (const e of readdirSafe(d)) {
      const p = path.join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p, r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

function readdirSafe(d) {
  try {
    return readdirSync(d, { withFileTypes: true });
  } catch {
    return [];
  }
}
