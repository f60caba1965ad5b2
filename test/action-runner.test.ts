// The runner's workflow commands as src/actions/runner.ts writes them, decoded the way the runner
// decodes them: a message or value can never end its command or output entry early.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { command, escapeProperty, outputEntry } from '../src/actions/runner.js';
import { tempDir } from './helpers/tmp.js';

/** The runner's decoding of a command's message. */
const unescape = (s: string) =>
  s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

describe('workflow commands', () => {
  it('keeps a multi-line message on one line and decodes back to it', () => {
    const msg = 'disk 100% full\r\n::error::forged';
    const line = command('warning', {}, msg);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line.startsWith('::warning::')).toBe(true);
    expect(unescape(line.slice('::warning::'.length))).toBe(msg);
  });

  it('escapes the delimiters of a property and leaves out empty ones', () => {
    expect(command('error', { title: 'store: s3, eu', file: undefined }, 'x')).toBe('::error title=store%3A s3%2C eu::x');
    expect(command('error', { title: undefined }, 'x')).toBe('::error::x');
    expect(unescape(escapeProperty('a:b,c%d\n'))).toBe('a:b,c%d\n');
  });

  it('writes an output entry that a value cannot end early', () => {
    expect(outputEntry('id', 'a\nb', 'D')).toBe('id<<D\na\nb\nD\n');
    expect(() => outputEntry('id', 'x\nD\nforged=1', 'D')).toThrow(/delimiter/);
    const real = outputEntry('id', 'v');
    expect(real).toMatch(/^id<<ghadelimiter_[0-9a-f-]{36}\nv\nghadelimiter_[0-9a-f-]{36}\n$/);
  });
});

describe('an action run', () => {
  it('masks, annotates, sets outputs and appends the summary through the runner files', async () => {
    const dir = await tempDir('sba-runner-');
    const out = path.join(dir, 'output');
    const summary = path.join(dir, 'summary');
    writeFileSync(out, '');
    writeFileSync(summary, '# before\n');
    const script = [
      `import * as r from ${JSON.stringify(path.resolve('src/actions/runner.ts'))};`,
      `r.setSecret('hunter2'); r.setOutput('backup-id', 'b1'); r.setOutput('note', 'two\\nlines');`,
      `r.appendSummary('| a |'); r.error('bad input', 'Input store'); r.info('plain');`,
    ].join('\n');
    const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary },
    });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout.split('\n')).toEqual(['::add-mask::hunter2', '::error title=Input store::bad input', 'plain', '']);
    const entries = [...readFileSync(out, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2\n/gm)].map((m) => [m[1], m[3]]);
    expect(entries).toEqual([
      ['backup-id', 'b1'],
      ['note', 'two\nlines'],
    ]);
    expect(readFileSync(summary, 'utf8')).toBe('# before\n| a |\n');
  });
});
