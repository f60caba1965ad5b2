export const id = 285;
export const ids = [285];
export const modules = {

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tM: () => (/* binding */ markupCell),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
// The one Markdown helper for job summaries, issue bodies, summary.md and generated docs. A value
// from outside (a name listed from a store, an error, a file or table name) goes through cell():
// it can then neither break the table nor become a link, an image, emphasis or HTML on GitHub.
// Markup we wrote ourselves (code spans, emphasis, the inputs' own descriptions) goes through
// markupCell(), which only keeps it on one row of one cell.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HTML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;' };
/**
 * Plain text safe in one table cell or one line: HTML's `& < >` as entities; Markdown's
 * backslash, backtick and `* _ ~ [ ]` backslash-escaped (no link or image opens without a `[`,
 * no code span or emphasis starts); `|` as an entity, so the table keeps its columns; `://` and
 * `www.` broken up, so GitHub makes no bare link either; new lines and other control characters
 * folded to a space, so a name cannot start a line of its own.
 */
function cell(s) {
    return (s
        .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
        .replace(CONTROL_RE, ' ')
        .replace(/[&<>|]/g, (c) => HTML_ENTITY[c])
        .replace(/[\\`*~[\]]/g, '\\$&')
        // `_` inside a word (table_name) never emphasises: only one at a word's edge is escaped.
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
        .replace(/:\/\//g, '\\://')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`));
}
/** Markdown we made, kept in one table cell: `|` escaped, new lines (and the spaces around them) folded to one space. */
function markupCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
}
/**
 * A GitHub table: a header, a separator (`---:` for right-aligned columns) and the rows. Cells
 * are Markdown the caller made: text from outside must go through cell() first, code through
 * code(); here each is only kept in its cell.
 */
function table(header, rows, align = []) {
    const line = (cells) => `| ${cells.map(markupCell).join(' | ')} |`;
    return [line(header), `|${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join('|')}|`, ...rows.map(line)];
}
/** A code span that survives backticks in its text (CommonMark: a longer fence, padded). */
function code(s) {
    const one = s.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return longest ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}


/***/ })

};
