import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  loadFleet,
  matrixCommand
} from "./chunk-GIGM36MF.js";
import "./chunk-ZG6FSE2P.js";
import "./chunk-6HM3OUIB.js";
import "./chunk-FPDQBVEU.js";
import "./chunk-R65ZRAFA.js";
import "./chunk-GDMYLTKY.js";
import "./chunk-4PEM3UII.js";
import "./chunk-ZZX2MHPD.js";
import "./chunk-63PSURBH.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";
export {
  loadFleet,
  matrixCommand
};
