// The parts of `npm run gen` that come from the platform registry (src/platforms/registry.ts):
// src/config/platforms.generated.ts (the platform names, the inputs the platforms own, and which
// platforms read which input), and the platform table of docs/platforms.md. The config layer
// sits below the platforms, so it reads this generated file instead of importing them.
import type { InputSpec } from '../src/config/inputs.js';
import { markupCell } from '../src/report/markdown.js';
import type { DeclaredPlatform } from '../src/platforms/define.js';
import { loadPlatforms } from '../src/platforms/registry.js';

// Loading every module is the generator's job (a run loads only its own platform).
const PLATFORM_MODULES = await loadPlatforms();

export const PLATFORMS_FILE = 'src/config/platforms.generated.ts';

/** The inputs the platforms own, in registry order; one input owned by two platforms must be declared once. */
export function ownedInputs(platforms: readonly DeclaredPlatform[] = PLATFORM_MODULES): Record<string, InputSpec> {
  const out: Record<string, InputSpec> = {};
  const owner: Record<string, DeclaredPlatform['spec']['inputs']> = {};
  for (const p of platforms) {
    for (const [name, i] of Object.entries(p.spec.inputs ?? {})) {
      if (owner[name] && owner[name]![name] !== i)
        throw new Error(`input ${name} is declared by two platforms; declare it once and share it`);
      owner[name] = p.spec.inputs;
      out[name] = {
        description: i.description,
        ...(i.default !== undefined ? { default: i.default } : {}),
        actions: i.actions ?? ['backup', 'restore'],
        ...(i.secret ? { secret: true } : {}),
      };
    }
  }
  return out;
}

/** For each input a platform owns or reads: the platforms that read it, in registry order. */
export function inputReaders(platforms: readonly DeclaredPlatform[] = PLATFORM_MODULES): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of platforms) {
    for (const name of [...Object.keys(p.spec.inputs ?? {}), ...(p.spec.reads ?? [])]) (out[name] ??= []).push(p.name);
  }
  return out;
}

export function platformsFile(): string {
  const names = PLATFORM_MODULES.map((p) => p.name);
  return [
    '// Generated from src/platforms/registry.ts by `npm run gen`; edit the platform modules, not this file.',
    `export const PLATFORMS = ${JSON.stringify(names)} as const;`,
    '',
    '/** The inputs the platforms own, as each platform module declares them. */',
    `export const PLATFORM_INPUTS = ${JSON.stringify(ownedInputs(), null, 2)} as const;`,
    '',
    '/** The platforms that read each platform input; inputs not listed apply to every platform. */',
    `export const INPUT_READERS: Readonly<Record<string, readonly (typeof PLATFORMS)[number][]>> = ${JSON.stringify(inputReaders(), null, 2)};`,
    '',
  ].join('\n');
}

/** The table of docs/platforms.md: one row per platform, from its declaration. */
export function platformTable(): string {
  const code = (xs: readonly string[]) => (xs.length ? xs.map((x) => `\`${x}\``).join(', ') : '');
  const rows = PLATFORM_MODULES.map(({ spec: s }) => {
    const cli = s.cli ? `\`${s.cli.bin}\` ${s.cli.defaultVersion}` : '';
    return `| \`${s.name}\` | ${markupCell(s.summary)} | ${code(Object.keys(s.components))} | ${code((s.secrets ?? []).map((x) => x.name))} | ${cli} | ${code(Object.keys(s.inputs ?? {}))} |`;
  });
  return ['| platform | what | components | secrets | CLI | own inputs |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
