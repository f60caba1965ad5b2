// `npm run bench -- lock`: what `s3-object-lock` costs (issue 18). One generated site is backed up
// into moto's S3 server (Object Lock on) on loopback, in process, alternately without and with
// `s3-object-lock: governance`, so both see the same data, the same server and the same load.
// The lock adds, per object: the lock headers and a Content-MD5 of each part, a HeadObject after
// the upload (and a PutObjectRetention where the upload did not carry the lock), and one more
// HeadObject before the manifest. Goal: at most 5% more wall time.
//
// Size with BENCH_LOCK_MIB (default 96: moto keeps objects in a Python process, so gigabytes
// measure moto, not us) and BENCH_LOCK_RUNS (default 5 of each).
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { backupCommand } from '../src/commands/backup.js';
import { testIo } from '../test/helpers/io.js';
import { motoMissing, startMoto } from '../test/helpers/moto.js';

const MIB = 2 ** 20;
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchLock(work: string): Promise<void> {
  const missing = motoMissing();
  if (missing.length) throw new Error(`the lock bench needs ${missing.join(', ')}`);
  const mib = Number(process.env.BENCH_LOCK_MIB ?? 96);
  const runs = Number(process.env.BENCH_LOCK_RUNS ?? 5);
  const site = path.join(work, 'lock-site');
  await rm(site, { recursive: true, force: true });
  await mkdir(path.join(site, 'media'), { recursive: true });
  // Incompressible media in 4 MiB files (some objects go multipart), and a compressible dump.
  for (let i = 0; i < Math.ceil((mib * 0.75) / 4); i++) await writeFile(path.join(site, 'media', `m${i}.bin`), randomBytes(4 * MIB));
  await writeFile(
    path.join(site, 'dump.sql'),
    Buffer.from('INSERT INTO t VALUES (1, "some row text");\n'.repeat(Math.round((mib * 0.25 * MIB) / 44))),
  );
  const moto = await startMoto();
  try {
    await moto.bucket('bench-locked', { objectLock: true });
    const inputs = (lock: boolean) => ({
      platform: 'command',
      site: 'bench',
      ...moto.inputs('bench-locked', 'sites'),
      's3-storage-class': 'STANDARD',
      components: 'assets,data',
      'assets-command': `cp -a ${q(path.join(site, 'media'))}/. "$BACKUP_OUT"`,
      'data-command': `cp ${q(path.join(site, 'dump.sql'))} "$BACKUP_OUT/"`,
      ...(lock ? { 's3-object-lock': 'governance', retention: 'divio' } : {}),
    });
    const times: Record<'off' | 'governance', number[]> = { off: [], governance: [] };
    const once = async (lock: boolean) => {
      const started = performance.now();
      await backupCommand(testIo(inputs(lock), { ...moto.env, RUNNER_TEMP: work }, work));
      times[lock ? 'governance' : 'off'].push(performance.now() - started);
    };
    await once(false); // warm-up: module loading, moto's first requests
    for (let r = 0; r < runs; r++) {
      // Alternating order, so drift in the machine's load falls on both sides.
      for (const lock of r % 2 ? [true, false] : [false, true]) await once(lock);
    }
    const off = median(times.off.slice(1));
    const on = median(times.governance);
    console.log(
      `load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; ${mib} MiB site into moto, ${runs} runs each, medians:`,
    );
    console.log(
      `  unlocked   ${(off / 1000).toFixed(2)} s   (${times.off
        .slice(1)
        .map((t) => (t / 1000).toFixed(2))
        .join(', ')})`,
    );
    console.log(`  governance ${(on / 1000).toFixed(2)} s   (${times.governance.map((t) => (t / 1000).toFixed(2)).join(', ')})`);
    console.log(`  locked/unlocked: ${(on / off).toFixed(3)} (goal: at most 1.05)`);
  } finally {
    await moto.stop();
    await rm(site, { recursive: true, force: true });
  }
}
