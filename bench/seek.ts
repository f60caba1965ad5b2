// `npm run bench -- seek`: what seekable archives cost and what they save (issue 22).
//
// 1. Pack overhead: one generated site (BENCH_SEEK_MIB of 64 MiB random media files, default
//    1024, plus 152 MiB of SQL text) packed into a local folder with and without the seek table and
//    member index, alternating, BENCH_SEEK_RUNS times each (default 5); medians of wall time and
//    stored sizes. Same process, same files, so only the framing and per-frame hashing differ.
// 2. `restore --path` of one 1 MiB file from a backup of BENCH_SEEK_RESTORE_MIB of media (default
//    5120, the 5 GiB) stored in S3 (s3rver on loopback, behind a counting proxy): bytes
//    fetched and wall time, against the object's size.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { packDirectory } from '../src/archive/pack.js';
import { backupCommand } from '../src/commands/backup.js';
import { restoreCommand } from '../src/commands/restore.js';
import { startS3Proxy } from '../test/helpers/s3-proxy.js';
import { startS3rver } from '../test/helpers/s3rver.js';
import { testIo } from '../test/helpers/io.js';

const MiB = 1 << 20;

async function makeSite(dir: string, mib: number): Promise<void> {
  await mkdir(path.join(dir, 'media'), { recursive: true });
  for (let i = 0; i < Math.ceil(mib / 64); i++)
    await writeFile(path.join(dir, 'media', `m${String(i).padStart(3, '0')}.bin`), randomBytes(64 * MiB));
  await writeFile(path.join(dir, 'media', 'one-mib.bin'), randomBytes(MiB));
  const line = "INSERT INTO posts VALUES (1,'a fairly ordinary row of text for the bench',42,'2026-01-01');\n";
  await writeFile(path.join(dir, 'dump.sql'), line.repeat(Math.ceil((152 * MiB) / line.length)));
}

async function packOnce(dir: string, out: string, seek: boolean): Promise<{ ms: number; bytes: number }> {
  const t = process.hrtime.bigint();
  const { open } = await import('node:fs/promises');
  const fh = await open(out, 'w');
  const r = await packDirectory(
    dir,
    { compression: 'zstd', recipients: [], ...(seek ? { indexAs: 'assets.tar.zst' } : {}) },
    async (batches) => {
      for await (const b of batches) await fh.writev(b);
    },
  );
  await fh.close();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, bytes: r.bytes + (r.index ? JSON.stringify(r.index).length : 0) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchSeek(work: string): Promise<void> {
  const mib = Number(process.env.BENCH_SEEK_MIB ?? 1024);
  const runs = Number(process.env.BENCH_SEEK_RUNS ?? 5);
  const root = path.join(work, 'seek');
  await rm(root, { recursive: true, force: true });
  const site = path.join(root, 'site');
  await makeSite(site, mib);
  const plain: { ms: number; bytes: number }[] = [];
  const seek: { ms: number; bytes: number }[] = [];
  for (let i = 0; i < runs; i++) {
    plain.push(await packOnce(site, path.join(root, 'plain.tar.zst'), false));
    seek.push(await packOnce(site, path.join(root, 'seek.tar.zst'), true));
  }
  const [pm, sm] = [median(plain.map((x) => x.ms)), median(seek.map((x) => x.ms))];
  console.log(
    `  pack ${mib} MiB media + 152 MiB SQL, ${runs} runs alternating, load ${os.loadavg()[0]!.toFixed(1)}: plain ${pm.toFixed(0)} ms, seekable ${sm.toFixed(0)} ms (${(((sm - pm) / pm) * 100).toFixed(2)}%)`,
  );
  console.log(`  runs (ms): plain ${plain.map((x) => x.ms.toFixed(0)).join(' ')}; seekable ${seek.map((x) => x.ms.toFixed(0)).join(' ')}`);
  console.log(
    `  stored: plain ${plain[0]!.bytes} B, seekable ${seek[0]!.bytes} B incl. index JSON (${(((seek[0]!.bytes - plain[0]!.bytes) / plain[0]!.bytes) * 100).toFixed(3)}%)`,
  );
  await rm(root, { recursive: true, force: true });
  await benchRestorePath(root, Number(process.env.BENCH_SEEK_RESTORE_MIB ?? 5120), runs);
}

async function benchRestorePath(root: string, mib: number, runs: number): Promise<void> {
  const site = path.join(root, 'site');
  await makeSite(site, mib);

  const s3 = await startS3rver();
  const proxy = await startS3Proxy(s3.endpoint);
  try {
    const store = { ...s3.inputs('bench'), 's3-endpoint': proxy.endpoint };
    const rt = path.join(root, 'rt');
    await mkdir(rt);
    const b = await backupCommand(
      testIo(
        { platform: 'command', site: 'bench', environment: 'production', 'assets-command': `cp -a '${site}/.' "$BACKUP_OUT"`, ...store },
        { ...s3.env, RUNNER_TEMP: rt },
        root,
      ),
    );
    for (let i = 0; i < runs; i++) {
      const before = proxy.requests.length;
      const t = process.hrtime.bigint();
      await restoreCommand(
        testIo(
          {
            platform: 'command',
            site: 'bench',
            environment: 'production',
            ...store,
            'restore-dir': path.join(root, `out${i}`),
            path: 'media/one-mib.bin',
          },
          { ...s3.env, RUNNER_TEMP: rt },
          root,
        ),
      );
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const fetched = proxy.requests
        .slice(before)
        .filter((q) => q.op === 'GetObject')
        .reduce((n, q) => n + (q.responseBytes ?? 0), 0);
      const m = b.manifest!.components[0]!;
      console.log(
        `  restore --path media/one-mib.bin from ${(m.bytes / MiB).toFixed(0)} MiB in S3: ${fetched} B fetched (index ${m.index?.bytes} B), ${ms.toFixed(0)} ms`,
      );
    }
  } finally {
    await proxy.stop();
    await s3.stop();
    await rm(root, { recursive: true, force: true });
  }
}
