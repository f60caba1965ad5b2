import type { PlatformName } from '../config/common.js';
import type { InputSource } from '../config/source.js';
import type { Component } from '../model/manifest.js';
import type { Reporter } from '../report/reporter.js';
import type { ExportCounts } from '../model/component-report.js';

export interface PlatformContext {
  site: string;
  environment: string;
  /** Platform-specific inputs (ssh-host, code-command, …) are read from here. */
  inputs: InputSource;
  /** Credentials come from the environment, never from argv. */
  env: NodeJS.ProcessEnv;
  log: Reporter;
  /** Scratch space that lives as long as the session; removed afterwards. */
  workDir: string;
  /** Why the session is opened (default backup): a restore needs no export inputs. */
  purpose?: 'backup' | 'restore';
}

export interface ExportResult {
  /** A platform-side snapshot taken with this export (Platform.sh backup:create), for the manifest. */
  platformSnapshot?: Record<string, unknown>;
  /**
   * What the export holds. openPlatform() counts files and bytes for every platform; a platform
   * sets `records` when it knows them (the JSON data exports count users, models, ...).
   */
  counts?: ExportCounts;
}

export interface RestoreOptions {
  /** The environment to restore into; may differ from the one backed up. */
  targetEnvironment: string;
  signal: AbortSignal;
}

/** One run against one site: credentials loaded, CLI installed, temporary files owned. */
export interface PlatformSession {
  /** The components this platform can export. */
  readonly components: readonly Component[];
  /** Why a component is not covered and what covers it instead. */
  explainUnsupported(component: Component): string;
  /** Fills `outDir` with the component. It must not trust a CLI's exit code alone. */
  export(component: Component, outDir: string, signal: AbortSignal): Promise<ExportResult | void>;
  /**
   * True when export() brings an existing `outDir` up to date as an exact mirror of the source
   * (rsync with --delete): then `outDir` may be seeded with the previous export, and only what
   * changed is transferred (src/core/pull-cache.ts). Absent or false: `outDir` must start empty.
   */
  mirrors?(component: Component): boolean;
  /** Puts a component back from the extracted folder `inDir`. */
  restore(component: Component, inDir: string, opts: RestoreOptions): Promise<void>;
  /** Removes credentials and temporary files. Always called. */
  close(): Promise<void>;
}

export interface PlatformDefinition {
  readonly name: PlatformName;
  /**
   * Validates the platform's inputs and credentials (ConfigError on anything missing) and
   * prepares the CLI. Nothing is exported yet.
   */
  open(ctx: PlatformContext): Promise<PlatformSession>;
}
