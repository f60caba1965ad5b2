import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  readdirIfExists,
  unwritten
} from "./chunk-VGFCETJD.js";
import {
  BackupExistsError,
  groupBackups,
  isLayoutObject,
  isRecordName
} from "./chunk-HJ2OZ5QV.js";
import {
  MANIFEST_NAME,
  SITE_RE,
  lazy,
  parseBackupId
} from "./chunk-A5275KUL.js";

// src/stores/local.ts
import { close as fsClose, createReadStream, createWriteStream, open as fsOpen, read as fsRead } from "node:fs";
import { link, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
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
    return path.join(this.root, ref.site, ref.environment, ref.id);
  }
  location(ref) {
    return pathToFileURL(this.dir(ref)).href + "/";
  }
  objectUri(ref, name) {
    return pathToFileURL(path.join(this.dir(ref), name)).href;
  }
  async createWriter(ref) {
    const dir = this.dir(ref);
    await mkdir(path.dirname(dir), { recursive: true });
    try {
      await mkdir(dir);
    } catch (e) {
      if (e.code === "EEXIST") throw new BackupExistsError(this.location(ref));
      throw e;
    }
    return {
      async put(name, body) {
        const tmp = path.join(dir, `.${name}.partial`);
        await pipeline(body, createWriteStream(tmp));
        await rename(tmp, path.join(dir, name));
      },
      async putLent(name, batches) {
        const tmp = path.join(dir, `.${name}.partial`);
        const fh = await open(tmp, "wx");
        try {
          for await (const batch of batches) {
            for (let rest = batch; rest.length > 0; ) rest = unwritten(rest, (await fh.writev(rest)).bytesWritten);
          }
        } finally {
          await fh.close();
        }
        await rename(tmp, path.join(dir, name));
      },
      async commit(manifestJson) {
        const tmp = path.join(dir, `.${MANIFEST_NAME}.partial`);
        await writeFile(tmp, manifestJson);
        try {
          await link(tmp, path.join(dir, MANIFEST_NAME));
        } catch (e) {
          if (e.code === "EEXIST")
            throw new BackupExistsError(pathToFileURL(path.join(dir, MANIFEST_NAME)).href);
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
    const base = path.join(this.root, site, environment);
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
      if (!SITE_RE.test(site) || !(await statOrGone(path.join(this.root, site)))?.isDirectory()) continue;
      for (const environment of await readdirIfExists(path.join(this.root, site)) ?? []) {
        if ((await statOrGone(path.join(this.root, site, environment)))?.isDirectory()) out.push(...await this.list(site, environment));
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
    const envs = await mapLimit(sites, LIST_CONCURRENCY, (site) => subfolders(path.join(this.root, site)));
    const pairs = sites.flatMap((site, i) => envs[i].map((environment) => [site, environment]));
    const out = await mapLimit(pairs, LIST_CONCURRENCY, async ([site, environment]) => {
      const base = path.join(this.root, site, environment);
      const complete = [];
      const rest = [];
      for (const id of await subfolders(base)) {
        const names = await readdirIfExists(path.join(base, id));
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
    const p = path.join(this.dir(ref), name);
    await stat(p);
    return createReadStream(p);
  }
  async readRange(ref, name, start, end) {
    const s = createReadStream(path.join(this.dir(ref), name), { start, end: end - 1, highWaterMark: 512 << 10 });
    await new Promise((resolve, reject) => {
      s.once("open", () => resolve());
      s.once("error", reject);
    });
    return s;
  }
  async readSmall(ref, name, limit) {
    const fd = await new Promise((res, rej) => fsOpen(path.join(this.dir(ref), name), "r", (e, n) => e ? rej(e) : res(n)));
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
    const tmp = path.join(dir, `.${name}.partial`);
    await writeFile(tmp, json);
    await rename(tmp, path.join(dir, name));
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
          await rm(path.join(dir, name), { force: true });
        } catch (e) {
          ok = false;
          result.errors.push({ key: path.join(dir, name), message: e.message });
        }
      }
      for (const name of await readdir(dir).catch(() => [])) {
        const m = /^\.(.+)\.partial$/.exec(name);
        if (m && (isLayoutObject(m[1]) || isRecordName(m[1]))) await rm(path.join(dir, name), { force: true });
      }
      await rmdir(dir).catch(() => void 0);
      if (ok) result.removed.push(b.id);
    }
    return result;
  }
};
async function statEntries(base, id, entries) {
  const d = path.join(base, id);
  const st = await statOrGone(d);
  if (!st?.isDirectory()) return;
  const names = await readdirIfExists(d);
  if (!names) return;
  if (names.length === 0) {
    entries.push({ id, name: "", size: 0, lastModified: st.mtime });
  }
  for (const name of names) {
    const s = await statOrGone(path.join(d, name));
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
    if (d.isDirectory() || d.isSymbolicLink() && (await statOrGone(path.join(p, d.name)))?.isDirectory()) out.push(d.name);
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
      const { S3Store } = await import("./s3-VX334E4K.js");
      return new S3Store(spec, log, env);
    }
    case "artifact": {
      const { ArtifactStore } = await import("./artifact-TKAOJLGV.js");
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
    const { openResticStore } = await import("./store-DGWPF2KZ.js");
    return resticPlace(await openResticStore(spec, log, env));
  }
  return archivePlace(await openStore(spec, log, env));
}
function readerFor(place) {
  if (place.format === "restic") {
    const reader2 = lazy(async () => (await import("./reader-2Z5IIMZV.js")).resticReader(place.repo));
    return {
      open: async (backup) => (await reader2()).open(backup),
      checkStore: async (site, o) => (await reader2()).checkStore(site, o)
    };
  }
  const reader = lazy(async () => (await import("./reader-PXUJLE4F.js")).archiveReader(place.store));
  return { open: async (backup) => (await reader()).open(backup) };
}
async function beginWriter(ctx, place) {
  if (place.format === "restic") return (await import("./writer-BKN3TJZF.js")).beginResticWriter(ctx, place.repo);
  return (await import("./writer-XFFHZWDW.js")).beginArchiveWriter(ctx, place.store);
}

export {
  mapLimit,
  openStore,
  formatOf,
  openPlace,
  readerFor,
  beginWriter
};
