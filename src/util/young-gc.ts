import v8 from 'node:v8';
import vm from 'node:vm';

// Node reads every chunk of a socket or a file into a new buffer, and V8 frees such buffers
// late: it scavenges the young generation for them only once 32 MiB are waiting (twice the largest
// semi-space), and not at all while a major GC is marking, which a long stream keeps starting. A
// plain SDK GET of a 922 MiB object, hashed and dropped, peaked at 153 to 165 MiB of RSS with 70
// to 86 MiB of dead chunks; with a young-generation GC every 5 MiB it peaked at 97 MiB and used
// less CPU (issue 21). A scavenge of a young generation that holds little but dead chunks is
// cheap, around a millisecond.

type Gc = (options: { type: 'minor' | 'major' }) => void;

const EVERY = 4 << 20;
let collect: Gc | null | undefined;
let streamed = 0;

/**
 * V8's own collector, as `--expose-gc` gives it: switched on only long enough to create one
 * context that holds it (the flag applies to new contexts). Null where that does not work.
 */
function collector(): Gc | null {
  if (collect !== undefined) return collect;
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return (collect = exposed as Gc);
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as Gc) : null;
  } catch {
    collect = null;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
  return collect;
}

/**
 * Counts the bytes a stream has moved through this process; every few MiB, a young-generation GC
 * frees the chunk buffers they came in while those are still young. Call it where the chunks are
 * done with (copied out, or hashed and passed on).
 */
export function streamedThrough(bytes: number): void {
  streamed += bytes;
  if (streamed < EVERY) return;
  streamed = 0;
  collector()?.({ type: 'minor' });
}
