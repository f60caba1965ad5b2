import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/report/markdown.ts
var CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var HTML_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;" };
function cell(s) {
  return s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ").replace(CONTROL_RE, " ").replace(/[&<>|]/g, (c) => HTML_ENTITY[c]).replace(/[\\`*~[\]]/g, "\\$&").replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "\\_").replace(/:\/\//g, "\\://").replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}
function markupCell(s) {
  return s.replace(/\|/g, "\\|").replace(/\s*\r?\n\s*/g, " ");
}
function table(header, rows, align = []) {
  const line = (cells) => `| ${cells.map(markupCell).join(" | ")} |`;
  return [line(header), `|${header.map((_, i) => align[i] === "right" ? "---:" : "---").join("|")}|`, ...rows.map(line)];
}
function code(s) {
  const one = s.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return longest ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}

export {
  cell,
  markupCell,
  table,
  code
};
