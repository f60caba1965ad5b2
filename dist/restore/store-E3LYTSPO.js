import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ResticStore,
  TAG,
  backupTags,
  isResticStore,
  openResticStore,
  snapshotsToBackups
} from "./chunk-L35VNEZB.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-GC3ZVFTU.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";
export {
  ResticStore,
  TAG,
  backupTags,
  isResticStore,
  openResticStore,
  snapshotsToBackups
};
