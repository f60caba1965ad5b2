// Planning speed: 100,000 backups through the retention planner, in UTC and in a zone with
// daylight saving time (where the zone offsets come from Intl, cached per day).
import { parsePolicy } from '../src/retention/policy.js';
import { planRetention } from '../src/retention/planner.js';

interface Item {
  id: string;
  time: number;
}

/** 100,000 backups: one about every 50 minutes (about 9.5 years), with deterministic jitter. */
function history(count: number): Item[] {
  const items: Item[] = [];
  let t = Date.UTC(2026, 10, 21, 5, 0, 3);
  let seed = 42;
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    t -= 50 * 60_000 + (seed % 600) * 1000;
    items.push({ id: `b${i}`, time: t });
  }
  return items;
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function benchRetention(): Promise<string[]> {
  const items = history(100_000);
  const lines: string[] = [];
  const cases: [string, string][] = [
    ['divio', 'UTC'],
    ['plantanapp', 'UTC'],
    ['hourly=48,daily=30,weekly=12,monthly=24,yearly=all,within=14d', 'UTC'],
    ['hourly=48,daily=30,weekly=12,monthly=24,yearly=all,within=14d', 'Europe/Zurich'],
  ];
  // One warm-up so the timings measure the planner, not the JIT.
  planRetention(
    items,
    parsePolicy('divio'),
    (b) => b.time,
    (b) => b.id,
  );
  for (const [text, tz] of cases) {
    const policy = parsePolicy(text);
    let kept = 0;
    const ms = time(() => {
      kept = planRetention(
        items,
        policy,
        (b) => b.time,
        (b) => b.id,
        { timeZone: tz, now: Date.UTC(2027, 0, 1) },
      ).keep.length;
    });
    lines.push(
      `retention: planned ${items.length.toLocaleString('en-US')} backups in ${ms.toFixed(1)} ms (${policy.text}, ${tz}; ${kept} kept)`,
    );
  }
  // Stores list newest first; a shuffled input pays for the sort as well.
  const shuffled = [...items];
  let seed = 7;
  for (let i = shuffled.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const policy = parsePolicy('plantanapp');
  let kept = 0;
  const ms = time(() => {
    kept = planRetention(
      shuffled,
      policy,
      (b) => b.time,
      (b) => b.id,
      { timeZone: 'Europe/Zurich' },
    ).keep.length;
  });
  lines.push(
    `retention: planned ${items.length.toLocaleString('en-US')} backups in ${ms.toFixed(1)} ms (${policy.text}, Europe/Zurich, input shuffled; ${kept} kept)`,
  );
  return lines;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  for (const line of await benchRetention()) console.log(line);
}
