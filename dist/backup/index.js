import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  parseBool,
  parseCommon,
  parseDurationInput,
  parseEnvironment,
  parseSite,
  requireFolderOrAbsent
} from "./chunk-QAUHEZJI.js";
import {
  INPUTS,
  INPUT_READERS,
  envSource,
  inputOrDefault
} from "./chunk-5LGMOAVG.js";
import {
  VerificationError,
  walkFiles
} from "./chunk-6C6HLHJS.js";
import {
  startProgress
} from "./chunk-NFRKXYRZ.js";
import {
  readdirIfExists,
  unwritten
} from "./chunk-VGFCETJD.js";
import {
  actionsCache
} from "./chunk-DCXOFWG7.js";
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import {
  installInterruptCleanup,
  makeStaging,
  sweepLeftovers
} from "./chunk-TLYYK3DI.js";
import "./chunk-6LRQM5XH.js";
import {
  addSecret,
  redact,
  secretsInEnv
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  ReadBackError
} from "./chunk-4WHPXNRH.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  BackupExistsError,
  groupBackups,
  isLayoutObject,
  isRecordName
} from "./chunk-AYPIQNH4.js";
import {
  COMPRESSIONS,
  MANIFEST_NAME,
  SITE_RE,
  TRIGGERS,
  backupIdSuffix,
  makeBackupId,
  parseBackupId,
  sourceFromEnv
} from "./chunk-4FVHBC72.js";
import "./chunk-BB3JDYVJ.js";

// src/commands/backup.ts
import { createHash as createHash2 } from "node:crypto";
import os2 from "node:os";

// src/config/applies.ts
var INPUT_PLATFORMS = INPUT_READERS;
var INPUT_STORES = {
  "s3-endpoint": ["s3"],
  "s3-region": ["s3"],
  "s3-force-path-style": ["s3"],
  "s3-storage-class": ["s3"],
  "s3-sse": ["s3"],
  "s3-kms-key-id": ["s3"],
  "artifact-retention-days": ["artifact"]
};
function inapplicableInputs(src, platform, store) {
  const out = [];
  const given = (name) => {
    const v = src.get(name);
    return v !== void 0 && v !== INPUTS[name].default;
  };
  for (const [name, platforms] of Object.entries(INPUT_PLATFORMS)) {
    if (!platforms.includes(platform) && given(name)) {
      out.push(
        `Input \`${name}\` is set but \`platform: ${platform}\` does not use it (only ${platforms.map((p) => `\`${p}\``).join(", ")}), so it is ignored. Remove it, or check \`platform\`.`
      );
    }
  }
  for (const [name, kinds] of Object.entries(INPUT_STORES)) {
    if (!kinds.includes(store) && given(name)) {
      out.push(
        `Input \`${name}\` is set but the store is ${store === "local" ? "a folder" : store === "s3" ? "S3" : "`artifact`"}, which does not use it, so it is ignored. Remove it, or check \`store\`.`
      );
    }
  }
  return out;
}

// src/config/backup.ts
import path from "node:path";
function parsePullCache(src, store, cwd = process.cwd()) {
  const v = inputOrDefault(src, "pull-cache").trim();
  if (v === "off" || v === "") return void 0;
  if (v === "actions") return { kind: "actions" };
  const hint = "Use `off`, `actions`, or a folder on the runner such as `/var/cache/site-backup`.";
  if (/^(true|false|on|yes|no)$/i.test(v)) throw new ConfigError("pull-cache", `"${v}" is not a setting`, hint);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !v.startsWith("file:///"))
    throw new ConfigError("pull-cache", "is a URL; the kept export is a folder on this machine", hint);
  if (/[\n\r\0]/.test(v)) throw new ConfigError("pull-cache", "holds a line break or NUL", hint);
  const dir = path.resolve(cwd, v.startsWith("file:///") ? decodeURIComponent(v.slice("file://".length)) : v);
  if (store.kind === "local") {
    const within = (outer, inner) => {
      const rel = path.relative(outer, inner);
      return rel === "" || rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
    };
    if (within(store.root, dir) || within(dir, store.root))
      throw new ConfigError(
        "pull-cache",
        `"${dir}" overlaps the store folder "${store.root}"`,
        "Give the kept export a folder of its own, outside the store."
      );
  }
  return { kind: "folder", dir: requireFolderOrAbsent(dir, "pull-cache", hint) };
}
function triggerFromEvent(eventName) {
  if (eventName === "schedule") return "scheduled";
  if (eventName === "pull_request" || eventName === "pull_request_target" || eventName === "merge_group") return "pre-merge";
  return "manual";
}
var BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
var BECH32_GEN = [996825010, 642813549, 513874426, 1027748829, 705979059];
function bech32Valid(s, hrp) {
  const data = [...s.slice(hrp.length + 1)].map((c) => BECH32.indexOf(c));
  if (!s.startsWith(`${hrp}1`) || data.length < 6 || data.some((d) => d < 0)) return { ok: false, dataBits: 0 };
  let chk = 1;
  for (const v of [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data]) {
    const top = chk >>> 25;
    chk = ((chk & 33554431) << 5 ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) chk = (chk ^ BECH32_GEN[i]) >>> 0;
  }
  return { ok: chk === 1, dataBits: (data.length - 6) * 5 };
}
function parseRecipients(text) {
  if (!text) return [];
  const list = text.split(/[\s,]+/).filter(Boolean);
  for (const r of list) {
    if (!/^age1[02-9ac-hj-np-z]{20,}$/.test(r)) {
      throw new ConfigError(
        "encrypt-to",
        `"${r.slice(0, 12)}\u2026" is not an age recipient`,
        "Give public keys that start with `age1` (from `age-keygen -y key.txt`); never the secret key."
      );
    }
    const { ok, dataBits } = bech32Valid(r, "age");
    if (!ok) {
      throw new ConfigError(
        "encrypt-to",
        `"${r.slice(0, 12)}\u2026" has a bad checksum (a character is wrong or missing)`,
        "Copy the recipient again from `age-keygen -y key.txt`."
      );
    }
    if (Math.floor(dataBits / 8) !== 32) {
      throw new ConfigError(
        "encrypt-to",
        `"${r.slice(0, 12)}\u2026" is not a 32-byte X25519 age public key`,
        "Give recipients from `age-keygen -y key.txt`; plugin and SSH recipients are not supported."
      );
    }
  }
  return list;
}
function parseBackupConfig(src, env = process.env, cwd) {
  const common = parseCommon(src, cwd);
  const compression = inputOrDefault(src, "compression");
  if (!COMPRESSIONS.includes(compression)) {
    throw new ConfigError("compression", `unknown compression "${compression}"`, `Use one of: ${COMPRESSIONS.join(", ")}.`);
  }
  const t = inputOrDefault(src, "trigger");
  let trigger;
  if (t === "auto") trigger = triggerFromEvent(env.GITHUB_EVENT_NAME);
  else if (TRIGGERS.includes(t)) trigger = t;
  else throw new ConfigError("trigger", `unknown trigger "${t}"`, `Use auto, ${TRIGGERS.join(", ")}.`);
  if (common.store.kind !== "artifact" && common.store.restic && src.get("encrypt-to")) {
    throw new ConfigError(
      "encrypt-to",
      "does not combine with `format: restic`: restic encrypts the whole repository with `restic-password` (symmetric), and age recipients cannot be added to it",
      "Remove `encrypt-to` and keep `restic-password` safe, or use `format: archive` for backups only the age identity can read."
    );
  }
  const cfg = {
    ...common,
    compression,
    seekable: parseBool(src, "seekable"),
    recipients: parseRecipients(src.get("encrypt-to")),
    trigger,
    timeoutMs: parseDurationInput(src, "timeout")
  };
  const maxAge = parseDurationInput(src, "max-age");
  if (maxAge !== void 0) cfg.maxAgeMs = maxAge;
  const pullCache = parsePullCache(src, cfg.store, cwd);
  if (pullCache) cfg.pullCache = pullCache;
  return cfg;
}

// src/core/backup.ts
import { randomBytes } from "node:crypto";
import { readdir as readdir3, lstat as lstat3 } from "node:fs/promises";
import os from "node:os";
import path4 from "node:path";

// src/stores/local.ts
import { close as fsClose, createReadStream, createWriteStream, open as fsOpen, read as fsRead } from "node:fs";
import { link, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { pipeline } from "node:stream/promises";
import { pathToFileURL } from "node:url";

// src/util/limit.ts
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

// src/stores/local.ts
var LocalStore = class {
  constructor(root) {
    this.root = root;
  }
  root;
  kind = "local";
  dir(ref) {
    return path2.join(this.root, ref.site, ref.environment, ref.id);
  }
  location(ref) {
    return pathToFileURL(this.dir(ref)).href + "/";
  }
  objectUri(ref, name) {
    return pathToFileURL(path2.join(this.dir(ref), name)).href;
  }
  async createWriter(ref) {
    const dir = this.dir(ref);
    await mkdir(path2.dirname(dir), { recursive: true });
    try {
      await mkdir(dir);
    } catch (e) {
      if (e.code === "EEXIST") throw new BackupExistsError(this.location(ref));
      throw e;
    }
    return {
      async put(name, body) {
        const tmp = path2.join(dir, `.${name}.partial`);
        await pipeline(body, createWriteStream(tmp));
        await rename(tmp, path2.join(dir, name));
      },
      async putLent(name, batches) {
        const tmp = path2.join(dir, `.${name}.partial`);
        const fh = await open(tmp, "wx");
        try {
          for await (const batch of batches) {
            for (let rest = batch; rest.length > 0; ) rest = unwritten(rest, (await fh.writev(rest)).bytesWritten);
          }
        } finally {
          await fh.close();
        }
        await rename(tmp, path2.join(dir, name));
      },
      async commit(manifestJson) {
        const tmp = path2.join(dir, `.${MANIFEST_NAME}.partial`);
        await writeFile(tmp, manifestJson);
        try {
          await link(tmp, path2.join(dir, MANIFEST_NAME));
        } catch (e) {
          if (e.code === "EEXIST")
            throw new BackupExistsError(pathToFileURL(path2.join(dir, MANIFEST_NAME)).href);
          throw e;
        } finally {
          await rm(tmp, { force: true });
        }
      },
      async abort() {
        await rm(dir, { recursive: true, force: true });
      }
    };
  }
  async list(site, environment) {
    const base = path2.join(this.root, site, environment);
    const ids = await readdirIfExists(base);
    if (!ids) return [];
    const entries = [];
    for (const id of ids) await statEntries(base, id, entries);
    return groupBackups(site, environment, entries);
  }
  async listAll(options = {}) {
    if (options.sizes === "incomplete") return this.listAllUnsized();
    const out = [];
    for (const site of await readdirIfExists(this.root) ?? []) {
      if (!SITE_RE.test(site) || !(await statOrGone(path2.join(this.root, site)))?.isDirectory()) continue;
      for (const environment of await readdirIfExists(path2.join(this.root, site)) ?? []) {
        if ((await statOrGone(path2.join(this.root, site, environment)))?.isDirectory()) out.push(...await this.list(site, environment));
      }
    }
    return out;
  }
  /**
   * listAll({ sizes: 'incomplete' }): a readdir per folder and no stat per object, several sites
   * at a time. A folder holding manifest.json is a complete backup, listed `unsized` (its
   * manifest has the sizes); any other folder is listed by list(), stats and all, since its
   * objects' sizes and times are all there is to know about it.
   */
  async listAllUnsized() {
    const sites = (await subfolders(this.root)).filter((s) => SITE_RE.test(s));
    const envs = await mapLimit(sites, LIST_CONCURRENCY, (site) => subfolders(path2.join(this.root, site)));
    const pairs = sites.flatMap((site, i) => envs[i].map((environment) => [site, environment]));
    const out = await mapLimit(pairs, LIST_CONCURRENCY, async ([site, environment]) => {
      const base = path2.join(this.root, site, environment);
      const complete = [];
      const rest = [];
      for (const id of await subfolders(base)) {
        const names = await readdirIfExists(path2.join(base, id));
        if (!names) continue;
        if (!names.includes(MANIFEST_NAME)) {
          await statEntries(base, id, rest);
          continue;
        }
        const at = parseBackupId(id)?.time ?? /* @__PURE__ */ new Date(0);
        for (const name of names) complete.push({ id, name, size: 0, lastModified: at });
      }
      const unsized = groupBackups(site, environment, complete).map((b) => ({ ...b, unsized: true }));
      return [...unsized, ...groupBackups(site, environment, rest)].sort((a, b) => a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
    });
    return out.flat();
  }
  async read(ref, name) {
    const p = path2.join(this.dir(ref), name);
    await stat(p);
    return createReadStream(p);
  }
  async readRange(ref, name, start, end) {
    const s = createReadStream(path2.join(this.dir(ref), name), { start, end: end - 1, highWaterMark: 512 << 10 });
    await new Promise((resolve, reject) => {
      s.once("open", () => resolve());
      s.once("error", reject);
    });
    return s;
  }
  async readSmall(ref, name, limit) {
    const fd = await new Promise((res, rej) => fsOpen(path2.join(this.dir(ref), name), "r", (e, n) => e ? rej(e) : res(n)));
    try {
      let buf = Buffer.allocUnsafe(Math.min(limit + 1, 8192));
      let n = 0;
      for (; ; ) {
        const got = await new Promise((res, rej) => fsRead(fd, buf, n, buf.length - n, null, (e, k) => e ? rej(e) : res(k)));
        if (got === 0) return buf.subarray(0, n);
        if ((n += got) > limit) return void 0;
        if (n === buf.length) buf = Buffer.concat([buf, Buffer.allocUnsafe(Math.min(buf.length, limit + 1 - n))]);
      }
    } finally {
      await new Promise((res) => fsClose(fd, () => res()));
    }
  }
  /** Replaces the record atomically (temporary name, then rename), and only in an existing backup folder. */
  async writeRecord(ref, name, json) {
    const dir = this.dir(ref);
    if (!(await statOrGone(dir))?.isDirectory())
      throw new Error(`backup ${ref.id} is not in the store (removed meanwhile?); its ${name} was not written`);
    const tmp = path2.join(dir, `.${name}.partial`);
    await writeFile(tmp, json);
    await rename(tmp, path2.join(dir, name));
  }
  async remove(backups) {
    const result = { removed: [], errors: [] };
    for (const b of backups) {
      const dir = this.dir(b);
      let ok = true;
      const names = [...b.objects.map((o) => o.name), ...(b.records ?? []).map((r) => r.name)].filter(
        (n) => n && (isLayoutObject(n) || isRecordName(n))
      );
      names.sort((x, y) => x === MANIFEST_NAME ? -1 : y === MANIFEST_NAME ? 1 : isRecordName(x) ? 1 : isRecordName(y) ? -1 : 0);
      for (const name of names) {
        try {
          await rm(path2.join(dir, name), { force: true });
        } catch (e) {
          ok = false;
          result.errors.push({ key: path2.join(dir, name), message: e.message });
        }
      }
      for (const name of await readdir(dir).catch(() => [])) {
        const m2 = /^\.(.+)\.partial$/.exec(name);
        if (m2 && (isLayoutObject(m2[1]) || isRecordName(m2[1]))) await rm(path2.join(dir, name), { force: true });
      }
      await rmdir(dir).catch(() => void 0);
      if (ok) result.removed.push(b.id);
    }
    return result;
  }
};
async function statEntries(base, id, entries) {
  const d = path2.join(base, id);
  const st = await statOrGone(d);
  if (!st?.isDirectory()) return;
  const names = await readdirIfExists(d);
  if (!names) return;
  if (names.length === 0) {
    entries.push({ id, name: "", size: 0, lastModified: st.mtime });
  }
  for (const name of names) {
    const s = await statOrGone(path2.join(d, name));
    if (s) entries.push({ id, name, size: s.size, lastModified: s.mtime });
  }
}
var LIST_CONCURRENCY = 16;
async function subfolders(p) {
  let found;
  try {
    found = await readdir(p, { withFileTypes: true });
  } catch (e) {
    if (e.code === "ENOENT") return [];
    throw e;
  }
  const out = [];
  for (const d of found)
    if (d.isDirectory() || d.isSymbolicLink() && (await statOrGone(path2.join(p, d.name)))?.isDirectory()) out.push(d.name);
  return out;
}
async function statOrGone(p) {
  try {
    return await stat(p);
  } catch (e) {
    if (e.code === "ENOENT" && !await lstat(p).catch(() => void 0)) return void 0;
    throw e;
  }
}

// src/stores/index.ts
async function openStore(spec, log, env = process.env) {
  if (spec.kind !== "artifact" && spec.restic)
    throw new Error("internal: a `format: restic` store holds restic repositories; open it with openPlace");
  switch (spec.kind) {
    case "local":
      return new LocalStore(spec.root);
    case "s3": {
      const { S3Store } = await import("./s3-DSWVQ5WA.js");
      return new S3Store(spec, log, env);
    }
    case "artifact": {
      const { ArtifactStore } = await import("./artifact-HKNLFGTK.js");
      return new ArtifactStore(spec, log, env);
    }
  }
}

// src/formats/place.ts
import { buffer } from "node:stream/consumers";
function archivePlace(store) {
  return {
    format: "archive",
    kind: store.kind,
    store,
    location: (ref) => store.location(ref),
    manifestUri: (ref) => store.objectUri(ref, MANIFEST_NAME),
    list: (site, environment) => store.list(site, environment),
    remove: (backups) => store.remove(backups),
    manifestBytes: async (ref) => buffer(await store.read(ref, MANIFEST_NAME))
  };
}
function resticPlace(repo) {
  return {
    format: "restic",
    kind: repo.kind,
    repo,
    location: (ref) => repo.location(ref),
    manifestUri: (ref) => `${repo.location(ref)}/${MANIFEST_NAME}`,
    list: (site, environment) => repo.list(site, environment),
    remove: (backups) => repo.remove(backups),
    manifestBytes: (ref) => repo.manifestBytes(ref)
  };
}

// src/formats/index.ts
function formatOf(spec) {
  return spec.kind !== "artifact" && spec.restic ? "restic" : "archive";
}
async function openPlace(spec, log, env = process.env) {
  if (formatOf(spec) === "restic") {
    const { openResticStore } = await import("./store-Q2X6ARJF.js");
    return resticPlace(await openResticStore(spec, log, env));
  }
  return archivePlace(await openStore(spec, log, env));
}
async function beginWriter(ctx, place) {
  if (place.format === "restic") return (await import("./writer-NQFHYGQ4.js")).beginResticWriter(ctx, place.repo);
  return (await import("./writer-SRFVWRLQ.js")).beginArchiveWriter(ctx, place.store);
}

// src/core/pull-cache.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { copyFile, cp, link as link2, lstat as lstat2, mkdir as mkdir2, readdir as readdir2, readlink, rename as rename2, rm as rm2, symlink, utimes } from "node:fs/promises";
import path3 from "node:path";
var LAYOUT = "v1";
async function summarizeTree(root) {
  const h = createHash("sha256");
  let files = 0;
  let bytes = 0;
  const walk = async (dir, rel) => {
    for (const name of (await readdir2(dir)).sort()) {
      const p = path3.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = await lstat2(p);
      const type = st.isDirectory() ? "d" : st.isSymbolicLink() ? "l" : st.isFile() ? "f" : "o";
      h.update(type === "d" ? `${r}\0d\0${st.mode}
` : `${r}\0${type}\0${st.size}\0${Math.floor(st.mtimeMs)}\0${st.mode}
`);
      if (st.isDirectory()) await walk(p, r);
      else if (st.isFile()) {
        files++;
        bytes += st.size;
      }
    }
  };
  await walk(root, "");
  return { files, bytes, fingerprint: h.digest("hex") };
}
async function linkTree(src, dst) {
  let copying = false;
  const walk = async (from, to) => {
    for (const e of await readdir2(from, { withFileTypes: true })) {
      const a = path3.join(from, e.name);
      const b = path3.join(to, e.name);
      if (e.isDirectory()) {
        await mkdir2(b, { mode: (await lstat2(a)).mode & 4095 });
        await walk(a, b);
      } else if (e.isSymbolicLink()) {
        await symlink(await readlink(a), b);
      } else if (e.isFile()) {
        if (!copying) {
          try {
            await link2(a, b);
            continue;
          } catch (err) {
            const code2 = err.code;
            if (code2 !== "EXDEV" && code2 !== "EPERM" && code2 !== "EMLINK") throw err;
            copying = true;
          }
        }
        const st = await lstat2(a);
        await copyFile(a, b);
        await utimes(b, st.atime, st.mtime);
      }
    }
  };
  await walk(src, dst);
}
async function moveTree(src, dest) {
  await mkdir2(path3.dirname(dest), { recursive: true, mode: 448 });
  try {
    await rename2(src, dest);
  } catch (e) {
    if (e.code !== "EXDEV") throw e;
    await cp(src, dest, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, errorOnExist: true, force: false });
    await rm2(src, { recursive: true, force: true });
  }
}
function repositoryIsPublic(env) {
  if (!env.GITHUB_EVENT_PATH) return void 0;
  try {
    const ev = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    if (ev.repository?.visibility === "public" || ev.repository?.private === false) return true;
    if (ev.repository?.private === true) return false;
  } catch {
  }
  return void 0;
}
var safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, "_");
var PullCache = class {
  constructor(cfg, mirrored, root, mode, deps, cache) {
    this.cfg = cfg;
    this.mirrored = mirrored;
    this.root = root;
    this.mode = mode;
    this.deps = deps;
    this.cache = cache;
  }
  cfg;
  mirrored;
  root;
  mode;
  deps;
  cache;
  held = /* @__PURE__ */ new Map();
  /** Per component: the Actions cache entry it was restored from, and the restored tree's fingerprint. */
  restored = /* @__PURE__ */ new Map();
  /** The kept export of a component. In `actions` mode this exact path string is part of the cache entry's version. */
  keptDir(component) {
    return path3.join(this.root, safe(this.cfg.platform), safe(this.cfg.site), safe(this.cfg.environment), component);
  }
  /** The Actions cache key prefix of a component: every entry of it starts so; the newest is restored. */
  keyPrefix(component) {
    return `site-backup-pull-${LAYOUT}-${safe(this.cfg.platform)}-${safe(this.cfg.site)}-${safe(this.cfg.environment)}-${component}-`;
  }
  /** Fills the (empty) `outDir` with the kept export of `component`, when there is one. Never throws. */
  async seed(component, outDir) {
    if (!this.mirrored.has(component)) return;
    const { log } = this.deps;
    const kept = this.keptDir(component);
    const started = Date.now();
    let from = "";
    let restoredKey;
    try {
      if (this.mode === "actions") {
        await rm2(kept, { recursive: true, force: true });
        const prefix = this.keyPrefix(component);
        const key = restoredKey = await this.cache.restore([kept], prefix, [prefix]);
        if (!key) {
          log.info(
            `pull-cache: ${component}: no kept export in the Actions cache yet (${prefix}*): a full pull; it is kept for the next backup once this one succeeds`
          );
          return;
        }
        from = ` restored from the Actions cache (${key}) in ${((Date.now() - started) / 1e3).toFixed(1)} s,`;
      }
      const st = await lstat2(kept).catch(() => void 0);
      if (!st?.isDirectory()) {
        log.info(
          `pull-cache: ${component}: no kept export in ${kept} yet: a full pull; it is kept for the next backup once this one succeeds`
        );
        return;
      }
      const s = await summarizeTree(kept);
      if (restoredKey) this.restored.set(component, { key: restoredKey, fingerprint: s.fingerprint });
      await linkTree(kept, outDir);
      log.info(
        `pull-cache: ${component}: seeded with the export of the last successful backup (${s.files} files, ${formatBytes(s.bytes)}),${from} so rsync transfers only what changed`
      );
    } catch (e) {
      log.warn(`pull-cache: ${component}: could not seed from the kept export (${e.message}); pulling everything`);
      for (const n of await readdir2(outDir).catch(() => [])) await rm2(path3.join(outDir, n), { recursive: true, force: true });
    }
  }
  /** After `component` is packed: moves its export aside until the backup commits. Never throws. */
  async hold(component, outDir) {
    if (!this.mirrored.has(component)) return;
    try {
      const holder = await makeStaging(this.deps.tmpRoot, "pull");
      const dir = path3.join(holder, component);
      await rename2(outDir, dir);
      this.held.set(component, { holder, dir });
    } catch (e) {
      this.deps.log.warn(`pull-cache: ${component}: could not keep the export (${e.message}); the next backup pulls it in full`);
    }
  }
  /** After the commit point: each held export replaces the kept one (and is saved to the Actions cache). Never throws. */
  async keep() {
    const { log, env } = this.deps;
    for (const [component, h] of this.held) {
      const kept = this.keptDir(component);
      try {
        const s = await summarizeTree(h.dir);
        const old = `${kept}.old-${process.pid}-${Date.now()}`;
        await rename2(kept, old).catch((e) => {
          if (e.code !== "ENOENT") throw e;
        });
        try {
          await moveTree(h.dir, kept);
        } finally {
          await rm2(old, { recursive: true, force: true });
        }
        for (const n of await readdir2(path3.dirname(kept))) {
          if (n.startsWith(`${component}.old-`)) await rm2(path3.join(path3.dirname(kept), n), { recursive: true, force: true });
        }
        if (this.mode === "folder") {
          log.info(`pull-cache: ${component}: kept this export (${s.files} files, ${formatBytes(s.bytes)}) in ${kept} for the next backup`);
          continue;
        }
        const was = this.restored.get(component);
        if (was && was.fingerprint === s.fingerprint) {
          log.info(`pull-cache: ${component}: unchanged since the Actions cache entry ${was.key}; not saved again`);
          continue;
        }
        const key = `${this.keyPrefix(component)}${safe(env.GITHUB_RUN_ID ?? "run")}-${safe(env.GITHUB_RUN_ATTEMPT ?? "1")}-${(this.deps.now ?? Date.now)()}`;
        const started = Date.now();
        await this.cache.save([kept], key);
        log.info(
          `pull-cache: ${component}: saved this export (${s.files} files, ${formatBytes(s.bytes)}) to the Actions cache as ${key} in ${((Date.now() - started) / 1e3).toFixed(1)} s`
        );
      } catch (e) {
        log.warn(`pull-cache: ${component}: could not keep this export (${e.message}); the next backup pulls it in full`);
      } finally {
        await rm2(h.holder, { recursive: true, force: true });
      }
    }
    this.held.clear();
  }
  /** After a failure: the held exports go; the kept ones are as they were before this run. */
  async discard() {
    for (const h of this.held.values()) await rm2(h.holder, { recursive: true, force: true });
    this.held.clear();
  }
};
async function openPullCache(cfg, platform, components, deps) {
  const setting = cfg.pullCache;
  if (!setting) return void 0;
  const { env, log } = deps;
  const mirrored = new Set(components.filter((c) => platform.mirrors?.(c) ?? false));
  if (mirrored.size === 0) {
    log.info(
      `pull-cache: platform \`${cfg.platform}\` pulls none of ${components.join(", ")} with rsync, so there is nothing to keep; every backup exports in full`
    );
    return void 0;
  }
  const cache = deps.cache ?? actionsCache;
  if (setting.kind === "actions") {
    if (repositoryIsPublic(env)) {
      throw new ConfigError(
        "pull-cache",
        "is `actions` on a public repository: every workflow of the repository, pull requests from forks included, can restore its cache entries, and the kept export holds the site's files unencrypted (code with its settings files, uploads)",
        "Use `off`, or a folder on a self-hosted runner."
      );
    }
    if (!cache.available(env)) {
      log.warn(
        "pull-cache: `actions` needs the Actions cache, which only an action step under GitHub Actions can reach; pulling everything. Outside Actions, give a folder instead."
      );
      return void 0;
    }
  }
  const root = setting.kind === "folder" ? setting.dir : path3.join(env.RUNNER_TEMP ?? deps.tmpRoot, "sba-pull-cache");
  log.info(
    `pull-cache: ${[...mirrored].join(" and ")} start from the export kept by the last successful backup (${setting.kind === "folder" ? root : "Actions cache"})`
  );
  return new PullCache(cfg, mirrored, root, setting.kind, deps, cache);
}

// src/core/tool.ts
var TOOL = { name: "site-backup-action", version: "1.0.0" };

// src/core/backup.ts
function selectComponents(cfg, platform) {
  if (!cfg.components) return [...platform.components];
  for (const c of cfg.components) {
    if (!platform.components.includes(c)) {
      throw new ConfigError(
        "components",
        `platform \`${cfg.platform}\` cannot export "${c}": ${platform.explainUnsupported(c)}`,
        `Remove "${c}" from \`components\`, or leave \`components\` empty to take everything this platform covers (${platform.components.join(", ")}).`
      );
    }
  }
  return cfg.components;
}
async function hasContent(dir) {
  for (const name of await readdir3(dir)) {
    const p = path4.join(dir, name);
    const st = await lstat3(p);
    if (st.isFile() && st.size > 0) return true;
    if (st.isDirectory() && await hasContent(p)) return true;
  }
  return false;
}
function componentError(stage, e) {
  const err = stage.controller.signal.aborted ? stage.controller.signal.reason : e;
  if (err instanceof ComponentError) return err;
  return new ComponentError(stage.component, redact(err?.message ?? String(err)), { cause: err });
}
function endStage(stage) {
  clearTimeout(stage.timer);
  stage.progress.stop();
  stage.unhook();
}
async function youngBackup(cfg, deps, now) {
  if (cfg.maxAgeMs === void 0) return void 0;
  const { place, log } = deps;
  const young = (await place.list(cfg.site, cfg.environment)).find((b) => b.complete);
  if (!young || now().getTime() - young.parsed.time.getTime() >= cfg.maxAgeMs) return void 0;
  log.info(
    `A complete backup ${formatDuration(now().getTime() - young.parsed.time.getTime())} old exists (${young.id}), younger than max-age ${formatDuration(cfg.maxAgeMs)}: skipping.`
  );
  return {
    skipped: true,
    id: young.id,
    location: place.location(young),
    manifestUri: place.manifestUri(young),
    bytes: young.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0),
    components: []
  };
}
function beginExport(run, component) {
  const { cfg, writer } = run;
  const controller = new AbortController();
  const onWriterFailed = () => controller.abort(writer.failed.reason);
  writer.failed.addEventListener("abort", onWriterFailed, { once: true });
  if (writer.failed.aborted) onWriterFailed();
  const stage = {
    component,
    started: Date.now(),
    controller,
    timer: setTimeout(
      () => controller.abort(
        new Error(`timed out after ${formatDuration(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer)`)
      ),
      cfg.timeoutMs
    ),
    progress: startProgress(component, run.log, run.progressIntervalMs, void 0, { phase: "exporting" }),
    exported: Promise.resolve(void 0),
    unhook: () => writer.failed.removeEventListener("abort", onWriterFailed)
  };
  stage.exported = (async () => {
    stage.outDir = await writer.stage(component);
    await run.pulls?.seed(component, stage.outDir);
    stage.progress.phase("exporting", { dir: stage.outDir });
    const exported = await run.platform.export(component, stage.outDir, controller.signal);
    if (controller.signal.aborted) throw controller.signal.reason;
    if (!await hasContent(stage.outDir)) {
      throw new Error(
        "the export produced no files (an empty export is treated as a failure, since several platform CLIs exit 0 when they fail)"
      );
    }
    return exported;
  })();
  stage.exported.catch(() => void 0);
  return stage;
}
async function addStage(run, stage, exported) {
  try {
    return await run.writer.add({
      component: stage.component,
      dir: stage.outDir,
      exported,
      started: stage.started,
      progress: stage.progress,
      signal: stage.controller.signal
    });
  } catch (e) {
    throw componentError(stage, e);
  } finally {
    endStage(stage);
  }
}
async function runComponents(run, components) {
  const live = /* @__PURE__ */ new Set();
  const adds = [];
  let failure;
  let platformSnapshot;
  const fail = (stage, e) => {
    if (failure !== void 0) return;
    failure = componentError(stage, e);
    for (const other of live) if (other !== stage) other.controller.abort(new Error("stopped because another component failed"));
  };
  for (let i = 0; i < components.length && failure === void 0; i++) {
    if (i >= 2) await adds[i - 2].catch(() => void 0);
    if (failure !== void 0) break;
    const stage = beginExport(run, components[i]);
    live.add(stage);
    let exported;
    try {
      exported = await stage.exported;
    } catch (e) {
      fail(stage, e);
      live.delete(stage);
      endStage(stage);
      if (stage.outDir) await run.writer.unstage(stage.outDir);
      break;
    }
    if (exported?.platformSnapshot) platformSnapshot = exported.platformSnapshot;
    const added = addStage(run, stage, exported);
    added.then(
      () => live.delete(stage),
      (e) => {
        live.delete(stage);
        fail(stage, e);
      }
    );
    adds.push(added);
  }
  const settled = await Promise.allSettled(adds);
  if (run.writer.failed.aborted) throw run.writer.failed.reason;
  if (failure !== void 0) throw failure;
  const reports = settled.map((r) => r.value);
  return { reports, ...platformSnapshot ? { platformSnapshot } : {} };
}
async function runBackup(cfg, deps) {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const { place, platform, log } = deps;
  const skipped = await youngBackup(cfg, deps, now);
  if (skipped) return skipped;
  const components = selectComponents(cfg, platform);
  const createdAt = now();
  const ref = {
    site: cfg.site,
    environment: cfg.environment,
    id: makeBackupId(
      createdAt,
      cfg.trigger,
      backupIdSuffix(env, () => randomBytes(4).toString("hex"))
    )
  };
  const tmpRoot = deps.tmpRoot ?? env.RUNNER_TEMP ?? os.tmpdir();
  const pulls = await openPullCache(cfg, platform, components, { env, log, tmpRoot, ...deps.cache ? { cache: deps.cache } : {} });
  const ctx = {
    cfg,
    ref,
    log,
    tmpRoot,
    ...deps.progressIntervalMs !== void 0 ? { progressIntervalMs: deps.progressIntervalMs } : {},
    stored: async (component, dir) => pulls?.hold(component, dir)
  };
  const writer = await beginWriter(ctx, place);
  log.info(`Backing up ${cfg.site}/${cfg.environment} (${components.join(", ")}) as ${ref.id} to ${writer.where}`);
  const run = { cfg, platform, log, writer, pulls, progressIntervalMs: deps.progressIntervalMs };
  try {
    const { reports, platformSnapshot } = await runComponents(run, components);
    const head = {
      format: 1,
      id: ref.id,
      site: cfg.site,
      environment: cfg.environment,
      platform: cfg.platform,
      trigger: cfg.trigger,
      createdAt: createdAt.toISOString(),
      finishedAt: now().toISOString(),
      tool: TOOL,
      source: sourceFromEnv(env),
      ...platformSnapshot ? { platformSnapshot } : {}
    };
    const committed = await writer.commit(head, reports);
    await pulls?.keep();
    return { skipped: false, id: ref.id, location: place.location(ref), ...committed, components: reports };
  } catch (e) {
    await pulls?.discard();
    await writer.abort().catch(
      (abortErr) => log.warn(`could not clean up the incomplete backup: ${abortErr.message}; prune sweeps it after 24 h`)
    );
    throw e;
  }
}

// src/platforms/index.ts
import { rm as rm3 } from "node:fs/promises";

// src/platforms/content-check.ts
import { open as open2 } from "node:fs/promises";
import path5 from "node:path";
var m = (offset, bytes) => ({
  offset,
  bytes: typeof bytes === "string" ? Buffer.from(bytes, "latin1") : Buffer.from(bytes)
});
var JPEG = { name: "a JPEG image", magic: [m(0, [255, 216, 255])] };
var PNG = { name: "a PNG image", magic: [m(0, [137, 80, 78, 71, 13, 10, 26, 10])] };
var GIF = { name: "a GIF image", magic: [m(0, "GIF87a"), m(0, "GIF89a")] };
var WEBP = {
  name: "a WebP image",
  magic: [],
  test: (h) => h.subarray(0, 4).toString("latin1") === "RIFF" && h.subarray(8, 12).toString("latin1") === "WEBP"
};
var BMP = { name: "a BMP image", magic: [m(0, "BM")] };
var ICO = { name: "an icon", magic: [m(0, [0, 0, 1, 0]), m(0, [0, 0, 2, 0])] };
var TIFF = { name: "a TIFF image", magic: [m(0, [73, 73, 42, 0]), m(0, [77, 77, 0, 42])] };
var PDF = { name: "a PDF", magic: [], test: (h) => h.subarray(0, 1024).includes("%PDF-") };
var ISO_BOXES = ["ftyp", "moov", "mdat", "free", "skip", "wide", "pnot"];
var ISO_MEDIA = {
  name: "an MP4/QuickTime file",
  magic: [],
  test: (h) => ISO_BOXES.includes(h.subarray(4, 8).toString("latin1"))
};
var WEBM = { name: "a WebM/Matroska file", magic: [m(0, [26, 69, 223, 163])] };
var MP3 = {
  name: "an MP3",
  magic: [m(0, "ID3")],
  test: (h) => h.subarray(0, 3).toString("latin1") === "ID3" || h[0] === 255 && ((h[1] ?? 0) & 224) === 224
};
var WAV = {
  name: "a WAV file",
  magic: [],
  test: (h) => h.subarray(0, 4).toString("latin1") === "RIFF" && h.subarray(8, 12).toString("latin1") === "WAVE"
};
var OGG = { name: "an Ogg file", magic: [m(0, "OggS")] };
var ZIP = {
  name: "a zip",
  magic: [m(0, [80, 75, 3, 4]), m(0, [80, 75, 5, 6]), m(0, [80, 75, 7, 8])]
};
var GZIP = { name: "a gzip file", magic: [m(0, [31, 139])] };
var BZIP2 = { name: "a bzip2 file", magic: [m(0, "BZh")] };
var XZ = { name: "an xz file", magic: [m(0, [253, 55, 122, 88, 90, 0])] };
var ZSTD = { name: "a zstd file", magic: [m(0, [40, 181, 47, 253])] };
var SEVENZ = { name: "a 7z archive", magic: [m(0, [55, 122, 188, 175, 39, 28])] };
var RAR = { name: "a RAR archive", magic: [m(0, "Rar!")] };
var TAR = { name: "a tar archive", magic: [m(257, "ustar")] };
var WOFF = { name: "a WOFF font", magic: [m(0, "wOFF")] };
var WOFF2 = { name: "a WOFF2 font", magic: [m(0, "wOF2")] };
var SFNT = { name: "a TrueType/OpenType font", magic: [m(0, [0, 1, 0, 0]), m(0, "true"), m(0, "ttcf"), m(0, "OTTO")] };
var JSON_START = /^[\s\uFEFF]*[[{"\d\-tfn]/;
var JSON_TYPE = { name: "JSON", magic: [], test: (h) => JSON_START.test(h.toString("utf8")) };
function looksLikeErrorBody(head) {
  const text = head.toString("utf8").replace(/^[\s\uFEFF]+/, "");
  return /^<(!doctype html|html|head|body)\b/i.test(text) || /^(<\?xml[^>]*>\s*)?<Error\b/.test(text) || /^[{[]/.test(text);
}
var SVG = { name: "an SVG image", magic: [], test: (h) => /<svg[\s>]/i.test(h.toString("utf8")) || !looksLikeErrorBody(h) };
var NOT_MARKUP = {
  name: "text",
  magic: [],
  test: (h) => !/^[\s\uFEFF]*<(\?xml|!doctype|html|head|body|error)\b/i.test(h.toString("utf8"))
};
var BY_EXTENSION = {
  jpg: JPEG,
  jpeg: JPEG,
  jpe: JPEG,
  jfif: JPEG,
  png: PNG,
  gif: GIF,
  webp: WEBP,
  bmp: BMP,
  ico: ICO,
  tif: TIFF,
  tiff: TIFF,
  avif: ISO_MEDIA,
  heic: ISO_MEDIA,
  heif: ISO_MEDIA,
  svg: SVG,
  pdf: PDF,
  mp4: ISO_MEDIA,
  m4v: ISO_MEDIA,
  mov: ISO_MEDIA,
  m4a: ISO_MEDIA,
  "3gp": ISO_MEDIA,
  webm: WEBM,
  mkv: WEBM,
  mp3: MP3,
  wav: WAV,
  ogg: OGG,
  oga: OGG,
  ogv: OGG,
  zip: ZIP,
  docx: ZIP,
  xlsx: ZIP,
  pptx: ZIP,
  odt: ZIP,
  ods: ZIP,
  jar: ZIP,
  epub: ZIP,
  gz: GZIP,
  tgz: GZIP,
  bz2: BZIP2,
  xz: XZ,
  zst: ZSTD,
  "7z": SEVENZ,
  rar: RAR,
  tar: TAR,
  woff: WOFF,
  woff2: WOFF2,
  ttf: SFNT,
  otf: SFNT,
  json: JSON_TYPE,
  js: NOT_MARKUP,
  mjs: NOT_MARKUP,
  css: NOT_MARKUP
};
var MUST_HAVE_CONTENT = new Set(Object.keys(BY_EXTENSION).filter((e) => !["js", "mjs", "css"].includes(e)));
var HEAD_BYTES = 4096;
var PARALLEL = 16;
function matches(type, head) {
  if (type.test) return type.test(head);
  return type.magic.some(
    (g) => head.length >= g.offset + g.bytes.length && head.subarray(g.offset, g.offset + g.bytes.length).equals(g.bytes)
  );
}
function describeContent(head) {
  const text = head.subarray(0, 512).toString("utf8").replace(/^[\s\uFEFF]+/, "");
  if (/^<\?xml[^>]*>\s*<Error\b/i.test(text) || /^<Error\b/.test(text)) return "an XML error body";
  if (/^<\?xml/i.test(text)) return "an XML document";
  if (/^<(!doctype html|html|head|body)\b/i.test(text)) return "an HTML page";
  if (/^[{[]/.test(text)) return "JSON text";
  for (const t of [JPEG, PNG, GIF, WEBP, PDF, ISO_MEDIA, WEBM, ZIP, GZIP, WOFF, WOFF2]) if (matches(t, head)) return t.name;
  const hex = [...head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
  return `bytes ${hex}`;
}
function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return void 0;
  return name.slice(dot + 1).toLowerCase();
}
async function readHead(file) {
  const fh = await open2(file, "r");
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
async function inspectFile(file, size) {
  const ext = extensionOf(path5.basename(file));
  const type = ext ? BY_EXTENSION[ext] : void 0;
  if (!ext || !type) return void 0;
  if (size === 0) return MUST_HAVE_CONTENT.has(ext) ? `empty, but a .${ext} file always has content` : void 0;
  const head = await readHead(file);
  if (matches(type, head)) return void 0;
  return `named .${ext} but holds ${describeContent(head)}`;
}
async function scanExport(dir) {
  const counts = { files: 0, bytes: 0 };
  const suspects = [];
  const queue = [];
  await walkFiles(dir, (abs, rel, size) => {
    counts.files++;
    counts.bytes += size;
    queue.push({ abs, rel, size });
  });
  const found = new Array(queue.length);
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const i = next++;
      const f = queue[i];
      const reason = await inspectFile(f.abs, f.size);
      if (reason) found[i] = { path: f.rel, reason };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  for (const s of found) if (s) suspects.push(s);
  return { counts, suspects };
}
var SHOWN = 5;
function listing(suspects) {
  const shown = suspects.slice(0, SHOWN).map((s) => `${s.path} (${s.reason})`);
  if (suspects.length > SHOWN) shown.push(`and ${suspects.length - SHOWN} more`);
  return shown.join("; ");
}
async function checkExportedContent(dir, opts) {
  const { counts, suspects } = await scanExport(dir);
  if (suspects.length === 0) return counts;
  if (suspects.length <= opts.acceptSuspect) {
    opts.log?.warn(
      `${opts.component}: accepted ${suspects.length} suspect file(s) (\`accept-suspect-files\` is ${opts.acceptSuspect}): ${listing(suspects)}`
    );
    return counts;
  }
  throw new VerificationError(
    // No component prefix: the pipeline's ComponentError adds it.
    `${suspects.length} file(s) whose content contradicts their name, or that are empty: ${listing(suspects)}. The platform probably answered the download with an error page, and the CLI saved it under the file's name. ` + (opts.acceptSuspect > 0 ? `\`accept-suspect-files\` accepts only ${opts.acceptSuspect}.` : "Fix or remove the files on the platform, or set `accept-suspect-files` to the number of such files you accept.")
  );
}
function acceptSuspectFrom(inputs) {
  const v = inputs.get("accept-suspect-files")?.trim();
  if (v === void 0 || v === "") return 0;
  if (!/^\d{1,9}$/.test(v)) {
    throw new ConfigError(
      "accept-suspect-files",
      `"${v}" is not a whole number`,
      "Give the number of files with wrong or empty content you accept (for example `2`), or `0` to accept none."
    );
  }
  return Number(v);
}

// src/platforms/registry.ts
var PLATFORM_MODULES = [
  { name: "siteglide", load: async () => (await import("./siteglide-YJM4BF2W.js")).siteglidePlatform },
  { name: "platformos", load: async () => (await import("./platformos-X4H3G7LL.js")).platformosPlatform },
  { name: "platformsh", load: async () => (await import("./platformsh-TDC74NCG.js")).platformshPlatform },
  { name: "upsun", load: async () => (await import("./platformsh-TDC74NCG.js")).upsunPlatform },
  { name: "divio", load: async () => (await import("./divio-CAPVHALU.js")).divioPlatform },
  { name: "ssh", load: async () => (await import("./ssh-PMOW43L6.js")).sshPlatform },
  { name: "command", load: async () => (await import("./command-Q43G4KHO.js")).commandPlatform },
  { name: "plantanapp", load: async () => (await import("./plantanapp-62EWPCG7.js")).plantanappPlatform }
];

// src/platforms/index.ts
var REGISTRY = new Map(PLATFORM_MODULES.map((p) => [p.name, p.load]));
async function getPlatform(name) {
  const load = REGISTRY.get(name);
  if (!load) throw new Error(`platform "${name}" is not available in this build`);
  return load();
}
async function openPlatform(name, ctx, tmpRoot) {
  const acceptSuspect = ctx.purpose === "restore" ? 0 : acceptSuspectFrom(ctx.inputs);
  const workDir = await makeStaging(tmpRoot, "work");
  let s;
  try {
    s = await (await getPlatform(name)).open({ ...ctx, workDir });
  } catch (e) {
    await rm3(workDir, { recursive: true, force: true });
    throw e;
  }
  return {
    components: s.components,
    explainUnsupported: (c) => s.explainUnsupported(c),
    mirrors: (c) => s.mirrors?.(c) ?? false,
    // Every platform's export is read back here: CLIs save error pages under the asset's name and
    // exit 0, so no platform may skip this. Platforms add their own checks and may count records.
    export: async (c, dir, signal) => {
      const result = await s.export(c, dir, signal) ?? {};
      signal.throwIfAborted();
      const counts = await checkExportedContent(dir, { component: c, acceptSuspect, log: ctx.log });
      const records = result.counts?.records;
      return { ...result, counts: records === void 0 ? counts : { ...counts, records } };
    },
    restore: (c, dir, opts) => s.restore(c, dir, opts),
    close: async () => {
      try {
        await s.close();
      } finally {
        await rm3(workDir, { recursive: true, force: true });
      }
    }
  };
}

// src/report/errors.ts
function errorTitle(e, what = "site-backup") {
  if (e instanceof ConfigError) return `input ${e.input}`;
  if (e instanceof ComponentError) return `${e.component} ${what} failed`;
  return `${what} failed`;
}
function chain(e) {
  const out = [];
  for (let cur = e, depth = 0; cur && depth < 8; cur = cur.cause, depth++) {
    const c = cur;
    const request = typeof c.request === "string" && typeof c.reason === "string" ? { request: c.request, reason: c.reason } : {};
    out.push({
      name: c.name ?? "Error",
      message: c.message ?? String(cur),
      ...c.component ? { component: c.component } : {},
      ...c.input ? { input: c.input } : {},
      ...request
    });
  }
  return out;
}
function classifyFailure(e) {
  const links = chain(e);
  const component = links.find((l) => l.component)?.component;
  const where = component ? `the \`${component}\` component` : "the backup";
  const input = links.find((l) => l.input)?.input;
  if (input) return { kind: "input", text: `input \`${input}\` is not valid (the run log says how to fix it)` };
  const has = (name) => links.some((l) => l.name === name);
  if (has("BackupExistsError"))
    return { kind: "collision", text: `${where} found a backup with the same id already in the store; nothing was replaced` };
  const inner = links[links.length - 1].message.replace(/^[a-z]+: /, "");
  const timeout = /^timed out after (\S+)/.exec(inner);
  if (timeout) return { kind: "timeout", text: `${where} timed out after ${timeout[1]} (raise \`timeout\` if the site needs longer)` };
  const cmd = /^([a-z]+(?:-restore)?-command) (exited with \d+|was killed by SIG[A-Z0-9]+)/.exec(inner);
  if (cmd) return { kind: "command", text: `${where} failed: \`${cmd[1]}\` ${cmd[2]}` };
  if (has("VerificationError"))
    return { kind: "content", text: `${where} failed its content checks: the export is missing files, or holds empty or error-page files` };
  if (has("IntegrityError")) return { kind: "integrity", text: `${where} failed its checksum or size checks` };
  const req = links.find((l) => l.request);
  if (req) return { kind: "store", text: `${where} failed at ${req.request}, which failed after its retries (${req.reason})` };
  if (/\bS3\b|\bstore\b|artifact/i.test(inner) && !has("ProcessError"))
    return { kind: "store", text: `${where} could not be written to or read from the store` };
  return { kind: "other", text: `${where} failed` };
}
function stepName(env) {
  const step = env.GITHUB_ACTION;
  if (!step) return void 0;
  return env.GITHUB_JOB ? `${env.GITHUB_JOB} / ${step}` : step;
}
function failureStatusFields(e, env) {
  const c = classifyFailure(e);
  const step = stepName(env);
  return { error: `${step ? `Step \`${step}\`: ` : ""}${c.text}. The run log has the details.`, kind: c.kind, ...step ? { step } : {} };
}

// src/report/markdown.ts
var CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var HTML_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;" };
function cell(s) {
  return s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ").replace(CONTROL_RE, " ").replace(/[&<>|]/g, (c) => HTML_ENTITY[c]).replace(/[\\`*~[\]]/g, "\\$&").replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "\\_").replace(/:\/\//g, "\\://").replace(/\bwww\./gi, (m2) => `${m2.slice(0, 3)}\\.`);
}
function markupCell(s) {
  return s.replace(/\|/g, "\\|").replace(/\s*\r?\n\s*/g, " ");
}
function code(s) {
  const one = s.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m2) => m2[0].length));
  const fence = "`".repeat(longest + 1);
  return longest ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}

// src/summaries/failure-summary.ts
var NEXT_STEP = {
  input: "Fix the input named above (the error says what it accepts) and run the workflow again.",
  collision: "Run the step again: it gets a new backup id. Give the backup and prune steps of a site one `concurrency` group so two runs never write at once.",
  timeout: "Raise `timeout` if the site needs longer, or check that the platform answers; the log shows how far the component got.",
  command: "Open the log at the error: it has the command's own output. Run the command by hand with the same environment to reproduce it.",
  content: "The log lists the suspect files: fix the export, or raise `accept-suspect-files` when they are expected.",
  integrity: "Restore or verify another backup (`backup: <id>`; `site-backup list` shows them), and check the store for damage.",
  store: "Check the store's credentials and permissions (for `artifact`, the job needs `permissions: actions: write`), then run again.",
  other: "Open the log at the error annotation. If the cause was passing (a network error, a platform outage), run the job again."
};
var TITLE = {
  backup: "Backup failed",
  restore: "Restore failed",
  verify: "Verify failed",
  prune: "Prune failed"
};
function failureSummaryMarkdown(s) {
  const c = classifyFailure(s.error);
  const what = s.error instanceof ConfigError ? `input \`${s.error.input}\`` : s.error instanceof ComponentError ? `the \`${s.error.component}\` component` : `the ${s.action}`;
  const step = stepName(s.env);
  const target = s.site ? ` ${s.site}/${s.environment ?? ""}` : "";
  const message = s.error instanceof ConfigError ? redact(s.error.message).split("\n")[0].slice(0, 500) : void 0;
  return [
    `## \u274C ${TITLE[s.action]}:${cell(target)}`,
    "",
    `**What failed**: ${what}${step ? ` in step ${code(step)}` : ""}.`,
    "",
    `**Why**: ${c.text}.`,
    "",
    // Our own sentence, with its code spans: kept on one line only.
    ...message ? ["> " + markupCell(message), ""] : [],
    `**What was kept**: ${s.kept}`,
    "",
    `**Next step**: ${NEXT_STEP[c.kind]}`,
    ""
  ].join("\n");
}
function newestKeptText(k, site, environment, now = /* @__PURE__ */ new Date()) {
  if (k.kind === "unopened") return "The store was not opened, so nothing in it was changed.";
  if (k.kind === "unlisted") return "The store could not be listed, so what it holds is unknown; nothing in it was deleted by this step.";
  if (!k.newest) return `No complete backup of ${site}/${environment} is in the store yet.`;
  const age = formatDuration(Math.max(0, now.getTime() - k.newest.time.getTime()));
  return `The newest complete backup, ${code(k.newest.id)} (${age} old), is in the store at ${k.newest.location}.`;
}

// src/report/status.ts
import { readFile, writeFile as writeFile2 } from "node:fs/promises";
import path6 from "node:path";
function statusPath(runnerTemp, site, environment) {
  return path6.join(runnerTemp, `site-backup-status--${site}--${environment}.json`);
}
async function writeStatus(runnerTemp, status) {
  if (!runnerTemp) return;
  const clean2 = { ...status };
  if (clean2.error) clean2.error = redact(clean2.error).slice(0, 2e3);
  await writeFile2(statusPath(runnerTemp, status.site, status.environment), JSON.stringify(clean2, null, 2) + "\n");
}

// src/summaries/backup.ts
var ARTIFACT_LOCK_NOTE = "Artifacts cannot be locked: anyone with `actions: write` on this repository can delete this backup. For backups an attacker cannot erase, use S3 with `s3-object-lock` (docs/immutable.md).";
function backupSummaryMarkdown(s) {
  if (s.skipped) {
    return `## Backup skipped: ${s.site}/${s.environment}

A complete backup young enough already exists: \`${s.id}\` at ${s.location}
`;
  }
  const withRecords = s.components.some((c) => c.exportCounts?.records !== void 0);
  const rows = s.components.map((c) => {
    const ratio = c.contentBytes > 0 ? `${(c.bytes / c.contentBytes * 100).toFixed(1)}%` : "-";
    const records = withRecords ? ` ${c.exportCounts?.records ?? "-"} |` : "";
    return `| ${c.name} | ${c.files} |${records} ${formatBytes(c.contentBytes)} | ${formatBytes(c.bytes)} | ${ratio} | \`${c.sha256.slice(0, 12)}\` | ${formatDuration(c.durationMs)} | ${formatRate(c.contentBytes, c.durationMs)} |`;
  });
  const total = s.components.reduce((n, c) => n + c.bytes, 0);
  return [
    `## Backup ${s.site}/${s.environment}: \`${s.id}\``,
    "",
    `| component | files |${withRecords ? " records |" : ""} in | out | ratio | sha256 | duration | rate |`,
    `|---|---:|${withRecords ? "---:|" : ""}---:|---:|---:|---|---:|---:|`,
    ...rows,
    "",
    `Stored ${formatBytes(total)} at ${s.location}`,
    "",
    ...s.lockNote ? [s.lockNote, ""] : []
  ].join("\n");
}

// src/config/notify.ts
var WEBHOOK_ON = ["failure", "always"];
var KUMA_PATH_RE = /\/api\/push\/[^/]+\/?$/;
function expandPlaceholders(raw, site, environment) {
  return raw.replace(/\{site\}/g, site).replace(/\{environment\}/g, environment);
}
function parseHttpUrl(input, raw, example) {
  const hint = `Give the full URL from the monitor or chat service, such as \`${example}\`, from a repository secret.`;
  if (/[\s\0]/.test(raw)) throw new ConfigError(input, "holds a space, line break or NUL", hint);
  const left = /\{[^}]*\}/.exec(raw);
  if (left)
    throw new ConfigError(
      input,
      `holds the placeholder \`${left[0].slice(0, 20)}\`; only \`{site}\` and \`{environment}\` are replaced`,
      hint
    );
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(input, "is not a URL", hint);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ConfigError(input, `is a ${url.protocol.replace(/:$/, "")} URL, not http(s)`, hint);
  return url;
}
function parseNotifyConfig(src, site, environment) {
  const cfg = {};
  const ping = src.get("ping-url");
  if (ping) {
    const url = parseHttpUrl("ping-url", expandPlaceholders(ping, site, environment), "https://hc-ping.com/<uuid>");
    cfg.ping = { url, style: KUMA_PATH_RE.test(url.pathname) ? "uptime-kuma" : "healthchecks" };
  }
  const on = inputOrDefault(src, "webhook-on");
  if (!WEBHOOK_ON.includes(on))
    throw new ConfigError("webhook-on", `"${on.slice(0, 40)}" is not a choice`, `Use ${WEBHOOK_ON.map((w) => `\`${w}\``).join(" or ")}.`);
  const hook = src.get("webhook-url");
  if (hook) cfg.webhook = { url: parseHttpUrl("webhook-url", hook, "https://hooks.slack.com/services/\u2026"), on };
  return cfg;
}

// src/notify/notifier.ts
import { randomUUID } from "node:crypto";

// src/notify/messages.ts
var MAX_BODY_BYTES = 10 * 1024;
var MAX_KUMA_MSG = 200;
function capBytes(text, max = MAX_BODY_BYTES) {
  if (Buffer.byteLength(text) <= max) return text;
  const marker = `
\u2026 (cut to ${Math.floor(max / 1024)} kB)`;
  let out = Buffer.from(text).subarray(0, max - Buffer.byteLength(marker)).toString("utf8");
  out = out.replace(/\uFFFD$/, "");
  return out + marker;
}
var clean = (text, max = MAX_BODY_BYTES) => capBytes(redact(text), max);
function successEvent(t, r) {
  const what = r.skipped ? `skipped: backup ${r.id} is younger than max-age` : `backup ${r.id} stored (${r.components.join(", ") || "no components"}; ${formatBytes(r.bytes)}) in ${formatDuration(r.elapsedMs)}`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: r.skipped ? "skipped" : "success" },
    { name: "Backup", value: r.id },
    ...r.skipped ? [] : [{ name: "Size", value: formatBytes(r.bytes) }],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  return { kind: "success", text: clean(`${t.site}/${t.environment}: ${what}`).split("\n")[0], facts: cleanFacts(facts) };
}
function verifiedEvent(t, r) {
  const n = r.ids.length;
  const drill = r.drillRows === void 0 ? "" : `; the restore drill loaded ${r.drillRows} rows`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "verified" },
    ...n ? [{ name: "Newest", value: r.ids[0] }] : [],
    ...r.drillRows === void 0 ? [] : [{ name: "Drill rows", value: String(r.drillRows) }],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  const text = `${t.site}/${t.environment}: verified ${n} ${n === 1 ? "backup" : "backups"} (newest ${r.ids[0] ?? "none"})${drill} in ${formatDuration(r.elapsedMs)}`;
  return { kind: "success", text: clean(text).split("\n")[0], facts: cleanFacts(facts) };
}
function prunedEvent(t, r) {
  const removed = r.dryRun ? `${r.removed} would be removed (dry run)` : `${r.removed} removed`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "pruned" },
    { name: "Kept", value: String(r.kept) },
    { name: r.dryRun ? "Would remove" : "Removed", value: String(r.removed) },
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  const text = `${t.site}/${t.environment}: pruned: ${r.kept} kept, ${removed} in ${formatDuration(r.elapsedMs)}`;
  return { kind: "success", text: clean(text).split("\n")[0], facts: cleanFacts(facts) };
}
function failureEvent(t, error2, env) {
  const f = failureStatusFields(error2, env);
  const lines = [
    `${t.site}/${t.environment}: ${t.action} failed.`,
    f.error,
    `Next step: ${NEXT_STEP[f.kind]}`,
    ...t.runUrl ? [`Run: ${t.runUrl}`] : []
  ];
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "failure" },
    { name: "Kind", value: f.kind },
    ...f.step ? [{ name: "Step", value: f.step }] : [],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  return { kind: "failure", text: clean(lines.join("\n")), facts: cleanFacts(facts) };
}
function cleanFacts(facts) {
  return facts.map((f) => ({ name: f.name, value: clean(f.value, 1024) }));
}
function pingRequest(ping, event, rid) {
  const url = new URL(ping.url);
  if (ping.style === "uptime-kuma") {
    if (event.kind === "start") return void 0;
    url.searchParams.set("status", event.kind === "success" ? "up" : "down");
    url.searchParams.set("msg", capChars(event.text.split("\n").slice(0, 2).join(" "), MAX_KUMA_MSG));
    return { method: "GET", url: url.href, body: "", contentType: "text/plain; charset=utf-8" };
  }
  const suffix = event.kind === "start" ? "/start" : event.kind === "failure" ? "/fail" : "";
  url.pathname = url.pathname.replace(/\/+$/, "") + suffix;
  url.searchParams.set("rid", rid);
  return { method: "POST", url: url.href, body: event.kind === "start" ? "" : event.text, contentType: "text/plain; charset=utf-8" };
}
function capChars(s, max) {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join("") + "\u2026";
}
var TITLES = {
  backup: { success: "\u2705 Backup succeeded", failure: "\u274C Backup failed" },
  verify: { success: "\u2705 Verify passed", failure: "\u274C Verify failed" },
  prune: { success: "\u2705 Prune succeeded", failure: "\u274C Prune failed" }
};
function webhookBody(t, event) {
  const title = `${TITLES[t.action][event.kind]}: ${t.site}/${t.environment}`;
  const text = capBytes(`${title}
${event.text}`);
  const color = event.kind === "failure" ? { slack: "danger", teams: "D13438" } : { slack: "good", teams: "2EB67D" };
  return JSON.stringify({
    text,
    attachments: [
      {
        color: color.slack,
        fallback: title,
        fields: event.facts.map((f) => ({ title: f.name, value: f.value, short: f.value.length <= 40 }))
      }
    ],
    "@type": "MessageCard",
    "@context": "https://schema.org/extensions",
    summary: title,
    title,
    themeColor: color.teams,
    sections: [{ facts: event.facts }]
  });
}

// src/notify/notifier.ts
var NOTIFY_BUDGET_MS = 1e4;
var httpSend = async (req, timeoutMs) => {
  try {
    const res = await fetch(req.url, {
      method: req.method,
      headers: { "content-type": req.contentType, "user-agent": "site-backup" },
      ...req.method === "POST" ? { body: req.body } : {},
      signal: AbortSignal.timeout(timeoutMs)
    });
    await res.body?.cancel().catch(() => void 0);
    return res.ok ? { ok: true } : { ok: false, reason: `answered HTTP ${res.status}` };
  } catch (e) {
    return { ok: false, reason: sendFailure(e, timeoutMs) };
  }
};
function sendFailure(e, timeoutMs) {
  const err = e;
  if (err.name === "TimeoutError" || err.cause?.name === "TimeoutError") return `gave no answer within ${(timeoutMs / 1e3).toFixed(1)} s`;
  const code2 = typeof err.cause?.code === "string" && /^[A-Z_]+$/.test(err.cause.code) ? ` (${err.cause.code})` : "";
  return `could not be reached${code2}`;
}
var Notifier = class {
  constructor(cfg, target, log, opts = {}) {
    this.cfg = cfg;
    this.target = target;
    this.log = log;
    this.rid = opts.rid ?? randomUUID();
    this.budgetMs = opts.budgetMs ?? NOTIFY_BUDGET_MS;
    this.send = opts.send ?? httpSend;
    this.now = opts.now ?? Date.now;
  }
  cfg;
  target;
  log;
  rid;
  spentMs = 0;
  budgetMs;
  send;
  now;
  /** The start ping, before anything is exported. */
  async start() {
    await this.safely(() => this.deliver(this.outgoing({ kind: "start" }), this.budgetMs / 2));
  }
  async success(info2) {
    await this.safely(() => this.deliver(this.outgoing(successEvent(this.target, info2)), Infinity));
  }
  async verified(info2) {
    await this.safely(() => this.deliver(this.outgoing(verifiedEvent(this.target, info2)), Infinity));
  }
  async pruned(info2) {
    await this.safely(() => this.deliver(this.outgoing(prunedEvent(this.target, info2)), Infinity));
  }
  async failure(error2, env) {
    await this.safely(() => this.deliver(this.outgoing(failureEvent(this.target, error2, env)), Infinity));
  }
  /** A notifier that throws would turn a good backup into a failed one: it warns instead. */
  async safely(fn) {
    try {
      await fn();
    } catch {
      this.log.warn(`A ping or webhook post could not be prepared; the monitor may alert. The ${this.target.action}'s outcome stands.`);
    }
  }
  outgoing(event) {
    const out = [];
    const ping = this.cfg.ping && pingRequest(this.cfg.ping, event, this.rid);
    if (ping) out.push({ what: `\`ping-url\` ${event.kind === "failure" ? "fail" : event.kind} ping`, req: ping });
    const hook = this.cfg.webhook;
    if (hook && event.kind !== "start" && (event.kind === "failure" || hook.on === "always")) {
      out.push({
        what: "`webhook-url` post",
        req: { method: "POST", url: hook.url.href, body: webhookBody(this.target, event), contentType: "application/json" }
      });
    }
    return out;
  }
  /** Sends them side by side, within what is left of the budget (and `limitMs`); failures are warnings. */
  async deliver(list, limitMs) {
    if (list.length === 0) return;
    const timeoutMs = Math.floor(Math.min(limitMs, this.budgetMs - this.spentMs));
    const started = this.now();
    try {
      if (timeoutMs <= 0) {
        for (const o of list)
          this.log.warn(
            `The ${o.what} was not sent: pings have used their ${this.budgetMs / 1e3} s for this run. The ${this.target.action}'s outcome stands.`
          );
        return;
      }
      const results = await Promise.all(
        list.map((o) => this.send(o.req, timeoutMs).catch(() => ({ ok: false, reason: "failed" })))
      );
      results.forEach((r, i) => {
        if (!r.ok)
          this.log.warn(
            `The ${list[i].what} to ${new URL(list[i].req.url).host} ${r.reason}; the monitor may alert. The ${this.target.action}'s outcome stands.`
          );
      });
    } finally {
      this.spentMs += Math.max(0, this.now() - started);
    }
  }
};

// src/commands/notify.ts
async function startNotifier(io, action, opts = {}) {
  if (!io.inputs.get("ping-url") && !io.inputs.get("webhook-url") && !io.inputs.get("webhook-on")) return void 0;
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const cfg = parseNotifyConfig(io.inputs, site, environment);
  if (!cfg.ping && !cfg.webhook) return void 0;
  if (cfg.ping) io.log.setSecret(cfg.ping.url.href);
  const runUrl2 = sourceFromEnv(io.env).runUrl;
  const notifier = new Notifier(cfg, { action, site, environment, ...runUrl2 ? { runUrl: runUrl2 } : {} }, io.log, opts);
  await notifier.start();
  return notifier;
}

// src/commands/secrets.ts
function maskSecretInputs(inputs, log) {
  for (const [name, spec] of Object.entries(INPUTS)) {
    if (spec.secret) log.setSecret(inputs.get(name));
  }
}

// src/commands/backup.ts
function lockNote(place, ref) {
  if (place.kind === "artifact") return { lockNote: ARTIFACT_LOCK_NOTE };
  const s3 = place.store;
  const lock = typeof s3?.expectedLock === "function" ? s3.expectedLock(ref) : void 0;
  if (!lock) return {};
  return {
    lockNote: `Object Lock: every object ${lock.mode.toLowerCase()} until at least ${lock.until.toISOString().replace(/\.\d{3}Z$/, "Z")} (what the retention policy keeps it for, plus the margin).`
  };
}
async function backupCommand(io, opts = {}) {
  maskSecretInputs(io.inputs, io.log);
  let cfg;
  let place;
  let notifier;
  const started = Date.now();
  try {
    notifier = await startNotifier(io, "backup", opts.notify);
    cfg = parseBackupConfig(io.inputs, io.env, io.cwd);
    for (const w of inapplicableInputs(io.inputs, cfg.platform, cfg.store.kind)) io.log.warn(w);
    place = await openPlace(cfg.store, io.log, io.env);
    const platform = await openPlatform(
      cfg.platform,
      { site: cfg.site, environment: cfg.environment, inputs: io.inputs, env: io.env, log: io.log, purpose: "backup" },
      io.env.RUNNER_TEMP ?? os2.tmpdir()
    );
    let result;
    try {
      result = await runBackup(cfg, {
        place,
        platform,
        log: io.log,
        env: io.env,
        ...opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}
      });
    } finally {
      await platform.close();
    }
    await reportSuccess(io, cfg, place, result);
    await notifier?.success({ ...result, components: result.components.map((c) => c.name), elapsedMs: Date.now() - started });
    return result;
  } catch (e) {
    await reportFailure(io, e, cfg, place);
    await notifier?.failure(e, io.env);
    throw e;
  }
}
async function reportSuccess(io, cfg, place, result) {
  io.setOutput("backup-id", result.id);
  io.setOutput("location", result.location);
  io.setOutput("bytes", String(result.bytes));
  io.setOutput("manifest", result.manifestUri);
  io.setOutput("skipped", String(result.skipped));
  const ref = { site: cfg.site, environment: cfg.environment, id: result.id };
  const manifestSha256 = result.manifestSha256 ?? (result.skipped ? await storedManifestSha256(place, ref) : void 0);
  if (manifestSha256) io.setOutput("manifest-sha256", manifestSha256);
  const artifact = place.kind === "artifact" && !result.skipped ? place.store.knownArtifactId(ref) : void 0;
  if (artifact !== void 0) {
    io.setOutput("artifact-id", String(artifact));
    const url = artifactUrl(io.env, artifact);
    if (url) io.setOutput("artifact-url", url);
  }
  await io.summary(
    backupSummaryMarkdown({
      site: cfg.site,
      environment: cfg.environment,
      id: result.id,
      location: result.location,
      components: result.components,
      skipped: result.skipped,
      ...lockNote(place, ref)
    })
  );
  await writeStatus(io.env.RUNNER_TEMP, {
    outcome: result.skipped ? "skipped" : "success",
    site: cfg.site,
    environment: cfg.environment,
    backupId: result.id,
    finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...runUrl(io.env)
  });
}
async function reportFailure(io, e, cfg, place) {
  if (cfg) {
    const status = {
      outcome: "failure",
      site: cfg.site,
      environment: cfg.environment,
      ...failureStatusFields(e, io.env),
      finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
      ...runUrl(io.env),
      ...e instanceof ComponentError ? { component: e.component } : {}
    };
    await writeStatus(io.env.RUNNER_TEMP, status).catch(() => void 0);
  }
  const site = cfg?.site ?? io.inputs.get("site");
  const environment = cfg?.environment ?? io.inputs.get("environment") ?? "production";
  const kept = e instanceof ReadBackError && e.stored ? "A manifest for this backup is in the store, but reading it back to confirm it failed; the backup was kept, not deleted. Verify it before relying on it." : cfg ? `Nothing of this run was stored as a backup: without a manifest it is incomplete, and prune sweeps what is left of it. ${newestKeptText(await newestKept(place, cfg.site, cfg.environment), cfg.site, cfg.environment)}` : "Nothing was read or written: the inputs were refused before the backup started.";
  await io.summary(failureSummaryMarkdown({ action: "backup", site, environment, error: e, env: io.env, kept })).catch(() => void 0);
}
async function newestKept(place, site, environment) {
  if (!place) return { kind: "unopened" };
  try {
    const newest = (await place.list(site, environment)).find((b) => b.complete);
    return { kind: "listed", ...newest ? { newest: { id: newest.id, time: newest.parsed.time, location: place.location(newest) } } : {} };
  } catch {
    return { kind: "unlisted" };
  }
}
async function storedManifestSha256(place, ref) {
  try {
    return createHash2("sha256").update(await place.manifestBytes(ref)).digest("hex");
  } catch {
    return void 0;
  }
}
function artifactUrl(env, id) {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return void 0;
  return `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}
function runUrl(env) {
  const u = sourceFromEnv(env).runUrl;
  return u ? { runUrl: u } : {};
}

// src/actions/io.ts
import os3 from "node:os";

// src/actions/runner.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(name, properties, message) {
  const props = Object.entries(properties).filter((e) => !!e[1]).map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function issue(name, properties, message) {
  process.stdout.write(command(name, properties, message) + EOL);
}
var info = (message) => void process.stdout.write(message + EOL);
var warning = (message) => issue("warning", {}, message);
var error = (message, title) => issue("error", { title }, message);
var setSecret = (value) => issue("add-mask", {}, value);
function outputEntry(name, value, delimiter = `ghadelimiter_${randomUUID2()}`) {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
function setOutput(name, value, env = process.env) {
  const file = env.GITHUB_OUTPUT;
  if (file) appendFileSync(file, outputEntry(name, value), "utf8");
  else issue("set-output", { name }, value);
}
function appendSummary(markdown, env = process.env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown + EOL, "utf8");
  else info(markdown);
}

// src/actions/io.ts
var actionReporter = {
  info: (m2) => info(redact(m2)),
  warn: (m2) => warning(redact(m2)),
  error: (m2, title) => error(redact(m2), title),
  setSecret: (v) => {
    if (!v) return;
    setSecret(v);
    for (const line of v.split(/\r?\n/)) if (line.trim().length >= 8 && line.trim() !== v.trim()) setSecret(line.trim());
    addSecret(v);
  }
};
function actionIo() {
  return {
    inputs: envSource(process.env),
    log: actionReporter,
    env: process.env,
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    setOutput: (name, value) => setOutput(name, redact(value)),
    summary: async (md) => appendSummary(redact(md))
  };
}
async function runAction(what, body) {
  for (const v of secretsInEnv(process.env)) actionReporter.setSecret(v);
  installInterruptCleanup();
  try {
    await sweepLeftovers(process.env.RUNNER_TEMP ?? os3.tmpdir(), actionReporter);
    await body(actionIo());
  } catch (e) {
    error(redact(e.message), errorTitle(e, what));
    process.exitCode = 1;
  }
}

// src/actions/backup.ts
await runAction("backup", (io) => backupCommand(io));
