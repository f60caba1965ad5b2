import { afterEach, describe, expect, it } from 'vitest';
import { addSecret, clearSecretsForTests, redact, secretsInEnv } from '../src/report/redact.js';
import { OutputTail, runProcess } from '../src/util/exec.js';

// Where a value we never saw ends. The text around a labelled secret keeps its own punctuation
// ("(… token: abc)" keeps its ")"), and never at the price of a character of the secret.

afterEach(() => clearSecretsForTests());

describe('a labelled value ends where the text takes over', () => {
  it.each([
    ['(the CLI said: Invalid API token: abc123)', '(the CLI said: Invalid API token: ***)'],
    ['(token: abc).', '(token: ***).'],
    ['[api_key=abc]', '[api_key=***]'],
    ['{secret: abc}', '{secret: ***}'],
    ['<password=abc>', '<password=***>'],
    ['see `DB_PASSWORD=abc` in the log', 'see `DB_PASSWORD=***` in the log'],
    ['[x (token: abc)]', '[x (token: ***)]'],
    ['(token: abc), then', '(token: ***), then'],
    ['\u201cpassword: abc\u201d', '\u201cpassword: ***\u201d'],
    ['(run with --password abc)', '(run with --password ***)'],
    ['(run with --token=abc)', '(run with --token=***)'],
    ['(mysqldump -pabc)', '(mysqldump -p***)'],
    ['(Authorization: Bearer abc.def.ghi)', '(Authorization: Bearer ***)'],
    ['(Authorization: Basic dXNlcjpwdw==)', '(Authorization: Basic ***)'],
    // A token has no "!", ")" or ":", whatever the line around it.
    ['token: abc!', 'token: ***!'],
    ['API_TOKEN=abc)', 'API_TOKEN=***)'],
    ['was refused: token: abc: check it', 'was refused: token: ***: check it'],
  ])('%s', (text, want) => {
    expect(redact(text)).toBe(want);
    expect(redact(redact(text))).toBe(want);
  });

  it('a registered secret masked before the patterns keeps the text after it', () => {
    addSecret('wrong-token-SECRET-quoted');
    const said = 'upsun project:get was refused (Invalid API token: wrong-token-SECRET-quoted): check UPSUN_CLI_TOKEN';
    // The message is redacted where it is made and again where it is written.
    expect(redact(redact(said))).toBe('upsun project:get was refused (Invalid API token: ***): check UPSUN_CLI_TOKEN');
  });

  it.each([
    // The value's own brackets are its own.
    ['(password: f(x))', '(password: ***)'],
    ['password: f(x)', 'password: ***'],
    ['(password: f(x.))', '(password: ***)'],
    // Nothing opened the bracket, so it may be the password's.
    ['password: abc)', 'password: ***'],
    // A password may end in any punctuation: it stays masked.
    ['password: hunter2.', 'password: ***'],
    ['password: hunter2!', 'password: ***'],
    ['(password: abc.)', '(password: ***)'],
    // A token may end in "." (RFC 6750 b64token).
    ['token: abc.', 'token: ***'],
    // One bracket opened, two closed: the first is the password's.
    ['(password: abc))', '(password: ***)'],
  ])("keeps what may be the secret's masked: %s", (text, want) => {
    expect(redact(text)).toBe(want);
  });

  it("leaves a label followed only by the text's punctuation alone", () => {
    expect(redact('(token:)')).toBe('(token:)');
    expect(redact('(see password=)')).toBe('(see password=)');
  });
});

describe('no character of a secret is shown', () => {
  // Text that closes what it opens, as messages do; the secret is put where %s stands.
  const wrappers = [
    '%s',
    '(see %s)',
    '(see %s).',
    '[see %s]',
    '{see %s}',
    '<see %s>',
    '`run %s`',
    '[x (see %s)]',
    'see %s.',
    'see %s!',
    '\u201csee %s\u201d',
    '(see %s), next',
    '(see %s): check it',
  ];
  // Passwords hold any character (bar the space, quotes, `,;&` that end every value).
  const passwords = [
    'hunter2',
    'abc)',
    'a(b',
    'p@ss:word!',
    'abc.',
    'x)y',
    'a]b)',
    'ends`',
    'dots...',
    '(wrapped)',
    'c>',
    '{x}',
    'q?',
    '\u201cq\u201d',
    'a))',
    'tail:',
  ];
  const passwordLabels = ['password: ', 'DB_PASSWORD=', 'secret: ', 'my.credential=', '--password ', '--passphrase=', '-p'];
  // Tokens are RFC 6750 b64tokens.
  const tokens = ['ghp_abc123XYZ', 'abc.def.ghi', 'tok-en~/+=', 'abc.', 'a.b.'];
  const tokenLabels = ['token: ', 'API_TOKEN=', 'api_key=', 'access-key: ', '--token ', 'Authorization: Bearer ', 'Authorization: token '];

  const cases = [
    ...wrappers.flatMap((w) => passwordLabels.flatMap((label) => passwords.map((secret) => ({ w, label, secret, token: false })))),
    ...wrappers.flatMap((w) => tokenLabels.flatMap((label) => tokens.map((secret) => ({ w, label, secret, token: true })))),
  ];

  it(`in ${cases.length} placements: the label, ***, then only the text's own characters`, () => {
    const leaks: string[] = [];
    for (const { w, label, secret } of cases) {
      const [pre, post] = w.split('%s') as [string, string];
      const text = pre + label + secret + post;
      const out = redact(text);
      const head = pre + label + '***';
      // After the mask, only a tail of the text's own characters: never one of the secret.
      if (!out.startsWith(head) || !post.endsWith(out.slice(head.length))) leaks.push(`${text} -> ${out}`);
      if (redact(out) !== out) leaks.push(`${text} -> ${out} -> ${redact(out)} (not stable)`);
    }
    expect(leaks).toEqual([]);
  });

  it('and the text keeps its closing brackets, and a token the punctuation no token has', () => {
    const lost: string[] = [];
    let checked = 0;
    for (const { w, label, secret, token } of cases) {
      const [pre, post] = w.split('%s') as [string, string];
      // A secret with brackets of its own, or ending in punctuation, may take the text's.
      if (/[([{<`\u201c]/.test(secret) || !/[A-Za-z0-9]$/.test(secret)) continue;
      // After a password, a "." or "!" may be the password's; after a token, a "." may be the token's.
      const textKeeps = post === '' || /^[)\]}>`\u201d]/.test(post) || (token && /^[^A-Za-z0-9._~+/=-]/.test(post));
      if (!textKeeps) continue;
      checked++;
      const out = redact(pre + label + secret + post);
      if (out !== `${pre}${label}***${post}`) lost.push(`${pre + label + secret + post} -> ${out}`);
    }
    expect(lost).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });
});

describe('output tails and decoding (issue 19)', () => {
  const SECRET = 'Tail-cut-secret-0123456789abcdefghijkl'; // 38 characters

  it('a tail cut by size starts at a line boundary, so it never begins inside a secret', async () => {
    // The first line ends 31 characters (30 of the secret and its newline) before the last 8 KiB.
    const filler = 'y'.repeat(8192 - 31 - 1);
    const r = await runProcess('cat', [], { input: `password=${SECRET}\n${filler}\n` });
    expect(r.stdoutTail).toBe(`${filler}\n`);
    for (let i = 0; i + 8 <= SECRET.length; i++) expect(redact(r.stdoutTail)).not.toContain(SECRET.slice(i, i + 8));
  });

  it('a line longer than the tail is dropped to its end, even across writes', () => {
    const t = new OutputTail(16);
    t.write(Buffer.from('ab\n0123456789'));
    t.write(Buffer.from('0123456789')); // one line of 20 characters: cut inside it, so dropped
    expect(t.text).toBe('');
    t.write(Buffer.from(`${SECRET.slice(-6)}\nok\n`)); // the rest of that line is still that line
    expect(t.text).toBe('ok\n');
  });

  it('a multi-byte secret split across two writes is decoded whole and masked', () => {
    const secret = 'pässwörd-ünïcode-42';
    addSecret(secret);
    const bytes = Buffer.from(`got ${secret}\n`);
    const at = bytes.indexOf(Buffer.from('ä')) + 1; // inside the two bytes of "ä"
    const t = new OutputTail();
    const text = t.write(bytes.subarray(0, at)) + t.write(bytes.subarray(at)) + t.end();
    expect(text).toBe(`got ${secret}\n`);
    expect(redact(t.text)).toBe('got ***\n');
  });
});

describe('the forms of a secret (issue 19)', () => {
  it('MYSQL_PWD and PGPASSWORD are secrets whatever their length; PWD and OLDPWD are not', () => {
    expect(secretsInEnv({ MYSQL_PWD: 'abcd5', PGPASSWORD: 'pg42x', PWD: '/home/runner/work', OLDPWD: '/home/runner' }).sort()).toEqual([
      'abcd5',
      'pg42x',
    ]);
    expect(redact('MYSQL_PWD=never-seen PWD=/srv/app')).toBe('MYSQL_PWD=*** PWD=/srv/app');
  });

  it('a secret written as JSON with \\/ escapes, or with non-ASCII as \\uXXXX, is masked', () => {
    addSecret('sl/ash/s€cret');
    // PHP's json_encode escapes "/" and non-ASCII by default.
    expect(redact('{"key":"sl\\/ash\\/s\\u20accret"}')).toBe('{"key":"***"}');
    expect(redact(JSON.stringify({ v: 'sl/ash/s€cret' }))).toBe('{"v":"***"}');
  });

  it('a long secret base64-encoded and wrapped at 76 (or 64) columns is masked line by line', () => {
    const secret = 'a-long-secret-key-'.repeat(8);
    addSecret(secret);
    const b64 = Buffer.from(secret).toString('base64');
    for (const width of [76, 64]) {
      const wrapped = b64.match(new RegExp(`.{1,${width}}`, 'g'))!;
      // The log takes output a line at a time, with a prefix of its own.
      for (const line of wrapped) expect(redact(`[data] ${line}`)).toBe('[data] ***');
    }
  });
});
