// A reader for the plain subset of YAML that configuration files are written in: block mappings
// and sequences, one-line scalars (plain, or quoted without escapes), one-line flow lists and
// mappings of scalars, and comments. It is the fast path of the sites file: the yaml package's
// positioned Document took 0.6 s of CPU and most of the GC for a 1,000-site file; this takes a
// few milliseconds.
//
// It never guesses. Anything outside the subset (anchors, tags, block scalars, multi-line or
// escaped scalars, tabs, documents, duplicate keys, odd keys) makes it return undefined, and the
// caller parses with the yaml package, which also reports every error with its line. What it
// returns is what yaml's `parse` returns for the same text under the YAML 1.2 core schema;
// test/plain-yaml.test.ts checks that on generated documents.

/** Where a node starts: 1-based line and column, as the yaml package's LineCounter reports them. */
export interface YamlPos {
  line: number;
  col: number;
}

/** A parsed document and where its nodes stand. */
export interface PlainYaml {
  value: unknown;
  /** The start of a map's key: `keyAt(map, 'site')`; undefined for a key it does not hold. */
  keyAt(map: object, key: string): YamlPos | undefined;
  /** The start of a value: a key's value in a map, or an item of a list. */
  valueAt(container: object, key: string | number): YamlPos | undefined;
  /** The start of a map or a list. */
  startOf(container: object): YamlPos | undefined;
}

/** Outside the subset: the caller falls back to the full parser. */
class Unsupported extends Error {}

interface Line {
  /** 1-based line number. */
  n: number;
  /** Column (0-based) where the content starts. */
  indent: number;
  /** The content, trailing spaces removed. */
  s: string;
}

/** Where flow() found each item of a collection: offsets in the value's text. */
type FlowPlaces = Map<object, { key?: string; at: number; value: number }[]>;

interface Entry {
  key: YamlPos;
  value: YamlPos;
}

// Characters the subset leaves to the full parser wherever they appear: tabs, CR, the BOM,
// controls, and what YAML 1.1 took for line breaks.
// eslint-disable-next-line no-control-regex
const REFUSED_RE = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
/** Keys the subset takes as written; anything else (quoted keys, `<<`, `true`, `1`) goes to the full parser. */
const KEY_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const SPECIAL_KEYS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '__proto__']);

/** Parses `text`, or returns undefined when it is outside the subset (or not valid YAML). */
export function parsePlainYaml(text: string): PlainYaml | undefined {
  if (REFUSED_RE.test(text)) return undefined;
  const lines = splitLines(text);
  if (!lines?.length) return undefined;
  const p = new Parser(lines);
  try {
    const [value, next] = p.node(0, lines[0]!.indent);
    if (next !== lines.length) return undefined;
    return {
      value,
      keyAt: (map, key) => p.entries.get(map)?.get(key)?.key,
      valueAt: (c, key) => (Array.isArray(c) ? p.items.get(c)?.[key as number] : p.entries.get(c)?.get(String(key))?.value),
      startOf: (c) => p.starts.get(c),
    };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** The lines that hold content; undefined for document markers and directives. */
function splitLines(text: string): Line[] | undefined {
  // One pass by index: splitting, then slicing and trimming each line, cost several times more
  // before the code is warm, which is all a CLI run ever sees.
  const out: Line[] = [];
  for (let start = 0, n = 1; start <= text.length; start++, n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    while (a < end && text.charCodeAt(a) === 32) a++;
    let b = end;
    while (b > a && text.charCodeAt(b - 1) === 32) b--;
    if (b > a && text.charCodeAt(a) !== 35 /* # */) {
      const s = text.slice(a, b);
      if (a === start && (s.startsWith('---') || s.startsWith('...') || s[0] === '%')) return undefined;
      out.push({ n, indent: a - start, s });
    }
    start = end;
  }
  return out;
}

/** Spaces only: YAML's white space is space and tab (tabs are refused), not Unicode's. */
const trimSpaces = (s: string) => s.replace(/^ +| +$/g, '');
const isItem = (s: string) => s[0] === '-' && (s.length === 1 || s[1] === ' ');
const fail = (): never => {
  throw new Unsupported();
};

class Parser {
  readonly entries = new Map<object, Map<string, Entry>>();
  readonly items = new Map<object, YamlPos[]>();
  readonly starts = new Map<object, YamlPos>();
  private readonly flowPlaces: FlowPlaces = new Map();

  constructor(private readonly lines: Line[]) {}

  /** The block node whose first line is lines[i], at column `indent`; and the index after it. */
  node(i: number, indent: number): [unknown, number] {
    return isItem(this.lines[i]!.s) ? this.seq(i, indent) : this.map(i, indent);
  }

  /** A value that starts on the lines after the key or dash at lines[i - 1] (column `parent`). */
  private nested(i: number, parent: number, compactSeq: boolean): [unknown, number] {
    const next = this.lines[i];
    if (next && next.indent > parent) return this.node(i, next.indent);
    // `key:` then `- item` at the key's own column: a list, as YAML allows in a mapping.
    if (compactSeq && next && next.indent === parent && isItem(next.s)) return this.seq(i, parent);
    return [null, i];
  }

  private seq(i: number, indent: number): [unknown[], number] {
    const out: unknown[] = [];
    const at: YamlPos[] = [];
    this.starts.set(out, { line: this.lines[i]!.n, col: indent + 1 });
    this.items.set(out, at);
    while (i < this.lines.length && this.lines[i]!.indent === indent && isItem(this.lines[i]!.s)) {
      const line = this.lines[i]!;
      let value: unknown;
      if (line.s === '-') {
        at.push({ line: line.n, col: indent + 1 });
        [value, i] = this.nested(i + 1, indent, false);
        if (value !== null) at[at.length - 1] = this.posOf(value) ?? at[at.length - 1]!;
      } else {
        let k = 1;
        while (line.s[k] === ' ') k++;
        const rest = line.s.slice(k);
        const col = indent + k;
        at.push({ line: line.n, col: col + 1 });
        if (isItem(rest)) fail();
        [value, i] = this.itemValue(i, { n: line.n, indent: col, s: rest });
      }
      out.push(value);
      if (i < this.lines.length && this.lines[i]!.indent > indent) fail();
    }
    return [out, i];
  }

  /** What follows `- ` on lines[i]: a mapping that starts there, or a scalar. */
  private itemValue(i: number, rest: Line): [unknown, number] {
    if (splitEntry(rest.s)) {
      this.lines[i] = rest;
      return this.map(i, rest.indent);
    }
    const value = scalar(rest.s, this.flowPlaces);
    this.placeFlow(value, { line: rest.n, col: rest.indent + 1 });
    return [value, i + 1];
  }

  private map(i: number, indent: number): [Record<string, unknown>, number] {
    const out: Record<string, unknown> = {};
    const entries = new Map<string, Entry>();
    this.starts.set(out, { line: this.lines[i]!.n, col: indent + 1 });
    this.entries.set(out, entries);
    while (i < this.lines.length && this.lines[i]!.indent === indent) {
      const line = this.lines[i]!;
      const e = isItem(line.s) ? undefined : splitEntry(line.s);
      if (!e || entries.has(e.key)) return fail();
      const key = { line: line.n, col: indent + 1 };
      let value: unknown;
      let valuePos: YamlPos;
      if (e.rest === '') {
        [value, i] = this.nested(i + 1, indent, true);
        valuePos = this.posOf(value) ?? key;
      } else {
        value = scalar(e.rest, this.flowPlaces);
        valuePos = { line: line.n, col: indent + e.restAt + 1 };
        i++;
        this.placeFlow(value, valuePos);
      }
      out[e.key] = value;
      entries.set(e.key, { key, value: valuePos });
      if (i < this.lines.length && this.lines[i]!.indent > indent) fail();
    }
    return [out, i];
  }

  /** A flow collection's items, where flow() found them on the line that starts at `at`. */
  private placeFlow(value: unknown, at: YamlPos): void {
    const found = value !== null && typeof value === 'object' ? this.flowPlaces.get(value) : undefined;
    if (!found) return;
    const pos = (offset: number) => ({ line: at.line, col: at.col + offset });
    this.starts.set(value as object, at);
    if (Array.isArray(value))
      this.items.set(
        value,
        found.map((f) => pos(f.value)),
      );
    else this.entries.set(value as object, new Map(found.map((f) => [f.key!, { key: pos(f.at), value: pos(f.value) }])));
  }

  private posOf(value: unknown): YamlPos | undefined {
    return value !== null && typeof value === 'object' ? this.starts.get(value) : undefined;
  }
}

/** `key: rest` (rest may be empty) with a key the subset takes; undefined when the line is not one. */
function splitEntry(s: string): { key: string; rest: string; restAt: number } | undefined {
  let c = s.indexOf(':');
  while (c >= 0 && c + 1 < s.length && s[c + 1] !== ' ') c = s.indexOf(':', c + 1);
  if (c < 0) return undefined;
  const key = s.slice(0, c);
  if (!KEY_RE.test(key) || SPECIAL_KEYS.has(key)) return fail();
  let at = c + 1;
  while (s[at] === ' ') at++;
  const rest = s[at] === '#' ? '' : s.slice(at);
  return { key, rest, restAt: at };
}

/** A one-line value: a plain or quoted scalar, or a flow list or mapping of them. */
function scalar(s: string, places: FlowPlaces): unknown {
  const c = s[0];
  if (c === '"' || c === "'") {
    const [v, end] = quoted(s, 0);
    if (!afterValue(s, end)) fail();
    return v;
  }
  if (c === '[' || c === '{') return flow(s, places);
  return resolvePlain(plainBlock(s));
}

/** A plain scalar in block context, its comment cut; refuses what YAML would read otherwise. */
function plainBlock(s: string): string {
  if (/^[?:,\]}#&*!|>%@`]/.test(s) || isItem(s)) fail();
  const hash = s.indexOf(' #');
  const v = trimSpaces(hash >= 0 ? s.slice(0, hash) : s);
  // `a: b: c` is an error and `a: b:` a nested mapping: both are the full parser's business.
  if (v.includes(': ') || v.endsWith(':')) fail();
  return v;
}

/** A quoted scalar starting at s[i] on this line, without escapes; its value and the index after it. */
function quoted(s: string, i: number): [string, number] {
  const q = s[i]!;
  let out = '';
  for (let j = i + 1; j < s.length; j++) {
    const ch = s[j]!;
    if (q === '"' && ch === '\\') fail();
    if (ch !== q) out += ch;
    else if (q === "'" && s[j + 1] === "'") {
      out += "'";
      j++;
    } else return [out, j + 1];
  }
  return fail();
}

/** Only spaces, then nothing or a comment, after a value that ends at s[i]. */
function afterValue(s: string, i: number): boolean {
  return /^ *$|^ +#/.test(s.slice(i));
}

/** `[a, b]` or `{ k: v, k2: v2 }` of scalars on one line. */
function flow(s: string, places: FlowPlaces): unknown {
  const close = s[0] === '[' ? ']' : '}';
  const items: { text: string; at: number }[] = [];
  let i = 1;
  for (;;) {
    while (s[i] === ' ') i++;
    if (s[i] === close && items.length === 0) {
      i++;
      break;
    }
    let j = i;
    if (s[j] === '"' || s[j] === "'") j = quoted(s, j)[1];
    while (j < s.length && s[j] !== ',' && s[j] !== close) j++;
    items.push({ text: trimSpaces(s.slice(i, j)), at: i });
    if (j >= s.length) fail();
    i = j + 1;
    if (s[j] === close) break;
  }
  if (!afterValue(s, i)) fail();
  if (close === ']') {
    const out = items.map((item) => flowScalar(item.text));
    places.set(
      out,
      items.map((item) => ({ at: item.at, value: item.at })),
    );
    return out;
  }
  const out: Record<string, unknown> = {};
  const found: { key: string; at: number; value: number }[] = [];
  for (const item of items) {
    const e = splitEntry(item.text);
    if (!e || Object.hasOwn(out, e.key) || e.rest === '') return fail();
    out[e.key] = flowScalar(e.rest);
    found.push({ key: e.key, at: item.at, value: item.at + e.restAt });
  }
  places.set(out, found);
  return out;
}

function flowScalar(s: string): unknown {
  if (s === '') fail();
  if (s[0] === '"' || s[0] === "'") {
    const [v, end] = quoted(s, 0);
    if (end !== s.length) fail();
    return v;
  }
  if (/[[\]{}#:,"']/.test(s) || /^[-?]( |$)/.test(s)) fail();
  return resolvePlain(plainBlock(s));
}

const WORDS = new Map<string, boolean | null>([
  ['~', null],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

/** A plain scalar's value under the YAML 1.2 core schema, as the yaml package resolves it (same tests, same order). */
export function resolvePlain(s: string): unknown {
  if (s === '') return null;
  const word = WORDS.get(s);
  if (word !== undefined) return word;
  // Only numbers are left, and each starts with a digit, a sign or a dot: most values are strings at once.
  const c = s.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && c !== 43 && c !== 45 && c !== 46) return s;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s))
    return parseFloat(s);
  return s;
}
