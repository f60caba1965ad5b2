import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  backupCommand
} from "./chunk-V7NAF3PG.js";
import "./chunk-3DDH7VCA.js";
import "./chunk-PHBIVPQ3.js";
import "./chunk-WJS3LIDB.js";
import "./chunk-6ZEH7XGM.js";
import "./chunk-TIVNZVPQ.js";
import "./chunk-CJ5YKCK7.js";
import "./chunk-IDNKWZAP.js";
import "./chunk-6C6HLHJS.js";
import "./chunk-NFRKXYRZ.js";
import "./chunk-VGFCETJD.js";
import "./chunk-L5TVWS74.js";
import "./chunk-OTFXQX3Q.js";
import "./chunk-5A26CKDP.js";
import "./chunk-UBH3SLY2.js";
import "./chunk-R65ZRAFA.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-GDMYLTKY.js";
import "./chunk-4PEM3UII.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-ZZX2MHPD.js";
import "./chunk-4WHPXNRH.js";
import "./chunk-HJ2OZ5QV.js";
import "./chunk-A5275KUL.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";
export {
  backupCommand
};
