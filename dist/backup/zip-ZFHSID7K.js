import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ZipError,
  extractZip,
  httpRangeSource,
  listZip,
  openZipEntry,
  verifyZip
} from "./chunk-UO337TEX.js";
import "./chunk-BB3JDYVJ.js";
export {
  ZipError,
  extractZip,
  httpRangeSource,
  listZip,
  openZipEntry,
  verifyZip
};
