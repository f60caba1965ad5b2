import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  writeStatus
} from "./chunk-3DDH7VCA.js";
import {
  mapSource
} from "./chunk-R65ZRAFA.js";

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

export {
  secretSource,
  resolveSecrets,
  runFleet
};
