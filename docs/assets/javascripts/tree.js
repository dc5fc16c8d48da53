/* Decision tree, progressive enhancement only: every step can be walked without this file.
   On each step change (a #fragment): list "your answers so far", move focus to the step's heading
   and announce it; keep the step when switching language (Material's language links drop the
   #fragment); a button that prints the shown result as the reader's plan. */
(function () {
  var tree = document.querySelector("[data-tree]");
  if (!tree) return;
  var live = tree.querySelector("[data-tree-live]");
  var stepsBox = tree.querySelector(".tree-steps");

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

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  // Each step names the question step and the answer that led to it (data-from="<id> <index>");
  // following them back to the start gives this path's answers, whose texts are on the page.
  function listAnswersSoFar(step) {
    // Results carry their answers in the HTML (a shared result's copy, in its own tail).
    if (step.classList.contains("tree-outcome") || step.querySelector(".tree-so-far")) return;
    var list = element("ol");
    for (var from = step.getAttribute("data-from"); from; ) {
      var parts = from.split(" ");
      var question = document.getElementById(parts[0]);
      var answer = question && question.querySelectorAll(".tree-answer")[+parts[1]];
      if (!answer) return;
      var text = question.querySelector(".tree-heading").textContent;
      var change = element("a", "tree-change", tree.getAttribute("data-change"));
      change.href = "#" + parts[0];
      var hidden = tree.getAttribute("data-change-hidden").replace("{q}", function () { return text; });  // no $ patterns
      change.appendChild(element("span", "tree-vh", " " + hidden));
      var row = element("li");
      row.appendChild(element("span", "tree-so-far-q", text));
      row.appendChild(document.createTextNode(" "));
      row.appendChild(element("span", "tree-so-far-a", answer.textContent));
      row.appendChild(document.createTextNode(" "));
      row.appendChild(change);
      list.insertBefore(row, list.firstChild);
      from = question.getAttribute("data-from");
    }
    if (!list.firstChild) return;
    var box = element("div", "tree-so-far");
    box.appendChild(element("h3", "tree-subheading", tree.getAttribute("data-so-far")));
    box.appendChild(list);
    step.insertBefore(box, step.querySelector(".tree-restart"));
  }

  // Hides the start question on another step where CSS :has() is missing (tree.css). Only there:
  // the class changes on hashchange, after :target, and would hide the start for a moment.
  var hasSelector = window.CSS && CSS.supports && CSS.supports("selector(:has(a))");
  function markStep() {
    var step = current();
    tree.classList.toggle("tree-at-result", !!step && step.classList.contains("tree-outcome"));
    if (hasSelector) return;
    stepsBox.classList.toggle("tree-at-step", !!step && !step.classList.contains("tree-step--start"));
  }

  // An address that names no step: a path of a node that still exists (the tree changed) opens
  // that node's first path; anything else shows the "not found" notice, with the closest step by
  // name, above the first question.
  var missing = null;
  function missingNotice() {  // built once, when first needed
    if (missing) return missing;
    missing = element("div", "tree-missing");
    var heading = element("h2", "tree-heading", tree.getAttribute("data-missing"));
    heading.tabIndex = -1;
    var body = element("p", "", tree.getAttribute("data-missing-body") + " ");
    var restart = element("a", "", tree.getAttribute("data-restart"));
    restart.href = "#" + stepsBox.querySelector(".tree-step--start").id;
    body.appendChild(restart);
    missing.appendChild(heading);
    missing.appendChild(body);
    missing.hidden = true;
    tree.insertBefore(missing, stepsBox);
    return missing;
  }
  function distance(a, b) {
    var row = [], i, j, prev, next;
    for (j = 0; j <= b.length; j++) row[j] = j;
    for (i = 1; i <= a.length; i++) {
      prev = row[0]; row[0] = i;
      for (j = 1; j <= b.length; j++) {
        next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row[j]; row[j] = next;
      }
    }
    return row[b.length];
  }
  function findStep() {
    var id = "";
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { /* malformed */ }
    var shown = !!id && !document.getElementById(id);
    if (shown) {
      var node = id.split("--")[0];
      var same = stepsBox.querySelector('[id="' + node + '"], [id^="' + node + '--"]');
      if (same) {
        window.guideReplacingHash = true;  // no new history entry: the quick exit's count stays
        location.replace("#" + same.id);
        return true;
      }
      var best = null, bestScore = 4;
      var all = stepsBox.querySelectorAll(".tree-outcome h2.tree-heading, .tree-question h2.tree-heading");
      for (var i = 0; i < all.length; i++) {
        var section = all[i].closest("section");
        var score = distance(node, section.id.split("--")[0]);
        if (score < bestScore) { best = section; bestScore = score; }
      }
      var notice = missingNotice();
      var old = notice.querySelector(".tree-closest");
      if (old) notice.removeChild(old);
      if (best) {
        var p = element("p", "tree-closest");
        var link = element("a", "", best.querySelector(".tree-heading").textContent);
        link.href = "#" + best.id;
        p.appendChild(link);
        notice.appendChild(p);
      }
    }
    if (missing) missing.hidden = !shown;
    return false;
  }

  function onChange() {
    if (findStep()) return;
    markStep();
    var step = current() || tree.querySelector(".tree-step--start");
    var heading = step && step.querySelector(".tree-heading");
    updateLanguageLinks();
    if (!heading) return;
    listAnswersSoFar(step);
    heading.focus();
    var kicker = step.querySelector(".tree-kicker");
    var text = (kicker ? kicker.textContent + ": " : "") + heading.textContent;
    live.textContent = "";
    setTimeout(function () { live.textContent = text; }, 50);
  }

  // "Print or save this plan" opens the browser's print dialog, which can also save a PDF.
  // Without this file the button stays hidden; the hint beside it says how.
  var printButtons = tree.querySelectorAll("[data-tree-print]");
  for (var p = 0; p < printButtons.length; p++) {
    printButtons[p].hidden = false;
    printButtons[p].addEventListener("click", function () { window.print(); });
  }

  window.addEventListener("hashchange", onChange);
  if (!findStep()) {
    updateLanguageLinks();
    markStep();
    if (current()) listAnswersSoFar(current());
  }
})();
