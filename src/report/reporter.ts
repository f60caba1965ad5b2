/** What the core says to a person. Actions and the CLI each provide one. */
export interface Reporter {
  info(message: string): void;
  warn(message: string): void;
  /** An error annotation: `title` names what failed (a component, an input). */
  error(message: string, title?: string): void;
  /** Masks a value from now on, in the runner's log and in everything we write. */
  setSecret(value: string | undefined): void;
}
