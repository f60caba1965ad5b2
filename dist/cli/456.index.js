export const id = 456;
export const ids = [456];
export const modules = {

/***/ 23456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fleetBackupCommand: () => (/* binding */ fleetBackupCommand),
  fleetSummaryCommand: () => (/* binding */ fleetSummaryCommand),
  loadFleet: () => (/* binding */ loadFleet),
  matrixCommand: () => (/* binding */ matrixCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
;// CONCATENATED MODULE: ./src/fleet/matrix.ts
const GITHUB_MATRIX_LIMIT = 256;
function checkMaxJobs(n) {
    if (!Number.isInteger(n) || n < 1 || n > GITHUB_MATRIX_LIMIT) {
        throw new RangeError(`max-jobs must be a whole number from 1 to ${GITHUB_MATRIX_LIMIT} (GitHub runs at most ${GITHUB_MATRIX_LIMIT} jobs per matrix), got ${n}`);
    }
    return n;
}
function buildMatrix(targets, maxJobs = GITHUB_MATRIX_LIMIT) {
    checkMaxJobs(maxJobs);
    if (targets.length === 0)
        throw new RangeError('the fleet has no sites; a matrix needs at least one job');
    if (targets.length <= maxJobs) {
        const include = targets.map((t) => ({
            id: t.id,
            site: t.site,
            environment: t.environment,
            platform: t.platform,
            store: t.store,
            inputs: { ...t.inputs },
            secrets: { ...t.secrets },
        }));
        return { matrix: { include }, sharded: false, jobs: include.length, targets: targets.length };
    }
    const shards = shardTargets(targets.map((t) => t.id), maxJobs);
    const width = String(shards.length).length;
    const include = shards.map((ids, i) => ({
        id: `shard-${String(i + 1).padStart(width, '0')}-of-${shards.length}`,
        shard: i + 1,
        shards: shards.length,
        count: ids.length,
        sites: ids.join(','),
    }));
    return { matrix: { include }, sharded: true, jobs: include.length, targets: targets.length };
}
/**
 * Deals ids round-robin into `jobs` shards, in file order: shard sizes differ by at most one, the
 * same file always gives the same shards, and the first `jobs` sites of the file (put the ones
 * that matter most first) are all first in their shard, so they start in the first wave.
 * Round-robin also spreads neighbouring sites (often one client's, on one host) across jobs.
 */
function shardTargets(ids, jobs) {
    const n = Math.min(jobs, ids.length);
    const out = Array.from({ length: n }, () => []);
    ids.forEach((id, i) => out[i % n].push(id));
    return out;
}
/** The targets a sharded job backs up, by the ids of its `sites` entry, in that order. */
function selectTargets(targets, only) {
    const byId = new Map(targets.map((t) => [t.id, t]));
    const ids = only.split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0)
        throw new RangeError('--only names no sites; give site/environment ids separated by commas');
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length) {
        throw new RangeError(`not in the sites file: ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}; ids are site/environment, as the matrix lists them`);
    }
    return [...new Set(ids)].map((id) => byId.get(id));
}

// EXTERNAL MODULE: ./src/fleet/run.ts
var run = __webpack_require__(27541);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/config/common.ts + 2 modules
var common = __webpack_require__(93910);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(64389);
// EXTERNAL MODULE: ./src/model/backup-id.ts
var backup_id = __webpack_require__(31389);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
;// CONCATENATED MODULE: ./src/fleet/sites-file.ts
// The fleet's sites file: which sites to back up, where, and which secrets each one needs.
// Pure: text in, targets (or every problem, each with its line) out. Reading the file is the
// caller's job, so the same parser serves the CLI, the matrix action and the tests.
//
// Secrets are named by REFERENCE only: `secrets: { ssh-key: ACME_SSH_KEY }` says "the input
// ssh-key takes the repository secret ACME_SSH_KEY". The file lives in the repository and its
// contents reach the matrix JSON, which every job log prints, so a value here would be a leak.
//
// The shape is checked by zod schemas on the plain data; each problem's path is then found in the
// YAML tree (aliases followed) and reported at that node's line and column. What no schema can
// say (defaults merged under sites, duplicates, the actions' own input checks) follows the schemas.








class SitesFileError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
            problems.map((p) => `  ${file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
        this.file = file;
        this.problems = problems;
        this.name = 'SitesFileError';
    }
}
/** GitHub's own rule for secret names, upper-cased as GitHub stores them. */
const SECRET_NAME_RE = /^[A-Z_][A-Z0-9_]*$/;
const ENV_NAME_RE = /^[A-Z_][A-Z0-9_]*$/;
const ENV_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SITE_KEYS = ['site', 'platform', 'environment', 'environments', 'store', 'inputs', 'secrets'];
const DEFAULT_KEYS = ['platform', 'environment', 'environments', 'store', 'inputs', 'secrets'];
const TOP_KEYS = ['defaults', 'sites'];
/**
 * Inputs that have their own key in the file (site, platform, environment, store), or that only
 * the workflow can know (the backup step's outcome): setting them under `inputs:` would be a
 * second, conflicting place for the same thing.
 */
const RESERVED_INPUTS = new Set(['site', 'platform', 'environment', 'store', 'backup-outcome', 'target-environment']);
/** The inputs a site may set: those of the backup and prune actions, read from the one registry. */
function fleetInputNames() {
    const out = new Map();
    for (const [name, spec] of Object.entries(inputs/* INPUTS */.m)) {
        if (RESERVED_INPUTS.has(name))
            continue;
        if (spec.actions.includes('backup') || spec.actions.includes('prune'))
            out.set(name, spec);
    }
    return out;
}
/**
 * Why a string is recognisably a credential (a PEM key, a GitHub or AWS token, a password in a
 * URL), or undefined. Safe on any input value: these shapes never occur in honest settings.
 * Used to refuse secrets by value with a message that says so, without echoing the value.
 */
function knownSecretKind(v) {
    if (/-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|CERTIFICATE)/.test(v) || /PRIVATE KEY-----/.test(v))
        return 'a PEM private key';
    if (/AGE-SECRET-KEY-1/i.test(v))
        return 'an age identity (secret key)';
    if (/(^|\s)(gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}/.test(v))
        return 'a GitHub token';
    if (/(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}($|[^A-Z0-9])/.test(v))
        return 'an AWS access key id';
    if (/(^|\s)xox[abprs]-[A-Za-z0-9-]{10,}/.test(v))
        return 'a Slack token';
    if (/(^|\s)(sk|rk)_(live|test)_[A-Za-z0-9]{10,}/.test(v))
        return 'an API secret key';
    if (/(^|\s)eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+\./.test(v))
        return 'a JSON web token';
    if (/[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i.test(v))
        return 'a URL with a password';
    return undefined;
}
/**
 * Like knownSecretKind, plus what only makes sense where a secret NAME is expected: several
 * lines, or a long random-looking string (a token, a password, a base64 key).
 */
function secretValueKind(v) {
    const known = knownSecretKind(v);
    if (known)
        return known;
    if (v.includes('\n'))
        return 'a multi-line value';
    // Secret names are words joined by underscores: low entropy per character, few digits.
    if (v.length >= 16 &&
        !/\s/.test(v) &&
        shannonBits(v) >= 3.5 &&
        /[0-9]/.test(v) &&
        /[A-Za-z]/.test(v) &&
        !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(v)) {
        return 'a token or password';
    }
    return undefined;
}
function shannonBits(s) {
    const counts = new Map();
    for (const ch of s)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** A secret name derived from the site and the input, to show in messages: acme-shop + ssh-key -> ACME_SHOP_SSH_KEY. */
function suggestSecretName(site, key) {
    const up = (s) => s
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    const name = [site ? up(site) : '', up(key)].filter(Boolean).join('_');
    return /^[0-9]/.test(name) ? `S_${name}` : name || 'SITE_SECRET';
}
function didYouMean(word, options) {
    const best = (0,util_text/* closest */.kp)(word, options, 2);
    return best ? ` (did you mean \`${best}\`?)` : '';
}
const KEY = Symbol('key');
const isPlain = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string, number or boolean, trimmed, as an input would receive it; `message` for anything else or empty. */
function scalar(message) {
    return schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()], { error: message })
        .transform((v) => String(v).trim())
        .pipe(schemas/* string */.YjP().min(1, { error: message }));
}
const anyScalar = scalar(() => 'not a single value');
const platformName = schemas/* enum */.k5n(common/* PLATFORMS */.P4);
const siteName = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()], {
    error: (iss) => (iss.input === undefined ? 'a site needs `site: <name>`' : '`site` must be a name such as `acme-shop`'),
})
    .transform((v) => String(v).trim())
    .pipe(schemas/* string */.YjP().min(1, { error: '`site` must be a name such as `acme-shop`' }))
    .superRefine((v, ctx) => {
    // (Empty is the min(1) above: one problem, not two.)
    if (v !== '' && (!backup_id/* SITE_RE */.AY.test(v) || v.length > 100)) {
        ctx.addIssue({
            code: 'custom',
            message: `bad site name "${v.slice(0, 100)}": use lower case letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit (no \`/\`, \`..\`, spaces or capitals)`,
        });
    }
});
const topLevel = schemas/* object */.Ikc({
    sites: schemas/* array */.YOg(schemas/* unknown */.L5J(), {
        error: (iss) => (iss.input === undefined ? 'no `sites:` list' : '`sites` must be a list (each item starts with `- site: name`)'),
    })
        .min(1, { error: '`sites` is empty' }),
    defaults: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J(), { error: '`defaults` must be a mapping of platform, environment(s), store, inputs and secrets' })
        .optional(),
});
/**
 * The schema of a layer (`defaults:` or a site): each field's shape, with messages that name it
 * and where it is. Built once per file and told the layer through `here` (parsing is synchronous):
 * a zod schema per site made 1,000 sites cost seconds of construction and garbage collection.
 */
function layerSchema(here, inputNames) {
    const inputs = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J(), { error: () => `\`inputs\`${here.where} must be a mapping of input names to values` })
        .superRefine((map, ctx) => {
        for (const [k, raw] of Object.entries(map)) {
            const spec = inputNames.get(k);
            if (!spec) {
                const own = RESERVED_INPUTS.has(k)
                    ? ` (\`${k}\` has its own key on the site, or comes from the workflow)`
                    : didYouMean(k, inputNames.keys());
                ctx.addIssue({
                    code: 'custom',
                    path: [k, KEY],
                    message: `unknown input \`${k}\`${here.where}${own}; inputs are those of the backup and prune actions`,
                });
                continue;
            }
            const v = anyScalar.safeParse(raw);
            if (!v.success)
                ctx.addIssue({ code: 'custom', path: [k], message: `input \`${k}\`${here.where} must be a single value` });
            else if (spec.secret) {
                ctx.addIssue({
                    code: 'custom',
                    path: [k],
                    message: `input \`${k}\`${here.where} is a secret: never write its value here; put the NAME of a repository secret under \`secrets:\`, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``,
                });
            }
            else {
                const kind = knownSecretKind(v.data);
                if (kind)
                    ctx.addIssue({
                        code: 'custom',
                        path: [k],
                        message: `input \`${k}\`${here.where} looks like ${kind}, a secret given by value: store it as a repository secret and name it under \`secrets:\`, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``,
                    });
            }
        }
    });
    const secrets = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J(), { error: () => `\`secrets\`${here.where} must be a mapping of input names to secret NAMES` })
        .superRefine((map, ctx) => {
        for (const [k, raw] of Object.entries(map)) {
            // A value pasted in is the worst mistake here, so it is reported first, whatever the key.
            const kind = typeof raw === 'string' ? secretValueKind(raw) : undefined;
            if (kind) {
                ctx.addIssue({
                    code: 'custom',
                    path: [k],
                    message: `secret \`${k}\`${here.where} is given by value (it looks like ${kind}): never write secret values in the sites file. Store it as a repository secret and write its NAME here, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``,
                });
                continue;
            }
            // A secret feeds an input of the actions (ssh-key) or an environment variable that a
            // platform CLI reads (PLATFORMSH_CLI_TOKEN); anything else is a typo.
            if (!inputNames.has(k) && !ENV_NAME_RE.test(k)) {
                ctx.addIssue({
                    code: 'custom',
                    path: [k, KEY],
                    message: `\`secrets\` key \`${k}\`${here.where} is neither an input of the backup and prune actions nor an environment variable name (A-Z, 0-9, _)${didYouMean(k, inputNames.keys())}`,
                });
                continue;
            }
            if (typeof raw !== 'string') {
                const what = raw === undefined || raw === null || typeof raw === 'object' ? 'empty or not a single value' : `a ${typeof raw}`;
                ctx.addIssue({
                    code: 'custom',
                    path: [k],
                    message: `secret \`${k}\`${here.where} is ${what}; write the NAME of a repository secret, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``,
                });
            }
            else if (!SECRET_NAME_RE.test(raw)) {
                const hint = /^[A-Za-z_][A-Za-z0-9_]*$/.test(raw)
                    ? `; secret names are upper case, e.g. \`${raw.toUpperCase()}\``
                    : `, e.g. \`${suggestSecretName(here.site, k)}\``;
                ctx.addIssue({
                    code: 'custom',
                    path: [k],
                    message: `secret \`${k}\`${here.where} must be the NAME of a repository secret (A-Z, 0-9 and _, not starting with a digit), not a value${hint}`,
                });
            }
            else if (raw.startsWith('GITHUB_')) {
                ctx.addIssue({
                    code: 'custom',
                    path: [k],
                    message: `secret \`${k}\`${here.where}: names starting with GITHUB_ are reserved by GitHub and cannot be repository secrets`,
                });
            }
        }
    });
    const envName = scalar(() => `\`environments\`${here.where} must be a list of names`);
    return schemas/* object */.Ikc({
        platform: scalar(() => `\`platform\`${here.where} must be a single value`).optional(),
        store: scalar(() => `\`store\`${here.where} must be a single value`).optional(),
        environment: scalar(() => `\`environment\`${here.where} must be one name; use \`environments: [a, b]\` for several`).optional(),
        environments: schemas/* preprocess */.vkY((v) => (Array.isArray(v) ? v : [v]), schemas/* array */.YOg(envName).min(1, { error: () => `\`environments\`${here.where} is empty` }))
            .optional(),
        inputs: inputs.optional(),
        secrets: secrets.optional(),
    });
}
/** Parses and validates a sites file. Throws SitesFileError listing every problem with its line. */
function parseSitesFile(text, file = 'sites.yml') {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = [];
    for (const e of doc.errors) {
        // Only the first line of the parser's message: later lines quote the source, which could be
        // the very secret that should not have been written here.
        const pos = lineCounter.linePos(e.pos[0]);
        problems.push({
            line: pos.line,
            column: pos.col,
            message: `YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        });
    }
    if (problems.length)
        throw new SitesFileError(file, problems);
    const at = (path, message) => {
        const pos = lineCounter.linePos(offsetAt(doc, path));
        problems.push({ line: pos.line, column: pos.col, message });
    };
    /** Runs a schema; its problems are reported at their paths below `base`. */
    const check = (schema, value, base) => {
        const r = schema.safeParse(value);
        if (r.success)
            return { data: r.data, bad: new Set() };
        for (const issue of r.error.issues)
            at([...base, ...issue.path], issue.message);
        return { bad: new Set(r.error.issues.map((i) => String(i.path[0]))) };
    };
    /** Keys that are not `allowed`, at their key, with a hint; returns the object without them. */
    const known = (obj, allowed, base, where) => {
        const out = {};
        for (const [key, v] of Object.entries(obj)) {
            if (allowed.includes(key))
                out[key] = v;
            else {
                const spec = inputNames.get(key);
                const hint = spec
                    ? ` (\`${key}\` is an input: put it under \`inputs:\`${spec.secret ? ', or by name under `secrets:`' : ''})`
                    : didYouMean(key, allowed);
                at([...base, key, KEY], `unknown key \`${key}\`${where}${hint}; allowed: ${allowed.join(', ')}`);
            }
        }
        return out;
    };
    const inputNames = fleetInputNames();
    const here = { where: '', site: undefined };
    const shape = layerSchema(here, inputNames).shape;
    const data = doc.toJS({ maxAliasCount: 1000 });
    let sites = [];
    let sitesPath = [];
    let defaults = { inputs: new Map(), secrets: new Map() };
    if (Array.isArray(data)) {
        // A bare list of sites is the smallest useful file.
        sites = data;
        if (sites.length === 0)
            at([], '`sites` is empty');
    }
    else if (isPlain(data)) {
        for (const key of Object.keys(data)) {
            if (!TOP_KEYS.includes(key))
                at([key, KEY], `unknown top-level key \`${key}\`${didYouMean(key, TOP_KEYS)}; the file has \`sites:\` and optionally \`defaults:\``);
        }
        const top = check(topLevel, data, []).data;
        if (top) {
            sites = top.sites;
            sitesPath = ['sites'];
            if (top.defaults)
                defaults = readLayer(known(top.defaults, DEFAULT_KEYS, ['defaults'], ' in `defaults`'), ['defaults'], ' in `defaults`', undefined);
        }
        else if (isPlain(data.defaults)) {
            // The sites are unusable, but the defaults' own problems are worth reporting too.
            readLayer(known(data.defaults, DEFAULT_KEYS, ['defaults'], ' in `defaults`'), ['defaults'], ' in `defaults`', undefined);
        }
    }
    else {
        at([], 'the sites file must be a mapping with a `sites:` list (or a bare list of sites)');
    }
    function readLayer(obj, base, where, site) {
        const layer = { inputs: new Map(), secrets: new Map() };
        const values = { ...obj };
        if (values.environment !== undefined && values.environments !== undefined) {
            at([...base, 'environment', KEY], `give either \`environment\` or \`environments\`${where}, not both`);
            delete values.environment;
        }
        // Field by field, so one bad field does not hide what the others say; in `inputs` and
        // `secrets`, entry by entry, so one bad entry does not drop its good neighbours.
        here.where = where;
        here.site = site;
        const parsed = {};
        for (const f of Object.keys(shape)) {
            if (values[f] === undefined)
                continue;
            const r = check(shape[f], values[f], [...base, f]);
            if (r.data !== undefined)
                parsed[f] = r.data;
            else if ((f === 'inputs' || f === 'secrets') && isPlain(values[f])) {
                parsed[f] = Object.fromEntries(Object.entries(values[f]).filter(([k]) => !r.bad.has(k)));
            }
        }
        if (parsed.platform)
            layer.platform = { value: parsed.platform, path: [...base, 'platform'] };
        if (parsed.store)
            layer.store = { value: parsed.store, path: [...base, 'store'] };
        if (parsed.environment)
            layer.environments = [{ value: parsed.environment, path: [...base, 'environment'] }];
        if (parsed.environments)
            layer.environments = parsed.environments.map((value, i) => ({
                value,
                path: Array.isArray(values.environments) ? [...base, 'environments', i] : [...base, 'environments'],
            }));
        for (const [k, v] of Object.entries(parsed.inputs ?? {}))
            layer.inputs.set(k, { value: String(v).trim(), path: [...base, 'inputs', k] });
        for (const [k, v] of Object.entries(parsed.secrets ?? {}))
            layer.secrets.set(k, { value: v, path: [...base, 'secrets', k] });
        for (const k of layer.inputs.keys()) {
            if (layer.secrets.has(k))
                at(layer.secrets.get(k).path, `\`${k}\`${where} is under both \`inputs\` and \`secrets\`; keep one`);
        }
        return layer;
    }
    const targets = [];
    const seen = new Map();
    sites.forEach((item, i) => {
        const base = [...sitesPath, i];
        if (!isPlain(item)) {
            at(base, 'each site must be a mapping such as `- site: acme-shop`');
            return;
        }
        const before = problems.length;
        const name = check(siteName, item.site, [...base, 'site']).data;
        const where = name
            ? ` of site "${name}"`
            : item.site !== undefined && typeof item.site !== 'object'
                ? ` of site "${String(item.site)}"`
                : ' of this site';
        const layer = readLayer(known(item, SITE_KEYS, base, where), base, where, name);
        // A site with a problem of its own gets no target: what it means is not clear yet.
        if (!name || problems.length > before)
            return;
        const merged = mergeLayers(defaults, layer);
        const platform = merged.platform?.value ?? inputs/* INPUTS */.m.platform.default;
        if (!platformName.safeParse(platform).success) {
            at(merged.platform?.path ?? base, `unknown platform "${platform}" for site "${name}"${didYouMean(platform, common/* PLATFORMS */.P4)}; use one of: ${common/* PLATFORMS */.P4.join(', ')}`);
            return;
        }
        const store = merged.store?.value ?? inputs/* INPUTS */.m.store.default;
        if (!checkInputs(name, store, merged, at, merged.store?.path ?? base))
            return;
        const siteKey = [...base, 'site', KEY];
        const line = lineCounter.linePos(offsetAt(doc, siteKey)).line;
        for (const env of merged.environments ?? [{ value: inputs/* INPUTS */.m.environment.default, path: siteKey }]) {
            if (!ENV_RE.test(env.value) || env.value.length > 100 || env.value.includes('..')) {
                at(env.path, `bad environment name "${env.value.slice(0, 100)}" for site "${name}": use letters, digits, \`.\`, \`_\` and \`-\`, without \`/\` or \`..\``);
                continue;
            }
            const id = `${name}/${env.value}`;
            // An environment written on this site points there; one from `defaults` (or the implicit
            // default) points at the site's `site:` line, which is what the reader has to change.
            const own = base.every((p, k) => env.path[k] === p);
            const where = own ? env.path : siteKey;
            const first = seen.get(id);
            if (first !== undefined) {
                at(where, `duplicate site "${name}" in environment "${env.value}" (first at line ${first}); each site and environment may appear once`);
                continue;
            }
            seen.set(id, lineCounter.linePos(offsetAt(doc, where)).line);
            targets.push({
                id,
                site: name,
                environment: env.value,
                platform: platform,
                store,
                inputs: Object.fromEntries([...merged.inputs].map(([k, v]) => [k, v.value])),
                secrets: Object.fromEntries([...merged.secrets].map(([k, v]) => [k, v.value])),
                line,
            });
        }
    });
    if (problems.length) {
        problems.sort((a, b) => a.line - b.line || a.column - b.column);
        throw new SitesFileError(file, problems);
    }
    return targets;
}
function mergeLayers(d, s) {
    const out = {
        inputs: new Map([...d.inputs, ...s.inputs]),
        secrets: new Map([...d.secrets, ...s.secrets]),
    };
    // A site that names a key one way overrides the default that names it the other way.
    for (const k of s.inputs.keys())
        if (!s.secrets.has(k))
            out.secrets.delete(k);
    for (const k of s.secrets.keys())
        if (!s.inputs.has(k))
            out.inputs.delete(k);
    const platform = s.platform ?? d.platform;
    if (platform)
        out.platform = platform;
    const environments = s.environments ?? d.environments;
    if (environments)
        out.environments = environments;
    const store = s.store ?? d.store;
    if (store)
        out.store = store;
    return out;
}
/** The same checks the actions would make at run time, now, with a line to point at. */
function checkInputs(site, store, merged, at, storePath) {
    const values = { store };
    for (const [k, v] of merged.inputs)
        values[k] = v.value;
    const src = (0,source/* mapSource */.GU)(values);
    const pathOf = (input) => (input === 'store' ? storePath : (merged.inputs.get(input)?.path ?? storePath));
    let ok = true;
    const run = (fn) => {
        try {
            fn();
        }
        catch (e) {
            if (!(e instanceof errors/* ConfigError */.x))
                throw e;
            at(pathOf(e.input), `site "${site}": ${e.message}`);
            ok = false;
        }
    };
    // The cwd only resolves plain paths, which are checked here and emitted as written.
    run(() => (0,common/* parseStore */.Pv)(src, '/'));
    run(() => (0,common/* parseComponents */.YX)(src));
    for (const name of ['max-age', 'timeout'])
        if (values[name] !== undefined)
            run(() => (0,common/* parseDurationInput */.ew)(src, name));
    return ok;
}
/**
 * Where a path of the plain data stands in the file: the node it names (aliases followed, as the
 * data followed them), or the deepest node of it that exists (a missing key points at its map).
 */
function offsetAt(doc, path) {
    const resolve = (n) => (0,dist/* isAlias */.Vj)(n) ? n.resolve(doc) : (n ?? undefined);
    const start = (n) => n?.range?.[0] ?? 0;
    let node = resolve(doc.contents);
    let key;
    for (const seg of path) {
        if (seg === KEY)
            return start(key ?? node);
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => String(resolve(p.key)?.value) === String(seg));
            if (!pair)
                return start(node);
            key = resolve(pair.key);
            // `key:` with no value (no node, or an empty one at the end of the line): point at the key.
            const value = resolve(pair.value);
            node = value && value.range && value.range[1] > value.range[0] ? value : key;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number' && seg < node.items.length) {
            key = undefined;
            node = resolve(node.items[seg]);
        }
        else
            return start(node);
    }
    return start(node);
}

// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/status.ts
var report_status = __webpack_require__(16934);
// EXTERNAL MODULE: ./src/stores/index.ts + 1 modules
var stores = __webpack_require__(98844);
// EXTERNAL MODULE: ./src/util/bytes.ts
var bytes = __webpack_require__(1671);
;// CONCATENATED MODULE: ./src/fleet/summary.ts
// The fleet summary: one row per site in the sites file, with what this run did (from the status
// files the backup steps leave) and what the store holds now (its newest complete backup).
// The store is the truth: a job that died before reporting still shows its last good backup.







function newestComplete(backups) {
    const b = backups.filter((x) => x.complete).sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0))[0];
    if (!b)
        return undefined;
    return { id: b.id, time: b.parsed.time, bytes: b.objects.filter((o) => o.name !== manifest/* MANIFEST_NAME */.ir).reduce((n, o) => n + o.size, 0) };
}
function age(ms) {
    if (ms < 0)
        return 'just now';
    const h = Math.floor(ms / 3_600_000);
    if (h < 1)
        return `${Math.max(1, Math.round(ms / 60_000))}m`;
    if (h < 48)
        return `${h}h`;
    return `${Math.floor(h / 24)}d`;
}
const LABEL = {
    success: '✅ backed up',
    skipped: '⏭️ fresh enough, skipped',
    failure: '❌ failed',
    none: '⚠️ no report',
};
/** Markdown for the job summary: failures first, then every other site in file order. */
function fleetSummaryMarkdown(reports, now = new Date()) {
    const outcome = (r) => r.status?.outcome ?? 'none';
    const count = (o) => reports.filter((r) => outcome(r) === o).length;
    const order = (r) => (outcome(r) === 'failure' ? 0 : outcome(r) === 'none' ? 1 : 2);
    const rows = [...reports].map((r, i) => ({ r, i })).sort((a, b) => order(a.r) - order(b.r) || a.i - b.i);
    const lines = [
        `## Fleet backup: ${reports.length} site${reports.length === 1 ? '' : 's'}`,
        '',
        `${count('success')} backed up, ${count('skipped')} skipped (fresh enough), ${count('failure')} failed, ${count('none')} without a report.`,
        '',
        '| site | environment | platform | status | size | newest backup | age |',
        '|---|---|---|---|---:|---|---:|',
    ];
    for (const { r } of rows) {
        let status = LABEL[outcome(r)];
        if (r.status?.outcome === 'failure') {
            const what = r.status.component ? ` (${r.status.component})` : '';
            status += r.status.runUrl ? ` [log](${r.status.runUrl})${what}` : what;
        }
        const newest = r.newest ? `\`${r.newest.id}\`` : r.listError ? `listing failed: ${(0,markdown/* cell */.Hn)(r.listError.slice(0, 120))}` : 'none';
        lines.push(`| ${r.target.site} | ${r.target.environment} | ${r.target.platform} | ${status} | ${r.newest ? (0,bytes/* formatBytes */.z)(r.newest.bytes) : ''} | ${newest} | ${r.newest ? age(now.getTime() - r.newest.time.getTime()) : ''} |`);
    }
    return lines.join('\n') + '\n';
}
/** Reads each target's status file and lists its store, a few at a time. */
async function gatherReports(targets, opts) {
    const reports = targets.map((target) => ({ target }));
    let next = 0;
    const worker = async () => {
        while (next < reports.length) {
            const r = reports[next++];
            const status = await (0,report_status/* readStatus */.rk)(opts.statusDir, r.target.site, r.target.environment);
            if (status)
                r.status = status;
            if (opts.list === false)
                continue;
            try {
                const spec = (0,common/* parseStore */.Pv)((0,source/* mapSource */.GU)({ store: r.target.store, ...r.target.inputs }), opts.cwd);
                const newest = newestComplete(await (await (0,stores/* openStore */.C)(spec, opts.log, opts.env)).list(r.target.site, r.target.environment));
                if (newest)
                    r.newest = newest;
            }
            catch (e) {
                r.listError = e.message;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 8, reports.length)) }, worker));
    return reports;
}

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
;// CONCATENATED MODULE: ./src/commands/matrix.ts
// The fleet commands: `matrix` (sites file -> strategy.matrix), `fleet-backup` (a sharded job
// backs up its sites in turn) and `fleet-summary` (one table for the whole fleet).









/** Reads and validates the sites file named by the `sites` input. */
async function loadFleet(io) {
    const name = (0,source/* inputOrDefault */.N9)(io.inputs, 'sites');
    const file = external_node_path_default().resolve(io.cwd, name);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* ConfigError */.x('sites', `cannot read "${name}" (${e.code ?? e.message})`, 'Give the path of the sites file, relative to the repository root; docs/fleet.md shows its format.');
    }
    // Messages name the file as the user wrote it, so they point at the right line in the editor.
    return { file: name, targets: parseSitesFile(text, name) };
}
function maxJobs(io) {
    const v = (0,source/* inputOrDefault */.N9)(io.inputs, 'max-jobs');
    const n = Number(v);
    try {
        return checkMaxJobs(n);
    }
    catch {
        throw new errors/* ConfigError */.x('max-jobs', `"${v}" is not a whole number from 1 to ${GITHUB_MATRIX_LIMIT}`, `GitHub runs at most ${GITHUB_MATRIX_LIMIT} jobs per matrix; leave room for the other jobs of the workflow if you like.`);
    }
}
/** `site-backup matrix --sites sites.yml [--max-jobs 256]` and the matrix action. */
async function matrixCommand(io, opts = {}) {
    const { file, targets } = await loadFleet(io);
    const m = buildMatrix(targets, maxJobs(io));
    const json = JSON.stringify(m.matrix);
    const how = m.sharded
        ? `${m.jobs} jobs of ${Math.floor(m.targets / m.jobs)}–${Math.ceil(m.targets / m.jobs)} sites each (sharded)`
        : `${m.jobs} job${m.jobs === 1 ? '' : 's'}, one per site`;
    io.log.info(`${file}: ${m.targets} site${m.targets === 1 ? '' : 's'} → ${how}`);
    if (opts.outputs) {
        io.setOutput('matrix', json);
        io.setOutput('sharded', String(m.sharded));
        io.setOutput('job-count', String(m.jobs));
        io.setOutput('site-count', String(m.targets));
        await io.summary(`### Fleet matrix\n\n${m.targets} sites from \`${file}\` → ${how}.\n`);
    }
    else {
        (opts.write ?? ((s) => process.stdout.write(s)))(json + '\n');
    }
    return m;
}
/** `site-backup fleet-backup --sites sites.yml --only a/production,b/staging`. */
async function fleetBackupCommand(io, opts) {
    const { targets } = await loadFleet(io);
    const chosen = opts.only ? selectTargets(targets, opts.only) : targets;
    const { only: _only, ...deps } = opts;
    if (!deps.prune)
        io.log.warn('this build has no prune command: sites are backed up but not pruned');
    const results = await (0,run/* runFleet */.gI)(io, chosen, deps);
    const failed = results.filter((r) => r.backup === 'failure' || r.prune === 'failure');
    const rows = results.map((r) => `| ${r.id} | ${r.backup === 'success' ? (r.skipped ? 'skipped (fresh enough)' : 'backed up') : 'FAILED'} | ${r.backupId ?? ''} | ${r.prune} |`);
    await io.summary(['### Fleet shard', '', '| site | backup | backup id | prune |', '|---|---|---|---|', ...rows, ''].join('\n'));
    io.setOutput('failed', failed.map((r) => r.id).join(','));
    if (failed.length) {
        throw new Error(`${failed.length} of ${results.length} sites failed: ${failed.map((r) => r.id).join(', ')}`);
    }
    io.log.info(`all ${results.length} sites backed up`);
    return results;
}
/** `site-backup fleet-summary --sites sites.yml --status-dir statuses`: markdown on stdout. */
async function fleetSummaryCommand(io, opts) {
    const { targets } = await loadFleet(io);
    const lookup = (0,run/* secretSource */.kV)(io.env);
    // Stores whose settings come from secrets (an endpoint, say) are listed with them.
    const withSecrets = targets.map((t) => {
        const inputs = { ...t.inputs };
        for (const [key, name] of Object.entries(t.secrets)) {
            const v = lookup(name);
            if (v !== undefined && !/^[A-Z_][A-Z0-9_]*$/.test(key)) {
                io.log.setSecret(v);
                inputs[key] = v;
            }
        }
        return { ...t, inputs };
    });
    const reports = await gatherReports(withSecrets, {
        ...(opts.statusDir ? { statusDir: external_node_path_default().resolve(io.cwd, opts.statusDir) } : {}),
        log: io.log,
        env: io.env,
        cwd: io.cwd,
        list: opts.list !== false,
    });
    const md = (0,redact/* redact */.E$)(fleetSummaryMarkdown(reports.map((r) => ({ ...r, target: targets.find((t) => t.id === r.target.id) }))));
    (opts.write ?? ((s) => process.stdout.write(s)))(md);
    return md;
}


/***/ }),

/***/ 27541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ resolveSecrets),
/* harmony export */   gI: () => (/* binding */ runFleet),
/* harmony export */   kV: () => (/* binding */ secretSource)
/* harmony export */ });
/* unused harmony export SECRETS_ENV */
/* harmony import */ var _config_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79397);
/* harmony import */ var _report_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16934);


/**
 * Where secret values come from, by name: `SITE_BACKUP_SECRETS` (a JSON object, as the
 * workflow builds from the secrets the sites file names) first, then an environment variable of that name.
 */
const SECRETS_ENV = 'SITE_BACKUP_SECRETS';
function secretSource(env) {
    let map = {};
    const raw = env[SECRETS_ENV];
    if (raw) {
        try {
            const parsed = JSON.parse(raw);
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                map = parsed;
        }
        catch {
            // Never quote the text: it is every secret of the repository.
            throw new Error(`${SECRETS_ENV} is not a JSON object; set it to a JSON object of the secrets the sites file names, such as {"ACME_TOKEN": "\${{ secrets.ACME_TOKEN }}"} (docs/fleet.md)`);
        }
    }
    const upper = new Map(Object.entries(map).map(([k, v]) => [k.toUpperCase(), v]));
    return (name) => {
        const v = upper.get(name.toUpperCase());
        if (typeof v === 'string' && v !== '')
            return v;
        const e = env[name];
        return e ? e : undefined;
    };
}
/** Splits a target's secret references into input values and environment variables. */
function resolveSecrets(target, lookup) {
    const out = { inputs: {}, env: {}, missing: [] };
    for (const [key, name] of Object.entries(target.secrets)) {
        const v = lookup(name);
        if (v === undefined) {
            out.missing.push(`${name} (for ${key})`);
            continue;
        }
        // Input names are lower case with hyphens; environment variables are upper case.
        if (/^[A-Z_][A-Z0-9_]*$/.test(key))
            out.env[key] = v;
        else
            out.inputs[key] = v;
    }
    return out;
}
function prefixed(log, prefix) {
    return {
        info: (m) => log.info(`[${prefix}] ${m}`),
        warn: (m) => log.warn(`[${prefix}] ${m}`),
        error: (m, title) => log.error(`[${prefix}] ${m}`, title ? `${prefix}: ${title}` : prefix),
        setSecret: (v) => log.setSecret(v),
    };
}
/** Backs up (and prunes) the targets one after the other. Never throws for one site's failure. */
async function runFleet(io, targets, deps) {
    const lookup = secretSource(io.env);
    // The secrets JSON holds every repository secret: the site's own commands must not inherit it.
    const baseEnv = { ...io.env };
    delete baseEnv[SECRETS_ENV];
    const results = [];
    for (const [i, t] of targets.entries()) {
        const log = prefixed(io.log, t.id);
        io.log.info(`── ${t.id} (${i + 1}/${targets.length}, ${t.platform}) ──`);
        const secrets = resolveSecrets(t, lookup);
        for (const v of [...Object.values(secrets.inputs), ...Object.values(secrets.env)])
            log.setSecret(v);
        const values = {
            site: t.site,
            environment: t.environment,
            platform: t.platform,
            store: t.store,
            ...t.inputs,
            ...secrets.inputs,
        };
        const env = { ...baseEnv, ...secrets.env };
        // Prune needs a token for artifacts and the failure issue; the job's token is the usual one.
        if (!values['github-token'] && env.GITHUB_TOKEN)
            values['github-token'] = env.GITHUB_TOKEN;
        const siteIo = (extra = {}) => ({
            ...io,
            inputs: (0,_config_source_js__WEBPACK_IMPORTED_MODULE_0__/* .mapSource */ .GU)({ ...values, ...extra }),
            log,
            env,
            // Each site's outputs would overwrite the last one's: the job's outputs are the shard's.
            setOutput: () => undefined,
        });
        const r = { id: t.id, backup: 'failure', prune: 'not run' };
        if (secrets.missing.length) {
            r.error = `secret${secrets.missing.length > 1 ? 's' : ''} not set: ${secrets.missing.join(', ')}. Add ${secrets.missing.length > 1 ? 'them' : 'it'} under Settings → Secrets and variables → Actions, and pass secrets to this step (docs/fleet.md).`;
            log.error(r.error, 'secrets');
            // The backup never started, so it left no status; the fleet summary should still say why.
            await (0,_report_status_js__WEBPACK_IMPORTED_MODULE_1__/* .writeStatus */ .Kn)(io.env.RUNNER_TEMP, {
                outcome: 'failure',
                site: t.site,
                environment: t.environment,
                error: r.error,
                finishedAt: new Date().toISOString(),
            }).catch(() => undefined);
        }
        else {
            try {
                // `max-age` in a sites file guards prune (refuse when the newest backup is too old); a
                // nightly fleet run never skips a backup because a young one exists.
                const b = await deps.backup(siteIo({ 'max-age': '' }));
                r.backup = 'success';
                r.backupId = b.id;
                r.skipped = b.skipped;
                r.bytes = b.bytes;
            }
            catch (e) {
                r.error = e.message;
                log.error(r.error, 'backup failed');
            }
        }
        if (deps.prune) {
            // Like `if: always()` with `backup-outcome: ${{ steps.backup.outcome }}` in a per-site job:
            // prune also runs after a failure, to open the site's failure issue.
            try {
                await deps.prune(siteIo({ 'backup-outcome': r.backup }));
                r.prune = 'success';
            }
            catch (e) {
                r.prune = 'failure';
                const msg = e.message;
                r.error = r.error ? `${r.error}; prune: ${msg}` : `prune: ${msg}`;
                log.error(msg, 'prune failed');
            }
        }
        results.push(r);
    }
    return results;
}


/***/ }),

/***/ 16934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ writeStatus),
/* harmony export */   rk: () => (/* binding */ readStatus)
/* harmony export */ });
/* unused harmony export statusPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20649);



function statusPath(runnerTemp, site, environment) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, `site-backup-status--${site}--${environment}.json`);
}
async function writeStatus(runnerTemp, status) {
    if (!runnerTemp)
        return;
    const clean = { ...status };
    if (clean.error)
        clean.error = (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(clean.error).slice(0, 2000);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(statusPath(runnerTemp, status.site, status.environment), JSON.stringify(clean, null, 2) + '\n');
}
async function readStatus(runnerTemp, site, environment) {
    if (!runnerTemp)
        return undefined;
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(statusPath(runnerTemp, site, environment), 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ })

};
