// The dead man's switch, from the backup's side (and the verify's and prune's): ping a monitor
// when the run starts and when it ends, and post to a chat webhook. A monitor that stops hearing these pings alerts on its own,
// which is the one way to learn of a backup that never ran at all.
//
// Telling is never worth a backup: a ping that fails is a warning, and all of a run's pings and
// posts together hold it up for at most `budgetMs` (10 s). The start ping may use half of that, so
// the end ping, the one that matters, always keeps the other half.
import { randomUUID } from 'node:crypto';
import type { NotifyConfig } from '../config/notify.js';
import type { Reporter } from '../report/reporter.js';
import {
  failureEvent,
  pingRequest,
  prunedEvent,
  successEvent,
  verifiedEvent,
  webhookBody,
  type NotifyEvent,
  type NotifyTarget,
  type OutgoingRequest,
  type PruneInfo,
  type SuccessInfo,
  type VerifyInfo,
} from './messages.js';

export const NOTIFY_BUDGET_MS = 10_000;

export type SendResult = { ok: true } | { ok: false; reason: string };
/** Sends one request, giving up after timeoutMs. Never throws. */
export type Sender = (req: OutgoingRequest, timeoutMs: number) => Promise<SendResult>;

/** POST with fetch, bounded by AbortSignal.timeout; the answer's body is not read. */
export const httpSend: Sender = async (req, timeoutMs) => {
  try {
    const res = await fetch(req.url, {
      method: req.method,
      headers: { 'content-type': req.contentType, 'user-agent': 'site-backup' },
      ...(req.method === 'POST' ? { body: req.body } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel().catch(() => undefined);
    return res.ok ? { ok: true } : { ok: false, reason: `answered HTTP ${res.status}` };
  } catch (e) {
    return { ok: false, reason: sendFailure(e, timeoutMs) };
  }
};

/** Why a request failed, in words that quote neither the URL nor the server's answer. */
function sendFailure(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; cause?: { code?: unknown; name?: string } };
  if (err.name === 'TimeoutError' || err.cause?.name === 'TimeoutError') return `gave no answer within ${(timeoutMs / 1000).toFixed(1)} s`;
  const code = typeof err.cause?.code === 'string' && /^[A-Z_]+$/.test(err.cause.code) ? ` (${err.cause.code})` : '';
  return `could not be reached${code}`;
}

export interface NotifierOptions {
  /** The most all pings and posts together may delay the run. */
  budgetMs?: number;
  send?: Sender;
  now?: () => number;
  /** The run id that pairs start and end pings; a fresh UUID by default. */
  rid?: string;
}

interface Outgoing {
  /** The input it goes to and what it is, for the warning: `ping-url` start ping. */
  what: string;
  req: OutgoingRequest;
}

export class Notifier {
  readonly rid: string;
  private spentMs = 0;
  private readonly budgetMs: number;
  private readonly send: Sender;
  private readonly now: () => number;

  constructor(
    private readonly cfg: NotifyConfig,
    private readonly target: NotifyTarget,
    private readonly log: Reporter,
    opts: NotifierOptions = {},
  ) {
    this.rid = opts.rid ?? randomUUID();
    this.budgetMs = opts.budgetMs ?? NOTIFY_BUDGET_MS;
    this.send = opts.send ?? httpSend;
    this.now = opts.now ?? Date.now;
  }

  /** The start ping, before anything is exported. */
  async start(): Promise<void> {
    await this.safely(() => this.deliver(this.outgoing({ kind: 'start' }), this.budgetMs / 2));
  }

  async success(info: SuccessInfo): Promise<void> {
    await this.safely(() => this.deliver(this.outgoing(successEvent(this.target, info)), Infinity));
  }

  async verified(info: VerifyInfo): Promise<void> {
    await this.safely(() => this.deliver(this.outgoing(verifiedEvent(this.target, info)), Infinity));
  }

  async pruned(info: PruneInfo): Promise<void> {
    await this.safely(() => this.deliver(this.outgoing(prunedEvent(this.target, info)), Infinity));
  }

  async failure(error: unknown, env: NodeJS.ProcessEnv): Promise<void> {
    await this.safely(() => this.deliver(this.outgoing(failureEvent(this.target, error, env)), Infinity));
  }

  /** A notifier that throws would turn a good backup into a failed one: it warns instead. */
  private async safely(fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch {
      this.log.warn(`A ping or webhook post could not be prepared; the monitor may alert. The ${this.target.action}'s outcome stands.`);
    }
  }

  private outgoing(event: NotifyEvent): Outgoing[] {
    const out: Outgoing[] = [];
    const ping = this.cfg.ping && pingRequest(this.cfg.ping, event, this.rid);
    if (ping) out.push({ what: `\`ping-url\` ${event.kind === 'failure' ? 'fail' : event.kind} ping`, req: ping });
    const hook = this.cfg.webhook;
    if (hook && event.kind !== 'start' && (event.kind === 'failure' || hook.on === 'always')) {
      out.push({
        what: '`webhook-url` post',
        req: { method: 'POST', url: hook.url.href, body: webhookBody(this.target, event), contentType: 'application/json' },
      });
    }
    return out;
  }

  /** Sends them side by side, within what is left of the budget (and `limitMs`); failures are warnings. */
  private async deliver(list: Outgoing[], limitMs: number): Promise<void> {
    if (list.length === 0) return;
    const timeoutMs = Math.floor(Math.min(limitMs, this.budgetMs - this.spentMs));
    const started = this.now();
    try {
      if (timeoutMs <= 0) {
        for (const o of list)
          this.log.warn(
            `The ${o.what} was not sent: pings have used their ${this.budgetMs / 1000} s for this run. The ${this.target.action}'s outcome stands.`,
          );
        return;
      }
      const results = await Promise.all(
        list.map((o) => this.send(o.req, timeoutMs).catch(() => ({ ok: false as const, reason: 'failed' }))),
      );
      results.forEach((r, i) => {
        // The host only: the rest of the URL is the secret that lets anyone ping or post.
        if (!r.ok)
          this.log.warn(
            `The ${list[i]!.what} to ${new URL(list[i]!.req.url).host} ${r.reason}; the monitor may alert. The ${this.target.action}'s outcome stands.`,
          );
      });
    } finally {
      this.spentMs += Math.max(0, this.now() - started);
    }
  }
}
