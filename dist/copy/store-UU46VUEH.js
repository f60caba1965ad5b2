import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ResticStore,
  TAG,
  backupTags,
  openResticStore,
  snapshotsToBackups
} from "./chunk-GRG3XJZJ.js";
import "./chunk-MUVAS3QT.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-5N34V3RH.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";
export {
  ResticStore,
  TAG,
  backupTags,
  openResticStore,
  snapshotsToBackups
};
