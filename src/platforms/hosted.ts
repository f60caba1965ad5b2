import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import type { InputName } from '../config/inputs.js';
import type { PlatformContext } from './platform.js';

// Helpers the hosted platforms (siteglide, platformos, platformsh/upsun, divio) share: secrets
// from the environment, retry settings, the protected-environment rule, and moving verified
// output into the folder the pipeline archives.

/** The inputs every platform with an installed CLI reads (declared in src/config/inputs.ts). */
export const HOSTED_INPUTS = ['cli-version', 'cli-install-command', 'retries'] as const;

/** A secret that is missing from the environment. Same class as a bad input, so it gets the same treatment. */
export class MissingSecretError extends ConfigError {
  constructor(name: string, problem: string, fix: string) {
    super(name, problem, fix);
    this.message = `Secret \`${name}\`: ${problem}. ${fix}`;
  }
}

/** How to pass a secret to the step, for error messages. */
export function secretHowTo(name: string): string {
  return `Store it as a repository or environment secret and pass it to the step with \`env: { ${name}: \${{ secrets.${name} }} }\` (outside Actions, export ${name} in the shell that runs site-backup). Secrets are never passed as inputs, so they cannot end up in a command line.`;
}

/** Reads a secret from the environment (never from inputs or argv) and masks it at once. */
export function requireSecret(ctx: PlatformContext, name: string, purpose: string): string {
  const v = ctx.env[name]?.trim();
  if (!v) throw new MissingSecretError(name, `is not set; ${purpose}`, secretHowTo(name));
  ctx.log.setSecret(v);
  return v;
}

/** An input that another part of the project may or may not register (read loosely on purpose). */
export function looseInput(ctx: PlatformContext, name: string): string | undefined {
  return ctx.inputs.get(name as InputName);
}

/** Environments that restores and destructive operations treat as production. */
export const DEFAULT_PROTECTED_ENVIRONMENTS = ['production', 'live', 'main', 'master'];

export function protectedEnvironments(ctx: PlatformContext): string[] {
  // The restore action owns the configurable list (read loosely so a rename there cannot break
  // this); fall back to the contract's default.
  const v = looseInput(ctx, 'protected-environments');
  return v
    ? v
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((e) => e.toLowerCase())
    : DEFAULT_PROTECTED_ENVIRONMENTS;
}

/** Compared without case, as the restore action compares them. */
export function isProtectedEnvironment(ctx: PlatformContext, env: string): boolean {
  return protectedEnvironments(ctx).includes(env.toLowerCase());
}

/** The `retries` input: extra attempts for transient failures (0 to 10). */
export function retriesFrom(ctx: PlatformContext): number {
  const v = ctx.inputs.get('retries') ?? '2';
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new ConfigError(
      'retries',
      `"${v}" is not a whole number from 0 to 10`,
      'Use for example `2` (three attempts in all), or `0` to fail on the first error.',
    );
  }
  return n;
}

/**
 * Milliseconds from an environment knob, for the waits between retries and polls. Production
 * keeps the defaults; the tests shorten them so the suite stays fast.
 */
export function msFromEnv(ctx: PlatformContext, name: string, fallback: number): number {
  const n = Number(ctx.env[name]);
  return Number.isFinite(n) && n >= 0 && ctx.env[name] !== undefined && ctx.env[name] !== '' ? n : fallback;
}

export function retryDelayMs(ctx: PlatformContext): number {
  return msFromEnv(ctx, 'SITE_BACKUP_RETRY_DELAY_MS', 15_000);
}

/** A fresh, empty folder under the session's work folder. */
export async function freshDir(ctx: PlatformContext, name: string): Promise<string> {
  const dir = path.join(ctx.workDir, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Moves `src` to `dest`, across file systems when it must (RUNNER_TEMP and the OS temp may differ). */
export async function move(src: string, dest: string): Promise<void> {
  await mkdir(path.dirname(dest), { recursive: true });
  try {
    await rename(src, dest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await cp(src, dest, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
    await rm(src, { recursive: true, force: true });
  }
}

/** Moves the named children of `srcDir` into `destDir` (all of them when `names` is omitted). */
export async function moveChildren(srcDir: string, destDir: string, names?: string[]): Promise<string[]> {
  const present = await readdir(srcDir);
  const chosen = names ? present.filter((n) => names.includes(n)) : present;
  for (const n of chosen) await move(path.join(srcDir, n), path.join(destDir, n));
  return chosen;
}

/** Comma/space separated list input. */
export function listInput(ctx: PlatformContext, name: InputName): string[] | undefined {
  const v = ctx.inputs.get(name);
  if (v === undefined) return undefined;
  return v.split(/[\s,]+/).filter(Boolean);
}
