import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownSecretKind, parseSitesFile, secretValueKind, SitesFileError, type SitesFileProblem } from '../src/fleet/sites-file.js';

/** Parses text that must fail, and returns its problems. */
function problems(text: string): SitesFileProblem[] {
  try {
    parseSitesFile(text, 'sites.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(SitesFileError);
    return (e as SitesFileError).problems;
  }
  throw new Error('expected the sites file to be refused');
}

/** The one problem of a file with a single mistake. */
function only(text: string): SitesFileProblem {
  const p = problems(text);
  expect(p, JSON.stringify(p, null, 2)).toHaveLength(1);
  return p[0]!;
}

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('sites file: what it accepts', () => {
  it('parses the shipped example into one target per site and environment', () => {
    const targets = parseSitesFile(readFileSync('workflows-examples/fleet/sites.yml', 'utf8'));
    expect(targets.map((t) => t.id)).toEqual([
      'acme-shop/main',
      'acme-shop/staging',
      'beta-blog/main',
      'delta-studio/live',
      'epsilon-store/production',
      'zeta-drupal/production',
      'gamma-docs/production',
    ]);
    const acme = targets[0]!;
    expect(acme).toMatchObject({
      site: 'acme-shop',
      platform: 'platformsh',
      store: 's3://agency-site-backups/sites',
      secrets: { PLATFORMSH_CLI_TOKEN: 'ACME_PLATFORMSH_TOKEN' },
    });
    expect(acme.inputs.timeout).toBe('90m');
    expect(targets[2]!.store).toBe('s3://beta-owned-bucket/backups');
    expect(targets[2]!.inputs.retention).toBe('daily=30,weekly=12,monthly=12,yearly=all');
    expect(targets[5]!.secrets).toEqual({ 'ssh-key': 'ZETA_SSH_KEY' });
    expect(targets[6]!.inputs['data-command']).toContain('mysqldump');
  });

  it('takes a bare list, and fills what is left out from the action defaults', () => {
    const [t] = parseSitesFile(lines('- site: solo'));
    expect(t).toEqual({
      id: 'solo/production',
      site: 'solo',
      environment: 'production',
      platform: 'command',
      store: 'artifact',
      inputs: {},
      secrets: {},
      line: 1,
    });
  });

  it('merges defaults under each site: the site wins, key by key', () => {
    const targets = parseSitesFile(
      lines(
        'defaults:',
        '  platform: platformsh',
        '  environments: [main, staging]',
        '  inputs: { timeout: 30m, compression: gzip }',
        '  secrets: { PLATFORMSH_CLI_TOKEN: FLEET_TOKEN }',
        'sites:',
        '  - site: a',
        '  - site: b',
        '    platform: upsun',
        '    environment: live',
        '    inputs: { compression: zstd }',
        '    secrets: { UPSUN_CLI_TOKEN: B_TOKEN }',
      ),
    );
    expect(targets.map((t) => `${t.id}@${t.platform}`)).toEqual(['a/main@platformsh', 'a/staging@platformsh', 'b/live@upsun']);
    expect(targets[0]!.inputs).toEqual({ timeout: '30m', compression: 'gzip' });
    expect(targets[2]!.inputs).toEqual({ timeout: '30m', compression: 'zstd' });
    expect(targets[2]!.secrets).toEqual({ PLATFORMSH_CLI_TOKEN: 'FLEET_TOKEN', UPSUN_CLI_TOKEN: 'B_TOKEN' });
    expect(targets.map((t) => t.line)).toEqual([7, 7, 8]);
  });

  it('accepts secrets for inputs marked secret and for environment variables, by name', () => {
    const [t] = parseSitesFile(lines('- site: a', '  secrets:', '    github-token: FLEET_BOT_TOKEN', '    SSH_PRIVATE_KEY: A_SSH_KEY'));
    expect(t!.secrets).toEqual({ 'github-token': 'FLEET_BOT_TOKEN', SSH_PRIVATE_KEY: 'A_SSH_KEY' });
  });

  it('follows YAML anchors', () => {
    const targets = parseSitesFile(lines('sites:', '  - site: a', '    platform: &p upsun', '  - site: b', '    platform: *p'));
    expect(targets.map((t) => t.platform)).toEqual(['upsun', 'upsun']);
  });
});

describe('sites file: each mistake is one clear error with its line', () => {
  it('a duplicate site and environment, pointing back at the first', () => {
    const p = only(lines('sites:', '  - site: acme', '    platform: upsun', '  - site: beta', '  - site: acme', '    platform: divio'));
    expect(p.line).toBe(5);
    expect(p.message).toMatch(/duplicate site "acme" in environment "production" \(first at line 2\)/);
  });

  it('a duplicate inside an environments list, at the repeated item', () => {
    const p = only(lines('- site: acme', '  environments:', '    - main', '    - staging', '    - main'));
    expect(p.line).toBe(5);
    expect(p.message).toMatch(/duplicate site "acme" in environment "main" \(first at line 3\)/);
  });

  it('a duplicate through the default environment, at the site', () => {
    const p = only(lines('defaults:', '  environment: main', 'sites:', '  - site: acme', '  - site: beta', '  - site: acme'));
    expect(p.line).toBe(6);
    expect(p.message).toMatch(/duplicate site "acme" in environment "main" \(first at line 4\)/);
  });

  it('the same site in two environments is not a duplicate', () => {
    expect(parseSitesFile(lines('- site: acme', '  environment: main', '- site: acme', '  environment: staging'))).toHaveLength(2);
  });

  it('an unknown platform, with a suggestion', () => {
    const p = only(lines('sites:', '  - site: acme', '    platform: platfromsh'));
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/unknown platform "platfromsh" for site "acme" \(did you mean `platformsh`\?\); use one of: .*siteglide/);
  });

  it('an unknown platform in defaults is reported at the default', () => {
    const p = problems(lines('defaults:', '  platform: wordpress', 'sites:', '  - site: a', '  - site: b'));
    expect(p.map((x) => x.line)).toEqual([2, 2]);
    expect(p[0]!.message).toMatch(/unknown platform "wordpress"/);
  });

  it.each([
    ['../x', /bad site name "\.\.\/x"/],
    ['Acme', /bad site name "Acme"/],
    ['acme shop', /bad site name "acme shop"/],
    ['-acme', /bad site name "-acme"/],
  ])('a bad site name: %s', (name, re) => {
    const p = only(lines('sites:', '  - platform: upsun', `    site: "${name}"`));
    expect(p.line).toBe(3);
    expect(p.message).toMatch(re);
  });

  it('an empty site name', () => {
    const p = only(lines('sites:', '  - site: ""'));
    expect(p.line).toBe(2);
    expect(p.message).toMatch(/`site` must be a name/);
  });

  it('a missing site name', () => {
    const p = only(lines('sites:', '  - platform: upsun'));
    expect(p.line).toBe(2);
    expect(p.message).toMatch(/a site needs `site: <name>`/);
  });

  it('a bad environment name', () => {
    const p = only(lines('- site: acme', '  environments: [main, ../prod]'));
    expect(p.line).toBe(2);
    expect(p.message).toMatch(/bad environment name "\.\.\/prod" for site "acme"/);
  });

  const pem = [
    '-----BEGIN OPENSSH PRIVATE KEY-----',
    'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
    '-----END OPENSSH PRIVATE KEY-----',
  ];
  const byValue: [string, string[], number, RegExp, string][] = [
    [
      'a PEM key in a block scalar',
      ['- site: acme', '  secrets:', '    SSH_PRIVATE_KEY: |', ...pem.map((l) => `      ${l}`)],
      3,
      /a PEM private key/,
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmU',
    ],
    [
      'a random token',
      ['- site: acme', '  secrets:', '    PLATFORMSH_CLI_TOKEN: Zq81nXbva8Fj29dkLq02kdm'],
      3,
      /a token or password/,
      'Zq81nXbva8Fj29dkLq02kdm',
    ],
    [
      'a GitHub token',
      ['- site: acme', '  secrets:', '    github-token: ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
      3,
      /a GitHub token/,
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
    ],
    [
      'an AWS key id, although it fits the name pattern',
      ['- site: acme', '  secrets:', '    AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE'],
      3,
      /an AWS access key id/,
      'AKIAIOSFODNN7EXAMPLE',
    ],
    [
      'an age identity',
      ['- site: acme', '  secrets:', '    AGE_KEY: AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ'],
      3,
      /an age identity/,
      'AGE-SECRET-KEY-1QQQQ',
    ],
  ];
  it.each(byValue)('a secret given by value: %s (never echoed)', (_name, text, line, kind, value) => {
    const p = only(lines(...text));
    expect(p.line).toBe(line);
    expect(p.message).toMatch(/is given by value/);
    expect(p.message).toMatch(kind);
    expect(p.message).toMatch(/write its NAME here, e\.g\. `[^`]+: ACME_[A-Z_]+`/);
    expect(p.message).not.toContain(value);
  });

  it('a secret value pasted under inputs is refused too, without echoing it', () => {
    const p = only(lines('- site: acme', '  inputs:', '    s3-endpoint: https://key:hunter2hunter2@minio.example'));
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/looks like a URL with a password, a secret given by value/);
    expect(p.message).not.toContain('hunter2');
  });

  it('a secret input under inputs must move to secrets, by name', () => {
    const p = only(lines('- site: acme', '  inputs:', '    github-token: whatever'));
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/input `github-token` of site "acme" is a secret: .*`github-token: ACME_GITHUB_TOKEN`/);
    expect(p.message).not.toContain('whatever');
  });

  it('a secret name that is not a GitHub secret name', () => {
    expect(only(lines('- site: acme', '  secrets:', '    SSH_PRIVATE_KEY: acme_key')).message).toMatch(
      /secret names are upper case, e\.g\. `ACME_KEY`/,
    );
    expect(only(lines('- site: acme', '  secrets:', '    SSH_PRIVATE_KEY: 1ST_KEY')).message).toMatch(
      /must be the NAME of a repository secret/,
    );
    expect(only(lines('- site: acme', '  secrets:', '    SSH_PRIVATE_KEY: GITHUB_TOKEN')).message).toMatch(/reserved by GitHub/);
    expect(only(lines('- site: acme', '  secrets:', '    SSH_PRIVATE_KEY: 42')).message).toMatch(/is a number; write the NAME/);
  });

  it('unknown keys, with a suggestion, at every level', () => {
    expect(problems(lines('site: acme'))[0]!.message).toMatch(/unknown top-level key `site` \(did you mean `sites`\?\)/);
    const p = only(lines('- site: acme', '  enviroment: main'));
    expect(p.line).toBe(2);
    expect(p.message).toMatch(/unknown key `enviroment` of site "acme" \(did you mean `environment`\?\)/);
    expect(only(lines('- site: acme', '  timeout: 5m')).message).toMatch(/`timeout` is an input: put it under `inputs:`/);
    expect(only(lines('- site: acme', '  inputs: { compresion: gzip }')).message).toMatch(
      /unknown input `compresion` of site "acme" \(did you mean `compression`\?\)/,
    );
    expect(only(lines('- site: acme', '  inputs: { site: other }')).message).toMatch(/`site` has its own key/);
    expect(only(lines('- site: acme', '  secrets: { not-an-input: X }')).message).toMatch(
      /neither an input .* nor an environment variable name/,
    );
  });

  it('inputs the actions would refuse at run time are refused now, at their line', () => {
    const p = only(lines('- site: acme', '  store: ftp://example.com/x'));
    expect(p.line).toBe(2);
    expect(p.message).toMatch(/site "acme": Input `store`: unsupported scheme "ftp:\/\/"/);
    expect(only(lines('- site: acme', '  inputs:', '    components: code,database')).message).toMatch(/unknown component "database"/);
    expect(only(lines('- site: acme', '  inputs:', '    max-age: soon')).line).toBe(3);
  });

  it('environment and environments together', () => {
    expect(only(lines('- site: acme', '  environment: a', '  environments: [b]')).message).toMatch(
      /either `environment` or `environments`/,
    );
  });

  it('YAML syntax errors keep their line but never quote the source', () => {
    const p = only(lines('- site: acme', '  secrets:', '    X: [ghp_abcdefghijklmnopqrstuvwxyz0123456789', '- site: b'));
    expect(p.message).toMatch(/^YAML: /);
    expect(p.line).toBeGreaterThanOrEqual(3);
    expect(p.message).not.toContain('ghp_');
    expect(only(lines('- site: a', '  site: b')).message).toMatch(/YAML: Map keys must be unique/);
  });

  it('reports every problem at once, in line order, in the error message', () => {
    let err: SitesFileError | undefined;
    try {
      parseSitesFile(lines('sites:', '  - site: Bad', '  - site: ok', '    platform: nope', '  - site: ok'), 'fleet/sites.yml');
    } catch (e) {
      err = e as SitesFileError;
    }
    expect(err?.problems.map((p) => p.line)).toEqual([2, 4]);
    expect(err?.message).toContain('fleet/sites.yml:2:11: bad site name "Bad"');
    expect(err?.message).toContain('fleet/sites.yml:4:15: unknown platform "nope"');
  });
});

describe('secret value heuristics', () => {
  it('tell names from values', () => {
    for (const name of ['ACME_SSH_KEY', 'CLIENT42_DB_PASSWORD', 'PLATFORMSH_CLI_TOKEN', 'A', 'MY_SECRET_2'])
      expect(secretValueKind(name)).toBeUndefined();
    const kinds: [string, string][] = [
      ['K7GH2P9QX4ZT8M3WB6NC', 'a token or password'],
      ['p4ssw0rd-Very-Long-1234', 'a token or password'],
      ['line one\nline two', 'a multi-line value'],
      ['-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----', 'a PEM private key'],
      ['ghp_abcdefghijklmnopqrstuvwxyz0123', 'a GitHub token'],
      ['mysql://backup:hunter2@db/acme', 'a URL with a password'],
    ];
    for (const [value, kind] of kinds) expect(secretValueKind(value), value).toBe(kind);
  });

  it('never flag honest input values', () => {
    for (const v of [
      'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p',
      'mysqldump --single-transaction acme > "$BACKUP_OUT/a.sql"',
      's3://bucket/prefix',
      'https://abc123.r2.cloudflarestorage.com',
      'daily=7,weekly=4',
    ]) {
      expect(knownSecretKind(v)).toBeUndefined();
    }
  });
});

describe('sites file: the schema (zod) problems, at the line and column of the node', () => {
  it('shapes that are not what a key takes', () => {
    expect(only(lines('- site: acme', '  platform: { name: upsun }'))).toMatchObject({
      line: 2,
      column: 13,
      message: '`platform` of site "acme" must be a single value',
    });
    expect(only(lines('- site: acme', '  environments: []'))).toMatchObject({ line: 2, message: '`environments` of site "acme" is empty' });
    expect(only(lines('- site: acme', '  environments: [main, { x: 1 }]'))).toMatchObject({
      line: 2,
      column: 24,
      message: '`environments` of site "acme" must be a list of names',
    });
    expect(only(lines('- site: acme', '  inputs: [timeout]')).message).toBe(
      '`inputs` of site "acme" must be a mapping of input names to values',
    );
    expect(only(lines('- site: acme', '  secrets:', '    SSH_PRIVATE_KEY:'))).toMatchObject({
      line: 3,
      column: 5,
      message: expect.stringMatching(/secret `SSH_PRIVATE_KEY` of site "acme" is empty or not a single value/),
    });
    expect(only(lines('- acme'))).toMatchObject({ line: 1, column: 3, message: 'each site must be a mapping such as `- site: acme-shop`' });
  });

  it('the top level: sites missing, not a list or empty, defaults not a mapping, a scalar file', () => {
    expect(only(lines('defaults: {}')).message).toBe('no `sites:` list');
    expect(only(lines('sites: { site: acme }'))).toMatchObject({
      line: 1,
      column: 8,
      message: '`sites` must be a list (each item starts with `- site: name`)',
    });
    expect(only(lines('sites: []')).message).toBe('`sites` is empty');
    expect(only(lines('defaults: [upsun]', 'sites:', '  - site: a'))).toMatchObject({
      line: 1,
      column: 11,
      message: expect.stringMatching(/^`defaults` must be a mapping/),
    });
    expect(only(lines('just text')).message).toMatch(/must be a mapping with a `sites:` list/);
  });

  it('a problem through an alias points at the anchored value, where the fix goes', () => {
    const p = problems(
      lines('defaults:', '  platform: upsun', 'sites:', '  - site: a', '    store: &s ftp://x/y', '  - site: b', '    store: *s'),
    );
    expect(p.map((x) => [x.line, x.column])).toEqual([
      [5, 15],
      [5, 15],
    ]);
    expect(p[1]!.message).toMatch(/^site "b": Input `store`: unsupported scheme/);
  });

  it('one bad entry in defaults keeps its good neighbours', () => {
    const p = problems(lines('defaults:', '  inputs: { timeout: 45m, compresion: gzip }', 'sites:', '  - site: a'));
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toMatch(/unknown input `compresion` in `defaults` \(did you mean `compression`\?\)/);
    expect(p[0]!.column).toBe(27);
    // The same file without the typo: the good entry is what the site gets.
    expect(parseSitesFile(lines('defaults:', '  inputs: { timeout: 45m }', 'sites:', '  - site: a'))[0]!.inputs).toEqual({
      timeout: '45m',
    });
  });
});
