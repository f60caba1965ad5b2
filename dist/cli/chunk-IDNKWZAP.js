import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  PLATFORMS,
  inputOrDefault
} from "./chunk-R65ZRAFA.js";
import {
  LOCK_MODES
} from "./chunk-GDMYLTKY.js";
import {
  parsePolicy,
  parseTimeZone
} from "./chunk-4PEM3UII.js";
import {
  parseDuration
} from "./chunk-ZZX2MHPD.js";
import {
  COMPONENTS,
  SITE_RE
} from "./chunk-A5275KUL.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/config/common.ts
import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/config/restic.ts
var FORMATS = ["archive", "restic"];
function parseFormat(src) {
  const v = inputOrDefault(src, "format");
  if (!FORMATS.includes(v)) {
    throw new ConfigError("format", `unknown format "${v}"`, `Use \`archive\` (the default) or \`restic\`.`);
  }
  return v;
}
var SUBSET_RE = /^(?:\d{1,3}(?:\.\d{1,2})?%|\d+\/\d+|\d+[KMGT])$/i;
function parseResticOptions(src, storeKind) {
  if (parseFormat(src) !== "restic") return void 0;
  if (storeKind === "artifact") {
    throw new ConfigError(
      "format",
      "`restic` cannot use the `artifact` store (a restic repository needs a store it can list, lock and delete single files in)",
      "Set `store` to `s3://bucket/prefix` or a folder, or use `format: archive` with artifacts."
    );
  }
  for (const name of ["s3-sse", "s3-kms-key-id"]) {
    if (src.get(name)) {
      throw new ConfigError(
        name,
        "does not apply to `format: restic`: restic encrypts every file with the repository password before upload",
        `Remove \`${name}\` (the bucket's default encryption still applies), or use \`format: archive\`.`
      );
    }
  }
  const opts = {};
  const password = src.get("restic-password");
  if (password) opts.password = password;
  const subset = inputOrDefault(src, "restic-read-data-subset");
  if (subset !== void 0 && subset !== "none") {
    if (subset === "all") opts.readDataSubset = "100%";
    else if (SUBSET_RE.test(subset) && !/^0+(\.0+)?%$/.test(subset)) opts.readDataSubset = subset;
    else
      throw new ConfigError(
        "restic-read-data-subset",
        `"${subset}" is not a share restic understands`,
        "Use a percentage such as `10%`, a part such as `1/7` (the 1st of 7 parts), a size such as `500M`, `all` or `none`."
      );
  }
  return opts;
}

// src/config/lock.ts
function parseObjectLock(src, spec) {
  const v = inputOrDefault(src, "s3-object-lock").toLowerCase();
  if (!LOCK_MODES.includes(v)) {
    throw new ConfigError(
      "s3-object-lock",
      `"${v}" is not a lock mode`,
      "Use `off`, `governance` (an admin with s3:BypassGovernanceRetention can still delete) or `compliance` (nobody can delete until the date, not even the account root)."
    );
  }
  if (v === "off") return void 0;
  if (spec.kind !== "s3") {
    throw new ConfigError(
      "s3-object-lock",
      `needs an S3 store; \`store\` is ${spec.kind === "artifact" ? "`artifact`: GitHub artifacts cannot be locked, and anyone with `actions: write` can delete them" : "a folder"}`,
      "Use `store: s3://bucket/prefix` on a bucket with Object Lock enabled, or set `s3-object-lock: off`."
    );
  }
  if (spec.restic) {
    throw new ConfigError(
      "s3-object-lock",
      "does not combine with `format: restic`: a restic repository rewrites and deletes its own index and pack files when it prunes, so locked files would break every prune, and a snapshot's data is shared with every other snapshot, so no single backup can be locked for its own retention",
      "Use `format: archive` for locked backups, or set `s3-object-lock: off` (see docs/immutable.md)."
    );
  }
  const marginText = inputOrDefault(src, "s3-object-lock-margin");
  const marginMs = parseDuration(marginText);
  if (marginMs === void 0)
    throw new ConfigError(
      "s3-object-lock-margin",
      `"${marginText}" is not a duration`,
      "Write a number and a unit, such as `1d`, `12h` or `30m`."
    );
  return {
    mode: v,
    marginMs,
    scheduled: parsePolicy(inputOrDefault(src, "retention"), "retention"),
    onDemand: parsePolicy(inputOrDefault(src, "retention-on-demand"), "retention-on-demand"),
    timeZone: parseTimeZone(inputOrDefault(src, "retention-timezone"))
  };
}
function parseIncludeDeleted(src, kind, restic) {
  const v = (src.get("include-deleted") ?? "false").toLowerCase();
  if (!["true", "false", "yes", "no", "1", "0", "on", "off"].includes(v))
    throw new ConfigError("include-deleted", `"${v}" is not a boolean`, "Use `true` or `false`.");
  const on = ["true", "yes", "1", "on"].includes(v);
  if (on && (kind !== "s3" || restic)) {
    throw new ConfigError(
      "include-deleted",
      `needs a versioned S3 store with \`format: archive\`; ${kind !== "s3" ? `a ${kind === "artifact" ? "GitHub artifact" : "folder"} store keeps nothing it deleted` : "restic keeps no versions of its own"}`,
      "Remove `include-deleted`, or point `store` at the versioned (Object Lock) bucket."
    );
  }
  return on;
}

// src/config/common.ts
function requireFolderOrAbsent(p, input, fix) {
  for (let cur = p; ; cur = path.dirname(cur)) {
    let st;
    try {
      st = statSync(cur);
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" && path.dirname(cur) !== cur) continue;
      if (code === "ENOTDIR") continue;
      throw new ConfigError(input, `${p} cannot be checked (${code ?? "error"})`, fix);
    }
    if (st.isDirectory()) return p;
    throw new ConfigError(
      input,
      cur === p ? `${p} exists and is not a folder` : `${cur} is a file, so ${p} cannot be a folder below it`,
      fix
    );
  }
}
var STORE_FIX = "Point `store` at a folder (it is created when missing), an `s3://` URL or `artifact`.";
function refuseControlChars(input, v, fix) {
  const m = /[\x00-\x1f\x7f]/.exec(v);
  if (m)
    throw new ConfigError(input, `holds a control character (code ${m[0].charCodeAt(0)}${m[0] === "\n" ? ", a line break" : ""})`, fix);
}
var ENV_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var ADDED_PLATFORMS = [];
function parsePlatform(src) {
  const v = inputOrDefault(src, "platform");
  const known = [...PLATFORMS, ...ADDED_PLATFORMS];
  if (!known.includes(v)) {
    throw new ConfigError("platform", `unknown platform "${v}"`, `Use one of: ${known.join(", ")}.`);
  }
  return v;
}
function parseSite(src) {
  const v = src.get("site");
  if (!v)
    throw new ConfigError("site", "is required", "Give the site a name such as `acme-shop` (lower case letters, digits, `.`, `_`, `-`).");
  if (!SITE_RE.test(v) || v.length > 100) {
    throw new ConfigError(
      "site",
      `"${v}" is not a valid site name`,
      "Use lower case letters, digits, `.`, `_` and `-`, starting with a letter or digit (no `/`, `..` or spaces)."
    );
  }
  return v;
}
function parseEnvironment(src, name = "environment") {
  const v = name === "environment" ? inputOrDefault(src, "environment") : src.get(name);
  if (!ENV_RE.test(v) || v.length > 100 || v.includes("..")) {
    throw new ConfigError(name, `"${v}" is not a valid environment name`, "Use letters, digits, `.`, `_` and `-`, without `/` or `..`.");
  }
  return v;
}
function parseBool(src, name) {
  const v = (inputOrDefault(src, name) ?? "false").toLowerCase();
  if (["true", "yes", "1", "on"].includes(v)) return true;
  if (["false", "no", "0", "off"].includes(v)) return false;
  throw new ConfigError(name, `"${v}" is not a boolean`, "Use `true` or `false`.");
}
var MAX_TIMER_MS = 2 ** 31 - 1;
function parseDurationInput(src, name) {
  const v = inputOrDefault(src, name);
  if (v === void 0) return void 0;
  const ms = parseDuration(v);
  if (ms === void 0) {
    throw new ConfigError(
      name,
      `"${v}" is not a duration`,
      "Write a number and a unit, such as `90s`, `30m`, `6h`, `7d` or `2w` (units combine: `1d12h`)."
    );
  }
  if (name === "timeout" && (ms <= 0 || ms > MAX_TIMER_MS)) {
    throw new ConfigError(
      name,
      `"${v}" is ${ms <= 0 ? "not a positive duration" : "longer than the longest timeout this runtime can keep (24 days)"}`,
      "Use a duration from `1s` to `24d`, such as `60m` or `6h`."
    );
  }
  return ms;
}
function parseComponents(src) {
  const v = src.get("components");
  if (!v) return void 0;
  const names = v.split(/[\s,]+/).filter(Boolean);
  const out = [];
  for (const n of names) {
    if (!COMPONENTS.includes(n)) {
      throw new ConfigError("components", `unknown component "${n}"`, `Use a comma-separated list of: ${COMPONENTS.join(", ")}.`);
    }
    if (!out.includes(n)) out.push(n);
  }
  return out;
}
function optional(src, name) {
  return inputOrDefault(src, name);
}
function parseStore(src, cwd = process.cwd()) {
  const spec = parseStoreLocation(src, cwd);
  const restic = parseResticOptions(src, spec.kind);
  const out = restic && spec.kind !== "artifact" ? { ...spec, restic } : spec;
  const lock = parseObjectLock(src, out);
  const includeDeleted = parseIncludeDeleted(src, out.kind, restic !== void 0);
  if (out.kind === "s3") {
    if (lock) out.objectLock = lock;
    if (includeDeleted) out.includeDeleted = true;
  }
  return out;
}
function parseStoreLocation(src, cwd) {
  const v = inputOrDefault(src, "store");
  refuseControlChars("store", v, `Remove it (a line break pasted with the value?). ${STORE_FIX}`);
  if (v === "artifact") return parseArtifactStore(src);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(v)?.[1]?.toLowerCase();
  if (scheme === "s3") return parseS3Store(src, v);
  if (scheme === "file") {
    let p;
    try {
      p = fileURLToPath(v);
    } catch {
      throw new ConfigError("store", `"${v}" is not a valid file URL`, "Write `file:///absolute/path`, or a plain folder path.");
    }
    return { kind: "local", root: requireFolderOrAbsent(p, "store", STORE_FIX) };
  }
  if (scheme !== void 0) {
    throw new ConfigError(
      "store",
      `unsupported scheme "${scheme}://"`,
      "Use `s3://bucket/prefix` (any S3-compatible store, with `s3-endpoint`), `artifact`, `file:///abs/path` or a plain folder path."
    );
  }
  return { kind: "local", root: requireFolderOrAbsent(path.resolve(cwd, v), "store", STORE_FIX) };
}
function parseArtifactStore(src) {
  const spec = { kind: "artifact" };
  const token = src.get("github-token");
  if (token) spec.token = token;
  const days = src.get("artifact-retention-days");
  if (days === void 0) return spec;
  const n = Number(days);
  if (!Number.isInteger(n) || n < 1 || n > 400) {
    throw new ConfigError(
      "artifact-retention-days",
      `"${days}" is not a whole number of days from 1 to 400`,
      "Use for example `30`, or leave it empty for the repository setting."
    );
  }
  spec.retentionDays = n;
  return spec;
}
function parseS3Store(src, v) {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(v);
  const bucket = m?.[1] ?? "";
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError(
      "store",
      `"${v}" does not name a valid S3 bucket`,
      "Write `s3://bucket` or `s3://bucket/prefix`, with a bucket name of 3 to 63 lower case letters, digits, `.` and `-`."
    );
  }
  const prefix = (m?.[2] ?? "").replace(/^\/+|\/+$/g, "");
  if (prefix.split("/").some((p) => p === ".." || p === ".")) {
    throw new ConfigError("store", `prefix "${prefix}" contains "." or ".." segments`, "Use a plain prefix such as `backups/sites`.");
  }
  const endpoint = parseS3Endpoint(src);
  const { sse, kmsKeyId } = parseS3Encryption(src);
  const storageClass = optional(src, "s3-storage-class");
  if (storageClass !== void 0 && !/^[A-Z_]+$/.test(storageClass)) {
    throw new ConfigError(
      "s3-storage-class",
      `"${storageClass}" is not a storage class`,
      "Use an S3 storage class such as `STANDARD`, `STANDARD_IA` or `GLACIER_IR`."
    );
  }
  const spec = { kind: "s3", bucket, prefix, forcePathStyle: parseBool(src, "s3-force-path-style") };
  if (endpoint) spec.endpoint = endpoint;
  const region = optional(src, "s3-region");
  if (region) spec.region = region;
  if (storageClass) spec.storageClass = storageClass;
  if (sse) spec.sse = sse;
  if (kmsKeyId) spec.kmsKeyId = kmsKeyId;
  return spec;
}
function parseS3Endpoint(src) {
  const endpoint = optional(src, "s3-endpoint");
  if (endpoint === void 0) return void 0;
  try {
    const u = new URL(endpoint);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("not http");
  } catch {
    throw new ConfigError(
      "s3-endpoint",
      "is not an http(s) URL",
      "Write the endpoint as `https://<account>.r2.cloudflarestorage.com` or `http://127.0.0.1:9000`."
    );
  }
  return endpoint;
}
function parseS3Encryption(src) {
  const sse = optional(src, "s3-sse");
  if (sse !== void 0 && sse !== "AES256" && sse !== "aws:kms" && sse !== "aws:kms:dsse") {
    throw new ConfigError(
      "s3-sse",
      `"${sse}" is not a server-side encryption mode`,
      "Use `AES256` or `aws:kms` (with `s3-kms-key-id`), or leave it empty."
    );
  }
  const kmsKeyId = optional(src, "s3-kms-key-id");
  if (kmsKeyId !== void 0 && !sse?.startsWith("aws:kms")) {
    throw new ConfigError("s3-kms-key-id", "is set but `s3-sse` is not `aws:kms`", "Set `s3-sse: aws:kms`, or remove the key id.");
  }
  return { sse, kmsKeyId };
}
function parseCommon(src, cwd) {
  const cfg = {
    platform: parsePlatform(src),
    site: parseSite(src),
    environment: parseEnvironment(src),
    store: parseStore(src, cwd)
  };
  if (cfg.store.kind === "artifact") {
    for (const [input, v] of [
      ["site", cfg.site],
      ["environment", cfg.environment]
    ]) {
      if (v.includes("--"))
        throw new ConfigError(
          input,
          `"${v}" contains "--", which the artifact store uses to separate site, environment and backup id`,
          "Use a single `-` or `.` instead, or an S3 or folder store."
        );
    }
  }
  const components = parseComponents(src);
  if (components) cfg.components = components;
  return cfg;
}

export {
  requireFolderOrAbsent,
  refuseControlChars,
  parseSite,
  parseEnvironment,
  parseBool,
  parseDurationInput,
  parseComponents,
  parseStore,
  parseCommon
};
