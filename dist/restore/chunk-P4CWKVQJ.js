import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  actionsCache,
  findOnPath,
  installEnv,
  isExecutable,
  resolveTool
} from "./chunk-DCXOFWG7.js";
import {
  lastLines,
  runProcess
} from "./chunk-MHMSWIL4.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";

// src/platforms/hosted.ts
import { cp, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
var HOSTED_INPUTS = ["cli-version", "cli-install-command", "retries"];
var MissingSecretError = class extends ConfigError {
  constructor(name, problem, fix) {
    super(name, problem, fix);
    this.message = `Secret \`${name}\`: ${problem}. ${fix}`;
  }
};
function secretHowTo(name) {
  return `Store it as a repository or environment secret and pass it to the step with \`env: { ${name}: \${{ secrets.${name} }} }\` (outside Actions, export ${name} in the shell that runs site-backup). Secrets are never passed as inputs, so they cannot end up in a command line.`;
}
function requireSecret(ctx, name, purpose) {
  const v = ctx.env[name]?.trim();
  if (!v) throw new MissingSecretError(name, `is not set; ${purpose}`, secretHowTo(name));
  ctx.log.setSecret(v);
  return v;
}
function looseInput(ctx, name) {
  return ctx.inputs.get(name);
}
var DEFAULT_PROTECTED_ENVIRONMENTS = ["production", "live", "main", "master"];
function protectedEnvironments(ctx) {
  const v = looseInput(ctx, "protected-environments");
  return v ? v.split(/[\s,]+/).filter(Boolean).map((e) => e.toLowerCase()) : DEFAULT_PROTECTED_ENVIRONMENTS;
}
function isProtectedEnvironment(ctx, env) {
  return protectedEnvironments(ctx).includes(env.toLowerCase());
}
function retriesFrom(ctx) {
  const v = ctx.inputs.get("retries") ?? "2";
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new ConfigError(
      "retries",
      `"${v}" is not a whole number from 0 to 10`,
      "Use for example `2` (three attempts in all), or `0` to fail on the first error."
    );
  }
  return n;
}
function msFromEnv(ctx, name, fallback) {
  const n = Number(ctx.env[name]);
  return Number.isFinite(n) && n >= 0 && ctx.env[name] !== void 0 && ctx.env[name] !== "" ? n : fallback;
}
function retryDelayMs(ctx) {
  return msFromEnv(ctx, "SITE_BACKUP_RETRY_DELAY_MS", 15e3);
}
async function freshDir(ctx, name) {
  const dir = path.join(ctx.workDir, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}
async function move(src, dest) {
  await mkdir(path.dirname(dest), { recursive: true });
  try {
    await rename(src, dest);
  } catch (e) {
    if (e.code !== "EXDEV") throw e;
    await cp(src, dest, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
    await rm(src, { recursive: true, force: true });
  }
}
async function moveChildren(srcDir, destDir, names) {
  const present = await readdir(srcDir);
  const chosen = names ? present.filter((n) => names.includes(n)) : present;
  for (const n of chosen) await move(path.join(srcDir, n), path.join(destDir, n));
  return chosen;
}
function listInput(ctx, name) {
  const v = ctx.inputs.get(name);
  if (v === void 0) return void 0;
  return v.split(/[\s,]+/).filter(Boolean);
}

// src/platforms/install.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir as mkdir2, readFile, readlink, realpath, symlink, unlink, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/platforms/locks/index.ts
var NPM_LOCKS = {
  "@platformos/pos-cli@6.4.0": () => import("./package-lock-LEWWDQBG.js"),
  "@siteglide/siteglide-cli@1.10.3": () => import("./package-lock-Z4LB7FEP.js"),
  "@upsun/cli-linux-x64@5.11.1": () => import("./package-lock-BL4B33JU.js")
};
async function npmLock(key) {
  const load = Object.hasOwn(NPM_LOCKS, key) ? NPM_LOCKS[key] : void 0;
  return load ? (await load()).default : void 0;
}
var PIP_REQUIREMENTS = {};

// src/platforms/install.ts
var VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;
var LAYOUT = "v2";
function installedBin(spec, dir) {
  if (spec.method.kind === "npm") {
    return spec.binPath ? [path2.join(dir, "node_modules", spec.method.package, spec.binPath)] : [path2.join(dir, "node_modules", ".bin", spec.bin)];
  }
  return [path2.join(dir, "bin", spec.bin)];
}
async function findInstalled(spec, dir, custom) {
  const candidates = custom ? [
    path2.join(dir, "bin", spec.bin),
    path2.join(dir, "node_modules", ".bin", spec.bin),
    path2.join(dir, spec.bin),
    ...installedBin(spec, dir)
  ] : installedBin(spec, dir);
  for (const p of candidates) if (await isExecutable(p)) return p;
  return void 0;
}
async function pinsFor(spec, version) {
  const m = spec.method;
  if (m.kind === "npm") {
    const lock = m.locks?.[version] ?? await npmLock(`${m.package}@${version}`);
    if (!lock) return void 0;
    if (lock.packages[""]?.dependencies?.[m.package] !== version)
      throw new Error(`internal: the lock for ${m.package}@${version} does not depend on exactly that version`);
    return { kind: "npm-lock", lock };
  }
  const requirements = m.requirements?.[version] ?? PIP_REQUIREMENTS[`${m.package}==${version}`];
  return requirements ? { kind: "pip-hashes", requirements } : void 0;
}
function pinsDigest(pins) {
  if (!pins) return "";
  const text = pins.kind === "npm-lock" ? JSON.stringify(pins.lock) : pins.requirements;
  return `-${pins.kind === "npm-lock" ? "lock" : "hashes"}${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
}
function cacheKey(spec, version, runtime, customCommand, pins) {
  const m = spec.method;
  const method = customCommand ? `custom-${createHash("sha256").update(customCommand).digest("hex").slice(0, 12)}` : `${m.kind}-${m.package.replace(/[^\w.-]/g, "_")}${m.kind === "npm" && m.ignoreScripts ? "-noscripts" : ""}${pinsDigest(pins)}`;
  return `site-backup-cli-${LAYOUT}-${spec.tool}-${version}-${method}-${process.platform}-${process.arch}-${runtime.id}`;
}
function cliVersion(ctx, spec) {
  const v = ctx.inputs.get("cli-version") ?? spec.defaultVersion;
  if (!VERSION_RE.test(v)) {
    throw new ConfigError(
      "cli-version",
      `"${v}" is not a version`,
      `Give a plain version such as \`${spec.defaultVersion}\`, or leave it empty for the tested one.`
    );
  }
  return v;
}
function toolRoot(ctx) {
  return ctx.env.SITE_BACKUP_TOOL_DIR || ctx.env.RUNNER_TOOL_CACHE || path2.join(ctx.workDir, "tools");
}
async function findNpmCli(node, envPath) {
  const candidates = [path2.resolve(path2.dirname(node), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js")];
  try {
    candidates.push(path2.resolve(path2.dirname(await realpath(node)), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"));
  } catch {
  }
  const onPath = await findOnPath("npm", envPath);
  if (onPath) {
    const real = await realpath(onPath);
    candidates.push(real, path2.resolve(path2.dirname(real), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"));
  }
  for (const c of candidates) if (c.endsWith(`${path2.sep}npm-cli.js`) && existsSync(c)) return c;
  return void 0;
}
async function nodeDir(workDir, node) {
  const dir = path2.join(workDir, "node-bin");
  const link = path2.join(dir, "node");
  await mkdir2(dir, { recursive: true });
  const current = await readlink(link).catch(() => void 0);
  if (current !== node) {
    await unlink(link).catch(() => void 0);
    await symlink(node, link);
  }
  return dir;
}
async function pythonVersion(python, env) {
  const r = await runProcess(python, ["-c", 'import sys; print("%d.%d" % sys.version_info[:2])'], {
    env,
    signal: AbortSignal.timeout(3e4)
  });
  const v = r.stdoutTail.trim();
  if (r.code !== 0 || !/^\d+\.\d+$/.test(v))
    throw new Error(`${python} did not report its version (exit ${r.code}): ${redact(lastLines(r.stderrTail))}`);
  return v;
}
function pathWith(dirs, envPath) {
  const first = Array.isArray(dirs) ? dirs : [dirs];
  return [...first, ...(envPath ?? "").split(path2.delimiter).filter((d) => d && !first.includes(d))].join(path2.delimiter);
}
function cliPath(cli, envPath) {
  return pathWith(cli.pathDirs, envPath);
}
function reportsVersion(text, version) {
  const v = version.replace(/[.+]/g, (c) => `\\${c}`);
  return new RegExp(`(^|[^\\d.])${v}($|[^\\d])`).test(text);
}
async function runVersion(spec, bin, env, signal) {
  const limit = AbortSignal.timeout(12e4);
  try {
    const r = await runProcess(bin, spec.versionArgs ?? ["--version"], { env, signal: signal ? AbortSignal.any([signal, limit]) : limit });
    const out = `${r.stdoutTail}
${r.stderrTail}`.trim();
    const first = out.split("\n").find((l) => /\d+\.\d+/.test(l)) ?? out.split("\n")[0] ?? "";
    return { ok: r.code === 0, text: r.code === 0 ? redact(first.trim()) : `exit ${r.code}: ${redact(lastLines(out, 3))}` };
  } catch (e) {
    return { ok: false, text: e.message };
  }
}
async function pathDirsFor(job, binDir) {
  return job.spec.method.kind === "npm" ? [await nodeDir(job.ctx.workDir, job.node), binDir] : [binDir];
}
function checkEnv(job, dirs) {
  return { ...installEnv(job.ctx.env), PATH: pathWith(dirs, job.ctx.env.PATH) };
}
function versionCommand(spec) {
  return `\`${spec.bin} ${(spec.versionArgs ?? ["--version"]).join(" ")}\``;
}
async function ensureCli(ctx, spec, o = {}) {
  const version = cliVersion(ctx, spec);
  const custom = ctx.inputs.get("cli-install-command");
  const node = o.node ?? process.execPath;
  const nodeV = spec.method.kind === "npm" ? await nodeVersion(node, ctx.env) : void 0;
  const job = {
    ctx,
    spec,
    o,
    version,
    custom,
    pins: custom ? void 0 : await pinsFor(spec, version),
    node,
    nodeV,
    nodeNote: nodeV ? ` with Node ${nodeV} (${node})` : ""
  };
  const found = await resolveTool({
    name: spec.bin,
    bin: spec.bin,
    env: ctx.env,
    log: ctx.log,
    cache: o.cache ?? actionsCache,
    usePath: (bin) => usePath(job, bin),
    place: () => place(job),
    check: (dir) => checkInstalled(job, dir),
    install: (dir) => install(job, dir)
  });
  if (found.source !== "path")
    ctx.log.info(`${spec.bin}: running ${what(job)} ${found.from}${job.nodeNote} (${found.value.bin} reports "${found.value.version}")`);
  return found.source === "path" ? found.value : { ...found.value, version, source: found.source };
}
function what(job) {
  const m = job.spec.method;
  return job.custom ? `${job.spec.tool} ${job.version} (cli-install-command)` : `${m.package}@${job.version} (${m.kind})`;
}
async function usePath(job, onPath) {
  const { ctx, spec } = job;
  const dirs = await pathDirsFor(job, path2.dirname(onPath));
  const v = await runVersion(spec, onPath, { ...ctx.env, PATH: pathWith(dirs, ctx.env.PATH) }, job.o.signal);
  if (v.ok) {
    ctx.log.info(
      `${spec.bin}: running ${onPath}${job.nodeNote}, found on PATH (reports "${v.text}"; \`cli-version\` applies only when it has to be installed)`
    );
    if (!reportsVersion(v.text, job.version)) {
      ctx.log.warn(
        `${spec.bin}: the one found on PATH (${onPath}) reports "${v.text}", not ${job.version}, the version this backup was ${job.version === spec.defaultVersion ? "tested with" : "asked to use (`cli-version`)"}; it is used as it is. Remove it from PATH to have ${job.version} installed.`
      );
    }
  } else {
    ctx.log.warn(`${spec.bin}: running ${onPath}, found on PATH, but ${versionCommand(spec)} failed (${v.text})`);
  }
  return { bin: onPath, binDir: path2.dirname(onPath), version: v.ok ? v.text : "unknown", source: "path", pathDirs: dirs };
}
async function place(job) {
  const { ctx, spec, version } = job;
  const rt = { id: "", node: job.node };
  if (job.custom) rt.id = "custom";
  else if (spec.method.kind === "npm") rt.id = `node${job.nodeV?.replace(/^v/, "").split(".")[0] ?? "unknown"}`;
  else {
    const python = await findOnPath("python3", ctx.env.PATH);
    if (!python) {
      throw new Error(
        `${spec.bin} is not on PATH, and installing ${spec.tool} needs Python 3 (python3 with the venv module), which is not on PATH either. Add \`actions/setup-python\` before this step, or preinstall ${spec.bin} (\`pipx install ${spec.method.package}==${version}\`).`
      );
    }
    rt.python = python;
    rt.id = `py${await pythonVersion(python, ctx.env)}`;
  }
  job.rt = rt;
  return {
    dir: path2.join(toolRoot(ctx), "site-backup", spec.tool, version, `${process.platform}-${process.arch}-${rt.id}`),
    cacheKey: cacheKey(spec, version, rt, job.custom, job.pins)
  };
}
async function checkInstalled(job, dir) {
  const bin = await findInstalled(job.spec, dir, Boolean(job.custom));
  if (!bin) return { ok: false, missing: true, why: `has no ${job.spec.bin}` };
  if (job.pins?.kind === "npm-lock") {
    const drift = await lockDrift(job.pins.lock, dir);
    if (drift) return { ok: false, why: `is not what the lock installs (${drift}): not running it` };
  }
  const dirs = await pathDirsFor(job, path2.dirname(bin));
  const check = await runVersion(job.spec, bin, checkEnv(job, dirs), job.o.signal);
  if (!check.ok) return { ok: false, why: `does not answer its version command (${check.text})`, detail: check.text };
  if (!reportsVersion(check.text, job.version))
    return { ok: false, why: `reports "${check.text}", not ${job.version}`, detail: check.text };
  return { ok: true, value: { bin, binDir: path2.dirname(bin), version: check.text, source: "tool-dir", pathDirs: dirs } };
}
async function lockDrift(lock, dir) {
  let installed;
  try {
    installed = JSON.parse(await readFile(path2.join(dir, "node_modules", ".package-lock.json"), "utf8"));
  } catch {
    return "npm left no record of what it installed";
  }
  for (const [p, have] of Object.entries(installed.packages ?? {})) {
    const want = lock.packages[p];
    if (!want) {
      if (have.inBundle) continue;
      return `${p} is not in the lock`;
    }
    if (have.version !== want.version || want.integrity && have.integrity !== want.integrity)
      return `${p} is ${have.version ?? "?"}, the lock has ${want.version ?? "?"}`;
  }
  return void 0;
}
async function npmSteps(job, dir, pkg, ignoreScripts) {
  const npmCli = await findNpmCli(job.node, job.ctx.env.PATH);
  if (!npmCli) {
    throw new Error(
      `installing ${job.spec.tool} needs npm, and none was found beside ${job.node} or on PATH. Install npm, or preinstall ${job.spec.bin} on the runner (it is used from PATH when present).`
    );
  }
  const flags = [
    "--prefix",
    dir,
    "--no-audit",
    "--no-fund",
    "--no-update-notifier",
    "--loglevel=error",
    ...ignoreScripts ? ["--ignore-scripts"] : []
  ];
  if (job.pins?.kind !== "npm-lock") {
    job.ctx.log.warn(
      `${job.spec.bin}: no lockfile is committed for ${pkg}@${job.version}, so its dependencies resolve afresh (${job.version === job.spec.defaultVersion ? "report this" : `the tested ${job.spec.defaultVersion} has one; \`cli-version\` asked for ${job.version}`})`
    );
    return [{ cmd: job.node, args: [npmCli, "install", ...flags, `${pkg}@${job.version}`] }];
  }
  const root = job.pins.lock.packages[""];
  await writeFile(
    path2.join(dir, "package.json"),
    `${JSON.stringify({ name: job.pins.lock.name, private: true, dependencies: root.dependencies }, null, 2)}
`
  );
  await writeFile(path2.join(dir, "package-lock.json"), `${JSON.stringify(job.pins.lock, null, 2)}
`);
  return [{ cmd: job.node, args: [npmCli, "ci", ...flags, "--omit=dev"] }];
}
async function pipSteps(job, dir, pkg) {
  const python = path2.join(dir, "bin", "python");
  const pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "--quiet"];
  const venv = { cmd: job.rt.python, args: ["-m", "venv", dir] };
  if (job.pins?.kind !== "pip-hashes") {
    job.ctx.log.warn(
      `${job.spec.bin}: no hashed requirements are committed for ${pkg}==${job.version}, so pip resolves its dependencies afresh, unchecked`
    );
    return [venv, { cmd: python, args: [...pip.slice(1), `${pkg}==${job.version}`] }];
  }
  const file = path2.join(dir, "requirements.txt");
  await writeFile(file, job.pins.requirements);
  return [venv, { cmd: python, args: [...pip.slice(1), "--require-hashes", "--no-deps", "-r", file] }];
}
async function installSteps(job, dir) {
  if (job.custom) {
    return [
      {
        cmd: "bash",
        args: ["-eo", "pipefail", "-c", job.custom],
        env: { INSTALL_DIR: dir, CLI_VERSION: job.version, CLI_TOOL: job.spec.tool }
      }
    ];
  }
  const m = job.spec.method;
  return m.kind === "npm" ? npmSteps(job, dir, m.package, m.ignoreScripts) : pipSteps(job, dir, m.package);
}
async function install(job, dir) {
  const { ctx, spec, version } = job;
  ctx.log.info(
    `${spec.bin} is not on PATH: installing ${what(job)} into ${dir}${job.pins ? ` (${job.pins.kind === "npm-lock" ? "npm ci from its committed lockfile" : "pip --require-hashes"})` : ""}`
  );
  const limit = AbortSignal.timeout(job.o.timeoutMs ?? 10 * 6e4);
  const signal = job.o.signal ? AbortSignal.any([job.o.signal, limit]) : limit;
  const env = {
    ...installEnv(ctx.env),
    PATH: pathWith(spec.method.kind === "npm" ? [await nodeDir(ctx.workDir, job.node)] : [], ctx.env.PATH),
    npm_config_update_notifier: "false"
  };
  for (const step of await installSteps(job, dir)) {
    let r;
    try {
      r = await runProcess(step.cmd, step.args, {
        cwd: dir,
        env: { ...env, ...step.env },
        signal,
        onLine: (l) => ctx.log.info(`[install ${spec.tool}] ${redact(l)}`)
      });
    } catch (e) {
      throw new Error(`installing ${spec.tool} ${version} failed: ${e.message}`, { cause: e });
    }
    if (r.code !== 0) {
      const tail = lastLines(r.stderrTail) || lastLines(r.stdoutTail);
      const shown = step.cmd === job.node ? "npm" : path2.basename(step.cmd);
      throw new Error(
        `installing ${spec.tool} ${version} failed (${shown} exited with ${r.code})${tail ? `: ${redact(tail)}` : ""}. Check \`cli-version\`, or preinstall ${spec.bin} on the runner (it is used from PATH when present).`
      );
    }
  }
  const checked = await checkInstalled(job, dir);
  if (checked.ok) return { ...checked.value, source: "installed" };
  if (checked.missing)
    throw new Error(
      `the ${spec.tool} installer finished, but ${spec.bin} is not in ${dir} (expected ${installedBin(spec, dir).map((p) => path2.relative(dir, p)).join(" or ")})`
    );
  if (!checked.detail) throw new Error(`${spec.tool} ${version} was installed, but the copy ${checked.why}`);
  throw new Error(`${spec.tool} ${version} was installed, but ${versionCommand(spec)} does not report ${version} (${checked.detail})`);
}
async function nodeVersion(node, env) {
  if (node === process.execPath) return process.version;
  const r = await runProcess(node, ["--version"], { env, signal: AbortSignal.timeout(3e4) });
  const v = r.stdoutTail.trim();
  return r.code === 0 && /^v\d+\./.test(v) ? v : void 0;
}

// src/platforms/define.ts
function definePlatform(spec) {
  return {
    name: spec.name,
    spec,
    async open(ctx) {
      const secrets = spec.readSecrets?.(ctx) ?? {};
      if (!spec.readSecrets) for (const s of spec.secrets ?? []) secrets[s.name] = requireSecret(ctx, s.name, s.purpose);
      spec.check?.(ctx);
      const cli = spec.cli && !spec.cliOnDemand ? await ensureCli(ctx, spec.cli) : void 0;
      const state = await spec.open(ctx, { secrets, ...cli ? { cli } : {} });
      return session(spec, state);
    }
  };
}
function session(spec, state) {
  const table = spec.components;
  const components = spec.covers?.(state) ?? Object.keys(table);
  const handler = (c, exporting) => {
    const h = table[c];
    if (!h || exporting && !components.includes(c)) throw new Error(explain(c));
    return h;
  };
  const explain = (c) => spec.explainUnsupported?.(c, state) ?? `${spec.name} covers ${inWords(components)}; "${c}" is not one of them`;
  return {
    components,
    explainUnsupported: explain,
    mirrors: (c) => table[c]?.mirrors === true,
    export: (c, outDir, signal) => handler(c, true).export(state, outDir, signal),
    async restore(c, inDir, opts) {
      const h = handler(c, false);
      if (!h.restore) throw new Error(h.noRestore ?? `${spec.name} cannot restore ${c}`);
      await h.restore(state, inDir, opts);
    },
    close: async () => spec.close?.(state)
  };
}
function inWords(items) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export {
  HOSTED_INPUTS,
  MissingSecretError,
  secretHowTo,
  protectedEnvironments,
  isProtectedEnvironment,
  retriesFrom,
  msFromEnv,
  retryDelayMs,
  freshDir,
  move,
  moveChildren,
  listInput,
  pathWith,
  cliPath,
  ensureCli,
  definePlatform
};
