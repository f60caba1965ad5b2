// What the example-validation tests share: finding the workflows, the action.yml files and the
// YAML in the docs, and telling which `uses:` are ours. Generic on purpose: a new example, a new
// sub-action or a new README section is checked without touching the tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';

export const EXAMPLES_DIR = 'workflows-examples';

/** Our own CI, release and end-to-end workflows, held to the same checks as the examples. */
export const REPO_WORKFLOWS_DIR = '.github/workflows';

function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Every workflow we ship or run: the examples (top level of workflows-examples/; sub-folders hold
 * other files, such as sites.yml) and the repository's own .github/workflows.
 */
export function exampleWorkflows(): string[] {
  return [...yamlFilesIn(EXAMPLES_DIR), ...yamlFilesIn(REPO_WORKFLOWS_DIR)];
}

/** action.yml at the root and in each first-level folder (prune/, restore/, matrix/, ...). */
export function actionFiles(): string[] {
  const out = existsSync('action.yml') ? ['action.yml'] : [];
  for (const d of readdirSync('.', { withFileTypes: true })) {
    if (!d.isDirectory() || d.name.startsWith('.') || d.name === 'node_modules' || d.name === 'dist') continue;
    for (const name of ['action.yml', 'action.yaml']) {
      if (existsSync(path.join(d.name, name))) out.push(path.join(d.name, name));
    }
  }
  return out.sort();
}

/** Markdown files whose YAML blocks are checked: the READMEs and everything under docs/. */
export function markdownFiles(): string[] {
  const out = ['README.md'];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name.endsWith('.md')) out.push(p);
    }
  };
  walk('docs');
  for (const f of ['SECURITY.md', 'FORMAT.md']) if (existsSync(f)) out.push(f);
  // The sub-actions' generated READMEs (prune/README.md, …) hold usage examples too.
  for (const a of actionFiles()) if (a !== 'action.yml') out.push(path.join(path.dirname(a), 'README.md'));
  return out.filter((f) => existsSync(f));
}

const OURS = /^site-backup-action\/site-backup-action(?:\/([A-Za-z0-9_.-]+))?@(.+)$/;
const LOCAL = /^\.(?:\/([A-Za-z0-9_-]+))?\/?$/;

/**
 * The action.yml that a `uses:` of ours resolves to (`site-backup-action/site-backup-action/prune@v1`
 * -> prune/action.yml, `./` -> action.yml, `./prune` -> prune/action.yml), or undefined for
 * someone else's action.
 */
export function ourActionFile(uses: string): { file: string; ref?: string } | undefined {
  const u = uses.trim();
  const m = OURS.exec(u);
  if (m) return { file: m[1] ? `${m[1]}/action.yml` : 'action.yml', ref: m[2]! };
  const l = LOCAL.exec(u);
  if (l) return { file: l[1] ? `${l[1]}/action.yml` : 'action.yml' };
  return undefined;
}

export interface UsesStep {
  uses: string;
  with: Record<string, unknown>;
  /** Where it is, for messages: file and a path such as jobs.backup.steps[2]. */
  where: string;
}

/** Every mapping with a `uses:` anywhere in a parsed YAML value: steps of workflows, and snippets. */
export function usesSteps(doc: unknown, where: string): UsesStep[] {
  const out: UsesStep[] = [];
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.uses === 'string') {
        out.push({ uses: o.uses, with: o.with && typeof o.with === 'object' ? (o.with as Record<string, unknown>) : {}, where: at });
      }
      for (const [k, x] of Object.entries(o)) walk(x, at ? `${at}.${k}` : k);
    }
  };
  walk(doc, where);
  return out;
}

export interface RunScript {
  script: string;
  shell: string;
  where: string;
}

/** The shell of every `run:` step of a workflow, with the shell it runs in. */
export function runScripts(doc: Record<string, unknown>, file: string): RunScript[] {
  const out: RunScript[] = [];
  const defaultShell = (d: unknown) => (d as { run?: { shell?: string } } | undefined)?.run?.shell;
  const jobs = (doc.jobs ?? {}) as Record<string, Record<string, unknown>>;
  for (const [id, job] of Object.entries(jobs)) {
    const steps = (job.steps ?? []) as Record<string, unknown>[];
    steps.forEach((s, i) => {
      if (typeof s.run !== 'string') return;
      const shell = (s.shell as string | undefined) ?? defaultShell(job.defaults) ?? defaultShell(doc.defaults) ?? 'bash';
      out.push({ script: s.run, shell, where: `${file}: jobs.${id}.steps[${i}]${s.name ? ` (${String(s.name)})` : ''}` });
    });
  }
  return out;
}

export interface YamlBlock {
  file: string;
  line: number;
  text: string;
}

/** Fenced ```yaml / ```yml blocks of a Markdown file, with the line where each starts. */
export function yamlBlocks(file: string): YamlBlock[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: YamlBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```ya?ml\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    let j = start;
    while (j < lines.length && !/^\s*```\s*$/.test(lines[j]!)) j++;
    out.push({ file, line: start + 1, text: lines.slice(start, j).join('\n') });
    i = j;
  }
  return out;
}

export function loadYaml(file: string): Record<string, unknown> {
  return parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Inputs of an action.yml, with whether each must be given (required and no default). */
export function actionInputs(file: string): Map<string, { mustGive: boolean }> {
  const doc = parseDocument(readFileSync(file, 'utf8')).toJS() as {
    inputs?: Record<string, { required?: boolean | string; default?: unknown }>;
  };
  const out = new Map<string, { mustGive: boolean }>();
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    const required = spec?.required === true || spec?.required === 'true';
    out.set(name, { mustGive: required && (spec?.default === undefined || spec.default === '') });
  }
  return out;
}
