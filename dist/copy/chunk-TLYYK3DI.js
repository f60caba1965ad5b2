import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/util/cleanup.ts
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
var HOST = createHash("sha256").update(os.hostname()).digest("hex").slice(0, 8);
var OWNER_RE = /^site-backup-[a-z]+-h([0-9a-f]{8})p(\d+)-/;
var STALE_AFTER_MS = 24 * 36e5;
var staging = /* @__PURE__ */ new Set();
var groups = /* @__PURE__ */ new Set();
async function makeStaging(root, kind) {
  const dir = await mkdtemp(path.join(root, `site-backup-${kind}-h${HOST}p${process.pid}-`));
  staging.add(dir);
  return dir;
}
function trackGroup(pid) {
  if (pid === void 0) return () => void 0;
  groups.add(pid);
  return () => groups.delete(pid);
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
async function sweepStaleStaging(root, now = Date.now()) {
  const removed = [];
  let names;
  try {
    names = await readdir(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith("site-backup-")) continue;
    const dir = path.join(root, name);
    const st = await stat(dir).catch(() => void 0);
    if (!st?.isDirectory()) continue;
    const m = OWNER_RE.exec(name);
    const mine = m && m[1] === HOST;
    const stale = mine ? Number(m[2]) !== process.pid && !alive(Number(m[2])) : now - st.mtimeMs > STALE_AFTER_MS;
    if (!stale) continue;
    await rm(dir, { recursive: true, force: true }).then(
      () => removed.push(dir),
      () => void 0
    );
  }
  return removed;
}
async function sweepLeftovers(root, log) {
  const removed = await sweepStaleStaging(root);
  if (removed.length) log.info(`Removed ${removed.length} staging folder(s) that killed runs left in ${root}.`);
}
var installed = false;
function installInterruptCleanup(graceMs = 3e3) {
  if (installed) return;
  installed = true;
  const onSignal = (sig) => {
    const signalAll = (s) => {
      for (const g of groups) {
        try {
          process.kill(-g, s);
        } catch {
        }
      }
    };
    signalAll("SIGTERM");
    for (const d of staging) rmSync(d, { recursive: true, force: true });
    process.stderr.write(
      `site-backup: stopped by ${sig}; ended ${groups.size} child process group(s) and removed ${staging.size} staging folder(s)
`
    );
    const code = sig === "SIGINT" ? 130 : 143;
    setTimeout(
      () => {
        signalAll("SIGKILL");
        process.exit(code);
      },
      groups.size ? graceMs : 0
    ).unref();
    const poll = setInterval(() => {
      if ([...groups].every((g) => !alive(-g))) {
        clearInterval(poll);
        process.exit(code);
      }
    }, 50);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}

export {
  makeStaging,
  trackGroup,
  sweepLeftovers,
  installInterruptCleanup
};
