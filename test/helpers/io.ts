import type { Io } from '../../src/config/io.js';
import { mapSource } from '../../src/config/source.js';
import { addSecret, redact } from '../../src/report/redact.js';
import type { Reporter } from '../../src/report/reporter.js';

export interface TestIo extends Io {
  /** Every line the command reported, redacted as a real reporter would. */
  lines: string[];
  errors: { message: string; title?: string }[];
  outputs: Record<string, string>;
  summaries: string[];
  secrets: string[];
}

/** An Io for calling commands in-process, recording everything a person would see. */
export function testIo(inputs: Record<string, string | undefined>, env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): TestIo {
  const lines: string[] = [];
  const errors: TestIo['errors'] = [];
  const secrets: string[] = [];
  const log: Reporter = {
    info: (m) => lines.push(redact(m)),
    warn: (m) => lines.push(`warning: ${redact(m)}`),
    error: (m, title) => errors.push({ message: redact(m), ...(title ? { title } : {}) }),
    setSecret: (v) => {
      if (v) secrets.push(v);
      addSecret(v);
    },
  };
  const io: TestIo = {
    inputs: mapSource(inputs),
    log,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    cwd,
    lines,
    errors,
    outputs: {},
    summaries: [],
    secrets,
    setOutput: (k, v) => {
      io.outputs[k] = v;
    },
    summary: async (md) => {
      io.summaries.push(md);
    },
  };
  return io;
}
