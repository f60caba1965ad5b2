import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  MAX_PARTS,
  PartPool,
  partSizeFor,
  uploadStream
} from "./chunk-3W5RPCNN.js";
import "./chunk-ACPUUD43.js";
import "./chunk-5D2SZGSG.js";
import "./chunk-BB3JDYVJ.js";
export {
  MAX_PARTS,
  PartPool,
  partSizeFor,
  uploadStream
};
