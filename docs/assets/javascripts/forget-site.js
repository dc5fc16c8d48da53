/* "Remove this site from this phone" (guide/delivery/forget_site.py puts the block on the home and help
 * pages). Deletes what this site keeps on the phone and nothing else of the same host (a GitHub
 * Pages host serves other sites too): its offline caches ("guide-"), its service worker (scope
 * under the site's root), Material's stored choices (keys under the site's path) and the quick
 * exit's notes; then leaves like the quick exit (guide/web/quick-exit.js). */
(function () {
  "use strict";
  var root = window.__md_scope ? String(window.__md_scope) : new URL(".", location.href).href;
  var prefix = new URL(root).pathname + ".";  // Material's keys: "/guide/.__palette"

  function forgetStorage(storage) {
    try {
      for (var i = storage.length - 1; i >= 0; i--) {
        var key = storage.key(i);
        if (key.indexOf(prefix) === 0 || /^qe-/.test(key)) storage.removeItem(key);
      }
    } catch (e) { /* storage blocked: nothing was stored */ }
  }

  function forget() {
    var steps = [];
    if (window.caches) {
      steps.push(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) { return name.indexOf("guide-") === 0; })
          .map(function (name) { return caches.delete(name); }));
      }));
    }
    if (navigator.serviceWorker) {
      steps.push(navigator.serviceWorker.getRegistrations().then(function (registrations) {
        return Promise.all(registrations.filter(function (registration) {
          return registration.scope.indexOf(root) === 0;
        }).map(function (registration) { return registration.unregister(); }));
      }));
    }
    forgetStorage(window.localStorage);
    forgetStorage(window.sessionStorage);
    Promise.all(steps).catch(function () { /* leave anyway */ }).then(function () {
      if (window.guideQuickExit) window.guideQuickExit();
    });
  }

  [].forEach.call(document.querySelectorAll("[data-forget-site]"), function (block) {
    block.hidden = false;
    block.querySelector("button").addEventListener("click", forget);
  });
})();
