import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/report/redact.ts
var secrets = /* @__PURE__ */ new Set();
function wrappedLines(b64) {
  const out = [];
  for (const width of [76, 64]) {
    if (b64.length <= width) continue;
    for (let i = 0; i < b64.length; i += width) {
      const line = b64.slice(i, i + width);
      if (line.length >= 8) out.push(line, line.replace(/=+$/, ""));
    }
  }
  return out;
}
function jsonForms(v) {
  const plain = JSON.stringify(v).slice(1, -1);
  const ascii = plain.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return [plain, plain.replace(/\//g, "\\/"), ascii, ascii.replace(/\//g, "\\/")];
}
function forms(v) {
  const b64 = Buffer.from(v).toString("base64");
  return [
    v,
    b64,
    b64.replace(/=+$/, ""),
    Buffer.from(v).toString("base64url"),
    ...wrappedLines(b64),
    encodeURIComponent(v),
    encodeURIComponent(v).replace(/%20/g, "+"),
    ...jsonForms(v)
  ];
}
function addSecret(value) {
  if (!value) return;
  const v = value.trim();
  if (v.length >= 4) for (const f of forms(v)) secrets.add(f);
  for (const line of v.split(/\r?\n/)) if (line.trim().length >= 8) for (const f of forms(line.trim())) secrets.add(f);
}
var SECRET_NAME_RE = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|PASS|KEY|CREDENTIAL|AUTH|PRIVATE|_PWD$/i;
var CLIENT_PASSWORD_NAMES = /* @__PURE__ */ new Set(["MYSQL_PWD", "PGPASSWORD"]);
var NOT_SECRET_SUFFIX_RE = /[_-](ID|FILE|PATH|DIR|SOCK|REGION|NAME|USER|USERNAME)$/i;
var URL_PASSWORD_RE = /^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s@/]+)@/i;
var MIN_ENV_SECRET = 6;
function isSecretName(name) {
  return SECRET_NAME_RE.test(name) && !NOT_SECRET_SUFFIX_RE.test(name);
}
function secretsInEnv(env) {
  const out = [];
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    const v = value.trim();
    if (CLIENT_PASSWORD_NAMES.has(name.toUpperCase())) out.push(value);
    else if (isSecretName(name) && v.length >= MIN_ENV_SECRET && !/^(true|false|yes|no|none|null)$/i.test(v)) out.push(value);
    const m = URL_PASSWORD_RE.exec(v);
    if (m) {
      out.push(m[1]);
      try {
        out.push(decodeURIComponent(m[1]));
      } catch {
      }
    }
  }
  return out;
}
var CLOSER_OF = {
  ")": "(",
  "]": "[",
  "}": "{",
  ">": "<",
  "\u201D": "\u201C",
  "\u2019": "\u2018",
  "\xBB": "\xAB"
};
var OPENERS = new Set(Object.values(CLOSER_OF));
var TAIL_CHARS = /* @__PURE__ */ new Set([...Object.keys(CLOSER_OF), "`", ".", ",", ";", ":", "!", "?"]);
var TOKEN_CHAR_RE = /[A-Za-z0-9._~+/=-]/;
var TOKEN_LABEL_RE = /(?:token|api[_-]?key|access[_-]?key|bearer|basic)s?\W*$/i;
function unclosed(text, depth = /* @__PURE__ */ new Map()) {
  for (const c of text) {
    if (OPENERS.has(c)) depth.set(c, (depth.get(c) ?? 0) + 1);
    else if (CLOSER_OF[c]) depth.set(CLOSER_OF[c], Math.max(0, (depth.get(CLOSER_OF[c]) ?? 0) - 1));
    else if (c === "`") depth.set("`", 1 - (depth.get("`") ?? 0));
  }
  return depth;
}
var closes = (c) => c === "`" ? "`" : CLOSER_OF[c];
function textOwns(suffix, open) {
  if (!closes(suffix[0])) return false;
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
function secretLength(line, value, label) {
  let tailStart = value.length;
  while (tailStart > 0 && TAIL_CHARS.has(value[tailStart - 1])) tailStart--;
  const own = unclosed(value.slice(0, tailStart));
  let first = tailStart;
  for (; first < value.length; first++) {
    const kind = closes(value[first]);
    if (!kind) continue;
    if (!own.get(kind)) break;
    own.set(kind, own.get(kind) - 1);
  }
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
    while (t > tailStart && !TOKEN_CHAR_RE.test(value[t - 1])) t--;
    end = Math.min(end, t);
  }
  return end;
}
function maskValue(label, value, offset, text) {
  const n = secretLength(text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset) + label, value, label);
  if (n === 0) return label + value;
  return `${label}***${value.slice(n)}`;
}
var VALUE = /* @__PURE__ */ Symbol("value");
var PATTERNS = [
  // scheme://user:password@host
  [/([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, "$1***@"],
  // Authorization: Bearer x / Basic x / token x
  [/\b(authorization:?\s*["']?\s*(?:bearer|basic|token)\s+)([^\s"']+)/gi, VALUE],
  [/\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, "$1***"],
  // NAME=value, NAME: value, "name": "value", --password value, for names like secrets
  [
    /(\b[A-Za-z0-9_.-]*(?:token|secret|password|passwd|passphrase|pass|[_-]pwd|api[_-]?key|access[_-]?key|private[_-]?key|credential)s?["']?\s*(?:=|:)\s*["']?)([^\s"',;&]+)/gi,
    VALUE
  ],
  [/((?:^|\s)--?(?:password|passwd|pass|token|secret|api-key|access-key)(?:=|\s+)["']?)([^\s"']+)/gi, VALUE],
  // mysql/mariadb `-psecret`, as `set -x` prints it ('-phunter2' or -p"hunter2")
  [/((?:^|[\s'"])-p)(?=[^\s-])("[^"]*"|'[^']*'|[^\s'"]+)/g, VALUE]
];
function redact(text) {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
  for (const [re, to] of PATTERNS) {
    out = to === VALUE ? out.replace(re, (_m, label, value, offset, all) => maskValue(label, value, offset, all)) : out.replace(re, to);
  }
  return out;
}

export {
  addSecret,
  secretsInEnv,
  redact
};
