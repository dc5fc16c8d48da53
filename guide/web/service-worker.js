/* Offline copy of the guide (built by hooks/page_delivery.py into the site root as sw.js).
 * A reader may lose signal exactly when a collector calls, and may pay for every byte: each page
 * tells the worker its language and whether to save data (page-loader.js), and the worker keeps
 * that language's list from PLAN (guide/delivery/offline.py: the tree, help and home pages within a byte
 * budget; with Save-Data or on 2G only the help page), then answers "kept" so the page can say it
 * opens offline. Every page the reader opens is kept too, up to RUNTIME_LIMIT, oldest out first.
 * Pages: network first, so a new version shows whenever there is a connection; the copy is the
 * fallback. Other files: the copy first (a new build has a new VERSION, whose cache replaces the
 * old one). */
"use strict";
var VERSION = "__VERSION__";
var PLAN = __PLAN__;
var RUNTIME_LIMIT = 60;
var CACHE = "guide-" + VERSION;
var scope = self.registration.scope;
var planned = new Set();
Object.keys(PLAN).forEach(function (lang) {
  ["full", "lean"].forEach(function (mode) {
    PLAN[lang][mode].forEach(function (path) { planned.add(new URL(path, scope).href); });
  });
});

function key(url) { var u = new URL(url); return u.origin + u.pathname; }

function store(cache, url, response) {
  if (!response || !response.ok || response.redirected || response.type !== "basic") return Promise.resolve();
  return cache.put(url, response).then(function () {
    return cache.keys();
  }).then(function (requests) {
    var extra = requests.filter(function (request) { return !planned.has(request.url); });
    return Promise.all(extra.slice(0, Math.max(0, extra.length - RUNTIME_LIMIT)).map(function (request) {
      return cache.delete(request);
    }));
  });
}

// Fetch what the cache lacks; saving data, let the HTTP cache answer (the page has just loaded
// its stylesheets and scripts) instead of asking the network again.
function keep(cache, urls, lean) {
  return Promise.all(urls.map(function (url) {
    return cache.match(url).then(function (copy) {
      if (copy) return null;
      return fetch(url, { cache: lean ? "default" : "no-cache" }).then(function (response) {
        return store(cache, url, response);
      }).catch(function () { /* the next page view tries again */ });
    });
  }));
}

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("guide-") === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

// {keep: "zh" | "en", lean: bool} from a page: keep the plan and the page itself (fetched before
// this worker controlled it), then tell the page.
self.addEventListener("message", function (event) {
  var data = event.data || {}, source = event.source;
  var plan = PLAN[data.keep];
  if (!plan || !source) return;
  var urls = plan[data.lean ? "lean" : "full"].map(function (path) { return new URL(path, scope).href; });
  var page = key(source.url);
  if (page.indexOf(scope) === 0 && urls.indexOf(page) === -1) urls.unshift(page);
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return keep(cache, urls, data.lean);
  }).then(function () { source.postMessage({ kept: true }); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.url.indexOf(scope) !== 0) return;
  if (/\/livereload\b/.test(new URL(request.url).pathname)) return;
  var url = key(request.url);
  var page = request.mode === "navigate" || (request.headers.get("accept") || "").indexOf("text/html") !== -1;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    if (page) {
      return fetch(request).then(function (response) {
        event.waitUntil(store(cache, url, response.clone()));
        return response;
      }).catch(function () {
        return cache.match(url).then(function (copy) { return copy || Response.error(); });
      });
    }
    return cache.match(url).then(function (copy) {
      return copy || fetch(request).then(function (response) {
        event.waitUntil(store(cache, url, response.clone()));
        return response;
      });
    });
  }));
});
