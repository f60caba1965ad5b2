import { ComponentError, ConfigError } from '../config/errors.js';

/** The annotation title: which input or component failed, so the log line says where to look. */
export function errorTitle(e: unknown, what = 'site-backup'): string {
  if (e instanceof ConfigError) return `input ${e.input}`;
  if (e instanceof ComponentError) return `${e.component} ${what} failed`;
  return `${what} failed`;
}
