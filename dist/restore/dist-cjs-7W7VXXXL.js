import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-ACPUUD43.js";
import "./chunk-5D2SZGSG.js";
import "./chunk-BB3JDYVJ.js";
export default require_dist_cjs();
