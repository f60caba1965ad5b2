import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { checkBackup } from '../src/core/verify.js';
import { startProgress } from '../src/report/progress.js';
import type { Reporter } from '../src/report/reporter.js';
import { LocalStore } from '../src/stores/local.js';
import { archivePlace } from '../src/formats/index.js';
import type { BackupRef, Store } from '../src/stores/store.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// Progress lines say what is happening (exporting, packing and uploading, downloading,
// extracting) with the bytes and rate where they are known. Driven by line() with our own clock,
// so no test waits on a timer.

const quiet: Reporter = { info: () => {}, warn: () => {}, error: () => {}, setSecret: () => {} };

describe('progress lines', () => {
  it('an export counts the files and bytes its folder holds so far, then packing counts what was stored', async () => {
    let t = 0;
    const p = startProgress('code', quiet, 3_600_000, () => t, { phase: 'exporting' });
    try {
      t = 2000;
      expect(await p.line()).toBe('code: exporting, 2.0s so far');
      const dir = await tempDir('sba-progress-');
      p.phase('exporting', { dir });
      await mkdir(path.join(dir, 'theme'));
      await writeFile(path.join(dir, 'index.php'), Buffer.alloc(1024 * 1024));
      await writeFile(path.join(dir, 'theme/app.css'), Buffer.alloc(1024 * 1024));
      t = 4000;
      expect(await p.line()).toMatch(/^code: exporting, 2 files, 2\.0 MiB so far, 1\.0 MB\/s \(avg 1\.0 MB\/s\), 2\.0s$/);
      p.phase('packing and uploading', { noun: 'stored' });
      p.update(512 * 1024);
      t = 5000;
      expect(await p.line()).toMatch(/^code: packing and uploading, 512\.0 KiB stored, 0\.5 MB\/s \(avg 0\.5 MB\/s\), 1\.0s$/);
    } finally {
      p.stop();
    }
  });

  it('a download shows how much of the object has come and the share of its size', async () => {
    let t = 0;
    let got = 0;
    const p = startProgress('data', quiet, 3_600_000, () => t, {
      phase: 'downloading',
      total: 4 * 1024 * 1024,
      bytes: () => got,
      noun: 'downloaded',
    });
    try {
      got = 1024 * 1024;
      t = 1000;
      expect(await p.line()).toMatch(/^data: downloading, 1\.0 MiB of 4\.0 MiB \(25%\) downloaded, 1\.0 MB\/s \(avg 1\.0 MB\/s\), 1\.0s$/);
    } finally {
      p.stop();
    }
  });
});

describe('download progress in verify and restore (fetchObject)', () => {
  it('says it is downloading, how much of the object has come and the rate, while a read is slow', async () => {
    const cwd = await tempDir('sba-progress-');
    const root = path.join(cwd, 'store');
    // 2 MB of incompressible data, so the stored object is large enough to arrive in several chunks.
    const made = await backupCommand(
      testIo(
        { site: 'acme', store: root, compression: 'none', 'data-command': 'head -c 2000000 /dev/urandom > "$BACKUP_OUT/blob.bin"' },
        {},
        cwd,
      ),
    );
    const inner = new LocalStore(root);
    const lines: string[] = [];
    let sawLine!: () => void;
    // Without a progress line the read would wait for ever: after three intervals (5 s each) it
    // goes on, and the test fails saying so, instead of hanging until the runner kills it.
    let gaveUp = false;
    let guard: NodeJS.Timeout | undefined;
    const seen = new Promise<void>((r) => {
      sawLine = r;
      guard = setTimeout(() => {
        gaveUp = true;
        r();
      }, 15_000);
    });
    const log: Reporter = {
      info: (m) => {
        lines.push(m);
        if (/^data: downloading, /.test(m)) sawLine();
      },
      warn: () => {},
      error: () => {},
      setSecret: () => {},
    };
    // A store whose object read stops after its first chunk until a progress line has been
    // printed: the line is awaited as an event, so the test does not race the timer.
    const store: Store = {
      kind: 'local',
      location: (r) => inner.location(r),
      objectUri: (r, n) => inner.objectUri(r, n),
      createWriter: (r) => inner.createWriter(r),
      list: (a, b) => inner.list(a, b),
      remove: (b) => inner.remove(b),
      read: async (ref: BackupRef, name: string): Promise<Readable> => {
        const src = await inner.read(ref, name);
        if (name === 'manifest.json') return src;
        const out = new PassThrough();
        let first = true;
        src.on('data', (chunk: Buffer) => {
          if (!first) return void out.write(chunk);
          first = false;
          out.write(chunk);
          src.pause();
          void seen.then(() => src.resume());
        });
        src.on('end', () => out.end());
        src.on('error', (e) => out.destroy(e));
        return out;
      },
    };
    const backup = (await inner.list('acme', 'production')).find((b) => b.id === made.id)!;
    const check = await checkBackup(backup, { place: archivePlace(store), log, tmpRoot: cwd, identities: [] }).finally(() =>
      clearTimeout(guard),
    );
    expect(gaveUp, 'no "data: downloading" line within three progress intervals').toBe(false);
    expect(check.damage).toEqual([]);
    const line = lines.find((l) => l.startsWith('data: downloading, '))!;
    expect(line).toMatch(/^data: downloading, [\d.]+ (KiB|MiB) of 1\.9 MiB \(\d+%\) downloaded, [\d.]+ MB\/s \(avg [\d.]+ MB\/s\), \S+$/);
  }, 40_000);
});
