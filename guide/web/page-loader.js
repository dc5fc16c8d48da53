/* Inlined before Material's bundle on every page (hooks/page_delivery.py). Three jobs:
 * 1. Search loads when the reader opens it. Material starts its search worker and fetches the
 *    language's index on every page view (35 % of a first view). Until the reader focuses the
 *    search box, clicks the search icon or presses / s f, the worker is a stand-in that queues
 *    messages and the index request waits; then both go ahead and search works as before.
 *    Pages opened from a search result (?q=, ?h=) load search at once.
 * 2. Material looks for sitemap.xml beside each <link rel="alternate"> to map pages between
 *    languages. static-i18n's language links already name the same page in the other language,
 *    and our hreflang links are absolute: those lookups are skipped (never sent, no 404).
 * 3. After the page has loaded, register the offline service worker (data-sw, not under
 *    `mkdocs serve`) and tell it the page's language and whether the reader saves data
 *    (Save-Data, or a 2G connection): it keeps less then. Once this page is kept, its
 *    "available offline" note shows. */
(function () {
  "use strict";
  var opened = false, waiting = [];
  function whenOpened(run) { if (opened) run(); else waiting.push(run); }
  function open() {
    if (opened) return;
    opened = true;
    waiting.splice(0).forEach(function (run) { run(); });
  }
  function absolute(url) { return new URL(url, location.href).href; }

  var config = JSON.parse(document.getElementById("__config").textContent);
  var searchWorker = absolute(config.search);
  var NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = function (url, options) {
      if (absolute(url) !== searchWorker) return new NativeWorker(url, options);
      var real = null, queued = [], listeners = [], ended = false;
      whenOpened(function () {
        if (ended) return;
        real = new NativeWorker(url, options);
        listeners.forEach(function (args) { real.addEventListener.apply(real, args); });
        queued.forEach(function (message) { real.postMessage(message); });
      });
      return {
        postMessage: function (message) { if (real) real.postMessage(message); else queued.push(message); },
        addEventListener: function (type, listener, options) {
          if (real) real.addEventListener(type, listener, options); else listeners.push([type, listener, options]);
        },
        removeEventListener: function (type, listener, options) {
          if (real) return real.removeEventListener(type, listener, options);
          listeners = listeners.filter(function (args) { return args[0] !== type || args[1] !== listener; });
        },
        terminate: function () { ended = true; if (real) real.terminate(); }
      };
    };
  }

  var send = XMLHttpRequest.prototype.send, openRequest = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.guideUrl = new URL(String(url), location.href);
    return openRequest.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var path = this.guideUrl ? this.guideUrl.pathname : "";
    if (/\/sitemap\.xml$/.test(path)) return;
    if (/\/search\/search_index\.json$/.test(path) && !opened) {
      var request = this, args = arguments;
      whenOpened(function () { send.apply(request, args); });
      return;
    }
    return send.apply(this, arguments);
  };

  var params = new URLSearchParams(location.search);
  if (params.has("q") || params.has("h")) open();
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("[data-md-component=search-query], #__search")) open();
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("label[for=__search], [data-md-component=search]")) open();
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) open();
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target, editing = target.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName || "");
    if (!editing && !event.ctrlKey && !event.metaKey && !event.altKey && /^[/sf]$/.test(event.key)) open();
  }, true);

  var worker = document.currentScript && document.currentScript.getAttribute("data-sw");
  function savingData() {
    var connection = navigator.connection;
    return !!connection && (connection.saveData === true || /(^|-)2g$/.test(connection.effectiveType || ""));
  }
  function showKept() {
    if (!window.caches) return;
    caches.match(location.origin + location.pathname).then(function (copy) {
      if (!copy) return;
      [].forEach.call(document.querySelectorAll("[data-offline-note]"), function (note) { note.hidden = false; });
    }).catch(function () { /* storage blocked: no note */ });
  }
  if (worker && "serviceWorker" in navigator) {
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.kept) showKept();
    });
    window.addEventListener("load", function () {
      if (window.guideLeaving) return;  // a quick exit is under way (guide/web/quick-exit.js)
      showKept();
      navigator.serviceWorker.register(worker).then(function () {
        return navigator.serviceWorker.ready;
      }).then(function (registration) {
        registration.active.postMessage({ keep: document.documentElement.lang, lean: savingData() });
      }).catch(function () { /* offline copy is optional */ });
    });
  }
})();
