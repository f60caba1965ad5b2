import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { listCommand } from '../src/commands/list.js';
import { reportCommand } from '../src/commands/report.js';
import { makeBackupId } from '../src/model/backup-id.js';
import { cell, code, table } from '../src/report/markdown.js';
import { printable } from '../src/util/text.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// Names listed from a store are hostile input (issue 19): in a summary cell they stay text (no
// image, link, emphasis or HTML, and the table keeps its rows and columns), and printed by the
// CLI they stay on their line.

// GitHub-flavoured enough: tables, raw HTML passed through as GitHub passes some, bare links.
const md = new MarkdownIt({ html: true, linkify: true });
const HOSTILE = [
  '![x](http://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.example)',
  'two\nlines=forged',
  '**loud** _x_ ~~y~~',
  '`tick` | pipe',
  'see http://evil.example and www.evil.example',
  '<script>alert(1)</script>',
  'back\\slash &amp; entity',
];

/** The text a browser shows for rendered HTML. */
const shown = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#124;/g, '|')
    .replace(/&amp;/g, '&');

describe('cell(): text from outside in a Markdown table', () => {
  it('renders as the same text, with no image, link, emphasis, code or HTML, and keeps the table whole', () => {
    const rows = HOSTILE.map((h) => [cell(h), code('id-1')]);
    const html = md.render(table(['name', 'id'], rows).join('\n'));
    expect(html).not.toMatch(/<img|<a |<strong|<em|<s>|<del|<script/);
    const cells = [...html.matchAll(/<td>([^]*?)<\/td>/g)].map((m) => m[1]!);
    expect(cells).toHaveLength(HOSTILE.length * 2);
    // Each name shows as written (its new line folded to a space); the code span next to it is intact.
    for (let i = 0; i < HOSTILE.length; i++) {
      expect(shown(cells[2 * i]!)).toBe(HOSTILE[i]!.replace('\n', ' '));
      expect(cells[2 * i + 1]).toBe('<code>id-1</code>');
    }
  });

  it('folds control characters; printable() makes them visible escapes on one line', () => {
    expect(cell('a\u0007b\u202ec')).toBe('a b c');
    expect(printable('prod\nstale=evil\r\u001b[2J\u202e')).toBe('prod\\nstale=evil\\r\\x1b[2J\\u202e');
  });
});

describe('names in a store, as the report and the CLI show them', () => {
  const EVIL_ENV = 'prod\nstale=forged ![x](http:evil.example) <img src=x>';

  async function evilStore(): Promise<string> {
    const root = await tempDir('sba-md-');
    const id = makeBackupId(new Date('2026-11-29T03:00:00Z'), 'scheduled', 'r1');
    for (const env of [EVIL_ENV, 'production']) {
      await mkdir(path.join(root, 'store', 'acme', env, id), { recursive: true });
      await writeFile(path.join(root, 'store', 'acme', env, id, 'data.tar.zst'), 'x');
    }
    return root;
  }

  it('summary.md shows the environment as text, in its own row', async () => {
    const root = await evilStore();
    const out = path.join(root, 'page');
    await reportCommand(testIo({}, {}, root), { store: path.join(root, 'store'), out }, { now: () => new Date('2026-11-30T12:00:00Z') });
    const summary = await readFile(path.join(out, 'summary.md'), 'utf8');
    const html = md.render(summary);
    expect(html).not.toMatch(/<img|<a /);
    const rows = [...html.matchAll(/<tr>([^]*?)<\/tr>/g)].slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => shown(r[1]!).includes(EVIL_ENV.replace('\n', ' ')))).toBe(true);
  });

  it("`list` and the CLI's key=value outputs keep each name on its line", async () => {
    const root = await evilStore();
    let printed = '';
    await listCommand(testIo({ store: path.join(root, 'store') }, {}, root), {
      write: (s) => void (printed += s),
      now: () => new Date('2026-11-30T12:00:00Z'),
    });
    const lines = printed.trimEnd().split('\n');
    expect(lines).toHaveLength(3); // the header and two rows
    expect(printed).toContain('prod\\nstale=forged');

    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
    try {
      expect(await main(['report', '--store', path.join(root, 'store'), '--out', path.join(root, 'cli-page')])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const kv = out
      .join('')
      .split('\n')
      .filter((l) => /^[a-z-]+=/.test(l));
    expect(kv.filter((l) => l.startsWith('stale='))).toHaveLength(1);
    expect(kv.find((l) => l.startsWith('stale='))).toContain('acme/prod\\nstale=forged');
  });
});
