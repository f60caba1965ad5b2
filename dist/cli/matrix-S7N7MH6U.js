import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  fleetBackupCommand,
  fleetSummaryCommand,
  loadFleet,
  matrixCommand
} from "./chunk-3HSB7MKC.js";
import "./chunk-3DDH7VCA.js";
import "./chunk-ISUFTHLB.js";
import "./chunk-TIVNZVPQ.js";
import "./chunk-WOVYGYCH.js";
import "./chunk-PXQUJKPQ.js";
import "./chunk-GDMYLTKY.js";
import "./chunk-VGFCETJD.js";
import "./chunk-W566TAXC.js";
import "./chunk-4PEM3UII.js";
import "./chunk-FPDQBVEU.js";
import "./chunk-OTFXQX3Q.js";
import "./chunk-O7CNWCFR.js";
import "./chunk-ZZX2MHPD.js";
import "./chunk-5CIGDVM5.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";
export {
  fleetBackupCommand,
  fleetSummaryCommand,
  loadFleet,
  matrixCommand
};
