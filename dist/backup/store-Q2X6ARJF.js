import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ResticStore,
  TAG,
  backupTags,
  openResticStore,
  snapshotsToBackups
} from "./chunk-YJCXLNF4.js";
import "./chunk-MHMSWIL4.js";
import "./chunk-DCXOFWG7.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-4FVHBC72.js";
import "./chunk-BB3JDYVJ.js";
export {
  ResticStore,
  TAG,
  backupTags,
  openResticStore,
  snapshotsToBackups
};
