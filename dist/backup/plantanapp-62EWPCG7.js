import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  definePlatform
} from "./chunk-XAFGBW3O.js";
import "./chunk-MHMSWIL4.js";
import "./chunk-DCXOFWG7.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-CWCRKLXP.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/platforms/plantanapp.ts
var PLANTANAPP_UNSUPPORTED = `hosted Plant an App has no public backup API or CLI, so it cannot be backed up from here (its own "Automated Backups" run on the vendor's side; ask Plant an App support for a copy)`;
var PLANTANAPP_FIX = 'For a self-hosted Plant an App (DNN files plus a SQL Server database), use `platform: ssh` or `platform: command`: for example `assets-command` copying the DNN Portals folder into "$BACKUP_OUT" and `data-command` running `sqlcmd -Q "BACKUP DATABASE [dnn] TO DISK=\'\u2026\'"` (see docs/platform-setup.md, "Plant an App").';
var plantanappPlatform = definePlatform({
  name: "plantanapp",
  summary: "Hosted Plant an App has no backup API or CLI: the run stops at once and says what does work (`ssh` or `command` for a self-hosted install).",
  check() {
    throw new ConfigError("platform", PLANTANAPP_UNSUPPORTED, PLANTANAPP_FIX);
  },
  open: () => Promise.reject(new Error("unreachable: check() refuses every run")),
  components: {}
});
export {
  PLANTANAPP_FIX,
  PLANTANAPP_UNSUPPORTED,
  plantanappPlatform
};
