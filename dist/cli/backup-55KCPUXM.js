import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  backupCommand
} from "./chunk-U5HW5KHK.js";
import "./chunk-4WHPXNRH.js";
import "./chunk-JRUBZC6N.js";
import "./chunk-QUVKFSZA.js";
import "./chunk-AECYB6ZT.js";
import "./chunk-ISUFTHLB.js";
import "./chunk-3DDH7VCA.js";
import "./chunk-HQEEDXDE.js";
import "./chunk-YLT77NHZ.js";
import "./chunk-TIVNZVPQ.js";
import "./chunk-DMHKVABX.js";
import "./chunk-7XOSJKPR.js";
import "./chunk-2QLCF36V.js";
import "./chunk-O7CNWCFR.js";
import "./chunk-5A26CKDP.js";
import "./chunk-UBH3SLY2.js";
import "./chunk-NWJW4OH6.js";
import "./chunk-3XFKEUO5.js";
import "./chunk-6K7PU5HE.js";
import "./chunk-BUMCG374.js";
import "./chunk-5CIGDVM5.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";
export {
  backupCommand
};
