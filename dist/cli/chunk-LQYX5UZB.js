import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ISUFTHLB.js";
import {
  readStatus,
  writeStatus
} from "./chunk-3DDH7VCA.js";
import {
  cell
} from "./chunk-TIVNZVPQ.js";
import {
  openStore
} from "./chunk-OH3CEXKC.js";
import {
  formatBytes,
  parseComponents,
  parseDurationInput,
  parseStore
} from "./chunk-R42ULBAP.js";
import {
  closest
} from "./chunk-FPDQBVEU.js";
import {
  INPUTS,
  PLATFORMS,
  inputOrDefault,
  mapSource
} from "./chunk-NWJW4OH6.js";
import {
  newestComplete
} from "./chunk-BUMCG374.js";
import {
  MANIFEST_NAME,
  SITE_RE,
  external_exports
} from "./chunk-5CIGDVM5.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
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
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length) {
    throw new RangeError(
      `not in the sites file: ${unknown.slice(0, 10).join(", ")}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ""}; ids are site/environment, as the matrix lists them`
    );
  }
  return [...new Set(ids)].map((id) => byId.get(id));
}

// src/fleet/run.ts
var SECRETS_ENV = "SITE_BACKUP_SECRETS";
function secretSource(env) {
  let map = {};
  const raw = env[SECRETS_ENV];
  if (raw) {
    try {
      const parsed = JSON.parse(raw);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) map = parsed;
    } catch {
      throw new Error(
        `${SECRETS_ENV} is not a JSON object; set it to a JSON object of the secrets the sites file names, such as {"ACME_TOKEN": "\${{ secrets.ACME_TOKEN }}"} (docs/fleet.md)`
      );
    }
  }
  const upper = new Map(Object.entries(map).map(([k, v]) => [k.toUpperCase(), v]));
  return (name) => {
    const v = upper.get(name.toUpperCase());
    if (typeof v === "string" && v !== "") return v;
    const e = env[name];
    return e ? e : void 0;
  };
}
function resolveSecrets(target, lookup) {
  const out = { inputs: {}, env: {}, missing: [] };
  for (const [key, name] of Object.entries(target.secrets)) {
    const v = lookup(name);
    if (v === void 0) {
      out.missing.push(`${name} (for ${key})`);
      continue;
    }
    if (/^[A-Z_][A-Z0-9_]*$/.test(key)) out.env[key] = v;
    else out.inputs[key] = v;
  }
  return out;
}
function prefixed(log, prefix) {
  return {
    info: (m) => log.info(`[${prefix}] ${m}`),
    warn: (m) => log.warn(`[${prefix}] ${m}`),
    error: (m, title) => log.error(`[${prefix}] ${m}`, title ? `${prefix}: ${title}` : prefix),
    setSecret: (v) => log.setSecret(v)
  };
}
function siteContext(io, t, lookup, log) {
  const baseEnv = { ...io.env };
  delete baseEnv[SECRETS_ENV];
  const secrets = resolveSecrets(t, lookup);
  for (const v of [...Object.values(secrets.inputs), ...Object.values(secrets.env)]) log.setSecret(v);
  const values = {
    site: t.site,
    environment: t.environment,
    platform: t.platform,
    store: t.store,
    ...t.inputs,
    ...secrets.inputs
  };
  const env = { ...baseEnv, ...secrets.env };
  if (!values["github-token"] && env.GITHUB_TOKEN) values["github-token"] = env.GITHUB_TOKEN;
  const siteIo = (extra = {}) => ({
    ...io,
    inputs: mapSource({ ...values, ...extra }),
    log,
    env,
    // Each site's outputs would overwrite the last one's: the job's outputs are the shard's.
    setOutput: () => void 0
  });
  return { missing: secrets.missing, siteIo };
}
async function backupSite(io, t, r, missing, siteIo, deps, log) {
  if (missing.length) {
    r.error = `secret${missing.length > 1 ? "s" : ""} not set: ${missing.join(", ")}. Add ${missing.length > 1 ? "them" : "it"} under Settings \u2192 Secrets and variables \u2192 Actions, and pass secrets to this step (docs/fleet.md).`;
    log.error(r.error, "secrets");
    await writeStatus(io.env.RUNNER_TEMP, {
      outcome: "failure",
      site: t.site,
      environment: t.environment,
      error: r.error,
      finishedAt: (/* @__PURE__ */ new Date()).toISOString()
    }).catch(() => void 0);
    return;
  }
  try {
    const b = await deps.backup(siteIo({ "max-age": "" }));
    r.backup = "success";
    r.backupId = b.id;
    r.skipped = b.skipped;
    r.bytes = b.bytes;
  } catch (e) {
    r.error = e.message;
    log.error(r.error, "backup failed");
  }
}
async function pruneSite(r, siteIo, prune, log) {
  try {
    const quiet = { "ping-url": "", "webhook-url": "", "webhook-on": "" };
    await prune(siteIo(r.backup === "not run" ? quiet : { ...quiet, "backup-outcome": r.backup }));
    r.prune = "success";
  } catch (e) {
    r.prune = "failure";
    const msg = e.message;
    r.error = r.error ? `${r.error}; prune: ${msg}` : `prune: ${msg}`;
    log.error(msg, "prune failed");
  }
}
async function runFleet(io, targets, deps) {
  const lookup = secretSource(io.env);
  const results = [];
  for (const [i, t] of targets.entries()) {
    const log = prefixed(io.log, t.id);
    io.log.info(`\u2500\u2500 ${t.id} (${i + 1}/${targets.length}, ${t.platform}) \u2500\u2500`);
    const { missing, siteIo } = siteContext(io, t, lookup, log);
    const r = { id: t.id, backup: deps.backup ? "failure" : "not run", prune: "not run" };
    if (deps.backup) await backupSite(io, t, r, missing, siteIo, deps, log);
    if (deps.prune) await pruneSite(r, siteIo, deps.prune, log);
    results.push(r);
  }
  return results;
}

// src/fleet/sites-file.ts
var import_yaml = __toESM(require_dist(), 1);
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
function scalar(message) {
  return external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()], { error: message }).transform((v) => String(v).trim()).pipe(external_exports.string().min(1, { error: message }));
}
var anyScalar = scalar(() => "not a single value");
var platformName = external_exports.enum(PLATFORMS);
var siteName = external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()], {
  error: (iss) => iss.input === void 0 ? "a site needs `site: <name>`" : "`site` must be a name such as `acme-shop`"
}).transform((v) => String(v).trim()).pipe(external_exports.string().min(1, { error: "`site` must be a name such as `acme-shop`" })).superRefine((v, ctx) => {
  if (v !== "" && (!SITE_RE.test(v) || v.length > 100)) {
    ctx.addIssue({
      code: "custom",
      message: `bad site name "${v.slice(0, 100)}": use lower case letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit (no \`/\`, \`..\`, spaces or capitals)`
    });
  }
});
var topLevel = external_exports.object({
  sites: external_exports.array(external_exports.unknown(), {
    error: (iss) => iss.input === void 0 ? "no `sites:` list" : "`sites` must be a list (each item starts with `- site: name`)"
  }).min(1, { error: "`sites` is empty" }),
  defaults: external_exports.record(external_exports.string(), external_exports.unknown(), { error: "`defaults` must be a mapping of platform, environment(s), store, inputs and secrets" }).optional()
});
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
  const v = anyScalar.safeParse(raw);
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
  const inputs = external_exports.record(external_exports.string(), external_exports.unknown(), { error: () => `\`inputs\`${here.where} must be a mapping of input names to values` }).superRefine((map, ctx) => {
    for (const [k, raw] of Object.entries(map)) checkInputEntry(k, raw, here, inputNames, ctx);
  });
  const secrets = external_exports.record(external_exports.string(), external_exports.unknown(), { error: () => `\`secrets\`${here.where} must be a mapping of input names to secret NAMES` }).superRefine((map, ctx) => {
    for (const [k, raw] of Object.entries(map)) {
      const problem = secretEntryProblem(k, raw, here, inputNames);
      if (problem) ctx.addIssue({ code: "custom", ...problem });
    }
  });
  const envName = scalar(() => `\`environments\`${here.where} must be a list of names`);
  return external_exports.object({
    platform: scalar(() => `\`platform\`${here.where} must be a single value`).optional(),
    store: scalar(() => `\`store\`${here.where} must be a single value`).optional(),
    environment: scalar(() => `\`environment\`${here.where} must be one name; use \`environments: [a, b]\` for several`).optional(),
    environments: external_exports.preprocess((v) => Array.isArray(v) ? v : [v], external_exports.array(envName).min(1, { error: () => `\`environments\`${here.where} is empty` })).optional(),
    inputs: inputs.optional(),
    secrets: secrets.optional()
  });
}
function parseSitesFile(text, file = "sites.yml") {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = syntaxProblems(doc, lineCounter);
  if (syntax.length) throw new SitesFileError(file, syntax);
  const reader = new SitesReader(doc, lineCounter);
  const { sites, sitesPath, defaults } = reader.readTop(doc.toJS({ maxAliasCount: 1e3 }));
  const targets = [];
  const seen = /* @__PURE__ */ new Map();
  sites.forEach((item, i) => reader.readSite(item, [...sitesPath, i], defaults, seen, targets));
  const { problems } = reader;
  if (problems.length) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new SitesFileError(file, problems);
  }
  return targets;
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
  constructor(doc, lineCounter) {
    this.doc = doc;
    this.lineCounter = lineCounter;
  }
  doc;
  lineCounter;
  problems = [];
  inputNames = fleetInputNames();
  here = { where: "", site: void 0 };
  shape = layerSchema(this.here, this.inputNames).shape;
  at = (path2, message) => {
    const pos = this.lineCounter.linePos(offsetAt(this.doc, path2));
    this.problems.push({ line: pos.line, column: pos.col, message });
  };
  lineOf(path2) {
    return this.lineCounter.linePos(offsetAt(this.doc, path2)).line;
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
    const top = this.check(topLevel, data, []).data;
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
    const shape = this.shape;
    this.here.where = where;
    this.here.site = site;
    const parsed = {};
    for (const f of Object.keys(shape)) {
      if (values[f] === void 0) continue;
      const r = this.check(shape[f], values[f], [...base, f]);
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
    const name = this.check(siteName, item.site, [...base, "site"]).data;
    const where = name ? ` of site "${name}"` : item.site !== void 0 && typeof item.site !== "object" ? ` of site "${String(item.site)}"` : " of this site";
    const layer = this.readLayer(this.known(item, SITE_KEYS, base, where), base, where, name);
    if (!name || this.problems.length > before) return;
    const merged = mergeLayers(defaults, layer);
    const platform = merged.platform?.value ?? INPUTS.platform.default;
    if (!platformName.safeParse(platform).success) {
      this.at(
        merged.platform?.path ?? base,
        `unknown platform "${platform}" for site "${name}"${didYouMean(platform, PLATFORMS)}; use one of: ${PLATFORMS.join(", ")}`
      );
      return;
    }
    const store = merged.store?.value ?? INPUTS.store.default;
    if (!checkInputs(name, store, merged, this.at, merged.store?.path ?? base)) return;
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
function checkInputs(site, store, merged, at, storePath) {
  const values = { store };
  for (const [k, v] of merged.inputs) values[k] = v.value;
  const src = mapSource(values);
  const pathOf = (input) => input === "store" ? storePath : merged.inputs.get(input)?.path ?? storePath;
  let ok = true;
  const run = (fn) => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      at(pathOf(e.input), `site "${site}": ${e.message}`);
      ok = false;
    }
  };
  run(() => parseStore(src, "/"));
  run(() => parseComponents(src));
  for (const name of ["max-age", "timeout"]) if (values[name] !== void 0) run(() => parseDurationInput(src, name));
  return ok;
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

// src/fleet/summary.ts
function newestComplete2(backups) {
  const b = newestComplete(backups);
  if (!b) return void 0;
  return { id: b.id, time: b.parsed.time, bytes: b.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0) };
}
function age(ms) {
  if (ms < 0) return "just now";
  const h = Math.floor(ms / 36e5);
  if (h < 1) return `${Math.max(1, Math.round(ms / 6e4))}m`;
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}
var LABEL = {
  success: "\u2705 backed up",
  skipped: "\u23ED\uFE0F fresh enough, skipped",
  failure: "\u274C failed",
  none: "\u26A0\uFE0F no report"
};
function fleetSummaryMarkdown(reports, now = /* @__PURE__ */ new Date()) {
  const outcome = (r) => r.status?.outcome ?? "none";
  const count = (o) => reports.filter((r) => outcome(r) === o).length;
  const order = (r) => outcome(r) === "failure" ? 0 : outcome(r) === "none" ? 1 : 2;
  const rows = [...reports].map((r, i) => ({ r, i })).sort((a, b) => order(a.r) - order(b.r) || a.i - b.i);
  const lines = [
    `## Fleet backup: ${reports.length} site${reports.length === 1 ? "" : "s"}`,
    "",
    `${count("success")} backed up, ${count("skipped")} skipped (fresh enough), ${count("failure")} failed, ${count("none")} without a report.`,
    "",
    "| site | environment | platform | status | size | newest backup | age |",
    "|---|---|---|---|---:|---|---:|"
  ];
  for (const { r } of rows) {
    let status = LABEL[outcome(r)];
    if (r.status?.outcome === "failure") {
      const what = r.status.component ? ` (${r.status.component})` : "";
      status += r.status.runUrl ? ` [log](${r.status.runUrl})${what}` : what;
    }
    const newest = r.newest ? `\`${r.newest.id}\`` : r.listError ? `listing failed: ${cell(r.listError.slice(0, 120))}` : "none";
    lines.push(
      `| ${r.target.site} | ${r.target.environment} | ${r.target.platform} | ${status} | ${r.newest ? formatBytes(r.newest.bytes) : ""} | ${newest} | ${r.newest ? age(now.getTime() - r.newest.time.getTime()) : ""} |`
    );
  }
  return lines.join("\n") + "\n";
}
async function gatherReports(targets, opts) {
  const reports = targets.map((target) => ({ target }));
  let next = 0;
  const worker = async () => {
    while (next < reports.length) {
      const r = reports[next++];
      const status = await readStatus(opts.statusDir, r.target.site, r.target.environment);
      if (status) r.status = status;
      if (opts.list === false) continue;
      try {
        const spec = parseStore(mapSource({ store: r.target.store, ...r.target.inputs }), opts.cwd);
        const newest = newestComplete2(await (await openStore(spec, opts.log, opts.env)).list(r.target.site, r.target.environment));
        if (newest) r.newest = newest;
      } catch (e) {
        r.listError = e.message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 8, reports.length)) }, worker));
  return reports;
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
var BACKUP_CELL = { success: "backed up", failure: "FAILED", "not run": "not run" };
async function fleetBackupCommand(io, opts) {
  const { targets } = await loadFleet(io);
  const chosen = opts.only ? selectTargets(targets, opts.only) : targets;
  const { only: _only, ...deps } = opts;
  if (!deps.prune)
    io.log.info("no prune command: sites are backed up, not pruned; prune them in a job of their own with `site-backup fleet-prune`");
  const results = await runFleet(io, chosen, deps);
  const failed = results.filter((r) => r.backup === "failure" || r.prune === "failure");
  const rows = results.map(
    (r) => `| ${r.id} | ${r.skipped ? "skipped (fresh enough)" : BACKUP_CELL[r.backup]} | ${r.backupId ?? ""} | ${r.prune} |`
  );
  await io.summary(["### Fleet shard", "", "| site | backup | backup id | prune |", "|---|---|---|---|", ...rows, ""].join("\n"));
  io.setOutput("failed", failed.map((r) => r.id).join(","));
  if (failed.length) {
    throw new Error(`${failed.length} of ${results.length} sites failed: ${failed.map((r) => r.id).join(", ")}`);
  }
  const did = [deps.backup ? "backed up" : "", deps.prune ? "pruned" : ""].filter(Boolean).join(" and ");
  io.log.info(`all ${results.length} sites ${did || "skipped: nothing to do"}`);
  return results;
}
async function fleetSummaryCommand(io, opts) {
  const { targets } = await loadFleet(io);
  const lookup = secretSource(io.env);
  const withSecrets = targets.map((t) => {
    const inputs = { ...t.inputs };
    for (const [key, name] of Object.entries(t.secrets)) {
      const v = lookup(name);
      if (v !== void 0 && !/^[A-Z_][A-Z0-9_]*$/.test(key)) {
        io.log.setSecret(v);
        inputs[key] = v;
      }
    }
    return { ...t, inputs };
  });
  const reports = await gatherReports(withSecrets, {
    ...opts.statusDir ? { statusDir: path.resolve(io.cwd, opts.statusDir) } : {},
    log: io.log,
    env: io.env,
    cwd: io.cwd,
    list: opts.list !== false
  });
  const md = redact(fleetSummaryMarkdown(reports.map((r) => ({ ...r, target: targets.find((t) => t.id === r.target.id) }))));
  (opts.write ?? ((s) => process.stdout.write(s)))(md);
  return md;
}

export {
  secretSource,
  resolveSecrets,
  loadFleet,
  matrixCommand,
  fleetBackupCommand,
  fleetSummaryCommand
};
