// Every secret the run learns is registered here as well as with core.setSecret, because the
// runner masks only its own log: status records, issue bodies and manifests need this too.
// SECURITY.md states the rule: which inputs and environment variables count as secrets, and
// which patterns are redacted even when we never saw the value.

const secrets = new Set<string>();

/** Base64 as `base64` (76 columns) and PEM/openssl (64) wrap it: each full line, and the last. */
function wrappedLines(b64: string): string[] {
  const out: string[] = [];
  for (const width of [76, 64]) {
    if (b64.length <= width) continue;
    for (let i = 0; i < b64.length; i += width) {
      const line = b64.slice(i, i + width);
      if (line.length >= 8) out.push(line, line.replace(/=+$/, ''));
    }
  }
  return out;
}

/** JSON string contents as JSON.stringify writes them, with `\/` (PHP's json_encode) and with non-ASCII as `\uXXXX`. */
function jsonForms(v: string): string[] {
  const plain = JSON.stringify(v).slice(1, -1);
  const ascii = plain.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [plain, plain.replace(/\//g, '\\/'), ascii, ascii.replace(/\//g, '\\/')];
}

/**
 * The forms a secret is written in by tools we cannot see into: raw, base64 (padded, unpadded,
 * URL-safe, and line by line as wrapped at 76 or 64 columns: our log takes a program's output a
 * line at a time), URL-encoded, and as a JSON string.
 */
function forms(v: string): string[] {
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

export function addSecret(value: string | undefined): void {
  if (!value) return;
  const v = value.trim();
  // Very short values would redact ordinary words all over the log.
  if (v.length >= 4) for (const f of forms(v)) secrets.add(f);
  for (const line of v.split(/\r?\n/)) if (line.trim().length >= 8) for (const f of forms(line.trim())) secrets.add(f);
}

/**
 * Environment variable names that hold secrets. A name counts when it contains one of these
 * words and does not end in a suffix that names a reference to a secret rather than the secret.
 */
export const SECRET_NAME_RE = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|PASS|KEY|CREDENTIAL|AUTH|PRIVATE|_PWD$/i;
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

export function isSecretName(name: string): boolean {
  return SECRET_NAME_RE.test(name) && !NOT_SECRET_SUFFIX_RE.test(name);
}

/**
 * The secret values of an environment: variables named like secrets, and the password of any
 * variable whose value is a credential URL (DATABASE_URL=postgres://u:p@h/db).
 */
export function secretsInEnv(env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    const v = value.trim();
    if (CLIENT_PASSWORD_NAMES.has(name.toUpperCase())) out.push(value);
    else if (isSecretName(name) && v.length >= MIN_ENV_SECRET && !/^(true|false|yes|no|none|null)$/i.test(v)) out.push(value);
    const m = URL_PASSWORD_RE.exec(v);
    if (m) {
      out.push(m[1]!);
      try {
        out.push(decodeURIComponent(m[1]!));
      } catch {
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
const CLOSER_OF: Record<string, string> = {
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
function unclosed(text: string, depth = new Map<string, number>()): Map<string, number> {
  for (const c of text) {
    if (OPENERS.has(c)) depth.set(c, (depth.get(c) ?? 0) + 1);
    else if (CLOSER_OF[c]) depth.set(CLOSER_OF[c]!, Math.max(0, (depth.get(CLOSER_OF[c]!) ?? 0) - 1));
    else if (c === '`') depth.set('`', 1 - (depth.get('`') ?? 0));
  }
  return depth;
}

/** The bracket kind a closing character closes (a backtick closes a backtick); undefined for others. */
const closes = (c: string): string | undefined => (c === '`' ? '`' : CLOSER_OF[c]);

/**
 * Whether the line's open brackets explain all of `suffix`: it starts with a closer of one, each
 * closer in it closes one more, and the rest is sentence punctuation.
 */
function textOwns(suffix: string, open: Map<string, number>): boolean {
  if (!closes(suffix[0]!)) return false;
  const left = new Map(open);
  for (const c of suffix) {
    const kind = closes(c);
    if (!kind) continue;
    const n = left.get(kind) ?? 0;
    if (n === 0) return false;
    left.set(kind, n - 1);
  }
  return true;
}

/** How many of value's characters are the secret, given its line up to it (label included). */
function secretLength(line: string, value: string, label: string): number {
  let tailStart = value.length;
  while (tailStart > 0 && TAIL_CHARS.has(value[tailStart - 1]!)) tailStart--;
  // The value's own open brackets take the first closers of its tail: `(password: f(x))` keeps "f(x)".
  const own = unclosed(value.slice(0, tailStart));
  let first = tailStart;
  for (; first < value.length; first++) {
    const kind = closes(value[first]!);
    if (!kind) continue;
    if (!own.get(kind)) break;
    own.set(kind, own.get(kind)! - 1);
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
    while (t > tailStart && !TOKEN_CHAR_RE.test(value[t - 1]!)) t--;
    end = Math.min(end, t);
  }
  return end;
}

/** Masks the value after its label, up to where it ends (see secretLength). */
function maskValue(label: string, value: string, offset: number, text: string): string {
  const n = secretLength(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset) + label, value, label);
  // All of it the text's punctuation: nothing secret stands there.
  if (n === 0) return label + value;
  return `${label}***${value.slice(n)}`;
}
/** In PATTERNS: group 1 is the label, kept; group 2 the value, masked by maskValue. */
const VALUE = Symbol('value');

// Values that are secret by where they stand, even when we never saw them (a user's command can
// read a password from a file and print it with `set -x`). Each keeps its label and loses the value.
const PATTERNS: [RegExp, string | typeof VALUE][] = [
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
export function redact(text: string): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  for (const [re, to] of PATTERNS) {
    out =
      to === VALUE
        ? out.replace(re, (_m, label: string, value: string, offset: number, all: string) => maskValue(label, value, offset, all))
        : out.replace(re, to);
  }
  return out;
}

export function clearSecretsForTests(): void {
  secrets.clear();
}
