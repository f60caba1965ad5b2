/**
 * A value built on its first use and kept for the process. zod builds a schema eagerly, so the
 * schemas of every module built at import cost each run tens of milliseconds before its first
 * input was read; a loader wrapped so imports a module only when it is first asked for.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
