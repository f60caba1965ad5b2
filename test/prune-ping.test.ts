// The prune action pings its own monitor (`ping-url` of the prune step): /start, then the URL with
// what was kept and removed, or /fail with our classification of the failure; a monitor that
// never answers costs the prune nothing. Real backups in a folder store, a loopback receiver.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { pruneCommand } from '../src/commands/prune.js';
import { clearSecretsForTests } from '../src/report/redact.js';
import { HttpReceiver } from './helpers/http-receiver.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let rx: HttpReceiver;
let root: string;
let store: string;

beforeAll(async () => {
  rx = await new HttpReceiver().start();
  root = await tempDir('sba-prune-ping-');
  store = path.join(root, 'store');
  const io = testIo(
    {
      site: 'acme',
      platform: 'command',
      store,
      components: 'data',
      'data-command': 'echo "select 1;" > "$BACKUP_OUT/db.sql"',
      trigger: 'manual',
    },
    {},
    root,
  );
  await backupCommand(io);
});
afterAll(() => rx.stop());
afterEach(() => {
  rx.requests.length = 0;
  rx.answer = () => 200;
  clearSecretsForTests();
});

const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme-org/sites', GITHUB_RUN_ID: '4242' };
const pruneInputs = (extra: Record<string, string> = {}) => ({
  site: 'acme',
  store,
  'ping-url': `${rx.url}/ping/{site}-{environment}-prune`,
  ...extra,
});
const pings = () => rx.requests.filter((r) => r.path.startsWith('/ping/'));

describe('pings from a prune', () => {
  it('a prune pings /start, then the URL with what it kept and removed, paired by one run id', async () => {
    const io = testIo(pruneInputs(), env, root);
    const r = await pruneCommand(io);
    expect(r.kept).toBe(1);
    const [start, end, ...more] = pings();
    expect(more).toEqual([]);
    expect(start).toMatchObject({ method: 'POST', path: '/ping/acme-production-prune/start', body: '' });
    expect(end).toMatchObject({ method: 'POST', path: '/ping/acme-production-prune' });
    expect(start!.query.rid).toMatch(UUID_RE);
    expect(end!.query.rid).toBe(start!.query.rid);
    expect(end!.body).toMatch(/^acme\/production: pruned: 1 kept, 0 removed in \S+$/);
    expect(io.secrets).toContain(`${rx.url}/ping/acme-production-prune`);
    expect(io.lines.filter((l) => l.startsWith('warning:') && /ping/.test(l))).toEqual([]);
  });

  it('a dry run says what would be removed', async () => {
    await pruneCommand(testIo(pruneInputs({ 'dry-run': 'true' }), env, root));
    expect(pings().at(-1)!.body).toMatch(/: pruned: 1 kept, 0 would be removed \(dry run\) in /);
  });

  it('a prune refused for a bad input pings /fail with the classified failure, never the input', async () => {
    const io = testIo(pruneInputs({ retention: 'daily=7,bogus=s3cretish' }), env, root);
    await expect(pruneCommand(io)).rejects.toThrow(/retention/);
    const [start, fail, ...more] = pings();
    expect(more).toEqual([]);
    expect(start!.path).toBe('/ping/acme-production-prune/start');
    expect(fail).toMatchObject({ method: 'POST', path: '/ping/acme-production-prune/fail' });
    expect(fail!.query.rid).toBe(start!.query.rid);
    expect(fail!.body).toMatch(/^acme\/production: prune failed\.\n/);
    expect(fail!.body).toMatch(/Next step: /);
    expect(fail!.body).toContain('Run: https://github.com/acme-org/sites/actions/runs/4242');
  });

  it('a monitor that never answers is a warning: the prune still succeeds within its ping budget', async () => {
    rx.answer = () => 'never';
    const io = testIo(pruneInputs(), env, root);
    const r = await pruneCommand(io, { notify: { budgetMs: 300 } });
    expect(r.kept).toBe(1);
    const warnings = io.lines.filter((l) => l.startsWith('warning:') && /ping/.test(l));
    expect(warnings.join('\n')).toMatch(/`ping-url` start ping to 127\.0\.0\.1:\d+ gave no answer/);
    // The host only: the path of the URL is the secret that lets anyone ping.
    expect(warnings.join('\n')).not.toContain('acme-production-prune');
  });

  it('a prune without ping-url sends nothing', async () => {
    await pruneCommand(testIo({ site: 'acme', store }, env, root));
    expect(pings()).toEqual([]);
  });
});
