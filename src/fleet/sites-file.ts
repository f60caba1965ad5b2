// The fleet's sites file: which sites to back up, where, and which secrets each one needs.
// Pure: text in, targets (or every problem, each with its line) out. Reading the file is the
// caller's job, so the same parser serves the CLI, the matrix action and the tests.
//
// Secrets are named by REFERENCE only: `secrets: { ssh-key: ACME_SSH_KEY }` says "the input
// ssh-key takes the repository secret ACME_SSH_KEY". The file lives in the repository and its
// contents reach the matrix JSON, which every job log prints, so a value here would be a leak.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { parseComponents, parseDurationInput, parseStore, PLATFORMS, type PlatformName } from '../config/common.js';
import { ConfigError } from '../config/errors.js';
import { INPUTS, type InputName, type InputSpec } from '../config/inputs.js';
import { mapSource } from '../config/source.js';
import { SITE_RE } from '../model/backup-id.js';

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
  if (v.length >= 16 && !/\s/.test(v) && shannonBits(v) >= 3.5 && /[0-9]/.test(v) && /[A-Za-z]/.test(v) && !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(v)) {
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
  const up = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const name = [site ? up(site) : '', up(key)].filter(Boolean).join('_');
  return /^[0-9]/.test(name) ? `S_${name}` : name || 'SITE_SECRET';
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

function didYouMean(word: string, options: Iterable<string>): string {
  let best: string | undefined;
  let bestD = 3;
  for (const o of options) {
    const dist = editDistance(word, o);
    if (dist < bestD) {
      best = o;
      bestD = dist;
    }
  }
  return best ? ` (did you mean \`${best}\`?)` : '';
}

interface Layer {
  platform?: { value: string; node: YamlNode };
  environments?: { value: string; node: YamlNode }[];
  store?: { value: string; node: YamlNode };
  inputs: Map<string, { value: string; node: YamlNode }>;
  secrets: Map<string, { value: string; node: YamlNode }>;
}

/** Parses and validates a sites file. Throws SitesFileError listing every problem with its line. */
export function parseSitesFile(text: string, file = 'sites.yml'): FleetTarget[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: SitesFileProblem[] = [];
  const at = (node: YamlNode | Pair | undefined | null, message: string) => {
    const off = nodeOffset(node);
    const pos = lineCounter.linePos(off);
    problems.push({ line: pos.line, column: pos.col, message });
  };
  for (const e of doc.errors) {
    // Only the first line of the parser's message: later lines quote the source, which could be
    // the very secret that should not have been written here.
    const pos = lineCounter.linePos(e.pos[0]);
    problems.push({ line: pos.line, column: pos.col, message: `YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` });
  }
  if (problems.length) throw new SitesFileError(file, problems);

  const root = resolve(doc, doc.contents);
  let sitesNode: YamlNode | undefined;
  let defaults: Layer = { inputs: new Map(), secrets: new Map() };
  const inputNames = fleetInputNames();

  if (isSeq(root)) {
    // A bare list of sites is the smallest useful file.
    sitesNode = root;
  } else if (isMap(root)) {
    for (const pair of root.items) {
      const key = scalarKey(pair);
      if (key === 'sites') sitesNode = resolve(doc, pair.value as YamlNode);
      else if (key === 'defaults') {
        const d = resolve(doc, pair.value as YamlNode);
        if (!isMap(d)) at(pair.value as YamlNode, '`defaults` must be a mapping of platform, environment(s), store, inputs and secrets');
        else defaults = readLayer(doc, d, DEFAULT_KEYS, undefined, inputNames, at);
      } else at(pair.key as YamlNode, `unknown top-level key \`${key}\`${didYouMean(key ?? '', TOP_KEYS)}; the file has \`sites:\` and optionally \`defaults:\``);
    }
    if (!sitesNode) at(root, 'no `sites:` list');
  } else {
    at(root, 'the sites file must be a mapping with a `sites:` list (or a bare list of sites)');
  }

  const targets: FleetTarget[] = [];
  if (sitesNode && !isSeq(sitesNode)) at(sitesNode, '`sites` must be a list (each item starts with `- site: name`)');
  else if (sitesNode && isSeq(sitesNode)) {
    if (sitesNode.items.length === 0) at(sitesNode, '`sites` is empty');
    const seen = new Map<string, number>();
    for (const item of sitesNode.items) {
      const node = resolve(doc, item as YamlNode);
      if (!isMap(node)) {
        at(node, 'each site must be a mapping such as `- site: acme-shop`');
        continue;
      }
      const siteNode = node.items.find((p) => scalarKey(p) === 'site');
      const siteName = siteNode ? scalarString(doc, siteNode.value as YamlNode) : undefined;
      const layer = readLayer(doc, node, SITE_KEYS, siteName, inputNames, at);
      if (!siteNode) {
        at(node, 'a site needs `site: <name>`');
        continue;
      }
      if (siteName === undefined) {
        at(siteNode.value as YamlNode, '`site` must be a name such as `acme-shop`');
        continue;
      }
      if (!SITE_RE.test(siteName) || siteName.length > 100) {
        at(siteNode.value as YamlNode, `bad site name "${siteName.slice(0, 100)}": use lower case letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit (no \`/\`, \`..\`, spaces or capitals)`);
        continue;
      }
      const merged = mergeLayers(defaults, layer);
      const platform = merged.platform?.value ?? (INPUTS.platform.default as string);
      if (!(PLATFORMS as readonly string[]).includes(platform)) {
        at(merged.platform?.node ?? node, `unknown platform "${platform}" for site "${siteName}"${didYouMean(platform, PLATFORMS)}; use one of: ${PLATFORMS.join(', ')}`);
        continue;
      }
      const store = merged.store?.value ?? (INPUTS.store.default as string);
      if (!checkInputs(siteName, store, merged, at, merged.store?.node ?? node)) continue;
      const envs = merged.environments ?? [{ value: INPUTS.environment.default as string, node }];
      for (const env of envs) {
        if (!ENV_RE.test(env.value) || env.value.length > 100 || env.value.includes('..')) {
          at(env.node, `bad environment name "${env.value.slice(0, 100)}" for site "${siteName}": use letters, digits, \`.\`, \`_\` and \`-\`, without \`/\` or \`..\``);
          continue;
        }
        const id = `${siteName}/${env.value}`;
        // An environment written on this site points there; one from `defaults` (or the implicit
        // default) points at the site's `site:` line, which is what the reader has to change.
        const off = nodeOffset(env.node);
        const own = env.node !== node && node.range !== undefined && node.range !== null && off >= node.range[0] && off < node.range[2];
        const where = own ? env.node : siteNode;
        const line = lineCounter.linePos(nodeOffset(where)).line;
        const first = seen.get(id);
        if (first !== undefined) {
          at(where, `duplicate site "${siteName}" in environment "${env.value}" (first at line ${first}); each site and environment may appear once`);
          continue;
        }
        seen.set(id, line);
        targets.push({
          id,
          site: siteName,
          environment: env.value,
          platform: platform as PlatformName,
          store,
          inputs: Object.fromEntries([...merged.inputs].map(([k, v]) => [k, v.value])),
          secrets: Object.fromEntries([...merged.secrets].map(([k, v]) => [k, v.value])),
          line: lineCounter.linePos(nodeOffset(siteNode)).line,
        });
      }
    }
  }
  if (problems.length) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new SitesFileError(file, problems);
  }
  return targets;
}

type At = (node: YamlNode | Pair | undefined | null, message: string) => void;

function readLayer(doc: Document, map: YamlNode, allowed: readonly string[], site: string | undefined, inputNames: Map<string, InputSpec>, at: At): Layer {
  const layer: Layer = { inputs: new Map(), secrets: new Map() };
  if (!isMap(map)) return layer;
  const where = site ? ` of site "${site}"` : ' in `defaults`';
  for (const pair of map.items) {
    const key = scalarKey(pair);
    const value = resolve(doc, pair.value as YamlNode);
    if (key === undefined || !allowed.includes(key)) {
      const hint = key && inputNames.has(key) ? ` (\`${key}\` is an input: put it under \`inputs:\`${inputNames.get(key)!.secret ? ', or by name under `secrets:`' : ''})` : didYouMean(key ?? '', allowed);
      at(pair.key as YamlNode, `unknown key \`${key ?? '?'}\`${where}${hint}; allowed: ${allowed.join(', ')}`);
      continue;
    }
    switch (key) {
      case 'site':
        break;
      case 'platform':
      case 'store': {
        const v = scalarString(doc, value);
        if (v === undefined) at(value ?? pair, `\`${key}\`${where} must be a single value`);
        else layer[key] = { value: v, node: value! };
        break;
      }
      case 'environment': {
        if (map.items.some((p) => scalarKey(p) === 'environments')) {
          at(pair.key as YamlNode, `give either \`environment\` or \`environments\`${where}, not both`);
          break;
        }
        const v = scalarString(doc, value);
        if (v === undefined) at(value ?? pair, `\`environment\`${where} must be one name; use \`environments: [a, b]\` for several`);
        else layer.environments = [{ value: v, node: value! }];
        break;
      }
      case 'environments': {
        const list = isSeq(value) ? value.items.map((i) => resolve(doc, i as YamlNode)) : [value];
        const envs: { value: string; node: YamlNode }[] = [];
        for (const n of list) {
          const v = scalarString(doc, n);
          if (v === undefined) at(n ?? pair, `\`environments\`${where} must be a list of names`);
          else envs.push({ value: v, node: n! });
        }
        if (envs.length === 0 && list.length === 0) at(value ?? pair, `\`environments\`${where} is empty`);
        layer.environments = envs;
        break;
      }
      case 'inputs':
      case 'secrets': {
        if (!isMap(value)) {
          at(value ?? pair, `\`${key}\`${where} must be a mapping of input names to ${key === 'secrets' ? 'secret NAMES' : 'values'}`);
          break;
        }
        for (const p of value.items) {
          const k = scalarKey(p);
          const vNode = resolve(doc, p.value as YamlNode);
          if (key === 'inputs') readInput(doc, k, p, vNode, site, where, inputNames, layer, at);
          else readSecret(doc, k, p, vNode, site, where, inputNames, layer, at);
        }
        break;
      }
    }
  }
  for (const k of layer.inputs.keys()) {
    if (layer.secrets.has(k)) at(layer.secrets.get(k)!.node, `\`${k}\`${where} is under both \`inputs\` and \`secrets\`; keep one`);
  }
  return layer;
}

function readInput(doc: Document, k: string | undefined, p: Pair, vNode: YamlNode | undefined, site: string | undefined, where: string, inputNames: Map<string, InputSpec>, layer: Layer, at: At): void {
  if (k === undefined || !inputNames.has(k)) {
    const own = k && RESERVED_INPUTS.has(k) ? ` (\`${k}\` has its own key on the site, or comes from the workflow)` : didYouMean(k ?? '', inputNames.keys());
    at(p.key as YamlNode, `unknown input \`${k ?? '?'}\`${where}${own}; inputs are those of the backup and prune actions`);
    return;
  }
  const spec = inputNames.get(k)!;
  const v = scalarString(doc, vNode);
  if (v === undefined) {
    at(vNode ?? p, `input \`${k}\`${where} must be a single value`);
    return;
  }
  if (spec.secret) {
    at(vNode ?? p, `input \`${k}\`${where} is a secret: never write its value here; put the NAME of a repository secret under \`secrets:\`, e.g. \`${k}: ${suggestSecretName(site, k)}\``);
    return;
  }
  const kind = knownSecretKind(v);
  if (kind) {
    at(vNode ?? p, `input \`${k}\`${where} looks like ${kind}, a secret given by value: store it as a repository secret and name it under \`secrets:\`, e.g. \`${k}: ${suggestSecretName(site, k)}\``);
    return;
  }
  layer.inputs.set(k, { value: v, node: vNode! });
}

function readSecret(doc: Document, k: string | undefined, p: Pair, vNode: YamlNode | undefined, site: string | undefined, where: string, inputNames: Map<string, InputSpec>, layer: Layer, at: At): void {
  const raw = isScalar(vNode) ? vNode.value : undefined;
  const label = k ?? '?';
  // A value pasted in is the worst mistake here, so it is reported first, whatever the key.
  const kind = typeof raw === 'string' ? secretValueKind(raw) : undefined;
  if (kind) {
    at(vNode!, `secret \`${label}\`${where} is given by value (it looks like ${kind}): never write secret values in the sites file. Store it as a repository secret and write its NAME here, e.g. \`${label}: ${suggestSecretName(site, label)}\``);
    return;
  }
  // A secret feeds an input of the actions (ssh-key) or an environment variable that a
  // platform CLI reads (PLATFORMSH_CLI_TOKEN); anything else is a typo.
  if (k === undefined || (!inputNames.has(k) && !ENV_NAME_RE.test(k))) {
    at(p.key as YamlNode, `\`secrets\` key \`${label}\`${where} is neither an input of the backup and prune actions nor an environment variable name (A-Z, 0-9, _)${didYouMean(label, inputNames.keys())}`);
    return;
  }
  if (typeof raw !== 'string') {
    const what = raw === undefined || raw === null ? 'empty or not a single value' : `a ${typeof raw}`;
    at(vNode ?? p, `secret \`${k}\`${where} is ${what}; write the NAME of a repository secret, e.g. \`${k}: ${suggestSecretName(site, k)}\``);
    return;
  }
  if (!SECRET_NAME_RE.test(raw)) {
    const hint = /^[A-Za-z_][A-Za-z0-9_]*$/.test(raw) ? `; secret names are upper case, e.g. \`${raw.toUpperCase()}\`` : `, e.g. \`${suggestSecretName(site, k)}\``;
    at(vNode!, `secret \`${k}\`${where} must be the NAME of a repository secret (A-Z, 0-9 and _, not starting with a digit), not a value${hint}`);
    return;
  }
  if (raw.startsWith('GITHUB_')) {
    at(vNode!, `secret \`${k}\`${where}: names starting with GITHUB_ are reserved by GitHub and cannot be repository secrets`);
    return;
  }
  layer.secrets.set(k, { value: raw, node: vNode! });
}

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
function checkInputs(site: string, store: string, merged: Layer, at: At, storeNode: YamlNode): boolean {
  const values: Record<string, string> = { store };
  for (const [k, v] of merged.inputs) values[k] = v.value;
  const src = mapSource(values);
  const nodeOf = (input: string) => (input === 'store' ? storeNode : (merged.inputs.get(input)?.node ?? storeNode));
  let ok = true;
  const check = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      at(nodeOf(e.input), `site "${site}": ${e.message}`);
      ok = false;
    }
  };
  // The cwd only resolves plain paths, which are checked here and emitted as written.
  check(() => parseStore(src, '/'));
  check(() => parseComponents(src));
  for (const name of ['max-age', 'timeout'] as InputName[]) if (values[name] !== undefined) check(() => parseDurationInput(src, name));
  return ok;
}

function resolve(doc: Document, node: YamlNode | null | undefined): YamlNode | undefined {
  if (!node) return undefined;
  return isAlias(node) ? (node.resolve(doc) as YamlNode | undefined) : node;
}

function scalarKey(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value);
  return undefined;
}

/** Strings, numbers and booleans, as an input would receive them; undefined for anything else. */
function scalarString(doc: Document, node: YamlNode | undefined): string | undefined {
  const n = resolve(doc, node);
  if (!isScalar(n)) return undefined;
  const v = n.value;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function nodeOffset(node: YamlNode | Pair | undefined | null): number {
  if (!node) return 0;
  if ('range' in node && Array.isArray(node.range)) return node.range[0];
  const k = (node as Pair).key as YamlNode | null;
  if (k && 'range' in k && Array.isArray(k.range)) return k.range[0];
  return 0;
}
