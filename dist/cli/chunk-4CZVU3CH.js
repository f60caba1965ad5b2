import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  byNewest
} from "./chunk-GZMYM6CX.js";
import {
  actionsCache,
  installEnv,
  resolveTool,
  sha256File
} from "./chunk-L5TVWS74.js";
import {
  lastLines,
  runProcess
} from "./chunk-MHMSWIL4.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  MANIFEST_NAME,
  parseBackupId
} from "./chunk-A5275KUL.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/restic/store.ts
import { stat as stat2 } from "node:fs/promises";
import os2 from "node:os";
import path3 from "node:path";

// src/restic/binary.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var MIN_VERSION = [0, 14, 0];
var PINNED_VERSION = "0.18.0";
var PINNED_SHA256 = {
  linux_amd64: "98f6dd8bf5b59058d04bfd8dab58e196cc2a680666ccee90275a3b722374438e",
  linux_arm64: "ce18179c25dc5f2e33e3c233ba1e580f9de1a4566d2977e8d9600210363ec209",
  darwin_amd64: "10796285a653c51fe63419009423ebeb0c2d8c1ee4b6fdb2dd0d6fe1cc5a229e",
  darwin_arm64: "dd7d64a9bc0c1f8342e8f9693d5b198e9f04022f78b07f15d17ef9b801d4489d"
};
var PINNED_RELEASE = { version: PINNED_VERSION, sha256: PINNED_SHA256 };
var LAYOUT = "v2";
function parseResticVersion(text) {
  const m = /restic (\d+)\.(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : void 0;
}
function atLeast(v, min) {
  for (let i = 0; i < 3; i++) if ((v[i] ?? 0) !== (min[i] ?? 0)) return (v[i] ?? 0) > (min[i] ?? 0);
  return true;
}
var versions = /* @__PURE__ */ new Map();
function versionOf(bin, env, file) {
  return stat(bin).then(
    (st) => {
      const key = `${bin}\0${st.size}\0${st.mtimeMs}\0${st.ino}\0${st.ctimeMs}`;
      let v = versions.get(key);
      if (!v) {
        v = file ? keptVersion(file, key, () => askVersion(bin, env)) : askVersion(bin, env);
        versions.set(key, v);
        v.catch(() => versions.delete(key));
      }
      return v;
    },
    () => askVersion(bin, env)
  );
}
async function readKept(file) {
  try {
    const raw = JSON.parse(await readFile(file, "utf8"));
    return raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {};
  } catch {
    return {};
  }
}
async function keptVersion(file, key, ask) {
  const kept = await readKept(file);
  const v = kept[key];
  if (Array.isArray(v) && v.length === 3 && v.every((n) => Number.isInteger(n) && n >= 0) && atLeast(v, MIN_VERSION)) return v;
  const asked = await ask();
  const entries = Object.entries({ ...kept, [key]: asked }).slice(-8);
  const tmp = `${file}.${process.pid}.tmp`;
  await mkdir(path.dirname(file), { recursive: true }).then(() => writeFile(tmp, JSON.stringify(Object.fromEntries(entries)))).then(() => rename(tmp, file)).catch(() => rm(tmp, { force: true }).catch(() => void 0));
  return asked;
}
async function askVersion(bin, env) {
  const r = await runProcess(bin, ["version"], { env });
  const v = r.code === 0 ? parseResticVersion(r.stdoutTail) : void 0;
  if (!v) throw new Error(`${bin} version did not print a restic version (exit ${r.code}: ${lastLines(r.stderrTail || r.stdoutTail)})`);
  if (!atLeast(v, MIN_VERSION)) {
    throw new Error(
      `restic ${v.join(".")} at ${bin} is too old: format restic needs ${MIN_VERSION.join(".")} or later (repository format v2, with compression). Install a newer restic, or remove it from PATH so restic ${PINNED_VERSION} is downloaded.`
    );
  }
  return v;
}
function assetName(release) {
  const os3 = process.platform === "darwin" ? "darwin" : process.platform === "linux" ? "linux" : void 0;
  const arch = process.arch === "x64" ? "amd64" : process.arch === "arm64" ? "arm64" : void 0;
  const key = os3 && arch ? `${os3}_${arch}` : void 0;
  if (!key || !release.sha256[key]) {
    throw new Error(
      `restic is not on PATH, and no pinned restic build exists for ${process.platform}/${process.arch}: install restic ${MIN_VERSION.join(".")} or later on the runner`
    );
  }
  return key;
}
var PACKED = "restic.bz2";
async function findRestic(o) {
  const release = o.release ?? PINNED_RELEASE;
  const found = await resolveTool({
    name: "restic",
    bin: "restic",
    env: o.env,
    log: o.log,
    cache: o.cache ?? actionsCache,
    usePath: async (bin) => ({
      bin,
      version: await versionOf(bin, o.env, path.join(o.toolRoot, "site-backup", "restic", "path-versions.json")),
      source: "path"
    }),
    place: async () => {
      const key = assetName(release);
      return {
        dir: path.join(o.toolRoot, "site-backup", "restic", release.version, key),
        cacheKey: `site-backup-restic-${LAYOUT}-${release.version}-${key}`
      };
    },
    check: (dir) => checkCopy(dir, release, o.env),
    install: (dir) => download(dir, release, o)
  });
  if (found.source === "cache") o.log.info(`restic ${release.version}: ${found.from}`);
  return { ...found.value, source: found.source };
}
async function checkCopy(dir, release, env) {
  const bin = path.join(dir, "restic");
  const published = release.sha256[assetName(release)];
  const binSha = await sha256File(bin).catch(() => void 0);
  if (!binSha) return { ok: false, missing: true, why: "has no restic" };
  const packedSha = await sha256File(path.join(dir, PACKED)).catch(() => void 0);
  if (packedSha !== published) {
    return {
      ok: false,
      why: packedSha ? `keeps a download with sha256 ${packedSha}, not the published ${published}: not running it` : `has no verified download (${PACKED}) to check restic against: not running it`
    };
  }
  const expected = await unpackedSha(path.join(dir, PACKED), packedSha, env);
  if (binSha !== expected)
    return { ok: false, why: `holds a restic with sha256 ${binSha}, not the ${expected} its verified download unpacks to: not running it` };
  try {
    return { ok: true, value: { bin, version: await versionOf(bin, installEnv(env)), source: "tool-dir" } };
  } catch (e) {
    return { ok: false, why: `does not run (${e.message})` };
  }
}
var unpacked = /* @__PURE__ */ new Map();
function unpackedSha(packed, packedSha, env) {
  let sha = unpacked.get(packedSha);
  if (!sha) {
    sha = new Promise((resolve, reject) => {
      const hash = createHash("sha256");
      const child = spawn("bunzip2", ["-c", packed], { stdio: ["ignore", "pipe", "ignore"], env: installEnv(env) });
      child.stdout.on("data", (b) => hash.update(b));
      child.on("error", reject);
      child.on(
        "close",
        (code) => code === 0 ? resolve(hash.digest("hex")) : reject(new Error(`bunzip2 -c ${packed} exited with ${code}`))
      );
    });
    unpacked.set(packedSha, sha);
    sha.catch(() => unpacked.delete(packedSha));
  }
  return sha;
}
async function download(dir, release, o) {
  const key = assetName(release);
  const url = `https://github.com/restic/restic/releases/download/v${release.version}/restic_${release.version}_${key}.bz2`;
  o.log.info(`restic is not on PATH: downloading ${url}`);
  const res = await (o.fetchImpl ?? fetch)(url, { signal: AbortSignal.timeout(5 * 6e4) });
  if (!res.ok) throw new Error(`downloading restic ${release.version} failed: HTTP ${res.status} from ${url}`);
  const body = Buffer.from(await res.arrayBuffer());
  const sha = createHash("sha256").update(body).digest("hex");
  if (sha !== release.sha256[key]) {
    throw new Error(
      `the download of restic ${release.version} (${url}) has sha256 ${sha}, but its release publishes ${release.sha256[key]}: refusing to run it`
    );
  }
  const packed = path.join(dir, PACKED);
  await writeFile(packed, body);
  const r = await runProcess("bunzip2", ["-k", "-f", packed], { env: installEnv(o.env) });
  if (r.code !== 0) throw new Error(`unpacking restic failed (bunzip2 exited with ${r.code}): ${lastLines(r.stderrTail)}`);
  const bin = path.join(dir, "restic");
  await chmod(bin, 493);
  return { bin, version: await versionOf(bin, installEnv(o.env)), source: "installed" };
}

// src/restic/repo.ts
import { mkdir as mkdir2, mkdtemp, readdir, readFile as readFile2, rename as rename2, rm as rm2 } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";
import { Writable } from "node:stream";
var ResticError = class extends Error {
  name = "ResticError";
};
var LOCKED_RE = /repository is already locked|unable to create lock/i;
var NO_REPO_RE = /Is there a repository at the following location\?|repository does not exist|config: (?:file does not exist|no such file)|The specified key does not exist/i;
var WRONG_PASSWORD_RE = /wrong password or no key found/i;
var ResticRepo = class {
  constructor(spec, site, binary, env, opts) {
    this.spec = spec;
    this.site = site;
    this.binary = binary;
    this.env = env;
    this.opts = opts;
    ({ url: this.url, display: this.display } = repositoryLocation(spec, site));
    this.lockWaitMs = opts.lockWaitMs ?? 10 * 6e4;
    this.lockPollMs = opts.lockPollMs ?? 1e4;
  }
  spec;
  site;
  binary;
  env;
  opts;
  /** `s3://bucket/prefix/<site>/restic` or the folder: how people write the store. */
  display;
  url;
  lockWaitMs;
  lockPollMs;
  /** Extended options for the S3 backend; none of them secret. */
  backendArgs() {
    if (this.spec.kind !== "s3") return [];
    const args = [];
    if (this.spec.forcePathStyle) args.push("-o", "s3.bucket-lookup=path");
    if (this.spec.region) args.push("-o", `s3.region=${this.spec.region}`);
    if (this.spec.storageClass) args.push("-o", `s3.storage-class=${this.spec.storageClass}`);
    return args;
  }
  async run(args, o = {}) {
    const retryLock = o.lock && atLeast(this.binary.version, [0, 16, 0]);
    const full = [...this.backendArgs(), ...retryLock ? [`--retry-lock=${Math.ceil(this.lockWaitMs / 1e3)}s`] : [], ...args];
    const deadline = Date.now() + this.lockWaitMs;
    for (; ; ) {
      const chunks = [];
      const r = await runProcess(this.binary.bin, full, {
        env: { ...this.env, ...o.env, RESTIC_REPOSITORY: this.url },
        ...o.cwd ? { cwd: o.cwd } : {},
        ...o.signal ? { signal: o.signal } : {},
        ...o.onLine ? { onLine: o.onLine } : {},
        ...o.capture ? {
          stdout: new Writable({
            write(c, _e, cb) {
              chunks.push(c);
              cb();
            }
          })
        } : {}
      });
      const run = { code: r.code, stdout: o.capture ? Buffer.concat(chunks).toString("utf8") : r.stdoutTail, stderr: r.stderrTail };
      if (o.lock && !retryLock && r.code !== 0 && LOCKED_RE.test(r.stderrTail) && Date.now() < deadline) {
        this.opts.log.info(`restic: ${this.display} is locked by another job; waiting ${Math.round(this.lockPollMs / 1e3)} s`);
        await new Promise((res) => setTimeout(res, this.lockPollMs));
        continue;
      }
      return run;
    }
  }
  /**
   * This repository as the source of a `restic copy` run in another: restic reads the second
   * repository and its password from RESTIC_FROM_*, so, like every call, nothing reaches argv.
   */
  sourceEnv() {
    const out = { RESTIC_FROM_REPOSITORY: this.url };
    for (const k of ["PASSWORD", "PASSWORD_FILE", "PASSWORD_COMMAND"]) {
      const v = this.env[`RESTIC_${k}`];
      if (v) out[`RESTIC_FROM_${k}`] = v;
    }
    return out;
  }
  /** Runs and throws a readable error unless restic exits 0. */
  async ok(args, o = {}) {
    const r = await this.run(args, o);
    if (r.code !== 0) throw this.error(`restic ${args[0]}`, r);
    return r;
  }
  error(what, r) {
    const tail = redact(lastLines(r.stderr) || lastLines(r.stdout));
    if (WRONG_PASSWORD_RE.test(r.stderr)) {
      return new ConfigError(
        "restic-password",
        `does not open the restic repository ${this.display}`,
        "Use the password the repository was created with (the `restic-password` secret, or RESTIC_PASSWORD)."
      );
    }
    if (LOCKED_RE.test(r.stderr)) {
      return new ResticError(
        `${what} failed: ${this.display} stayed locked by another job for ${Math.round(this.lockWaitMs / 6e4)} min (${tail}). If no other backup or prune of this site runs, a crashed job left a stale lock: \`restic unlock\` removes it.`
      );
    }
    return new ResticError(`${what} failed (exit ${r.code})${tail ? `: ${tail}` : ""}`);
  }
  /**
   * Opens the repository, creating it when it does not exist. Two first backups of one site
   * (staging and production, say) may get here together, and two `restic init` racing on one
   * location leave two master keys and one config, so the repository cannot be opened (seen
   * here in 8 of 12 tries on a folder). So the repository is created in a private folder
   * and then published in one step that only one job can win: a rename for a folder, a
   * conditional write (If-None-Match) of `config` for S3. The loser uses the winner's.
   */
  async ensureInitialised(publishS3, knownMissing = false) {
    if (!knownMissing) {
      const probe = await this.run(["cat", "config"]);
      if (probe.code === 0) return "opened";
      if (!NO_REPO_RE.test(probe.stderr)) throw this.error("opening the restic repository", probe);
    }
    const local = this.spec.kind === "local";
    const parent = local ? path2.dirname(this.url) : void 0;
    if (parent) await mkdir2(parent, { recursive: true });
    const work = await mkdtemp(path2.join(parent ?? (this.env.RUNNER_TEMP || os.tmpdir()), ".restic-init-"));
    try {
      const fresh = path2.join(work, "repo");
      const init = await runProcess(this.binary.bin, ["init", "--repository-version", "2"], {
        env: { ...this.env, RESTIC_REPOSITORY: fresh }
      });
      if (init.code !== 0) throw this.error("restic init", { code: init.code, stdout: init.stdoutTail, stderr: init.stderrTail });
      let won;
      if (local) {
        try {
          await rename2(fresh, this.url);
          won = true;
        } catch (e) {
          const code = e.code;
          if (code !== "ENOTEMPTY" && code !== "EEXIST") throw e;
          won = false;
        }
      } else {
        if (!publishS3) throw new Error("internal: an S3 repository needs a publisher");
        const keys = await readdir(path2.join(fresh, "keys"));
        won = await publishS3([
          { key: "config", body: await readFile2(path2.join(fresh, "config")) },
          ...await Promise.all(keys.map(async (k) => ({ key: `keys/${k}`, body: await readFile2(path2.join(fresh, "keys", k)) })))
        ]);
      }
      for (let i = 0; !won; i++) {
        const again = await this.run(["cat", "config"]);
        if (again.code === 0) break;
        if (i >= 10 || !(WRONG_PASSWORD_RE.test(again.stderr) || NO_REPO_RE.test(again.stderr)))
          throw this.error("opening the new restic repository", again);
        await new Promise((res) => setTimeout(res, 1e3));
      }
      this.opts.log.info(
        won ? `restic: created the repository ${this.display}` : `restic: another job created ${this.display} at the same time; using it`
      );
      return won ? "created" : "joined";
    } finally {
      await rm2(work, { recursive: true, force: true });
    }
  }
};
function repositoryLocation(spec, site) {
  if (spec.kind === "local") {
    const p = path2.join(spec.root, site, "restic");
    return { url: p, display: p };
  }
  const key = [spec.prefix, site, "restic"].filter(Boolean).join("/");
  const host = spec.endpoint ? spec.endpoint.replace(/\/+$/, "") : `https://s3.${spec.region ? `${spec.region}.` : ""}amazonaws.com`;
  return { url: `s3:${host}/${spec.bucket}/${key}`, display: `s3://${spec.bucket}/${key}` };
}

// src/restic/store.ts
var TAG = { site: "site:", environment: "environment:", trigger: "trigger:", backup: "backup:", content: "content:" };
function backupTags(ref, content) {
  return [
    `${TAG.site}${ref.site}`,
    `${TAG.environment}${ref.environment}`,
    `${TAG.trigger}${ref.trigger}`,
    `${TAG.backup}${ref.id}`,
    ...content.map((c) => `${TAG.content}${c.name}=${c.bytes}`)
  ];
}
function snapshotsToBackups(site, environment, snaps) {
  const byId = /* @__PURE__ */ new Map();
  for (const s of snaps) {
    const tags = s.tags ?? [];
    const tag = (p) => tags.find((t) => t.startsWith(p))?.slice(p.length);
    if (tag(TAG.site) !== site || tag(TAG.environment) !== environment) continue;
    const id = tag(TAG.backup);
    const parsed = id ? parseBackupId(id) : void 0;
    if (!id || !parsed) continue;
    const prior = byId.get(id);
    if (prior) {
      prior.snapshots.push(s.id);
      continue;
    }
    const objects = tags.filter((t) => t.startsWith(TAG.content)).map((t) => {
      const [name, bytes] = t.slice(TAG.content.length).split("=");
      return { name, size: Number(bytes) || 0 };
    });
    objects.push({ name: MANIFEST_NAME, size: 0 });
    byId.set(id, {
      site,
      environment,
      id,
      parsed,
      complete: true,
      objects,
      bytes: objects.reduce((n, o) => n + o.size, 0),
      lastModified: new Date(s.time),
      snapshots: [s.id]
    });
  }
  return [...byId.values()].sort(byNewest);
}
var ResticStore = class {
  constructor(spec, options, binary, childEnv, log, repoOptions = {}, publishS3) {
    this.spec = spec;
    this.options = options;
    this.binary = binary;
    this.childEnv = childEnv;
    this.log = log;
    this.repoOptions = repoOptions;
    this.publishS3 = publishS3;
    this.kind = spec.kind;
  }
  spec;
  options;
  binary;
  childEnv;
  log;
  repoOptions;
  publishS3;
  kind;
  repos = /* @__PURE__ */ new Map();
  /** The last listing of each site/environment, for the backup right after max-age's (see takeListing). */
  listings = /* @__PURE__ */ new Map();
  /** The repository of a site (one per site, shared by its environments). */
  repo(site) {
    let r = this.repos.get(site);
    if (!r) {
      r = { repo: new ResticRepo(this.spec, site, this.binary, this.childEnv, { ...this.repoOptions, log: this.log }), initialised: false };
      this.repos.set(site, r);
    }
    return r.repo;
  }
  location(ref) {
    return `${this.repo(ref.site).display}#${ref.id}`;
  }
  objectUri(ref, name) {
    return `${this.location(ref)}/${name}`;
  }
  /**
   * Creates the site's repository on first use; later calls cost nothing. `knownMissing`: restic
   * just said there is none (a backup that found no repository), so it is not asked again.
   */
  async ensureInitialised(site, knownMissing = false) {
    const repo = this.repo(site);
    const r = this.repos.get(site);
    if (!r.initialised) {
      const publish = this.publishS3;
      await repo.ensureInitialised(publish ? (files) => publish(site, files) : void 0, knownMissing || r.missing === true);
      r.initialised = true;
      r.missing = false;
    }
    return repo;
  }
  async list(site, environment) {
    const repo = this.repo(site);
    const r = await repo.run(["snapshots", "--json", "--no-lock", "--tag", `${TAG.site}${site},${TAG.environment}${environment}`], {
      capture: true
    });
    if (r.code !== 0) {
      if (/Is there a repository at the following location\?|The specified key does not exist/.test(r.stderr)) {
        if (!this.repos.get(site).initialised) this.repos.get(site).missing = true;
        this.listings.set(`${site}\0${environment}`, []);
        return [];
      }
      throw repo.error("listing restic snapshots", r);
    }
    let snaps;
    try {
      snaps = JSON.parse(r.stdout || "[]");
    } catch (e) {
      throw new Error(`restic snapshots printed no JSON: ${e.message}`, { cause: e });
    }
    this.repos.get(site).initialised = true;
    const backups = snapshotsToBackups(site, environment, snaps ?? []);
    this.listings.set(`${site}\0${environment}`, backups);
    return backups;
  }
  /**
   * The listing this process made last of a site/environment (max-age's, just before a backup),
   * handed out once: a backup takes its parent from it instead of opening the repository again.
   */
  takeListing(site, environment) {
    const key = `${site}\0${environment}`;
    const l = this.listings.get(key);
    this.listings.delete(key);
    return l;
  }
  /**
   * Whether the site's repository is known not to exist, without starting restic: a listing in
   * this process found none, or (a folder store) the folder has no `config`, the file restic
   * creates first and every opening reads. A backup then creates the repository at once, beside
   * the exports, instead of learning it from a failed `restic backup` and a probe.
   */
  async knownMissing(site) {
    this.repo(site);
    const r = this.repos.get(site);
    if (r.initialised) return false;
    if (r.missing === void 0 && this.spec.kind === "local") {
      const config = path3.join(r.repo.url, "config");
      r.missing = await stat2(config).then(
        () => false,
        (e) => e.code === "ENOENT" || e.code === "ENOTDIR" ? true : void 0
      );
    }
    return r.missing === true;
  }
  /** The snapshot of a listed backup. */
  async snapshotOf(ref) {
    const b = (await this.list(ref.site, ref.environment)).find((x) => x.id === ref.id);
    if (!b) throw new Error(`backup ${ref.id} is not in ${this.repo(ref.site).display}`);
    return b;
  }
  /** The file manifest.json of a backup's snapshot, exactly as stored (`restic dump` checks it as it reads). */
  async manifestBytes(ref) {
    const b = "snapshots" in ref ? ref : await this.snapshotOf(ref);
    const r = await this.repo(ref.site).ok(["dump", "--no-lock", b.snapshots[0], `/${MANIFEST_NAME}`], { capture: true });
    return Buffer.from(r.stdout);
  }
  /**
   * `restic forget` of exactly the snapshots of these backups, then `restic prune` to free the
   * data only they used. Once forget succeeded the backups are gone whatever prune does; a
   * failed prune only leaves space to reclaim, which the next prune does.
   */
  async remove(backups) {
    const res = { removed: [], errors: [] };
    const restic = backups.filter((b) => Array.isArray(b.snapshots));
    for (const site of new Set(restic.map((b) => b.site))) {
      const mine = restic.filter((b) => b.site === site);
      const repo = this.repo(site);
      const f = await repo.run(["forget", ...mine.flatMap((b) => b.snapshots)], { lock: true });
      if (f.code !== 0) {
        const message = repo.error("restic forget", f).message;
        for (const b of mine) res.errors.push({ key: this.location(b), message });
        continue;
      }
      res.removed.push(...mine.map((b) => b.id));
      const p = await repo.run(["prune"], { lock: true });
      if (p.code !== 0)
        this.log.warn(
          `${repo.error("restic prune", p).message}. The backups were removed (forget); their data is freed by the next prune.`
        );
    }
    return res;
  }
};
function passwordEnv(opts, env) {
  const out = { ...env };
  if (opts.password) {
    out.RESTIC_PASSWORD = opts.password;
    delete out.RESTIC_PASSWORD_FILE;
    delete out.RESTIC_PASSWORD_COMMAND;
  } else if (!env.RESTIC_PASSWORD && !env.RESTIC_PASSWORD_FILE && !env.RESTIC_PASSWORD_COMMAND) {
    throw new ConfigError(
      "restic-password",
      "is empty, and neither RESTIC_PASSWORD nor RESTIC_PASSWORD_FILE is set",
      "Pass the repository password from a secret: `restic-password: ${{ secrets.RESTIC_PASSWORD }}`."
    );
  }
  delete out.RESTIC_REPOSITORY;
  delete out.RESTIC_REPOSITORY_FILE;
  return out;
}
async function openResticStore(spec, log, env, o = {}) {
  if (spec.kind === "artifact" || !spec.restic) throw new Error("internal: not a restic store spec");
  const rspec = spec;
  log.setSecret(spec.restic.password);
  let childEnv = passwordEnv(spec.restic, env);
  const binary = await findRestic({
    env,
    log,
    toolRoot: env.SITE_BACKUP_TOOL_DIR || env.RUNNER_TOOL_CACHE || path3.join(env.RUNNER_TEMP || os2.tmpdir(), "site-backup-tools"),
    ...o.cache ? { cache: o.cache } : {},
    ...o.fetchImpl ? { fetchImpl: o.fetchImpl } : {}
  });
  log.info(`restic ${binary.version.join(".")} (${binary.source === "path" ? binary.bin : `${binary.source}: ${binary.bin}`})`);
  let publish;
  if (rspec.kind === "s3") {
    const { s3Access } = await import("./s3-73ZYL3K4.js");
    const access = await s3Access(rspec, env);
    childEnv = { ...childEnv, ...access.env };
    publish = access.publish;
  }
  childEnv.TZ = "UTC";
  const repoOptions = {};
  if (o.lockWaitMs !== void 0) repoOptions.lockWaitMs = o.lockWaitMs;
  if (o.lockPollMs !== void 0) repoOptions.lockPollMs = o.lockPollMs;
  return new ResticStore(rspec, spec.restic, binary, childEnv, log, repoOptions, publish);
}

export {
  TAG,
  backupTags,
  snapshotsToBackups,
  ResticStore,
  openResticStore
};
