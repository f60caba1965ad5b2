import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mariaDbMissing, startMariaDb } from './helpers/mariadb.js';
import { ephemeralRange, onQuietPort, PortInUseError, quietPort, quietRange, raceNextPorts } from './helpers/ports.js';
import { postgresMissing, startPostgres } from './helpers/postgres.js';
import { describeWithTools } from './helpers/requires.js';
import { sshStackMissing, startSshd } from './helpers/ssh-stack.js';

// The ports the test servers (mariadbd, postgres, sshd) are told to bind: outside the kernel's
// ephemeral range, so no port-0 listener or outgoing connection of a busy run takes one between
// the probe and the bind; and a real collision (the bind fails with the port in use) starts the
// server again on another port. The collision is made, not waited for: raceNextPorts hands the
// server a port that a listener here holds, as if someone had bound it right after the probe.

const held: Server[] = [];
/** A port on 127.0.0.1 held by a listener of this test until the test ends. */
async function holdPort(): Promise<number> {
  const port = await quietPort();
  const srv = createServer();
  await new Promise<void>((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', resolve);
  });
  held.push(srv);
  return port;
}
/** Whether the kernel could hand the port to a port-0 listener or an outgoing connection. */
function ephemeral(port: number): boolean {
  const [low, high] = ephemeralRange();
  return port >= low && port <= high;
}
afterEach(async () => {
  raceNextPorts();
  await Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** Starts a plain Node listener on port, reporting a port in use as the servers' starts do. */
function listenOn(port: number): Promise<Server> {
  const srv = createServer();
  return new Promise((resolve, reject) => {
    srv.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new PortInUseError(port, e.message) : e));
    srv.listen(port, '127.0.0.1', () => {
      held.push(srv);
      resolve(srv);
    });
  });
}

describe('quiet ports', () => {
  it('reads the ephemeral range the kernel uses', async () => {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    expect(ephemeralRange()).toEqual([low, high]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sba-ports-'));
    const file = path.join(dir, 'range');
    writeFileSync(file, '40000\t50000\n');
    expect(ephemeralRange(file)).toEqual([40000, 50000]);
    writeFileSync(file, 'nonsense');
    expect(() => ephemeralRange(file)).toThrow(/does not hold a port range/);
    expect(ephemeralRange(path.join(dir, 'absent'))).toEqual([32768, 60999]);
    rmSync(dir, { recursive: true });
  });

  it('chooses from the larger stretch outside the ephemeral range', () => {
    expect(quietRange([32768, 60999])).toEqual([10_000, 32767]);
    expect(quietRange([12000, 20000])).toEqual([20001, 65535]);
    expect(() => quietRange([1024, 65000])).toThrow(/leaves no room/);
  });

  it('gives ports outside the ephemeral range that nothing listens on', async () => {
    const [low, high] = ephemeralRange();
    const [a, b] = quietRange();
    for (let i = 0; i < 50; i++) {
      const port = await quietPort();
      expect(ephemeral(port), `${port} is in the ephemeral range ${low}-${high}`).toBe(false);
      expect(port).toBeGreaterThanOrEqual(a);
      expect(port).toBeLessThanOrEqual(b);
      const srv = await listenOn(port);
      expect(srv.listening).toBe(true);
    }
  });

  it('starts again on another port when the bind fails with the port in use, and only then', async () => {
    const taken = await holdPort();
    raceNextPorts(taken);
    const tried: number[] = [];
    const srv = await onQuietPort((port) => (tried.push(port), listenOn(port)));
    expect(tried).toHaveLength(2);
    expect(tried[0]).toBe(taken);
    expect((srv.address() as { port: number }).port).toBe(tried[1]);

    // Any other failure is the caller's, at once.
    let calls = 0;
    const err = await onQuietPort(async () => {
      calls++;
      throw new Error('no such program');
    }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('no such program');
    expect(calls).toBe(1);

    // A bounded number of starts, then the collision is reported.
    const all = await Promise.all([1, 2, 3].map(() => holdPort()));
    raceNextPorts(...all);
    const tried2: number[] = [];
    const err2 = await onQuietPort((port) => (tried2.push(port), listenOn(port)), 3).catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(PortInUseError);
    expect(tried2).toEqual(all);
  });
});

// Each real server, handed a port someone holds, starts on another one and works there.
interface Started {
  port: number;
  /** The port the server itself says it listens on. */
  ownPort(): Promise<string>;
  stop(): Promise<void>;
}
const servers: [string, string[], () => Promise<Started>][] = [
  [
    'sshd',
    sshStackMissing(),
    async () => {
      const ssh = await startSshd();
      return {
        port: ssh.port,
        ownPort: async () => /Server listening on 127\.0\.0\.1 port (\d+)/.exec(ssh.log())?.[1] ?? '',
        stop: ssh.stop,
      };
    },
  ],
  [
    'MariaDB',
    mariaDbMissing(),
    async () => {
      const db = await startMariaDb();
      return { port: db.port, ownPort: async () => (await db.exec('SELECT @@port')).trim(), stop: db.stop };
    },
  ],
  [
    'PostgreSQL',
    postgresMissing(),
    async () => {
      const pg = await startPostgres('pw');
      return { port: pg.port, ownPort: async () => pg.psql("SELECT current_setting('port') AS p \\gset\n\\echo :p").trim(), stop: pg.stop };
    },
  ],
];
for (const [name, missing, start] of servers) {
  describeWithTools(`${name} on a port someone took`, missing, () => {
    it('starts on another port outside the ephemeral range', async () => {
      const taken = await holdPort();
      raceNextPorts(taken);
      const server = await start();
      try {
        expect(server.port).not.toBe(taken);
        expect(ephemeral(server.port)).toBe(false);
        expect(await server.ownPort()).toBe(String(server.port));
      } finally {
        await server.stop();
      }
    }, 120_000);
  });
}
