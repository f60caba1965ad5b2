// The layers of src/ and the imports that break them: cycles among files, and imports that point
// back UP the layers. A lower layer that reaches up drags the upper one (and everything it
// imports) into every test and bundle of the lower one, and is how cycles start; a reviewer does
// not see it in a diff. test/layers.test.ts runs this; `npx tsx scripts/layers.ts` prints it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Highest first: a file may import its own layer or a lower one. */
export const LAYERS: readonly (readonly [number, string, readonly string[]])[] = [
  [7, 'faces', ['src/actions/', 'src/bin/', 'src/cli.ts']],
  [6, 'commands', ['src/commands/']],
  [5, 'summaries', ['src/summaries/', 'src/fleet/', 'src/notify/']],
  [4, 'core', ['src/core/']],
  [3, 'formats, platforms, stores', ['src/formats/', 'src/archive/', 'src/restic/', 'src/platforms/', 'src/stores/', 'src/github/']],
  [2, 'config', ['src/config/', 'src/retention/']],
  // report/ is the logging half (redaction, progress, reporter, Markdown escaping): renderers live in summaries/.
  [1, 'model', ['src/model/', 'src/util/', 'src/report/']],
];

/** The mark that allows one back import, on the line above it: `// layer: <why>`. */
const WHY = /^\s*\/\/\s*layer:\s*\S/;

export interface Import {
  from: string;
  to: string;
  line: number;
  /** The `// layer: …` comment above it, if any. */
  why?: string;
}

export interface LayerReport {
  /** Files under src/ that no layer names: a new folder must be placed before it is used. */
  unranked: string[];
  /** Strongly connected components of two files or more, each sorted. */
  cycles: string[][];
  /** Imports to a higher layer. */
  back: Import[];
}

export function layerOf(file: string): number | undefined {
  const f = file.split(path.sep).join('/');
  for (const [rank, , prefixes] of LAYERS) if (prefixes.some((p) => (p.endsWith('/') ? f.startsWith(p) : f === p))) return rank;
  return undefined;
}

function sourceFiles(root: string, dir = 'src'): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(root, rel));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out.sort();
}

/** The relative module specifiers of a file, static (import, export … from) and dynamic (`import()`). */
function specifiers(file: string, text: string): { spec: string; lines: number[] }[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (n: ts.Node) => src.getLineAndCharacterOfPosition(n.getStart()).line;
  const out: { spec: string; lines: number[] }[] = [];
  const visit = (n: ts.Node, statement: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      out.push({ spec: n.moduleSpecifier.text, lines: [lineOf(n)] });
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = n.arguments[0];
      // A dynamic import is marked above the statement that holds it, or above its own line.
      if (arg && ts.isStringLiteralLike(arg)) out.push({ spec: arg.text, lines: [lineOf(statement), lineOf(n)] });
    }
    n.forEachChild((c) => visit(c, ts.isBlock(n) || ts.isSourceFile(n) ? c : statement));
  };
  src.forEachChild((c) => visit(c, c));
  return out.filter((s) => s.spec.startsWith('./') || s.spec.startsWith('../'));
}

function resolve(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const t = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)).replace(/\.js$/, '.ts');
  return [t, `${t}.ts`, `${t}/index.ts`].find((c) => files.has(c));
}

/** Every relative import among src/**\/*.ts, with the `// layer:` comment above it. */
export function importsOf(root: string): { files: string[]; imports: Import[] } {
  const files = sourceFiles(root);
  const known = new Set(files);
  const imports: Import[] = [];
  for (const from of files) {
    const text = readFileSync(path.join(root, from), 'utf8');
    const lines = text.split('\n');
    for (const { spec, lines: at } of specifiers(from, text)) {
      const to = resolve(from, spec, known);
      if (!to) continue;
      const above = at.map((l) => lines[l - 1]).find((l) => l !== undefined && WHY.test(l));
      imports.push({ from, to, line: at[at.length - 1]! + 1, ...(above ? { why: above.trim() } : {}) });
    }
  }
  return { files, imports };
}

/** Tarjan's strongly connected components of two files or more. */
export function cyclesOf(files: readonly string[], imports: readonly Import[]): string[][] {
  const edges = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const i of imports) edges.get(i.from)?.push(i.to);
  let next = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const num = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    num.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!num.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, num.get(w)!));
    }
    if (low.get(v) !== num.get(v)) return;
    const c: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      c.push(w);
    } while (w !== v);
    if (c.length > 1) cycles.push(c.sort());
  };
  for (const f of files) if (!num.has(f)) visit(f);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** `skip` holds edges (`from -> to`) left out of the check: known debts being paid elsewhere. */
export function checkLayers(root: string, skip: ReadonlySet<string> = new Set()): LayerReport {
  const { files, imports } = importsOf(root);
  const kept = imports.filter((i) => !skip.has(edgeName(i)));
  const back = kept.filter((i) => {
    const [a, b] = [layerOf(i.from), layerOf(i.to)];
    return a !== undefined && b !== undefined && b > a;
  });
  return { unranked: files.filter((f) => layerOf(f) === undefined), cycles: cyclesOf(files, kept), back };
}

export function edgeName(i: Pick<Import, 'from' | 'to'>): string {
  return `${i.from} -> ${i.to}`;
}

export function formatReport(r: LayerReport): string {
  const out = [`import cycles in src/: ${r.cycles.length}`, ...r.cycles.map((c) => `  - ${c.join(' <-> ')}`)];
  out.push(`imports back up the layers: ${r.back.length} (${r.back.filter((b) => b.why).length} with a \`// layer:\` reason)`);
  for (const b of r.back)
    out.push(`  - ${b.from}:${b.line} -> ${b.to} (${layerOf(b.from)} -> ${layerOf(b.to)})${b.why ? `  ${b.why}` : ''}`);
  if (r.unranked.length) out.push(`files in no layer: ${r.unranked.join(', ')}`);
  return out.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(formatReport(checkLayers(process.cwd())));
}
