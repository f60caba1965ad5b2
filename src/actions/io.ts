import os from 'node:os';
import { installInterruptCleanup, sweepLeftovers } from '../util/cleanup.js';
import type { Io } from '../config/io.js';
import { envSource } from '../config/source.js';
import { addSecret, redact, secretsInEnv } from '../report/redact.js';
import { errorTitle } from '../report/errors.js';
import type { Reporter } from '../report/reporter.js';
import * as core from './runner.js';

export const actionReporter: Reporter = {
  info: (m) => core.info(redact(m)),
  warn: (m) => core.warning(redact(m)),
  error: (m, title) => core.error(redact(m), title),
  setSecret: (v) => {
    if (!v) return;
    core.setSecret(v);
    // The runner matches a multi-line mask only as a whole; a key printed one line at a time
    // (as ssh or a stack trace would) needs each line masked on its own.
    for (const line of v.split(/\r?\n/)) if (line.trim().length >= 8 && line.trim() !== v.trim()) core.setSecret(line.trim());
    addSecret(v);
  },
};

/** The runner as an Io: INPUT_* in, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY out. */
export function actionIo(): Io {
  return {
    inputs: envSource(process.env),
    log: actionReporter,
    env: process.env,
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    setOutput: (name, value) => core.setOutput(name, redact(value)),
    summary: async (md) => core.appendSummary(redact(md)),
  };
}

/** Runs an action body; an error becomes one annotation that names the input or component. */
export async function runAction(what: string, body: (io: Io) => Promise<unknown>): Promise<void> {
  // Secrets in the environment (SECURITY.md has the rule) are masked before anything runs.
  for (const v of secretsInEnv(process.env)) actionReporter.setSecret(v);
  // A cancelled job (SIGINT, then SIGTERM) ends the child process groups and removes staging.
  installInterruptCleanup();
  try {
    await sweepLeftovers(process.env.RUNNER_TEMP ?? os.tmpdir(), actionReporter);
    await body(actionIo());
  } catch (e) {
    core.error(redact((e as Error).message), errorTitle(e, what));
    process.exitCode = 1;
  }
}
