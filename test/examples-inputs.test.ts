// A workflow that passes an input our action does not have gets only a warning from the runner,
// and the setting silently does nothing. So: every `with:` key on our actions, in the examples
// and in the docs' YAML, must exist in the matching action.yml, and required inputs must be given.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTIONS, activeActions } from '../scripts/gen-action-files.js';
import {
  actionInputs,
  exampleWorkflows,
  REPO_WORKFLOWS_DIR,
  loadYaml,
  markdownFiles,
  ourActionFile,
  usesSteps,
  yamlBlocks,
  type UsesStep,
} from './examples-lib.js';

/** Action files whose source exists: the ones this checkout builds and generates. */
const active = new Set(activeActions().map((a) => ACTIONS[a].file));

/** Problems with one step that uses our action; an empty list when it is right. */
function checkStep(step: UsesStep, where: string, { requireRef }: { requireRef: boolean }): string[] {
  const ours = ourActionFile(step.uses);
  if (!ours) {
    return /^site-backup-action\//.test(step.uses)
      ? [`${where}: \`${step.uses}\` is not one of our actions (write site-backup-action/site-backup-action[/prune|/restore|/matrix]@v1)`]
      : [];
  }
  if (!existsSync(ours.file) || !active.has(ours.file)) {
    return [`${where}: \`${step.uses}\` points at ${ours.file}, which this checkout does not have`];
  }
  const problems: string[] = [];
  if (requireRef && ours.ref !== 'v1')
    problems.push(`${where}: use \`@v1\`, the major-version tag users should pin (got \`${step.uses}\`)`);
  const inputs = actionInputs(ours.file);
  for (const key of Object.keys(step.with)) {
    if (!inputs.has(key))
      problems.push(`${where}: input \`${key}\` does not exist in ${ours.file} (it has: ${[...inputs.keys()].join(', ')})`);
  }
  for (const [name, spec] of inputs) {
    if (spec.mustGive && !(name in step.with)) problems.push(`${where}: required input \`${name}\` of ${ours.file} is not given`);
  }
  return problems;
}

describe('the checker', () => {
  it('catches an unknown input, a missing required one, a wrong path and a missing tag', () => {
    const step = (uses: string, w: Record<string, unknown>): UsesStep => ({ uses, with: w, where: 'x' });
    expect(
      checkStep(step('site-backup-action/site-backup-action@v1', { site: 'a', 'retention-typo': '1' }), 'w', { requireRef: true }),
    ).toEqual([expect.stringMatching(/input `retention-typo` does not exist in action\.yml/)]);
    expect(checkStep(step('site-backup-action/site-backup-action@v1', {}), 'w', { requireRef: true })).toEqual([
      expect.stringMatching(/required input `site` of action\.yml is not given/),
    ]);
    expect(checkStep(step('site-backup-action/site-backup-action/prun@v1', { site: 'a' }), 'w', { requireRef: true })).toEqual([
      expect.stringMatching(/prun\/action\.yml, which this checkout does not have/),
    ]);
    expect(checkStep(step('site-backup-action/site-backup-action/prune', { site: 'a' }), 'w', { requireRef: true })).toEqual([
      expect.stringMatching(/is not one of our actions/),
    ]);
    expect(checkStep(step('site-backup-action/site-backup-action@main', { site: 'a' }), 'w', { requireRef: true })).toEqual([
      expect.stringMatching(/use `@v1`/),
    ]);
    expect(checkStep(step('actions/checkout@v4', { anything: 1 }), 'w', { requireRef: true })).toEqual([]);
  });
});

describe.each(exampleWorkflows())('example %s', (file) => {
  const steps = usesSteps(loadYaml(file), '');
  it('passes only inputs our actions have, and every required one', () => {
    // Our own workflows test this checkout (`uses: ./`); the examples show users the tag to pin.
    const requireRef = !file.startsWith(REPO_WORKFLOWS_DIR);
    const problems = steps.flatMap((s) => checkStep(s, `${file}: ${s.where}`, { requireRef }));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('examples as a whole', () => {
  it('use each of our active actions at least once, at @v1', () => {
    const used = new Set(
      exampleWorkflows().flatMap((f) =>
        usesSteps(loadYaml(f), '')
          .map((s) => ourActionFile(s.uses)?.file)
          .filter(Boolean),
      ),
    );
    for (const f of ['action.yml', 'prune/action.yml', 'matrix/action.yml']) if (active.has(f)) expect(used, f).toContain(f);
  });

  it('reach AWS only through OIDC: id-token permission, configure-aws-credentials with a role, and no keys', () => {
    for (const file of exampleWorkflows()) {
      const doc = loadYaml(file);
      const steps = usesSteps(doc, '');
      const aws = steps.filter((s) => s.uses.startsWith('aws-actions/configure-aws-credentials@'));
      const usesS3 = steps.some((s) => typeof s.with.store === 'string' && /^s3:\/\/|matrix\.store/.test(s.with.store as string));
      if (!usesS3) continue;
      expect(aws.length, `${file} uses S3 but never configures AWS credentials`).toBeGreaterThan(0);
      for (const s of aws) {
        expect(s.with['role-to-assume'], `${file}: ${s.where}`).toBeTruthy();
        expect(
          Object.keys(s.with).filter((k) => /access-key|secret-access/.test(k)),
          `${file}: ${s.where} passes long-lived keys`,
        ).toEqual([]);
      }
      expect(JSON.stringify(doc)).toMatch(/"id-token":"write"/);
    }
  });

  it('set least-privilege permissions: every job names its scopes (never read-all or write-all)', () => {
    for (const file of exampleWorkflows()) {
      const doc = loadYaml(file) as { permissions?: unknown; jobs: Record<string, { permissions?: unknown }> };
      for (const [id, job] of Object.entries(doc.jobs)) {
        const p = job.permissions ?? doc.permissions;
        expect(p, `${file}: job ${id} must say its permissions`).toBeTypeOf('object');
        for (const [scope, level] of Object.entries(p as Record<string, string>)) {
          expect(['read', 'write', 'none'], `${file}: ${id}.${scope}`).toContain(level);
        }
      }
    }
  });

  it('share one concurrency group per site and environment between backup and prune', () => {
    for (const file of exampleWorkflows()) {
      const doc = loadYaml(file) as {
        concurrency?: { group?: string };
        jobs: Record<string, { concurrency?: { group?: string }; steps?: { uses?: string }[] }>;
      };
      for (const [id, job] of Object.entries(doc.jobs)) {
        const uses = (job.steps ?? []).map((s) => ourActionFile(s.uses ?? '')?.file);
        if (!uses.includes('action.yml') && !uses.includes('prune/action.yml')) continue;
        const group = job.concurrency?.group ?? doc.concurrency?.group;
        expect(group, `${file}: job ${id} backs up or prunes without a concurrency group`).toMatch(/^site-backup-/);
        expect(group, `${file}: job ${id}: the group names the site and environment`).toMatch(
          /^site-backup-(\$\{\{ matrix\.site \}\}-\$\{\{ matrix\.environment \}\}|[a-z0-9][a-z0-9._-]*-[A-Za-z0-9._-]+)$/,
        );
      }
    }
  });
});

describe('YAML in the README and docs', () => {
  const blocks = markdownFiles().flatMap((f) => yamlBlocks(f));

  it('has blocks to check', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))('%s passes only inputs our actions have', (_where, block) => {
    let doc: unknown;
    try {
      doc = parse(block.text);
    } catch (e) {
      throw new Error(`${block.file}:${block.line}: the YAML block does not parse: ${(e as Error).message.split('\n')[0]}`, { cause: e });
    }
    // Snippets may leave out required inputs that the surrounding text explains; whole workflows may not.
    const whole = !!doc && typeof doc === 'object' && 'jobs' in (doc as object);
    const problems = usesSteps(doc, '').flatMap((s) =>
      checkStep(s, `${block.file}:${block.line}: ${s.where}`, { requireRef: whole }).filter((p) => whole || !/required input/.test(p)),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('generated files', () => {
  it('every action.yml and README table matches src/config/inputs.ts (gen --check exits 0)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-action-files.ts', '--check'], { encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}\nrun \`npm run gen\``).toBe(0);
  });
});
