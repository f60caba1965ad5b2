import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  MANIFEST_NAME
} from "./chunk-K42IPT4L.js";

// src/stores/listing.ts
var timeOf = (b) => b.parsed.time.getTime();
function byNewest(a, b) {
  return timeOf(b) - timeOf(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
function newestComplete(listing) {
  let best;
  for (const b of listing) if (b.complete && (!best || byNewest(b, best) < 0)) best = b;
  return best;
}
function pickBackup(list, wanted) {
  const where = list[0] ? `${list[0].site}/${list[0].environment}` : "this site and environment";
  if (wanted === "latest") {
    const b2 = newestComplete(list);
    if (!b2) {
      const incomplete = list.length ? ` (${list.length} incomplete ${list.length === 1 ? "backup has" : "backups have"} no manifest and are never restored)` : "";
      throw new Error(`no complete backup of ${where} exists${incomplete}`);
    }
    return b2;
  }
  const b = list.find((x) => x.id === wanted);
  if (!b) {
    const recent = list.filter((x) => x.complete).sort(byNewest).slice(0, 5).map((x) => x.id);
    throw new Error(
      `backup ${wanted} does not exist in ${where}${recent.length ? `; the newest complete ones are ${recent.join(", ")}` : ""}`
    );
  }
  if (!b.complete) {
    throw new Error(
      `backup ${wanted} has no ${MANIFEST_NAME}: it is incomplete (it failed or is still being written) and is never restored`
    );
  }
  return b;
}

export {
  byNewest,
  pickBackup
};
