import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  backupCommand
} from "./chunk-CK4VEGYZ.js";
import "./chunk-4WHPXNRH.js";
import "./chunk-S4MIMB4H.js";
import "./chunk-5WRFT6KR.js";
import "./chunk-T76LOJON.js";
import "./chunk-AECYB6ZT.js";
import "./chunk-ISUFTHLB.js";
import "./chunk-3DDH7VCA.js";
import "./chunk-W7R2SHZ2.js";
import "./chunk-YLT77NHZ.js";
import "./chunk-TIVNZVPQ.js";
import "./chunk-OH3CEXKC.js";
import "./chunk-R42ULBAP.js";
import "./chunk-2QLCF36V.js";
import "./chunk-O7CNWCFR.js";
import "./chunk-5A26CKDP.js";
import "./chunk-UBH3SLY2.js";
import {
  mapSource
} from "./chunk-NWJW4OH6.js";
import "./chunk-3XFKEUO5.js";
import "./chunk-6K7PU5HE.js";
import "./chunk-BUMCG374.js";
import "./chunk-5CIGDVM5.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/commands/demo.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
function demoSitePath() {
  const parts = ["..", "..", "examples", "demo-site"];
  return path.join(path.dirname(fileURLToPath(import.meta.url)), ...parts) + path.sep;
}
async function demoCommand(io) {
  const site = demoSitePath();
  const q = (p) => `'${p.replace(/'/g, `'\\''`)}'`;
  const inputs = mapSource({
    platform: "command",
    site: "demo-site",
    environment: "production",
    store: io.inputs.get("store") ?? "site-backups",
    compression: io.inputs.get("compression") ?? "zstd",
    trigger: "manual",
    "code-command": `cp -a ${q(site + "code")}/. "$BACKUP_OUT"`,
    "assets-command": `cp -a ${q(site + "assets")}/. "$BACKUP_OUT"`,
    "data-command": `cp -a ${q(site + "data")}/. "$BACKUP_OUT"`
  });
  const result = await backupCommand({ ...io, inputs });
  io.log.info(`
Demo backup written to ${result.location}`);
  io.log.info(`List it with:    node dist/cli/index.js list --site demo-site --store ${io.inputs.get("store") ?? "site-backups"}`);
  io.log.info("Restore by hand: see FORMAT.md");
  return result;
}
export {
  demoCommand,
  demoSitePath
};
