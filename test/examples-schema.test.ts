// Every example workflow and every action.yml against the published schemas (SchemaStore's
// github-workflow and github-action), as @action-validator/cli bundles them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionFiles, exampleWorkflows } from './examples-lib.js';

const BIN = path.resolve('node_modules/.bin/action-validator');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'sba-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `npx action-validator <file>`, minus npm's start-up: the same bin, run directly. */
function validate(file: string): { ok: boolean; output: string } {
  const r = spawnSync(BIN, [file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

describe('the validator itself', () => {
  it('runs offline: the schemas are compiled in, and its glue loads only fs, path and util', () => {
    const glue = readFileSync('node_modules/@action-validator/core/action_validator.js', 'utf8');
    const required = [...glue.matchAll(/require\(\s*[`'"]([^`'"]+)[`'"]\s*\)/g)].map((m) => m[1]).sort();
    expect([...new Set(required)]).toEqual(['fs', 'path', 'util']);
    expect(glue).not.toMatch(/\bfetch\(|https?:\/\/|XMLHttpRequest/);
  });

  it('rejects a broken workflow and a broken action, so a pass means something', () => {
    const wf = path.join(scratch, 'broken.yml');
    writeFileSync(wf, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n');
    expect(validate(wf)).toMatchObject({ ok: false, output: expect.stringMatching(/stepz/) });
    const act = path.join(scratch, 'action.yml');
    writeFileSync(act, 'name: x\ndescription: y\nruns:\n  using: node20\n  mian: index.js\n');
    expect(validate(act).ok).toBe(false);
  });
});

describe.each(exampleWorkflows())('example %s', (file) => {
  it('matches the GitHub workflow schema', () => {
    let r = validate(file);
    const text = readFileSync(file, 'utf8');
    if (!r.ok && /\/permissions/.test(r.output) && /^\s+attestations:\s*write\b/m.test(text)) {
      // action-validator 0.6.0 bundles a schema from before the `attestations` permission
      // existed (the release job needs it to attest provenance), and rejects that alone.
      // Validate everything else by checking the same file without that one line.
      const dir = mkdtempSync(path.join(scratch, 'w-'));
      const copy = path.join(dir, path.basename(file));
      writeFileSync(copy, text.replace(/^\s+attestations:\s*write\b.*\n/m, ''));
      r = validate(copy);
    }
    expect(r.ok, r.output).toBe(true);
  });
});

describe.each(actionFiles())('%s', (file) => {
  it('matches the GitHub action schema, and runs on node24', () => {
    const text = readFileSync(file, 'utf8');
    const doc = parse(text) as { runs?: { using?: string } };
    expect(doc.runs?.using).toBe('node24');
    let r = validate(file);
    if (!r.ok && /\/runs\/using/.test(r.output)) {
      // action-validator 0.6.0 bundles a schema from before node24 existed (its enum stops at
      // node20), so it rejects `using: node24` and nothing else. Validate everything else by
      // checking the same file with only that value changed.
      const dir = mkdtempSync(path.join(scratch, 'a-'));
      const copy = path.join(dir, 'action.yml');
      writeFileSync(copy, text.replace(/^(\s+using:\s*)['"]?node24['"]?\s*$/m, '$1node20'));
      r = validate(copy);
    }
    expect(r.ok, r.output).toBe(true);
  });
});
