import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyFailure } from '../src/report/errors.js';
import { redact, secretsInEnv } from '../src/report/redact.js';
import { GitHubDouble } from './helpers/github-double.js';
import { registerIssues, type IssuesState } from './helpers/github-issues.js';
import { parseOutputFile } from './helpers/runner.js';
import { tempDir } from './helpers/tmp.js';

// Secrets never reach anything we write. The bundled backup and prune actions run as the runner
// runs them; their user's command prints every secret it can, in every form; then every sink is
// swept: the log (less the runner's own ::add-mask:: commands), the summary, the outputs, the
// status record, the failure issue and its comments on the GitHub double, and the manifests.

const run = promisify(execFile);

// Characters that base64 and URL encoding both change.
const INPUT_SECRET = 'ssh-key: In/put+Key=9 ~x';
const ENV_SECRET = 'Env/Pa+ss=w0rd ~7';
const URL_SECRET = 'Ur/l+Pw~3';
const TOKEN = 'ghs_secretsweeptoken0987654321';
// Known only to the user's command: read from a file, printed by `set -x` and by the tool.
const COMMAND_SECRET = 'fromFileOnly42x';

const forms = (s: string) => ({ raw: s, base64: Buffer.from(s).toString('base64').replace(/=+$/, ''), url: encodeURIComponent(s) });

let gh: GitHubDouble;
let issues: IssuesState;
beforeAll(async () => {
  gh = new GitHubDouble();
  await gh.start();
  issues = registerIssues(gh);
});
afterAll(() => gh.stop());

interface Ran {
  log: string;
  outputs: Record<string, string>;
  summary: string;
  status: number;
}

async function bundle(name: 'backup' | 'prune', inputs: Record<string, string>, work: string, env: Record<string, string>): Promise<Ran> {
  const out = path.join(work, `out-${name}-${Date.now()}`);
  writeFileSync(out, '');
  writeFileSync(`${out}.summary`, '');
  writeFileSync(`${out}.event`, '{}');
  const e: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: `${out}.summary`,
    GITHUB_EVENT_PATH: `${out}.event`,
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: work,
    ...env,
  };
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v;
  // Async, so the GitHub double in this process can answer while the action runs.
  const { status, stdout, stderr } = await run(process.execPath, [path.resolve(`dist/${name}/index.js`)], {
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
    log: stdout + stderr,
    outputs: parseOutputFile(readFileSync(out, 'utf8')),
    summary: readFileSync(`${out}.summary`, 'utf8'),
    status,
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

describe('secrets in everything we write', () => {
  it("no secret, in any form, from inputs, the environment or a user's command, reaches a sink", async () => {
    const work = await tempDir('sba-secrets-');
    const store = path.join(work, 'store');
    writeFileSync(path.join(work, 'pw'), COMMAND_SECRET);
    const env = {
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: `${issues.owner}/${issues.repo}`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_JOB: 'nightly',
      GITHUB_ACTION: 'backup',
      GITHUB_EVENT_NAME: 'schedule',
      DB_PASSWORD: ENV_SECRET,
      DATABASE_URL: `postgres://app:${encodeURIComponent(URL_SECRET)}@db.internal/shop`,
    };
    // Everything a careless command can print: every secret raw, base64 and URL-encoded, its env,
    // xtrace of a client given -p"…" from a file, and a tool echoing --password=….
    const leaky = (fail: boolean) => `set -x
for s in "$DB_PASSWORD" "$INPUT_SSH-KEY" "$DATABASE_URL"; do :; done
printf '%s\\n' "$DB_PASSWORD" "$DATABASE_URL"
printf '%s' "$DB_PASSWORD" | base64
node -e 'for (const v of [process.env.DB_PASSWORD, process.argv[1]]) console.log(encodeURIComponent(v), Buffer.from(v).toString("base64"))' "$(printenv INPUT_SSH-KEY)"
env | sort
dump() { echo "connecting with --password=$2"; }
dump -u app -p"$(cat '${path.join(work, 'pw')}')"
echo 'select 1;' > "$BACKUP_OUT/db.sql"
${fail ? 'echo "fatal: password=$(cat ' + path.join(work, 'pw') + ') rejected" >&2; exit 3' : ''}`;
    const inputs = (fail: boolean) => ({
      site: 'acme',
      platform: 'command',
      store,
      'data-command': leaky(fail),
      'ssh-key': INPUT_SECRET,
      compression: 'gzip',
      trigger: 'auto',
      timeout: '5m',
    });

    const ok = await bundle('backup', inputs(false), work, env);
    expect(ok.status, ok.log).toBe(0);
    const failed = await bundle('backup', inputs(true), work, env);
    expect(failed.status).toBe(1);
    const statusFile = readFileSync(path.join(work, 'site-backup-status--acme--production.json'), 'utf8');
    const pruned = await bundle(
      'prune',
      { site: 'acme', store, retention: 'last=5', 'github-token': TOKEN, 'backup-outcome': 'failure' },
      work,
      env,
    );
    expect(pruned.status, pruned.log).toBe(0);

    const issue = issues.issues.find((i) => i.title === 'Backup failing: acme/production')!;
    expect(issue).toBeDefined();
    // The issue says what failed in our words, with the step and the run; no output of the command.
    expect(issue.body).toContain('The backup failed in component `data`.');
    expect(issue.body).toContain('Step `nightly / backup`: the `data` component failed: `data-command` exited with 3.');
    expect(issue.body).toContain('(https://github.com/actions/runs/4242)'.replace('/actions', '/acme-org/sites/actions'));
    expect(issue.body).not.toMatch(/fatal|rejected|connecting/);
    expect(JSON.parse(statusFile)).toMatchObject({ outcome: 'failure', component: 'data', kind: 'command', step: 'nightly / backup' });
    // The command really printed them (so the sweep below means something): its lines are in the log.
    expect(failed.log).toMatch(/connecting with --password=\*\*\*/);

    const manifests = filesUnder(store)
      .filter((f) => f.endsWith('manifest.json'))
      .map((f) => readFileSync(f, 'utf8'));
    expect(manifests).toHaveLength(1);
    const stripMasks = (log: string) =>
      log
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
    const sinks: Record<string, string> = {
      'backup log': stripMasks(ok.log),
      'failed backup log': stripMasks(failed.log),
      'prune log': stripMasks(pruned.log),
      summary: ok.summary + failed.summary + pruned.summary,
      outputs: JSON.stringify([ok.outputs, failed.outputs, pruned.outputs]),
      'status record': statusFile,
      'issue bodies': [issue.body, ...issue.comments].join('\n'),
      manifests: manifests.join('\n'),
    };
    for (const [sink, text] of Object.entries(sinks)) {
      for (const secret of [INPUT_SECRET, ENV_SECRET, URL_SECRET, TOKEN]) {
        for (const [form, value] of Object.entries(forms(secret)))
          expect(text, `${form} form of ${secret} in the ${sink}`).not.toContain(value);
      }
      expect(text, `the command's own secret in the ${sink}`).not.toContain(COMMAND_SECRET);
    }
    // The runner was told to mask every secret it was given.
    for (const s of [INPUT_SECRET, ENV_SECRET, URL_SECRET, TOKEN]) expect(ok.log + pruned.log).toContain(`::add-mask::${s}`);
  }, 60_000);
});

describe('the rule for secrets (SECURITY.md)', () => {
  it('takes variables named like secrets and the passwords of credential URLs, and leaves the rest', () => {
    const found = secretsInEnv({
      API_TOKEN: 'tok-123456',
      DB_PASS: 'hunter22',
      MY_PRIVATE_KEY: 'abcdefgh',
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      SSH_AUTH_SOCK: '/tmp/agent.1',
      FEATURE_KEY: 'true',
      HOME: '/root',
      REDIS_URL: 'redis://:s3cr%2Ft@cache:6379',
    });
    expect(found.sort()).toEqual(['abcdefgh', 'hunter22', 's3cr%2Ft', 's3cr/t', 'tok-123456'].sort());
  });

  it("takes the database clients' password variables at any length, and no shell PWD", () => {
    expect(secretsInEnv({ MYSQL_PWD: 'pw12', PGPASSWORD: 'pg345', PWD: '/home/runner/work/sites', OLDPWD: '/home/runner' }).sort()).toEqual(
      ['pg345', 'pw12'],
    );
    // SECURITY.md lists MYSQL_PWD among the platform credentials: printed by `env`, it is masked.
    expect(redact('MYSQL_PWD=never-seen-pw\nPGPASSWORD=never-seen-pg')).toBe('MYSQL_PWD=***\nPGPASSWORD=***');
  });

  it('redacts values that stand where secrets stand, though never registered', () => {
    expect(redact("+ mysqldump -u app '-pnever-seen' shop")).toBe("+ mysqldump -u app '-p***' shop");
    expect(redact('mysql -u app -p"never seen"')).toBe('mysql -u app -p***');
    expect(redact('curl -H "Authorization: Bearer abc.def.ghi"')).toBe('curl -H "Authorization: Bearer ***"');
    expect(redact('DB_PASSWORD=never-seen other=1')).toBe('DB_PASSWORD=*** other=1');
    expect(redact('{"api_key": "never-seen"}')).toBe('{"api_key": "***"}');
    expect(redact('tool --password never-seen --user app')).toBe('tool --password *** --user app');
    expect(redact('pos-cli data export production -p data.zip')).toBe('pos-cli data export production -p data.zip');
  });

  it('classifies failures in its own words', () => {
    const e = Object.assign(new Error('data: data-command exited with 3: fatal: password=xyz rejected'), {
      name: 'ComponentError',
      component: 'data',
    });
    expect(classifyFailure(e)).toEqual({ kind: 'command', text: 'the `data` component failed: `data-command` exited with 3' });
  });
});
