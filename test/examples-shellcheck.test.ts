// The shell in the examples passes shellcheck: every `run:` step, every `*-command` input given
// to our actions (they run in bash too), and the commands in the example sites file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSitesFile } from '../src/fleet/sites-file.js';
import { exampleWorkflows, loadYaml, ourActionFile, runScripts, usesSteps } from './examples-lib.js';
import { describeWithTools } from './helpers/requires.js';

const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;

/**
 * `${{ … }}` is replaced by the runner before the shell runs. Standing in a variable for it lets
 * shellcheck judge the quoting around it as it would around any expansion.
 */
function forShellcheck(script: string): string {
  return script.replace(/\$\{\{[\s\S]*?\}\}/g, '${GHA_EXPR}');
}

interface Script {
  where: string;
  shell: 'bash' | 'sh';
  text: string;
}

function scripts(): Script[] {
  const out: Script[] = [];
  for (const file of exampleWorkflows()) {
    const doc = loadYaml(file);
    for (const r of runScripts(doc, file)) {
      const shell = r.shell.split(/\s+/)[0];
      // Other shells (pwsh, python) are out of shellcheck's reach; the examples use none.
      if (shell === 'bash' || shell === 'sh') out.push({ where: r.where, shell, text: r.script });
    }
    for (const s of usesSteps(doc, '')) {
      if (!ourActionFile(s.uses)) continue;
      for (const [k, v] of Object.entries(s.with)) {
        if (k.endsWith('-command') && typeof v === 'string') out.push({ where: `${file}: ${s.where}.with.${k}`, shell: 'bash', text: v });
      }
    }
  }
  const sites = 'workflows-examples/fleet/sites.yml';
  for (const t of parseSitesFile(readFileSync(sites, 'utf8'), sites)) {
    for (const [k, v] of Object.entries(t.inputs))
      if (k.endsWith('-command')) out.push({ where: `${sites}: ${t.id} ${k}`, shell: 'bash', text: v });
  }
  return out;
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'sba-shellcheck-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Finding {
  line: number;
  code: number;
  level: string;
  message: string;
}

/** One shellcheck run per script; json1 output keeps the findings machine-readable. */
function shellcheck(s: Script, i: number): Finding[] {
  const file = path.join(scratch, `script-${i}.sh`);
  writeFileSync(file, forShellcheck(s.text));
  const r = spawnSync('shellcheck', ['--norc', '-s', s.shell, '-f', 'json1', file], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`shellcheck failed to run: ${r.stderr}`);
  return (JSON.parse(r.stdout || '{"comments":[]}') as { comments: Finding[] }).comments;
}

const all = scripts();

describe('the shell of the examples', () => {
  it('is found', () => {
    expect(all.some((s) => s.where.includes('fleet-backup.yml'))).toBe(true);
    expect(all.some((s) => s.where.includes('.with.data-command'))).toBe(true);
  });
});

// Without shellcheck this block is skipped loudly on a developer's machine and fails under CI
// (.ci/run installs Debian's package), so a missing tool never counts as a pass.
describeWithTools('shellcheck', hasShellcheck ? [] : ['shellcheck'], () => {
  it('flags what it should, so a clean result means something', () => {
    expect(shellcheck({ where: 'probe', shell: 'bash', text: 'echo ${{ github.workspace }}\necho $HOME' }, -1).map((f) => f.code)).toEqual([
      2086, 2086,
    ]);
    expect(forShellcheck('echo "${{ steps.a.outputs.b }}" ${{ x }}')).toBe('echo "${GHA_EXPR}" ${GHA_EXPR}');
  });

  it.each(all.map((s, i) => [s.where, s, i] as const))('%s', (_where, s, i) => {
    const findings = shellcheck(s, i);
    const text = findings.map((f) => `line ${f.line}: SC${f.code} (${f.level}) ${f.message}`).join('\n');
    expect(findings, `${s.where}\n${forShellcheck(s.text)}\n---\n${text}`).toEqual([]);
  });
});
