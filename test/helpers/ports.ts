import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

// Ports for the test servers that must be told one (mariadbd, postgres, sshd cannot bind port 0
// and report it back).
//
// Not a listen-on-0-then-close probe: that hands back a port from the kernel's ephemeral range,
// the range it also gives every outgoing connection and every port-0 listener, so on a busy test
// run (HTTP doubles, s3rver, ssh clients) the port can be taken again between the probe and the
// server's bind. A port outside that range is only ever taken by another explicit choice, the
// probe rules out one that is held now, and the one remaining collision (two explicit choices of
// the same port at the same moment) is a real bind failure that onQuietPort answers by starting
// the server again on another port.
//
//   const db = await onQuietPort(async (port) => {
//     ...start the server on port...
//     if (/address already in use/i.test(log)) throw new PortInUseError(port, log);
//     return handle;
//   });

const RANGE_FILE = '/proc/sys/net/ipv4/ip_local_port_range';
/** Linux's default, for a kernel that does not say. */
const DEFAULT_EPHEMERAL: [number, number] = [32768, 60999];
/** Below this are the well-known and the commonly configured service ports. */
const FLOOR = 10_000;

/** The kernel's ephemeral port range [low, high], as `ip_local_port_range` gives it. */
export function ephemeralRange(file = RANGE_FILE): [number, number] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return DEFAULT_EPHEMERAL;
  }
  const [low, high] = text.trim().split(/\s+/).map(Number);
  if (!Number.isInteger(low) || !Number.isInteger(high) || low! < 1 || high! > 65535 || low! > high!) {
    throw new Error(`${file} does not hold a port range: ${JSON.stringify(text)}`);
  }
  return [low!, high!];
}

/** The ports quietPort chooses from: the larger stretch outside the ephemeral range, above FLOOR. */
export function quietRange([low, high]: [number, number] = ephemeralRange()): [number, number] {
  const below: [number, number] = [FLOOR, low - 1];
  const above: [number, number] = [Math.max(FLOOR, high + 1), 65535];
  const size = ([a, b]: [number, number]) => b - a + 1;
  const best = size(below) >= size(above) ? below : above;
  if (size(best) < 1000) throw new Error(`the ephemeral port range ${low}-${high} leaves no room for test servers`);
  return best;
}

/** Whether something could bind 127.0.0.1:port right now. */
function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

let raced: number[] = [];
/**
 * For the tests of the servers' collision handling: the next quietPort() calls return these ports
 * unprobed, as if another process had bound each one between the probe and the server's bind.
 */
export function raceNextPorts(...ports: number[]): void {
  raced = [...ports];
}

/** A port outside the ephemeral range that nothing on 127.0.0.1 listens on now. */
export async function quietPort(): Promise<number> {
  const next = raced.shift();
  if (next !== undefined) return next;
  const [a, b] = quietRange();
  for (let i = 0; i < 200; i++) {
    const port = a + Math.floor(Math.random() * (b - a + 1));
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port found in ${a}-${b} after 200 tries`);
}

/** Thrown by a server's start when its bind failed because the port is in use. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    detail: string,
  ) {
    super(`port ${port} is in use: ${detail.trim()}`);
  }
}

/** What the servers (mariadbd, postgres, sshd) and Node log for a bind on a port that is taken. */
const ADDRESS_IN_USE = /address already in use|EADDRINUSE/i;

/** The PortInUseError a server's log shows, if its bind failed because the port was taken. */
export function portInUseIn(port: number, log: string): PortInUseError | undefined {
  const line = log.split('\n').find((l) => ADDRESS_IN_USE.test(l));
  return line === undefined ? undefined : new PortInUseError(port, line);
}

/**
 * Runs start(port) on a quiet port. When start reports that the bind failed with the port in use
 * (PortInUseError), the server is started again on another port, up to `attempts` times in all;
 * any other failure is the caller's.
 */
export async function onQuietPort<T>(start: (port: number) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const port = await quietPort();
    try {
      return await start(port);
    } catch (e) {
      if (!(e instanceof PortInUseError) || attempt >= attempts) throw e;
    }
  }
}
