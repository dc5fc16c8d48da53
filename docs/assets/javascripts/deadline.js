/* Deadline tool of the decision tree, progressive enhancement only: without this file each result
   states the rule and a worked example. With it, the reader enters the day a document arrived and
   reads the last day, counted as guide/reader_tools/deadlines.py counts it (the tests hold the two to the same
   answers): the day of receipt is not counted; a period of months ends on the corresponding day
   (or the month's last day); a last day off (a weekend that is not a working day, or a listed
   holiday) moves to the next working day. The days off and the words come from the tree's data-*
   attributes; nothing is stored or sent. */
(function () {
  "use strict";
  var tree = document.querySelector("[data-tree]");
  if (!tree) return;
  function words(name) { return tree.getAttribute("data-" + name) || ""; }
  var daysOff = new Set(words("days-off").split(" "));
  var workingDays = new Set(words("working-days").split(" "));
  var known = words("known").split(" ");

  function iso(day) { return day.toISOString().slice(0, 10); }
  function parse(text) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    return parts ? new Date(Date.UTC(+parts[1], parts[2] - 1, +parts[3])) : null;
  }
  function addDays(day, n) { return new Date(day.getTime() + n * 864e5); }
  function addMonths(day, n) {
    var y = day.getUTCFullYear(), m = day.getUTCMonth() + n;
    var last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();  // the target month's last day
    return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), last)));
  }
  function isDayOff(day) {
    var key = iso(day), weekday = day.getUTCDay();
    if (workingDays.has(key)) return false;
    return daysOff.has(key) || weekday === 0 || weekday === 6;
  }
  function knows(day) { return iso(day) >= known[0] && iso(day) <= known[1]; }

  /* {nominal, last, checked} for a document received on `received` (a UTC date). */
  function count(received, days, months) {
    var nominal = days ? addDays(received, days) : addMonths(received, months);
    var last = nominal;
    while (isDayOff(last)) last = addDays(last, 1);
    return { nominal: nominal, last: last, checked: knows(nominal) && knows(last) };
  }

  function format(day) {
    var weekday = (day.getUTCDay() + 6) % 7;  // Monday first, as the words list them
    return words("date").replace(/\{(\w)\}/g, function (_, key) {
      return { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate(),
               w: words("weekdays").split(" ")[weekday],
               M: words("months").split(" ")[day.getUTCMonth()] }[key];
    });
  }
  function say(name, values) {
    return words("deadline-" + name).replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function answer(box, input, output) {
    var received = parse(input.value);
    if (!received) { output.textContent = ""; return; }
    var days = +box.getAttribute("data-days") || 0, months = +box.getAttribute("data-months") || 0;
    var today = parse(iso(new Date(Date.now() - new Date().getTimezoneOffset() * 6e4)));
    if (received > today) { output.textContent = say("future", {}); return; }
    var found = count(received, days, months);
    var values = { n: days || months, nominal: format(found.nominal), last: format(found.last),
                   until: format(parse(known[1]) || found.last) };
    var moved = months ? "moved-months" : "moved";
    var text = say(found.last.getTime() === found.nominal.getTime() ? "result" : moved, values);
    if (!found.checked) text += " " + say("unknown", values);
    if (found.last < today) text += " " + say("past", values);
    else if (found.last.getTime() === today.getTime()) text += " " + say("today", values);
    output.textContent = text;
  }

  var boxes = tree.querySelectorAll(".tree-deadline");
  for (var i = 0; i < boxes.length; i++) {
    (function (box) {
      var tool = box.querySelector(".tree-deadline-tool");
      var input = tool.querySelector("input");
      var output = box.querySelector(".tree-deadline-result");
      tool.hidden = false;
      input.addEventListener("input", function () { answer(box, input, output); });
      input.addEventListener("change", function () { answer(box, input, output); });
    })(boxes[i]);
  }
  // For the tests: the same count as guide/reader_tools/deadlines.py, on ISO dates.
  window.treeDeadline = function (received, days, months) {
    var found = count(parse(received), days || 0, months || 0);
    return { nominal: iso(found.nominal), last: iso(found.last), checked: found.checked };
  };
})();
