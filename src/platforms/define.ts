import type { Component } from '../model/manifest.js';
import { requireSecret } from './hosted.js';
import { ensureCli, type InstalledCli, type ToolSpec } from './install.js';
import type { ExportResult, PlatformContext, PlatformDefinition, PlatformSession, RestoreOptions } from './platform.js';

// The one shape of a platform: what it reads (inputs, secrets, a CLI), and per component how it
// exports and restores. definePlatform() turns that into the PlatformDefinition the pipeline
// opens, so the dispatch, the "not covered" messages, the secret checks and the CLI install are
// written once here instead of once per platform. A platform is one file plus one line in
// src/platforms/registry.ts (docs/development.md, "Adding a platform").

/** An input the platform owns; `npm run gen` adds it to src/config/inputs.ts and the docs. */
export interface PlatformInput {
  description: string;
  default?: string;
  /** A value masked in logs (an SSH key). Credentials belong in `secrets`, not here. */
  secret?: boolean;
  /** The actions that take it; default backup and restore. */
  actions?: readonly ('backup' | 'restore')[];
}

/** A credential read from the environment, never from inputs, so it cannot reach a command line. */
export interface PlatformSecret {
  name: string;
  /** Why it is needed, for the error when it is missing. */
  purpose: string;
}

/** What open() gets besides the context: the secrets, checked and masked, and the CLI, installed. */
export interface Opened {
  secrets: Readonly<Record<string, string>>;
  cli?: InstalledCli;
}

/** How one component is exported and restored; `S` is what the platform's open() returned. */
export interface ComponentHandler<S> {
  export(s: S, outDir: string, signal: AbortSignal): Promise<ExportResult | void>;
  /** Absent: the component cannot be put back by this platform, and `noRestore` says why. */
  restore?(s: S, inDir: string, opts: RestoreOptions): Promise<void>;
  noRestore?: string;
  /** export() keeps an existing `outDir` an exact mirror of the source (see PlatformSession.mirrors). */
  mirrors?: boolean;
}

export interface PlatformSpec<S> {
  name: string;
  /** One line for the docs: what it backs up and with what. */
  summary: string;
  /** Inputs only this platform reads, by name. */
  inputs?: Readonly<Record<string, PlatformInput>>;
  /** Inputs shared with other platforms (declared elsewhere) that this one reads too. */
  reads?: readonly string[];
  secrets?: readonly PlatformSecret[];
  /** Reads the secrets when they are judged together (all three MPKIT_* or none); default one by one. */
  readSecrets?(ctx: PlatformContext): Record<string, string>;
  /** Installed (or found on PATH) before the platform's own open runs, unless `cliOnDemand`. */
  cli?: ToolSpec;
  /** The CLI is needed by some restores only: the platform calls ensureCli(ctx, spec.cli) itself then. */
  cliOnDemand?: boolean;
  /** Validates inputs before anything is installed; a bad value fails here with a ConfigError. */
  check?(ctx: PlatformContext): void;
  open(ctx: PlatformContext, opened: Opened): Promise<S>;
  components: Readonly<Partial<Record<Component, ComponentHandler<S>>>>;
  /** The components this session covers, when fewer than the table's (settings can turn one off). */
  covers?(s: S): readonly Component[];
  /** Why a component is not covered; default names the ones that are. */
  explainUnsupported?(c: Component, s: S): string;
  close?(s: S): Promise<void>;
}

/** A platform built from a PlatformSpec: the definition, and the spec for the registry and docs. */
export interface DeclaredPlatform extends PlatformDefinition {
  readonly spec: PlatformSpec<unknown>;
}

export function definePlatform<S>(spec: PlatformSpec<S>): DeclaredPlatform {
  return {
    name: spec.name as PlatformDefinition['name'],
    spec: spec as PlatformSpec<unknown>,
    async open(ctx) {
      const secrets = spec.readSecrets?.(ctx) ?? {};
      if (!spec.readSecrets) for (const s of spec.secrets ?? []) secrets[s.name] = requireSecret(ctx, s.name, s.purpose);
      spec.check?.(ctx);
      const cli = spec.cli && !spec.cliOnDemand ? await ensureCli(ctx, spec.cli) : undefined;
      const state = await spec.open(ctx, { secrets, ...(cli ? { cli } : {}) });
      return session(spec, state);
    },
  };
}

function session<S>(spec: PlatformSpec<S>, state: S): PlatformSession {
  const table = spec.components;
  const components = spec.covers?.(state) ?? (Object.keys(table) as Component[]);
  // A restore is asked only for components the backup holds, which a restore step's settings
  // (no export commands) need not cover: only the table decides there.
  const handler = (c: Component, exporting: boolean): ComponentHandler<S> => {
    const h = table[c];
    if (!h || (exporting && !components.includes(c))) throw new Error(explain(c));
    return h;
  };
  const explain = (c: Component) =>
    spec.explainUnsupported?.(c, state) ?? `${spec.name} covers ${inWords(components)}; "${c}" is not one of them`;
  return {
    components,
    explainUnsupported: explain,
    mirrors: (c) => table[c]?.mirrors === true,
    export: (c, outDir, signal) => handler(c, true).export(state, outDir, signal),
    async restore(c, inDir, opts) {
      const h = handler(c, false);
      if (!h.restore) throw new Error(h.noRestore ?? `${spec.name} cannot restore ${c}`);
      await h.restore(state, inDir, opts);
    },
    close: async () => spec.close?.(state),
  };
}

/** `code, assets and data`. */
function inWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
