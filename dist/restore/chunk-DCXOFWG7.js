import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/util/tool.ts
import { createHash } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import { access, mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
var actionsCache = {
  available(env) {
    return env.GITHUB_ACTIONS === "true" && Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
  },
  async restore(paths, key, restoreKeys) {
    const cache = await import("./cache-YMYMOJTE.js");
    if (!cache.isFeatureAvailable()) return void 0;
    return cache.restoreCache(paths, key, restoreKeys);
  },
  async save(paths, key) {
    const cache = await import("./cache-YMYMOJTE.js");
    if (!cache.isFeatureAvailable()) return;
    await cache.saveCache(paths, key);
  }
};
async function isExecutable(p) {
  try {
    const st = await stat(p);
    if (!st.isFile()) return false;
    await access(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
async function findOnPath(bin, envPath) {
  for (const dir of (envPath ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, bin);
    if (await isExecutable(p)) return p;
  }
  return void 0;
}
var INSTALL_ENV = /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|TZ|TERM|TMPDIR|TMP|TEMP|CI|SYSTEMROOT|LC_\w+|XDG_\w+|(HTTPS?|NO|ALL)_PROXY|(https?|no|all)_proxy|SSL_CERT_(FILE|DIR)|NODE_EXTRA_CA_CERTS|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|npm_config_\w+|NPM_CONFIG_\w+|PIP_\w+|RUNNER_(OS|ARCH|TEMP|TOOL_CACHE))$/;
var CREDENTIAL = /TOKEN|SECRET|PASSW|AUTH|KEY|CREDENTIAL|IDENTITY|SESSION|COOKIE|CERT_PASS/i;
function installEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0 && INSTALL_ENV.test(k) && !CREDENTIAL.test(k)) out[k] = v;
  return out;
}
async function resolveTool(l) {
  const onPath = l.bin ? await findOnPath(l.bin, l.env.PATH) : void 0;
  if (onPath) return { value: await l.usePath(onPath), source: "path", from: `found on PATH (${onPath})` };
  const { dir, cacheKey } = await l.place();
  const here = await l.check(dir);
  if (here.ok) return { value: here.value, source: "tool-dir", from: `installed earlier in ${dir}`, dir };
  if (!here.missing) l.log.warn(`${l.name}: the copy in ${dir} ${here.why}; installing it again`);
  const useCache = l.cache.available(l.env);
  if (useCache) {
    const hit = await fromCache(l, dir, cacheKey);
    if (hit) return { value: hit, source: "cache", from: `restored from the Actions cache (${cacheKey})`, dir };
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let value;
  try {
    value = await l.install(dir);
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  if (useCache) {
    try {
      await l.cache.save([dir], cacheKey);
      l.log.info(`${l.name}: saved to the Actions cache (${cacheKey})`);
    } catch (e) {
      l.log.warn(`${l.name}: could not save the Actions cache (${e.message})`);
    }
  }
  return { value, source: "installed", from: `installed now into ${dir}`, dir };
}
async function fromCache(l, dir, key) {
  try {
    await rm(dir, { recursive: true, force: true });
    if (!await l.cache.restore([dir], key)) return void 0;
    const restored = await l.check(dir);
    if (restored.ok) return restored.value;
    l.log.warn(`${l.name}: the cached copy (${key}) ${restored.why}; installing it again`);
  } catch (e) {
    l.log.warn(`${l.name}: the Actions cache could not be read (${e.message}); installing instead`);
  }
  return void 0;
}
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}

export {
  actionsCache,
  isExecutable,
  findOnPath,
  installEnv,
  resolveTool,
  sha256File
};
