import type { PlatformSecret } from './define.js';
import type { PlatformContext } from './platform.js';
import { MissingSecretError, secretHowTo } from './hosted.js';
import { judgeCli, type CliCommand, type LineRule } from './judge.js';
import type { CliResult } from './run-cli.js';
import { redact } from '../report/redact.js';

// Siteglide runs on platformOS, and both CLIs (siteglide-cli, pos-cli) take the same three
// variables: with MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL all set they override any config file
// for every environment name (SG/POS lib/settings.js). So no .siteglide-config or .pos file is
// ever written: the token lives only in the child's environment.

export interface MpkitCredentials {
  url: string;
  token: string;
  email: string;
}

export const MPKIT_VARS = ['MPKIT_URL', 'MPKIT_TOKEN', 'MPKIT_EMAIL'] as const;

export function mpkitCredentials(ctx: PlatformContext, platform: 'siteglide' | 'platformos'): MpkitCredentials {
  const missing = MPKIT_VARS.filter((n) => !ctx.env[n]?.trim());
  // Mask what is there before complaining about what is not.
  for (const n of MPKIT_VARS) ctx.log.setSecret(ctx.env[n]?.trim());
  if (missing.length > 0) {
    const where =
      platform === 'siteglide'
        ? 'the instance URL, token and e-mail from `siteglide-cli add` (its .siteglide-config holds all three) or the Siteglide portal'
        : 'the instance URL, token and e-mail from `pos-cli env add` (its .pos file holds all three) or the Partner Portal';
    throw new MissingSecretError(
      missing[0]!,
      `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set; ${platform} needs MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL together (${where})`,
      secretHowTo(missing[0]!),
    );
  }
  const url = instanceUrl(ctx.env.MPKIT_URL!.trim(), platform);
  return { url, token: ctx.env.MPKIT_TOKEN!.trim(), email: ctx.env.MPKIT_EMAIL!.trim() };
}

/** The secrets as definePlatform declares them, for the docs and `site-backup secrets`. */
export function mpkitSecrets(platform: 'siteglide' | 'platformos'): PlatformSecret[] {
  const purpose = `${platform} needs MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL together`;
  return MPKIT_VARS.map((name) => ({ name, purpose }));
}

/** The checked credentials as open() receives them: the URL already in the CLI's form. */
export function mpkitSecretValues(c: MpkitCredentials): Record<string, string> {
  return { MPKIT_URL: c.url, MPKIT_TOKEN: c.token, MPKIT_EMAIL: c.email };
}

/**
 * The instance URL in the one form each CLI builds its requests from, whatever form the secret
 * holds. siteglide-cli appends `api/private/urls` with no slash of its own (lib/presignUrl.js), so
 * without a trailing slash it asks `https://x.comapi/…`; pos-cli appends `/api/app_builder`
 * (lib/proxy.js), so it wants none. Only the origin counts: an instance has no path.
 */
export function instanceUrl(raw: string, platform: 'siteglide' | 'platformos'): string {
  let u: URL | undefined;
  try {
    u = /^https?:\/\/[^\s/]+/.test(raw) ? new URL(raw) : undefined;
  } catch {
    u = undefined;
  }
  if (!u)
    throw new MissingSecretError(
      'MPKIT_URL',
      'is not an http(s) URL',
      'Set it to the instance URL, such as `https://example.platform-os.com`.',
    );
  return platform === 'siteglide' ? `${u.origin}/` : u.origin;
}

/** The child environment: the three variables, and CI so the CLIs log plain lines without spinners. */
export function mpkitEnv(c: MpkitCredentials): Record<string, string> {
  return { MPKIT_URL: c.url, MPKIT_TOKEN: c.token, MPKIT_EMAIL: c.email, CI: 'true' };
}

/** Output that means the credentials were refused; retrying will not help. */
// Specific on purpose: a bare "401" also matches "Downloaded 401 assets" or "IMG-401.jpg", and
// "Download failed with HTTP 403" or "HEAD request failed with status 403" is a record file's
// storage URL, not the token. The CLIs' API errors look like "[401] Unauthorized"; pos-cli 6.x
// calls the API with native fetch and prints "Request failed with status 401" (lib/apiRequest.js,
// capital R: its own wording, never the storage download's).
export const AUTH_FAILURE = [
  /\[40[13]\]/,
  /unauthori[sz]ed/i,
  /No settings for/i,
  /invalid token/i,
  /(^|[^\w])Request failed with status 40[13]\b/,
];

/** The error for refused credentials: not transient, so it is never retried, and it names the secrets. */
export function mpkitAuthError(what: string, line: string, renew = 'Renew the token'): Error {
  return new Error(
    `${what} was refused by the instance (${redact(line.trim())}): MPKIT_TOKEN is not accepted for MPKIT_URL. ${renew} and update the MPKIT_TOKEN secret; check MPKIT_URL and MPKIT_EMAIL as well. Not retried: a refused token does not recover`,
  );
}

/** A command of either CLI: the project's one command form (judge.ts). */
export type MpkitCommand = CliCommand;

/** The verdict both CLIs share: a refused token fails at once, naming the secrets, never retried. */
export function mpkitRefusal(what: string, renew: string): LineRule {
  return { lines: AUTH_FAILURE, error: (line) => mpkitAuthError(what, line, renew) };
}

/** A refused token fails at once, naming the secrets: never retried. */
export function throwIfRefused(what: string, r: CliResult, renew: string): void {
  judgeCli(what, r, { known: [mpkitRefusal(what, renew)], exit: 'ignore' });
}

/**
 * Both CLIs report some failures only in their output and exit 0 (a job that ended `failed`, a
 * give-up after polling): a non-zero exit or a failure line is worth another attempt.
 */
export function throwIfFailed(what: string, r: CliResult, failed: RegExp[]): void {
  judgeCli(what, r, { failed });
}
