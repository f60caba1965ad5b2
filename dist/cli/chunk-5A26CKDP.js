import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/core/tool.ts
var TOOL = { name: "site-backup-action", version: "1.0.0" };

export {
  TOOL
};
