// Writes every action.yml and the README's input/output tables from src/config/inputs.ts.
// `--check` writes nothing and exits 1 when a file differs: CI and a test run it that way.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { INPUTS, OUTPUTS, type ActionName, type InputSpec, type OutputSpec } from '../src/config/inputs.js';

interface ActionMeta {
  file: string;
  main: string;
  source: string;
  name: string;
  description: string;
  icon: string;
}

export const ACTIONS: Record<ActionName, ActionMeta> = {
  backup: {
    file: 'action.yml',
    main: 'dist/backup/index.js',
    source: 'src/actions/backup.ts',
    name: 'Site Backup',
    description: "Back up a hosted website's code, assets and data with its platform's own CLI into S3, GitHub artifacts or a folder: streamed tar + zstd, optionally age-encrypted, with a checksummed manifest written last.",
    icon: 'archive',
  },
  prune: {
    file: 'prune/action.yml',
    main: '../dist/prune/index.js',
    source: 'src/actions/prune.ts',
    name: 'Site Backup Prune',
    description: 'Apply a grandfather-father-son retention policy to site backups, and open, comment on or close the backup failure issue.',
    icon: 'trash-2',
  },
  restore: {
    file: 'restore/action.yml',
    main: '../dist/restore/index.js',
    source: 'src/actions/restore.ts',
    name: 'Site Backup Restore',
    description: 'Verify every checksum of a site backup, then restore it into the same environment or another one.',
    icon: 'rotate-ccw',
  },
  matrix: {
    file: 'matrix/action.yml',
    main: '../dist/matrix/index.js',
    source: 'src/actions/matrix.ts',
    name: 'Site Backup Fleet Matrix',
    description: 'Read a sites file and print a strategy.matrix for backing up a fleet of sites.',
    icon: 'grid',
  },
};

export function actionYaml(action: ActionName): string {
  const meta = ACTIONS[action];
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of Object.entries(INPUTS) as [string, InputSpec][]) {
    if (!spec.actions.includes(action)) continue;
    const i: Record<string, unknown> = { description: spec.description, required: Boolean(spec.required) };
    if (spec.default !== undefined) i.default = spec.default;
    inputs[name] = i;
  }
  const outputs: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of Object.entries(OUTPUTS) as [string, OutputSpec][]) {
    if (spec.actions.includes(action)) outputs[name] = { description: spec.description };
  }
  const doc: Record<string, unknown> = {
    name: meta.name,
    description: meta.description,
    author: 'site-backup-action',
    branding: { icon: meta.icon, color: 'blue' },
    inputs,
  };
  if (Object.keys(outputs).length) doc.outputs = outputs;
  doc.runs = { using: 'node24', main: meta.main };
  return `# Generated from src/config/inputs.ts by \`npm run gen\`; edit that file, not this one.\n${stringify(doc, { lineWidth: 0 })}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function readmeTables(action: ActionName): string {
  const rows = (Object.entries(INPUTS) as [string, InputSpec][])
    .filter(([, s]) => s.actions.includes(action))
    .map(([n, s]) => `| \`${n}\` | ${s.required ? 'yes' : 'no'} | ${s.default !== undefined ? `\`${s.default}\`` : ''} | ${cell(s.description)} |`);
  const outs = (Object.entries(OUTPUTS) as [string, OutputSpec][])
    .filter(([, s]) => s.actions.includes(action))
    .map(([n, s]) => `| \`${n}\` | ${cell(s.description)} |`);
  const parts = ['| input | required | default | description |', '|---|---|---|---|', ...rows];
  if (outs.length) parts.push('', '| output | description |', '|---|---|', ...outs);
  return parts.join('\n');
}

export function activeActions(): ActionName[] {
  return (Object.keys(ACTIONS) as ActionName[]).filter((a) => existsSync(ACTIONS[a].source));
}

/** Replaces the text between `<!-- gen:NAME -->` and `<!-- /gen:NAME -->`. */
export function fillMarkers(text: string, name: string, body: string): string {
  const re = new RegExp(`(<!-- gen:${name} -->)[\\s\\S]*?(<!-- /gen:${name} -->)`);
  return text.replace(re, (_m, open: string, close: string) => `${open}\n${body}\n${close}`);
}

export function expectedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  let readme = existsSync('README.md') ? readFileSync('README.md', 'utf8') : '';
  for (const a of activeActions()) {
    files.set(ACTIONS[a].file, actionYaml(a));
    readme = fillMarkers(readme, `${a}-inputs`, readmeTables(a));
  }
  if (readme) files.set('README.md', readme);
  return files;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, content] of expectedFiles()) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    if (check) {
      console.error(`${file} is out of date with src/config/inputs.ts: run \`npm run gen\``);
      stale++;
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      console.log(`wrote ${file}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
