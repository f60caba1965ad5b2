import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/util/dump-guard.ts
var DumpRefused = class extends Error {
  constructor(code, line, why) {
    super(`line ${line} ${why} (${code})`);
    this.code = code;
    this.line = line;
    this.why = why;
  }
  code;
  line;
  why;
  name = "DumpRefused";
};
var MYSQL_CLIENT_WORDS = /* @__PURE__ */ new Set([
  "system",
  "source",
  "tee",
  "notee",
  "pager",
  "nopager",
  "connect",
  "charset",
  "edit",
  "ego",
  "go",
  "print",
  "prompt",
  "quit",
  "exit",
  "rehash",
  "status",
  "warnings",
  "nowarning",
  "help",
  "clear",
  "resetconnection",
  "query_attributes",
  "ssl_session_data_print"
]);
var HEAD_MAX = 300;
var IDENT_CONT = /[A-Za-z0-9_$\u0080-\u00ff]/;
var IDENT_START = /[A-Za-z_\u0080-\u00ff]/;
var DOLLAR_TAG = /^\$([A-Za-z_\u0080-\u00ff][A-Za-z0-9_\u0080-\u00ff]*)?\$/;
var PG_RESTRICT_LINE = /^\s*\\(un)?restrict\s+[A-Za-z0-9]+\s*$/;
function unquote(name) {
  return (name ?? "").replace(/^[`"']|[`"';]$/g, "");
}
var DumpScanner = class {
  constructor(dialect, database) {
    this.dialect = dialect;
    this.database = database;
  }
  dialect;
  database;
  state = "N";
  lineNo = 0;
  delimiter = ";";
  head = "";
  headLine = 0;
  started = false;
  tag = "";
  depth = 0;
  copyPending = false;
  /** The identifier-ish word being read in N state, for `$` and `E'` (PostgreSQL). */
  word = "";
  special = { delimiter: "", re: /$^/g };
  get lines() {
    return this.lineNo;
  }
  line(text) {
    this.lineNo++;
    const s = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (this.state === "COPY") {
      if (s === "\\.") this.state = "N";
      return true;
    }
    if (this.dialect === "psql" && this.state === "N" && !this.started && PG_RESTRICT_LINE.test(s)) return false;
    if (this.dialect === "mysql") this.mysqlLine(s);
    else this.psqlLine(s);
    if (this.started) this.add(" ");
    if (this.copyPending) {
      this.copyPending = false;
      this.state = "COPY";
    }
    return true;
  }
  /** The end of the dump: a statement left without its delimiter is still sent by the client. */
  end() {
    if (this.started) this.finish();
  }
  refuse(code, why, line = this.lineNo) {
    throw new DumpRefused(code, line, why);
  }
  add(text) {
    if (!this.started) {
      if (!text.trim()) return;
      this.started = true;
      this.headLine = this.lineNo;
    }
    if (this.head.length < HEAD_MAX) this.head += text;
  }
  /** Skips quoted text from i; returns where it stopped (the line's end if still inside). */
  quoted(s, i, quote, backslash) {
    let j = i;
    let slash = backslash ? s.indexOf("\\", j) : -1;
    for (; ; ) {
      const end = s.indexOf(quote, j);
      if (slash >= 0 && (end < 0 || slash < end)) {
        j = slash + 2;
        slash = s.indexOf("\\", j);
        continue;
      }
      if (end < 0) return s.length;
      if (this.dialect === "psql" && s[end + 1] === quote) {
        j = end + 2;
        continue;
      }
      this.state = "N";
      return end + 1;
    }
  }
  mysqlLine(s) {
    let i = 0;
    while (i < s.length) {
      if (this.state === "SQ" || this.state === "DQ" || this.state === "BT") {
        const j = this.quoted(s, i, this.state === "SQ" ? "'" : this.state === "DQ" ? '"' : "`", true);
        if (this.head.length < HEAD_MAX) this.add(s.slice(i, Math.min(j, i + HEAD_MAX)));
        i = j;
        continue;
      }
      if (this.state === "BC") {
        const j = s.indexOf("*/", i);
        if (j < 0) return;
        this.state = "N";
        i = j + 2;
        continue;
      }
      i = this.mysqlCode(s, i);
    }
  }
  /** One step in MySQL code outside quotes and comments; returns the next position. */
  mysqlCode(s, i) {
    if (this.started && this.head.length >= HEAD_MAX) {
      const next = this.skip(s, i);
      if (next !== i) return next;
    }
    const c = s[i];
    if (!this.started && /\S/.test(c) && /^delimiter\s/i.test(s.slice(i, i + 10))) {
      if (s.slice(0, i).trim()) this.refuse("ambiguous-syntax", "changes the delimiter in the middle of a line");
      const d = s.slice(i + 9).trim().split(/\s+/)[0] ?? "";
      if (!d || d.includes("\\")) this.refuse("ambiguous-syntax", "sets an unusual delimiter");
      this.delimiter = d;
      return s.length;
    }
    if (s.startsWith(this.delimiter, i)) {
      if (this.started) this.finish();
      return i + this.delimiter.length;
    }
    if (c === "\\") {
      if (s[i + 1] === "-" || s[i + 1] === "N") {
        this.add(s.slice(i, i + 2));
        return i + 2;
      }
      this.refuse("client-command", "holds a client command (a backslash command such as `\\!`)");
    }
    if (c === "'" || c === '"' || c === "`") {
      this.state = c === "'" ? "SQ" : c === '"' ? "DQ" : "BT";
      this.add(c);
      return i + 1;
    }
    if (c === "#" || c === "-" && s[i + 1] === "-" && (i + 2 >= s.length || /\s/.test(s[i + 2]))) return s.length;
    if (c === "/" && s[i + 1] === "*") {
      const exec = /^\/\*M?!\d*/.exec(s.slice(i, i + 12));
      if (exec) {
        this.add(" ");
        return i + exec[0].length;
      }
      this.state = "BC";
      return i + 2;
    }
    if (c === "*" && s[i + 1] === "/") {
      this.add(" ");
      return i + 2;
    }
    this.add(c);
    return i + 1;
  }
  /** The next position from i that may matter in MySQL code, or the line's end. */
  skip(s, i) {
    if (this.special.delimiter !== this.delimiter) {
      const d = this.delimiter.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
      this.special = { delimiter: this.delimiter, re: new RegExp(`['"\`\\\\#/*-]|${d}`, "g") };
    }
    this.special.re.lastIndex = i;
    const m = this.special.re.exec(s);
    return m ? m.index : s.length;
  }
  psqlLine(s) {
    let i = 0;
    this.word = "";
    while (i < s.length) {
      switch (this.state) {
        case "SQ":
        case "ESQ":
        case "DQ": {
          const j = this.quoted(s, i, this.state === "DQ" ? '"' : "'", this.state === "ESQ");
          if (this.head.length < HEAD_MAX) this.add(s.slice(i, Math.min(j, i + HEAD_MAX)));
          i = j;
          break;
        }
        case "DOL": {
          const j = s.indexOf(`$${this.tag}$`, i);
          if (j < 0) return;
          this.state = "N";
          i = j + this.tag.length + 2;
          break;
        }
        case "BC":
          i = this.psqlComment(s, i);
          break;
        default:
          i = this.psqlCode(s, i);
      }
    }
  }
  /** Inside PostgreSQL's nested block comments. */
  psqlComment(s, i) {
    for (let j = i; j < s.length - 1; j++) {
      if (s[j] === "/" && s[j + 1] === "*") {
        this.depth++;
        j++;
      } else if (s[j] === "*" && s[j + 1] === "/") {
        j++;
        if (--this.depth === 0) {
          this.state = "N";
          return j + 1;
        }
      }
    }
    return s.length;
  }
  /** One step in PostgreSQL code outside quotes and comments; returns the next position. */
  psqlCode(s, i) {
    const c = s[i];
    const word = this.word;
    this.word = IDENT_CONT.test(c) && (word || c !== "$") ? word + c : "";
    if (c === "\\")
      this.refuse("client-command", "holds a psql meta-command (a backslash command such as `\\!`, `\\o`, `\\copy` or `\\c`)");
    if (c === "-" && s[i + 1] === "-") return s.length;
    if (c === "/" && s[i + 1] === "*") {
      this.state = "BC";
      this.depth = 1;
      return i + 2;
    }
    if (c === ";") {
      if (this.started) this.finish();
      return i + 1;
    }
    if (c === "'") this.state = word === "e" || word === "E" ? "ESQ" : "SQ";
    else if (c === '"') this.state = "DQ";
    else if (c === "$") {
      if (word && !IDENT_START.test(word[0])) this.refuse("ambiguous-syntax", "puts `$` right after a number");
      const m = word ? null : DOLLAR_TAG.exec(s.slice(i, i + 70));
      if (m) {
        this.state = "DOL";
        this.tag = m[1] ?? "";
        this.word = "";
        this.add(" ");
        return i + m[0].length;
      }
    }
    this.add(c);
    return i + 1;
  }
  /** A whole statement has been read: judge it by how it starts. */
  finish() {
    const head = this.head.replace(/\s+/g, " ").trim().toLowerCase();
    const line = this.headLine;
    this.head = "";
    this.started = false;
    const first = /^[a-z_?]+/.exec(head)?.[0] ?? "";
    if (this.dialect === "mysql" && MYSQL_CLIENT_WORDS.has(first))
      this.refuse("client-command", `holds the client command \`${first}\``, line);
    if (first === "use") {
      if (unquote(head.split(" ")[1]) !== this.database?.toLowerCase())
        this.refuse("switches-database", "switches to another database (`USE`)", line);
      return;
    }
    const db = /^(create|drop|alter) (database|schema) (if (not )?exists )?(\S+)/.exec(head);
    if (db && (this.dialect === "mysql" || db[2] === "database") && unquote(db[5]) !== this.database?.toLowerCase()) {
      this.refuse(
        db[1] === "create" ? "creates-database" : "other-database",
        `${db[1] === "create" ? "creates" : "changes"} another database (\`${db[1].toUpperCase()} DATABASE\`)`,
        line
      );
    }
    if (this.dialect === "mysql" && /^load (data|xml)\b/.test(head)) this.refuse("file-access", "reads a file (`LOAD DATA`)", line);
    if (this.dialect === "psql" && first === "copy") {
      if (!/ from stdin\b/.test(head) || /\bprogram\b/.test(head))
        this.refuse(
          "file-access",
          "copies from or to something other than the dump itself (`COPY \u2026 FROM stdin` is the only form allowed)",
          line
        );
      this.copyPending = true;
    }
  }
};
var LineSplitter = class {
  constructor(each) {
    this.each = each;
  }
  each;
  rest = "";
  push(chunk) {
    const text = this.rest + (typeof chunk === "string" ? chunk : chunk.toString("latin1"));
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      this.each(text.slice(start, nl), true);
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }
  end() {
    if (this.rest) this.each(this.rest, false);
    this.rest = "";
  }
};
async function scanDump(source, dialect, database) {
  const scanner = new DumpScanner(dialect, database);
  const split = new LineSplitter((l) => scanner.line(l));
  for await (const chunk of source) split.push(chunk);
  split.end();
  scanner.end();
  return scanner.lines;
}
function sqlClientFailure(cmd, r, lineOffset = 0) {
  const text = r.stderrTail;
  const my = /ERROR (\d+) \(([0-9A-Z]{5})\)(?: at line (\d+))?/.exec(text);
  const pg = /:(\d+): (?:ERROR|FATAL):\s+([0-9A-Z]{5}):/.exec(text) ?? /(?:ERROR|FATAL):\s+([0-9A-Z]{5}):/.exec(text);
  const how = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  if (my) return `${cmd} ${how}: error ${my[1]} (SQLSTATE ${my[2]})${my[3] ? ` at line ${Number(my[3]) - lineOffset}` : ""}`;
  if (pg)
    return pg.length === 3 ? `${cmd} ${how}: SQLSTATE ${pg[2]} at line ${Number(pg[1]) - lineOffset}` : `${cmd} ${how}: SQLSTATE ${pg[1]}`;
  return `${cmd} ${how}; its message is in the log`;
}

export {
  DumpRefused,
  DumpScanner,
  scanDump,
  sqlClientFailure
};
