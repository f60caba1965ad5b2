import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { backupCommand } from '../src/commands/backup.js';
import { fleetBackupCommand } from '../src/commands/fleet.js';
import { restoreOrVerify, verifyCommand } from '../src/commands/verify.js';
import type { NotifierOptions } from '../src/notify/notifier.js';
import { addSecret, clearSecretsForTests, secretsInEnv } from '../src/report/redact.js';
import { HttpReceiver, type Received } from './helpers/http-receiver.js';
import { testIo } from './helpers/io.js';
import { quietPort } from './helpers/ports.js';
import { parseOutputFile } from './helpers/runner.js';
import { tempDir } from './helpers/tmp.js';

// Pings and webhook posts from real backups (platform `command`, a folder store) to a loopback
// receiver that records every request: the sequence, the run id, what the bodies say and never
// say, and that a monitor that fails or never answers costs the backup nothing.

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// Characters that base64 and URL encoding both change (as in hardening-secrets.test.ts).
const INPUT_SECRET = 'ssh-key: In/put+Key=9 ~x';
const ENV_SECRET = 'Env/Pa+ss=w0rd ~7';
const URL_SECRET = 'Ur/l+Pw~3';
const COMMAND_SECRET = 'fromFileOnly42x';
const forms = (s: string) => [s, Buffer.from(s).toString('base64').replace(/=+$/, ''), encodeURIComponent(s)];

let rx: HttpReceiver;
let root: string;
beforeAll(async () => {
  rx = await new HttpReceiver().start();
  root = await tempDir('sba-notify-');
  writeFileSync(path.join(root, 'pw'), COMMAND_SECRET);
});
afterAll(() => rx.stop());
afterEach(() => {
  rx.requests.length = 0;
  rx.answer = () => 200;
  clearSecretsForTests();
});

const env = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme-org/sites',
  GITHUB_RUN_ID: '4242',
  GITHUB_JOB: 'nightly',
  GITHUB_ACTION: 'backup',
  DB_PASSWORD: ENV_SECRET,
  DATABASE_URL: `postgres://app:${encodeURIComponent(URL_SECRET)}@db.internal/shop`,
};

let n = 0;
function inputs(extra: Record<string, string> = {}) {
  return {
    site: 'acme',
    platform: 'command',
    store: path.join(root, `store-${++n}`),
    'data-command': `echo 'select 1;' > "$BACKUP_OUT/db.sql"`,
    compression: 'gzip',
    trigger: 'manual',
    'ping-url': `${rx.url}/ping/5bd0ee52`,
    ...extra,
  };
}

/** Runs the backup command as the action does (env secrets masked first); never throws. */
async function backup(inp: Record<string, string>, notify?: NotifierOptions) {
  const io = testIo(inp, env, root);
  for (const s of secretsInEnv(io.env)) addSecret(s);
  const result = await backupCommand(io, notify ? { notify } : {}).then(
    (r) => ({ ok: true as const, id: r.id }),
    (e: Error) => ({ ok: false as const, error: e }),
  );
  return { io, result };
}

const pings = () => rx.requests.filter((r) => r.path.startsWith('/ping/'));
const hooks = () => rx.requests.filter((r) => r.path === '/hook');

describe('pings from a backup', () => {
  it('a passing backup pings /start, then the URL with a one-line summary, both with one run id', async () => {
    const { io, result } = await backup(inputs({ 'webhook-url': `${rx.url}/hook`, 'webhook-on': 'always' }));
    expect(result.ok).toBe(true);
    const [start, end, ...more] = pings();
    expect(more).toEqual([]);
    expect(start).toMatchObject({ method: 'POST', path: '/ping/5bd0ee52/start', body: '' });
    expect(end).toMatchObject({ method: 'POST', path: '/ping/5bd0ee52' });
    expect(start!.query.rid).toMatch(UUID_RE);
    expect(end!.query.rid).toBe(start!.query.rid);
    expect(end!.body).toMatch(
      new RegExp(`^acme/production: backup ${result.ok ? result.id : ''} stored \\(data; [\\d.]+ [KMG]?i?B\\) in \\S+$`),
    );
    const [hook] = hooks();
    expect(hook!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(hook!.body)).toMatchObject({
      text: expect.stringMatching(/^✅ Backup succeeded: acme\/production\n/) as unknown,
      themeColor: '2EB67D',
    });
    expect(io.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
    // The URLs were masked like any secret input.
    expect(io.secrets).toContain(`${rx.url}/ping/5bd0ee52`);
  });

  it('a failing backup pings /start, then /fail with the classified failure, and posts to the webhook', async () => {
    const { result } = await backup(inputs({ 'data-command': 'echo "connection refused" >&2; exit 3', 'webhook-url': `${rx.url}/hook` }));
    expect(result.ok).toBe(false);
    expect(pings().map((p) => p.path)).toEqual(['/ping/5bd0ee52/start', '/ping/5bd0ee52/fail']);
    const fail = pings()[1]!;
    expect(fail.query.rid).toBe(pings()[0]!.query.rid);
    expect(fail.body).toBe(
      [
        'acme/production: backup failed.',
        'Step `nightly / backup`: the `data` component failed: `data-command` exited with 3. The run log has the details.',
        "Next step: Open the log at the error: it has the command's own output. Run the command by hand with the same environment to reproduce it.",
        'Run: https://github.com/acme-org/sites/actions/runs/4242',
      ].join('\n'),
    );
    const hook = JSON.parse(hooks()[0]!.body) as { text: string; attachments: { fields: { title: string; value: string }[] }[] };
    expect(hook.text).toContain('❌ Backup failed: acme/production');
    expect(hook.attachments[0]!.fields).toContainEqual({ title: 'Kind', value: 'command', short: true });
    expect(JSON.stringify(rx.requests)).not.toContain('connection refused');
  });

  it('a backup refused for a bad input still pings /start and /fail, naming the input', async () => {
    const { result } = await backup(inputs({ compression: 'lz4' }));
    expect(result.ok).toBe(false);
    expect(pings().map((p) => p.path)).toEqual(['/ping/5bd0ee52/start', '/ping/5bd0ee52/fail']);
    expect(pings()[1]!.body).toContain('input `compression` is not valid');
  });

  it('a bad ping-url is refused before anything is sent or exported', async () => {
    const inp = inputs({ 'ping-url': 'hc-ping.com/5bd0ee52' });
    const { io, result } = await backup(inp);
    expect(result.ok).toBe(false);
    expect((result as { error: Error }).error.message).toMatch(/^Input `ping-url`: is not a URL\./);
    expect(rx.requests).toEqual([]);
    expect(existsSync(inp.store)).toBe(false);
    expect(io.summaries.join('\n')).not.toContain('hc-ping.com/5bd0ee52');
  });

  it('the webhook is posted on failure only by default', async () => {
    await backup(inputs({ 'webhook-url': `${rx.url}/hook` }));
    expect(pings()).toHaveLength(2);
    expect(hooks()).toEqual([]);
  });
});

describe('pings from a verify run', () => {
  it('start, then a success naming the backups checked; start, then /fail when there is nothing to check', async () => {
    const inp = inputs({ 'ping-url': '' });
    const { result } = await backup(inp);
    expect(result.ok).toBe(true);
    const id = (result as { id: string }).id;
    expect(rx.requests).toEqual([]);
    const verify = (extra: Record<string, string>) =>
      verifyCommand(
        testIo(
          {
            site: 'acme',
            store: inp.store,
            mode: 'verify',
            'ping-url': `${rx.url}/ping/verify1`,
            'webhook-url': `${rx.url}/hook`,
            'webhook-on': 'always',
            ...extra,
          },
          env,
          root,
        ),
      ).then(
        () => true,
        () => false,
      );
    expect(await verify({})).toBe(true);
    expect(rx.requests.map((r) => r.path)).toEqual(['/ping/verify1/start', '/ping/verify1', '/hook']);
    expect(rx.requests[1]!.body).toMatch(new RegExp(`^acme/production: verified 1 backup \\(newest ${id}\\) in \\S+$`));
    expect(JSON.parse(rx.requests[2]!.body)).toMatchObject({ summary: '✅ Verify passed: acme/production' });
    rx.requests.length = 0;
    expect(await verify({ backup: '20200101T000000Z-manual-lnothere' })).toBe(false);
    expect(rx.requests.map((r) => r.path)).toEqual(['/ping/verify1/start', '/ping/verify1/fail', '/hook']);
    expect(rx.requests[1]!.body).toMatch(/^acme\/production: verify failed\.\nStep `nightly \/ backup`: /);
    expect(JSON.parse(rx.requests[2]!.body)).toMatchObject({ summary: '❌ Verify failed: acme/production' });
    // A restore (here its dry run) sends nothing: the inputs are for backups and checks.
    rx.requests.length = 0;
    const io = testIo(
      {
        site: 'acme',
        store: inp.store,
        platform: 'command',
        mode: 'restore',
        'dry-run': 'true',
        'restore-dir': path.join(root, 'restored'),
        'ping-url': `${rx.url}/ping/verify1`,
        'webhook-url': `${rx.url}/hook`,
        'webhook-on': 'always',
      },
      env,
      root,
    );
    await restoreOrVerify(io);
    expect(io.lines.join('\n')).toContain(id);
    expect(rx.requests).toEqual([]);
  });
});

describe('the CLI', () => {
  it('takes --ping-url, --webhook-url and --webhook-on as flags', async () => {
    const inp = inputs();
    const argv = [
      'backup',
      '--site',
      'acme',
      '--platform',
      'command',
      '--store',
      inp.store,
      '--data-command',
      inp['data-command'],
      '--ping-url',
      `${rx.url}/ping/cli`,
      '--webhook-url',
      `${rx.url}/hook`,
      '--webhook-on',
      'always',
    ];
    expect(await main(argv, { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: root })).toBe(0);
    expect(rx.requests.map((r) => r.path)).toEqual(['/ping/cli/start', '/ping/cli', '/hook']);
    expect(rx.requests[1]!.query.rid).toBe(rx.requests[0]!.query.rid);
  });
});

describe('a fleet', () => {
  it('one fleet-wide ping-url with {site} and {environment}: each site pings its own check', async () => {
    const file = path.join(root, 'sites.yml');
    const sites = [
      'defaults:',
      `  store: ${path.join(root, 'fleet-store')}`,
      '  platform: command',
      '  secrets:',
      '    ping-url: HC_PING_URL',
      'sites:',
      '  - site: good',
      '    inputs:',
      `      data-command: echo x > "$BACKUP_OUT/x.sql"`,
      '  - site: broken',
      '    environment: main',
      '    inputs:',
      '      data-command: exit 3',
    ];
    writeFileSync(file, sites.join('\n') + '\n');
    const io = testIo(
      { sites: file },
      {
        ...env,
        RUNNER_TEMP: root,
        SITE_BACKUP_SECRETS: JSON.stringify({ HC_PING_URL: `${rx.url}/ping/pk/{site}-{environment}?create=1` }),
      },
      root,
    );
    await expect(fleetBackupCommand(io, { backup: backupCommand })).rejects.toThrow(/1 of 2 sites failed: broken\/main/);
    expect(rx.requests.map((r) => r.path)).toEqual([
      '/ping/pk/good-production/start',
      '/ping/pk/good-production',
      '/ping/pk/broken-main/start',
      '/ping/pk/broken-main/fail',
    ]);
    expect(rx.requests.every((r) => r.query.create === '1')).toBe(true);
    // One run id per site, shared by its start and its end.
    expect(rx.requests[0]!.query.rid).toBe(rx.requests[1]!.query.rid);
    expect(rx.requests[2]!.query.rid).toBe(rx.requests[3]!.query.rid);
    expect(rx.requests[0]!.query.rid).not.toBe(rx.requests[2]!.query.rid);
  });
});

describe('Uptime Kuma', () => {
  it('gets one GET per backup, with status=up or down and a short message, and no start', async () => {
    const kuma = `${rx.url}/api/push/Kt0ken?status=up&msg=OK&ping=`;
    await backup(inputs({ 'ping-url': kuma }));
    await backup(inputs({ 'ping-url': kuma, 'data-command': 'exit 4' }));
    expect(rx.requests.map((r) => [r.method, r.path, r.query.status])).toEqual([
      ['GET', '/api/push/Kt0ken', 'up'],
      ['GET', '/api/push/Kt0ken', 'down'],
    ]);
    expect(rx.requests[0]!.query.msg).toMatch(/^acme\/production: backup \S+ stored \(data; /);
    expect(rx.requests[1]!.query.msg).toMatch(
      /^acme\/production: backup failed\. Step `nightly \/ backup`: the `data` component failed: `data-command` exited with 4/,
    );
    expect(rx.requests[1]!.query.msg!.length).toBeLessThanOrEqual(200);
  });
});

describe('a monitor that fails never fails the backup', () => {
  it('a receiver answering 500: warnings that name the input and host only, and the backup succeeds', async () => {
    rx.answer = () => 500;
    const { io, result } = await backup(inputs({ 'webhook-url': `${rx.url}/hook`, 'webhook-on': 'always' }));
    expect(result.ok).toBe(true);
    expect(io.outputs['backup-id']).toBeDefined();
    expect(rx.requests).toHaveLength(3);
    const warnings = io.lines.filter((l) => l.startsWith('warning:'));
    const host = new URL(rx.url).host;
    expect(warnings).toEqual([
      `warning: The \`ping-url\` start ping to ${host} answered HTTP 500; the monitor may alert. The backup's outcome stands.`,
      `warning: The \`ping-url\` success ping to ${host} answered HTTP 500; the monitor may alert. The backup's outcome stands.`,
      `warning: The \`webhook-url\` post to ${host} answered HTTP 500; the monitor may alert. The backup's outcome stands.`,
    ]);
  });

  it('a receiver that never answers: each request is abandoned within the budget and the backup succeeds', async () => {
    rx.answer = () => 'never';
    // The budget's arithmetic is notify-messages.test.ts's (a fake clock); here a clock that
    // stands still gives each request its full share, so what is shown is the real abort.
    const { io, result } = await backup(inputs({ 'webhook-url': `${rx.url}/hook`, 'webhook-on': 'always' }), {
      budgetMs: 600,
      now: () => 0,
    });
    expect(result.ok).toBe(true);
    expect(rx.requests.map((r) => r.path)).toEqual(['/ping/5bd0ee52/start', '/ping/5bd0ee52', '/hook']);
    // The client closed all three: nothing is left hanging on the monitor.
    await rx.abandonedAtLeast(3);
    const warnings = io.lines.filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/start ping to \S+ gave no answer within 0\.3 s/);
    for (const w of warnings.slice(1)) expect(w).toMatch(/gave no answer within 0\.6 s/);
  });

  it('a receiver that is not there: a warning, and the backup succeeds', async () => {
    // A port outside the ephemeral range that nothing listens on (helpers/ports.ts).
    const { io, result } = await backup(inputs({ 'ping-url': `http://127.0.0.1:${await quietPort()}/ping/x` }));
    expect(result.ok).toBe(true);
    expect(io.lines.filter((l) => l.startsWith('warning:'))[0]).toMatch(
      /start ping to 127\.0\.0\.1:\d+ could not be reached \(ECONNREFUSED\)/,
    );
  });
});

describe('secrets never reach a monitor or a channel', () => {
  it("from inputs, the environment or a failing command's output, in any form", async () => {
    const leaky = `set -x
printf '%s\\n' "$DB_PASSWORD" "$DATABASE_URL" "$(cat '${path.join(root, 'pw')}')"
printf '%s' "$DB_PASSWORD" | base64
echo "fatal: password=$(cat '${path.join(root, 'pw')}') rejected" >&2; exit 3`;
    const { result } = await backup(inputs({ 'data-command': leaky, 'ssh-key': INPUT_SECRET, 'webhook-url': `${rx.url}/hook` }));
    expect(result.ok).toBe(false);
    expect(pings().map((p) => p.path)).toEqual(['/ping/5bd0ee52/start', '/ping/5bd0ee52/fail']);
    expect(hooks()).toHaveLength(1);
    const sent = (r: Received) => [r.path, JSON.stringify(r.query), JSON.stringify(r.headers), r.body].join('\n');
    for (const r of rx.requests) {
      for (const s of [INPUT_SECRET, ENV_SECRET, URL_SECRET])
        for (const f of forms(s)) expect(sent(r), `${f} in ${r.path}`).not.toContain(f);
      expect(sent(r)).not.toContain(COMMAND_SECRET);
      expect(sent(r)).not.toMatch(/fatal|rejected/);
    }
    // The webhook never carries the ping URL (a secret of its own), nor the ping the webhook URL.
    expect(hooks()[0]!.body).not.toContain('/ping/5bd0ee52');
    expect(
      pings()
        .map((p) => p.body)
        .join('\n'),
    ).not.toContain('/hook');
  });
});

describe('the store is left as a backup leaves it', () => {
  it('pings add nothing to the store', async () => {
    const inp = inputs();
    await backup(inp);
    const envDir = path.join(inp.store, 'acme/production');
    const [id] = readdirSync(envDir);
    expect(readdirSync(path.join(envDir, id!)).sort()).toEqual(['data.tar.gz', 'manifest.json']);
  });
});

// dist/ is rebuilt by the integrator, so the action's entry runs from source (tsx), the way the
// runner runs the bundle: INPUT_* variables, GITHUB_OUTPUT, the log on stdout.
async function runActionEntry(inputs: Record<string, string>, work: string) {
  const out = path.join(work, `out-${++n}`);
  writeFileSync(out, '');
  writeFileSync(`${out}.summary`, '');
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const e: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_OPTIONS: `--import=${tsx}`,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: `${out}.summary`,
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: work,
    ...env,
  };
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v;
  // Async, so the receiver in this process can answer while the action runs.
  const { status, stdout, stderr } = await promisify(execFile)(process.execPath, [path.resolve('src/actions/backup.ts')], {
    env: e,
    cwd: work,
    timeout: 120_000,
  }).then(
    (r) => ({ status: 0, ...r }),
    (err: { code?: number; stdout?: string; stderr?: string }) => ({
      status: err.code ?? 1,
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
    }),
  );
  return {
    status,
    log: stdout + stderr,
    outputs: parseOutputFile(readFileSync(out, 'utf8')),
    summary: readFileSync(`${out}.summary`, 'utf8'),
  };
}

describe('the action entry, as the runner runs it', () => {
  it('masks both URLs, pings start and fail, and no secret or URL reaches the log, summary or receiver', async () => {
    const work = await tempDir('sba-notify-action-');
    const leaky = `printf '%s\\n' "$DB_PASSWORD" "$(printenv INPUT_PING-URL)" "password=$(cat '${path.join(root, 'pw')}')"; exit 3`;
    const pingUrl = `${rx.url}/ping/5bd0ee52`;
    const hookUrl = `${rx.url}/hook/T0/B0/secretpart`;
    const r = await runActionEntry(
      inputs({ 'data-command': leaky, 'ssh-key': INPUT_SECRET, 'ping-url': pingUrl, 'webhook-url': hookUrl }),
      work,
    );
    expect(r.status, r.log).toBe(1);
    expect(rx.requests.map((q) => q.path)).toEqual(['/ping/5bd0ee52/start', '/ping/5bd0ee52/fail', '/hook/T0/B0/secretpart']);
    expect(r.log).toContain(`::add-mask::${pingUrl}`);
    expect(r.log).toContain(`::add-mask::${hookUrl}`);
    const shown =
      r.log
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n') +
      r.summary +
      JSON.stringify(r.outputs);
    // The command printed the ping URL: the log has it masked.
    expect(shown).toContain('***');
    for (const s of [pingUrl, hookUrl, '5bd0ee52', 'secretpart', INPUT_SECRET, ENV_SECRET, COMMAND_SECRET]) expect(shown).not.toContain(s);
    for (const q of rx.requests) for (const s of [ENV_SECRET, COMMAND_SECRET, INPUT_SECRET]) expect(q.body).not.toContain(s);
  }, 60_000);
});
