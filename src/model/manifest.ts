import * as z from 'zod';
import { BACKUP_ID_RE, SITE_RE, TRIGGERS } from './backup-id.js';
import { lazy } from '../util/lazy.js';

// Manifest format 1. FORMAT.md documents it for other programs; change both together.

export const COMPONENTS = ['code', 'assets', 'data'] as const;
export type Component = (typeof COMPONENTS)[number];
export const COMPRESSIONS = ['zstd', 'gzip', 'none'] as const;
export type Compression = (typeof COMPRESSIONS)[number];
export type Encryption = 'age' | 'none';

export const MANIFEST_NAME = 'manifest.json';
export const OBJECT_NAME_RE = /^(code|assets|data)\.tar(\.zst|\.gz)?(\.age)?$/;
/** A seekable archive's member index beside it (FORMAT.md, "Seekable archives"). */
export const INDEX_NAME_RE = /^(code|assets|data)\.index\.json\.gz(\.age)?$/;

export function indexObjectName(component: Component, encrypted: boolean): string {
  return `${component}.index.json.gz${encrypted ? '.age' : ''}`;
}

function buildSchemas() {
  const isoUtc = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, 'an ISO-8601 UTC time');
  const component = z.object({
    name: z.enum(COMPONENTS),
    object: z.string().regex(OBJECT_NAME_RE),
    compression: z.enum(COMPRESSIONS),
    encryption: z.enum(['age', 'none']),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    contentBytes: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
    /** Optional (newer writers, zstd and `none`): the member index, for restores of a few files. */
    index: z
      .object({
        object: z.string().regex(INDEX_NAME_RE),
        bytes: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .optional(),
  });
  const manifest = z.object({
    format: z.literal(1),
    id: z.string().regex(BACKUP_ID_RE),
    site: z.string().regex(SITE_RE),
    environment: z.string().min(1),
    platform: z.string().min(1),
    trigger: z.enum(TRIGGERS),
    createdAt: isoUtc,
    finishedAt: isoUtc,
    tool: z.object({ name: z.string(), version: z.string() }),
    source: z
      .object({
        repository: z.string().optional(),
        sha: z.string().optional(),
        runId: z.string().optional(),
        runUrl: z.string().optional(),
        actor: z.string().optional(),
      })
      .default({}),
    components: z.array(component).min(1),
    platformSnapshot: z.record(z.string(), z.unknown()).optional(),
  });
  return { component, manifest };
}

/** The manifest's zod schemas, built on first use (util/lazy.ts says why). */
export const manifestSchemas = lazy(buildSchemas);
export type ManifestComponent = z.infer<ReturnType<typeof buildSchemas>['component']>;
export type Manifest = z.infer<ReturnType<typeof buildSchemas>['manifest']>;

export function objectName(component: Component, compression: Compression, encrypted: boolean): string {
  const ext = compression === 'zstd' ? '.zst' : compression === 'gzip' ? '.gz' : '';
  return `${component}.tar${ext}${encrypted ? '.age' : ''}`;
}

/** Stable, human-readable JSON: the manifest is read by people as often as by programs. */
export function serializeManifest(m: Manifest): string {
  return JSON.stringify(manifestSchemas().manifest.parse(m), null, 2) + '\n';
}

export class ManifestError extends Error {
  override name = 'ManifestError';
}

export function parseManifest(text: string, where = MANIFEST_NAME): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ManifestError(`${where} is not valid JSON: ${(e as Error).message}`);
  }
  const r = manifestSchemas().manifest.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ManifestError(`${where} is not a format 1 manifest: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

/** The source block from the runner's environment; only fields the runner actually set. */
export function sourceFromEnv(env: NodeJS.ProcessEnv): Manifest['source'] {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const src: Manifest['source'] = {};
  if (env.GITHUB_REPOSITORY) src.repository = env.GITHUB_REPOSITORY;
  if (env.GITHUB_SHA) src.sha = env.GITHUB_SHA;
  if (env.GITHUB_RUN_ID) src.runId = env.GITHUB_RUN_ID;
  if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) src.runUrl = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (env.GITHUB_ACTOR) src.actor = env.GITHUB_ACTOR;
  return src;
}
