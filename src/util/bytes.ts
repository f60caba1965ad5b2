export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${v.toFixed(1)} ${units[i]}`;
}

/** Decimal megabytes per second, as transfer tools usually print rates. */
export function formatRate(bytes: number, ms: number): string {
  if (ms <= 0) return '-';
  return `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
}
