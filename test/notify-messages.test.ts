import { afterEach, describe, expect, it } from 'vitest';
import { ComponentError, ConfigError } from '../src/model/errors.js';
import { parseNotifyConfig } from '../src/config/notify.js';
import { mapSource } from '../src/config/source.js';
import {
  capBytes,
  failureEvent,
  MAX_BODY_BYTES,
  pingRequest,
  successEvent,
  webhookBody,
  type NotifyEvent,
} from '../src/notify/messages.js';
import { Notifier, NOTIFY_BUDGET_MS, type Sender } from '../src/notify/notifier.js';
import { parseSitesFile } from '../src/fleet/sites-file.js';
import { addSecret, clearSecretsForTests } from '../src/report/redact.js';
import type { Reporter } from '../src/report/reporter.js';

// The pure half of pings and webhooks: what each request says and where it goes. The loopback
// receiver tests (notify.test.ts) send them for real.

const RID = '0b5a2d52-93d1-4c1e-9a55-0e6f0d3c7a11';
const target = { action: 'backup' as const, site: 'acme', environment: 'production', runUrl: 'https://github.com/o/r/actions/runs/42' };
const cfg = (inputs: Record<string, string>) => parseNotifyConfig(mapSource(inputs), 'acme', 'production');
const ping = (url: string) => cfg({ 'ping-url': url }).ping!;
const success = successEvent(target, {
  id: '20261207T010203Z-scheduled-r42sabcdef',
  skipped: false,
  bytes: 25_000,
  components: ['code', 'data'],
  elapsedMs: 72_000,
});
const failure = failureEvent(target, new ComponentError('data', 'data-command exited with 3: fatal: password=xyz rejected'), {
  GITHUB_JOB: 'nightly',
  GITHUB_ACTION: 'backup',
});

afterEach(() => clearSecretsForTests());

describe('healthchecks.io pings', () => {
  it('go to /start, the URL itself and /fail, each with the same ?rid=', () => {
    const p = ping('https://hc-ping.com/5bd0ee52-1f7c-4d4b-a6b1-41f09fb6c1f0');
    expect(pingRequest(p, { kind: 'start' }, RID)).toEqual({
      method: 'POST',
      url: `https://hc-ping.com/5bd0ee52-1f7c-4d4b-a6b1-41f09fb6c1f0/start?rid=${RID}`,
      body: '',
      contentType: 'text/plain; charset=utf-8',
    });
    expect(pingRequest(p, success, RID)!.url).toBe(`https://hc-ping.com/5bd0ee52-1f7c-4d4b-a6b1-41f09fb6c1f0?rid=${RID}`);
    expect(pingRequest(p, failure, RID)!.url).toBe(`https://hc-ping.com/5bd0ee52-1f7c-4d4b-a6b1-41f09fb6c1f0/fail?rid=${RID}`);
  });

  it("keep a trailing slash out of the path and the URL's own query in it", () => {
    const p = ping('https://hc-ping.com/pingkey123/{site}-{environment}/?create=1');
    expect(pingRequest(p, failure, RID)!.url).toBe(`https://hc-ping.com/pingkey123/acme-production/fail?create=1&rid=${RID}`);
  });

  it("carry a one-line summary on success and the classified failure, never the command's output", () => {
    expect(pingRequest(ping('https://hc-ping.com/x'), success, RID)!.body).toBe(
      'acme/production: backup 20261207T010203Z-scheduled-r42sabcdef stored (code, data; 24.4 KiB) in 1m12s',
    );
    const body = pingRequest(ping('https://hc-ping.com/x'), failure, RID)!.body;
    expect(body).toBe(
      [
        'acme/production: backup failed.',
        'Step `nightly / backup`: the `data` component failed: `data-command` exited with 3. The run log has the details.',
        "Next step: Open the log at the error: it has the command's own output. Run the command by hand with the same environment to reproduce it.",
        'Run: https://github.com/o/r/actions/runs/42',
      ].join('\n'),
    );
    expect(body).not.toMatch(/fatal|xyz|rejected/);
  });

  it('say a max-age skip is a success: a young backup exists', () => {
    const e = successEvent(target, {
      id: '20261207T010203Z-scheduled-r42sabcdef',
      skipped: true,
      bytes: 0,
      components: [],
      elapsedMs: 1000,
    });
    expect(e).toMatchObject({
      kind: 'success',
      text: 'acme/production: skipped: backup 20261207T010203Z-scheduled-r42sabcdef is younger than max-age',
    });
  });
});

describe('Uptime Kuma push monitors', () => {
  it('are recognised by /api/push/<token>: up or down with a short message, and no start ping', () => {
    const p = ping('https://kuma.example.com/api/push/AbCdEf1234?status=up&msg=OK&ping=');
    expect(p.style).toBe('uptime-kuma');
    expect(pingRequest(p, { kind: 'start' }, RID)).toBeUndefined();
    const up = new URL(pingRequest(p, success, RID)!.url);
    expect(pingRequest(p, success, RID)).toMatchObject({ method: 'GET', body: '' });
    expect(up.pathname).toBe('/api/push/AbCdEf1234');
    expect(up.searchParams.get('status')).toBe('up');
    expect(up.searchParams.get('msg')).toMatch(/^acme\/production: backup \S+ stored/);
    const down = new URL(pingRequest(p, failure, RID)!.url);
    expect(down.searchParams.get('status')).toBe('down');
    expect(down.searchParams.get('msg')!.length).toBeLessThanOrEqual(200);
    expect(down.searchParams.get('msg')).toMatch(/^acme\/production: backup failed\. Step `nightly \/ backup`/);
  });
});

describe('the 10 kB cap', () => {
  it('holds any text to 10 kB of UTF-8, never splitting a character, and says it cut', () => {
    for (const unit of ['a', 'é', '€', '🙂']) {
      const out = capBytes(unit.repeat(20_000));
      expect(Buffer.byteLength(out)).toBeLessThanOrEqual(MAX_BODY_BYTES);
      expect(Buffer.byteLength(out)).toBeGreaterThan(MAX_BODY_BYTES - 8);
      expect(out).not.toContain('\uFFFD');
      expect(out.endsWith('… (cut to 10 kB)')).toBe(true);
    }
    expect(capBytes('short')).toBe('short');
  });

  it('holds the fail ping and the webhook text to 10 kB when the classification is long', () => {
    // An input error names the input; a pathological one is the longest text we produce.
    const long = new ConfigError('x'.repeat(12_000), 'is bad', 'Fix it.');
    const e = failureEvent(target, long, {});
    expect(Buffer.byteLength(pingRequest(ping('https://hc-ping.com/x'), e, RID)!.body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const hook = JSON.parse(webhookBody(target, e as Exclude<NotifyEvent, { kind: 'start' }>)) as { text: string };
    expect(Buffer.byteLength(hook.text)).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });

  it('redacts before it cuts, so no prefix of a secret is left behind', () => {
    const secret = 'Zq9-secret-value-XY';
    addSecret(secret);
    const e = failureEvent({ ...target, runUrl: `https://example.com/${'p'.repeat(MAX_BODY_BYTES - 300)}${secret}` }, new Error('x'), {});
    const body = pingRequest(ping('https://hc-ping.com/x'), e, RID)!.body;
    expect(body).not.toContain(secret.slice(0, 6));
    expect(body).toContain('***');
  });
});

describe('the webhook body', () => {
  it('has what Slack reads (text, attachments with fields) and what Teams reads (a MessageCard with facts)', () => {
    const body = JSON.parse(webhookBody(target, failure as Exclude<NotifyEvent, { kind: 'start' }>)) as Record<string, unknown>;
    expect(body.text).toMatch(/^❌ Backup failed: acme\/production\nacme\/production: backup failed\.\nStep `nightly \/ backup`/);
    expect(body.attachments).toEqual([
      {
        color: 'danger',
        fallback: '❌ Backup failed: acme/production',
        fields: [
          { title: 'Site', value: 'acme/production', short: true },
          { title: 'Outcome', value: 'failure', short: true },
          { title: 'Kind', value: 'command', short: true },
          { title: 'Step', value: 'nightly / backup', short: true },
          { title: 'Run', value: 'https://github.com/o/r/actions/runs/42', short: true },
        ],
      },
    ]);
    expect(body).toMatchObject({
      '@type': 'MessageCard',
      '@context': 'https://schema.org/extensions',
      summary: '❌ Backup failed: acme/production',
      themeColor: 'D13438',
    });
    expect((body.sections as { facts: unknown[] }[])[0]!.facts).toContainEqual({ name: 'Kind', value: 'command' });
    expect(JSON.stringify(body)).not.toMatch(/fatal|xyz|rejected/);
    const ok = JSON.parse(webhookBody(target, success as Exclude<NotifyEvent, { kind: 'start' }>)) as Record<string, unknown>;
    expect(ok).toMatchObject({ themeColor: '2EB67D', text: expect.stringMatching(/^✅ Backup succeeded: acme\/production\n/) as unknown });
  });
});

describe('the inputs', () => {
  it.each([
    [{ 'ping-url': 'hc-ping.com/abc' }, 'ping-url', 'is not a URL'],
    [{ 'ping-url': 'ftp://hc-ping.com/abc' }, 'ping-url', 'is a ftp URL, not http(s)'],
    [{ 'ping-url': 'https://hc-ping.com/abc/{site}/{env}' }, 'ping-url', 'holds the placeholder `{env}`'],
    [{ 'ping-url': 'https://hc-ping.com/a b' }, 'ping-url', 'holds a space'],
    [{ 'webhook-url': 'javascript:alert(1)' }, 'webhook-url', 'is a javascript URL'],
    [{ 'webhook-on': 'success' }, 'webhook-on', '"success" is not a choice'],
  ])('refuses %j naming the input, without quoting the URL', (inputs, input, problem) => {
    let err: unknown;
    try {
      cfg(inputs);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).input).toBe(input);
    expect((err as Error).message).toContain(problem);
    if (input !== 'webhook-on') expect((err as Error).message).not.toContain(Object.values(inputs)[0]);
  });

  it('expands {site} and {environment}, and defaults webhook-on to failure', () => {
    const c = cfg({ 'ping-url': 'https://hc-ping.com/KEY/{site}.{environment}', 'webhook-url': 'https://hooks.slack.com/services/T/B/x' });
    expect(c.ping!.url.href).toBe('https://hc-ping.com/KEY/acme.production');
    expect(c.ping!.style).toBe('healthchecks');
    expect(c.webhook!.on).toBe('failure');
  });
});

describe('the budget', () => {
  const quiet: Reporter = { info: () => undefined, warn: () => undefined, error: () => undefined, setSecret: () => undefined };

  it('is 10 s by default: the start ping may take half, the end ping and the post share what is left', async () => {
    expect(NOTIFY_BUDGET_MS).toBe(10_000);
    let clock = 0;
    const given: number[] = [];
    // A receiver that never answers: each request uses all the time it is given.
    const send: Sender = (_req, timeoutMs) => {
      given.push(timeoutMs);
      // Requests sent side by side start together; the clock moves on to the last to give up.
      const t0 = clock;
      return Promise.resolve().then(() => {
        clock = Math.max(clock, t0 + timeoutMs);
        return { ok: false, reason: 'gave no answer' };
      });
    };
    const n = new Notifier(cfg({ 'ping-url': 'https://hc-ping.com/x', 'webhook-url': 'https://hooks.slack.com/x' }), target, quiet, {
      send,
      now: () => clock,
    });
    await n.start();
    await n.failure(new Error('x'), {});
    expect(given).toEqual([5_000, 5_000, 5_000]);
    expect(clock).toBe(10_000);
    // Nothing is left: a further ping is not sent at all.
    await n.success({ id: 'x', skipped: false, bytes: 0, components: [], elapsedMs: 0 });
    expect(given).toHaveLength(3);
  });

  it('gives the end ping all that the start ping did not use', async () => {
    let clock = 0;
    const given: number[] = [];
    const send: Sender = async (_req, timeoutMs) => {
      given.push(timeoutMs);
      clock += 1_200;
      return { ok: true };
    };
    const n = new Notifier(cfg({ 'ping-url': 'https://hc-ping.com/x' }), target, quiet, { send, now: () => clock });
    await n.start();
    await n.success({ id: 'x', skipped: false, bytes: 0, components: [], elapsedMs: 0 });
    expect(given).toEqual([5_000, 8_800]);
  });
});

describe('in the sites file', () => {
  it('take the URLs by secret NAME, per site or fleet-wide, and webhook-on as a plain input', () => {
    const targets = parseSitesFile(
      [
        'defaults:',
        '  secrets: { ping-url: HC_PING_URL, webhook-url: SLACK_WEBHOOK }',
        '  inputs: { webhook-on: always }',
        'sites:',
        '  - site: acme',
        '  - site: shop',
        '    secrets: { ping-url: SHOP_PING_URL }',
        '',
      ].join('\n'),
    );
    expect(targets.map((t) => [t.id, t.secrets, t.inputs])).toEqual([
      ['acme/production', { 'ping-url': 'HC_PING_URL', 'webhook-url': 'SLACK_WEBHOOK' }, { 'webhook-on': 'always' }],
      ['shop/production', { 'ping-url': 'SHOP_PING_URL', 'webhook-url': 'SLACK_WEBHOOK' }, { 'webhook-on': 'always' }],
    ]);
  });

  it('refuse a URL written by value: anyone who reads it can ping the check or post to the channel', () => {
    expect(() =>
      parseSitesFile(['sites:', '  - site: acme', '    inputs: { ping-url: "https://hc-ping.com/5bd0ee52" }', ''].join('\n')),
    ).toThrow(/input `ping-url` of site "acme" is a secret: never write its value here/);
  });
});
