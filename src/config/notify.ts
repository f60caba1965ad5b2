import { ConfigError } from '../model/errors.js';
import { inputOrDefault, type InputSource } from './source.js';

/** healthchecks.io's convention (`/start`, `/fail`, `?rid=`), or Uptime Kuma's push monitor (`?status=up|down`). */
export type PingStyle = 'healthchecks' | 'uptime-kuma';
export const WEBHOOK_ON = ['failure', 'always'] as const;
export type WebhookOn = (typeof WEBHOOK_ON)[number];

export interface NotifyConfig {
  ping?: { url: URL; style: PingStyle };
  webhook?: { url: URL; on: WebhookOn };
}

/** Uptime Kuma's push URL: `<base>/api/push/<token>`, where the token is the only path part after push/. */
const KUMA_PATH_RE = /\/api\/push\/[^/]+\/?$/;

/**
 * `{site}` and `{environment}` in a ping URL, so one fleet-wide URL (healthchecks.io's
 * `<ping-key>/<slug>` form) names one check per site. Site and environment names are URL-safe.
 */
export function expandPlaceholders(raw: string, site: string, environment: string): string {
  return raw.replace(/\{site\}/g, site).replace(/\{environment\}/g, environment);
}

/** An http(s) URL, or a ConfigError that names the input without quoting it (it is a secret). */
function parseHttpUrl(input: 'ping-url' | 'webhook-url', raw: string, example: string): URL {
  const hint = `Give the full URL from the monitor or chat service, such as \`${example}\`, from a repository secret.`;
  if (/[\s\0]/.test(raw)) throw new ConfigError(input, 'holds a space, line break or NUL', hint);
  const left = /\{[^}]*\}/.exec(raw);
  if (left)
    throw new ConfigError(
      input,
      `holds the placeholder \`${left[0].slice(0, 20)}\`; only \`{site}\` and \`{environment}\` are replaced`,
      hint,
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(input, 'is not a URL', hint);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(input, `is a ${url.protocol.replace(/:$/, '')} URL, not http(s)`, hint);
  return url;
}

/** `ping-url`, `webhook-url` and `webhook-on`, checked before anything is exported. */
export function parseNotifyConfig(src: InputSource, site: string, environment: string): NotifyConfig {
  const cfg: NotifyConfig = {};
  const ping = src.get('ping-url');
  if (ping) {
    const url = parseHttpUrl('ping-url', expandPlaceholders(ping, site, environment), 'https://hc-ping.com/<uuid>');
    cfg.ping = { url, style: KUMA_PATH_RE.test(url.pathname) ? 'uptime-kuma' : 'healthchecks' };
  }
  const on = inputOrDefault(src, 'webhook-on')!;
  if (!(WEBHOOK_ON as readonly string[]).includes(on))
    throw new ConfigError('webhook-on', `"${on.slice(0, 40)}" is not a choice`, `Use ${WEBHOOK_ON.map((w) => `\`${w}\``).join(' or ')}.`);
  const hook = src.get('webhook-url');
  if (hook) cfg.webhook = { url: parseHttpUrl('webhook-url', hook, 'https://hooks.slack.com/services/…'), on: on as WebhookOn };
  return cfg;
}
