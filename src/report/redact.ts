// Every secret the run learns is registered here as well as with core.setSecret, because the
// runner masks only its own log: status records, issue bodies and manifests need this too.
// SECURITY.md states the rule: which inputs and environment variables count as secrets, and
// which patterns are redacted even when we never saw the value.

const secrets = new Set<string>();

/** The forms a secret is written in by tools we cannot see into: raw, base64 and URL-encoded. */
function forms(v: string): string[] {
  const b64 = Buffer.from(v).toString('base64');
  return [v, b64, b64.replace(/=+$/, ''), Buffer.from(v).toString('base64url'), encodeURIComponent(v), encodeURIComponent(v).replace(/%20/g, '+')];
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
export const SECRET_NAME_RE = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|PASS|KEY|CREDENTIAL|AUTH|PRIVATE/i;
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
    if (isSecretName(name) && v.length >= MIN_ENV_SECRET && !/^(true|false|yes|no|none|null)$/i.test(v)) out.push(value);
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

// Values that are secret by where they stand, even when we never saw them (a user's command can
// read a password from a file and print it with `set -x`). Each keeps its label and loses the value.
const PATTERNS: [RegExp, string][] = [
  // scheme://user:password@host
  [/([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, '$1***@'],
  // Authorization: Bearer x / Basic x / token x
  [/\b(authorization:?\s*["']?\s*(?:bearer|basic|token)\s+)[^\s"']+/gi, '$1***'],
  [/\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, '$1***'],
  // NAME=value, NAME: value, "name": "value", --password value, for names like secrets
  [
    /(\b[A-Za-z0-9_.-]*(?:token|secret|password|passwd|passphrase|pass|api[_-]?key|access[_-]?key|private[_-]?key|credential)s?["']?\s*(?:=|:)\s*["']?)([^\s"',;&]+)/gi,
    '$1***',
  ],
  [/((?:^|\s)--?(?:password|passwd|pass|token|secret|api-key|access-key)(?:=|\s+)["']?)([^\s"']+)/gi, '$1***'],
  // mysql/mariadb `-psecret`, as `set -x` prints it ('-phunter2' or -p"hunter2")
  [/((?:^|[\s'"])-p)(?=[^\s-])(?:"[^"]*"|'[^']*'|[^\s'"]+)/g, '$1***'],
];

/** Registered secrets (every form) and secret-looking values become `***`. */
export function redact(text: string): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  for (const [re, to] of PATTERNS) out = out.replace(re, to);
  return out;
}

export function clearSecretsForTests(): void {
  secrets.clear();
}
