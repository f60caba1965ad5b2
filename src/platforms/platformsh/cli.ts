import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { redact } from '../../report/redact.js';
import { cliPath, type InstalledCli, type ToolSpec } from '../install.js';
import type { PlatformContext } from '../platform.js';
import { judgeCli, type LineRule } from '../judge.js';
import { Cli, type CliResult, type CliRunOptions } from '../run-cli.js';

// The CLI spec of Platform.sh and Upsun: which binary, how it is installed, which secret becomes
// which variable, and how its failures read.
//
// Both are the released Upsun CLI (a Go binary with the PHP CLI inside), published on npm as
// @upsun/cli-linux-x64 with no `bin` entry (the binary is bin/upsun in the package). The vendor's
// `platform` command is the same binary built with a Platform.sh configuration; the binary reads
// that configuration from CLI_CONFIG_FILE instead of its built-in one, so when we installed the
// binary ourselves we hand it PLATFORMSH_CONFIG below. A `platform` found on PATH is used as it
// is, with its own configuration.

export type Flavour = 'platformsh' | 'upsun';

export interface FlavourSpec {
  kind: Flavour;
  /** The command name users know, and what is looked up on PATH. */
  bin: string;
  /** The secret holding the API token: `<prefix>TOKEN`. */
  tokenVar: string;
  /** The prefix of every configuration variable the CLI reads. */
  prefix: string;
  label: string;
  tool: ToolSpec;
  /** The project folder the CLI writes its local state into (`<dir>/local`) on project:get. */
  projectConfigDir: string;
  /** CLI_CONFIG_FILE content for the installed upsun binary, when it has to act as this flavour. */
  config?: string;
}

const NPM_PACKAGE = { kind: 'npm', package: '@upsun/cli-linux-x64' } as const;
const VERSION = '5.11.1';

// One install serves both: the tool name (install folder, cache key) is the package's, and only
// the name looked up on PATH differs.
export const PLATFORMSH_CLI: ToolSpec = {
  tool: 'upsun-cli',
  bin: 'platform',
  defaultVersion: VERSION,
  method: NPM_PACKAGE,
  binPath: 'bin/upsun',
};
export const UPSUN_CLI: ToolSpec = { tool: 'upsun-cli', bin: 'upsun', defaultVersion: VERSION, method: NPM_PACKAGE, binPath: 'bin/upsun' };

// Our own configuration for running the upsun binary as `platform`: the keys the binary
// validates (application, service, api, ssh, detection) with Platform.sh's values, so the token
// is PLATFORMSH_CLI_TOKEN, every setting is PLATFORMSH_CLI_*, and the state folder is
// ~/.platformsh. Platform.sh accounts live on the Upsun API and auth servers.
const PLATFORMSH_CONFIG = `# Written by site-backup: runs the Upsun CLI binary as the Platform.sh CLI.
application:
  name: "Platform.sh CLI (Upsun CLI binary, run by site-backup)"
  slug: "platformsh-cli"
  executable: "platform"
  env_prefix: "PLATFORMSH_CLI_"
  user_config_dir: ".platformsh"
  disabled_commands: [self:install, self:update]
service:
  name: "Platform.sh"
  env_prefix: "PLATFORM_"
  project_config_dir: ".platform"
  app_config_file: ".platform.app.yaml"
  project_config_flavor: "platform"
  console_url: "https://console.upsun.com"
api:
  base_url: "https://api.upsun.com"
  auth_url: "https://auth.upsun.com"
  oauth2_client_id: "platform-cli"
  organizations: true
  vendor_filter: "upsun"
ssh:
  domain_wildcards: ["*.platform.sh"]
detection:
  git_remote_name: "platform"
  git_domain: "platform.sh"
  site_domains: ["platform.sh", "platformsh.site"]
`;

export const FLAVOURS: Record<Flavour, FlavourSpec> = {
  platformsh: {
    kind: 'platformsh',
    bin: 'platform',
    tokenVar: 'PLATFORMSH_CLI_TOKEN',
    prefix: 'PLATFORMSH_CLI_',
    label: 'Platform.sh',
    tool: PLATFORMSH_CLI,
    projectConfigDir: '.platform',
    config: PLATFORMSH_CONFIG,
  },
  upsun: {
    kind: 'upsun',
    bin: 'upsun',
    tokenVar: 'UPSUN_CLI_TOKEN',
    prefix: 'UPSUN_CLI_',
    label: 'Upsun',
    tool: UPSUN_CLI,
    projectConfigDir: '.upsun',
  },
};

/** Installs (or finds) the CLI and returns it with the token and non-interactive settings in its environment only. */
export async function openCli(ctx: PlatformContext, f: FlavourSpec, token: string, installed: InstalledCli): Promise<Cli> {
  const env: NodeJS.ProcessEnv = {
    ...ctx.env,
    [f.tokenVar]: token,
    // Every prompt answered with its default, and no update checks or migration prompts in a job.
    [`${f.prefix}NO_INTERACTION`]: '1',
    [`${f.prefix}UPDATES_CHECK`]: '0',
    PATH: cliPath(installed, ctx.env.PATH),
  };
  // The binary we installed is the upsun one; as `platform` it needs the Platform.sh configuration.
  // A user's own `platform` on PATH already is that, and keeps its own.
  if (f.config && installed.source !== 'path') {
    const file = path.join(ctx.workDir, `${f.kind}-cli.yaml`);
    await writeFile(file, f.config);
    env.CLI_CONFIG_FILE = file;
  }
  return new Cli(ctx, installed.bin, f.bin, env, [token]);
}

// Specific on purpose: file names in rsync output and dump errors ("Access denied for user", a
// database matter) must not read as a refused API token.
const AUTH = [
  /not logged in/i,
  /invalid (?:API )?token/i,
  /\[40[13]\]/,
  /\b(?:HTTP|status(?: code)?)\W{0,3}40[13]\b/i,
  /you do not have access to/i,
];
const NOT_FOUND = [/specified project not found/i, /project not found/i, /specified environment not found/i, /environment not found/i];

/** The lines that name a failure: a refused token, a missing project or environment, the known SSH failures. */
function known(f: FlavourSpec, project: string, sub: string): LineRule[] {
  return [
    {
      lines: AUTH,
      error: (l) =>
        new Error(`${f.bin} ${sub} was refused (${redact(l.trim())}): check ${f.tokenVar} and that its user can access project ${project}`),
    },
    { lines: NOT_FOUND, error: (l) => new Error(`${f.bin} ${sub}: ${redact(l.trim())} (check \`project\` and \`environment\`)`) },
    {
      // Seen with the CLIs bundled in wrapper 5.0.0 (legacy 4.10.x): they lack the public regions'
      // SSH host keys, added in legacy 4.12.0, so every SSH command fails on a fresh runner.
      lines: [/host key verification failed/i],
      error: () =>
        new Error(
          `${f.bin} ${sub}: ssh refused the environment's host key ("Host key verification failed"). A ${f.bin} older than the one this release pins may lack the platform's host keys: leave \`cli-version\` empty, or remove the old ${f.bin} from PATH`,
        ),
    },
    {
      lines: [/protocol version mismatch/i],
      error: () =>
        new Error(
          `${f.bin} ${sub}: rsync reported "protocol version mismatch": something in the app's .environment file prints output on login, which breaks rsync over SSH (platformsh/platformsh-docs#2234); make .environment silent`,
        ),
    },
  ];
}

/** Throws the clear error for a refused token, a missing project or environment, or the rsync/.environment clash. */
export function judge(f: FlavourSpec, project: string, r: CliResult, sub: string): void {
  judgeCli(`${f.bin} ${sub}`, r, { known: known(f, project, sub), exit: 'ignore' });
}

/** How one CLI call is judged (see checkedRun). */
export interface Check {
  /** For messages: `mount:download`, `backup:restore <id> --target <env>`. */
  sub: string;
  /** What a non-zero exit means, when the CLI says nothing clearer. */
  why?: string;
  /** Exports: a non-zero exit is worth another attempt. Restores and platform backups: it is final. */
  transient?: boolean;
  /** Reads the output for a failure it can name better, before the exit code counts. */
  clearer?: (r: CliResult) => void;
}

/**
 * Runs one CLI call. A refused token, a missing project and the known SSH failures end it with
 * their own message, so does what `clearer` recognises; then a non-zero exit fails it.
 */
export async function checkedRun(
  cli: Cli,
  f: FlavourSpec,
  project: string,
  args: string[],
  o: CliRunOptions,
  c: Check,
): Promise<CliResult> {
  const r = await cli.run(args, o);
  judgeCli(`${f.bin} ${c.sub}`, r, {
    known: known(f, project, c.sub),
    ...(c.clearer ? { clearer: c.clearer } : {}),
    ...(c.why ? { why: c.why } : {}),
    exit: c.transient ? 'transient' : 'final',
  });
  return r;
}
