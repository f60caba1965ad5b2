import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/model/errors.ts
var ConfigError = class extends Error {
  constructor(input, problem, fix) {
    super(`Input \`${input}\`: ${problem}. ${fix}`);
    this.input = input;
    this.name = "ConfigError";
  }
  input;
};
var ComponentError = class extends Error {
  constructor(component, message, options) {
    super(`${component}: ${message}`, options);
    this.component = component;
    this.name = "ComponentError";
  }
  component;
};

export {
  ConfigError,
  ComponentError
};
