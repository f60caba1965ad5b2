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
// The common case is kept cheap, as `matrix` over 1,000 sites must stay well under a second: plain
// YAML is read without the yaml package's Document, and plainly right values skip the schemas;
// only a file with a problem is read again in full for its positions and messages.
import { isAlias, isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import * as z from 'zod';
import { parseComponents, parseDurationInput, parseStore, PLATFORMS, type PlatformName } from '../config/common.js';
import { ConfigError } from '../model/errors.js';
import { INPUTS, type InputName, type InputSpec } from '../config/inputs.js';
import { mapSource, type InputSource } from '../config/source.js';
import { SITE_RE } from '../model/backup-id.js';
import { parsePlainYaml, type PlainYaml } from '../util/plain-yaml.js';
import { closest } from '../util/text.js';
import { lazy } from '../util/lazy.js';

/** One site in one environment: one backup target, one matrix job (or one slot in a shard). */
export interface FleetTarget {
  /** `site/environment`: unique in the fleet, and how `fleet-backup --only` names targets. */
  id: string;
  site: string;
  environment: string;
  platform: PlatformName;
  /** The store as written (validated, not resolved: a plain path stays relative to the job). */
  store: string;
  /** Non-secret inputs of the backup and prune actions, by input name. */
  inputs: Record<string, string>;
  /** Secret references: an input name (`ssh-key`) or an environment variable (`PLATFORMSH_CLI_TOKEN`) -> the secret's NAME. */
  secrets: Record<string, string>;
  /** The line that declares the site, for messages about it later on. */
  line: number;
}

export interface SitesFileProblem {
  line: number;
  column: number;
  message: string;
}

export class SitesFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: SitesFileProblem[],
  ) {
    super(
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${file}:${p.line}:${p.column}: ${p.message}`).join('\n'),
    );
    this.name = 'SitesFileError';
  }
}

/** GitHub's own rule for secret names, upper-cased as GitHub stores them. */
export const SECRET_NAME_RE = /^[A-Z_][A-Z0-9_]*$/;
const ENV_NAME_RE = /^[A-Z_][A-Z0-9_]*$/;
const ENV_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const SITE_KEYS = ['site', 'platform', 'environment', 'environments', 'store', 'inputs', 'secrets'] as const;
const DEFAULT_KEYS = ['platform', 'environment', 'environments', 'store', 'inputs', 'secrets'] as const;
const TOP_KEYS = ['defaults', 'sites'] as const;

/**
 * Inputs that have their own key in the file (site, platform, environment, store), or that only
 * the workflow can know (the backup step's outcome): setting them under `inputs:` would be a
 * second, conflicting place for the same thing.
 */
const RESERVED_INPUTS = new Set(['site', 'platform', 'environment', 'store', 'backup-outcome', 'target-environment']);

/** The inputs a site may set: those of the backup and prune actions, read from the one registry. */
export function fleetInputNames(): Map<string, InputSpec> {
  const out = new Map<string, InputSpec>();
  for (const [name, spec] of Object.entries(INPUTS) as [string, InputSpec][]) {
    if (RESERVED_INPUTS.has(name)) continue;
    if (spec.actions.includes('backup') || spec.actions.includes('prune')) out.set(name, spec);
  }
  return out;
}

/**
 * Why a string is recognisably a credential (a PEM key, a GitHub or AWS token, a password in a
 * URL), or undefined. Safe on any input value: these shapes never occur in honest settings.
 * Used to refuse secrets by value with a message that says so, without echoing the value.
 */
export function knownSecretKind(v: string): string | undefined {
  if (/-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|CERTIFICATE)/.test(v) || /PRIVATE KEY-----/.test(v)) return 'a PEM private key';
  if (/AGE-SECRET-KEY-1/i.test(v)) return 'an age identity (secret key)';
  if (/(^|\s)(gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}/.test(v)) return 'a GitHub token';
  if (/(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}($|[^A-Z0-9])/.test(v)) return 'an AWS access key id';
  if (/(^|\s)xox[abprs]-[A-Za-z0-9-]{10,}/.test(v)) return 'a Slack token';
  if (/(^|\s)(sk|rk)_(live|test)_[A-Za-z0-9]{10,}/.test(v)) return 'an API secret key';
  if (/(^|\s)eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+\./.test(v)) return 'a JSON web token';
  if (/[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i.test(v)) return 'a URL with a password';
  return undefined;
}

/**
 * Like knownSecretKind, plus what only makes sense where a secret NAME is expected: several
 * lines, or a long random-looking string (a token, a password, a base64 key).
 */
export function secretValueKind(v: string): string | undefined {
  const known = knownSecretKind(v);
  if (known) return known;
  if (v.includes('\n')) return 'a multi-line value';
  // Secret names are words joined by underscores: low entropy per character, few digits.
  if (
    v.length >= 16 &&
    !/\s/.test(v) &&
    shannonBits(v) >= 3.5 &&
    /[0-9]/.test(v) &&
    /[A-Za-z]/.test(v) &&
    !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(v)
  ) {
    return 'a token or password';
  }
  return undefined;
}

function shannonBits(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** A secret name derived from the site and the input, to show in messages: acme-shop + ssh-key -> ACME_SHOP_SSH_KEY. */
export function suggestSecretName(site: string | undefined, key: string): string {
  const up = (s: string) =>
    s
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '');
  const name = [site ? up(site) : '', up(key)].filter(Boolean).join('_');
  return /^[0-9]/.test(name) ? `S_${name}` : name || 'SITE_SECRET';
}

function didYouMean(word: string, options: Iterable<string>): string {
  const best = closest(word, options, 2);
  return best ? ` (did you mean \`${best}\`?)` : '';
}

/** A path into the file: keys and list positions, then KEY to mean the key of the last pair rather than its value. */
type Path = readonly PropertyKey[];
const KEY = Symbol('key');

type Raw = Record<string, unknown>;
const isPlain = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string, number or boolean, trimmed, as an input would receive it; `message` for anything else or empty. */
function scalar(message: () => string) {
  return z
    .union([z.string(), z.number(), z.boolean()], { error: message })
    .transform((v) => String(v).trim())
    .pipe(z.string().min(1, { error: message }));
}

function buildSchemas() {
  const siteName = z
    .union([z.string(), z.number(), z.boolean()], {
      error: (iss) => (iss.input === undefined ? 'a site needs `site: <name>`' : '`site` must be a name such as `acme-shop`'),
    })
    .transform((v) => String(v).trim())
    .pipe(z.string().min(1, { error: '`site` must be a name such as `acme-shop`' }))
    .superRefine((v, ctx) => {
      // (Empty is the min(1) above: one problem, not two.)
      if (v !== '' && !goodSiteName(v)) {
        ctx.addIssue({
          code: 'custom',
          message: `bad site name "${v.slice(0, 100)}": use lower case letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit (no \`/\`, \`..\`, spaces or capitals)`,
        });
      }
    });
  const topLevel = z.object({
    sites: z
      .array(z.unknown(), {
        error: (iss) => (iss.input === undefined ? 'no `sites:` list' : '`sites` must be a list (each item starts with `- site: name`)'),
      })
      .min(1, { error: '`sites` is empty' }),
    defaults: z
      .record(z.string(), z.unknown(), { error: '`defaults` must be a mapping of platform, environment(s), store, inputs and secrets' })
      .optional(),
  });
  return { anyScalar: scalar(() => 'not a single value'), siteName, topLevel, layer: layerSchema(HERE, inputNamesOnce()).shape };
}

/**
 * The zod schemas, built once per process and only when a value is not plainly right: they say
 * exactly what is wrong, but building them and running them over 1,000 sites cost more than
 * the rest of `matrix` together. A value that is plainly right (plainScalar, quickField) skips them.
 */
const schemasOnce = lazy(buildSchemas);

const goodSiteName = (v: string) => SITE_RE.test(v) && v.length <= 100;

/** What `scalar()` gives for a string, finite number or boolean that is not empty once trimmed; undefined for the rest. */
function plainScalar(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'boolean' && !(typeof v === 'number' && Number.isFinite(v))) return undefined;
  const t = String(v).trim();
  return t === '' ? undefined : t;
}

/** Which layer a layerSchema is checking now: its messages say where, and suggest names from the site. */
interface LayerPlace {
  where: string;
  site: string | undefined;
}

type Ctx = z.core.$RefinementCtx;

/** One entry of `inputs:`: a known, non-secret input with a single value that is not a credential. */
function checkInputEntry(k: string, raw: unknown, here: LayerPlace, inputNames: Map<string, InputSpec>, ctx: Ctx): void {
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
    return;
  }
  const v = schemasOnce().anyScalar.safeParse(raw);
  if (!v.success) ctx.addIssue({ code: 'custom', path: [k], message: `input \`${k}\`${here.where} must be a single value` });
  else if (spec.secret) {
    ctx.addIssue({
      code: 'custom',
      path: [k],
      message: `input \`${k}\`${here.where} is a secret: never write its value here; put the NAME of a repository secret under \`secrets:\`, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``,
    });
  } else {
    const kind = knownSecretKind(v.data);
    if (kind)
      ctx.addIssue({
        code: 'custom',
        path: [k],
        message: `input \`${k}\`${here.where} looks like ${kind}, a secret given by value: store it as a repository secret and name it under \`secrets:\`, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``,
      });
  }
}

/** What is wrong with one entry of `secrets:` (a key and the NAME of a repository secret), or undefined. */
function secretEntryProblem(
  k: string,
  raw: unknown,
  here: LayerPlace,
  inputNames: Map<string, InputSpec>,
): { path: PropertyKey[]; message: string } | undefined {
  // A value pasted in is the worst mistake here, so it is reported first, whatever the key.
  const kind = typeof raw === 'string' ? secretValueKind(raw) : undefined;
  if (kind) {
    return {
      path: [k],
      message: `secret \`${k}\`${here.where} is given by value (it looks like ${kind}): never write secret values in the sites file. Store it as a repository secret and write its NAME here, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``,
    };
  }
  // A secret feeds an input of the actions (ssh-key) or an environment variable that a
  // platform CLI reads (PLATFORMSH_CLI_TOKEN); anything else is a typo.
  if (!inputNames.has(k) && !ENV_NAME_RE.test(k)) {
    return {
      path: [k, KEY],
      message: `\`secrets\` key \`${k}\`${here.where} is neither an input of the backup and prune actions nor an environment variable name (A-Z, 0-9, _)${didYouMean(k, inputNames.keys())}`,
    };
  }
  if (typeof raw !== 'string') {
    const what = raw === undefined || raw === null || typeof raw === 'object' ? 'empty or not a single value' : `a ${typeof raw}`;
    return {
      path: [k],
      message: `secret \`${k}\`${here.where} is ${what}; write the NAME of a repository secret, e.g. \`${k}: ${suggestSecretName(here.site, k)}\``,
    };
  }
  if (!SECRET_NAME_RE.test(raw)) {
    const hint = /^[A-Za-z_][A-Za-z0-9_]*$/.test(raw)
      ? `; secret names are upper case, e.g. \`${raw.toUpperCase()}\``
      : `, e.g. \`${suggestSecretName(here.site, k)}\``;
    return {
      path: [k],
      message: `secret \`${k}\`${here.where} must be the NAME of a repository secret (A-Z, 0-9 and _, not starting with a digit), not a value${hint}`,
    };
  }
  if (raw.startsWith('GITHUB_')) {
    return {
      path: [k],
      message: `secret \`${k}\`${here.where}: names starting with GITHUB_ are reserved by GitHub and cannot be repository secrets`,
    };
  }
  return undefined;
}

/**
 * The schema of a layer (`defaults:` or a site): each field's shape, with messages that name it
 * and where it is. Built once per process and told the layer through `here` (parsing is
 * synchronous): a zod schema per site made 1,000 sites cost seconds of construction and garbage
 * collection.
 */
function layerSchema(here: LayerPlace, inputNames: Map<string, InputSpec>) {
  const inputs = z
    .record(z.string(), z.unknown(), { error: () => `\`inputs\`${here.where} must be a mapping of input names to values` })
    .superRefine((map, ctx) => {
      for (const [k, raw] of Object.entries(map)) checkInputEntry(k, raw, here, inputNames, ctx);
    });
  const secrets = z
    .record(z.string(), z.unknown(), { error: () => `\`secrets\`${here.where} must be a mapping of input names to secret NAMES` })
    .superRefine((map, ctx) => {
      for (const [k, raw] of Object.entries(map)) {
        const problem = secretEntryProblem(k, raw, here, inputNames);
        if (problem) ctx.addIssue({ code: 'custom', ...problem });
      }
    });
  const envName = scalar(() => `\`environments\`${here.where} must be a list of names`);
  return z.object({
    platform: scalar(() => `\`platform\`${here.where} must be a single value`).optional(),
    store: scalar(() => `\`store\`${here.where} must be a single value`).optional(),
    environment: scalar(() => `\`environment\`${here.where} must be one name; use \`environments: [a, b]\` for several`).optional(),
    environments: z
      .preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(envName).min(1, { error: () => `\`environments\`${here.where} is empty` }))
      .optional(),
    inputs: inputs.optional(),
    secrets: secrets.optional(),
  });
}

/** The layer being checked, for the one layer schema's messages. */
const HERE: LayerPlace = { where: '', site: undefined };
const inputNamesOnce = lazy(fleetInputNames);
type LayerShape = ReturnType<typeof layerSchema>['shape'];
const LAYER_FIELDS = [
  'platform',
  'store',
  'environment',
  'environments',
  'inputs',
  'secrets',
] as const satisfies readonly (keyof LayerShape)[];

/**
 * A layer's field as its schema would give it, when the raw value is plainly right; undefined
 * when only the schema can say (then it also says what is wrong).
 */
function quickField(f: keyof LayerShape, v: unknown, inputNames: Map<string, InputSpec>): unknown {
  switch (f) {
    case 'platform':
    case 'store':
    case 'environment':
      return plainScalar(v);
    case 'environments': {
      const list = Array.isArray(v) ? v.map(plainScalar) : [plainScalar(v)];
      return list.length > 0 && list.every((x) => x !== undefined) ? list : undefined;
    }
    case 'inputs':
      return isPlain(v) && Object.entries(v).every(([k, raw]) => plainInput(k, raw, inputNames)) ? v : undefined;
    case 'secrets':
      return isPlain(v) && Object.entries(v).every(([k, raw]) => !secretEntryProblem(k, raw, HERE, inputNames)) ? v : undefined;
  }
}

/** An entry of `inputs:` that checkInputEntry would pass: a known, non-secret input, one value, no credential. */
function plainInput(k: string, raw: unknown, inputNames: Map<string, InputSpec>): boolean {
  const spec = inputNames.get(k);
  const v = plainScalar(raw);
  return spec !== undefined && !spec.secret && v !== undefined && !knownSecretKind(v);
}

/** A value and the path it was written at, so a later problem with it points at its line. */
interface Placed {
  value: string;
  path: Path;
}

interface Layer {
  platform?: Placed;
  environments?: Placed[];
  store?: Placed;
  inputs: Map<string, Placed>;
  secrets: Map<string, Placed>;
}

/** Parses and validates a sites file. Throws SitesFileError listing every problem with its line. */
export function parseSitesFile(text: string, file = 'sites.yml'): FleetTarget[] {
  // Most sites files are plain YAML, which parsePlainYaml reads in milliseconds where the yaml
  // package's Document takes most of a second for 1,000 sites. Its positions serve the targets'
  // lines; a file with a problem is read again in full, for the exact place of every problem.
  const plain = parsePlainYaml(text);
  if (plain) {
    const fast = readSites(plain.value, plainLocator(plain));
    if (!fast.problems.length) return fast.targets;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = syntaxProblems(doc, lineCounter);
  if (syntax.length) throw new SitesFileError(file, syntax);
  const { targets, problems } = readSites(doc.toJS({ maxAliasCount: 1000 }), (path) => lineCounter.linePos(offsetAt(doc, path)));
  if (problems.length) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new SitesFileError(file, problems);
  }
  return targets;
}

/** Where a path of the plain data was written: its line and column (1-based). */
type Locate = (path: Path) => { line: number; col: number };

function readSites(data: unknown, locate: Locate): { targets: FleetTarget[]; problems: SitesFileProblem[] } {
  const reader = new SitesReader(locate);
  const { sites, sitesPath, defaults } = reader.readTop(data);
  const targets: FleetTarget[] = [];
  const seen = new Map<string, number>();
  sites.forEach((item, i) => reader.readSite(item, [...sitesPath, i], defaults, seen, targets));
  return { targets, problems: reader.problems };
}

/**
 * Positions from the plain parse: exact for keys (a target's line is that of its `site:` key),
 * near enough elsewhere, since a file with a problem is reported from the full parse.
 */
function plainLocator(y: PlainYaml): Locate {
  return (path) => {
    let node: unknown = y.value;
    let pos = y.startOf(node as object) ?? { line: 1, col: 1 };
    let key: { line: number; col: number } | undefined;
    for (const seg of path) {
      if (seg === KEY) return key ?? pos;
      if (isPlain(node) && Object.hasOwn(node, String(seg))) {
        key = y.keyAt(node, String(seg));
        pos = y.valueAt(node, String(seg)) ?? pos;
        node = node[String(seg)];
      } else if (Array.isArray(node) && typeof seg === 'number' && seg < node.length) {
        key = undefined;
        pos = y.valueAt(node, seg) ?? pos;
        node = node[seg];
      } else return pos;
    }
    return pos;
  };
}

function syntaxProblems(doc: Document, lineCounter: LineCounter): SitesFileProblem[] {
  return doc.errors.map((e) => {
    // Only the first line of the parser's message: later lines quote the source, which could be
    // the very secret that should not have been written here.
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      line: pos.line,
      column: pos.col,
      message: `YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    };
  });
}

const emptyLayer = (): Layer => ({ inputs: new Map(), secrets: new Map() });

/**
 * One pass over the plain data of a parsed file: each layer checked field by field by the one
 * schema, every problem collected with the line of the node it is about.
 */
class SitesReader {
  readonly problems: SitesFileProblem[] = [];
  private readonly inputNames = inputNamesOnce();
  private readonly checks: CheckMemo = new Map();

  constructor(private readonly locate: Locate) {}

  readonly at: At = (path, message) => {
    const pos = this.locate(path);
    this.problems.push({ line: pos.line, column: pos.col, message });
  };

  lineOf(path: Path): number {
    return this.locate(path).line;
  }

  /** Runs a schema; its problems are reported at their paths below `base`. */
  check<T>(schema: z.ZodType<T>, value: unknown, base: Path): { data?: T; bad: Set<string> } {
    const r = schema.safeParse(value);
    if (r.success) return { data: r.data, bad: new Set() };
    for (const issue of r.error.issues) this.at([...base, ...issue.path], issue.message);
    return { bad: new Set(r.error.issues.map((i) => String(i.path[0]))) };
  }

  /** Keys that are not `allowed`, at their key, with a hint; returns the object without them. */
  known(obj: Raw, allowed: readonly string[], base: Path, where: string): Raw {
    const out: Raw = {};
    for (const [key, v] of Object.entries(obj)) {
      if (allowed.includes(key)) out[key] = v;
      else {
        const spec = this.inputNames.get(key);
        const hint = spec
          ? ` (\`${key}\` is an input: put it under \`inputs:\`${spec.secret ? ', or by name under `secrets:`' : ''})`
          : didYouMean(key, allowed);
        this.at([...base, key, KEY], `unknown key \`${key}\`${where}${hint}; allowed: ${allowed.join(', ')}`);
      }
    }
    return out;
  }

  /** The file's top level: the list of sites (where it is) and the defaults layer. */
  readTop(data: unknown): { sites: unknown[]; sitesPath: Path; defaults: Layer } {
    const none = { sites: [], sitesPath: [], defaults: emptyLayer() };
    if (Array.isArray(data)) {
      // A bare list of sites is the smallest useful file.
      if (data.length === 0) this.at([], '`sites` is empty');
      return { ...none, sites: data };
    }
    if (!isPlain(data)) {
      this.at([], 'the sites file must be a mapping with a `sites:` list (or a bare list of sites)');
      return none;
    }
    for (const key of Object.keys(data)) {
      if (!(TOP_KEYS as readonly string[]).includes(key))
        this.at(
          [key, KEY],
          `unknown top-level key \`${key}\`${didYouMean(key, TOP_KEYS)}; the file has \`sites:\` and optionally \`defaults:\``,
        );
    }
    const plain = Array.isArray(data.sites) && data.sites.length > 0 && (data.defaults === undefined || isPlain(data.defaults));
    const top = plain ? (data as { sites: unknown[]; defaults?: Raw }) : this.check(schemasOnce().topLevel, data, []).data;
    const readDefaults = (d: Raw) =>
      this.readLayer(this.known(d, DEFAULT_KEYS, ['defaults'], ' in `defaults`'), ['defaults'], ' in `defaults`', undefined);
    if (top) return { sites: top.sites, sitesPath: ['sites'], defaults: top.defaults ? readDefaults(top.defaults) : emptyLayer() };
    // The sites are unusable, but the defaults' own problems are worth reporting too.
    if (isPlain(data.defaults)) readDefaults(data.defaults);
    return none;
  }

  readLayer(obj: Raw, base: Path, where: string, site: string | undefined): Layer {
    const values = { ...obj };
    if (values.environment !== undefined && values.environments !== undefined) {
      this.at([...base, 'environment', KEY], `give either \`environment\` or \`environments\`${where}, not both`);
      delete values.environment;
    }
    const parsed = this.parseFields(values, base, where, site);
    const layer = emptyLayer();
    if (parsed.platform) layer.platform = { value: parsed.platform, path: [...base, 'platform'] };
    if (parsed.store) layer.store = { value: parsed.store, path: [...base, 'store'] };
    if (parsed.environment) layer.environments = [{ value: parsed.environment, path: [...base, 'environment'] }];
    if (parsed.environments)
      layer.environments = parsed.environments.map((value, i) => ({
        value,
        path: Array.isArray(values.environments) ? [...base, 'environments', i] : [...base, 'environments'],
      }));
    for (const [k, v] of Object.entries(parsed.inputs ?? {}))
      layer.inputs.set(k, { value: String(v).trim(), path: [...base, 'inputs', k] });
    for (const [k, v] of Object.entries(parsed.secrets ?? {})) layer.secrets.set(k, { value: v as string, path: [...base, 'secrets', k] });
    for (const k of layer.inputs.keys()) {
      if (layer.secrets.has(k)) this.at(layer.secrets.get(k)!.path, `\`${k}\`${where} is under both \`inputs\` and \`secrets\`; keep one`);
    }
    return layer;
  }

  /**
   * Field by field, so one bad field does not hide what the others say; in `inputs` and
   * `secrets`, entry by entry, so one bad entry does not drop its good neighbours.
   */
  private parseFields(values: Raw, base: Path, where: string, site: string | undefined) {
    HERE.where = where;
    HERE.site = site;
    const parsed: { [F in keyof LayerShape]?: z.output<LayerShape[F]> } = {};
    for (const f of LAYER_FIELDS) {
      if (values[f] === undefined) continue;
      const quick = quickField(f, values[f], this.inputNames);
      if (quick !== undefined) {
        (parsed as Raw)[f] = quick;
        continue;
      }
      const r = this.check(schemasOnce().layer[f] as z.ZodType, values[f], [...base, f]);
      if (r.data !== undefined) (parsed as Raw)[f] = r.data;
      else if ((f === 'inputs' || f === 'secrets') && isPlain(values[f])) {
        (parsed as Raw)[f] = Object.fromEntries(Object.entries(values[f]).filter(([k]) => !r.bad.has(k)));
      }
    }
    return parsed;
  }

  /** One item of `sites:`: its targets, one per environment, unless it has a problem of its own. */
  readSite(item: unknown, base: Path, defaults: Layer, seen: Map<string, number>, targets: FleetTarget[]): void {
    if (!isPlain(item)) {
      this.at(base, 'each site must be a mapping such as `- site: acme-shop`');
      return;
    }
    const before = this.problems.length;
    const plainName = plainScalar(item.site);
    const name =
      plainName !== undefined && goodSiteName(plainName)
        ? plainName
        : this.check(schemasOnce().siteName, item.site, [...base, 'site']).data;
    const where = name
      ? ` of site "${name}"`
      : item.site !== undefined && typeof item.site !== 'object'
        ? ` of site "${String(item.site)}"`
        : ' of this site';
    const layer = this.readLayer(this.known(item, SITE_KEYS, base, where), base, where, name);
    // A site with a problem of its own gets no target: what it means is not clear yet.
    if (!name || this.problems.length > before) return;
    const merged = mergeLayers(defaults, layer);
    const platform = merged.platform?.value ?? (INPUTS.platform.default as string);
    if (!(PLATFORMS as readonly string[]).includes(platform)) {
      this.at(
        merged.platform?.path ?? base,
        `unknown platform "${platform}" for site "${name}"${didYouMean(platform, PLATFORMS)}; use one of: ${PLATFORMS.join(', ')}`,
      );
      return;
    }
    const store = merged.store?.value ?? (INPUTS.store.default as string);
    if (!checkInputs(name, store, merged, this.at, merged.store?.path ?? base, this.checks)) return;
    const site = { name, platform: platform as PlatformName, store, merged, base };
    this.addTargets(site, seen, targets);
  }

  private addTargets(
    s: { name: string; platform: PlatformName; store: string; merged: Layer; base: Path },
    seen: Map<string, number>,
    targets: FleetTarget[],
  ): void {
    const { name, merged, base } = s;
    const siteKey = [...base, 'site', KEY];
    const line = this.lineOf(siteKey);
    const inputs = Object.fromEntries([...merged.inputs].map(([k, v]) => [k, v.value]));
    const secrets = Object.fromEntries([...merged.secrets].map(([k, v]) => [k, v.value]));
    for (const env of merged.environments ?? [{ value: INPUTS.environment.default as string, path: siteKey }]) {
      if (!ENV_RE.test(env.value) || env.value.length > 100 || env.value.includes('..')) {
        this.at(
          env.path,
          `bad environment name "${env.value.slice(0, 100)}" for site "${name}": use letters, digits, \`.\`, \`_\` and \`-\`, without \`/\` or \`..\``,
        );
        continue;
      }
      const id = `${name}/${env.value}`;
      // An environment written on this site points there; one from `defaults` (or the implicit
      // default) points at the site's `site:` line, which is what the reader has to change.
      const own = base.every((p, k) => env.path[k] === p);
      const where = own ? env.path : siteKey;
      const first = seen.get(id);
      if (first !== undefined) {
        this.at(
          where,
          `duplicate site "${name}" in environment "${env.value}" (first at line ${first}); each site and environment may appear once`,
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
        line,
      });
    }
  }
}

type At = (path: Path, message: string) => void;

function mergeLayers(d: Layer, s: Layer): Layer {
  const out: Layer = {
    inputs: new Map([...d.inputs, ...s.inputs]),
    secrets: new Map([...d.secrets, ...s.secrets]),
  };
  // A site that names a key one way overrides the default that names it the other way.
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

/** The same checks the actions would make at run time, now, with a line to point at. */
function checkInputs(site: string, store: string, merged: Layer, at: At, storePath: Path, memo: CheckMemo): boolean {
  const values: Record<string, string> = { store };
  for (const [k, v] of merged.inputs) values[k] = v.value;
  const pathOf = (input: string) => (input === 'store' ? storePath : (merged.inputs.get(input)?.path ?? storePath));
  let ok = true;
  const run = (check: string, fn: (src: InputSource) => unknown) => {
    const e = memoCheck(memo, check, values, fn);
    if (e) {
      at(pathOf(e.input), `site "${site}": ${e.message}`);
      ok = false;
    }
  };
  // The cwd only resolves plain paths, which are checked here and emitted as written.
  run('store', (src) => parseStore(src, '/'));
  run('components', (src) => parseComponents(src));
  for (const name of ['max-age', 'timeout'] as InputName[])
    if (values[name] !== undefined) run(name, (src) => parseDurationInput(src, name));
  return ok;
}

/** A check's verdict, and the input values it read to reach it. */
interface CheckRun {
  reads: [InputName, string | undefined][];
  error?: ConfigError;
}
/** Verdicts by check; at most MEMO_RUNS each, so a fleet of all-different stores stays linear. */
type CheckMemo = Map<string, CheckRun[]>;
const MEMO_RUNS = 16;

/**
 * Runs a check, or gives the verdict it gave for the same values of every input it read: a
 * check reads its inputs only through `src`, so the same reads mean the same verdict. Sites that
 * share a store and its settings (most fleets) have the store parsed once, not once per site.
 */
function memoCheck(memo: CheckMemo, check: string, values: Record<string, string>, fn: (src: InputSource) => unknown) {
  const plain = mapSource(values);
  const runs = memo.get(check) ?? [];
  const known = runs.find((r) => r.reads.every(([name, v]) => plain.get(name) === v));
  if (known) return known.error;
  const reads: CheckRun['reads'] = [];
  const src: InputSource = {
    get(name) {
      const v = plain.get(name);
      reads.push([name, v]);
      return v;
    },
  };
  let error: ConfigError | undefined;
  try {
    fn(src);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    error = e;
  }
  if (runs.length < MEMO_RUNS) memo.set(check, [...runs, { reads, ...(error ? { error } : {}) }]);
  return error;
}

/**
 * Where a path of the plain data stands in the file: the node it names (aliases followed, as the
 * data followed them), or the deepest node of it that exists (a missing key points at its map).
 */
function offsetAt(doc: Document, path: Path): number {
  const resolve = (n: unknown): YamlNode | undefined =>
    isAlias(n) ? (n.resolve(doc) as YamlNode | undefined) : ((n ?? undefined) as YamlNode | undefined);
  const start = (n: YamlNode | undefined) => n?.range?.[0] ?? 0;
  let node = resolve(doc.contents);
  let key: YamlNode | undefined;
  for (const seg of path) {
    if (seg === KEY) return start(key ?? node);
    if (isMap(node)) {
      const pair = node.items.find((p) => String((resolve(p.key) as { value?: unknown } | undefined)?.value) === String(seg));
      if (!pair) return start(node);
      key = resolve(pair.key);
      // `key:` with no value (no node, or an empty one at the end of the line): point at the key.
      const value = resolve(pair.value);
      node = value && value.range && value.range[1] > value.range[0] ? value : key;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      key = undefined;
      node = resolve(node.items[seg]);
    } else return start(node);
  }
  return start(node);
}
