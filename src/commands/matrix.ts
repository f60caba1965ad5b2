// `matrix`: the sites file -> strategy.matrix. The commands that run the fleet (fleet-backup,
// fleet-prune, fleet-summary) are in fleet.ts, so that planning a matrix loads no store or runner.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import { inputOrDefault } from '../config/source.js';
import { buildMatrix, checkMaxJobs, GITHUB_MATRIX_LIMIT, type FleetMatrix } from '../fleet/matrix.js';
import { parseSitesFile, type FleetTarget } from '../fleet/sites-file.js';
import type { Io } from '../config/io.js';

/** Reads and validates the sites file named by the `sites` input. */
export async function loadFleet(io: Io): Promise<{ file: string; targets: FleetTarget[] }> {
  const name = inputOrDefault(io.inputs, 'sites')!;
  const file = path.resolve(io.cwd, name);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigError(
      'sites',
      `cannot read "${name}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      'Give the path of the sites file, relative to the repository root; docs/fleet.md shows its format.',
    );
  }
  // Messages name the file as the user wrote it, so they point at the right line in the editor.
  return { file: name, targets: parseSitesFile(text, name) };
}

function maxJobs(io: Io): number {
  const v = inputOrDefault(io.inputs, 'max-jobs')!;
  const n = Number(v);
  try {
    return checkMaxJobs(n);
  } catch {
    throw new ConfigError(
      'max-jobs',
      `"${v}" is not a whole number from 1 to ${GITHUB_MATRIX_LIMIT}`,
      `GitHub runs at most ${GITHUB_MATRIX_LIMIT} jobs per matrix; leave room for the other jobs of the workflow if you like.`,
    );
  }
}

export interface MatrixCommandOptions {
  /** Set the step outputs (the action); the CLI prints the JSON alone, for pipes. */
  outputs?: boolean;
  write?: (s: string) => void;
}

/** `site-backup matrix --sites sites.yml [--max-jobs 256]` and the matrix action. */
export async function matrixCommand(io: Io, opts: MatrixCommandOptions = {}): Promise<FleetMatrix> {
  const { file, targets } = await loadFleet(io);
  const m = buildMatrix(targets, maxJobs(io));
  const json = JSON.stringify(m.matrix);
  const how = m.sharded
    ? `${m.jobs} jobs of ${Math.floor(m.targets / m.jobs)}–${Math.ceil(m.targets / m.jobs)} sites each (sharded)`
    : `${m.jobs} job${m.jobs === 1 ? '' : 's'}, one per site`;
  io.log.info(`${file}: ${m.targets} site${m.targets === 1 ? '' : 's'} → ${how}`);
  if (opts.outputs) {
    io.setOutput('matrix', json);
    io.setOutput('sharded', String(m.sharded));
    io.setOutput('job-count', String(m.jobs));
    io.setOutput('site-count', String(m.targets));
    await io.summary(`### Fleet matrix\n\n${m.targets} sites from \`${file}\` → ${how}.\n`);
  } else {
    (opts.write ?? ((s: string) => process.stdout.write(s)))(json + '\n');
  }
  return m;
}
