import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-CWCRKLXP.js";

// src/report/status.ts
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
function statusPath(runnerTemp, site, environment) {
  return path.join(runnerTemp, `site-backup-status--${site}--${environment}.json`);
}
async function writeStatus(runnerTemp, status) {
  if (!runnerTemp) return;
  const clean = { ...status };
  if (clean.error) clean.error = redact(clean.error).slice(0, 2e3);
  await writeFile(statusPath(runnerTemp, status.site, status.environment), JSON.stringify(clean, null, 2) + "\n");
}
async function readStatus(runnerTemp, site, environment) {
  if (!runnerTemp) return void 0;
  try {
    return JSON.parse(await readFile(statusPath(runnerTemp, site, environment), "utf8"));
  } catch {
    return void 0;
  }
}

export {
  writeStatus,
  readStatus
};
