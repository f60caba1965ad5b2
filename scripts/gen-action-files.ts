// Writes every action.yml, the sub-action READMEs and the input/output tables in README.md and
// docs/**/*.md (wherever a `<!-- gen:NAME -->` marker stands) from src/config/inputs.ts.
// `--check` writes nothing and exits 1 when a file differs: CI and a test run it that way.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { INPUTS, OUTPUTS, type ActionName, type InputSpec, type OutputSpec } from '../src/config/inputs.js';
import { markupCell } from '../src/report/markdown.js';
import { brokenLinks } from './doc-links.js';
import { platformsFile, platformTable, PLATFORMS_FILE } from './gen-platforms.js';

interface ActionMeta {
  file: string;
  main: string;
  source: string;
  name: string;
  description: string;
  icon: string;
  /** The action's own README (sub-actions only; the root action's is the project README). */
  readme?: { intro: string; usage: string };
}

export const ACTIONS: Record<ActionName, ActionMeta> = {
  backup: {
    file: 'action.yml',
    main: 'dist/backup/index.js',
    source: 'src/actions/backup.ts',
    name: 'Site Backup',
    description:
      "Back up a hosted website's code, assets and data with its platform's own CLI into S3, GitHub artifacts or a folder: streamed tar + zstd, optionally age-encrypted, with a checksummed manifest written last.",
    icon: 'archive',
  },
  prune: {
    file: 'prune/action.yml',
    main: '../dist/prune/index.js',
    source: 'src/actions/prune.ts',
    name: 'Site Backup Prune',
    description: 'Apply a grandfather-father-son retention policy to site backups, and open, comment on or close the backup failure issue.',
    icon: 'trash-2',
    readme: {
      intro: `Run it after the backup step, in the same job, with \`if: always()\`, and give backup and prune of
a site one \`concurrency\` group, so a prune never plans against a backup still being written.
Retention follows restic \`forget\` (0.16 and later); the presets and the safety rules are in the
[prune docs](../docs/prune.md). When the backup failed, prune failed, or no backup is
fresher than \`max-age\`, it opens (or comments on) one issue per site and environment, and closes it
on recovery: the token needs \`issues: write\`.`,
      usage: `permissions:
  contents: read
  issues: write
concurrency:
  group: site-backup-acme-production
  cancel-in-progress: false
jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - id: backup
        uses: site-backup-action/site-backup-action@v1
        with:
          site: acme
          store: s3://acme-backups/sites
          platform: command
          data-command: mysqldump acme > "$BACKUP_OUT/acme.sql"
      - if: always()
        uses: site-backup-action/site-backup-action/prune@v1
        with:
          site: acme
          store: s3://acme-backups/sites
          retention: divio
          max-age: 36h
          backup-outcome: \${{ steps.backup.outcome }}`,
    },
  },
  restore: {
    file: 'restore/action.yml',
    main: '../dist/restore/index.js',
    source: 'src/actions/restore.ts',
    name: 'Site Backup Restore',
    description: 'Verify every checksum of a site backup, then restore it into the same environment or another one.',
    icon: 'rotate-ccw',
    readme: {
      intro: `Before it changes anything, the restore downloads every object of the backup, checks its sha256
against the manifest and lists every archive; one bad byte, or one entry that would land outside
the target, stops it with nothing changed. A protected environment (\`production\`, \`live\`,
\`main\`, \`master\`) needs \`confirm\` set to its name. \`mode: verify\` only checks backups, and with
\`drill: true\` loads the data into a throwaway database. See [docs/restore.md](../docs/restore.md)
and [docs/restore-emergency.md](../docs/restore-emergency.md).`,
      usage: `on:
  workflow_dispatch:
    inputs:
      backup: { description: Backup id or latest, default: latest }
permissions:
  contents: read
jobs:
  restore:
    runs-on: ubuntu-latest
    concurrency:
      group: site-backup-acme-staging
      cancel-in-progress: false
    steps:
      - uses: site-backup-action/site-backup-action/restore@v1
        with:
          site: acme
          environment: production
          target-environment: staging
          store: s3://acme-backups/sites
          backup: \${{ inputs.backup }}
          platform: command
          restore-dir: restored`,
    },
  },
  copy: {
    file: 'copy/action.yml',
    main: '../dist/copy/index.js',
    source: 'src/actions/copy.ts',
    name: 'Site Backup Copy',
    description:
      'Copy complete site backups to a second store (another region, provider or storage class), checking every sha256 on the way and writing the manifest last.',
    icon: 'copy',
    readme: {
      intro: `Copies every complete backup of a site and environment (or those within \`newer-than\`, or one
\`backup\`) from \`from\` to \`to\`: S3 to S3, S3 to a folder, artifact or folder to S3. Objects stream
through, each checked against its manifest sha256; the manifest is written last, byte for byte
the source's. Backups the destination already holds are skipped, so a copy that was stopped is
completed by the next run. See [docs/copies-and-alerts.md](../docs/copies-and-alerts.md).`,
      usage: `permissions:
  contents: read
  id-token: write
concurrency:
  group: site-backup-acme-production
  cancel-in-progress: false
jobs:
  copy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with: { role-to-assume: arn:aws:iam::123456789012:role/site-backup-copy, aws-region: eu-central-1 }
      - uses: site-backup-action/site-backup-action/copy@v1
        with:
          site: acme
          from: s3://acme-backups/sites
          to: s3://acme-backups-cold/sites
          to-s3-region: eu-west-1
          to-s3-storage-class: GLACIER_IR
          newer-than: 8d`,
    },
  },
  matrix: {
    file: 'matrix/action.yml',
    main: '../dist/matrix/index.js',
    source: 'src/actions/matrix.ts',
    name: 'Site Backup Fleet Matrix',
    description: 'Read a sites file and print a strategy.matrix for backing up a fleet of sites.',
    icon: 'grid',
    readme: {
      intro: `It checks the sites file (errors give the line) and prints the \`strategy.matrix\`: one job per site
and environment, or, above \`max-jobs\`, shards that back up several sites in turn. Secrets are named
in the file, never given by value. See [docs/fleet.md](../docs/fleet.md) and
[workflows-examples/fleet-backup.yml](../workflows-examples/fleet-backup.yml).`,
      usage: `jobs:
  plan:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    outputs:
      matrix: \${{ steps.m.outputs.matrix }}
    steps:
      - uses: actions/checkout@v4
      - id: m
        uses: site-backup-action/site-backup-action/matrix@v1
        with:
          sites: sites.yml`,
    },
  },
};

const outputDescription = (spec: OutputSpec, action: ActionName): string => spec.descriptionFor?.[action] ?? spec.description;
const inputDescription = (spec: InputSpec, action: ActionName): string => spec.descriptionFor?.[action] ?? spec.description;
/** The default as this action shows it; '' in `defaultFor` means none there. */
const inputDefault = (spec: InputSpec, action: ActionName): string | undefined => {
  const d = spec.defaultFor && action in spec.defaultFor ? spec.defaultFor[action] : spec.default;
  return d === '' ? undefined : d;
};

export function actionYaml(action: ActionName): string {
  const meta = ACTIONS[action];
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of Object.entries(INPUTS) as [string, InputSpec][]) {
    if (!spec.actions.includes(action)) continue;
    const i: Record<string, unknown> = { description: inputDescription(spec, action), required: Boolean(spec.required) };
    const d = inputDefault(spec, action);
    if (d !== undefined) i.default = d;
    inputs[name] = i;
  }
  const outputs: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of Object.entries(OUTPUTS) as [string, OutputSpec][]) {
    if (spec.actions.includes(action)) outputs[name] = { description: outputDescription(spec, action) };
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

export function readmeTables(action: ActionName): string {
  const rows = (Object.entries(INPUTS) as [string, InputSpec][])
    .filter(([, s]) => s.actions.includes(action))
    .map(([n, s]) => {
      const d = inputDefault(s, action);
      return `| \`${n}\` | ${s.required ? 'yes' : 'no'} | ${d !== undefined ? `\`${d}\`` : ''} | ${markupCell(inputDescription(s, action))} |`;
    });
  const outs = (Object.entries(OUTPUTS) as [string, OutputSpec][])
    .filter(([, s]) => s.actions.includes(action))
    .map(([n, s]) => `| \`${n}\` | ${markupCell(outputDescription(s, action))} |`);
  const parts = ['| input | required | default | description |', '|---|---|---|---|', ...rows];
  if (outs.length) parts.push('', '| output | description |', '|---|---|', ...outs);
  return parts.join('\n');
}

/** The README of a sub-action (prune/README.md, …): what it does, a usage example, and its tables. */
export function subActionReadme(action: ActionName): string | undefined {
  const meta = ACTIONS[action];
  if (!meta.readme) return undefined;
  const dir = path.dirname(meta.file);
  return [
    `<!-- Generated from scripts/gen-action-files.ts and src/config/inputs.ts by \`npm run gen\`; edit those, not this file. -->`,
    `# ${meta.name}`,
    '',
    `\`site-backup-action/site-backup-action/${dir}@v1\`: ${meta.description}`,
    '',
    meta.readme.intro,
    '',
    '## Usage',
    '',
    '```yaml',
    meta.readme.usage,
    '```',
    '',
    '## Inputs and outputs',
    '',
    readmeTables(action),
    '',
  ].join('\n');
}

export function activeActions(): ActionName[] {
  return (Object.keys(ACTIONS) as ActionName[]).filter((a) => existsSync(ACTIONS[a].source));
}

/** Replaces the text between `<!-- gen:NAME -->` and `<!-- /gen:NAME -->`. */
export function fillMarkers(text: string, name: string, body: string): string {
  const re = new RegExp(`(<!-- gen:${name} -->)[\\s\\S]*?(<!-- /gen:${name} -->)`);
  return text.replace(re, (_m, open: string, close: string) => `${open}\n${body}\n${close}`);
}

/** The hand-written Markdown that may hold generated tables: README.md and docs/**. */
export function markerFiles(): string[] {
  const out = existsSync('README.md') ? ['README.md'] : [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk('docs');
  return out;
}

export function expectedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const docs = new Map(markerFiles().map((f) => [f, readFileSync(f, 'utf8')]));
  for (const a of activeActions()) {
    files.set(ACTIONS[a].file, actionYaml(a));
    const sub = subActionReadme(a);
    if (sub) files.set(path.join(path.dirname(ACTIONS[a].file), 'README.md'), sub);
    // Each table is filled wherever its markers stand, so a section can move between files.
    for (const [f, text] of docs) docs.set(f, fillMarkers(text, `${a}-inputs`, readmeTables(a)));
  }
  for (const [f, text] of docs) docs.set(f, fillMarkers(text, 'platforms', platformTable()));
  for (const [f, text] of docs) if (text.includes('<!-- gen:')) files.set(f, text);
  files.set(PLATFORMS_FILE, platformsFile());
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
  // Links are checked in both modes: a broken one is fixed by hand, never generated.
  const broken = brokenLinks('.');
  for (const b of broken) console.error(`${b.file}:${b.line}: broken link ${b.target} (${b.why})`);
  process.exitCode = stale || broken.length ? 1 : 0;
}
