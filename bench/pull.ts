// `npm run bench -- pull`: what `pull-cache` saves (issue 11 item 4), on one generated site in one
// run, through the bundled CLI and a real sshd + rsync on loopback:
//
//   1. a backup with `pull-cache: off`: rsync pulls everything;
//   2. a first backup with `pull-cache: <folder>`: the same full pull, plus keeping the export;
//   3. 1% of the media files rewritten on the "host";
//   4. a backup with the kept export: rsync moves only the changed files;
//   5. a backup of the same content with `pull-cache: off`, for the same-content comparison.
//
// For each: wall time and peak RSS of the CLI (GNU time), and rsync's own --stats (files and file
// bytes sent, bytes received over ssh) from the log line the ssh session prints. Loopback moves
// hundreds of MB/s, so wall time here understates the saving over a real link: the bytes are the
// portable number, and the table projects the pull at 20 and 100 MB/s.
//
// The Actions cache (`pull-cache: actions`) cannot be reached from here. Its local cost is
// measured as @actions/cache does it (tar | zstd -T0 --long=30 to save, the reverse to restore);
// its transfer is projected from the archive's size at an assumed cache throughput.
//
// Site: BENCH_PULL_MIB (default 1024) of incompressible media in BENCH_PULL_FILES (default 3000)
// files across 30 folders (`assets`, files-path `files`), and 500 small PHP files (`code`).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { linkTree, summarizeTree } from '../src/core/pull-cache.js';
import { startSshd, sshStackMissing } from '../test/helpers/ssh-stack.js';
import { timed, type Timed } from './timed.js';

const MIB = 2 ** 20;
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (b: number) => `${(b / MIB).toFixed(1)} MiB`;

interface RsyncStats {
  transferred: number;
  files: number;
  deleted: number;
  sent: number;
  received: number;
}

/** The `[assets] rsync: …` line of a run's log (src/platforms/ssh/session.ts prints it from --stats). */
function rsyncStats(log: string, component: string): RsyncStats {
  const m = new RegExp(
    `\\[${component}\\] rsync: (\\d+) of (\\d+) files transferred, (\\d+) deleted; (\\d+) of \\d+ bytes of file content sent, (\\d+) bytes received`,
  ).exec(log);
  if (!m) throw new Error(`no rsync summary for ${component} in the log:\n${log.slice(-3000)}`);
  return { transferred: Number(m[1]), files: Number(m[2]), deleted: Number(m[3]), sent: Number(m[4]), received: Number(m[5]) };
}

async function generate(site: string, totalMiB: number, files: number): Promise<number> {
  await rm(site, { recursive: true, force: true });
  const size = Math.max(4096, Math.round((totalMiB * MIB) / files));
  for (let i = 0; i < files; i++) {
    const dir = path.join(site, 'files', `d${String(i % 30).padStart(2, '0')}`);
    if (i < 30) await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `m${String(i).padStart(5, '0')}.dat`), randomBytes(size));
  }
  await mkdir(path.join(site, 'lib'), { recursive: true });
  for (let i = 0; i < 500; i++) await writeFile(path.join(site, 'lib', `f${i}.php`), `<?php\nfunction f${i}() { return ${i}; }\n`);
  return size;
}

export async function benchPull(run: { work: string; cli: string; node: string }): Promise<void> {
  const missing = sshStackMissing();
  if (missing.length) throw new Error(`bench pull needs ${missing.join(', ')} (apt-get install openssh-server openssh-client rsync)`);
  const totalMiB = Number(process.env.BENCH_PULL_MIB ?? 1024);
  const nFiles = Number(process.env.BENCH_PULL_FILES ?? 3000);
  const work = path.join(run.work, 'pull');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const site = path.join(work, 'site');
  const fileSize = await generate(site, totalMiB, nFiles);
  const ssh = await startSshd();
  try {
    const kept = path.join(work, 'kept');
    const temp = path.join(work, 'tmp');
    await mkdir(temp, { recursive: true });
    const env = { PATH: process.env.PATH ?? '', HOME: work, RUNNER_TEMP: temp };
    const backup = async (label: string, pullCache: string): Promise<{ t: Timed; code: RsyncStats; assets: RsyncStats }> => {
      const store = path.join(work, `store-${label}`);
      // The log is on stderr; GNU time's line is appended to it.
      const t = await timed(
        run.node,
        [
          run.cli,
          'backup',
          '--platform',
          'ssh',
          '--site',
          'bench',
          '--store',
          store,
          '--components',
          'code,assets',
          '--ssh-host',
          '127.0.0.1',
          '--ssh-port',
          String(ssh.port),
          '--ssh-user',
          ssh.user,
          '--ssh-key',
          ssh.clientKey,
          '--ssh-known-hosts',
          ssh.knownHosts,
          '--site-root',
          site,
          '--files-path',
          'files',
          '--db-type',
          'none',
          '--compression',
          'none',
          '--pull-cache',
          pullCache,
        ],
        env,
      );
      await rm(store, { recursive: true, force: true });
      return { t, code: rsyncStats(t.stderr, 'code'), assets: rsyncStats(t.stderr, 'assets') };
    };

    const full = await backup('full', 'off');
    const first = await backup('first', kept);
    // 1% churn: every 100th media file gets new content of the same size.
    const changed: string[] = [];
    for (let i = 0; i < nFiles; i += 100) {
      const f = path.join(site, 'files', `d${String(i % 30).padStart(2, '0')}`, `m${String(i).padStart(5, '0')}.dat`);
      await writeFile(f, randomBytes(fileSize));
      changed.push(f);
    }
    const incremental = await backup('incremental', kept);
    const fullAfter = await backup('full-after', 'off');

    const keptAssets = path.join(kept, 'ssh', 'bench', 'production', 'assets');
    // Seeding alone, in-process: hard links of the kept tree, and the fingerprint pass.
    const seedDir = path.join(temp, 'seed-probe');
    await mkdir(seedDir);
    let t0 = performance.now();
    await linkTree(keptAssets, seedDir);
    const linkMs = performance.now() - t0;
    t0 = performance.now();
    const summary = await summarizeTree(keptAssets);
    const fingerprintMs = performance.now() - t0;
    await rm(seedDir, { recursive: true, force: true });

    // The Actions cache's local work, as @actions/cache does it (tar with zstd -T0 --long=30).
    const archive = path.join(work, 'cache.tzst');
    const save = await timed('bash', [
      '-c',
      `set -o pipefail; tar --posix -cf - -C ${q(path.dirname(keptAssets))} assets | zstd -q -T0 --long=30 -o ${q(archive)}`,
    ]);
    const archiveBytes = Number(execFileSync('stat', ['-c', '%s', archive], { encoding: 'utf8' }).trim());
    const restoreDir = path.join(work, 'cache-restore');
    await mkdir(restoreDir);
    const restore = await timed('bash', ['-c', `set -o pipefail; zstd -q -d --long=30 -c ${q(archive)} | tar -xf - -C ${q(restoreDir)}`]);
    await rm(restoreDir, { recursive: true, force: true });
    await rm(archive, { force: true });

    const contentBytes = summary.bytes;
    console.log(
      `  site: ${summary.files} media files of ${mib(fileSize)} (${mib(contentBytes)}) + 500 code files; churn: ${changed.length} files (${mib(changed.length * fileSize)}); load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    const row = (name: string, r: { t: Timed; assets: RsyncStats }) =>
      console.log(
        `  ${name.padEnd(34)} wall ${secs(r.t.ms).padStart(8)}  peak RSS ${String(Math.round(r.t.maxRssKiB / 1024)).padStart(4)} MiB  assets: ${String(r.assets.transferred).padStart(5)} of ${r.assets.files} files, ${mib(r.assets.sent).padStart(10)} of file content, ${mib(r.assets.received).padStart(10)} over ssh`,
      );
    row('1. full pull (pull-cache off)', full);
    row('2. first, kept (pull-cache folder)', first);
    row('4. incremental after 1% churn', incremental);
    row('5. full pull of the same content', fullAfter);
    const proj = (bytes: number, mbps: number) => `${(bytes / 1e6 / mbps).toFixed(1)} s`;
    for (const mbps of [20, 100]) {
      console.log(
        `  pull over a ${mbps} MB/s link (projected from the bytes received): full ${proj(fullAfter.assets.received, mbps)}, incremental ${proj(incremental.assets.received, mbps)}`,
      );
    }
    console.log(
      `  incremental / full: ${((incremental.assets.received / fullAfter.assets.received) * 100).toFixed(2)}% of the bytes, ${(incremental.t.ms / fullAfter.t.ms).toFixed(2)}x the wall time (loopback)`,
    );
    console.log(`  seeding: hard-linking the kept ${summary.files} files ${secs(linkMs)}, fingerprinting them ${secs(fingerprintMs)}`);
    console.log(
      `  Actions cache, local part: save (tar | zstd -T0 --long=30) ${secs(save.ms)} for ${mib(archiveBytes)}, restore ${secs(restore.ms)}; its transfer at an assumed 100 MB/s: ${proj(archiveBytes, 100)} each way (not measured here: no cache service)`,
    );
    // The kept export must hold the host's files as they are now, or the numbers mean nothing.
    execFileSync('diff', ['-r', '-q', path.join(site, 'files'), keptAssets]);
  } finally {
    await ssh.stop();
    if (!process.env.BENCH_KEEP) await rm(work, { recursive: true, force: true });
  }
}
