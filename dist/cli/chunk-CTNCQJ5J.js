import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  COMPONENTS,
  external_exports,
  manifestSchema
} from "./chunk-5CIGDVM5.js";

// src/restic/manifest.ts
var RESTIC_MANIFEST_NAME = "manifest.json";
var resticComponentSchema = external_exports.object({
  name: external_exports.enum(COMPONENTS),
  /** The component's folder at the snapshot root: `code`, `assets` or `data`. */
  path: external_exports.enum(COMPONENTS),
  contentBytes: external_exports.number().int().nonnegative(),
  files: external_exports.number().int().nonnegative()
});
var resticManifestSchema = manifestSchema.omit({ components: true }).extend({
  backupFormat: external_exports.literal("restic"),
  components: external_exports.array(resticComponentSchema).min(1),
  /** Added on reading: the id of the snapshot that holds this manifest. */
  snapshot: external_exports.string().regex(/^[0-9a-f]{8,64}$/).optional()
});
function serializeResticManifest(m) {
  return JSON.stringify(resticManifestSchema.parse(m), null, 2) + "\n";
}
function parseResticManifest(text, where) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${where} is not valid JSON: ${e.message}`, { cause: e });
  }
  const r = resticManifestSchema.safeParse(raw);
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
