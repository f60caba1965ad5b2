// Preload for the real siteglide-cli under test, loaded with NODE_OPTIONS=--import.
//
// siteglide-cli 1.10.3 calls https://api.siteglide.co.uk/api/cli/* (fixed in lib/proxy.js) and
// downloads from the HTTPS URLs the API hands out (code zip, assets, record files) through
// node-fetch, request and https.get. This file, outside the CLI, sends HTTPS requests for the
// hosts in SITEGLIDE_DOUBLE_HOSTS to the loopback double at SITEGLIDE_DOUBLE_URL (plain HTTP),
// adding the original host as `x-original-host`. Every other request is left alone. The CLI's
// code is not touched.
//
// SITEGLIDE_TIMER_SCALE (optional, e.g. 100) divides timers of one second or more: the CLI's
// polls (1.5 s apart, 80 at most in lib/data/waitForStatus.js; 2 s in siteglide-cli-push.js;
// 1 s in lib/assets/deploy.js). The CLI still polls the same number of times and gives up at the
// same count, only sooner, so a job that "outlives the poll limit" can be tested in seconds.

// The default exports are the module objects the CLI's require() returns, so patching them here
// reaches node-fetch and request, which look up https.request when they send.
import http from 'node:http';
import https from 'node:https';

const target = process.env.SITEGLIDE_DOUBLE_URL ? new URL(process.env.SITEGLIDE_DOUBLE_URL) : undefined;
const hosts = new Set((process.env.SITEGLIDE_DOUBLE_HOSTS || 'api.siteglide.co.uk').split(',').filter(Boolean));

/** (url, options, cb) | (options, cb) -> one options object and the callback. */
function normalise(args) {
  let url;
  let opts;
  let cb;
  if (typeof args[0] === 'string' || args[0] instanceof URL) {
    url = new URL(args[0]);
    if (typeof args[1] === 'function') cb = args[1];
    else {
      opts = args[1];
      cb = args[2];
    }
  } else {
    opts = args[0];
    cb = args[1];
  }
  const fromUrl = url ? { protocol: url.protocol, hostname: url.hostname, port: url.port, path: url.pathname + url.search } : {};
  return { o: { ...fromUrl, ...(opts || {}) }, cb };
}

function redirected(args) {
  if (!target) return undefined;
  const { o, cb } = normalise(args);
  const host = (o.hostname || String(o.host || '').replace(/:\d+$/, '')).toLowerCase();
  if (!hosts.has(host)) return undefined;
  const headers = { ...(o.headers || {}), 'x-original-host': host };
  const next = { ...o, protocol: 'http:', hostname: target.hostname, host: target.hostname, port: target.port, headers };
  // An https.Agent (request's, node-fetch's) cannot carry a plain HTTP request.
  delete next.agent;
  delete next.createConnection;
  delete next.servername;
  return cb ? [next, cb] : [next];
}

const httpsRequest = https.request;
https.request = function request(...args) {
  const r = redirected(args);
  return r ? http.request(...r) : httpsRequest.apply(this, args);
};
// https.get calls the module's internal request, not the export, so it is replaced too.
https.get = function get(...args) {
  const req = https.request(...args);
  req.end();
  return req;
};

const scale = Number(process.env.SITEGLIDE_TIMER_SCALE || 1);
if (Number.isFinite(scale) && scale > 1) {
  const setTimeoutOrig = globalThis.setTimeout;
  globalThis.setTimeout = function setTimeout(fn, ms, ...rest) {
    const d = typeof ms === 'number' && ms >= 1000 ? Math.max(1, Math.round(ms / scale)) : ms;
    return setTimeoutOrig(fn, d, ...rest);
  };
}
