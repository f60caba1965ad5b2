import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorsOf, brokenLinks, checkFile, slug, type DocFiles } from '../scripts/doc-links.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function virtual(texts: Record<string, string>, dirs: string[] = []): DocFiles {
  return {
    read: (f) => texts[f] ?? '',
    kind: (f) => (f in texts ? 'file' : dirs.includes(f) ? 'dir' : undefined),
  };
}

describe('doc links', () => {
  it('slugs headings as GitHub does', () => {
    expect(slug('Incremental pulls: `pull-cache`')).toBe('incremental-pulls-pull-cache');
    expect(slug('Speed and memory')).toBe('speed-and-memory');
    expect(slug('3-2-1 and a dead man’s switch')).toBe('3-2-1-and-a-dead-mans-switch');
  });

  it('numbers repeated headings, takes explicit ids and ignores headings inside code fences', () => {
    const anchors = anchorsOf('# A\n## A\n```\n# Not a heading\n```\n<a id="x"></a>\n');
    expect([...anchors].sort()).toEqual(['a', 'a-1', 'x']);
  });

  it('names a missing file, a missing anchor and a link outside the repository, with its line', () => {
    const files = virtual(
      {
        'docs/a.md': [
          '[ok](b.md#real) [bad file](c.md) [bad anchor](b.md#nope)',
          '[up](../../x.md) [web](https://example.com/x.md) `[code](c.md)` [self](#top) [folder](sub/)',
          '# Top',
        ].join('\n'),
        'docs/b.md': '## Real\n',
      },
      ['docs/sub'],
    );
    expect(checkFile(files, 'docs/a.md')).toEqual([
      { file: 'docs/a.md', line: 1, target: 'c.md', why: 'no such file: docs/c.md' },
      { file: 'docs/a.md', line: 1, target: 'b.md#nope', why: 'no heading #nope in docs/b.md' },
      { file: 'docs/a.md', line: 2, target: '../../x.md', why: 'points outside the repository' },
    ]);
  });

  it('leaves no broken link in the repository', () => {
    expect(brokenLinks(ROOT)).toEqual([]);
  });
});
