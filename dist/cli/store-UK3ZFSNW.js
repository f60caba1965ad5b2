import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ResticStore,
  TAG,
  backupTags,
  openResticStore,
  snapshotsToBackups
} from "./chunk-TZZUJ76J.js";
import "./chunk-ALXZMX5C.js";
import "./chunk-L5TVWS74.js";
import "./chunk-MHMSWIL4.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-63PSURBH.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";
export {
  ResticStore,
  TAG,
  backupTags,
  openResticStore,
  snapshotsToBackups
};
