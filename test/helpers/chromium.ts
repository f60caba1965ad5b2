import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

// Debian's headless Chromium, driven over the DevTools protocol on a pipe (--remote-debugging-pipe:
// commands on fd 3, answers on fd 4, each message ended by a NUL), so no port is opened and no
// npm package is needed. Every console message, uncaught exception and browser log entry (a
// Content-Security-Policy violation is one) is collected, so a test can require none.

export const CHROMIUM = ['chromium', 'chromium-browser'].find((c) => spawnSync(c, ['--version'], { stdio: 'ignore' }).status === 0);

export interface PageProblem {
  source: string;
  text: string;
}

export interface Browser {
  /** Loads the URL and waits for its load event. */
  open(url: string, size?: { width: number; height: number }): Promise<void>;
  /** Evaluates an expression in the page; its value comes back as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  screenshot(): Promise<Buffer>;
  /** Console errors and warnings, uncaught exceptions, and browser log entries of level error or warning. */
  problems: PageProblem[];
  close(): Promise<void>;
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('chromium is not installed');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'sba-chromium-'));
  // --no-sandbox: CI runs the tests as root, where Chromium's sandbox refuses to start.
  const child: ChildProcess = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--remote-debugging-pipe',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  const waiters: { method: string; resolve: (m: Message) => void }[] = [];
  const problems: PageProblem[] = [];
  let nextId = 1;
  /** The page's session, once attached: page commands go to it, browser commands do not. */
  const page: { sessionId?: string } = {};
  let buffer = '';
  let exited: Error | undefined;
  child.on('exit', (code, signal) => {
    exited = new Error(`chromium exited (${signal ?? code}): ${stderr.slice(-1500)}`);
    for (const p of pending.values()) p.reject(exited);
    pending.clear();
  });
  fromBrowser.on('data', (d: Buffer) => {
    buffer += d.toString('utf8');
    let nul: number;
    while ((nul = buffer.indexOf('\0')) >= 0) {
      const m = JSON.parse(buffer.slice(0, nul)) as Message;
      buffer = buffer.slice(nul + 1);
      if (m.id !== undefined) {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.error) p?.reject(new Error(`DevTools: ${m.error.message}`));
        else p?.resolve(m);
        continue;
      }
      const params = m.params ?? {};
      if (m.method === 'Runtime.consoleAPICalled' && ['error', 'warning', 'assert'].includes(String(params.type))) {
        problems.push({ source: `console.${String(params.type)}`, text: JSON.stringify(params.args) });
      } else if (m.method === 'Runtime.exceptionThrown') {
        problems.push({ source: 'exception', text: JSON.stringify((params.exceptionDetails as Record<string, unknown>) ?? params) });
      } else if (m.method === 'Log.entryAdded') {
        const entry = params.entry as { level: string; source: string; text: string; url?: string };
        if (entry.level === 'error' || entry.level === 'warning')
          problems.push({ source: `log.${entry.source}`, text: `${entry.text} ${entry.url ?? ''}` });
      }
      const i = waiters.findIndex((w) => w.method === m.method);
      if (i >= 0) waiters.splice(i, 1)[0]!.resolve(m);
    }
  });
  const send = (method: string, params: Record<string, unknown> = {}, session = page.sessionId): Promise<Message> => {
    if (exited) return Promise.reject(exited);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      toBrowser.write(JSON.stringify({ id, method, params, ...(session ? { sessionId: session } : {}) }) + '\0');
    });
  };
  // A page that never answers fails the test with a reason instead of hanging it.
  const within = <T>(p: Promise<T>, what: string): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`chromium: no answer to ${what} within 60 s`)), 60_000);
    });
    return Promise.race([p, limit]).finally(() => clearTimeout(timer));
  };
  const event = (method: string) => within(new Promise<Message>((resolve) => waiters.push({ method, resolve })), method);

  const target = await send('Target.createTarget', { url: 'about:blank' }, undefined);
  const attached = await send('Target.attachToTarget', { targetId: target.result!.targetId, flatten: true }, undefined);
  page.sessionId = String(attached.result!.sessionId);
  await send('Page.enable');
  await send('Runtime.enable');
  await send('Log.enable');

  return {
    problems,
    async open(url, size = { width: 1400, height: 1000 }) {
      await send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: 1, mobile: false });
      // Through about:blank: a URL that differs from the current one only after '#' would be a
      // same-document navigation, which fires no load event and reruns no script.
      const blank = event('Page.loadEventFired');
      await send('Page.navigate', { url: 'about:blank' });
      await blank;
      const loaded = event('Page.loadEventFired');
      const nav = await send('Page.navigate', { url });
      if (nav.result?.errorText) {
        // No load event will come for this navigation: drop its waiter, or it would take the next one's.
        for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]!.method === 'Page.loadEventFired') waiters.splice(i, 1);
        throw new Error(`navigating to ${url}: ${String(nav.result.errorText)}`);
      }
      await loaded;
    },
    async evaluate<T>(expression: string): Promise<T> {
      const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      const details = r.result!.exceptionDetails as { text?: string; exception?: { description?: string } } | undefined;
      if (details) throw new Error(`in the page: ${details.exception?.description ?? details.text ?? 'exception'}`);
      return (r.result!.result as { value: T }).value;
    },
    async screenshot() {
      const r = await send('Page.captureScreenshot', { format: 'png' });
      return Buffer.from(String(r.result!.data), 'base64');
    },
    async close() {
      await send('Browser.close', {}, undefined).catch(() => undefined);
      if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
      await rm(profile, { recursive: true, force: true });
    },
  };
}
