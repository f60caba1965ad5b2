import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";

// src/report/progress.ts
import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
async function measure(dir) {
  let files = 0;
  let bytes = 0;
  const walk = async (d) => {
    const names = await readdir(d).catch(() => []);
    for (const n of names) {
      const st = await lstat(path.join(d, n)).catch(() => void 0);
      if (st?.isDirectory()) await walk(path.join(d, n));
      else if (st?.isFile()) {
        files++;
        bytes += st.size;
      }
    }
  };
  await walk(dir);
  return { files, bytes };
}
function startProgress(label, log, intervalMs = 5e3, now = () => Date.now(), first) {
  let name = first?.phase ?? "working";
  let opts = first ?? {};
  let started = now();
  let bytes = 0;
  let lastBytes = 0;
  let lastAt = started;
  let busy = false;
  const progress = {
    phase(n, o = {}) {
      name = n;
      opts = o;
      started = lastAt = now();
      bytes = lastBytes = 0;
    },
    update(b) {
      bytes = b;
    },
    async line() {
      const t = now();
      const elapsed = formatDuration(t - started);
      let files;
      if (opts.dir) ({ files, bytes } = await measure(opts.dir));
      else if (opts.bytes) bytes = opts.bytes();
      const rate = formatRate(Math.max(0, bytes - lastBytes), t - lastAt);
      lastBytes = bytes;
      lastAt = t;
      if (!opts.dir && !opts.bytes && bytes === 0) return `${label}: ${name}, ${elapsed} so far`;
      const of = opts.total ? ` of ${formatBytes(opts.total)} (${Math.min(100, Math.floor(bytes / Math.max(1, opts.total) * 100))}%)` : "";
      const count = files !== void 0 ? `${files} ${files === 1 ? "file" : "files"}, ` : "";
      return `${label}: ${name}, ${count}${formatBytes(bytes)}${of} ${opts.noun ?? "so far"}, ${rate} (avg ${formatRate(bytes, t - started)}), ${elapsed}`;
    },
    stop() {
      clearInterval(timer);
    }
  };
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    progress.line().then((l) => log.info(l)).catch(() => void 0).finally(() => busy = false);
  }, intervalMs);
  timer.unref();
  return progress;
}
async function withProgress(label, log, first, fn, intervalMs) {
  const p = startProgress(label, log, intervalMs, void 0, first);
  try {
    return await fn();
  } finally {
    p.stop();
  }
}

export {
  startProgress,
  withProgress
};
