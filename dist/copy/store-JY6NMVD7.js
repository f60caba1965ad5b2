import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ResticStore,
  TAG,
  backupTags,
  openResticStore,
  snapshotsToBackups
} from "./chunk-4SYZCRKN.js";
import "./chunk-372SLAHS.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-GOA47NYZ.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";
export {
  ResticStore,
  TAG,
  backupTags,
  openResticStore,
  snapshotsToBackups
};
