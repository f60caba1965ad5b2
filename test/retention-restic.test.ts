import { spawnSync } from 'node:child_process';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBackupId } from '../src/model/backup-id.js';
import { ZoneClock } from '../src/retention/calendar.js';
import { planRetention } from '../src/retention/planner.js';
import { ALL, COUNT_RULES, parsePolicy, type RetentionPolicy } from '../src/retention/policy.js';
import { tempDir } from './helpers/tmp.js';

// restic as the oracle. Debian's restic 0.14 runs `forget --dry-run --json` over a real restic
// repository holding a year of snapshots at the same timestamps the planner sees. 0.14 predates
// the oldest-backup rule of 0.16, so the planner is compared twice: with that rule off it must
// match restic exactly, and with it on (the default) it may keep at most the oldest backup more,
// and only with an "oldest …" reason.
//
// `restic backup` costs about 0.6 s a snapshot here (the scrypt key derivation on every start),
// so a year of them would take minutes. One real `restic backup` makes the first snapshot; the
// others are that snapshot with another time, encrypted and written by this test exactly as
// restic writes snapshot files (AES-256-CTR + Poly1305-AES under the repository's master key).
// restic checks every file's MAC when it loads it, so a mistake here fails loudly, and the
// snapshot count is checked too.

const hasRestic = spawnSync('restic', ['version'], { encoding: 'utf8' }).status === 0;
if (!hasRestic && process.env.CI)
  throw new Error('restic is not installed, and under CI the restic oracle test must run: apt-get install restic');

let repo: string;
let env: NodeJS.ProcessEnv;

function restic(args: string[]): string {
  const r = spawnSync('restic', ['--no-cache', '--quiet', ...args], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`restic ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

// --- restic's snapshot file format -------------------------------------------------------------

function le(b: Uint8Array): bigint {
  let n = 0n;
  for (let i = b.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(b[i]!);
  return n;
}

/** Poly1305 (RFC 8439) over `msg` with the 32-byte one-time key r || s. */
function poly1305(msg: Buffer, key: Buffer): Buffer {
  const p = (1n << 130n) - 5n;
  const r = le(key.subarray(0, 16)) & 0x0ffffffc0ffffffc0ffffffc0fffffffn;
  const s = le(key.subarray(16, 32));
  let acc = 0n;
  for (let i = 0; i < msg.length; i += 16) {
    const chunk = msg.subarray(i, i + 16);
    acc = ((acc + le(chunk) + (1n << BigInt(8 * chunk.length))) * r) % p;
  }
  let tag = (acc + s) & ((1n << 128n) - 1n);
  const out = Buffer.alloc(16);
  for (let i = 0; i < 16; i++, tag >>= 8n) out[i] = Number(tag & 0xffn);
  return out;
}

interface MasterKey {
  mac: { k: string; r: string };
  encrypt: string;
}

/** restic's crypto.Key.Seal with a fresh nonce: nonce || AES-256-CTR(plaintext) || Poly1305-AES(ciphertext). */
function seal(key: MasterKey, plaintext: Buffer): Buffer {
  const nonce = randomBytes(16);
  const ctr = createCipheriv('aes-256-ctr', Buffer.from(key.encrypt, 'base64'), nonce);
  const ciphertext = Buffer.concat([ctr.update(plaintext), ctr.final()]);
  const aes = createCipheriv('aes-128-ecb', Buffer.from(key.mac.k, 'base64'), null).setAutoPadding(false);
  const s = aes.update(nonce);
  const mac = poly1305(ciphertext, Buffer.concat([Buffer.from(key.mac.r, 'base64'), s]));
  return Buffer.concat([nonce, ciphertext, mac]);
}

/** A time as restic stores it: local wall clock with its offset, as a machine in `tz` would. */
function resticTime(ms: number, tz: string): string {
  const off = new ZoneClock(tz).offset(ms);
  const local = new Date(ms + off).toISOString().slice(0, 19);
  if (off === 0) return `${local}Z`;
  const a = Math.abs(off) / 60_000;
  return `${local}${off < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

function writeSnapshots(host: string, times: number[], tz: string, template: Record<string, unknown>, key: MasterKey): void {
  for (const t of times) {
    const sn = { ...template, time: resticTime(t, tz), hostname: host };
    delete (sn as { parent?: unknown }).parent;
    const file = seal(key, Buffer.from(JSON.stringify(sn)));
    writeFileSync(path.join(repo, 'snapshots', createHash('sha256').update(file).digest('hex')), file);
  }
}

// --- the histories -----------------------------------------------------------------------------

/** A deterministic generator, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * A year of nightly backups in 2025: around `hour` UTC with up to ±`jitter` minutes, a second
 * one in the afternoon every ninth day, and two weeks of nothing in August.
 */
function year(hour: number, jitter: number, seed: number): number[] {
  const rand = rng(seed);
  const out: number[] = [];
  for (let d = Date.UTC(2025, 0, 1); d < Date.UTC(2026, 0, 1); d += 86_400_000) {
    if (d >= Date.UTC(2025, 7, 4) && d < Date.UTC(2025, 7, 18)) continue;
    out.push(d + hour * 3_600_000 + Math.round((rand() * 2 - 1) * jitter * 60) * 1000);
    if (new Date(d).getUTCDate() % 9 === 0) out.push(d + 15 * 3_600_000 + Math.round(rand() * 3600) * 1000);
  }
  return out.map((t) => Math.floor(t / 1000) * 1000);
}

const UTC_TIMES = year(3, 50, 1);
// Around midnight in Berlin: the local day differs from the UTC day for many of these.
const BERLIN_TIMES = year(22, 75, 2);

// --- the comparison ----------------------------------------------------------------------------

function resticFlags(p: RetentionPolicy): string[] {
  const flags: string[] = [];
  // restic 0.14 has no `unlimited` (-1 forgot snapshots before 0.16); a count larger than the
  // number of periods means the same.
  for (const r of COUNT_RULES) if (p.counts[r] !== 0) flags.push(`--keep-${r}`, String(p.counts[r] === ALL ? 1_000_000 : p.counts[r]));
  if (p.withinMs !== undefined) flags.push('--keep-within', `${p.withinMs / 3_600_000}h`);
  return flags;
}

function resticKept(host: string, p: RetentionPolicy): Set<number> {
  const out = JSON.parse(restic(['forget', '--dry-run', '--json', '--group-by', '', '--host', host, ...resticFlags(p)])) as {
    keep: { time: string }[] | null;
    remove: unknown[] | null;
  }[];
  expect(out).toHaveLength(1);
  return new Set((out[0]!.keep ?? []).map((s) => Date.parse(s.time)));
}

function plannerKept(times: number[], p: RetentionPolicy, tz: string, keepOldest: boolean) {
  const plan = planRetention(
    times,
    p,
    (t) => t,
    (t) => String(t),
    { timeZone: tz, keepOldest },
  );
  return new Map(plan.keep.map((e) => [e.item, e.reasons]));
}

const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
const lines: string[] = [];

function compare(host: string, times: number[], policyText: string, tz: string): { extra: number[] } {
  const p = parsePolicy(policyText);
  const oracle = resticKept(host, p);
  const v14 = plannerKept(times, p, tz, false);
  expect([...v14.keys()].sort()).toEqual([...oracle].sort());
  const v16 = plannerKept(times, p, tz, true);
  for (const t of oracle) expect(v16.has(t)).toBe(true);
  const extra = [...v16.keys()].filter((t) => !oracle.has(t));
  // The only difference 0.16 makes: the oldest backup, kept for an "oldest …" reason alone.
  expect(extra.length).toBeLessThanOrEqual(1);
  for (const t of extra) {
    expect(t).toBe(Math.min(...times));
    expect(v16.get(t)!.every((r) => r.startsWith('oldest '))).toBe(true);
  }
  lines.push(
    `${p.text.padEnd(52)} ${tz.padEnd(13)} restic 0.14 kept ${String(oracle.size).padStart(3)} of ${times.length}; planner (0.14 mode) kept ${String(v14.size).padStart(3)}, identical; ` +
      (extra.length ? `0.16 adds the oldest ${iso(extra[0]!)} (${v16.get(extra[0]!)!.join(', ')})` : '0.16 adds nothing'),
  );
  return { extra };
}

describe.skipIf(!hasRestic)('retention planner against restic forget', () => {
  beforeAll(async () => {
    const dir = await tempDir('sba-restic-');
    repo = path.join(dir, 'repo');
    const data = path.join(dir, 'data');
    mkdirSync(data);
    writeFileSync(path.join(data, 'x'), 'x');
    env = { PATH: process.env.PATH, HOME: dir, TZ: 'UTC', RESTIC_PASSWORD: 'oracle', RESTIC_REPOSITORY: repo };
    const started = Date.now();
    restic(['init']);
    restic(['backup', '--host', 'utc', '--time', iso(UTC_TIMES[0]!).replace('T', ' ').replace('Z', ''), data]);
    const [first] = JSON.parse(restic(['snapshots', '--json'])) as { id: string }[];
    const key = JSON.parse(restic(['cat', 'masterkey'])) as MasterKey;
    const template = JSON.parse(restic(['cat', 'snapshot', first!.id])) as Record<string, unknown>;
    writeSnapshots('utc', UTC_TIMES.slice(1), 'UTC', template, key);
    writeSnapshots('berlin', BERLIN_TIMES, 'Europe/Berlin', template, key);
    const all = JSON.parse(restic(['snapshots', '--json'])) as { time: string; hostname: string }[];
    expect(
      all
        .filter((s) => s.hostname === 'utc')
        .map((s) => Date.parse(s.time))
        .sort(),
    ).toEqual([...UTC_TIMES].sort());
    expect(
      all
        .filter((s) => s.hostname === 'berlin')
        .map((s) => Date.parse(s.time))
        .sort(),
    ).toEqual([...BERLIN_TIMES].sort());
    lines.push(
      `restic repository with ${all.length} snapshots built in ${((Date.now() - started) / 1000).toFixed(1)} s (${readdirSync(path.join(repo, 'snapshots')).length} snapshot files)`,
    );
  });

  const policies = [
    'divio',
    'divio-on-demand',
    'plantanapp',
    'plantanapp-manual',
    'aegir',
    'monthly=24',
    'weekly=60',
    'last=5,hourly=36,daily=10,weekly=6,monthly=4,yearly=2',
    'within=45d,monthly=3',
    'daily=all',
  ];
  for (const policy of policies) {
    it(`keeps what restic keeps: ${policy} (UTC)`, () => {
      compare('utc', UTC_TIMES, policy, 'UTC');
    });
  }

  it('shows the 0.16 oldest rule where a count is left at the oldest backup', () => {
    expect(compare('utc', UTC_TIMES, 'monthly=24', 'UTC').extra).toEqual([Math.min(...UTC_TIMES)]);
    expect(compare('utc', UTC_TIMES, 'divio', 'UTC').extra).toEqual([]);
  });

  for (const policy of ['hourly=48,daily=40,weekly=10', 'daily=all', 'divio', 'plantanapp']) {
    it(`keeps what restic keeps in Europe/Berlin, DST included: ${policy}`, () => {
      compare('berlin', BERLIN_TIMES, policy, 'Europe/Berlin');
      // The zone matters for these times: read in UTC, the plan differs.
      if (policy === 'daily=all') {
        const utcPlan = plannerKept(BERLIN_TIMES, parsePolicy(policy), 'UTC', false);
        expect([...utcPlan.keys()].sort()).not.toEqual([...resticKept('berlin', parsePolicy(policy))].sort());
      }
    });
  }

  it('site-backup prune --dry-run on a local store prints the same kept set as restic forget', async () => {
    const store = await tempDir('sba-restic-store-');
    for (const t of UTC_TIMES) {
      const dir = path.join(store, 'acme', 'production', makeBackupId(new Date(t), 'scheduled', 'r1'));
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'data.tar.zst'), 'x');
      writeFileSync(path.join(dir, 'manifest.json'), '{}');
    }
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.resolve('src/bin/cli.ts'), 'prune', '--site', 'acme', '--store', store, '--retention', 'divio', '--dry-run'],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const keptIds = [...cli.stderr.matchAll(/^KEPT\s+(\S+)/gm)].map((m) => m[1]!);
    const removeIds = [...cli.stderr.matchAll(/^WOULD REMOVE\s+(\S+)/gm)].map((m) => m[1]!);
    const oracle = resticKept('utc', parsePolicy('divio'));
    expect(keptIds.map((id) => Date.parse(id.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z.*/, '$1-$2-$3T$4:$5:$6Z'))).sort()).toEqual(
      [...oracle].sort(),
    );
    expect(keptIds.length + removeIds.length).toBe(UTC_TIMES.length);
    expect(cli.stdout).toBe(`kept=${oracle.size}\nremoved=${UTC_TIMES.length - oracle.size}\n`);
    // A dry run: every backup is still there.
    expect(readdirSync(path.join(store, 'acme', 'production'))).toHaveLength(UTC_TIMES.length);
    lines.push(
      `site-backup prune --dry-run --retention divio: KEPT ${keptIds.length}, WOULD REMOVE ${removeIds.length}; restic forget keeps ${oracle.size}: same set`,
    );
    lines.push(
      ...cli.stderr
        .split('\n')
        .filter((l) => l.startsWith('KEPT'))
        .slice(0, 25)
        .map((l) => `  ${l}`),
    );
    console.log(['', 'restic oracle comparison:', ...lines].join('\n'));
  });
});
