/* Fill-in letters, progressive enhancement only: without this file each letter shows with its
   blanks as 【label】 and the reader copies it by hand. With it: a form fills the blanks as the
   reader types; "copy" puts the letter's text (without citation markers) on the clipboard; "print"
   prints that letter alone. Nothing typed is sent or stored. */
(function () {
  "use strict";
  var letters = document.querySelectorAll("[data-letter]");

  /* The letter as text: paragraphs split by blank lines, markers left out. */
  function letterText(letter) {
    var copy = letter.querySelector(".letter-text").cloneNode(true);
    var cites = copy.querySelectorAll(".cite");
    for (var i = 0; i < cites.length; i++) cites[i].parentNode.removeChild(cites[i]);
    var paragraphs = copy.querySelectorAll("p");
    var out = [];
    for (var j = 0; j < paragraphs.length; j++) {
      var brs = paragraphs[j].querySelectorAll("br");
      for (var k = 0; k < brs.length; k++) brs[k].parentNode.replaceChild(document.createTextNode("\n"), brs[k]);
      out.push(paragraphs[j].textContent.replace(/[ \t]+\n/g, "\n").trim());
    }
    return out.join("\n\n");
  }

  function selectText(letter) {
    var range = document.createRange();
    range.selectNodeContents(letter.querySelector(".letter-text"));
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copy(letter, status) {
    var text = letterText(letter);
    function done() { status.textContent = letter.getAttribute("data-copied"); }
    function fallback() {
      // Older in-app browsers: select the text (a long-press then copies it) and try the old way.
      selectText(letter);
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      status.textContent = letter.getAttribute(ok ? "data-copied" : "data-not-copied");
    }
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }

  function print(letter) {
    document.body.classList.add("letter-printing");
    letter.classList.add("letter-to-print");
    window.print();
    // Chromium blocks in print(); other browsers print later and say so with afterprint.
    window.addEventListener("afterprint", function clear() {
      document.body.classList.remove("letter-printing");
      letter.classList.remove("letter-to-print");
      window.removeEventListener("afterprint", clear);
    });
  }

  for (var i = 0; i < letters.length; i++) {
    (function (letter) {
      var form = letter.querySelector(".letter-form");
      var status = letter.querySelector(".letter-status");
      var blanks = letter.querySelectorAll(".letter-blank");
      for (var b = 0; b < blanks.length; b++) blanks[b].setAttribute("data-blank", blanks[b].textContent);
      form.hidden = false;
      letter.querySelector(".letter-actions").hidden = false;
      form.addEventListener("input", function (event) {
        var field = event.target.getAttribute("data-field");
        var value = event.target.value.trim();
        for (var n = 0; n < blanks.length; n++) {
          if (blanks[n].getAttribute("data-field") !== field) continue;
          blanks[n].textContent = value || blanks[n].getAttribute("data-blank");
          blanks[n].classList.toggle("letter-filled", !!value);
        }
        status.textContent = "";
      });
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      letter.querySelector("[data-letter-copy]").addEventListener("click", function () { copy(letter, status); });
      letter.querySelector("[data-letter-print]").addEventListener("click", function () { print(letter); });
    })(letters[i]);
  }
})();
