/* Quick exit, inlined in every page's <head> (hooks/page_delivery.py; the button is in
   overrides/main.html). It leaves the site for a neutral page and leaves no trail in Back:
   - every history entry of this site in the tab carries its position among the site's entries
     in a row (history.state.qe: 0 for the first); a link within the site or a tree answer adds 1;
   - the exit goes back over those entries (history.go) and replaces the first of them with the
     exit page, so Back then leads to whatever came before the site, never to the guide. When the
     first entry belongs to another of the site's pages, that page finishes the exit as it loads
     (sessionStorage "qe-exit", removed at once), hidden before it paints;
   - the button, and Shift pressed three times within 5 s (GOV.UK's "Exit this page"; Escape is
     left to search and menus, and two presses of it threw readers out by accident), each press
     announced. Nothing else is stored. */
(function () {
  "use strict";
  var script = document.currentScript;
  var exitUrl = script && script.getAttribute("data-exit");
  if (!exitUrl) return;
  var store = null;
  try { store = window.sessionStorage; } catch (e) { /* storage blocked: no cross-page step back */ }

  function hide() {
    document.documentElement.style.visibility = "hidden";
    document.title = "";
  }
  function leave() {
    window.guideLeaving = true;  // the page loader then registers no offline worker
    hide();
    try { store && store.removeItem("qe-exit"); store && store.removeItem("qe-at"); } catch (e) { /* ignore */ }
    location.replace(exitUrl);
  }
  // An exit begun on a later page of the site: this is the first entry; replace it.
  function finishing() {  // only just begun: a stale flag (an exit that landed elsewhere) is dropped
    try { return !!store && Date.now() - parseInt(store.getItem("qe-exit") || "0", 10) < 10000; } catch (e) { return false; }
  }
  if (finishing()) { leave(); return; }
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    if (finishing()) leave();
    else if (position() !== null) mark(position());  // back from the cache: the count goes on from here
  });

  /* Positions. A new document entry reached by a link from the site continues the count that
     the page it came from left in sessionStorage ("qe-at"); one reached otherwise starts at 0. */
  function position() {
    var state = history.state;
    return state && typeof state.qe === "number" ? state.qe : null;
  }
  function mark(at) {
    var state = history.state && typeof history.state === "object" ? history.state : {};
    var copy = {};
    for (var key in state) copy[key] = state[key];
    copy.qe = at;
    try { history.replaceState(copy, ""); } catch (e) { /* ignore */ }
    try { store && store.setItem("qe-at", String(at)); } catch (e) { /* ignore */ }
  }
  var here = position();
  if (here === null) {
    var nav = performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
    var fromSite = false;
    try { fromSite = !!document.referrer && new URL(document.referrer).origin === location.origin; } catch (e) { /* no */ }
    var last = store ? parseInt(store.getItem("qe-at") || "", 10) : NaN;
    here = nav && nav.type === "navigate" && fromSite && last >= 0 ? last + 1 : 0;
  }
  mark(here);
  // A fragment link (a tree answer) adds an entry with no state; Back and Forward bring theirs.
  // A fragment a script replaces (tree.js, for an old step address) adds no entry: that script
  // sets window.guideReplacingHash first. Counting one too many would be unsafe: history.go past
  // the first entry does nothing, and the exit would then replace only the current entry.
  function moved() {
    var at = position();
    if (at === null) at = window.guideReplacingHash ? here : here + 1;
    window.guideReplacingHash = false;
    here = at;
    mark(at);
  }
  window.addEventListener("popstate", moved);
  window.addEventListener("hashchange", function () { if (position() === null) moved(); });

  function exit(event) {
    if (event) event.preventDefault();
    hide();
    if (here <= 0) { leave(); return; }
    try { store && store.setItem("qe-exit", String(Date.now())); } catch (e) { leave(); return; }
    window.addEventListener("popstate", function () { if (position() === 0) leave(); });
    history.go(-here);
    setTimeout(leave, 1500);  // if going back did nothing, still leave
  }

  window.guideQuickExit = exit;  // "remove this site from this phone" leaves the same way

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector("[data-quick-exit]");
    var status = document.querySelector("[data-quick-exit-status]");
    if (button) button.addEventListener("click", exit);
    var presses = 0, timer = 0;
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift" || event.repeat) return;
      presses += 1;
      clearTimeout(timer);
      if (presses >= 3) { exit(); return; }
      timer = setTimeout(function () { presses = 0; if (status) status.textContent = ""; }, 5000);
      if (status) status.textContent = status.getAttribute(presses === 1 ? "data-two" : "data-one") || "";
    });
    // Any other key in between starts the count again: typing capitals is not an exit.
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift" && presses) { presses = 0; clearTimeout(timer); if (status) status.textContent = ""; }
    }, true);
  });
})();
