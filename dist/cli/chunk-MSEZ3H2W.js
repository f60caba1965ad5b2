import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  parseOptionalBackupChoice
} from "./chunk-XPTFCSZ2.js";
import {
  parseDurationInput,
  parseEnvironment,
  parseSite,
  parseStore
} from "./chunk-IDNKWZAP.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/config/copy.ts
var SIDE_OPTIONS = {
  from: ["s3-endpoint", "s3-region", "s3-force-path-style"],
  to: [
    "s3-endpoint",
    "s3-region",
    "s3-force-path-style",
    "s3-storage-class",
    "s3-sse",
    "s3-kms-key-id",
    "s3-object-lock",
    "s3-object-lock-margin"
  ]
};
var SHARED = /* @__PURE__ */ new Set(["format", "restic-password", "github-token", "retention", "retention-on-demand", "retention-timezone"]);
function sideName(side, name) {
  if (name === "store") return side;
  if (SIDE_OPTIONS[side].includes(name)) return `${side}-${name}`;
  return SHARED.has(name) ? name : void 0;
}
function sideSource(src, side) {
  return {
    get(name) {
      const real = sideName(side, name);
      return real === void 0 ? void 0 : src.get(real);
    }
  };
}
function renamed(e, side) {
  const rename = (n) => sideName(side, n) ?? n;
  const out = new ConfigError(rename(e.input), "", "");
  out.message = e.message.replace(
    /`([a-z0-9-]+)(:[^`]*)?`/g,
    (m, n, value) => n === "store" || SIDE_OPTIONS[side].includes(n) ? `\`${rename(n)}${value ?? ""}\`` : m
  );
  return out;
}
function parseSide(src, side, cwd) {
  if (!src.get(side)) {
    throw new ConfigError(
      side,
      "is required",
      `Name the store to copy ${side === "from" ? "from" : "to"}: \`s3://bucket/prefix\` or a folder${side === "from" ? ", or `artifact`" : ""}.`
    );
  }
  try {
    return parseStore(sideSource(src, side), cwd);
  } catch (e) {
    throw e instanceof ConfigError ? renamed(e, side) : e;
  }
}
var RATE_UNITS = { "": 1, k: 1e3, m: 1e6, g: 1e9 };
function parseRate(text) {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b(?:\/s)?)?$/i.exec(text.trim());
  const n = m ? Number(m[1]) * RATE_UNITS[m[2].toLowerCase()] : NaN;
  if (!Number.isFinite(n) || n < 1024) {
    throw new ConfigError(
      "limit-rate",
      `"${text}" is not a rate of at least 1k bytes per second`,
      "Write bytes per second with an optional unit, such as `512k`, `10M` or `1G`, or leave it empty for no limit."
    );
  }
  return Math.floor(n);
}
function parseCopyConfig(src, cwd = process.cwd()) {
  const cfg = {
    site: parseSite(src),
    environment: parseEnvironment(src),
    from: parseSide(src, "from", cwd),
    to: parseSide(src, "to", cwd),
    fromText: src.get("from"),
    toText: src.get("to")
  };
  checkPair(cfg);
  const backup = parseOptionalBackupChoice(src);
  if (backup !== void 0) cfg.backup = backup;
  const newerThan = parseDurationInput(src, "newer-than");
  if (newerThan !== void 0) {
    if (backup !== void 0)
      throw new ConfigError(
        "newer-than",
        "is set together with `backup`",
        "Use one of them: `backup` copies one backup, `newer-than` every backup within that time."
      );
    cfg.newerThanMs = newerThan;
  }
  const rate = src.get("limit-rate");
  if (rate !== void 0) cfg.limitRate = parseRate(rate);
  return cfg;
}
function checkPair(cfg) {
  if (cfg.to.kind === "artifact") {
    throw new ConfigError(
      "to",
      "is `artifact`",
      "An artifact is staged whole on the runner's disk before upload, which a copy never does; copy into `s3://bucket/prefix` or a folder."
    );
  }
  if (sameStore(cfg.from, cfg.to)) {
    throw new ConfigError(
      "to",
      "is the same store as `from`",
      "Copy into another bucket, prefix, endpoint or folder: a copy in the same place is no second copy."
    );
  }
}
function sameStore(a, b) {
  if (a.kind === "local" && b.kind === "local") return a.root === b.root;
  if (a.kind === "s3" && b.kind === "s3")
    return a.bucket === b.bucket && a.prefix === b.prefix && (a.endpoint ?? "") === (b.endpoint ?? "");
  return false;
}

export {
  renamed,
  parseSide,
  parseCopyConfig
};
