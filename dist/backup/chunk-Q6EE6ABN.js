import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  judgeCli
} from "./chunk-3EE4X6SB.js";
import {
  MissingSecretError,
  secretHowTo
} from "./chunk-XAFGBW3O.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";

// src/platforms/mpkit.ts
var MPKIT_VARS = ["MPKIT_URL", "MPKIT_TOKEN", "MPKIT_EMAIL"];
function mpkitCredentials(ctx, platform) {
  const missing = MPKIT_VARS.filter((n) => !ctx.env[n]?.trim());
  for (const n of MPKIT_VARS) ctx.log.setSecret(ctx.env[n]?.trim());
  if (missing.length > 0) {
    const where = platform === "siteglide" ? "the instance URL, token and e-mail from `siteglide-cli add` (its .siteglide-config holds all three) or the Siteglide portal" : "the instance URL, token and e-mail from `pos-cli env add` (its .pos file holds all three) or the Partner Portal";
    throw new MissingSecretError(
      missing[0],
      `${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not set; ${platform} needs MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL together (${where})`,
      secretHowTo(missing[0])
    );
  }
  const url = instanceUrl(ctx.env.MPKIT_URL.trim(), platform);
  return { url, token: ctx.env.MPKIT_TOKEN.trim(), email: ctx.env.MPKIT_EMAIL.trim() };
}
function mpkitSecrets(platform) {
  const purpose = `${platform} needs MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL together`;
  return MPKIT_VARS.map((name) => ({ name, purpose }));
}
function mpkitSecretValues(c) {
  return { MPKIT_URL: c.url, MPKIT_TOKEN: c.token, MPKIT_EMAIL: c.email };
}
function instanceUrl(raw, platform) {
  let u;
  try {
    u = /^https?:\/\/[^\s/]+/.test(raw) ? new URL(raw) : void 0;
  } catch {
    u = void 0;
  }
  if (!u)
    throw new MissingSecretError(
      "MPKIT_URL",
      "is not an http(s) URL",
      "Set it to the instance URL, such as `https://example.platform-os.com`."
    );
  return platform === "siteglide" ? `${u.origin}/` : u.origin;
}
function mpkitEnv(c) {
  return { MPKIT_URL: c.url, MPKIT_TOKEN: c.token, MPKIT_EMAIL: c.email, CI: "true" };
}
var AUTH_FAILURE = [
  /\[40[13]\]/,
  /unauthori[sz]ed/i,
  /No settings for/i,
  /invalid token/i,
  /(^|[^\w])Request failed with status 40[13]\b/
];
function mpkitAuthError(what, line, renew = "Renew the token") {
  return new Error(
    `${what} was refused by the instance (${redact(line.trim())}): MPKIT_TOKEN is not accepted for MPKIT_URL. ${renew} and update the MPKIT_TOKEN secret; check MPKIT_URL and MPKIT_EMAIL as well. Not retried: a refused token does not recover`
  );
}
function mpkitRefusal(what, renew) {
  return { lines: AUTH_FAILURE, error: (line) => mpkitAuthError(what, line, renew) };
}
function throwIfRefused(what, r, renew) {
  judgeCli(what, r, { known: [mpkitRefusal(what, renew)], exit: "ignore" });
}
function throwIfFailed(what, r, failed) {
  judgeCli(what, r, { failed });
}

export {
  mpkitCredentials,
  mpkitSecrets,
  mpkitSecretValues,
  mpkitEnv,
  throwIfRefused,
  throwIfFailed
};
