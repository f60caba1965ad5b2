import { INPUTS, type InputName } from './inputs.js';

/**
 * Where input values come from: the runner's INPUT_* variables, or CLI flags. Both give strings,
 * so every parser sees the same thing whichever front end called it.
 */
export interface InputSource {
  /** The raw value, trimmed; undefined when empty or unset. */
  get(name: InputName): string | undefined;
}

/** The value, or the registry default when the source has none. */
export function inputOrDefault(src: InputSource, name: InputName): string | undefined {
  const spec = INPUTS[name] as { default?: string };
  return src.get(name) ?? spec.default;
}

/** A source over a plain map, as the CLI builds from its flags. */
export function mapSource(values: Record<string, string | undefined>): InputSource {
  return {
    get(name) {
      const v = values[name]?.trim();
      return v ? v : undefined;
    },
  };
}

/**
 * The runner's convention: input `foo-bar` arrives as INPUT_FOO-BAR (hyphens kept, upper case).
 * Reading env directly keeps config parsing free of @actions/core.
 */
export function envSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return {
    get(name) {
      const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
      return v ? v : undefined;
    },
  };
}
