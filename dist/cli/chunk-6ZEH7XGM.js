import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  INPUTS
} from "./chunk-R65ZRAFA.js";

// src/commands/secrets.ts
function maskSecretInputs(inputs, log) {
  for (const [name, spec] of Object.entries(INPUTS)) {
    if (spec.secret) log.setSecret(inputs.get(name));
  }
}

export {
  maskSecretInputs
};
