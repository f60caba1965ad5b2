import { INPUTS, type InputName, type InputSpec } from '../config/inputs.js';
import type { InputSource } from '../config/source.js';
import type { Reporter } from '../report/reporter.js';

/** Masks every input marked secret before anything else can print it. */
export function maskSecretInputs(inputs: InputSource, log: Reporter): void {
  for (const [name, spec] of Object.entries(INPUTS) as [InputName, InputSpec][]) {
    if (spec.secret) log.setSecret(inputs.get(name));
  }
}
