/** A bad input. The message names the input and says what would fix it. */
export class ConfigError extends Error {
  constructor(
    readonly input: string,
    problem: string,
    fix: string,
  ) {
    super(`Input \`${input}\`: ${problem}. ${fix}`);
    this.name = 'ConfigError';
  }
}

/** A component that could not be exported, archived or stored. */
export class ComponentError extends Error {
  constructor(
    readonly component: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${component}: ${message}`, options);
    this.name = 'ComponentError';
  }
}
