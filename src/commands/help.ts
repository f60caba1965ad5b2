import { INPUTS, type ActionName, type InputSpec } from '../config/inputs.js';
import { TOOL } from '../core/tool.js';
import { speak } from '../config/surface.js';
import { COMMANDS, type CliCommand } from './index.js';

/** The CLI's own default store: a folder beside you, since there is no runner to hold artifacts. */
export const CLI_DEFAULT_STORE = 'site-backups';

export type HelpGroup = 'what' | 'where' | 'how' | 'safety';

export const GROUP_TITLES: Record<HelpGroup, string> = {
  what: 'What: the site, the backup, the components',
  where: 'Where: the store and its credentials',
  how: 'How: the platform, commands, formats and limits',
  safety: 'Safety: confirmations, dry runs, encryption, host keys',
};

// Every flag not named here is a "how": platform options, commands, formats and limits are the
// long tail, and a new input lands there until someone decides otherwise.
const GROUP_OF: Record<string, HelpGroup> = {
  site: 'what',
  environment: 'what',
  platform: 'what',
  components: 'what',
  backup: 'what',
  mode: 'what',
  'target-environment': 'what',
  'newer-than': 'what',
  trigger: 'what',
  sites: 'what',
  only: 'what',
  store: 'where',
  's3-endpoint': 'where',
  's3-region': 'where',
  's3-force-path-style': 'where',
  's3-storage-class': 'where',
  's3-sse': 'where',
  's3-kms-key-id': 'where',
  format: 'where',
  'restic-password': 'where',
  'artifact-retention-days': 'where',
  'github-token': 'where',
  'restore-dir': 'where',
  'status-dir': 'where',
  'dry-run': 'safety',
  confirm: 'safety',
  'protected-environments': 'safety',
  'max-age': 'safety',
  'encrypt-to': 'safety',
  'decrypt-identity': 'safety',
  'ssh-known-hosts': 'safety',
  'ssh-accept-new-host-key': 'safety',
  'accept-suspect-files': 'safety',
  'platformos-data-clean': 'safety',
  's3-object-lock': 'safety',
  's3-object-lock-margin': 'safety',
  'include-deleted': 'safety',
};

export function groupOf(flag: string): HelpGroup {
  return GROUP_OF[flag] ?? 'how';
}

export interface FlagHelp {
  name: string;
  group: HelpGroup;
  /** `<value>` for flags that take one; empty for switches. */
  value: string;
  /** The whole description, in the CLI's words. */
  description: string;
}

function inputsFor(action: ActionName): [string, InputSpec][] {
  return (Object.entries(INPUTS) as [string, InputSpec][]).filter(([, s]) => s.actions.includes(action));
}

/** The default as a terminal user gets it (the action's expression defaults mean nothing here). */
/** An input's default as the CLI applies it (the store and the token differ from the action's). */
export function cliDefault(name: string, s: InputSpec): string | undefined {
  if (name === 'store') return CLI_DEFAULT_STORE;
  if (name === 'github-token') return 'GITHUB_TOKEN from the environment';
  return s.default;
}

export function flagsOf(cmd: CliCommand): FlagHelp[] {
  const out: FlagHelp[] = [];
  for (const [name, s] of inputsFor(cmd.inputsOf)) {
    const isSwitch = s.default === 'true' || s.default === 'false';
    const d = cliDefault(name, s);
    const tail = s.required ? ' (required)' : d && !isSwitch ? ` (default: ${d})` : '';
    out.push({ name, group: groupOf(name), value: isSwitch ? '' : '<value>', description: speak(s.description, 'cli') + tail });
  }
  for (const [name, s] of Object.entries(cmd.extraFlags ?? {})) {
    out.push({ name, group: groupOf(name), value: s.value ? '<value>' : '', description: speak(s.description, 'cli') });
  }
  return out;
}

/** Word-wraps `text` to `width` columns; lines after the first are indented by `indent`. */
export function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n' + ' '.repeat(indent));
}

const WIDTH = 100;
const FLAG_COL = 32;

/** `site-backup --help`, or one command's flags grouped as what / where / how / safety. */
export function usage(name?: string): string {
  const cmd = name ? COMMANDS[name] : undefined;
  if (name && cmd) {
    const lines = [`site-backup ${name}: ${speak(cmd.summary, 'cli')}`, '', `Usage: site-backup ${name} [--flag value ...]`];
    const flags = flagsOf(cmd);
    for (const g of Object.keys(GROUP_TITLES) as HelpGroup[]) {
      const inGroup = flags.filter((f) => f.group === g);
      if (inGroup.length === 0) continue;
      lines.push('', `${GROUP_TITLES[g]}:`);
      for (const f of inGroup) {
        const head = `  --${f.name}${f.value ? ` ${f.value}` : ''}`;
        const body = wrap(f.description, WIDTH, FLAG_COL);
        lines.push(head.length < FLAG_COL - 1 ? head.padEnd(FLAG_COL) + body : `${head}\n${' '.repeat(FLAG_COL)}${body}`);
      }
    }
    lines.push('', 'A flag takes its value as --name value or --name=value; a switch stands bare for true.');
    lines.push('Secrets (tokens, passwords, keys) are read from the environment; SECURITY.md lists which.');
    return lines.join('\n') + '\n';
  }
  const lines = [
    `site-backup ${TOOL.version}: off-site backups of hosted websites`,
    '',
    'Usage: site-backup <command> [--flag value ...]',
    '',
    'Commands:',
  ];
  for (const [n, c] of Object.entries(COMMANDS)) lines.push(`  ${n.padEnd(14)}${wrap(speak(c.summary, 'cli'), WIDTH, 16)}`);
  lines.push('', 'Run `site-backup <command> --help` for its flags.');
  return lines.join('\n') + '\n';
}
