import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

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

export {
  byNewest,
  newestComplete
};
