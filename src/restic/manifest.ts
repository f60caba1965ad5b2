import * as z from 'zod';
import { COMPONENTS, manifestSchemas } from '../model/manifest.js';
import { lazy } from '../util/lazy.js';

// The manifest of a restic backup: the format 1 fields, with `backupFormat: "restic"`, and one
// component per folder of the snapshot instead of one per archive (restic stores chunks, so an
// object size or digest would describe nothing). It is the file /manifest.json of the snapshot,
// so it is written before the snapshot exists: the snapshot's own id cannot be in it. Whoever
// reads it through this tool gets `snapshot` added, from the listing that found it.

export const RESTIC_MANIFEST_NAME = 'manifest.json';

function buildSchemas() {
  const component = z.object({
    name: z.enum(COMPONENTS),
    /** The component's folder at the snapshot root: `code`, `assets` or `data`. */
    path: z.enum(COMPONENTS),
    contentBytes: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
  });
  const manifest = manifestSchemas()
    .manifest.omit({ components: true })
    .extend({
      backupFormat: z.literal('restic'),
      components: z.array(component).min(1),
      /** Added on reading: the id of the snapshot that holds this manifest. */
      snapshot: z
        .string()
        .regex(/^[0-9a-f]{8,64}$/)
        .optional(),
    });
  return { component, manifest };
}

const resticSchemas = lazy(buildSchemas);
export type ResticComponent = z.infer<ReturnType<typeof buildSchemas>['component']>;
export type ResticManifest = z.infer<ReturnType<typeof buildSchemas>['manifest']>;

export function serializeResticManifest(m: ResticManifest): string {
  return JSON.stringify(resticSchemas().manifest.parse(m), null, 2) + '\n';
}

export function parseResticManifest(text: string, where: string): ResticManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${where} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  const r = resticSchemas().manifest.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`${where} is not a restic backup manifest: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}
