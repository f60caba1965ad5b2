import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * One line per entry of a tree, sorted: `D path [mode]`, `F path [mode] size mtime(s) sha256`,
 * `L path -> target`. Two trees with equal listings hold the same paths, types, bytes, links and
 * mtimes; `mode` adds each entry's mode as the caller wants it compared (raw, or as tar stores it).
 */
export function listTree(root: string, mode?: (mode: number, isDir: boolean) => string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const rel = path.relative(root, p);
      const st = lstatSync(p);
      const m = mode ? ` ${mode(st.mode & 0o7777, st.isDirectory())}` : '';
      if (st.isSymbolicLink()) out.push(`L ${rel} -> ${readlinkSync(p)}`);
      else if (st.isDirectory()) {
        out.push(`D ${rel}${m}`);
        walk(p);
      } else {
        const sum = createHash('sha256').update(readFileSync(p)).digest('hex');
        out.push(`F ${rel}${m} ${st.size} ${Math.floor(st.mtimeMs / 1000)} ${sum}`);
      }
    }
  };
  walk(root);
  return out;
}
