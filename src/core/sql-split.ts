// `restore --table`: one table's statements out of a plain SQL dump, as a file to load by hand.
// The dump is split into statements by a scanner that knows each dialect's quoting (strings,
// quoted names, comments, dollar quotes, COPY data), so text that looks like SQL inside a value
// (a row holding `CREATE TABLE x`) never starts a statement. Each statement is then attributed to
// a table by its leading words only.

export type Dialect = 'mysql' | 'postgres';

interface Stmt {
  text: string;
  /** The statement's words, without leading comments (MySQL's `/*!NNNNN … *\/` unwrapped). */
  head: string;
}

/** The dump's dialect from its first lines, or why it cannot be split. */
export function detectDialect(head: Buffer, name: string): Dialect {
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') {
    throw new Error(
      `${name} is a PostgreSQL custom-format dump, which this cannot split: use \`pg_restore -t <table> -f <table>.sql ${name}\``,
    );
  }
  const text = head.subarray(0, 4096).toString('utf8');
  if (/^-- PostgreSQL database dump/m.test(text)) return 'postgres';
  if (/^-- (MySQL|MariaDB) dump/m.test(text)) return 'mysql';
  throw new Error(
    `${name} is not a plain mysqldump/mariadb-dump or pg_dump file (its first lines do not say which), so it cannot be split safely: restore the file with --path and load it into a scratch database`,
  );
}

/** End of a quoted run starting at `i` (the opening quote), past the closing one. */
function skipQuoted(s: string, i: number, q: string, backslash: boolean): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j];
    if (backslash && c === '\\') j++;
    else if (c === q) {
      if (s[j + 1] === q) j++;
      else return j + 1;
    }
  }
  return s.length;
}

/** Where the token at `i` ends if it is a quote, comment or dollar quote; undefined otherwise. */
function skipToken(s: string, i: number, d: Dialect): number | undefined {
  const c = s[i]!;
  if (c === "'") return skipQuoted(s, i, "'", d === 'mysql' || /[eE]/.test(s[i - 1] ?? ''));
  if (c === '"') return skipQuoted(s, i, '"', d === 'mysql');
  if (c === '`' && d === 'mysql') return skipQuoted(s, i, '`', false);
  if (c === '-' && s[i + 1] === '-') {
    const nl = s.indexOf('\n', i);
    return nl < 0 ? s.length : nl + 1;
  }
  if (c === '/' && s[i + 1] === '*') {
    const end = s.indexOf('*/', i + 2);
    return end < 0 ? s.length : end + 2;
  }
  if (c === '$' && d === 'postgres') {
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(s.slice(i, i + 64));
    if (m) {
      const end = s.indexOf(m[0], i + m[0].length);
      return end < 0 ? s.length : end + m[0].length;
    }
  }
  return undefined;
}

function headOf(text: string): string {
  let h = text.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*(?!!)[\s\S]*?\*\/)*/, '');
  const cond = /^\/\*!\d*\s*([\s\S]*?)\s*\*\/\s*;?$/.exec(h);
  if (cond) h = cond[1]!;
  return h;
}

/** The dump's statements in order; a COPY statement carries its data lines and `\.`. */
function* statements(s: string, d: Dialect): Generator<Stmt> {
  let start = 0;
  let i = 0;
  while (i < s.length) {
    if (d === 'mysql' && (i === 0 || s[i - 1] === '\n') && s.startsWith('DELIMITER ', i)) {
      // Triggers and routines: everything up to the delimiter's reset is one block.
      const end = s.indexOf('\nDELIMITER ;', i);
      i = end < 0 ? s.length : s.indexOf('\n', end + 1) < 0 ? s.length : s.indexOf('\n', end + 1) + 1;
      const text = s.slice(start, i);
      yield { text, head: headOf(text) };
      start = i;
      continue;
    }
    if (d === 'postgres' && s[i] === '\\' && (i === 0 || s[i - 1] === '\n')) {
      // A psql meta-command (pg_dump 15.14+ writes \restrict and \unrestrict): dropped, it is no SQL.
      const nl = s.indexOf('\n', i);
      const before = s.slice(start, i);
      i = nl < 0 ? s.length : nl + 1;
      if (!headOf(before).trim()) start = i;
      continue;
    }
    const skip = skipToken(s, i, d);
    if (skip !== undefined) {
      i = skip;
      continue;
    }
    if (s[i] !== ';') {
      i++;
      continue;
    }
    i++;
    let text = s.slice(start, i);
    const head = headOf(text);
    if (d === 'postgres' && /^COPY\b[\s\S]*\bFROM\s+stdin$/i.test(head.replace(/;$/, ''))) {
      const end = s.indexOf('\n\\.\n', i - 1);
      const stop = end < 0 ? s.length : end + 4;
      text = s.slice(start, stop);
      i = stop;
    }
    yield { text, head };
    start = i;
  }
  if (s.slice(start).trim()) yield { text: s.slice(start), head: headOf(s.slice(start)) };
}

/** A possibly qualified name at the start of `s`: its parts, unquoted. */
function nameAt(s: string, d: Dialect): string[] | undefined {
  const parts: string[] = [];
  let i = 0;
  for (;;) {
    const q = s[i];
    if (q === '"' || (q === '`' && d === 'mysql')) {
      const end = skipQuoted(s, i, q, false);
      parts.push(
        s
          .slice(i + 1, end - 1)
          .split(q + q)
          .join(q),
      );
      i = end;
    } else {
      const m = /^[A-Za-z0-9_$]+/.exec(s.slice(i));
      if (!m) return parts.length ? parts : undefined;
      parts.push(m[0]);
      i += m[0].length;
    }
    if (s[i] !== '.') return parts;
    i++;
  }
}

const TABLE_LEADS: RegExp[] = [
  /^CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?/i,
  /^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?/i,
  /^ALTER\s+TABLE\s+(?:ONLY\s+)?/i,
  /^INSERT\s+(?:IGNORE\s+)?INTO\s+/i,
  /^REPLACE\s+INTO\s+/i,
  /^LOCK\s+TABLES\s+/i,
  /^COPY\s+/i,
  /^COMMENT\s+ON\s+(?:TABLE|COLUMN)\s+/i,
  /^CREATE\s+(?:UNIQUE\s+)?INDEX\s+[\s\S]*?\bON\s+(?:ONLY\s+)?/i,
  /^CREATE\s+TRIGGER\s+[\s\S]*?\bON\s+/i,
];

/** The table a statement is about, by its leading words; undefined for anything else. */
function tableOf(head: string, d: Dialect): string[] | undefined {
  for (const re of TABLE_LEADS) {
    const m = re.exec(head);
    if (!m) continue;
    const parts = nameAt(head.slice(m[0].length), d);
    // COMMENT ON COLUMN s.t.c: the table is all but the last part.
    if (parts && /^COMMENT\s+ON\s+COLUMN/i.test(head)) return parts.slice(0, -1);
    return parts;
  }
  return undefined;
}

function sameTable(parts: string[] | undefined, wanted: string): boolean {
  return parts !== undefined && (parts[parts.length - 1] === wanted || parts.join('.') === wanted);
}

/** Sequences a table owns (`ALTER SEQUENCE s OWNED BY t.c`), by their qualified names. */
function ownedSequences(all: Stmt[], wanted: string): Set<string> {
  const out = new Set<string>();
  for (const st of all) {
    const m = /^ALTER\s+SEQUENCE\s+/i.exec(st.head);
    if (!m) continue;
    const seq = nameAt(st.head.slice(m[0].length), 'postgres');
    const by = /\bOWNED\s+BY\s+/i.exec(st.head);
    if (seq && by && sameTable(nameAt(st.head.slice(by.index + by[0].length), 'postgres')?.slice(0, -1), wanted)) out.add(seq.join('.'));
  }
  return out;
}

/** A PostgreSQL statement about a sequence the table owns (its creation, its current value). */
function isOwnedSequence(head: string, owned: Set<string>): boolean {
  const m = /^(?:CREATE|ALTER)\s+SEQUENCE\s+(?:IF\s+NOT\s+EXISTS\s+)?/i.exec(head);
  if (m) return owned.has(nameAt(head.slice(m[0].length), 'postgres')?.join('.') ?? '');
  const v = /^SELECT\s+pg_catalog\.setval\('([^']+)'/i.exec(head);
  return v !== undefined && v !== null && owned.has(v[1]!.replace(/"/g, ''));
}

const DROPPED = /^(?:GRANT|REVOKE)\b|\bOWNER\s+TO\b/i;

/**
 * The statements of one table: the dump's leading settings, its definition, data, keys, indexes,
 * triggers and (PostgreSQL) owned sequences, in dump order. Ownership and grants are left out:
 * the roles may not exist where it is loaded. Undefined when the dump holds no such table.
 */
export function extractTable(sql: string, d: Dialect, wanted: string): string | undefined {
  const all = [...statements(sql, d)];
  const owned = d === 'postgres' ? ownedSequences(all, wanted) : new Set<string>();
  const out: string[] = [];
  let seenTable = false;
  let current: string[] | undefined;
  let found = false;
  for (const st of all) {
    const t = tableOf(st.head, d);
    if (t) {
      seenTable = true;
      current = t;
    }
    if (!seenTable) {
      if (/^SET\b|^SELECT\s+pg_catalog\.set_config\b/i.test(st.head)) out.push(st.text.trim());
      continue;
    }
    if (DROPPED.test(st.head)) continue;
    // MySQL keeps a table's statements together, so settings and UNLOCK TABLES between them
    // belong to the table before; PostgreSQL orders by kind, so only named statements count.
    const mine = t
      ? sameTable(t, wanted)
      : d === 'mysql'
        ? sameTable(current, wanted) && !/^(?:CREATE|DROP)\b/i.test(st.head)
        : isOwnedSequence(st.head, owned);
    if (mine) {
      out.push(st.text.trim());
      if (t && /^CREATE\s+(?:UNLOGGED\s+)?TABLE/i.test(st.head)) found = true;
    }
  }
  return found ? out.join('\n\n') + '\n' : undefined;
}

/** Every table a dump creates, for the error that names what it holds. */
export function tablesIn(sql: string, d: Dialect): string[] {
  const out: string[] = [];
  for (const st of statements(sql, d)) {
    if (/^CREATE\s+(?:UNLOGGED\s+)?TABLE/i.test(st.head)) {
      const t = tableOf(st.head, d);
      if (t) out.push(t.join('.'));
    }
  }
  return out;
}
