import type { InputSource } from './source.js';
import type { Reporter } from '../report/reporter.js';

/** What a command needs from its front end (the action runner or a terminal). */
export interface Io {
  inputs: InputSource;
  log: Reporter;
  env: NodeJS.ProcessEnv;
  cwd: string;
  setOutput(name: string, value: string): void;
  /** Markdown for the job summary (the CLI prints it). */
  summary(markdown: string): Promise<void>;
}
