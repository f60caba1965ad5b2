import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { RunResult } from './exec.js';

// A dump in the store is hostile input: whoever can write the store can write SQL that the
// restoring machine feeds to a command line client. The clients (mariadb/mysql, psql) obey their
// own commands inside that input (`\! sh`, `system`, `\o |cmd`, `\copy … program`, `\c other`),
// and plain SQL can switch to another database (`USE`, `CREATE DATABASE`). This module reads a
// dump the way the client will and refuses it, before anything is loaded, when it holds anything a
// dump made by mysqldump/mariadb-dump or pg_dump of one database never holds.
//
// It works line by line (the clients do too) and decodes as latin1, which maps every byte to one
// character: the syntax it looks at is ASCII, multi-byte characters never split a token it cares
// about, and a guarded copy written back as latin1 is the same bytes.

export type DumpDialect = 'mysql' | 'psql';

export type DumpRefusalCode =
  'client-command' | 'switches-database' | 'creates-database' | 'other-database' | 'file-access' | 'ambiguous-syntax';

/** A dump refused before loading: a code and a line number, never the dump's text. */
export class DumpRefused extends Error {
  override name = 'DumpRefused';
  constructor(
    readonly code: DumpRefusalCode,
    readonly line: number,
    readonly why: string,
  ) {
    super(`line ${line} ${why} (${code})`);
  }
}

const MYSQL_CLIENT_WORDS = new Set([
  'system',
  'source',
  'tee',
  'notee',
  'pager',
  'nopager',
  'connect',
  'charset',
  'edit',
  'ego',
  'go',
  'print',
  'prompt',
  'quit',
  'exit',
  'rehash',
  'status',
  'warnings',
  'nowarning',
  'help',
  'clear',
  'resetconnection',
  'query_attributes',
  'ssl_session_data_print',
]);

const HEAD_MAX = 300;
const IDENT_CONT = /[A-Za-z0-9_$\u0080-\u00ff]/;
const IDENT_START = /[A-Za-z_\u0080-\u00ff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\u00ff][A-Za-z0-9_\u0080-\u00ff]*)?\$/;
/** pg_dump 17.6/16.10/15.14/14.19/13.22 and later open and close a plain dump with these. */
const PG_RESTRICT_LINE = /^\s*\\(un)?restrict\s+[A-Za-z0-9]+\s*$/;

type State = 'N' | 'SQ' | 'ESQ' | 'DQ' | 'BT' | 'BC' | 'DOL' | 'COPY';

/** The name a USE / CREATE DATABASE names, without its quotes. */
function unquote(name: string | undefined): string {
  return (name ?? '').replace(/^[`"']|[`"';]$/g, '');
}

/**
 * Reads a dump one line at a time, as the client will; throws DumpRefused at the first line it
 * refuses. `line()` returns false for a line a loader must leave out (pg_dump's own
 * `\restrict`/`\unrestrict`, which the loader replaces with a key of its own).
 */
export class DumpScanner {
  private state: State = 'N';
  private lineNo = 0;
  private delimiter = ';';
  private head = '';
  private headLine = 0;
  private started = false;
  private tag = '';
  private depth = 0;
  private copyPending = false;
  /** The identifier-ish word being read in N state, for `$` and `E'` (PostgreSQL). */
  private word = '';
  private special = { delimiter: '', re: /$^/g };

  constructor(
    readonly dialect: DumpDialect,
    /** The only database the dump may name in `USE` / `CREATE DATABASE`; usually none. */
    private readonly database?: string,
  ) {}

  get lines(): number {
    return this.lineNo;
  }

  line(text: string): boolean {
    this.lineNo++;
    const s = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (this.state === 'COPY') {
      if (s === '\\.') this.state = 'N';
      return true;
    }
    if (this.dialect === 'psql' && this.state === 'N' && !this.started && PG_RESTRICT_LINE.test(s)) return false;
    if (this.dialect === 'mysql') this.mysqlLine(s);
    else this.psqlLine(s);
    if (this.started) this.add(' ');
    if (this.copyPending) {
      this.copyPending = false;
      this.state = 'COPY';
    }
    return true;
  }

  /** The end of the dump: a statement left without its delimiter is still sent by the client. */
  end(): void {
    if (this.started) this.finish();
  }

  private refuse(code: DumpRefusalCode, why: string, line = this.lineNo): never {
    throw new DumpRefused(code, line, why);
  }

  private add(text: string): void {
    if (!this.started) {
      if (!text.trim()) return;
      this.started = true;
      this.headLine = this.lineNo;
    }
    if (this.head.length < HEAD_MAX) this.head += text;
  }

  /** Skips quoted text from i; returns where it stopped (the line's end if still inside). */
  private quoted(s: string, i: number, quote: string, backslash: boolean): number {
    let j = i;
    let slash = backslash ? s.indexOf('\\', j) : -1;
    for (;;) {
      const end = s.indexOf(quote, j);
      if (slash >= 0 && (end < 0 || slash < end)) {
        j = slash + 2; // the escaped character, whatever it is, stays inside
        slash = s.indexOf('\\', j);
        continue;
      }
      if (end < 0) return s.length;
      if (this.dialect === 'psql' && s[end + 1] === quote) {
        j = end + 2;
        continue;
      }
      this.state = 'N';
      return end + 1;
    }
  }

  private mysqlLine(s: string): void {
    let i = 0;
    while (i < s.length) {
      if (this.state === 'SQ' || this.state === 'DQ' || this.state === 'BT') {
        // The client lets a backslash escape the next character in all three kinds of quotes.
        const j = this.quoted(s, i, this.state === 'SQ' ? "'" : this.state === 'DQ' ? '"' : '`', true);
        if (this.head.length < HEAD_MAX) this.add(s.slice(i, Math.min(j, i + HEAD_MAX)));
        i = j;
        continue;
      }
      if (this.state === 'BC') {
        const j = s.indexOf('*/', i);
        if (j < 0) return;
        this.state = 'N';
        i = j + 2;
        continue;
      }
      i = this.mysqlCode(s, i);
    }
  }

  /** One step in MySQL code outside quotes and comments; returns the next position. */
  private mysqlCode(s: string, i: number): number {
    if (this.started && this.head.length >= HEAD_MAX) {
      // The statement's start is judged; until its end only quotes, comments, backslashes and
      // the delimiter matter (extended INSERTs are megabytes of plain values).
      const next = this.skip(s, i);
      if (next !== i) return next;
    }
    const c = s[i]!;
    if (!this.started && /\S/.test(c) && /^delimiter\s/i.test(s.slice(i, i + 10))) {
      // The client reads `delimiter` only at the start of a line; anywhere else it and we disagree.
      if (s.slice(0, i).trim()) this.refuse('ambiguous-syntax', 'changes the delimiter in the middle of a line');
      const d =
        s
          .slice(i + 9)
          .trim()
          .split(/\s+/)[0] ?? '';
      if (!d || d.includes('\\')) this.refuse('ambiguous-syntax', 'sets an unusual delimiter');
      this.delimiter = d;
      return s.length;
    }
    if (s.startsWith(this.delimiter, i)) {
      if (this.started) this.finish();
      return i + this.delimiter.length;
    }
    if (c === '\\') {
      // `\-` turns the client's sandbox on (mariadb-dump writes it first); `\N` is NULL.
      if (s[i + 1] === '-' || s[i + 1] === 'N') {
        this.add(s.slice(i, i + 2));
        return i + 2;
      }
      this.refuse('client-command', 'holds a client command (a backslash command such as `\\!`)');
    }
    if (c === "'" || c === '"' || c === '`') {
      this.state = c === "'" ? 'SQ' : c === '"' ? 'DQ' : 'BT';
      this.add(c);
      return i + 1;
    }
    if (c === '#' || (c === '-' && s[i + 1] === '-' && (i + 2 >= s.length || /\s/.test(s[i + 2]!)))) return s.length;
    if (c === '/' && s[i + 1] === '*') {
      // `/*!50003 … */` and `/*M!100100 … */` are code the server runs, and so does the client.
      const exec = /^\/\*M?!\d*/.exec(s.slice(i, i + 12));
      if (exec) {
        this.add(' ');
        return i + exec[0].length;
      }
      this.state = 'BC';
      return i + 2;
    }
    if (c === '*' && s[i + 1] === '/') {
      this.add(' ');
      return i + 2;
    }
    this.add(c);
    return i + 1;
  }

  /** The next position from i that may matter in MySQL code, or the line's end. */
  private skip(s: string, i: number): number {
    if (this.special.delimiter !== this.delimiter) {
      const d = this.delimiter.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      this.special = { delimiter: this.delimiter, re: new RegExp(`['"\`\\\\#/*-]|${d}`, 'g') };
    }
    this.special.re.lastIndex = i;
    const m = this.special.re.exec(s);
    return m ? m.index : s.length;
  }

  private psqlLine(s: string): void {
    let i = 0;
    this.word = '';
    while (i < s.length) {
      switch (this.state) {
        case 'SQ':
        case 'ESQ':
        case 'DQ': {
          const j = this.quoted(s, i, this.state === 'DQ' ? '"' : "'", this.state === 'ESQ');
          if (this.head.length < HEAD_MAX) this.add(s.slice(i, Math.min(j, i + HEAD_MAX)));
          i = j;
          break;
        }
        case 'DOL': {
          const j = s.indexOf(`$${this.tag}$`, i);
          if (j < 0) return;
          this.state = 'N';
          i = j + this.tag.length + 2;
          break;
        }
        case 'BC':
          i = this.psqlComment(s, i);
          break;
        default:
          i = this.psqlCode(s, i);
      }
    }
  }

  /** Inside PostgreSQL's nested block comments. */
  private psqlComment(s: string, i: number): number {
    for (let j = i; j < s.length - 1; j++) {
      if (s[j] === '/' && s[j + 1] === '*') {
        this.depth++;
        j++;
      } else if (s[j] === '*' && s[j + 1] === '/') {
        j++;
        if (--this.depth === 0) {
          this.state = 'N';
          return j + 1;
        }
      }
    }
    return s.length;
  }

  /** One step in PostgreSQL code outside quotes and comments; returns the next position. */
  private psqlCode(s: string, i: number): number {
    const c = s[i]!;
    const word = this.word;
    this.word = IDENT_CONT.test(c) && (word || c !== '$') ? word + c : '';
    if (c === '\\')
      this.refuse('client-command', 'holds a psql meta-command (a backslash command such as `\\!`, `\\o`, `\\copy` or `\\c`)');
    if (c === '-' && s[i + 1] === '-') return s.length;
    if (c === '/' && s[i + 1] === '*') {
      this.state = 'BC';
      this.depth = 1;
      return i + 2;
    }
    if (c === ';') {
      if (this.started) this.finish();
      return i + 1;
    }
    if (c === "'") this.state = word === 'e' || word === 'E' ? 'ESQ' : 'SQ';
    else if (c === '"') this.state = 'DQ';
    else if (c === '$') {
      // `$` continues a word that began with a letter (`a$b`); after digits psql versions differ.
      if (word && !IDENT_START.test(word[0]!)) this.refuse('ambiguous-syntax', 'puts `$` right after a number');
      const m = word ? null : DOLLAR_TAG.exec(s.slice(i, i + 70));
      if (m) {
        this.state = 'DOL';
        this.tag = m[1] ?? '';
        this.word = '';
        this.add(' ');
        return i + m[0].length;
      }
    }
    this.add(c);
    return i + 1;
  }

  /** A whole statement has been read: judge it by how it starts. */
  private finish(): void {
    const head = this.head.replace(/\s+/g, ' ').trim().toLowerCase();
    const line = this.headLine;
    this.head = '';
    this.started = false;
    const first = /^[a-z_?]+/.exec(head)?.[0] ?? '';
    if (this.dialect === 'mysql' && MYSQL_CLIENT_WORDS.has(first))
      this.refuse('client-command', `holds the client command \`${first}\``, line);
    if (first === 'use') {
      if (unquote(head.split(' ')[1]) !== this.database?.toLowerCase())
        this.refuse('switches-database', 'switches to another database (`USE`)', line);
      return;
    }
    const db = /^(create|drop|alter) (database|schema) (if (not )?exists )?(\S+)/.exec(head);
    // In PostgreSQL a schema lives inside the database: only CREATE DATABASE reaches outside it.
    if (db && (this.dialect === 'mysql' || db[2] === 'database') && unquote(db[5]) !== this.database?.toLowerCase()) {
      this.refuse(
        db[1] === 'create' ? 'creates-database' : 'other-database',
        `${db[1] === 'create' ? 'creates' : 'changes'} another database (\`${db[1]!.toUpperCase()} DATABASE\`)`,
        line,
      );
    }
    if (this.dialect === 'mysql' && /^load (data|xml)\b/.test(head)) this.refuse('file-access', 'reads a file (`LOAD DATA`)', line);
    if (this.dialect === 'psql' && first === 'copy') {
      if (!/ from stdin\b/.test(head) || /\bprogram\b/.test(head))
        this.refuse(
          'file-access',
          'copies from or to something other than the dump itself (`COPY … FROM stdin` is the only form allowed)',
          line,
        );
      this.copyPending = true;
    }
  }
}

/** Splits a byte stream into lines (latin1) for a scanner; calls `each` for every line. */
class LineSplitter {
  private rest = '';
  constructor(private readonly each: (line: string, eol: boolean) => void) {}
  push(chunk: Buffer | string): void {
    const text = this.rest + (typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      this.each(text.slice(start, nl), true);
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }
  end(): void {
    if (this.rest) this.each(this.rest, false);
    this.rest = '';
  }
}

/** Reads a whole dump; throws DumpRefused at the first line it refuses. Resolves with its line count. */
export async function scanDump(source: AsyncIterable<Buffer | string>, dialect: DumpDialect, database?: string): Promise<number> {
  const scanner = new DumpScanner(dialect, database);
  const split = new LineSplitter((l) => scanner.line(l));
  for await (const chunk of source) split.push(chunk as Buffer);
  split.end();
  scanner.end();
  return scanner.lines;
}

/**
 * The dump as the client should get it: checked again line by line while it streams (a refusal
 * fails the stream), pg_dump's own `\restrict` lines left out, and `prefix` written first.
 */
export function guardedDump(source: Readable, dialect: DumpDialect, database?: string, prefix = ''): Readable {
  const scanner = new DumpScanner(dialect, database);
  let out: string[] = [];
  const split = new LineSplitter((l, eol) => {
    if (scanner.line(l)) out.push(eol ? `${l}\n` : l);
  });
  let first = true;
  const flush = (t: Transform) => {
    if (first && prefix) t.push(Buffer.from(prefix, 'latin1'));
    first = false;
    if (out.length) t.push(Buffer.from(out.join(''), 'latin1'));
    out = [];
  };
  const guard = new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      try {
        split.push(chunk);
        flush(this);
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
    final(cb: TransformCallback) {
      try {
        split.end();
        scanner.end();
        flush(this);
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
  });
  source.on('error', (e) => guard.destroy(e));
  return source.pipe(guard);
}

/**
 * What a client's failure says, as facts a record may carry: the server's error code, SQLSTATE
 * and the dump line. The client's own text quotes the failing statement (rows of customer data),
 * so it goes to the log only, redacted, never into an error message that records and summaries
 * repeat (SECURITY.md: "row counts, not rows").
 */
export function sqlClientFailure(cmd: string, r: RunResult, lineOffset = 0): string {
  const text = r.stderrTail;
  const my = /ERROR (\d+) \(([0-9A-Z]{5})\)(?: at line (\d+))?/.exec(text);
  const pg = /:(\d+): (?:ERROR|FATAL):\s+([0-9A-Z]{5}):/.exec(text) ?? /(?:ERROR|FATAL):\s+([0-9A-Z]{5}):/.exec(text);
  const how = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  if (my) return `${cmd} ${how}: error ${my[1]} (SQLSTATE ${my[2]})${my[3] ? ` at line ${Number(my[3]) - lineOffset}` : ''}`;
  if (pg)
    return pg.length === 3 ? `${cmd} ${how}: SQLSTATE ${pg[2]} at line ${Number(pg[1]) - lineOffset}` : `${cmd} ${how}: SQLSTATE ${pg[1]}`;
  return `${cmd} ${how}; its message is in the log`;
}
