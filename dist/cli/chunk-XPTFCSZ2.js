import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  inputOrDefault
} from "./chunk-R65ZRAFA.js";
import {
  BACKUP_ID_RE
} from "./chunk-A5275KUL.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/config/backup-choice.ts
var EXAMPLE = "an id such as `20261121T050003Z-scheduled-r8812345`";
function isBackupChoice(v) {
  return v === "latest" || BACKUP_ID_RE.test(v);
}
function parseBackupChoice(src) {
  const v = inputOrDefault(src, "backup");
  if (!isBackupChoice(v)) {
    throw new ConfigError(
      "backup",
      `"${v}" is neither \`latest\` nor a backup id`,
      `Use \`latest\`, or ${EXAMPLE} (\`site-backup list\` shows them).`
    );
  }
  return v;
}
function parseOptionalBackupChoice(src) {
  const v = src.get("backup");
  if (v !== void 0 && !isBackupChoice(v)) {
    throw new ConfigError(
      "backup",
      `"${v}" is not a backup id`,
      `Give ${EXAMPLE}, \`latest\`, or leave it empty to copy every complete backup.`
    );
  }
  return v;
}

export {
  parseBackupChoice,
  parseOptionalBackupChoice
};
