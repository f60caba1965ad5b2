import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { findProgram } from './helpers/mariadb.js';
import { describeWithTools } from './helpers/requires.js';
import { recorder } from './helpers/ssh-stack.js';
import { tempDir } from './helpers/tmp.js';

// The ssh stack's argv recorders append to one shared log from many processes at once. A line
// written in several write(2) calls can be interleaved with another process's line (a fresh
// clone's CI once read `pg_dumpgzip -c`). The recorder must make exactly one write per line.

const run = promisify(execFile);

describeWithTools(
  'argv recorder of the ssh stack',
  [findProgram('strace') ? [] : ['strace'], findProgram('true') ? [] : ['true']].flat(),
  () => {
    it('writes each line with one write(2), whatever the argument count and length', async () => {
      const dir = await tempDir('sba-argv-');
      const log = path.join(dir, 'argv.log');
      const wrapper = path.join(dir, 'pg_dump');
      writeFileSync(wrapper, recorder(findProgram('true')!, log), { mode: 0o755 });
      const long = 'x'.repeat(5000);
      const trace = path.join(dir, 'trace');
      // -e write -e signal=none: every write syscall of the shell, to any fd, with its full length.
      execFileSync(findProgram('strace')!, [
        '-f',
        '-qq',
        '-o',
        trace,
        '-e',
        'trace=write',
        '-e',
        'signal=none',
        '-s',
        '0',
        wrapper,
        '-c',
        '--host',
        'a b',
        long,
      ]);
      const writes = readFileSync(trace, 'utf8')
        .split('\n')
        .filter((l) => /\bwrite\(/.test(l));
      const line = `pg_dump -c --host a b ${long}\n`;
      expect(writes).toHaveLength(1);
      expect(writes[0]).toMatch(new RegExp(`= ${Buffer.byteLength(line)}$`));
      expect(readFileSync(log, 'utf8')).toBe(line);
    });

    it('keeps every line whole when 200 wrappers append at once', async () => {
      const dir = await tempDir('sba-argv-');
      const log = path.join(dir, 'argv.log');
      writeFileSync(log, '');
      for (const name of ['pg_dump', 'gzip']) writeFileSync(path.join(dir, name), recorder(findProgram('true')!, log), { mode: 0o755 });
      const expected: string[] = [];
      await Promise.all(
        Array.from({ length: 200 }, (_, i) => {
          const name = i % 2 ? 'gzip' : 'pg_dump';
          const args = ['-c', `--n=${i}`, 'x'.repeat(i * 10)];
          expected.push([name, ...args].join(' '));
          return run(path.join(dir, name), args);
        }),
      );
      expect(readFileSync(log, 'utf8').split('\n').filter(Boolean).sort()).toEqual(expected.sort());
    });
  },
);
