// The fleet example is two files that must agree: sites.yml names inputs and secrets, and
// fleet-backup.yml must hand each of them to the right step, or a site silently loses a setting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUTS, type InputSpec } from '../src/config/inputs.js';
import { buildMatrix } from '../src/fleet/matrix.js';
import { parseSitesFile } from '../src/fleet/sites-file.js';
import { loadYaml, ourActionFile, usesSteps } from './examples-lib.js';

const SITES = 'workflows-examples/fleet/sites.yml';
const WORKFLOW = 'workflows-examples/fleet-backup.yml';

const targets = parseSitesFile(readFileSync(SITES, 'utf8'), SITES);
const doc = loadYaml(WORKFLOW) as { jobs: Record<string, { steps: Record<string, unknown>[]; strategy?: Record<string, unknown> }> };
const perSite = doc.jobs.backup!.steps;
const stepOf = (file: string) => perSite.find((s) => typeof s.uses === 'string' && ourActionFile(s.uses)?.file === file) as { with: Record<string, string>; env?: Record<string, string> };
const backup = stepOf('action.yml');
const prune = stepOf('prune/action.yml');
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
        if (s.actions.includes('backup') && backup.with[k] !== `\${{ matrix.inputs.${k} }}` && k !== 'max-age') missing.push(`${t.id}: backup step lacks \`${k}: \${{ matrix.inputs.${k} }}\``);
        if (s.actions.includes('prune') && prune.with[k] !== `\${{ matrix.inputs.${k} }}` && !['components'].includes(k)) missing.push(`${t.id}: prune step lacks \`${k}: \${{ matrix.inputs.${k} }}\``);
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
    expect(prune.with['backup-outcome']).toBe('${{ steps.backup.outcome }}');
  });

  it('the matrix of the example carries secret names and no secret values', () => {
    const json = JSON.stringify(buildMatrix(targets).matrix);
    for (const t of targets) for (const name of Object.values(t.secrets)) expect(json).toContain(`"${name}"`);
    expect(json).not.toMatch(/BEGIN|AGE-SECRET|ghp_/);
  });

  it('both backup jobs run every matrix entry with max-parallel and without fail-fast', () => {
    for (const id of ['backup', 'shards']) {
      const s = doc.jobs[id]!.strategy!;
      expect(s.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
      expect(s['max-parallel']).toBeGreaterThan(0);
      expect(s['fail-fast']).toBe(false);
    }
    expect(usesSteps(doc, '').some((s) => ourActionFile(s.uses)?.file === 'matrix/action.yml')).toBe(true);
  });
});
