// The one Markdown helper for job summaries, issue bodies and generated docs: table cells and
// tables. Every place that writes a table row goes through cell(), so a `|` or a new line in a
// value (an error message, a file name, an input description) can never break the table.

/** Text safe in one table cell: `|` escaped, new lines (and the spaces around them) folded to one space. */
export function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
}

export type Align = 'left' | 'right';

/**
 * A GitHub table: a header, a separator (`---:` for right-aligned columns) and the rows. The
 * cells are escaped here; a caller that wants code spans or emphasis passes them already made
 * (`\`id\``), since escaping cannot tell them from text.
 */
export function table(header: string[], rows: string[][], align: Align[] = []): string[] {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join('|')}|`, ...rows.map(line)];
}

/** A code span that survives backticks in its text (CommonMark: a longer fence, padded). */
export function code(s: string): string {
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${s} ${fence}` : `${fence}${s}${fence}`;
}
