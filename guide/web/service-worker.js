/* Offline copy of the guide (built by hooks/page_delivery.py into the site root as sw.js).
 * A reader may lose signal exactly when a collector calls: after one visit the home, tree and
 * help pages in both languages (and what they load) are kept, and every page the reader opens.
 * Pages: network first, so a new version shows whenever there is a connection; the copy is the
 * fallback. Other files: the copy first (a new build has a new VERSION, whose cache replaces the
 * old one). Pages beyond the precached ones are capped at RUNTIME_LIMIT, oldest out first. */
"use strict";
var VERSION = "__VERSION__";
var PRECACHE = __PRECACHE__;
var RUNTIME_LIMIT = 60;
var CACHE = "guide-" + VERSION;
var scope = self.registration.scope;
var precached = new Set(PRECACHE.map(function (path) { return new URL(path, scope).href; }));

function key(url) { var u = new URL(url); return u.origin + u.pathname; }

function store(cache, url, response) {
  if (!response || !response.ok || response.redirected || response.type !== "basic") return Promise.resolve();
  return cache.put(url, response).then(function () {
    return cache.keys();
  }).then(function (requests) {
    var extra = requests.filter(function (request) { return !precached.has(request.url); });
    return Promise.all(extra.slice(0, Math.max(0, extra.length - RUNTIME_LIMIT)).map(function (request) {
      return cache.delete(request);
    }));
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(Array.from(precached).map(function (url) {
      return fetch(url, { cache: "no-cache" }).then(function (response) {
        if (response.ok && !response.redirected) return cache.put(url, response);
      }).catch(function () { /* the next visit tries again */ });
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("guide-") === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () {
    return self.clients.claim();
  }).then(function () {
    // The page that registered this worker was fetched before it existed: keep it too.
    return self.clients.matchAll({ type: "window" });
  }).then(function (windows) {
    return caches.open(CACHE).then(function (cache) {
      return Promise.all(windows.map(function (client) {
        var url = key(client.url);
        if (url.indexOf(scope) !== 0 || precached.has(url)) return null;
        return fetch(url).then(function (response) { return store(cache, url, response); }).catch(function () {});
      }));
    });
  }));
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
