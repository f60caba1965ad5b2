import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-6HM3OUIB.js";
import "./chunk-BB3JDYVJ.js";
export default require_dist();
