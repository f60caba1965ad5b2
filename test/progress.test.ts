import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startProgress } from '../src/report/progress.js';
import type { Reporter } from '../src/report/reporter.js';
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
    const p = startProgress('data', quiet, 3_600_000, () => t, { phase: 'downloading', total: 4 * 1024 * 1024, bytes: () => got, noun: 'downloaded' });
    try {
      got = 1024 * 1024;
      t = 1000;
      expect(await p.line()).toMatch(/^data: downloading, 1\.0 MiB of 4\.0 MiB \(25%\) downloaded, 1\.0 MB\/s \(avg 1\.0 MB\/s\), 1\.0s$/);
    } finally {
      p.stop();
    }
  });
});
