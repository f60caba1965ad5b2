import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  loadFleet,
  matrixCommand
} from "./chunk-YGGZCBME.js";
import "./chunk-IDNKWZAP.js";
import "./chunk-6HM3OUIB.js";
import "./chunk-FPDQBVEU.js";
import "./chunk-R65ZRAFA.js";
import "./chunk-GDMYLTKY.js";
import "./chunk-4PEM3UII.js";
import "./chunk-ZZX2MHPD.js";
import "./chunk-A5275KUL.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";
export {
  loadFleet,
  matrixCommand
};
