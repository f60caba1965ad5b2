#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14155:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17013);
/* harmony import */ var _util_cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4532);


// Ctrl-C and SIGTERM end the child process groups and remove the staging folders.
(0,_util_cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .installInterruptCleanup */ .Hf)();
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 17013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: CLI_DEFAULT_STORE, UsageError, parseFlags, usage, withoutFlagValues

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __nccwpck_require__(64389);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __nccwpck_require__(79397);
// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __nccwpck_require__(80121);
;// CONCATENATED MODULE: ./src/report/surface.ts

const INPUT_NAMES = new Set(Object.keys(inputs/* INPUTS */.m));
/** A flag as a person types it: `--name value`, a bare `--name` for `true`, quoted when needed. */
function flag(name, value) {
    if (value === undefined || value === 'true')
        return `--${name}`;
    return /^[\w@%+=:,./<>*$-]+$/.test(value) ? `--${name} ${value}` : `--${name} '${value.replace(/'/g, "'\\''")}'`;
}
// Expressions the runner expands, in the terminal's words. Order matters: the most specific first.
const EXPRESSIONS = [
    // `env: { NAME: ${{ secrets.NAME }} }` is how a step gets a secret; in a shell it is an export.
    [/`env: \{ ([A-Za-z0-9_]+): \$\{\{ secrets\.[A-Za-z0-9_]+ \}\} \}`/g, '`export $1=…`'],
    [/`?\$\{\{ steps\.[^}]*?\.outcome \}\}`?/g, "the backup's outcome"],
    [/ \(pass `steps\.[^`]*` in an expression\)/g, ' (`success`, `failure`, `cancelled` or `skipped`)'],
    [/\$\{\{ toJSON\(secrets\) \}\}/g, 'a JSON object of the secrets'],
    [/\$\{\{ github\.token \}\}/g, '$GITHUB_TOKEN'],
    [/\$\{\{ (?:secrets|env|vars)\.([A-Za-z0-9_]+) \}\}/g, '$$$1'],
];
/** Turns a message written for Actions into the form the surface speaks. */
function speak(text, surface) {
    if (surface === 'action')
        return text;
    let out = text;
    for (const [re, to] of EXPRESSIONS)
        out = out.replace(re, to);
    // Hints written for the terminal inside an Actions message are now the message itself.
    out = out.replace(/ \(CLI: [^)]*\)/g, '');
    // "Input `site`: …" opens every ConfigError; in a terminal the flag names itself.
    out = out.replace(/\bInput `([a-z][a-z0-9-]*)`:/g, (m, n) => (INPUT_NAMES.has(n) ? `${flag(n)}:` : m));
    out = out.replace(/\b(?:the )?inputs? `([a-z][a-z0-9-]*)`/gi, (m, n) => (INPUT_NAMES.has(n) ? `\`${flag(n)}\`` : m));
    // `name: value` (a `with:` line) and a bare `name`, for names that are inputs.
    out = out.replace(/`([a-z][a-z0-9-]*): ([^`\n]*)`/g, (m, n, v) => (INPUT_NAMES.has(n) ? `\`${flag(n, v.trim())}\`` : m));
    out = out.replace(/`([a-z][a-z0-9-]*)`/g, (m, n) => (INPUT_NAMES.has(n) ? `\`${flag(n)}\`` : m));
    return out;
}
/** The annotation title in the CLI: the flag rather than "input site". */
function speakTitle(title, surface) {
    if (surface === 'action')
        return title;
    const m = /^input ([a-z][a-z0-9-]*)$/.exec(title);
    return m && INPUT_NAMES.has(m[1]) ? flag(m[1]) : speak(title, surface);
}

// EXTERNAL MODULE: ./src/commands/report-flags.ts
var report_flags = __nccwpck_require__(64060);
;// CONCATENATED MODULE: ./src/commands/index.ts

// Each command's code is loaded when it runs (a chunk of its own in the bundle): `--help` or a
// `matrix` need not load the S3 client, the archive pipeline and every platform first.
const backup = () => Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(579), __nccwpck_require__.e(815), __nccwpck_require__.e(44), __nccwpck_require__.e(997), __nccwpck_require__.e(628), __nccwpck_require__.e(808), __nccwpck_require__.e(82), __nccwpck_require__.e(602), __nccwpck_require__.e(999)]).then(__nccwpck_require__.bind(__nccwpck_require__, 39999));
const matrix = () => Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(815), __nccwpck_require__.e(997), __nccwpck_require__.e(456), __nccwpck_require__.e(285)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23456));
const verify = () => Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(579), __nccwpck_require__.e(815), __nccwpck_require__.e(44), __nccwpck_require__.e(997), __nccwpck_require__.e(628), __nccwpck_require__.e(808), __nccwpck_require__.e(82), __nccwpck_require__.e(602), __nccwpck_require__.e(25), __nccwpck_require__.e(982), __nccwpck_require__.e(548)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12548));
// A new command is one module plus one entry here.
const COMMANDS = {
    backup: {
        summary: 'Export, archive and upload a backup, manifest last.',
        inputsOf: 'backup',
        run: async (io) => (await backup()).backupCommand(io),
    },
    list: {
        summary: 'List the backups of a site and environment, newest first, incomplete ones marked; without --site, every site and environment in the store with its newest complete backup and its age.',
        inputsOf: 'backup',
        extraFlags: {
            json: { description: 'Print JSON instead of a table.' },
            'include-deleted': {
                description: 'Also list backups deleted from a versioned (Object Lock) S3 bucket whose versions remain (docs/immutable.md).',
            },
            to: {
                description: 'A second store that copies go to (`site-backup copy`): with --site, each backup shows which of the two stores hold it.',
                value: true,
            },
            'to-s3-endpoint': { description: '`s3-endpoint` of the --to store.', value: true },
            'to-s3-region': { description: '`s3-region` of the --to store.', value: true },
            'to-s3-force-path-style': { description: '`s3-force-path-style` of the --to store.' },
        },
        run: async (io, flags) => (await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(997), __nccwpck_require__.e(664)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49664))).listCommand(io, { json: flags.json === 'true' }),
    },
    demo: {
        summary: 'Back up the bundled sample site into ./site-backups (or --store) and print where it went.',
        inputsOf: 'backup',
        run: async (io) => (await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(579), __nccwpck_require__.e(815), __nccwpck_require__.e(44), __nccwpck_require__.e(997), __nccwpck_require__.e(628), __nccwpck_require__.e(808), __nccwpck_require__.e(82), __nccwpck_require__.e(602), __nccwpck_require__.e(999), __nccwpck_require__.e(663)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18663))).demoCommand(io),
    },
    prune: {
        summary: 'Apply the retention policies (--dry-run prints the plan and deletes nothing), then update the failure issue.',
        inputsOf: 'prune',
        run: async (io) => (await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(119), __nccwpck_require__.e(351), __nccwpck_require__.e(997), __nccwpck_require__.e(539), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91443))).pruneCommand(io),
    },
    copy: {
        summary: 'Copy complete backups from --from to --to (another store), checking every sha256 on the way, manifest last; backups already there are skipped.',
        inputsOf: 'copy',
        run: async (io) => (await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(579), __nccwpck_require__.e(997), __nccwpck_require__.e(628), __nccwpck_require__.e(808), __nccwpck_require__.e(25), __nccwpck_require__.e(393)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66393))).copyCommand(io),
    },
    restore: {
        summary: 'Verify every checksum of a backup (default: the latest), then restore it; --dry-run shows the plan.',
        inputsOf: 'restore',
        run: async (io) => (await verify()).restoreOrVerify(io),
    },
    verify: {
        summary: 'Check backups are complete and every object matches its sha256; --drill loads the data into a throwaway database.',
        inputsOf: 'restore',
        run: async (io) => (await verify()).verifyCommand(io),
    },
    matrix: {
        summary: 'Read a sites file and print the strategy.matrix JSON for a fleet (sharded above --max-jobs).',
        inputsOf: 'matrix',
        run: async (io) => (await matrix()).matrixCommand(io),
    },
    'fleet-backup': {
        summary: 'Back up (and prune) sites of the sites file one after the other: what a sharded fleet job runs.',
        inputsOf: 'matrix',
        extraFlags: {
            only: { description: "Comma-separated site/environment ids to back up (a shard's `sites`); default: every site.", value: true },
        },
        // Looked up when it runs, so the fleet prunes with whichever prune command this build has.
        run: async (io, flags) => (await matrix()).fleetBackupCommand(io, {
            backup: (await backup()).backupCommand,
            prune: COMMANDS.prune ? (pio) => COMMANDS.prune.run(pio, {}) : undefined,
            ...(flags.only ? { only: flags.only } : {}),
        }),
    },
    'fleet-summary': {
        summary: "Print a Markdown table of every site: this run's status, size and newest backup in the store.",
        inputsOf: 'matrix',
        extraFlags: {
            'status-dir': { description: 'Folder holding the status files the backup steps left (site-backup-status--*.json).', value: true },
            'no-list': { description: 'Do not list the stores; show only the status files.' },
        },
        run: async (io, flags) => (await matrix()).fleetSummaryCommand(io, {
            ...(flags['status-dir'] ? { statusDir: flags['status-dir'] } : {}),
            list: flags['no-list'] !== 'true',
        }),
    },
    report: {
        summary: 'Write the fleet status page (one self-contained HTML file) from --store (every site in it) or the sites file, and the same figures as Markdown. Reads manifests only (docs/report.md).',
        inputsOf: 'matrix',
        extraFlags: report_flags/* REPORT_FLAGS */.d$,
        run: async (io, flags) => (await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(579), __nccwpck_require__.e(815), __nccwpck_require__.e(997), __nccwpck_require__.e(628), __nccwpck_require__.e(808), __nccwpck_require__.e(25), __nccwpck_require__.e(456), __nccwpck_require__.e(539), __nccwpck_require__.e(823)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77823))).reportCommand(io, flags),
    },
};

;// CONCATENATED MODULE: ./src/commands/help.ts




/** The CLI's own default store: a folder beside you, since there is no runner to hold artifacts. */
const CLI_DEFAULT_STORE = 'site-backups';
const GROUP_TITLES = {
    what: 'What: the site, the backup, the components',
    where: 'Where: the store and its credentials',
    how: 'How: the platform, commands, formats and limits',
    safety: 'Safety: confirmations, dry runs, encryption, host keys',
};
// Every flag not named here is a "how": platform options, commands, formats and limits are the
// long tail, and a new input lands there until someone decides otherwise.
const GROUP_OF = {
    site: 'what',
    environment: 'what',
    platform: 'what',
    components: 'what',
    backup: 'what',
    mode: 'what',
    'target-environment': 'what',
    'newer-than': 'what',
    trigger: 'what',
    sites: 'what',
    only: 'what',
    store: 'where',
    's3-endpoint': 'where',
    's3-region': 'where',
    's3-force-path-style': 'where',
    's3-storage-class': 'where',
    's3-sse': 'where',
    's3-kms-key-id': 'where',
    format: 'where',
    'restic-password': 'where',
    'artifact-retention-days': 'where',
    'github-token': 'where',
    'restore-dir': 'where',
    'status-dir': 'where',
    'dry-run': 'safety',
    confirm: 'safety',
    'protected-environments': 'safety',
    'max-age': 'safety',
    'encrypt-to': 'safety',
    'decrypt-identity': 'safety',
    'ssh-known-hosts': 'safety',
    'ssh-accept-new-host-key': 'safety',
    'accept-suspect-files': 'safety',
    'platformos-data-clean': 'safety',
    's3-object-lock': 'safety',
    's3-object-lock-margin': 'safety',
    'include-deleted': 'safety',
};
function groupOf(flag) {
    return GROUP_OF[flag] ?? 'how';
}
function inputsFor(action) {
    return Object.entries(inputs/* INPUTS */.m).filter(([, s]) => s.actions.includes(action));
}
/** The default as a terminal user gets it (the action's expression defaults mean nothing here). */
/** An input's default as the CLI applies it (the store and the token differ from the action's). */
function cliDefault(name, s) {
    if (name === 'store')
        return CLI_DEFAULT_STORE;
    if (name === 'github-token')
        return 'GITHUB_TOKEN from the environment';
    return s.default;
}
function flagsOf(cmd) {
    const out = [];
    for (const [name, s] of inputsFor(cmd.inputsOf)) {
        const isSwitch = s.default === 'true' || s.default === 'false';
        const d = cliDefault(name, s);
        const tail = s.required ? ' (required)' : d && !isSwitch ? ` (default: ${d})` : '';
        out.push({ name, group: groupOf(name), value: isSwitch ? '' : '<value>', description: speak(s.description, 'cli') + tail });
    }
    for (const [name, s] of Object.entries(cmd.extraFlags ?? {})) {
        out.push({ name, group: groupOf(name), value: s.value ? '<value>' : '', description: speak(s.description, 'cli') });
    }
    return out;
}
/** Word-wraps `text` to `width` columns; lines after the first are indented by `indent`. */
function wrap(text, width, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width - indent) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.join('\n' + ' '.repeat(indent));
}
const WIDTH = 100;
const FLAG_COL = 32;
/** `site-backup --help`, or one command's flags grouped as what / where / how / safety. */
function usage(name) {
    const cmd = name ? COMMANDS[name] : undefined;
    if (name && cmd) {
        const lines = [`site-backup ${name}: ${speak(cmd.summary, 'cli')}`, '', `Usage: site-backup ${name} [--flag value ...]`];
        const flags = flagsOf(cmd);
        for (const g of Object.keys(GROUP_TITLES)) {
            const inGroup = flags.filter((f) => f.group === g);
            if (inGroup.length === 0)
                continue;
            lines.push('', `${GROUP_TITLES[g]}:`);
            for (const f of inGroup) {
                const head = `  --${f.name}${f.value ? ` ${f.value}` : ''}`;
                const body = wrap(f.description, WIDTH, FLAG_COL);
                lines.push(head.length < FLAG_COL - 1 ? head.padEnd(FLAG_COL) + body : `${head}\n${' '.repeat(FLAG_COL)}${body}`);
            }
        }
        lines.push('', 'A flag takes its value as --name value or --name=value; a switch stands bare for true.');
        lines.push('Secrets (tokens, passwords, keys) are read from the environment; SECURITY.md lists which.');
        return lines.join('\n') + '\n';
    }
    const lines = [
        `site-backup ${tool/* TOOL */.j.version}: off-site backups of hosted websites`,
        '',
        'Usage: site-backup <command> [--flag value ...]',
        '',
        'Commands:',
    ];
    for (const [n, c] of Object.entries(COMMANDS))
        lines.push(`  ${n.padEnd(14)}${wrap(speak(c.summary, 'cli'), WIDTH, 16)}`);
    lines.push('', 'Run `site-backup <command> --help` for its flags.');
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/report/errors.ts
var errors = __nccwpck_require__(22287);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __nccwpck_require__(20649);
;// CONCATENATED MODULE: ./src/report/reporter.ts


/**
 * The CLI's reporter: plain lines on stderr, so stdout stays machine-readable. Every line speaks
 * CLI (flags, environment variables), whatever words the core used.
 */
function consoleReporter(stream = process.stderr) {
    const say = (m) => (0,redact/* redact */.E$)(speak(m, 'cli'));
    return {
        info: (m) => stream.write(say(m) + '\n'),
        warn: (m) => stream.write(`warning: ${say(m)}\n`),
        error: (m, title) => {
            const t = title ? speakTitle(title, 'cli') : undefined;
            const msg = say(m);
            // A flag's error opens with the flag already (`--site: …`): no title to repeat it.
            stream.write(`error${t && !msg.startsWith(`${t}:`) ? ` (${t})` : ''}: ${msg}\n`);
        },
        setSecret: (v) => (0,redact/* addSecret */.Ck)(v),
    };
}

// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __nccwpck_require__(4532);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(49997);
;// CONCATENATED MODULE: ./src/cli.ts













// Help (grouped what / where / how / safety) lives in commands/help.ts; this file parses.

class UsageError extends Error {
    name = 'UsageError';
}
function cli_inputsFor(action) {
    return Object.entries(inputs/* INPUTS */.m).filter(([, s]) => s.actions.includes(action));
}
/** A flag that is on or off: boolean inputs (default `true`/`false`) and extra flags without a value. */
function isSwitch(cmd, name) {
    const extra = cmd.extraFlags?.[name];
    if (extra)
        return !extra.value;
    const d = inputs/* INPUTS */.m[name]?.default;
    return d === 'true' || d === 'false';
}
function didYouMean(name, known) {
    const best = (0,util_text/* closest */.kp)(name, known, Math.max(2, Math.floor(name.length / 3)));
    return best ? ` Did you mean --${best}?` : '';
}
/** A token that is a flag, never a value: `--name` or `--name=…` with a lower-case name, or -h. */
const FLAG_RE = /^--([a-z][a-z0-9-]*)(?:=|$)/;
/**
 * The one CLI flag parser: node:util parseArgs, strict. Flag names are the input names.
 * `--name value` and `--name=value` both work, and a value may start with `-` (a private key
 * begins `-----BEGIN`). A flag that needs a value and has none is a usage error (it used to become
 * "true": `--store` last backed up into ./true). Switches (boolean inputs, `--json`) may stand
 * bare for true, or take `true`/`false`. No error message ever holds a value: values can be
 * secrets, and a usage error is printed before anything is masked.
 */
function parseFlags(cmd, argv) {
    const names = [...cli_inputsFor(cmd.inputsOf).map(([n]) => n), ...Object.keys(cmd.extraFlags ?? {})];
    const options = {};
    for (const n of names)
        options[n] = { type: 'string' };
    // Join each value to its flag first, so parseArgs never has to guess whether `-…` is a value.
    const joined = [];
    // Values of repeatable flags (`--path a --path b`), one per line as the action input takes them.
    const repeated = new Map();
    const isRepeatable = (n) => inputs/* INPUTS */.m[n]?.repeatable === true;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const m = FLAG_RE.exec(a);
        if (!m)
            throw notAFlag(cmd, argv, i);
        const name = m[1];
        if (!(name in options))
            throw new UsageError(`unknown flag --${name}.${didYouMean(name, names)} Run with --help to see the flags.`);
        if (isRepeatable(name)) {
            const v = a.includes('=')
                ? a.slice(a.indexOf('=') + 1)
                : argv[i + 1] !== undefined && !FLAG_RE.test(argv[i + 1])
                    ? argv[++i]
                    : undefined;
            if (v === undefined)
                throw new UsageError(`--${name} needs a value: --${name} <value> or --${name}=<value>`);
            repeated.set(name, [...(repeated.get(name) ?? []), v]);
            continue;
        }
        if (a.includes('=')) {
            joined.push(a);
            continue;
        }
        const next = argv[i + 1];
        const nextIsValue = next !== undefined && !FLAG_RE.test(next);
        if (isSwitch(cmd, name)) {
            const word = nextIsValue ? SWITCH_WORDS[next.trim().toLowerCase()] : undefined;
            if (word)
                i++;
            joined.push(`--${name}=${word ?? 'true'}`);
        }
        else if (nextIsValue)
            joined.push(`--${name}=${argv[++i]}`);
        else
            throw new UsageError(`--${name} needs a value: --${name} <value> or --${name}=<value>`);
    }
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({ args: joined, options, strict: true, allowPositionals: false }).values;
    }
    catch (e) {
        // Our pre-pass leaves parseArgs nothing to reject; should it, say which flag and never the value.
        const code = e.code ?? 'error';
        throw new UsageError(`the flags could not be read (${code}); run with --help to see the flags`);
    }
    const out = {};
    for (const [k, raw] of Object.entries(values)) {
        if (raw === undefined)
            continue;
        const v = isSwitch(cmd, k) ? SWITCH_WORDS[raw.trim().toLowerCase()] : raw;
        if (v === undefined)
            throw new UsageError(`--${k} is a switch: leave it bare for true, or write --${k}=true or --${k}=false`);
        emptyFlag(k, v);
        out[k] = v;
    }
    for (const [k, vs] of repeated)
        out[k] = vs.join('\n');
    return out;
}
/** What a switch accepts after it, as the boolean inputs do (parseBool). */
const SWITCH_WORDS = {
    true: 'true',
    yes: 'true',
    on: 'true',
    '1': 'true',
    false: 'false',
    no: 'false',
    off: 'false',
    '0': 'false',
};
/**
 * A word where a flag belongs. Right after a switch it is that switch's value gone wrong
 * (`--s3-force-path-style maybe`): the switch is named, not "argument 8". The word is never quoted.
 */
function notAFlag(cmd, argv, i) {
    const prev = i > 0 ? FLAG_RE.exec(argv[i - 1]) : null;
    if (prev && !argv[i - 1].includes('=') && isSwitch(cmd, prev[1])) {
        const n = prev[1];
        return new UsageError(`--${n} is a switch and takes true or false, not the word after it (argument ${i + 1}): leave it bare for true, or write --${n}=true or --${n}=false`);
    }
    const after = i > 0 ? ` (it follows ${prev ? `--${prev[1]}, which already has its value` : 'a value'})` : '';
    return new UsageError(`argument ${i + 1} is not a flag${after}; flags look like --site acme (a value that starts with "--" is written --name=value, and one with spaces is quoted)`);
}
/**
 * A flag given an empty value (`--retention ''`, often an unset shell variable) is refused when
 * its input has a default: empty would silently mean that default. In Actions an empty input
 * does mean the default, as action.yml shows, since the runner passes unset inputs as ''.
 */
function emptyFlag(name, value) {
    if (value.trim() !== '')
        return;
    const spec = inputs/* INPUTS */.m[name];
    const d = spec && cliDefault(name, spec);
    if (d === undefined || d === '')
        return;
    throw new UsageError(`--${name} is empty; leave the flag out for its default (${d}), or give it a value (an unset shell variable?)`);
}
async function main(argv, env = process.env) {
    const log = consoleReporter();
    // Secrets in the environment (SECURITY.md has the rule) are masked before anything runs.
    for (const v of (0,redact/* secretsInEnv */.Ex)(env))
        log.setSecret(v);
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(usage());
        return name ? 0 : 2;
    }
    if (name === '--version') {
        process.stdout.write(`${tool/* TOOL */.j.version}\n`);
        return 0;
    }
    const cmd = COMMANDS[name];
    if (!cmd) {
        log.error(`unknown command "${name}"`, 'usage');
        process.stderr.write(usage());
        return 2;
    }
    // -h/--help anywhere, but not as another flag's value (`--ssh-key -h` is a strange key, yet a value).
    if (rest.some((a, i) => (a === '--help' || a === '-h') && (i === 0 || !/^--[a-z][a-z0-9-]*$/.test(rest[i - 1]) || isSwitch(cmd, rest[i - 1].slice(2))))) {
        process.stdout.write(usage(name));
        return 0;
    }
    let flags;
    try {
        flags = parseFlags(cmd, rest);
    }
    catch (e) {
        log.error(e.message, 'usage');
        return 2;
    }
    await (0,cleanup/* sweepLeftovers */.ZW)(env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), log);
    const outputs = [];
    const io = {
        inputs: (0,source/* mapSource */.GU)({ store: CLI_DEFAULT_STORE, ...flags }),
        log,
        env,
        cwd: process.cwd(),
        setOutput: (k, v) => outputs.push([k, v]),
        summary: async (md) => {
            process.stderr.write('\n' + (0,redact/* redact */.E$)(withoutFlagValues(speak(md, 'cli'), flags)) + '\n');
        },
    };
    try {
        await cmd.run(io, flags);
        // One line per output whatever a value holds: a name from the store cannot forge another `k=v` line.
        for (const [k, v] of outputs)
            process.stdout.write(`${k}=${(0,util_text/* printable */.g$)((0,redact/* redact */.E$)(v))}\n`);
        return 0;
    }
    catch (e) {
        log.error(withoutFlagValues(e.message, flags), (0,errors/* errorTitle */.JU)(e, name));
        return 1;
    }
}
/** Values that are keys by their shape, whichever flag they were passed to. */
const KEY_SHAPE_RE = /-----BEGIN|AGE-SECRET-KEY-|\b(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{16,}/;
/**
 * An error may quote a flag's value (a site name, a backup id, a time zone): that says what was
 * wrong. Values of secret inputs are replaced by the flag's name, and so is a key passed to the
 * wrong flag (`--site "$(cat key)"`), by its shape: neither is masked yet when a usage error is
 * printed. A URL's password is redacted everywhere anyway (report/redact.ts).
 */
function withoutFlagValues(message, flags) {
    let out = message;
    const byLength = Object.entries(flags).sort((a, b) => b[1].length - a[1].length);
    for (const [name, value] of byLength) {
        const secret = inputs/* INPUTS */.m[name]?.secret === true;
        if (!secret && !KEY_SHAPE_RE.test(value))
            continue;
        if (value.trim().length < 4)
            continue;
        out = out.split(value).join(`<the value of --${name}>`);
        // Error messages often quote only the start of a value ("AGE-SECRET-KEY-1QQ…"), or one line.
        for (const line of value.split(/\r?\n/))
            if (line.trim().length >= 12)
                out = out.split(line.trim()).join(`<the value of --${name}>`);
    }
    return out;
}


/***/ }),

/***/ 64060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ DEFAULT_REPORT_MAX_AGE),
/* harmony export */   d$: () => (/* binding */ REPORT_FLAGS),
/* harmony export */   dw: () => (/* binding */ DEFAULT_REPORT_DIR)
/* harmony export */ });
/* harmony import */ var _retention_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24310);
// The report command's flags, apart from its code: the CLI's help lists them without loading the
// report's renderers and store clients.

const DEFAULT_REPORT_DIR = 'site-backup-report';
/** A nightly backup is up to a day old just before the next one; two hours of slack on top. */
const DEFAULT_REPORT_MAX_AGE = '26h';
const REPORT_FLAGS = {
    store: {
        description: 'One or more stores, comma-separated, to report every site in; without it, the sites of the sites file are reported.',
        value: true,
    },
    out: { description: `Folder to write index.html, report.json and summary.md into (default: ${DEFAULT_REPORT_DIR}).`, value: true },
    title: { description: 'Title of the page (default: Site backups).', value: true },
    'page-url': { description: 'Where the page is published, linked from the Markdown summary.', value: true },
    'max-age': {
        description: `How old the newest complete backup may be before the site shows as stale, for sites that set no max-age (default: ${DEFAULT_REPORT_MAX_AGE}); amber from three quarters of it.`,
        value: true,
    },
    retention: {
        description: `Retention of scheduled backups, for sites that set none (default: ${_retention_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SCHEDULED_POLICY */ .tG}).`,
        value: true,
    },
    'retention-on-demand': {
        description: `Retention of manual and pre-merge backups, for sites that set none (default: ${_retention_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ON_DEMAND_POLICY */ .Fr}).`,
        value: true,
    },
    'retention-timezone': { description: 'IANA time zone of the retention periods, for sites that set none (default: UTC).', value: true },
    's3-endpoint': { description: 'Endpoint URL of an S3-compatible store named in --store.', value: true },
    's3-region': { description: 'S3 region of the stores named in --store.', value: true },
    's3-force-path-style': { description: 'Path-style S3 URLs for the stores named in --store.' },
};


/***/ }),

/***/ 37827:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ ComponentError),
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/** A bad input. The message names the input and says what would fix it. */
class ConfigError extends Error {
    input;
    constructor(input, problem, fix) {
        super(`Input \`${input}\`: ${problem}. ${fix}`);
        this.input = input;
        this.name = 'ConfigError';
    }
}
/** A component that could not be exported, archived or stored. */
class ComponentError extends Error {
    component;
    constructor(component, message, options) {
        super(`${component}: ${message}`, options);
        this.component = component;
        this.name = 'ComponentError';
    }
}


/***/ }),

/***/ 64389:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony export OUTPUTS */
// The one list of every input and output. action.yml, prune/action.yml, restore/action.yml and
// the README tables are generated from it (`npm run gen`), and a test fails when they drift, so a
// new input is added here and nowhere else.
const ALL = ['backup', 'prune', 'restore'];
const INPUTS = {
    platform: {
        description: 'Where the site is hosted: `siteglide`, `platformos`, `platformsh`, `upsun`, `divio`, `ssh`, `plantanapp` or `command`.',
        default: 'command',
        actions: ['backup', 'restore'],
    },
    site: {
        description: 'A name for the site, matching `[a-z0-9][a-z0-9._-]*`. It is the first folder of the storage layout.',
        required: true,
        actions: [...ALL, 'copy'],
    },
    environment: {
        description: "The platform's environment name; the second folder of the storage layout.",
        default: 'production',
        actions: [...ALL, 'copy'],
    },
    store: {
        description: 'Where backups live: `s3://bucket/prefix`, `artifact` (GitHub artifacts), or a local folder (`file:///abs/path` or a plain path).',
        default: 'artifact',
        actions: ALL,
    },
    's3-endpoint': {
        description: 'Endpoint URL of an S3-compatible store (R2, MinIO, B2, Wasabi). Empty means AWS S3.',
        actions: ALL,
    },
    's3-region': {
        description: 'S3 region. Empty uses the SDK default chain (AWS_REGION), then `us-east-1`.',
        actions: ALL,
    },
    's3-force-path-style': {
        description: 'Use path-style S3 URLs (`https://host/bucket/key`), as MinIO and some S3-compatible stores need.',
        default: 'false',
        actions: ALL,
    },
    's3-storage-class': {
        description: 'Storage class of uploaded objects (for example `STANDARD`, `STANDARD_IA`, `GLACIER_IR`). MinIO and some other S3-compatible stores accept only `STANDARD`: set it there.',
        default: 'STANDARD_IA',
        actions: ['backup'],
    },
    's3-sse': {
        description: 'Server-side encryption of uploaded objects: `AES256` or `aws:kms`. Empty leaves the bucket default.',
        actions: ['backup'],
    },
    's3-kms-key-id': {
        description: 'KMS key id or ARN when `s3-sse` is `aws:kms`.',
        actions: ['backup'],
    },
    // Object Lock (issue 18, docs/immutable.md).
    's3-object-lock': {
        description: 'S3 Object Lock of every object of a backup, manifest included: `off`, `governance` or `compliance`. Each backup is locked until the earliest moment its retention policy (`retention`, `retention-on-demand`) could release it, plus `s3-object-lock-margin`; prune extends the locks of backups it keeps longer, and verify checks them. The bucket must have Object Lock enabled. `format: archive` on S3 only.',
        default: 'off',
        actions: ALL,
    },
    's3-object-lock-margin': {
        description: 'Added to every Object Lock date, so a lock outlasts the policy by a safe margin (such as `1d` or `12h`).',
        default: '1d',
        actions: ALL,
    },
    'include-deleted': {
        description: 'Also see backups whose objects were deleted but whose versions remain in a versioned (Object Lock) bucket, and restore them (`latest` is then the newest complete backup, deleted or not). For recovery after an attack; see docs/immutable.md.',
        default: 'false',
        actions: ['restore'],
    },
    // format: restic (issue 11): each backup is one snapshot in a restic repository under `store`.
    format: {
        description: 'How backups are stored: `archive` (one tar per component, restorable with tar, zstd and age) or `restic` (one snapshot per backup in a deduplicated, encrypted restic repository per site under `store`: storage grows with what changed, not with the site). restic needs `restic-password`, and works with S3 and folder stores, not `artifact` or `encrypt-to`.',
        default: 'archive',
        actions: [...ALL, 'copy'],
    },
    'restic-password': {
        description: 'For `format: restic`: the repository password, from a secret. Empty uses `RESTIC_PASSWORD` (or `RESTIC_PASSWORD_FILE` / `RESTIC_PASSWORD_COMMAND`) from the environment. Lose it and the backups cannot be read: keep a copy outside GitHub.',
        actions: ALL,
        secret: true,
    },
    'restic-read-data-subset': {
        description: "For `format: restic`, verify mode: the share of the repository's data that `restic check --read-data-subset` downloads and checks, such as `10%`, `1/7` or `500M`; `all` reads everything, `none` checks only the structure.",
        default: '5%',
        actions: ['restore'],
    },
    components: {
        description: 'Comma-separated components to back up or restore: any of `code,assets,data`. Empty means all the platform can export.',
        actions: ['backup', 'restore'],
    },
    compression: {
        description: 'Archive compression: `zstd`, `gzip` or `none`.',
        default: 'zstd',
        actions: ['backup'],
    },
    seekable: {
        description: 'Write a zstd seek table and a member index beside each `zstd` or `none` archive, so `restore --path` and `--table` read only the frames they need. It costs a second sha256 over the stored bytes (about 1 s of CPU per GiB on a 2-core runner); `false` packs as fast as before, and partial restores of such backups read whole objects.',
        default: 'true',
        actions: ['backup'],
    },
    'encrypt-to': {
        description: 'age recipients (`age1…`), separated by commas, spaces or new lines. When set, every archive is age-encrypted to all of them.',
        actions: ['backup'],
    },
    trigger: {
        description: '`auto`, `scheduled`, `pre-merge` or `manual`. `auto` maps `schedule` to `scheduled`, `pull_request` and `merge_group` to `pre-merge`, and anything else to `manual`.',
        default: 'auto',
        actions: ['backup'],
    },
    'max-age': {
        description: 'A duration such as `6h` or `2d`. Backup: skip (and set `skipped=true`) when a complete backup this young exists. Prune: refuse to delete anything when the newest complete backup is older, and report it in the failure issue.',
        actions: ['backup', 'prune'],
    },
    timeout: {
        description: 'Time limit for each component (export, archive and upload), as a duration such as `30m`.',
        default: '60m',
        actions: ['backup'],
    },
    // Issue 11 item 4: keep the last export so the next rsync pull moves only what changed.
    'pull-cache': {
        description: 'Keep the last successful export of the components pulled with rsync (ssh `code` and `assets`, Platform.sh/Upsun `assets`), so the next backup transfers only what changed: `off`, `actions` (the Actions cache; refused on public repositories, since other workflows of the repository can read it and it holds the site\'s files unencrypted), or a folder on the runner (self-hosted runners and the CLI). Failed backups never replace it. See "Incremental pulls" in the README.',
        default: 'off',
        actions: ['backup'],
    },
    'artifact-retention-days': {
        description: 'Retention of the artifact when `store` is `artifact` (1 to 90 on public repositories, up to 400 on private ones). Empty uses the repository setting.',
        actions: ['backup'],
    },
    'code-command': {
        description: 'For `platform: command`: a bash command that writes the code into the folder named by `$BACKUP_OUT`.',
        actions: ['backup'],
    },
    'assets-command': {
        description: 'For `platform: command`: a bash command that writes the assets into the folder named by `$BACKUP_OUT`.',
        actions: ['backup'],
    },
    'data-command': {
        description: 'For `platform: command`: a bash command that writes the data (database dumps) into the folder named by `$BACKUP_OUT`.',
        actions: ['backup'],
    },
    // Hosted platforms (siteglide, platformos, platformsh, upsun, divio). Their credentials are
    // secrets read from the environment (MPKIT_*, PLATFORMSH_CLI_TOKEN, UPSUN_CLI_TOKEN,
    // DIVIO_TOKEN), never inputs, so they cannot reach a command line.
    'cli-version': {
        description: 'Hosted platforms: the version of the platform CLI (siteglide-cli, pos-cli, platform/upsun, divio) to install when it is not already on PATH. Empty uses the version this release was tested with.',
        actions: ['backup', 'restore'],
    },
    'cli-install-command': {
        description: 'Hosted platforms: a bash command that installs the platform CLI into `$INSTALL_DIR` (with `$CLI_VERSION` set) instead of the default installer (npm or pip), for mirrors and air-gapped runners.',
        actions: ['backup', 'restore'],
    },
    retries: {
        description: 'Hosted platforms: extra attempts after a transient failure (a CLI that gave up polling, a failed server-side export, a short download), 0 to 10.',
        default: '2',
        actions: ['backup', 'restore'],
    },
    'accept-suspect-files': {
        description: 'How many exported files whose content contradicts their name (an HTML or XML error page saved as `.jpg`, `.pdf`, `.zip`...) or that are empty you accept before the component fails. 0 accepts none.',
        default: '0',
        actions: ['backup'],
    },
    project: {
        description: "Platform.sh/Upsun: the project ID. Divio: the application UUID or slug (the CLI's `--remote-id`).",
        actions: ['backup', 'restore'],
    },
    'platformsh-app': {
        description: 'Platform.sh/Upsun: the application name (`--app`) in a multi-app project.',
        actions: ['backup', 'restore'],
    },
    'platformsh-relationships': {
        description: 'Platform.sh/Upsun: database relationships to dump, separated by commas. Empty dumps every MySQL, MariaDB and PostgreSQL relationship; each schema of a relationship is dumped to its own file (`db:dump --schema`).',
        actions: ['backup', 'restore'],
    },
    'platformsh-backup': {
        description: 'Platform.sh/Upsun: also take a platform-side `backup:create` and record it in the manifest as `platformSnapshot`: `false`, `true`, or `live` (adds `--live`: no downtime, but not guaranteed consistent).',
        default: 'false',
        actions: ['backup'],
    },
    'platformsh-restore-from': {
        description: 'Platform.sh/Upsun restores: `archive` imports our archives (`sql` and `mount:upload`); `snapshot` runs `backup:restore --target` with the platform backup recorded in the manifest (code, data and files together).',
        default: 'archive',
        actions: ['restore'],
    },
    'platformos-modules': {
        description: 'platformOS: modules to pull with the code, separated by commas. Empty pulls every installed module; `none` pulls none.',
        actions: ['backup'],
    },
    'platformos-data-format': {
        description: 'platformOS: `zip` (the CSV export that `data import --zip` takes back), `json` (records plus the files attached to them, downloaded next to data.json) or `both`.',
        default: 'zip',
        actions: ['backup'],
    },
    'platformos-data-clean': {
        description: 'platformOS restores: run `pos-cli data clean` before importing the data. Refused on protected environments.',
        default: 'false',
        actions: ['restore'],
    },
    'divio-zone': {
        description: 'Divio: the control panel zone (`divio.com`, a private zone, or its URL). Empty uses `DIVIO_ZONE`, then `divio.com`.',
        actions: ['backup', 'restore'],
    },
    'divio-prefix': {
        description: 'Divio: the service prefix of the database and media storage (`DEFAULT` unless the app has several).',
        default: 'DEFAULT',
        actions: ['backup', 'restore'],
    },
    // platform: ssh (Aegir, Drupal, any host). A restore step's own values name the target, so
    // a backup can be restored into another site-root, files folder or database. The database
    // password comes from the DB_PASSWORD environment variable, never an input.
    'ssh-host': {
        description: 'SSH: the host name or address of the server that holds the site.',
        actions: ['backup', 'restore'],
    },
    'ssh-user': {
        description: 'SSH: the login name. Empty uses the SSH client default.',
        actions: ['backup', 'restore'],
    },
    'ssh-port': {
        description: 'SSH: the port of the SSH server.',
        default: '22',
        actions: ['backup', 'restore'],
    },
    'ssh-key': {
        description: 'SSH: an unencrypted private key (OpenSSH or PEM), from a secret. It is written to a mode-600 file for the run and deleted afterwards. Empty uses the SSH agent and default keys.',
        actions: ['backup', 'restore'],
        secret: true,
    },
    'ssh-known-hosts': {
        description: 'SSH: the known_hosts line(s) of the server, as `ssh-keyscan -p <port> <host>` prints them (verify the fingerprint out of band). Required: an unknown host key is refused unless `ssh-accept-new-host-key` is `true`.',
        actions: ['backup', 'restore'],
    },
    'ssh-accept-new-host-key': {
        description: 'SSH: trust a host key that is not in `ssh-known-hosts` on first use (`StrictHostKeyChecking=accept-new`) and print it with a warning, so you can pin it. A changed key is always refused.',
        default: 'false',
        actions: ['backup', 'restore'],
    },
    'site-root': {
        description: 'SSH: the folder of the site on the host (for Drupal, the one with index.php and sites/); absolute, or relative to the login folder.',
        actions: ['backup', 'restore'],
    },
    'files-path': {
        description: 'SSH: the files folder (the `assets` component), relative to `site-root` or absolute; it is left out of `code`. Aegir: `sites/<site>/files`. `none` when the site has none.',
        default: 'sites/default/files',
        actions: ['backup', 'restore'],
    },
    'code-exclude': {
        description: 'SSH: more rsync exclude patterns for `code`, separated by commas or new lines (for example `/sites/*/private/`, `*.log`). Excluded paths are also left alone by a restore.',
        actions: ['backup', 'restore'],
    },
    'db-type': {
        description: 'SSH: the database: `mysql`, `mariadb`, `pgsql`, or `none` (no `data` component). Used when the database is dumped directly rather than through drush.',
        default: 'mysql',
        actions: ['backup', 'restore'],
    },
    'db-name': {
        description: 'SSH: the database to dump (or, on restore, to replace). When set, mysqldump/pg_dump are used directly; when empty, drush finds the database from the site settings.',
        actions: ['backup', 'restore'],
    },
    'db-user': {
        description: 'SSH: the database account. Empty uses the client default (for example `~/.my.cnf` on the host). The password comes from the `DB_PASSWORD` environment variable.',
        actions: ['backup', 'restore'],
    },
    'db-host': {
        description: 'SSH: the database host as the server sees it. Empty uses the local socket.',
        actions: ['backup', 'restore'],
    },
    'db-port': {
        description: 'SSH: the database port. Empty uses the client default.',
        actions: ['backup', 'restore'],
    },
    drush: {
        description: 'SSH: `auto` uses drush (`sql:dump --gzip`, `sql:cli`) when `db-name` is empty and drush is found in `vendor/bin` or on PATH; `false` never does; or the path of drush on the host.',
        default: 'auto',
        actions: ['backup', 'restore'],
    },
    'drupal-uri': {
        description: 'SSH: the Drupal site of a multisite (drush `--uri`), such as `example.com` on Aegir.',
        actions: ['backup', 'restore'],
    },
    'github-token': {
        description: 'Token for the GitHub API: listing and deleting artifacts (`actions: read`/`write`) and the failure issue (`issues: write`).',
        default: '${{ github.token }}',
        actions: [...ALL, 'copy'],
        secret: true,
    },
    // Issue 21: a dead man's switch. A monitor outside GitHub alerts when the ping stops coming,
    // which catches the backup that never ran; the failure issue needs a run to fail.
    'ping-url': {
        description: 'A push monitor to ping, from a secret: a healthchecks.io check URL (`<url>/start` when the backup starts, `<url>` on success, `<url>/fail` on failure, each with `?rid=` to pair them) or an Uptime Kuma push URL (`…/api/push/<token>`: `status=up` or `down`). `{site}` and `{environment}` are replaced, so one fleet-wide URL can name one check per site. A ping that fails is a warning, and pings never delay the run by more than 10 s in all. The restore action pings in `mode: verify` only.',
        actions: ['backup', 'restore'],
        secret: true,
    },
    'webhook-url': {
        description: "A Slack or Microsoft Teams incoming webhook (or any endpoint that takes JSON), from a secret: posts what happened, with `text` and structured fields, on failure (or always: `webhook-on`). The text is the classified failure, redacted as the failure issue is; never a command's output.",
        actions: ['backup', 'restore'],
        secret: true,
    },
    'webhook-on': {
        description: 'When `webhook-url` is posted to: `failure` or `always` (also after a success or a `max-age` skip).',
        default: 'failure',
        actions: ['backup', 'restore'],
    },
    'dry-run': {
        description: 'Print the plan (what would be deleted or restored) and change nothing.',
        default: 'false',
        actions: ['prune', 'restore'],
    },
    // Prune (issue 4).
    retention: {
        description: 'Retention of scheduled backups, with restic `forget` semantics: rules `last`, `hourly`, `daily`, `weekly`, `monthly`, `yearly` (a count or `all`) and `within` (such as `30d`), as in `daily=7,weekly=4,monthly=12`, or a preset: `divio`, `divio-on-demand`, `plantanapp`, `plantanapp-manual`, `aegir`. Backup and verify read it only for `s3-object-lock`: give prune and backup the same value.',
        default: 'divio',
        actions: ALL,
    },
    'retention-on-demand': {
        description: 'Retention of manual and pre-merge backups, in the same syntax as `retention`.',
        default: 'divio-on-demand',
        actions: ALL,
    },
    'retention-timezone': {
        description: 'IANA time zone in which days, ISO weeks, months and years are counted (for example `Europe/Zurich`).',
        default: 'UTC',
        actions: ALL,
    },
    'backup-outcome': {
        description: 'The outcome of the backup step (pass `steps.backup.outcome` in an expression): a failure opens (or comments on) the failure issue, a success closes it. Empty uses the status record the backup step left in RUNNER_TEMP.',
        actions: ['prune'],
    },
    'issue-labels': {
        description: 'Labels of the failure issue, separated by commas. The issue `Backup failing: <site>/<environment>` is found again by its labels and title.',
        default: 'backup-failure',
        actions: ['prune'],
    },
    // Restore and verify (issue 5).
    mode: {
        description: '`restore` verifies a backup and restores it; `verify` only checks backups (complete, every object read through and its sha256 matched, each archive listed) and, with `drill: true`, restores the data into a throwaway database.',
        default: 'restore',
        actions: ['restore'],
    },
    backup: {
        description: 'The backup to restore or verify: an id such as `20261121T050003Z-scheduled-r8812345`, or `latest` (the newest complete backup).',
        descriptionFor: {
            copy: 'The backup to copy: an id, or `latest` (the newest complete backup). Empty copies every complete backup (or those within `newer-than`).',
        },
        default: 'latest',
        defaultFor: { copy: '' },
        actions: ['restore', 'copy'],
    },
    'target-environment': {
        description: 'The environment to restore into. Empty means `environment`, the one the backup came from.',
        actions: ['restore'],
    },
    'decrypt-identity': {
        description: 'age identities (the key file from `age-keygen`, `AGE-SECRET-KEY-1…`) for encrypted backups. Pass it from a secret; it is masked.',
        actions: ['restore'],
        secret: true,
    },
    confirm: {
        description: 'Must repeat the exact name of the target environment when that environment is protected; the error message shows what to type.',
        actions: ['restore'],
    },
    'protected-environments': {
        description: 'Environments that need `confirm` before a restore, separated by commas (compared without case).',
        default: 'production,live,main,master',
        actions: ['restore'],
    },
    'restore-dir': {
        description: 'For `platform: command`: the folder that components are restored into, one subfolder each (`<restore-dir>/data/`); each must be absent or empty.',
        default: 'site-restore',
        actions: ['restore'],
    },
    path: {
        description: 'Restore only the entries matching these globs (one per line; CLI: `--path`, repeatable), relative to each component (`media/logo.png`, `**/*.pdf`; a folder brings what is below it), into `<restore-dir>/<component>/`, never into the platform. Seekable archives are read by range; with `dry-run`, lists the matches and their sizes.',
        actions: ['restore'],
        repeatable: true,
    },
    table: {
        description: 'Cut these tables (one per line; CLI: `--table`, repeatable) out of the MySQL/MariaDB or PostgreSQL plain dumps in the data component, one SQL file each into `<restore-dir>/`, never loaded: the log says how to load it. Custom-format dumps are refused (use `pg_restore -t`).',
        actions: ['restore'],
        repeatable: true,
    },
    'code-restore-command': {
        description: 'For `platform: command`: a bash command run after the code is extracted, with `$BACKUP_IN` set to its folder.',
        actions: ['restore'],
    },
    'assets-restore-command': {
        description: 'For `platform: command`: a bash command run after the assets are extracted, with `$BACKUP_IN` set to their folder.',
        actions: ['restore'],
    },
    'data-restore-command': {
        description: 'For `platform: command`: a bash command run after the data is extracted, with `$BACKUP_IN` set to its folder (for example `mysql acme < "$BACKUP_IN/acme.sql"`).',
        actions: ['restore'],
    },
    'newer-than': {
        description: 'Verify mode: check every backup made within this duration (such as `8d`) instead of only `backup`. Fails when none of them is complete.',
        descriptionFor: { copy: 'Copy only the complete backups made within this duration (such as `8d`). Empty copies all of them.' },
        actions: ['restore', 'copy'],
    },
    drill: {
        description: 'Verify mode: also restore the data component of the newest verified backup into the throwaway database at `drill-database-url`, run `drill-sql` and report row counts.',
        default: 'false',
        actions: ['restore'],
    },
    'drill-database-url': {
        description: 'The throwaway database for `drill`: `mysql://user:password@127.0.0.1:3306/drill` (MariaDB or MySQL; `?socket=/path` for a local socket) or `postgres://user:password@127.0.0.1:5432/drill`. Databases the drill creates are dropped afterwards.',
        actions: ['restore'],
        secret: true,
    },
    'drill-sql': {
        description: 'SQL run after the drill loaded the dumps, in the drill database. The drill fails when it errors or when its first value is `0`, `false`, `NULL` or empty, so `SELECT COUNT(*) > 0 FROM orders` is a check.',
        actions: ['restore'],
    },
    // 3-2-1 copies (issue 21): `site-backup copy` and the copy sub-action. Each side takes its own
    // store options, prefixed, so a copy can go to another region, provider or storage class.
    from: {
        description: 'The store to copy backups from: `s3://bucket/prefix`, `artifact`, or a folder; the same syntax as `store`.',
        required: true,
        actions: ['copy'],
    },
    to: {
        description: 'The store to copy backups to: `s3://bucket/prefix` or a folder (not `artifact`: an artifact is staged whole on disk). Its own `to-s3-*` options apply to the copies.',
        required: true,
        actions: ['copy'],
    },
    'from-s3-endpoint': { description: '`s3-endpoint` of the `from` store.', actions: ['copy'] },
    'from-s3-region': { description: '`s3-region` of the `from` store.', actions: ['copy'] },
    'from-s3-force-path-style': { description: '`s3-force-path-style` of the `from` store.', default: 'false', actions: ['copy'] },
    'to-s3-endpoint': { description: '`s3-endpoint` of the `to` store.', actions: ['copy'] },
    'to-s3-region': { description: '`s3-region` of the `to` store.', actions: ['copy'] },
    'to-s3-force-path-style': { description: '`s3-force-path-style` of the `to` store.', default: 'false', actions: ['copy'] },
    'to-s3-storage-class': {
        description: 'Storage class of the copies in the `to` store, such as `STANDARD_IA`, `GLACIER_IR` or `DEEP_ARCHIVE` (manifests stay readable: they never go to an archive class).',
        default: 'STANDARD_IA',
        actions: ['copy'],
    },
    'to-s3-sse': {
        description: 'Server-side encryption of the copies in the `to` store: `AES256` or `aws:kms`. Empty leaves the bucket default.',
        actions: ['copy'],
    },
    'to-s3-kms-key-id': { description: 'KMS key id or ARN when `to-s3-sse` is `aws:kms`.', actions: ['copy'] },
    'limit-rate': {
        description: 'Most bytes per second the copy reads from the `from` store, such as `10M` (10 MB/s), `512k` or `2G`. Empty means no limit.',
        actions: ['copy'],
    },
    // Fleet (issue 6): the matrix action.
    sites: {
        description: 'Path of the sites file (YAML) that lists the fleet, relative to the workspace: each site with its platform, environment(s), store and secrets by NAME. See docs/fleet.md.',
        default: 'sites.yml',
        actions: ['matrix'],
    },
    'max-jobs': {
        description: 'Most jobs the matrix may have, 1 to 256 (GitHub runs at most 256 per matrix). With more sites than this, sites are sharded: each job backs up several in turn.',
        default: '256',
        actions: ['matrix'],
    },
};
const OUTPUTS = {
    'backup-id': {
        description: 'The id of the backup, `YYYYMMDDTHHMMSSZ-<trigger>-<suffix>` (or of the young backup that made this run skip).',
        descriptionFor: { restore: 'The id of the backup restored, or in verify mode of the newest one checked.' },
        actions: ['backup', 'restore'],
    },
    location: {
        description: "URI of the backup's folder (for `artifact`, the artifact name; for `format: restic`, the repository and `#<backup-id>`).",
        actions: ['backup'],
    },
    bytes: {
        description: 'Bytes stored: the sum of the stored objects, manifest excluded. With `format: restic`: the bytes this backup added to the repository.',
        actions: ['backup'],
    },
    manifest: {
        description: "URI of the backup's manifest.json.",
        actions: ['backup'],
    },
    skipped: {
        description: '`true` when `max-age` found a complete backup young enough and nothing was backed up.',
        actions: ['backup'],
    },
    'manifest-sha256': {
        description: "sha256 of the backup's manifest.json exactly as stored (hex). The manifest holds every object's sha256, so this one digest pins the whole backup: record it elsewhere to prove later that nothing was changed. For `format: restic` it is empty after a new snapshot, and after a `max-age` skip it is the sha256 of the manifest the newest snapshot carries.",
        actions: ['backup'],
    },
    'artifact-id': {
        description: 'For `store: artifact`: the id of the artifact this run uploaded (for `actions/download-artifact` with `artifact-ids`, or the REST API).',
        actions: ['backup'],
    },
    'artifact-url': {
        description: "For `store: artifact`: the artifact's page in this run, where it can be downloaded.",
        actions: ['backup'],
    },
    verified: {
        description: 'Verify mode: the ids of the backups checked, separated by commas.',
        actions: ['restore'],
    },
    'drill-rows': {
        description: 'Verify mode with `drill: true`: the number of rows the drill loaded into the throwaway database.',
        actions: ['restore'],
    },
    // Fleet (issue 6): the matrix action.
    matrix: {
        description: 'The `strategy.matrix` JSON, `{"include":[…]}`, for `fromJSON`. One entry per site and environment (`id`, `site`, `environment`, `platform`, `store`, `inputs`, `secrets` by name), or, when sharded, one per job (`id`, `shard`, `shards`, `count`, `sites`: comma-separated `site/environment` ids).',
        actions: ['matrix'],
    },
    sharded: {
        description: '`true` when the fleet has more sites and environments than `max-jobs`, so each job backs up several in turn.',
        actions: ['matrix'],
    },
    'job-count': {
        description: 'Number of jobs in the matrix.',
        actions: ['matrix'],
    },
    'site-count': {
        description: 'Number of sites and environments (backup targets) in the sites file.',
        actions: ['matrix'],
    },
    kept: {
        description: 'Number of backups left after the prune (in a dry run: that would be left), complete or not.',
        actions: ['prune'],
    },
    removed: {
        description: 'Number of backups the prune removed; in a dry run, the number it would remove.',
        actions: ['prune'],
    },
    copied: {
        description: 'Number of backups this run copied to the `to` store.',
        actions: ['copy'],
    },
    'up-to-date': {
        description: 'Number of backups the `to` store already held, complete and with the same manifest, so they were skipped.',
        actions: ['copy'],
    },
    'issue-url': {
        description: 'The failure issue this run opened, commented on or closed; empty when it left the issues alone.',
        actions: ['prune'],
    },
};


/***/ }),

/***/ 79397:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ mapSource),
/* harmony export */   N9: () => (/* binding */ inputOrDefault)
/* harmony export */ });
/* unused harmony export envSource */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(64389);

/** The value, or the registry default when the source has none. */
function inputOrDefault(src, name) {
    const spec = _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m[name];
    return src.get(name) ?? spec.default;
}
/** A source over a plain map, as the CLI builds from its flags. */
function mapSource(values) {
    return {
        get(name) {
            const v = values[name]?.trim();
            return v ? v : undefined;
        },
    };
}
/**
 * The runner's convention: input `foo-bar` arrives as INPUT_FOO-BAR (hyphens kept, upper case).
 * Reading env directly keeps config parsing free of @actions/core.
 */
function envSource(env = process.env) {
    return {
        get(name) {
            const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
            return v ? v : undefined;
        },
    };
}


/***/ }),

/***/ 80121:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
// Kept equal to package.json's version by a test; a literal keeps the bundles free of JSON imports.
const TOOL = { name: 'site-backup-action', version: '1.0.0' };


/***/ }),

/***/ 22287:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ errorTitle),
/* harmony export */   VE: () => (/* binding */ classifyPruneFailure),
/* harmony export */   XE: () => (/* binding */ classifyFailure),
/* harmony export */   qv: () => (/* binding */ failureStatusFields),
/* harmony export */   u: () => (/* binding */ stepName)
/* harmony export */ });
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37827);

/** The annotation title: which input or component failed, so the log line says where to look. */
function errorTitle(e, what = 'site-backup') {
    if (e instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x)
        return `input ${e.input}`;
    if (e instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ComponentError */ .O)
        return `${e.component} ${what} failed`;
    return `${what} failed`;
}
function chain(e) {
    const out = [];
    for (let cur = e, depth = 0; cur && depth < 8; cur = cur.cause, depth++) {
        const c = cur;
        const request = typeof c.request === 'string' && typeof c.reason === 'string' ? { request: c.request, reason: c.reason } : {};
        out.push({
            name: c.name ?? 'Error',
            message: c.message ?? String(cur),
            ...(c.component ? { component: c.component } : {}),
            ...(c.input ? { input: c.input } : {}),
            ...request,
        });
    }
    return out;
}
/**
 * Classifies a failure for public places (the failure issue, the status record): the kind, the
 * component and what of ours failed. A command's output, an SDK's message or a server's answer
 * can hold secrets we never saw, so none of it is quoted; the run log, which the runner masks,
 * keeps the detail.
 */
function classifyFailure(e) {
    const links = chain(e);
    const component = links.find((l) => l.component)?.component;
    const where = component ? `the \`${component}\` component` : 'the backup';
    const input = links.find((l) => l.input)?.input;
    if (input)
        return { kind: 'input', text: `input \`${input}\` is not valid (the run log says how to fix it)` };
    const has = (name) => links.some((l) => l.name === name);
    if (has('BackupExistsError'))
        return { kind: 'collision', text: `${where} found a backup with the same id already in the store; nothing was replaced` };
    const inner = links[links.length - 1].message.replace(/^[a-z]+: /, '');
    const timeout = /^timed out after (\S+)/.exec(inner);
    if (timeout)
        return { kind: 'timeout', text: `${where} timed out after ${timeout[1]} (raise \`timeout\` if the site needs longer)` };
    const cmd = /^([a-z]+(?:-restore)?-command) (exited with \d+|was killed by SIG[A-Z0-9]+)/.exec(inner);
    if (cmd)
        return { kind: 'command', text: `${where} failed: \`${cmd[1]}\` ${cmd[2]}` };
    if (has('VerificationError'))
        return { kind: 'content', text: `${where} failed its content checks: the export is missing files, or holds empty or error-page files` };
    if (has('IntegrityError'))
        return { kind: 'integrity', text: `${where} failed its checksum or size checks` };
    const req = links.find((l) => l.request);
    if (req)
        return { kind: 'store', text: `${where} failed at ${req.request}, which failed after its retries (${req.reason})` };
    if (/\bS3\b|\bstore\b|artifact/i.test(inner) && !has('ProcessError'))
        return { kind: 'store', text: `${where} could not be written to or read from the store` };
    return { kind: 'other', text: `${where} failed` };
}
/**
 * Classifies a prune failure for the failure issue, as classifyFailure does a backup's: restic's
 * and the store's own words (a listing error can quote a signed URL or a repository password
 * prompt) stay in the run log. A refusal is prune's own sentence about the plan, so it is kept.
 */
function classifyPruneFailure(e) {
    const links = chain(e);
    const input = links.find((l) => l.input)?.input;
    if (input)
        return { kind: 'input', text: `input \`${input}\` is not valid (the run log says how to fix it)` };
    const top = links[0].message;
    const refused = /^Prune refused to delete anything: (.*?)\. Backups may be failing/s.exec(top);
    if (refused)
        return { kind: 'other', text: `prune refused to delete anything: ${refused[1]}` };
    if (/^listing the backups of \S+ failed/.test(top))
        return { kind: 'store', text: 'prune could not list the backups in the store, so nothing was deleted' };
    const raced = /changed between planning and deleting (\d+) times/.exec(top);
    if (raced) {
        return {
            kind: 'collision',
            text: `the backups changed between planning and deleting ${raced[1]} times, so nothing was deleted (give the backup and prune jobs the same \`concurrency\` group)`,
        };
    }
    const partial = /^(\d+) of (\d+) backup\(s\) could not be deleted/.exec(top);
    if (partial)
        return {
            kind: 'store',
            text: `${partial[1]} of ${partial[2]} backup(s) could not be deleted completely from the store (deleting again is safe: the next prune retries)`,
        };
    const inner = links[links.length - 1].message;
    const timeout = /^timed out after (\S+)/.exec(inner);
    if (timeout)
        return { kind: 'timeout', text: `prune timed out after ${timeout[1]}` };
    if (/\bS3\b|\bstore\b|artifact|restic/i.test(inner))
        return { kind: 'store', text: 'prune could not read from or delete in the store' };
    return { kind: 'other', text: 'prune failed' };
}
/** The step that failed, as the runner names it: `<job> / <step id>`. */
function stepName(env) {
    const step = env.GITHUB_ACTION;
    if (!step)
        return undefined;
    return env.GITHUB_JOB ? `${env.GITHUB_JOB} / ${step}` : step;
}
/** The status record's failure fields: classification, component, step; never raw output. */
function failureStatusFields(e, env) {
    const c = classifyFailure(e);
    const step = stepName(env);
    return { error: `${step ? `Step \`${step}\`: ` : ''}${c.text}. The run log has the details.`, kind: c.kind, ...(step ? { step } : {}) };
}


/***/ }),

/***/ 20649:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Ex: () => (/* binding */ secretsInEnv)
/* harmony export */ });
/* unused harmony exports SECRET_NAME_RE, isSecretName, clearSecretsForTests */
// Every secret the run learns is registered here as well as with core.setSecret, because the
// runner masks only its own log: status records, issue bodies and manifests need this too.
// SECURITY.md states the rule: which inputs and environment variables count as secrets, and
// which patterns are redacted even when we never saw the value.
const secrets = new Set();
/** Base64 as `base64` (76 columns) and PEM/openssl (64) wrap it: each full line, and the last. */
function wrappedLines(b64) {
    const out = [];
    for (const width of [76, 64]) {
        if (b64.length <= width)
            continue;
        for (let i = 0; i < b64.length; i += width) {
            const line = b64.slice(i, i + width);
            if (line.length >= 8)
                out.push(line, line.replace(/=+$/, ''));
        }
    }
    return out;
}
/** JSON string contents as JSON.stringify writes them, with `\/` (PHP's json_encode) and with non-ASCII as `\uXXXX`. */
function jsonForms(v) {
    const plain = JSON.stringify(v).slice(1, -1);
    const ascii = plain.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return [plain, plain.replace(/\//g, '\\/'), ascii, ascii.replace(/\//g, '\\/')];
}
/**
 * The forms a secret is written in by tools we cannot see into: raw, base64 (padded, unpadded,
 * URL-safe, and line by line as wrapped at 76 or 64 columns: our log takes a program's output a
 * line at a time), URL-encoded, and as a JSON string.
 */
function forms(v) {
    const b64 = Buffer.from(v).toString('base64');
    return [
        v,
        b64,
        b64.replace(/=+$/, ''),
        Buffer.from(v).toString('base64url'),
        ...wrappedLines(b64),
        encodeURIComponent(v),
        encodeURIComponent(v).replace(/%20/g, '+'),
        ...jsonForms(v),
    ];
}
function addSecret(value) {
    if (!value)
        return;
    const v = value.trim();
    // Very short values would redact ordinary words all over the log.
    if (v.length >= 4)
        for (const f of forms(v))
            secrets.add(f);
    for (const line of v.split(/\r?\n/))
        if (line.trim().length >= 8)
            for (const f of forms(line.trim()))
                secrets.add(f);
}
/**
 * Environment variable names that hold secrets. A name counts when it contains one of these
 * words and does not end in a suffix that names a reference to a secret rather than the secret.
 */
const SECRET_NAME_RE = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|PASS|KEY|CREDENTIAL|AUTH|PRIVATE|_PWD$/i;
/**
 * The database clients' own password variables: secrets whatever their length (a short password
 * is still the password). `_PWD` counts only at the end, so the shell's `PWD` and `OLDPWD` do not.
 */
const CLIENT_PASSWORD_NAMES = new Set(['MYSQL_PWD', 'PGPASSWORD']);
const NOT_SECRET_SUFFIX_RE = /[_-](ID|FILE|PATH|DIR|SOCK|REGION|NAME|USER|USERNAME)$/i;
/** `scheme://user:password@host`: the password part of a credential URL. */
const URL_PASSWORD_RE = /^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s@/]+)@/i;
// A variable's value must be this long to count: `true`, `1` or `us` are not secrets, and masking
// them would garble the log.
const MIN_ENV_SECRET = 6;
function isSecretName(name) {
    return SECRET_NAME_RE.test(name) && !NOT_SECRET_SUFFIX_RE.test(name);
}
/**
 * The secret values of an environment: variables named like secrets, and the password of any
 * variable whose value is a credential URL (DATABASE_URL=postgres://u:p@h/db).
 */
function secretsInEnv(env) {
    const out = [];
    for (const [name, value] of Object.entries(env)) {
        if (!value)
            continue;
        const v = value.trim();
        if (CLIENT_PASSWORD_NAMES.has(name.toUpperCase()))
            out.push(value);
        else if (isSecretName(name) && v.length >= MIN_ENV_SECRET && !/^(true|false|yes|no|none|null)$/i.test(v))
            out.push(value);
        const m = URL_PASSWORD_RE.exec(v);
        if (m) {
            out.push(m[1]);
            try {
                out.push(decodeURIComponent(m[1]));
            }
            catch {
                /* not percent-encoded */
            }
        }
    }
    return out;
}
// Where a value we never saw ends. The patterns below take a value up to a space or a quote,
// which also takes the text's own punctuation when the value closes a sentence or a bracket:
// "(… token: abc)" would lose its ")". Only what the text accounts for is handed back:
// - closing brackets (or a backtick) that close ones the line opened before the label, after the
//   value's own open brackets have taken theirs, with the sentence punctuation around them;
// - for a token (the value of a `token`, `api_key`, `access_key`, Bearer, Basic…), trailing
//   characters that no token has (RFC 6750 b64token: letters, digits and -._~+/=).
// Anything else stays in the value and is masked: `password: hunter2.` keeps its "." masked,
// since a password may end in one. The one guess left: a line that opens a bracket and never
// closes it, followed by a secret ending in that closer, would show the closer.
const CLOSER_OF = {
    ')': '(',
    ']': '[',
    '}': '{',
    '>': '<',
    '\u201d': '\u201c',
    '\u2019': '\u2018',
    '\u00bb': '\u00ab',
};
const OPENERS = new Set(Object.values(CLOSER_OF));
/** The text's punctuation a value may end in: closers, a backtick, a sentence's end. */
const TAIL_CHARS = new Set([...Object.keys(CLOSER_OF), '`', '.', ',', ';', ':', '!', '?']);
const TOKEN_CHAR_RE = /[A-Za-z0-9._~+/=-]/;
/** Labels whose value is a token, not a password that may hold any character. */
const TOKEN_LABEL_RE = /(?:token|api[_-]?key|access[_-]?key|bearer|basic)s?\W*$/i;
/** For each kind of bracket, how many the text opened and left open; a backtick counts when odd. */
function unclosed(text, depth = new Map()) {
    for (const c of text) {
        if (OPENERS.has(c))
            depth.set(c, (depth.get(c) ?? 0) + 1);
        else if (CLOSER_OF[c])
            depth.set(CLOSER_OF[c], Math.max(0, (depth.get(CLOSER_OF[c]) ?? 0) - 1));
        else if (c === '`')
            depth.set('`', 1 - (depth.get('`') ?? 0));
    }
    return depth;
}
/** The bracket kind a closing character closes (a backtick closes a backtick); undefined for others. */
const closes = (c) => (c === '`' ? '`' : CLOSER_OF[c]);
/**
 * Whether the line's open brackets explain all of `suffix`: it starts with a closer of one, each
 * closer in it closes one more, and the rest is sentence punctuation.
 */
function textOwns(suffix, open) {
    if (!closes(suffix[0]))
        return false;
    const left = new Map(open);
    for (const c of suffix) {
        const kind = closes(c);
        if (!kind)
            continue;
        const n = left.get(kind) ?? 0;
        if (n === 0)
            return false;
        left.set(kind, n - 1);
    }
    return true;
}
/** How many of value's characters are the secret, given its line up to it (label included). */
function secretLength(line, value, label) {
    let tailStart = value.length;
    while (tailStart > 0 && TAIL_CHARS.has(value[tailStart - 1]))
        tailStart--;
    // The value's own open brackets take the first closers of its tail: `(password: f(x))` keeps "f(x)".
    const own = unclosed(value.slice(0, tailStart));
    let first = tailStart;
    for (; first < value.length; first++) {
        const kind = closes(value[first]);
        if (!kind)
            continue;
        if (!own.get(kind))
            break;
        own.set(kind, own.get(kind) - 1);
    }
    // The longest suffix after those that the line's own open brackets explain goes back to the text.
    const open = unclosed(line);
    let end = value.length;
    for (let p = first; p < value.length; p++) {
        if (textOwns(value.slice(p), open)) {
            end = p;
            break;
        }
    }
    if (TOKEN_LABEL_RE.test(label)) {
        let t = value.length;
        while (t > tailStart && !TOKEN_CHAR_RE.test(value[t - 1]))
            t--;
        end = Math.min(end, t);
    }
    return end;
}
/** Masks the value after its label, up to where it ends (see secretLength). */
function maskValue(label, value, offset, text) {
    const n = secretLength(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset) + label, value, label);
    // All of it the text's punctuation: nothing secret stands there.
    if (n === 0)
        return label + value;
    return `${label}***${value.slice(n)}`;
}
/** In PATTERNS: group 1 is the label, kept; group 2 the value, masked by maskValue. */
const VALUE = Symbol('value');
// Values that are secret by where they stand, even when we never saw them (a user's command can
// read a password from a file and print it with `set -x`). Each keeps its label and loses the value.
const PATTERNS = [
    // scheme://user:password@host
    [/([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, '$1***@'],
    // Authorization: Bearer x / Basic x / token x
    [/\b(authorization:?\s*["']?\s*(?:bearer|basic|token)\s+)([^\s"']+)/gi, VALUE],
    [/\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, '$1***'],
    // NAME=value, NAME: value, "name": "value", --password value, for names like secrets
    [
        /(\b[A-Za-z0-9_.-]*(?:token|secret|password|passwd|passphrase|pass|[_-]pwd|api[_-]?key|access[_-]?key|private[_-]?key|credential)s?["']?\s*(?:=|:)\s*["']?)([^\s"',;&]+)/gi,
        VALUE,
    ],
    [/((?:^|\s)--?(?:password|passwd|pass|token|secret|api-key|access-key)(?:=|\s+)["']?)([^\s"']+)/gi, VALUE],
    // mysql/mariadb `-psecret`, as `set -x` prints it ('-phunter2' or -p"hunter2")
    [/((?:^|[\s'"])-p)(?=[^\s-])("[^"]*"|'[^']*'|[^\s'"]+)/g, VALUE],
];
/** Registered secrets (every form) and secret-looking values become `***`. */
function redact(text) {
    let out = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    for (const [re, to] of PATTERNS) {
        out =
            to === VALUE
                ? out.replace(re, (_m, label, value, offset, all) => maskValue(label, value, offset, all))
                : out.replace(re, to);
    }
    return out;
}
function clearSecretsForTests() {
    secrets.clear();
}


/***/ }),

/***/ 24310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ DEFAULT_ON_DEMAND_POLICY),
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   Ok: () => (/* binding */ COUNT_RULES),
/* harmony export */   VL: () => (/* binding */ parseTimeZone),
/* harmony export */   hW: () => (/* binding */ policyReachDays),
/* harmony export */   tG: () => (/* binding */ DEFAULT_SCHEDULED_POLICY),
/* harmony export */   y2: () => (/* binding */ ALL)
/* harmony export */ });
/* unused harmony exports PRESETS, parseWithin */
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37827);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(26518);


// Retention policies as the `retention` and `retention-on-demand` inputs write them:
// `daily=7,weekly=4,monthly=12`, `within=30d,last=3`, `yearly=all`, or a preset name. The rules
// and their meaning are restic's `forget` (0.16 and later); see planner.ts.
const COUNT_RULES = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'];
/** `all`: no limit on the number of periods a rule keeps (restic's `unlimited`). */
const ALL = Number.POSITIVE_INFINITY;
/** Presets from the hosts these sites live on (DESIGN.md). */
const PRESETS = {
    divio: 'daily=7,weekly=4,monthly=12',
    'divio-on-demand': 'within=30d,last=3',
    plantanapp: 'daily=30,weekly=12,monthly=12,yearly=all',
    'plantanapp-manual': 'last=10',
    aegir: 'daily=30',
};
const DEFAULT_SCHEDULED_POLICY = 'divio';
const DEFAULT_ON_DEMAND_POLICY = 'divio-on-demand';
const MAX_COUNT = 1_000_000;
const SYNTAX_HINT = 'Write rules such as `daily=7,weekly=4,monthly=12`, `within=30d,last=3` or `yearly=all` (rules: last, hourly, daily, weekly, monthly, yearly, within), or a preset: ' +
    Object.keys(PRESETS)
        .map((p) => `\`${p}\``)
        .join(', ') +
    '.';
/**
 * `within` durations. Only hours, days and weeks, each an exact length (a day is 24 h), which
 * is how restic measures a span from a stored snapshot time. Months and years are refused
 * rather than guessed: restic reads `6m` as six months while `max-age` reads it as six
 * minutes, and a misread here deletes backups.
 */
function parseWithin(text) {
    return (0,_util_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(text, ['h', 'd', 'w']);
}
function parseCount(input, rule, value) {
    const v = value.trim().toLowerCase();
    if (v === 'all' || v === 'unlimited')
        return ALL;
    if (/^-\d+$/.test(v)) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(input, `\`${rule}=${value}\` is a negative count`, `Counts are whole numbers from 0 up; write \`${rule}=all\` to keep every ${rule === 'last' ? 'backup' : 'period'}.`);
    }
    if (!/^\d+$/.test(v) || Number(v) > MAX_COUNT) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(input, `\`${rule}=${value}\` is not a count`, `Write a whole number (such as \`${rule}=7\`) or \`${rule}=all\`.`);
    }
    return Number(v);
}
/**
 * Parses a policy. Items are separated by commas or white space; each is `rule=value` or a
 * preset name, and a later rule overrides what a preset set (`divio,yearly=all`). `input` names
 * the input in error messages.
 */
function parsePolicy(text, input = 'retention') {
    const counts = { last: 0, hourly: 0, daily: 0, weekly: 0, monthly: 0, yearly: 0 };
    let withinMs;
    let withinText;
    const explicit = new Set();
    const items = text.split(/[\s,;]+/).filter(Boolean);
    if (items.length === 0)
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(input, 'is empty', SYNTAX_HINT);
    const apply = (item, fromPreset) => {
        const eq = item.indexOf('=');
        if (eq < 0) {
            const preset = PRESETS[item.toLowerCase()];
            if (preset === undefined || fromPreset) {
                throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(input, `unknown preset or rule "${item}"`, SYNTAX_HINT);
            }
            for (const sub of preset.split(','))
                apply(sub, true);
            return;
        }
        // restic spells them --keep-daily; accept that spelling too.
        const rule = item
            .slice(0, eq)
            .trim()
            .toLowerCase()
            .replace(/^keep-/, '');
        const value = item.slice(eq + 1);
        if (!fromPreset) {
            if (explicit.has(rule))
                throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(input, `\`${rule}\` is given twice`, 'Give each rule once.');
            explicit.add(rule);
        }
        if (rule === 'within') {
            const ms = parseWithin(value);
            if (ms === undefined) {
                const monthsOrYears = /^\s*\d+\s*(m|mo|months?|y|years?)\s*$/i.test(value) || /\d+[my]/i.test(value);
                throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(input, `\`within=${value}\` is not a duration`, monthsOrYears
                    ? 'Months and years vary in length (and `m` means months to restic but minutes to `max-age`): write days, such as `within=90d` or `within=365d`, or use the `monthly`/`yearly` rules.'
                    : 'Write hours, days or weeks, such as `within=36h`, `within=30d` or `within=2w` (units combine: `1w3d`).');
            }
            withinMs = ms;
            withinText = value.trim().toLowerCase();
            return;
        }
        if (!COUNT_RULES.includes(rule)) {
            throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(input, `unknown rule "${rule}"`, SYNTAX_HINT);
        }
        counts[rule] = parseCount(input, rule, value);
    };
    for (const item of items)
        apply(item, false);
    if (withinMs === undefined && COUNT_RULES.every((r) => counts[r] === 0)) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(input, `"${text}" keeps nothing (every count is zero)`, 'Give at least one rule a count above zero, or a `within` span; the newest backup is kept regardless, but a policy that keeps nothing is almost certainly a mistake.');
    }
    const parts = [];
    if (withinText !== undefined)
        parts.push(`within=${withinText}`);
    for (const r of COUNT_RULES)
        if (counts[r] !== 0)
            parts.push(`${r}=${counts[r] === ALL ? 'all' : counts[r]}`);
    const policy = { counts, text: parts.join(',') };
    if (withinMs !== undefined) {
        policy.withinMs = withinMs;
        policy.withinText = withinText;
    }
    return policy;
}
/** Validates an IANA zone (`Europe/Zurich`, `UTC`) and returns its canonical name. */
function parseTimeZone(text, input = 'retention-timezone') {
    try {
        return new Intl.DateTimeFormat('en-US', { timeZone: text.trim() }).resolvedOptions().timeZone;
    }
    catch {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(input, `"${text}" is not a time zone`, 'Use an IANA zone name such as `UTC`, `Europe/Zurich` or `America/New_York`.');
    }
}
/**
 * Roughly how far back a policy keeps backups, in days: used to warn when it outlives what the
 * store itself keeps (GitHub deletes artifacts after at most 90 days on public repositories).
 * Infinity when a rule is `all`.
 */
function policyReachDays(p) {
    const span = { last: 0, hourly: 1 / 24, daily: 1, weekly: 7, monthly: 31, yearly: 366 };
    let reach = p.withinMs !== undefined ? p.withinMs / 86_400_000 : 0;
    for (const r of COUNT_RULES) {
        if (r === 'last')
            continue;
        reach = Math.max(reach, p.counts[r] * span[r]);
    }
    return reach;
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ installInterruptCleanup),
/* harmony export */   Tq: () => (/* binding */ trackGroup),
/* harmony export */   ZW: () => (/* binding */ sweepLeftovers),
/* harmony export */   me: () => (/* binding */ makeStaging)
/* harmony export */ });
/* unused harmony export sweepStaleStaging */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);





// What a run leaves behind when it is stopped: staging folders (exports, downloads, plaintext)
// and the process groups of the programs it started. Ctrl-C and SIGTERM end both here; a run
// killed outright (kill -9, a lost runner) leaves its folders, and the next run sweeps them.
/** `h<host hash>p<pid>`: which process on which machine owns a staging folder. */
const HOST = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(node_os__WEBPACK_IMPORTED_MODULE_3___default().hostname()).digest('hex').slice(0, 8);
const OWNER_RE = /^site-backup-[a-z]+-h([0-9a-f]{8})p(\d+)-/;
/** Folders of another machine sharing this temp folder, or from before owners were recorded. */
const STALE_AFTER_MS = 24 * 3600_000;
const staging = new Set();
const groups = new Set();
/**
 * A staging folder under `root`, named for its owner so a later run can tell a dead run's folder
 * from a live one's, and removed on Ctrl-C/SIGTERM. The caller still removes it when done.
 */
async function makeStaging(root, kind) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(root, `site-backup-${kind}-h${HOST}p${process.pid}-`));
    staging.add(dir);
    return dir;
}
/** A child's process group, ended on Ctrl-C/SIGTERM (see runProcess, which starts each in its own). */
function trackGroup(pid) {
    if (pid === undefined)
        return () => undefined;
    groups.add(pid);
    return () => groups.delete(pid);
}
/** Whether a process (or, given a negative pid, any process of that group) still exists. */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * Removes our staging folders that no live run owns: those of a dead process on this machine,
 * and any older than a day (another machine's, or unowned). Best effort; returns what it removed.
 */
async function sweepStaleStaging(root, now = Date.now()) {
    const removed = [];
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(root);
    }
    catch {
        return removed;
    }
    for (const name of names) {
        if (!name.startsWith('site-backup-'))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(root, name);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(dir).catch(() => undefined);
        if (!st?.isDirectory())
            continue; // status records and other files stay
        const m = OWNER_RE.exec(name);
        const mine = m && m[1] === HOST;
        const stale = mine ? Number(m[2]) !== process.pid && !alive(Number(m[2])) : now - st.mtimeMs > STALE_AFTER_MS;
        if (!stale)
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true }).then(() => removed.push(dir), () => undefined);
    }
    return removed;
}
/** The staging folders of runs that were killed (kill -9, a lost runner) go before a new run starts. */
async function sweepLeftovers(root, log) {
    const removed = await sweepStaleStaging(root);
    if (removed.length)
        log.info(`Removed ${removed.length} staging folder(s) that killed runs left in ${root}.`);
}
let installed = false;
/**
 * On SIGINT or SIGTERM: SIGTERM every child process group (they run detached, so a terminal's
 * Ctrl-C never reaches them), remove the staging folders, SIGKILL what is left after a grace
 * period, and exit 130 or 143 as a shell would.
 */
function installInterruptCleanup(graceMs = 3000) {
    if (installed)
        return;
    installed = true;
    const onSignal = (sig) => {
        const signalAll = (s) => {
            for (const g of groups) {
                try {
                    process.kill(-g, s);
                }
                catch {
                    /* already gone */
                }
            }
        };
        signalAll('SIGTERM');
        for (const d of staging)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(d, { recursive: true, force: true });
        process.stderr.write(`site-backup: stopped by ${sig}; ended ${groups.size} child process group(s) and removed ${staging.size} staging folder(s)\n`);
        const code = sig === 'SIGINT' ? 130 : 143;
        setTimeout(() => {
            signalAll('SIGKILL');
            process.exit(code);
        }, groups.size ? graceMs : 0).unref();
        // Exit as soon as the children are gone, not after the whole grace period.
        const poll = setInterval(() => {
            if ([...groups].every((g) => !alive(-g))) {
                clearInterval(poll);
                process.exit(code);
            }
        }, 50);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
}


/***/ }),

/***/ 26518:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNIT_MS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
};
/**
 * The one duration parser: `90s`, `30m`, `6h`, `7d`, `2w` or combinations like `1d12h`, in the
 * `units` allowed (retention's `within` takes only `hdw`). Months and years are left out on
 * purpose: their length varies, and retention counts calendar months with the `monthly` rule
 * instead. Returns undefined when malformed, zero or too large to be exact.
 */
function parseDuration(text, units = ['s', 'm', 'h', 'd', 'w']) {
    const s = text.trim().toLowerCase();
    const set = units.join('');
    if (!new RegExp(`^(\\d+[${set}])+$`).test(s))
        return undefined;
    let total = 0;
    for (const m of s.matchAll(/(\d+)([a-z])/g))
        total += Number(m[1]) * UNIT_MS[m[2]];
    return total > 0 && Number.isSafeInteger(total) ? total : undefined;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m${Math.round(s % 60)}s`;
    const h = Math.floor(m / 60);
    if (h < 48)
        return `${h}h${m % 60}m`;
    return `${Math.floor(h / 24)}d${h % 24}h`;
}


/***/ }),

/***/ 49997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** Levenshtein distance: how many single-character edits turn `a` into `b`. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
/** The option nearest to `word`, when it is at most `max` edits away: for "did you mean". */
function closest(word, options, max) {
    let best;
    let bestD = max + 1;
    for (const o of options) {
        const d = editDistance(word, o);
        if (d < bestD)
            [best, bestD] = [o, d];
    }
    return best;
}
// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi overrides and
// isolates that reorder what a terminal shows.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * Text as one printable line: control characters become visible escapes (`\n`, `\x1b`, `\u202e`).
 * Names listed from a store are hostile input: a new line in one would forge `key=value` lines in
 * the CLI's output, and an escape sequence would rewrite the terminal.
 */
function printable(s) {
    return s.replace(UNPRINTABLE_RE, (c) => {
        const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
        if (named[c])
            return named[c];
        const n = c.charCodeAt(0);
        return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
    });
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(14155);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
