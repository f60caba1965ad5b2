export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Levenshtein distance: how many single-character edits turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The option nearest to `word`, when it is at most `max` edits away: for "did you mean". */
export function closest(word: string, options: Iterable<string>, max: number): string | undefined {
  let best: string | undefined;
  let bestD = max + 1;
  for (const o of options) {
    const d = editDistance(word, o);
    if (d < bestD) [best, bestD] = [o, d];
  }
  return best;
}

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi overrides and
// isolates that reorder what a terminal shows.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as one printable line: control characters become visible escapes (`\n`, `\x1b`, `\u202e`).
 * Names listed from a store are hostile input: a new line in one would forge `key=value` lines in
 * the CLI's output, and an escape sequence would rewrite the terminal.
 */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE_RE, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    if (named[c]) return named[c];
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}
