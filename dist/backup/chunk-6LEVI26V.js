import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  COMPONENTS,
  _enum,
  array,
  lazy,
  literal,
  manifestSchemas,
  number,
  object,
  string
} from "./chunk-4FVHBC72.js";

// src/restic/manifest.ts
var RESTIC_MANIFEST_NAME = "manifest.json";
function buildSchemas() {
  const component = object({
    name: _enum(COMPONENTS),
    /** The component's folder at the snapshot root: `code`, `assets` or `data`. */
    path: _enum(COMPONENTS),
    contentBytes: number().int().nonnegative(),
    files: number().int().nonnegative()
  });
  const manifest = manifestSchemas().manifest.omit({ components: true }).extend({
    backupFormat: literal("restic"),
    components: array(component).min(1),
    /** Added on reading: the id of the snapshot that holds this manifest. */
    snapshot: string().regex(/^[0-9a-f]{8,64}$/).optional()
  });
  return { component, manifest };
}
var resticSchemas = lazy(buildSchemas);
function serializeResticManifest(m) {
  return JSON.stringify(resticSchemas().manifest.parse(m), null, 2) + "\n";
}
function parseResticManifest(text, where) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${where} is not valid JSON: ${e.message}`, { cause: e });
  }
  const r = resticSchemas().manifest.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${where} is not a restic backup manifest: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return r.data;
}

export {
  RESTIC_MANIFEST_NAME,
  serializeResticManifest,
  parseResticManifest
};
