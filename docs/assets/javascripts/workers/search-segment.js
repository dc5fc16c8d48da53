/* Wraps Material's search worker so Chinese queries typed as one run find what they should.
 * Material splits a run of Chinese characters only when every piece is an indexed word, so
 * "逾期没收到短信" (没 is in no page) matched nothing. Here each run is cut, longest match first,
 * into words that the index contains (learned from the documents the worker is given), and
 * characters that start no indexed word are dropped. Everything else is Material's own worker,
 * whose file name arrives in our query string. Without this file search still works, less well. */
(function () {
  "use strict";
  var vocabulary = new Set();
  var longest = 1;
  var HAN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
  var HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

  function learn(setup) {
    var separator = new RegExp(setup.config.separator, "g");
    setup.docs.forEach(function (doc) {
      [doc.title, doc.text].forEach(function (field) {
        (field || "").replace(/<[^>]+>/g, " ").split(separator).forEach(function (word) {
          if (!word || !HAS_HAN.test(word)) return;
          vocabulary.add(word);
          if (word.length > longest) longest = word.length;
        });
      });
    });
  }

  function cut(run) {
    var words = [];
    for (var start = 0; start < run.length;) {
      var size = Math.min(longest, run.length - start);
      while (size > 0 && !vocabulary.has(run.substr(start, size))) size--;
      if (size > 0) words.push(run.substr(start, size));
      start += size || 1;
    }
    return words.length ? words.join(" ") : run;
  }

  var listen = self.addEventListener.bind(self);
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return listen(type, listener, options);
    return listen(type, function (event) {
      var message = event.data;
      if (message && message.type === 0 && message.data) learn(message.data);
      if (message && message.type === 2 && typeof message.data === "string" && vocabulary.size) {
        message.data = message.data.replace(HAN, cut);
      }
      return listener.call(this, event);
    }, options);
  };

  var material = new URLSearchParams(self.location.search).get("material");
  if (material && /^[\w.-]+\.js$/.test(material)) importScripts(material);
})();
