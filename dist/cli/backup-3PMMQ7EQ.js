import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  backupCommand
} from "./chunk-BDZOX4A6.js";
import "./chunk-4WHPXNRH.js";
import "./chunk-3DDH7VCA.js";
import "./chunk-34PKCNCV.js";
import "./chunk-EOV4YIFL.js";
import "./chunk-OGGUYU7W.js";
import "./chunk-AECYB6ZT.js";
import "./chunk-ISUFTHLB.js";
import "./chunk-2OE4HZ7R.js";
import "./chunk-TIVNZVPQ.js";
import "./chunk-WOVYGYCH.js";
import "./chunk-PXQUJKPQ.js";
import "./chunk-GDMYLTKY.js";
import "./chunk-VGFCETJD.js";
import "./chunk-UBH3SLY2.js";
import "./chunk-W566TAXC.js";
import "./chunk-4PEM3UII.js";
import "./chunk-KQMAOM6Q.js";
import "./chunk-UQAASSIJ.js";
import "./chunk-YLZVTQOS.js";
import "./chunk-OTFXQX3Q.js";
import "./chunk-O7CNWCFR.js";
import "./chunk-5A26CKDP.js";
import "./chunk-ZZX2MHPD.js";
import "./chunk-ATQ5LIQX.js";
import "./chunk-5CIGDVM5.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";
export {
  backupCommand
};
