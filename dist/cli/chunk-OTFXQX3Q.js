import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/util/bytes.ts
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${v.toFixed(1)} ${units[i]}`;
}
function formatRate(bytes, ms) {
  if (ms <= 0) return "-";
  return `${(bytes / 1e6 / (ms / 1e3)).toFixed(1)} MB/s`;
}

export {
  formatBytes,
  formatRate
};
