import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  fleetBackupCommand,
  fleetSummaryCommand,
  loadFleet,
  matrixCommand
} from "./chunk-LQYX5UZB.js";
import "./chunk-ISUFTHLB.js";
import "./chunk-3DDH7VCA.js";
import "./chunk-TIVNZVPQ.js";
import "./chunk-OH3CEXKC.js";
import "./chunk-R42ULBAP.js";
import "./chunk-2QLCF36V.js";
import "./chunk-O7CNWCFR.js";
import "./chunk-FPDQBVEU.js";
import "./chunk-NWJW4OH6.js";
import "./chunk-3XFKEUO5.js";
import "./chunk-BUMCG374.js";
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
