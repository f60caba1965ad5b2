import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { parsePlainYaml, type PlainYaml } from '../src/util/plain-yaml.js';
import { fleetSitesFile } from '../bench/cli-startup.js';

// The fast path of the sites file must read exactly what the yaml package reads, or hand the
// text over: never a different value, never a value where yaml reports an error. Its key
// positions are the targets' lines, so they must be yaml's too.

/** yaml's reading: the value, or undefined when it reports an error. */
function reference(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  return doc.errors.length ? undefined : { value: doc.toJS() };
}

/** Every key of every map in yaml's tree, with its line and column, against the fast parse's. */
function expectSameKeyPositions(text: string, fast: PlainYaml): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const walk = (node: YamlNode | null | undefined, value: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = String((pair.key as { value: unknown }).value);
        const at = lineCounter.linePos((pair.key as YamlNode).range![0]);
        expect(fast.keyAt(value as object, key), `key ${key}`).toEqual({ line: at.line, col: at.col });
        walk(pair.value as YamlNode, (value as Record<string, unknown>)[key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as YamlNode, (value as unknown[])[i]));
    }
  };
  walk(doc.contents as YamlNode, fast.value);
}

/** The fast reading must equal yaml's whenever it gives one. */
function expectAgrees(text: string): PlainYaml | undefined {
  const fast = parsePlainYaml(text);
  if (!fast) return undefined;
  const ref = reference(text);
  expect(ref, `yaml refuses what the fast path read:\n${text}`).toBeDefined();
  expect(fast.value, text).toEqual(ref!.value);
  expectSameKeyPositions(text, fast);
  return fast;
}

describe('plain YAML: the subset, read as yaml reads it', () => {
  it('reads the shipped sites file and the 1,000-site bench file itself, not through the fallback', () => {
    for (const text of [readFileSync('workflows-examples/fleet/sites.yml', 'utf8'), fleetSitesFile(1000)]) {
      expect(expectAgrees(text)).toBeDefined();
    }
  });

  it('resolves plain scalars by the core schema, as yaml does', () => {
    const values = ['1', '-5', '+7', '007', '0x1F', '0o17', '1e3', '-1.5E-2', '.5', '1.', '1.50', '.inf', '-.Inf', '.nan', '.NaN'];
    const words = ['true', 'True', 'TRUE', 'false', 'FALSE', 'null', 'Null', 'NULL', '~', 'yes', 'no', 'on', '90m', '1_000', '0b1', '0o8'];
    const text = [...values, ...words].map((v, i) => `k${i}: ${v}`).join('\n') + '\nempty:\n';
    expect(expectAgrees(text)).toBeDefined();
  });

  it('reads compact and indented lists, flow lists and maps, quotes and comments', () => {
    const text = [
      '# a comment',
      'sites:',
      '- site: a   # trailing comment',
      "  environments: [main, \"stag ing\", 'it''s']",
      '  inputs: { timeout: 30m, retries: 3 }',
      '  secrets:',
      '    TOKEN: "A_TOKEN"',
      '',
      '    # indented comment',
      '  list:',
      '  - x',
      '  -',
      '    y: 1',
      '  - - nested',
      'other:',
      '    - 1',
      '    - url: http://example.com:8080/a#b',
      'empty: []',
      'none: {}',
    ].join('\n');
    // `- - nested` is outside the subset: the whole text goes to yaml.
    expect(parsePlainYaml(text)).toBeUndefined();
    const fast = expectAgrees(text.replace('  - - nested\n', ''));
    expect(fast).toBeDefined();
    expect(fast!.keyAt((fast!.value as { sites: object[] }).sites[0]!, 'site')).toEqual({ line: 3, col: 3 });
  });

  it('hands over what it does not read', () => {
    const outside = [
      'a: &x 1\nb: *x',
      'a: !!str 1',
      'a: |\n  text',
      'a: >\n  text',
      'a: "esc\\n"',
      'a: "multi\n  line"',
      'a: plain\n  continued',
      'a: 1\na: 2',
      '"quoted key": 1',
      '? complex\n: key',
      '<<: {a: 1}',
      'a:\tb',
      'a: b\r\nc: d',
      '---\na: 1',
      '%YAML 1.2\n---\na: 1',
      'just a scalar',
      '',
      '# only a comment',
      'a: b: c',
      'a: [x, [y]]',
      'a: {b: {c: 1}}',
      'a: [x, ]',
      '- - a',
      'a:\n  b: 1\n c: 2',
      'a: @x',
      'true: 1',
      '__proto__: 1',
    ];
    for (const text of outside) expect(parsePlainYaml(text), text).toBeUndefined();
  });
});

// Random documents: the generator mixes the subset with what lies just outside it, and with
// broken indentation, so that both a wrong reading and a missed refusal can show up.
const SCALARS = [
  'a',
  'site-01',
  'a b',
  'a #b',
  'a#b',
  'http://x:1/y',
  "it's",
  'say "hi"',
  'a: b',
  'a:',
  '- a',
  '-a',
  '[x]',
  '{x}',
  '&a',
  '*a',
  '!t',
  '|',
  '>',
  '%x',
  '@x',
  '`x',
  '?x',
  ':x',
  ',x',
  '#x',
  'x,y',
  '90m',
  '1',
  '-5',
  '0x1F',
  '0o17',
  '1e3',
  '.5',
  '.inf',
  '.nan',
  'true',
  'False',
  'NULL',
  '~',
  '',
  'yes',
  '007',
  '1.0',
  'é',
  'a\\b',
  'daily=7,weekly=4',
];
const KEYS = ['site', 'a', 'b-c', 'x_y', 'K1', 'true', '1', 'a b', '"q"', "'q'", '<<', 'a.b', '-k', 'k:'];

const scalarText = fc
  .tuple(fc.constantFrom(...SCALARS), fc.constantFrom('plain', 'plain', 'single', 'double'))
  .map(([v, style]) =>
    style === 'single' ? `'${v.replace(/'/g, "''")}'` : style === 'double' ? `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"` : v,
  );
const flowText = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fc.constantFrom(...KEYS), scalarText), { maxLength: 3 }))
  .map(([list, items]) => (list ? `[${items.map(([, v]) => v).join(', ')}]` : `{ ${items.map(([k, v]) => `${k}: ${v}`).join(', ')} }`));

type Tree = { kind: 'scalar'; text: string } | { kind: 'map'; entries: [string, Tree][] } | { kind: 'seq'; items: Tree[] };
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(scalarText, flowText).map((text): Tree => ({ kind: 'scalar', text })),
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('tree')), { minLength: 1, maxLength: 4 })
      .map((entries): Tree => ({ kind: 'map', entries })),
    fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map((items): Tree => ({ kind: 'seq', items })),
  ),
}));

/** Renders a tree as block YAML, each level indented by `step` (from a list, so levels differ). */
function render(t: Tree, indent: number, steps: number[], compact: boolean, out: string[], lead: string): void {
  const pad = ' '.repeat(indent);
  const step = steps[indent % steps.length]!;
  if (t.kind === 'scalar') {
    out.push(`${lead}${t.text}`);
    return;
  }
  const rows = t.kind === 'map' ? t.entries : t.items.map((v): [string, Tree] => ['-', v]);
  rows.forEach(([k, v], i) => {
    const head = (i === 0 && lead ? lead : pad) + (t.kind === 'map' ? `${k}:` : '-');
    if (v.kind === 'scalar') out.push(`${head} ${v.text}`);
    else {
      out.push(head);
      const inner = compact && t.kind === 'map' && v.kind === 'seq' ? indent : indent + step;
      render(v, inner, steps, compact, out, '');
    }
  });
}

describe('plain YAML: random documents', () => {
  it('agrees with yaml wherever it reads a document, and refuses what yaml refuses', () => {
    fc.assert(
      fc.property(
        tree,
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '  ', '# note', '  # note', 'x')), { maxLength: 2 }),
        (t, steps, compact, edits) => {
          const out: string[] = [];
          render(t.kind === 'scalar' ? { kind: 'map', entries: [['k', t]] } : t, 0, steps, compact, out, '');
          // Blank lines, comments, stray spaces and stray text between the lines.
          for (const [at, line] of edits) out.splice(at % (out.length + 1), 0, line);
          expectAgrees(out.join('\n') + '\n');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
