// Every relative link in the project's Markdown must reach a file, and every `#anchor` a heading
// of that file: a moved section or a renamed doc otherwise leaves readers at a dead end, and no
// reviewer follows every link. `npm run gen` (and its `--check` in CI) runs this.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  why: string;
}

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.tmp', 'coverage']);

/** The Markdown files a reader of the repository meets, relative to `root`. */
export function markdownFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(rel);
      } else if (e.name.endsWith('.md')) out.push(rel);
    }
  };
  walk('.');
  return out.map((f) => path.normalize(f)).sort();
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors a Markdown text offers: its headings (numbered as GitHub numbers repeats) and explicit ids. */
export function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of unfenced(text)) {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const base = slug(h[1]!);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(m[1]!);
  }
  return anchors;
}

/** The lines of a text with fenced code blocks blanked, line numbers kept. */
function unfenced(text: string): string[] {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

/** As unfenced(), with inline code removed too: a link shown as code is not a link. */
function withoutCode(text: string): string[] {
  return unfenced(text).map((line) => line.replace(/`[^`]*`/g, ''));
}

/** What checkFile reads: the disk, or a test's own files (paths relative to the root). */
export interface DocFiles {
  read(file: string): string;
  /** undefined: no such file. */
  kind(file: string): 'file' | 'dir' | undefined;
}

export function diskFiles(root: string): DocFiles {
  return {
    read: (f) => readFileSync(path.join(root, f), 'utf8'),
    kind: (f) => {
      const abs = path.join(root, f);
      if (!existsSync(abs)) return undefined;
      return statSync(abs).isDirectory() ? 'dir' : 'file';
    },
  };
}

/** Checks one file's relative links. */
export function checkFile(files: DocFiles, file: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const lines = withoutCode(files.read(file));
  for (const [i, line] of lines.entries()) {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = m[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const why = judge(files, file, target);
      if (why) broken.push({ file, line: i + 1, target, why });
    }
  }
  return broken;
}

function judge(files: DocFiles, file: string, target: string): string | undefined {
  const [rawPath, anchor] = target.split('#', 2) as [string, string | undefined];
  const rel = rawPath === '' ? file : path.normalize(path.join(path.dirname(file), decodeURIComponent(rawPath))).replace(/\/+$/, '');
  if (rel.startsWith('..')) return 'points outside the repository';
  const kind = files.kind(rel);
  if (!kind) return `no such file: ${rel}`;
  if (anchor === undefined || !rel.endsWith('.md') || kind === 'dir') return undefined;
  return anchorsOf(files.read(rel)).has(anchor) ? undefined : `no heading #${anchor} in ${rel}`;
}

export function brokenLinks(root: string): BrokenLink[] {
  const files = diskFiles(root);
  return markdownFiles(root).flatMap((f) => checkFile(files, f));
}
