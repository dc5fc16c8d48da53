/* Decision tree, progressive enhancement only: everything works without this file.
   On each step change (a #fragment), move focus to the step's heading and announce it; keep the
   step when switching language (Material's language links drop the #fragment). */
(function () {
  var tree = document.querySelector("[data-tree]");
  if (!tree) return;
  var live = tree.querySelector("[data-tree-live]");

  function current() {
    var id = "";
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { /* malformed: no step */ }
    var el = id && document.getElementById(id);
    return el && el.classList.contains("tree-step") && tree.contains(el) ? el : null;
  }

  var links = document.querySelectorAll("a[hreflang]");
  function updateLanguageLinks() {
    var hash = current() ? location.hash : "";
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute("href") || "";
      links[i].setAttribute("href", href.split("#")[0] + hash);
    }
  }
  // Material's own click handler on <body> rebuilds the language link's address and drops the
  // fragment; on a step, keep the click to the link itself so the browser follows its href.
  function keepStep(event) {
    if (current()) event.stopPropagation();
  }
  for (var i = 0; i < links.length; i++) links[i].addEventListener("click", keepStep);

  function onChange() {
    var step = current() || tree.querySelector(".tree-step--start");
    var heading = step && step.querySelector(".tree-heading");
    updateLanguageLinks();
    if (!heading) return;
    heading.focus();
    var kicker = step.querySelector(".tree-kicker");
    var text = (kicker ? kicker.textContent + ": " : "") + heading.textContent;
    live.textContent = "";
    setTimeout(function () { live.textContent = text; }, 50);
  }

  window.addEventListener("hashchange", onChange);
  updateLanguageLinks();
})();
