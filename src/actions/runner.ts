// The runner's workflow commands and files, written directly. @actions/core does the same but
// also loads its OIDC client (@actions/http-client and undici, ~0.9 MB) at import, which every
// action would pay at start-up for a feature none of them uses. The formats are GitHub's:
// docs.github.com/actions/reference/workflow-commands-for-github-actions.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/** Escaping of a command's message, as the runner decodes it. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property value, where `:` and `,` also delimit. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,...::message`, as one line. */
export function command(name: string, properties: Record<string, string | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string] => !!e[1])
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function issue(name: string, properties: Record<string, string | undefined>, message: string): void {
  process.stdout.write(command(name, properties, message) + EOL);
}

export const info = (message: string): void => void process.stdout.write(message + EOL);
export const warning = (message: string): void => issue('warning', {}, message);
export const error = (message: string, title?: string): void => issue('error', { title }, message);
export const setSecret = (value: string): void => issue('add-mask', {}, value);

/**
 * One `name<<delimiter` entry of GITHUB_OUTPUT. The delimiter is random so that a value cannot
 * end the entry early and forge another output.
 */
export function outputEntry(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (file) appendFileSync(file, outputEntry(name, value), 'utf8');
  // Without the file (an old runner, or a local run), the deprecated command still carries it.
  else issue('set-output', { name }, value);
}

/** Appends Markdown to the job summary; without GITHUB_STEP_SUMMARY it goes to the log. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown + EOL, 'utf8');
  else info(markdown);
}
