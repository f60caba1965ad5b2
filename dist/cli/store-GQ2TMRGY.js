import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ResticStore,
  TAG,
  backupTags,
  isResticStore,
  openResticStore,
  snapshotsToBackups
} from "./chunk-6K7PU5HE.js";
import "./chunk-BUMCG374.js";
import "./chunk-5CIGDVM5.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-CWCRKLXP.js";
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
