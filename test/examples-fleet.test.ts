// The fleet example is two files that must agree: sites.yml names inputs and secrets, and
// fleet-backup.yml must hand each of them to the right step, or a site silently loses a setting.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUTS, type InputSpec } from '../src/config/inputs.js';
import { buildMatrix } from '../src/fleet/matrix.js';
import { parseSitesFile } from '../src/fleet/sites-file.js';
import { exampleWorkflows, loadYaml, ourActionFile, usesSteps } from './examples-lib.js';

const SITES = 'workflows-examples/fleet/sites.yml';
const WORKFLOW = 'workflows-examples/fleet-backup.yml';

const targets = parseSitesFile(readFileSync(SITES, 'utf8'), SITES);
type Job = {
  steps: Record<string, unknown>[];
  strategy?: Record<string, unknown>;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  concurrency?: Record<string, unknown>;
};
const doc = loadYaml(WORKFLOW) as { jobs: Record<string, Job> };
const ours = (job: string, file: string) =>
  doc.jobs[job]!.steps.find((s) => typeof s.uses === 'string' && ourActionFile(s.uses)?.file === file) as
    { with: Record<string, string>; env?: Record<string, string> } | undefined;
const backup = ours('backup', 'action.yml')!;
const prune = ours('prune', 'prune/action.yml')!;
const roleOf = (job: string) =>
  (
    doc.jobs[job]!.steps.find((s) => String(s.uses).startsWith('aws-actions/configure-aws-credentials@')) as {
      with: Record<string, string>;
    }
  ).with['role-to-assume'];
const runOf = (job: string) => doc.jobs[job]!.steps.map((s) => String(s.run ?? '')).join('\n');
const spec = (k: string) => (INPUTS as Record<string, InputSpec>)[k];

describe('fleet example: sites.yml and fleet-backup.yml agree', () => {
  it('the example fleet builds a matrix of one job per site and environment', () => {
    const m = buildMatrix(targets, 250);
    expect(m.sharded).toBe(false);
    expect(m.jobs).toBe(targets.length);
  });

  it('every input a site sets reaches the steps that take it, from matrix.inputs', () => {
    const missing: string[] = [];
    for (const t of targets) {
      for (const k of Object.keys(t.inputs)) {
        const s = spec(k)!;
        if (s.actions.includes('backup') && backup.with[k] !== `\${{ matrix.inputs.${k} }}` && k !== 'max-age')
          missing.push(`${t.id}: backup step lacks \`${k}: \${{ matrix.inputs.${k} }}\``);
        if (s.actions.includes('prune') && prune.with[k] !== `\${{ matrix.inputs.${k} }}` && !['components'].includes(k))
          missing.push(`${t.id}: prune step lacks \`${k}: \${{ matrix.inputs.${k} }}\``);
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('every secret a site names reaches the backup step by reference, never by value', () => {
    const missing: string[] = [];
    for (const t of targets) {
      for (const k of Object.keys(t.secrets)) {
        const want = `\${{ secrets[matrix.secrets.${k}] }}`;
        const got = /^[A-Z_][A-Z0-9_]*$/.test(k) ? backup.env?.[k] : backup.with[k];
        if (got !== want) missing.push(`${t.id}: backup step lacks \`${k}: ${want}\``);
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('the site, environment, platform and store come from the matrix in both steps', () => {
    for (const k of ['site', 'environment', 'platform', 'store']) expect(backup.with[k]).toBe(`\${{ matrix.${k} }}`);
    for (const k of ['site', 'environment', 'store']) expect(prune.with[k]).toBe(`\${{ matrix.${k} }}`);
  });

  it('the backup jobs never prune, and cannot: no prune step, no issues permission, the backup role', () => {
    for (const id of ['backup', 'shards']) {
      expect(ours(id, 'prune/action.yml')).toBeUndefined();
      expect(doc.jobs[id]!.permissions!.issues).toBeUndefined();
      expect(roleOf(id)).toBe('${{ vars.SITE_BACKUP_ROLE_ARN }}');
    }
    expect(runOf('shards')).toMatch(/ fleet-backup --sites sites\.yml --only "\$SITES" --no-prune$/m);
  });

  it('prune runs in jobs of their own, after every backup (failed ones too), with a role that may delete', () => {
    for (const [id, after, sharded] of [
      ['prune', 'backup', 'false'],
      ['prune-shards', 'shards', 'true'],
    ] as const) {
      const job = doc.jobs[id]!;
      expect(job.needs).toEqual(['plan', after]);
      expect(job.if).toBe(`always() && needs.plan.result == 'success' && needs.plan.outputs.sharded == '${sharded}'`);
      expect(job.permissions).toMatchObject({ 'id-token': 'write', issues: 'write' });
      expect(roleOf(id)).toBe('${{ vars.SITE_BACKUP_PRUNE_ROLE_ARN }}');
      expect(job.strategy).toMatchObject({ matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}', 'fail-fast': false });
    }
    expect(runOf('prune-shards')).toMatch(/ fleet-prune --sites sites\.yml --only "\$SITES"$/m);
    // The same per-site group as the backup, so a site's prune never overlaps its backup or a restore.
    expect(doc.jobs.prune!.concurrency).toEqual(doc.jobs.backup!.concurrency);
  });

  it("each prune job gets the status its site's backup job uploaded, so failure issues still open", () => {
    const upload = (id: string) =>
      (doc.jobs[id]!.steps.find((s) => String(s.uses).startsWith('actions/upload-artifact@')) as { with: Record<string, string> }).with;
    const download = (id: string) =>
      (doc.jobs[id]!.steps.find((s) => String(s.uses).startsWith('actions/download-artifact@')) as { with: Record<string, string> }).with;
    for (const [b, p] of [
      ['backup', 'prune'],
      ['shards', 'prune-shards'],
    ] as const) {
      expect(download(p).name).toBe(upload(b).name);
      // Prune reads the status record from RUNNER_TEMP when backup-outcome is empty.
      expect(download(p).path).toBe('${{ runner.temp }}');
      expect(upload(b).path).toBe('${{ runner.temp }}/site-backup-status--*.json');
    }
    expect(prune.with['backup-outcome']).toBe('');
    // A fleet's prune must not ping the backup's check (it would mark it up after a failed backup).
    expect(prune.with['ping-url']).toBeUndefined();
  });

  it('the matrix of the example carries secret names and no secret values', () => {
    const json = JSON.stringify(buildMatrix(targets).matrix);
    for (const t of targets) for (const name of Object.values(t.secrets)) expect(json).toContain(`"${name}"`);
    expect(json).not.toMatch(/BEGIN|AGE-SECRET|ghp_/);
  });

  it('the backup and prune jobs run every matrix entry with max-parallel and without fail-fast', () => {
    for (const id of ['backup', 'shards', 'prune', 'prune-shards']) {
      const s = doc.jobs[id]!.strategy!;
      expect(s.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
      expect(s['max-parallel']).toBeGreaterThan(0);
      expect(s['fail-fast']).toBe(false);
    }
    expect(usesSteps(doc, '').some((s) => ourActionFile(s.uses)?.file === 'matrix/action.yml')).toBe(true);
  });
});

describe('workflows pass named secrets only, to actions pinned by commit (issue 19)', () => {
  it('a shard gets exactly the secrets sites.yml names, each by name, as one JSON object', () => {
    const step = doc.jobs.shards!.steps.find((s) => (s.env as Record<string, string> | undefined)?.SITE_BACKUP_SECRETS) as {
      env: Record<string, string>;
    };
    const tpl = step.env.SITE_BACKUP_SECRETS!;
    // As the runner would fill it in (a secret's toJSON is a JSON string), it parses as an object.
    const filled = tpl.replace(/\$\{\{ toJSON\(secrets\.([A-Z0-9_]+)\) \}\}/g, (_m, n: string) => JSON.stringify(`value of ${n}\nline 2`));
    const obj = JSON.parse(filled) as Record<string, string>;
    const named = [...new Set(targets.flatMap((t) => Object.values(t.secrets)))].sort();
    expect(Object.keys(obj).sort()).toEqual(named);
    for (const [k, v] of Object.entries(obj)) expect(v).toBe(`value of ${k}\nline 2`);
  });

  it('no workflow, example or doc hands a job every secret, and third-party actions are pinned by commit', () => {
    const files = [
      ...exampleWorkflows(),
      ...readdirSync('docs')
        .map((f) => `docs/${f}`)
        .filter((f) => f.endsWith('.md')),
      'README.md',
    ];
    const problems: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      // As a value (prose may warn against it).
      if (/:\s*\$\{\{\s*toJSON\(\s*secrets\s*\)|secrets:\s*inherit/.test(text)) problems.push(`${f}: passes every secret`);
      for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@(\S+)(.*)/g)) {
        const [, action, ref, rest] = m as unknown as [string, string, string, string];
        if (action.startsWith('actions/') || action.startsWith('site-backup-action/')) continue;
        if (!/^[0-9a-f]{40}$/.test(ref) || !/#\s*v\d+\.\d+\.\d+/.test(rest))
          problems.push(`${f}: ${action}@${ref} is not pinned by commit with its version in a comment`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a release attests its bundles and package, publishes with provenance, and RELEASES.md says how to verify', () => {
    const rel = loadYaml('.github/workflows/release.yml') as {
      jobs: Record<
        string,
        { permissions?: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }
      >;
    };
    const job = rel.jobs.release!;
    expect(job.permissions).toMatchObject({ 'id-token': 'write', attestations: 'write' });
    const attest = job.steps.find((st) => st.uses?.startsWith('actions/attest-build-provenance@'))!;
    expect(attest.with!['subject-path']).toMatch(/dist\/\*\/index\.js[^]*\.tgz/);
    expect(job.steps.some((st) => /npm publish .*--provenance/.test(st.run ?? ''))).toBe(true);
    const doc = readFileSync('RELEASES.md', 'utf8');
    expect(doc).toMatch(/gh attestation verify "\$f" --repo site-backup-action\/site-backup-action/);
    expect(doc).toMatch(/## Protected tags[^]*refs\/tags\/v\*\.\*\.\*/);
  });
});
