#!/usr/bin/env node
import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  REPORT_FLAGS
} from "./chunk-XOAYMPJQ.js";
import {
  TOOL
} from "./chunk-5A26CKDP.js";
import {
  errorTitle
} from "./chunk-UBH3SLY2.js";
import {
  closest,
  printable
} from "./chunk-FPDQBVEU.js";
import {
  INPUTS,
  mapSource
} from "./chunk-R65ZRAFA.js";
import {
  installInterruptCleanup,
  sweepLeftovers
} from "./chunk-TLYYK3DI.js";
import "./chunk-4PEM3UII.js";
import {
  addSecret,
  redact,
  secretsInEnv
} from "./chunk-CWCRKLXP.js";
import "./chunk-ZZX2MHPD.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/cli.ts
import os from "node:os";
import { parseArgs } from "node:util";

// src/config/surface.ts
var INPUT_NAMES = new Set(Object.keys(INPUTS));
function flag(name, value) {
  if (value === void 0 || value === "true") return `--${name}`;
  return /^[\w@%+=:,./<>*$-]+$/.test(value) ? `--${name} ${value}` : `--${name} '${value.replace(/'/g, "'\\''")}'`;
}
var EXPRESSIONS = [
  // `env: { NAME: ${{ secrets.NAME }} }` is how a step gets a secret; in a shell it is an export.
  [/`env: \{ ([A-Za-z0-9_]+): \$\{\{ secrets\.[A-Za-z0-9_]+ \}\} \}`/g, "`export $1=\u2026`"],
  [/`?\$\{\{ steps\.[^}]*?\.outcome \}\}`?/g, "the backup's outcome"],
  [/ \(pass `steps\.[^`]*` in an expression\)/g, " (`success`, `failure`, `cancelled` or `skipped`)"],
  [/\$\{\{ toJSON\(secrets\) \}\}/g, "a JSON object of the secrets"],
  [/\$\{\{ github\.token \}\}/g, "$GITHUB_TOKEN"],
  [/\$\{\{ (?:secrets|env|vars)\.([A-Za-z0-9_]+) \}\}/g, "$$$1"]
];
function speak(text, surface) {
  if (surface === "action") return text;
  let out = text;
  for (const [re, to] of EXPRESSIONS) out = out.replace(re, to);
  out = out.replace(/ \(CLI: [^)]*\)/g, "");
  out = out.replace(/\bInput `([a-z][a-z0-9-]*)`:/g, (m, n) => INPUT_NAMES.has(n) ? `${flag(n)}:` : m);
  out = out.replace(/\b(?:the )?inputs? `([a-z][a-z0-9-]*)`/gi, (m, n) => INPUT_NAMES.has(n) ? `\`${flag(n)}\`` : m);
  out = out.replace(/`([a-z][a-z0-9-]*): ([^`\n]*)`/g, (m, n, v) => INPUT_NAMES.has(n) ? `\`${flag(n, v.trim())}\`` : m);
  out = out.replace(/`([a-z][a-z0-9-]*)`/g, (m, n) => INPUT_NAMES.has(n) ? `\`${flag(n)}\`` : m);
  return out;
}
function speakTitle(title, surface) {
  if (surface === "action") return title;
  const m = /^input ([a-z][a-z0-9-]*)$/.exec(title);
  return m && INPUT_NAMES.has(m[1]) ? flag(m[1]) : speak(title, surface);
}
function consoleReporter(stream = process.stderr) {
  const say = (m) => redact(speak(m, "cli"));
  return {
    info: (m) => stream.write(say(m) + "\n"),
    warn: (m) => stream.write(`warning: ${say(m)}
`),
    error: (m, title) => {
      const t = title ? speakTitle(title, "cli") : void 0;
      const msg = say(m);
      stream.write(`error${t && !msg.startsWith(`${t}:`) ? ` (${t})` : ""}: ${msg}
`);
    },
    setSecret: (v) => addSecret(v)
  };
}

// src/commands/index.ts
var backup = () => import("./backup-YK66WMTY.js");
var matrix = () => import("./matrix-WHENYHUP.js");
var fleet = () => import("./fleet-OPQKGTKV.js");
var verify = () => import("./verify-KRW7GWHJ.js");
var COMMANDS = {
  backup: {
    summary: "Export, archive and upload a backup, manifest last.",
    inputsOf: "backup",
    run: async (io) => (await backup()).backupCommand(io)
  },
  list: {
    summary: "List the backups of a site and environment, newest first, incomplete ones marked; without --site, every site and environment in the store with its newest complete backup and its age.",
    inputsOf: "backup",
    extraFlags: {
      json: { description: "Print JSON instead of a table." },
      "include-deleted": {
        description: "Also list backups deleted from a versioned (Object Lock) S3 bucket whose versions remain (docs/immutable.md)."
      },
      to: {
        description: "A second store that copies go to (`site-backup copy`): with --site, each backup shows which of the two stores hold it.",
        value: true
      },
      "to-s3-endpoint": { description: "`s3-endpoint` of the --to store.", value: true },
      "to-s3-region": { description: "`s3-region` of the --to store.", value: true },
      "to-s3-force-path-style": { description: "`s3-force-path-style` of the --to store." }
    },
    run: async (io, flags) => (await import("./list-QHYBJYL6.js")).listCommand(io, { json: flags.json === "true" })
  },
  demo: {
    summary: "Back up the bundled sample site into ./site-backups (or --store) and print where it went.",
    inputsOf: "backup",
    run: async (io) => (await import("./demo-GBDWP2NA.js")).demoCommand(io)
  },
  prune: {
    summary: "Apply the retention policies (--dry-run prints the plan and deletes nothing), then update the failure issue.",
    inputsOf: "prune",
    run: async (io) => (await import("./prune-IXF65CHM.js")).pruneCommand(io)
  },
  copy: {
    summary: "Copy complete backups from --from to --to (another store), checking every sha256 on the way, manifest last; backups already there are skipped.",
    inputsOf: "copy",
    run: async (io) => (await import("./copy-NQP5LOH5.js")).copyCommand(io)
  },
  restore: {
    summary: "Verify every checksum of a backup (default: the latest), then restore it; --dry-run shows the plan.",
    inputsOf: "restore",
    run: async (io) => (await verify()).restoreOrVerify(io)
  },
  verify: {
    summary: "Check backups are complete and every object matches its sha256; --drill loads the data into a throwaway database.",
    inputsOf: "restore",
    run: async (io) => (await verify()).verifyCommand(io)
  },
  matrix: {
    summary: "Read a sites file and print the strategy.matrix JSON for a fleet (sharded above --max-jobs).",
    inputsOf: "matrix",
    run: async (io) => (await matrix()).matrixCommand(io)
  },
  "fleet-backup": {
    summary: "Back up (and prune, unless --no-prune) sites of the sites file one after the other: what a sharded fleet job runs.",
    inputsOf: "matrix",
    extraFlags: {
      only: { description: "Comma-separated site/environment ids to back up (a shard's `sites`); default: every site.", value: true },
      "no-prune": {
        description: "Back up only; prune in a job of its own with `fleet-prune` and a role that may delete (docs/immutable.md)."
      }
    },
    // Looked up when it runs, so the fleet prunes with whichever prune command this build has.
    run: async (io, flags) => (await fleet()).fleetBackupCommand(io, {
      backup: (await backup()).backupCommand,
      prune: COMMANDS.prune && flags["no-prune"] !== "true" ? (pio) => COMMANDS.prune.run(pio, {}) : void 0,
      ...flags.only ? { only: flags.only } : {}
    })
  },
  "fleet-prune": {
    summary: "Prune sites of the sites file one after the other and keep each site's failure issue, from the status records the backup job left in RUNNER_TEMP.",
    inputsOf: "matrix",
    extraFlags: {
      only: { description: "Comma-separated site/environment ids to prune (a shard's `sites`); default: every site.", value: true }
    },
    run: async (io, flags) => (await fleet()).fleetBackupCommand(io, {
      prune: (pio) => COMMANDS.prune.run(pio, {}),
      ...flags.only ? { only: flags.only } : {}
    })
  },
  "fleet-summary": {
    summary: "Print a Markdown table of every site: this run's status, size and newest backup in the store.",
    inputsOf: "matrix",
    extraFlags: {
      "status-dir": { description: "Folder holding the status files the backup steps left (site-backup-status--*.json).", value: true },
      "no-list": { description: "Do not list the stores; show only the status files." }
    },
    run: async (io, flags) => (await fleet()).fleetSummaryCommand(io, {
      ...flags["status-dir"] ? { statusDir: flags["status-dir"] } : {},
      list: flags["no-list"] !== "true"
    })
  },
  report: {
    summary: "Write the fleet status page (one self-contained HTML file) from --store (every site in it) or the sites file, and the same figures as Markdown. Reads manifests only (docs/report.md).",
    inputsOf: "matrix",
    extraFlags: REPORT_FLAGS,
    run: async (io, flags) => (await import("./report-M7CLOPBC.js")).reportCommand(io, flags)
  }
};

// src/commands/help.ts
var CLI_DEFAULT_STORE = "site-backups";
var GROUP_TITLES = {
  what: "What: the site, the backup, the components",
  where: "Where: the store and its credentials",
  how: "How: the platform, commands, formats and limits",
  safety: "Safety: confirmations, dry runs, encryption, host keys"
};
var GROUP_OF = {
  site: "what",
  environment: "what",
  platform: "what",
  components: "what",
  backup: "what",
  mode: "what",
  "target-environment": "what",
  "newer-than": "what",
  trigger: "what",
  sites: "what",
  only: "what",
  store: "where",
  "s3-endpoint": "where",
  "s3-region": "where",
  "s3-force-path-style": "where",
  "s3-storage-class": "where",
  "s3-sse": "where",
  "s3-kms-key-id": "where",
  format: "where",
  "restic-password": "where",
  "artifact-retention-days": "where",
  "github-token": "where",
  "restore-dir": "where",
  "status-dir": "where",
  "dry-run": "safety",
  confirm: "safety",
  "protected-environments": "safety",
  "max-age": "safety",
  "encrypt-to": "safety",
  "decrypt-identity": "safety",
  "ssh-known-hosts": "safety",
  "ssh-accept-new-host-key": "safety",
  "accept-suspect-files": "safety",
  "platformos-data-clean": "safety",
  "s3-object-lock": "safety",
  "s3-object-lock-margin": "safety",
  "include-deleted": "safety"
};
function groupOf(flag2) {
  return GROUP_OF[flag2] ?? "how";
}
function inputsFor(action) {
  return Object.entries(INPUTS).filter(([, s]) => s.actions.includes(action));
}
function cliDefault(name, s) {
  if (name === "store") return CLI_DEFAULT_STORE;
  if (name === "github-token") return "GITHUB_TOKEN from the environment";
  return s.default;
}
function flagsOf(cmd) {
  const out = [];
  for (const [name, s] of inputsFor(cmd.inputsOf)) {
    const isSwitch2 = s.default === "true" || s.default === "false";
    const d = cliDefault(name, s);
    const tail = s.required ? " (required)" : d && !isSwitch2 ? ` (default: ${d})` : "";
    out.push({ name, group: groupOf(name), value: isSwitch2 ? "" : "<value>", description: speak(s.description, "cli") + tail });
  }
  for (const [name, s] of Object.entries(cmd.extraFlags ?? {})) {
    out.push({ name, group: groupOf(name), value: s.value ? "<value>" : "", description: speak(s.description, "cli") });
  }
  return out;
}
function wrap(text, width, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n" + " ".repeat(indent));
}
var WIDTH = 100;
var FLAG_COL = 32;
function usage(name) {
  const cmd = name ? COMMANDS[name] : void 0;
  if (name && cmd) {
    const lines2 = [`site-backup ${name}: ${speak(cmd.summary, "cli")}`, "", `Usage: site-backup ${name} [--flag value ...]`];
    const flags = flagsOf(cmd);
    for (const g of Object.keys(GROUP_TITLES)) {
      const inGroup = flags.filter((f) => f.group === g);
      if (inGroup.length === 0) continue;
      lines2.push("", `${GROUP_TITLES[g]}:`);
      for (const f of inGroup) {
        const head = `  --${f.name}${f.value ? ` ${f.value}` : ""}`;
        const body = wrap(f.description, WIDTH, FLAG_COL);
        lines2.push(head.length < FLAG_COL - 1 ? head.padEnd(FLAG_COL) + body : `${head}
${" ".repeat(FLAG_COL)}${body}`);
      }
    }
    lines2.push("", "A flag takes its value as --name value or --name=value; a switch stands bare for true.");
    lines2.push("Secrets (tokens, passwords, keys) are read from the environment; SECURITY.md lists which.");
    return lines2.join("\n") + "\n";
  }
  const lines = [
    `site-backup ${TOOL.version}: off-site backups of hosted websites`,
    "",
    "Usage: site-backup <command> [--flag value ...]",
    "",
    "Commands:"
  ];
  for (const [n, c] of Object.entries(COMMANDS)) lines.push(`  ${n.padEnd(14)}${wrap(speak(c.summary, "cli"), WIDTH, 16)}`);
  lines.push("", "Run `site-backup <command> --help` for its flags.");
  return lines.join("\n") + "\n";
}

// src/cli.ts
var UsageError = class extends Error {
  name = "UsageError";
};
function inputsFor2(action) {
  return Object.entries(INPUTS).filter(([, s]) => s.actions.includes(action));
}
function isSwitch(cmd, name) {
  const extra = cmd.extraFlags?.[name];
  if (extra) return !extra.value;
  const d = INPUTS[name]?.default;
  return d === "true" || d === "false";
}
function didYouMean(name, known) {
  const best = closest(name, known, Math.max(2, Math.floor(name.length / 3)));
  return best ? ` Did you mean --${best}?` : "";
}
var FLAG_RE = /^--([a-z][a-z0-9-]*)(?:=|$)/;
function parseFlags(cmd, argv) {
  const names = [...inputsFor2(cmd.inputsOf).map(([n]) => n), ...Object.keys(cmd.extraFlags ?? {})];
  const options = {};
  for (const n of names) options[n] = { type: "string" };
  const joined = [];
  const repeated = /* @__PURE__ */ new Map();
  const isRepeatable = (n) => INPUTS[n]?.repeatable === true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = FLAG_RE.exec(a);
    if (!m) throw notAFlag(cmd, argv, i);
    const name = m[1];
    if (!(name in options)) throw new UsageError(`unknown flag --${name}.${didYouMean(name, names)} Run with --help to see the flags.`);
    if (isRepeatable(name)) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1] !== void 0 && !FLAG_RE.test(argv[i + 1]) ? argv[++i] : void 0;
      if (v === void 0) throw new UsageError(`--${name} needs a value: --${name} <value> or --${name}=<value>`);
      repeated.set(name, [...repeated.get(name) ?? [], v]);
      continue;
    }
    if (a.includes("=")) {
      joined.push(a);
      continue;
    }
    const next = argv[i + 1];
    const nextIsValue = next !== void 0 && !FLAG_RE.test(next);
    if (isSwitch(cmd, name)) {
      const word = nextIsValue ? SWITCH_WORDS[next.trim().toLowerCase()] : void 0;
      if (word) i++;
      joined.push(`--${name}=${word ?? "true"}`);
    } else if (nextIsValue) joined.push(`--${name}=${argv[++i]}`);
    else throw new UsageError(`--${name} needs a value: --${name} <value> or --${name}=<value>`);
  }
  let values;
  try {
    values = parseArgs({ args: joined, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const code = e.code ?? "error";
    throw new UsageError(`the flags could not be read (${code}); run with --help to see the flags`);
  }
  const out = {};
  for (const [k, raw] of Object.entries(values)) {
    if (raw === void 0) continue;
    const v = isSwitch(cmd, k) ? SWITCH_WORDS[raw.trim().toLowerCase()] : raw;
    if (v === void 0) throw new UsageError(`--${k} is a switch: leave it bare for true, or write --${k}=true or --${k}=false`);
    emptyFlag(k, v);
    out[k] = v;
  }
  for (const [k, vs] of repeated) out[k] = vs.join("\n");
  return out;
}
var SWITCH_WORDS = {
  true: "true",
  yes: "true",
  on: "true",
  "1": "true",
  false: "false",
  no: "false",
  off: "false",
  "0": "false"
};
function notAFlag(cmd, argv, i) {
  const prev = i > 0 ? FLAG_RE.exec(argv[i - 1]) : null;
  if (prev && !argv[i - 1].includes("=") && isSwitch(cmd, prev[1])) {
    const n = prev[1];
    return new UsageError(
      `--${n} is a switch and takes true or false, not the word after it (argument ${i + 1}): leave it bare for true, or write --${n}=true or --${n}=false`
    );
  }
  const after = i > 0 ? ` (it follows ${prev ? `--${prev[1]}, which already has its value` : "a value"})` : "";
  return new UsageError(
    `argument ${i + 1} is not a flag${after}; flags look like --site acme (a value that starts with "--" is written --name=value, and one with spaces is quoted)`
  );
}
function emptyFlag(name, value) {
  if (value.trim() !== "") return;
  const spec = INPUTS[name];
  const d = spec && cliDefault(name, spec);
  if (d === void 0 || d === "") return;
  throw new UsageError(`--${name} is empty; leave the flag out for its default (${d}), or give it a value (an unset shell variable?)`);
}
async function main(argv, env = process.env) {
  const log = consoleReporter();
  for (const v of secretsInEnv(env)) log.setSecret(v);
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === "--version") {
    process.stdout.write(`${TOOL.version}
`);
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    log.error(`unknown command "${name}"`, "usage");
    process.stderr.write(usage());
    return 2;
  }
  if (rest.some(
    (a, i) => (a === "--help" || a === "-h") && (i === 0 || !/^--[a-z][a-z0-9-]*$/.test(rest[i - 1]) || isSwitch(cmd, rest[i - 1].slice(2)))
  )) {
    process.stdout.write(usage(name));
    return 0;
  }
  let flags;
  try {
    flags = parseFlags(cmd, rest);
  } catch (e) {
    log.error(e.message, "usage");
    return 2;
  }
  await sweepLeftovers(env.RUNNER_TEMP ?? os.tmpdir(), log);
  const outputs = [];
  const io = {
    inputs: mapSource({ store: CLI_DEFAULT_STORE, ...flags }),
    log,
    env,
    cwd: process.cwd(),
    setOutput: (k, v) => outputs.push([k, v]),
    summary: async (md) => {
      process.stderr.write("\n" + redact(withoutFlagValues(speak(md, "cli"), flags)) + "\n");
    }
  };
  try {
    await cmd.run(io, flags);
    for (const [k, v] of outputs) process.stdout.write(`${k}=${printable(redact(v))}
`);
    return 0;
  } catch (e) {
    log.error(withoutFlagValues(e.message, flags), errorTitle(e, name));
    return 1;
  }
}
var KEY_SHAPE_RE = /-----BEGIN|AGE-SECRET-KEY-|\b(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{16,}/;
function withoutFlagValues(message, flags) {
  let out = message;
  const byLength = Object.entries(flags).sort((a, b) => b[1].length - a[1].length);
  for (const [name, value] of byLength) {
    const secret = INPUTS[name]?.secret === true;
    if (!secret && !KEY_SHAPE_RE.test(value)) continue;
    if (value.trim().length < 4) continue;
    out = out.split(value).join(`<the value of --${name}>`);
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 12) out = out.split(line.trim()).join(`<the value of --${name}>`);
  }
  return out;
}

// src/bin/cli.ts
installInterruptCleanup();
process.exitCode = await main(process.argv.slice(2));
