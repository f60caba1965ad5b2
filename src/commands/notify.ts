import { parseEnvironment, parseSite } from '../config/common.js';
import { parseNotifyConfig } from '../config/notify.js';
import { sourceFromEnv } from '../model/manifest.js';
import type { NotifyTarget } from '../notify/messages.js';
import { Notifier, type NotifierOptions } from '../notify/notifier.js';
import type { Io } from '../config/io.js';

/**
 * Reads `ping-url`, `webhook-url` and `webhook-on` and sends the start ping; undefined when none
 * is set. Called before the rest of the inputs are read, so a run refused for a bad input still
 * sends its fail ping (a bad notify input itself is refused before anything is sent).
 */
export async function startNotifier(io: Io, action: NotifyTarget['action'], opts: NotifierOptions = {}): Promise<Notifier | undefined> {
  if (!io.inputs.get('ping-url') && !io.inputs.get('webhook-url') && !io.inputs.get('webhook-on')) return undefined;
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const cfg = parseNotifyConfig(io.inputs, site, environment);
  if (!cfg.ping && !cfg.webhook) return undefined;
  // `{site}` expanded: the URL that is sent is a secret of its own.
  if (cfg.ping) io.log.setSecret(cfg.ping.url.href);
  const runUrl = sourceFromEnv(io.env).runUrl;
  const notifier = new Notifier(cfg, { action, site, environment, ...(runUrl ? { runUrl } : {}) }, io.log, opts);
  await notifier.start();
  return notifier;
}
