import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  parseComponents,
  parseDurationInput,
  parseStore
} from "./chunk-IDNKWZAP.js";
import {
  require_dist
} from "./chunk-6HM3OUIB.js";
import {
  closest
} from "./chunk-FPDQBVEU.js";
import {
  INPUTS,
  PLATFORMS,
  inputOrDefault,
  mapSource
} from "./chunk-R65ZRAFA.js";
import {
  SITE_RE,
  array,
  boolean,
  lazy,
  number,
  object,
  preprocess,
  record,
  string,
  union,
  unknown
} from "./chunk-A5275KUL.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  __toESM
} from "./chunk-BB3JDYVJ.js";

// src/commands/matrix.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/fleet/matrix.ts
var GITHUB_MATRIX_LIMIT = 256;
function checkMaxJobs(n) {
  if (!Number.isInteger(n) || n < 1 || n > GITHUB_MATRIX_LIMIT) {
    throw new RangeError(
      `max-jobs must be a whole number from 1 to ${GITHUB_MATRIX_LIMIT} (GitHub runs at most ${GITHUB_MATRIX_LIMIT} jobs per matrix), got ${n}`
    );
  }
  return n;
}
function buildMatrix(targets, maxJobs2 = GITHUB_MATRIX_LIMIT) {
  checkMaxJobs(maxJobs2);
  if (targets.length === 0) throw new RangeError("the fleet has no sites; a matrix needs at least one job");
  if (targets.length <= maxJobs2) {
    const include2 = targets.map((t) => ({
      id: t.id,
      site: t.site,
      environment: t.environment,
      platform: t.platform,
      store: t.store,
      inputs: { ...t.inputs },
      secrets: { ...t.secrets }
    }));
    return { matrix: { include: include2 }, sharded: false, jobs: include2.length, targets: targets.length };
  }
  const shards = shardTargets(
    targets.map((t) => t.id),
    maxJobs2
  );
  const width = String(shards.length).length;
  const include = shards.map((ids, i) => ({
    id: `shard-${String(i + 1).padStart(width, "0")}-of-${shards.length}`,
    shard: i + 1,
    shards: shards.length,
    count: ids.length,
    sites: ids.join(",")
  }));
  return { matrix: { include }, sharded: true, jobs: include.length, targets: targets.length };
}
function shardTargets(ids, jobs) {
  const n = Math.min(jobs, ids.length);
  const out = Array.from({ length: n }, () => []);
  ids.forEach((id, i) => out[i % n].push(id));
  return out;
}
function selectTargets(targets, only) {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const ids = only.split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0) throw new RangeError("--only names no sites; give site/environment ids separated by commas");
  const unknown2 = ids.filter((id) => !byId.has(id));
  if (unknown2.length) {
    throw new RangeError(
      `not in the sites file: ${unknown2.slice(0, 10).join(", ")}${unknown2.length > 10 ? ` and ${unknown2.length - 10} more` : ""}; ids are site/environment, as the matrix lists them`
    );
  }
  return [...new Set(ids)].map((id) => byId.get(id));
}

// src/fleet/sites-file.ts
var import_yaml = __toESM(require_dist(), 1);

// src/util/plain-yaml.ts
var Unsupported = class extends Error {
};
var REFUSED_RE = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
var KEY_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
var SPECIAL_KEYS = /* @__PURE__ */ new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "__proto__"]);
function parsePlainYaml(text) {
  if (REFUSED_RE.test(text)) return void 0;
  const lines = splitLines(text);
  if (!lines?.length) return void 0;
  const p = new Parser(lines);
  try {
    const [value, next] = p.node(0, lines[0].indent);
    if (next !== lines.length) return void 0;
    return {
      value,
      keyAt: (map, key) => p.entries.get(map)?.get(key)?.key,
      valueAt: (c, key) => Array.isArray(c) ? p.items.get(c)?.[key] : p.entries.get(c)?.get(String(key))?.value,
      startOf: (c) => p.starts.get(c)
    };
  } catch (e) {
    if (e instanceof Unsupported) return void 0;
    throw e;
  }
}
function splitLines(text) {
  const out = [];
  for (let start = 0, n = 1; start <= text.length; start++, n++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let a = start;
    while (a < end && text.charCodeAt(a) === 32) a++;
    let b = end;
    while (b > a && text.charCodeAt(b - 1) === 32) b--;
    if (b > a && text.charCodeAt(a) !== 35) {
      const s = text.slice(a, b);
      if (a === start && (s.startsWith("---") || s.startsWith("...") || s[0] === "%")) return void 0;
      out.push({ n, indent: a - start, s });
    }
    start = end;
  }
  return out;
}
var trimSpaces = (s) => s.replace(/^ +| +$/g, "");
var isItem = (s) => s[0] === "-" && (s.length === 1 || s[1] === " ");
var fail = () => {
  throw new Unsupported();
};
var Parser = class {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  entries = /* @__PURE__ */ new Map();
  items = /* @__PURE__ */ new Map();
  starts = /* @__PURE__ */ new Map();
  flowPlaces = /* @__PURE__ */ new Map();
  /** The block node whose first line is lines[i], at column `indent`; and the index after it. */
  node(i, indent) {
    return isItem(this.lines[i].s) ? this.seq(i, indent) : this.map(i, indent);
  }
  /** A value that starts on the lines after the key or dash at lines[i - 1] (column `parent`). */
  nested(i, parent, compactSeq) {
    const next = this.lines[i];
    if (next && next.indent > parent) return this.node(i, next.indent);
    if (compactSeq && next && next.indent === parent && isItem(next.s)) return this.seq(i, parent);
    return [null, i];
  }
  seq(i, indent) {
    const out = [];
    const at = [];
    this.starts.set(out, { line: this.lines[i].n, col: indent + 1 });
    this.items.set(out, at);
    while (i < this.lines.length && this.lines[i].indent === indent && isItem(this.lines[i].s)) {
      const line = this.lines[i];
      let value;
      if (line.s === "-") {
        at.push({ line: line.n, col: indent + 1 });
        [value, i] = this.nested(i + 1, indent, false);
        if (value !== null) at[at.length - 1] = this.posOf(value) ?? at[at.length - 1];
      } else {
        let k = 1;
        while (line.s[k] === " ") k++;
        const rest = line.s.slice(k);
        const col = indent + k;
        at.push({ line: line.n, col: col + 1 });
        if (isItem(rest)) fail();
        [value, i] = this.itemValue(i, { n: line.n, indent: col, s: rest });
      }
      out.push(value);
      if (i < this.lines.length && this.lines[i].indent > indent) fail();
    }
    return [out, i];
  }
  /** What follows `- ` on lines[i]: a mapping that starts there, or a scalar. */
  itemValue(i, rest) {
    if (splitEntry(rest.s)) {
      this.lines[i] = rest;
      return this.map(i, rest.indent);
    }
    const value = scalar(rest.s, this.flowPlaces);
    this.placeFlow(value, { line: rest.n, col: rest.indent + 1 });
    return [value, i + 1];
  }
  map(i, indent) {
    const out = {};
    const entries = /* @__PURE__ */ new Map();
    this.starts.set(out, { line: this.lines[i].n, col: indent + 1 });
    this.entries.set(out, entries);
    while (i < this.lines.length && this.lines[i].indent === indent) {
      const line = this.lines[i];
      const e = isItem(line.s) ? void 0 : splitEntry(line.s);
      if (!e || entries.has(e.key)) return fail();
      const key = { line: line.n, col: indent + 1 };
      let value;
      let valuePos;
      if (e.rest === "") {
        [value, i] = this.nested(i + 1, indent, true);
        valuePos = this.posOf(value) ?? key;
      } else {
        value = scalar(e.rest, this.flowPlaces);
        valuePos = { line: line.n, col: indent + e.restAt + 1 };
        i++;
        this.placeFlow(value, valuePos);
      }
      out[e.key] = value;
      entries.set(e.key, { key, value: valuePos });
      if (i < this.lines.length && this.lines[i].indent > indent) fail();
    }
    return [out, i];
  }
  /** A flow collection's items, where flow() found them on the line that starts at `at`. */
  placeFlow(value, at) {
    const found = value !== null && typeof value === "object" ? this.flowPlaces.get(value) : void 0;
    if (!found) return;
    const pos = (offset) => ({ line: at.line, col: at.col + offset });
    this.starts.set(value, at);
    if (Array.isArray(value))
      this.items.set(
        value,
        found.map((f) => pos(f.value))
      );
    else this.entries.set(value, new Map(found.map((f) => [f.key, { key: pos(f.at), value: pos(f.value) }])));
  }
  posOf(value) {
    return value !== null && typeof value === "object" ? this.starts.get(value) : void 0;
  }
};
function splitEntry(s) {
  let c = s.indexOf(":");
  while (c >= 0 && c + 1 < s.length && s[c + 1] !== " ") c = s.indexOf(":", c + 1);
  if (c < 0) return void 0;
  const key = s.slice(0, c);
  if (!KEY_RE.test(key) || SPECIAL_KEYS.has(key)) return fail();
  let at = c + 1;
  while (s[at] === " ") at++;
  const rest = s[at] === "#" ? "" : s.slice(at);
  return { key, rest, restAt: at };
}
function scalar(s, places) {
  const c = s[0];
  if (c === '"' || c === "'") {
    const [v, end] = quoted(s, 0);
    if (!afterValue(s, end)) fail();
    return v;
  }
  if (c === "[" || c === "{") return flow(s, places);
  return resolvePlain(plainBlock(s));
}
function plainBlock(s) {
  if (/^[?:,\]}#&*!|>%@`]/.test(s) || isItem(s)) fail();
  const hash = s.indexOf(" #");
  const v = trimSpaces(hash >= 0 ? s.slice(0, hash) : s);
  if (v.includes(": ") || v.endsWith(":")) fail();
  return v;
}
function quoted(s, i) {
  const q = s[i];
  let out = "";
  for (let j = i + 1; j < s.length; j++) {
    const ch = s[j];
    if (q === '"' && ch === "\\") fail();
    if (ch !== q) out += ch;
    else if (q === "'" && s[j + 1] === "'") {
      out += "'";
      j++;
    } else return [out, j + 1];
  }
  return fail();
}
function afterValue(s, i) {
  return /^ *$|^ +#/.test(s.slice(i));
}
function flow(s, places) {
  const close = s[0] === "[" ? "]" : "}";
  const items = [];
  let i = 1;
  for (; ; ) {
    while (s[i] === " ") i++;
    if (s[i] === close && items.length === 0) {
      i++;
      break;
    }
    let j = i;
    if (s[j] === '"' || s[j] === "'") j = quoted(s, j)[1];
    while (j < s.length && s[j] !== "," && s[j] !== close) j++;
    items.push({ text: trimSpaces(s.slice(i, j)), at: i });
    if (j >= s.length) fail();
    i = j + 1;
    if (s[j] === close) break;
  }
  if (!afterValue(s, i)) fail();
  if (close === "]") {
    const out2 = items.map((item) => flowScalar(item.text));
    places.set(
      out2,
      items.map((item) => ({ at: item.at, value: item.at }))
    );
    return out2;
  }
  const out = {};
  const found = [];
  for (const item of items) {
    const e = splitEntry(item.text);
    if (!e || Object.hasOwn(out, e.key) || e.rest === "") return fail();
    out[e.key] = flowScalar(e.rest);
    found.push({ key: e.key, at: item.at, value: item.at + e.restAt });
  }
  places.set(out, found);
  return out;
}
function flowScalar(s) {
  if (s === "") fail();
  if (s[0] === '"' || s[0] === "'") {
    const [v, end] = quoted(s, 0);
    if (end !== s.length) fail();
    return v;
  }
  if (/[[\]{}#:,"']/.test(s) || /^[-?]( |$)/.test(s)) fail();
  return resolvePlain(plainBlock(s));
}
var WORDS = /* @__PURE__ */ new Map([
  ["~", null],
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false]
]);
function resolvePlain(s) {
  if (s === "") return null;
  const word = WORDS.get(s);
  if (word !== void 0) return word;
  const c = s.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && c !== 43 && c !== 45 && c !== 46) return s;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s))
    return parseFloat(s);
  return s;
}

// src/fleet/sites-file.ts
var SitesFileError = class extends Error {
  constructor(file, problems) {
    super(
      `${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}:
` + problems.map((p) => `  ${file}:${p.line}:${p.column}: ${p.message}`).join("\n")
    );
    this.file = file;
    this.problems = problems;
    this.name = "SitesFileError";
  }
  file;
  problems;
};
var SECRET_NAME_RE = /^[A-Z_][A-Z0-9_]*$/;
var ENV_NAME_RE = /^[A-Z_][A-Z0-9_]*$/;
var ENV_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var SITE_KEYS = ["site", "platform", "environment", "environments", "store", "inputs", "secrets"];
var DEFAULT_KEYS = ["platform", "environment", "environments", "store", "inputs", "secrets"];
var TOP_KEYS = ["defaults", "sites"];
var RESERVED_INPUTS = /* @__PURE__ */ new Set(["site", "platform", "environment", "store", "backup-outcome", "target-environment"]);
function fleetInputNames() {
  const out = /* @__PURE__ */ new Map();
  for (const [name, spec] of Object.entries(INPUTS)) {
    if (RESERVED_INPUTS.has(name)) continue;
    if (spec.actions.includes("backup") || spec.actions.includes("prune")) out.set(name, spec);
  }
  return out;
}
function knownSecretKind(v) {
  if (/-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|CERTIFICATE)/.test(v) || /PRIVATE KEY-----/.test(v)) return "a PEM private key";
  if (/AGE-SECRET-KEY-1/i.test(v)) return "an age identity (secret key)";
  if (/(^|\s)(gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}/.test(v)) return "a GitHub token";
  if (/(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}($|[^A-Z0-9])/.test(v)) return "an AWS access key id";
  if (/(^|\s)xox[abprs]-[A-Za-z0-9-]{10,}/.test(v)) return "a Slack token";
  if (/(^|\s)(sk|rk)_(live|test)_[A-Za-z0-9]{10,}/.test(v)) return "an API secret key";
  if (/(^|\s)eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+\./.test(v)) return "a JSON web token";
  if (/[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i.test(v)) return "a URL with a password";
  return void 0;
}
function secretValueKind(v) {
  const known = knownSecretKind(v);
  if (known) return known;
  if (v.includes("\n")) return "a multi-line value";
  if (v.length >= 16 && !/\s/.test(v) && shannonBits(v) >= 3.5 && /[0-9]/.test(v) && /[A-Za-z]/.test(v) && !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(v)) {
    return "a token or password";
  }
  return void 0;
}
function shannonBits(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function suggestSecretName(site, key) {
  const up = (s) => s.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  const name = [site ? up(site) : "", up(key)].filter(Boolean).join("_");
  return /^[0-9]/.test(name) ? `S_${name}` : name || "SITE_SECRET";
}
function didYouMean(word, options) {
  const best = closest(word, options, 2);
  return best ? ` (did you mean \`${best}\`?)` : "";
}
var KEY = /* @__PURE__ */ Symbol("key");
var isPlain = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function scalar2(message) {
  return union([string(), number(), boolean()], { error: message }).transform((v) => String(v).trim()).pipe(string().min(1, { error: message }));
}
function buildSchemas() {
  const siteName = union([string(), number(), boolean()], {
    error: (iss) => iss.input === void 0 ? "a site needs `site: <name>`" : "`site` must be a name such as `acme-shop`"
  }).transform((v) => String(v).trim()).pipe(string().min(1, { error: "`site` must be a name such as `acme-shop`" })).superRefine((v, ctx) => {
    if (v !== "" && !goodSiteName(v)) {
      ctx.addIssue({
        code: "custom",
        message: `bad site name "${v.slice(0, 100)}": use lower case letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit (no \`/\`, \`..\`, spaces or capitals)`
      });
    }
  });
  const topLevel = object({
    sites: array(unknown(), {
      error: (iss) => iss.input === void 0 ? "no `sites:` list" : "`sites` must be a list (each item starts with `- site: name`)"
    }).min(1, { error: "`sites` is empty" }),
    defaults: record(string(), unknown(), { error: "`defaults` must be a mapping of platform, environment(s), store, inputs and secrets" }).optional()
  });
  return { anyScalar: scalar2(() => "not a single value"), siteName, topLevel, layer: layerSchema(HERE, inputNamesOnce()).shape };
}
var schemasOnce = lazy(buildSchemas);
var goodSiteName = (v) => SITE_RE.test(v) && v.length <= 100;
function plainScalar(v) {
  if (typeof v !== "string" && typeof v !== "boolean" && !(typeof v === "number" && Number.isFinite(v))) return void 0;
  const t = String(v).trim();
  return t === "" ? void 0 : t;
}
function checkInputEntry(k, raw, here, inputNames, ctx) {
  const spec = inputNames.get(k);
  if (!spec) {
    const own = RESERVED_INPUTS.has(k) ? ` (\`${k}\` has its own key on the site, or comes from the workflow)` : didYouMean(k, inputNames.keys());
    ctx.addIssue({
      code: "custom",
      path: [k, KEY],
      message: `unknown input \`${k}\`${here.where}${own}; inputs are those of the backup and prune actions`
    });
    return;
  }
  const v = schemasOnce().anyScalar.safeParse(raw);
  if (!v.success) ctx.addIssue({ code: "custom", path: [k], message: `input \`${k}\`${here.where} must be a single value` });
  else if (spec.secret) {
    ctx.addIssue({
      code: "custom",
      path: [k],
      message: `input \`${k}\`${here.where} is a secret: never write its value here; put the NAME of a repository secret under \`secrets:\`, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``
    });
  } else {
    const kind = knownSecretKind(v.data);
    if (kind)
      ctx.addIssue({
        code: "custom",
        path: [k],
        message: `input \`${k}\`${here.where} looks like ${kind}, a secret given by value: store it as a repository secret and name it under \`secrets:\`, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``
      });
  }
}
function secretEntryProblem(k, raw, here, inputNames) {
  const kind = typeof raw === "string" ? secretValueKind(raw) : void 0;
  if (kind) {
    return {
      path: [k],
      message: `secret \`${k}\`${here.where} is given by value (it looks like ${kind}): never write secret values in the sites file. Store it as a repository secret and write its NAME here, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``
    };
  }
  if (!inputNames.has(k) && !ENV_NAME_RE.test(k)) {
    return {
      path: [k, KEY],
      message: `\`secrets\` key \`${k}\`${here.where} is neither an input of the backup and prune actions nor an environment variable name (A-Z, 0-9, _)${didYouMean(k, inputNames.keys())}`
    };
  }
  if (typeof raw !== "string") {
    const what = raw === void 0 || raw === null || typeof raw === "object" ? "empty or not a single value" : `a ${typeof raw}`;
    return {
      path: [k],
      message: `secret \`${k}\`${here.where} is ${what}; write the NAME of a repository secret, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``
    };
  }
  if (!SECRET_NAME_RE.test(raw)) {
    const hint = /^[A-Za-z_][A-Za-z0-9_]*$/.test(raw) ? `; secret names are upper case, e.g. \`${raw.toUpperCase()}\`` : `, e.g. \`${suggestSecretName(here.site, k)}\``;
    return {
      path: [k],
      message: `secret \`${k}\`${here.where} must be the NAME of a repository secret (A-Z, 0-9 and _, not starting with a digit), not a value${hint}`
    };
  }
  if (raw.startsWith("GITHUB_")) {
    return {
      path: [k],
      message: `secret \`${k}\`${here.where}: names starting with GITHUB_ are reserved by GitHub and cannot be repository secrets`
    };
  }
  return void 0;
}
function layerSchema(here, inputNames) {
  const inputs = record(string(), unknown(), { error: () => `\`inputs\`${here.where} must be a mapping of input names to values` }).superRefine((map, ctx) => {
    for (const [k, raw] of Object.entries(map)) checkInputEntry(k, raw, here, inputNames, ctx);
  });
  const secrets = record(string(), unknown(), { error: () => `\`secrets\`${here.where} must be a mapping of input names to secret NAMES` }).superRefine((map, ctx) => {
    for (const [k, raw] of Object.entries(map)) {
      const problem = secretEntryProblem(k, raw, here, inputNames);
      if (problem) ctx.addIssue({ code: "custom", ...problem });
    }
  });
  const envName = scalar2(() => `\`environments\`${here.where} must be a list of names`);
  return object({
    platform: scalar2(() => `\`platform\`${here.where} must be a single value`).optional(),
    store: scalar2(() => `\`store\`${here.where} must be a single value`).optional(),
    environment: scalar2(() => `\`environment\`${here.where} must be one name; use \`environments: [a, b]\` for several`).optional(),
    environments: preprocess((v) => Array.isArray(v) ? v : [v], array(envName).min(1, { error: () => `\`environments\`${here.where} is empty` })).optional(),
    inputs: inputs.optional(),
    secrets: secrets.optional()
  });
}
var HERE = { where: "", site: void 0 };
var inputNamesOnce = lazy(fleetInputNames);
var LAYER_FIELDS = [
  "platform",
  "store",
  "environment",
  "environments",
  "inputs",
  "secrets"
];
function quickField(f, v, inputNames) {
  switch (f) {
    case "platform":
    case "store":
    case "environment":
      return plainScalar(v);
    case "environments": {
      const list = Array.isArray(v) ? v.map(plainScalar) : [plainScalar(v)];
      return list.length > 0 && list.every((x) => x !== void 0) ? list : void 0;
    }
    case "inputs":
      return isPlain(v) && Object.entries(v).every(([k, raw]) => plainInput(k, raw, inputNames)) ? v : void 0;
    case "secrets":
      return isPlain(v) && Object.entries(v).every(([k, raw]) => !secretEntryProblem(k, raw, HERE, inputNames)) ? v : void 0;
  }
}
function plainInput(k, raw, inputNames) {
  const spec = inputNames.get(k);
  const v = plainScalar(raw);
  return spec !== void 0 && !spec.secret && v !== void 0 && !knownSecretKind(v);
}
function parseSitesFile(text, file = "sites.yml") {
  const plain = parsePlainYaml(text);
  if (plain) {
    const fast = readSites(plain.value, plainLocator(plain));
    if (!fast.problems.length) return fast.targets;
  }
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = syntaxProblems(doc, lineCounter);
  if (syntax.length) throw new SitesFileError(file, syntax);
  const { targets, problems } = readSites(doc.toJS({ maxAliasCount: 1e3 }), (path2) => lineCounter.linePos(offsetAt(doc, path2)));
  if (problems.length) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new SitesFileError(file, problems);
  }
  return targets;
}
function readSites(data, locate) {
  const reader = new SitesReader(locate);
  const { sites, sitesPath, defaults } = reader.readTop(data);
  const targets = [];
  const seen = /* @__PURE__ */ new Map();
  sites.forEach((item, i) => reader.readSite(item, [...sitesPath, i], defaults, seen, targets));
  return { targets, problems: reader.problems };
}
function plainLocator(y) {
  return (path2) => {
    let node = y.value;
    let pos = y.startOf(node) ?? { line: 1, col: 1 };
    let key;
    for (const seg of path2) {
      if (seg === KEY) return key ?? pos;
      if (isPlain(node) && Object.hasOwn(node, String(seg))) {
        key = y.keyAt(node, String(seg));
        pos = y.valueAt(node, String(seg)) ?? pos;
        node = node[String(seg)];
      } else if (Array.isArray(node) && typeof seg === "number" && seg < node.length) {
        key = void 0;
        pos = y.valueAt(node, seg) ?? pos;
        node = node[seg];
      } else return pos;
    }
    return pos;
  };
}
function syntaxProblems(doc, lineCounter) {
  return doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      line: pos.line,
      column: pos.col,
      message: `YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`
    };
  });
}
var emptyLayer = () => ({ inputs: /* @__PURE__ */ new Map(), secrets: /* @__PURE__ */ new Map() });
var SitesReader = class {
  constructor(locate) {
    this.locate = locate;
  }
  locate;
  problems = [];
  inputNames = inputNamesOnce();
  checks = /* @__PURE__ */ new Map();
  at = (path2, message) => {
    const pos = this.locate(path2);
    this.problems.push({ line: pos.line, column: pos.col, message });
  };
  lineOf(path2) {
    return this.locate(path2).line;
  }
  /** Runs a schema; its problems are reported at their paths below `base`. */
  check(schema, value, base) {
    const r = schema.safeParse(value);
    if (r.success) return { data: r.data, bad: /* @__PURE__ */ new Set() };
    for (const issue of r.error.issues) this.at([...base, ...issue.path], issue.message);
    return { bad: new Set(r.error.issues.map((i) => String(i.path[0]))) };
  }
  /** Keys that are not `allowed`, at their key, with a hint; returns the object without them. */
  known(obj, allowed, base, where) {
    const out = {};
    for (const [key, v] of Object.entries(obj)) {
      if (allowed.includes(key)) out[key] = v;
      else {
        const spec = this.inputNames.get(key);
        const hint = spec ? ` (\`${key}\` is an input: put it under \`inputs:\`${spec.secret ? ", or by name under `secrets:`" : ""})` : didYouMean(key, allowed);
        this.at([...base, key, KEY], `unknown key \`${key}\`${where}${hint}; allowed: ${allowed.join(", ")}`);
      }
    }
    return out;
  }
  /** The file's top level: the list of sites (where it is) and the defaults layer. */
  readTop(data) {
    const none = { sites: [], sitesPath: [], defaults: emptyLayer() };
    if (Array.isArray(data)) {
      if (data.length === 0) this.at([], "`sites` is empty");
      return { ...none, sites: data };
    }
    if (!isPlain(data)) {
      this.at([], "the sites file must be a mapping with a `sites:` list (or a bare list of sites)");
      return none;
    }
    for (const key of Object.keys(data)) {
      if (!TOP_KEYS.includes(key))
        this.at(
          [key, KEY],
          `unknown top-level key \`${key}\`${didYouMean(key, TOP_KEYS)}; the file has \`sites:\` and optionally \`defaults:\``
        );
    }
    const plain = Array.isArray(data.sites) && data.sites.length > 0 && (data.defaults === void 0 || isPlain(data.defaults));
    const top = plain ? data : this.check(schemasOnce().topLevel, data, []).data;
    const readDefaults = (d) => this.readLayer(this.known(d, DEFAULT_KEYS, ["defaults"], " in `defaults`"), ["defaults"], " in `defaults`", void 0);
    if (top) return { sites: top.sites, sitesPath: ["sites"], defaults: top.defaults ? readDefaults(top.defaults) : emptyLayer() };
    if (isPlain(data.defaults)) readDefaults(data.defaults);
    return none;
  }
  readLayer(obj, base, where, site) {
    const values = { ...obj };
    if (values.environment !== void 0 && values.environments !== void 0) {
      this.at([...base, "environment", KEY], `give either \`environment\` or \`environments\`${where}, not both`);
      delete values.environment;
    }
    const parsed = this.parseFields(values, base, where, site);
    const layer = emptyLayer();
    if (parsed.platform) layer.platform = { value: parsed.platform, path: [...base, "platform"] };
    if (parsed.store) layer.store = { value: parsed.store, path: [...base, "store"] };
    if (parsed.environment) layer.environments = [{ value: parsed.environment, path: [...base, "environment"] }];
    if (parsed.environments)
      layer.environments = parsed.environments.map((value, i) => ({
        value,
        path: Array.isArray(values.environments) ? [...base, "environments", i] : [...base, "environments"]
      }));
    for (const [k, v] of Object.entries(parsed.inputs ?? {}))
      layer.inputs.set(k, { value: String(v).trim(), path: [...base, "inputs", k] });
    for (const [k, v] of Object.entries(parsed.secrets ?? {})) layer.secrets.set(k, { value: v, path: [...base, "secrets", k] });
    for (const k of layer.inputs.keys()) {
      if (layer.secrets.has(k)) this.at(layer.secrets.get(k).path, `\`${k}\`${where} is under both \`inputs\` and \`secrets\`; keep one`);
    }
    return layer;
  }
  /**
   * Field by field, so one bad field does not hide what the others say; in `inputs` and
   * `secrets`, entry by entry, so one bad entry does not drop its good neighbours.
   */
  parseFields(values, base, where, site) {
    HERE.where = where;
    HERE.site = site;
    const parsed = {};
    for (const f of LAYER_FIELDS) {
      if (values[f] === void 0) continue;
      const quick = quickField(f, values[f], this.inputNames);
      if (quick !== void 0) {
        parsed[f] = quick;
        continue;
      }
      const r = this.check(schemasOnce().layer[f], values[f], [...base, f]);
      if (r.data !== void 0) parsed[f] = r.data;
      else if ((f === "inputs" || f === "secrets") && isPlain(values[f])) {
        parsed[f] = Object.fromEntries(Object.entries(values[f]).filter(([k]) => !r.bad.has(k)));
      }
    }
    return parsed;
  }
  /** One item of `sites:`: its targets, one per environment, unless it has a problem of its own. */
  readSite(item, base, defaults, seen, targets) {
    if (!isPlain(item)) {
      this.at(base, "each site must be a mapping such as `- site: acme-shop`");
      return;
    }
    const before = this.problems.length;
    const plainName = plainScalar(item.site);
    const name = plainName !== void 0 && goodSiteName(plainName) ? plainName : this.check(schemasOnce().siteName, item.site, [...base, "site"]).data;
    const where = name ? ` of site "${name}"` : item.site !== void 0 && typeof item.site !== "object" ? ` of site "${String(item.site)}"` : " of this site";
    const layer = this.readLayer(this.known(item, SITE_KEYS, base, where), base, where, name);
    if (!name || this.problems.length > before) return;
    const merged = mergeLayers(defaults, layer);
    const platform = merged.platform?.value ?? INPUTS.platform.default;
    if (!PLATFORMS.includes(platform)) {
      this.at(
        merged.platform?.path ?? base,
        `unknown platform "${platform}" for site "${name}"${didYouMean(platform, PLATFORMS)}; use one of: ${PLATFORMS.join(", ")}`
      );
      return;
    }
    const store = merged.store?.value ?? INPUTS.store.default;
    if (!checkInputs(name, store, merged, this.at, merged.store?.path ?? base, this.checks)) return;
    const site = { name, platform, store, merged, base };
    this.addTargets(site, seen, targets);
  }
  addTargets(s, seen, targets) {
    const { name, merged, base } = s;
    const siteKey = [...base, "site", KEY];
    const line = this.lineOf(siteKey);
    const inputs = Object.fromEntries([...merged.inputs].map(([k, v]) => [k, v.value]));
    const secrets = Object.fromEntries([...merged.secrets].map(([k, v]) => [k, v.value]));
    for (const env of merged.environments ?? [{ value: INPUTS.environment.default, path: siteKey }]) {
      if (!ENV_RE.test(env.value) || env.value.length > 100 || env.value.includes("..")) {
        this.at(
          env.path,
          `bad environment name "${env.value.slice(0, 100)}" for site "${name}": use letters, digits, \`.\`, \`_\` and \`-\`, without \`/\` or \`..\``
        );
        continue;
      }
      const id = `${name}/${env.value}`;
      const own = base.every((p, k) => env.path[k] === p);
      const where = own ? env.path : siteKey;
      const first = seen.get(id);
      if (first !== void 0) {
        this.at(
          where,
          `duplicate site "${name}" in environment "${env.value}" (first at line ${first}); each site and environment may appear once`
        );
        continue;
      }
      seen.set(id, own ? this.lineOf(where) : line);
      targets.push({
        id,
        site: name,
        environment: env.value,
        platform: s.platform,
        store: s.store,
        inputs: { ...inputs },
        secrets: { ...secrets },
        line
      });
    }
  }
};
function mergeLayers(d, s) {
  const out = {
    inputs: new Map([...d.inputs, ...s.inputs]),
    secrets: new Map([...d.secrets, ...s.secrets])
  };
  for (const k of s.inputs.keys()) if (!s.secrets.has(k)) out.secrets.delete(k);
  for (const k of s.secrets.keys()) if (!s.inputs.has(k)) out.inputs.delete(k);
  const platform = s.platform ?? d.platform;
  if (platform) out.platform = platform;
  const environments = s.environments ?? d.environments;
  if (environments) out.environments = environments;
  const store = s.store ?? d.store;
  if (store) out.store = store;
  return out;
}
function checkInputs(site, store, merged, at, storePath, memo) {
  const values = { store };
  for (const [k, v] of merged.inputs) values[k] = v.value;
  const pathOf = (input) => input === "store" ? storePath : merged.inputs.get(input)?.path ?? storePath;
  let ok = true;
  const run = (check, fn) => {
    const e = memoCheck(memo, check, values, fn);
    if (e) {
      at(pathOf(e.input), `site "${site}": ${e.message}`);
      ok = false;
    }
  };
  run("store", (src) => parseStore(src, "/"));
  run("components", (src) => parseComponents(src));
  for (const name of ["max-age", "timeout"])
    if (values[name] !== void 0) run(name, (src) => parseDurationInput(src, name));
  return ok;
}
var MEMO_RUNS = 16;
function memoCheck(memo, check, values, fn) {
  const plain = mapSource(values);
  const runs = memo.get(check) ?? [];
  const known = runs.find((r) => r.reads.every(([name, v]) => plain.get(name) === v));
  if (known) return known.error;
  const reads = [];
  const src = {
    get(name) {
      const v = plain.get(name);
      reads.push([name, v]);
      return v;
    }
  };
  let error;
  try {
    fn(src);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    error = e;
  }
  if (runs.length < MEMO_RUNS) memo.set(check, [...runs, { reads, ...error ? { error } : {} }]);
  return error;
}
function offsetAt(doc, path2) {
  const resolve = (n) => (0, import_yaml.isAlias)(n) ? n.resolve(doc) : n ?? void 0;
  const start = (n) => n?.range?.[0] ?? 0;
  let node = resolve(doc.contents);
  let key;
  for (const seg of path2) {
    if (seg === KEY) return start(key ?? node);
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => String(resolve(p.key)?.value) === String(seg));
      if (!pair) return start(node);
      key = resolve(pair.key);
      const value = resolve(pair.value);
      node = value && value.range && value.range[1] > value.range[0] ? value : key;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number" && seg < node.items.length) {
      key = void 0;
      node = resolve(node.items[seg]);
    } else return start(node);
  }
  return start(node);
}

// src/commands/matrix.ts
async function loadFleet(io) {
  const name = inputOrDefault(io.inputs, "sites");
  const file = path.resolve(io.cwd, name);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new ConfigError(
      "sites",
      `cannot read "${name}" (${e.code ?? e.message})`,
      "Give the path of the sites file, relative to the repository root; docs/fleet.md shows its format."
    );
  }
  return { file: name, targets: parseSitesFile(text, name) };
}
function maxJobs(io) {
  const v = inputOrDefault(io.inputs, "max-jobs");
  const n = Number(v);
  try {
    return checkMaxJobs(n);
  } catch {
    throw new ConfigError(
      "max-jobs",
      `"${v}" is not a whole number from 1 to ${GITHUB_MATRIX_LIMIT}`,
      `GitHub runs at most ${GITHUB_MATRIX_LIMIT} jobs per matrix; leave room for the other jobs of the workflow if you like.`
    );
  }
}
async function matrixCommand(io, opts = {}) {
  const { file, targets } = await loadFleet(io);
  const m = buildMatrix(targets, maxJobs(io));
  const json = JSON.stringify(m.matrix);
  const how = m.sharded ? `${m.jobs} jobs of ${Math.floor(m.targets / m.jobs)}\u2013${Math.ceil(m.targets / m.jobs)} sites each (sharded)` : `${m.jobs} job${m.jobs === 1 ? "" : "s"}, one per site`;
  io.log.info(`${file}: ${m.targets} site${m.targets === 1 ? "" : "s"} \u2192 ${how}`);
  if (opts.outputs) {
    io.setOutput("matrix", json);
    io.setOutput("sharded", String(m.sharded));
    io.setOutput("job-count", String(m.jobs));
    io.setOutput("site-count", String(m.targets));
    await io.summary(`### Fleet matrix

${m.targets} sites from \`${file}\` \u2192 ${how}.
`);
  } else {
    (opts.write ?? ((s) => process.stdout.write(s)))(json + "\n");
  }
  return m;
}

export {
  selectTargets,
  loadFleet,
  matrixCommand
};
