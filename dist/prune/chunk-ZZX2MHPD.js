import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/util/duration.ts
var UNIT_MS = {
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 7 * 864e5
};
function parseDuration(text, units = ["s", "m", "h", "d", "w"]) {
  const s = text.trim().toLowerCase();
  const set = units.join("");
  if (!new RegExp(`^(\\d+[${set}])+$`).test(s)) return void 0;
  let total = 0;
  for (const m of s.matchAll(/(\d+)([a-z])/g)) total += Number(m[1]) * UNIT_MS[m[2]];
  return total > 0 && Number.isSafeInteger(total) ? total : void 0;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${Math.round(s % 60)}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${m % 60}m`;
  return `${Math.floor(h / 24)}d${h % 24}h`;
}

export {
  parseDuration,
  formatDuration
};
