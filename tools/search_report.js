/* Runs the site's search worker (docs/assets/javascripts/workers/search-segment.js) under Node
 * over a built site's indexes and reports hit@1 / hit@3 for a query set. Called by
 * tools/search_report.py, which explains the numbers; the browser test (tests/test_search.py)
 * stays the judge: this only mirrors how Material shows results, to answer in seconds.
 *
 *   node tools/search_report.js SITE_DIR QUERIES.json WORKER.js [--misses]
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [site, queriesPath, workerPath, ...flags] = process.argv.slice(2);
const LANG_ROOT = { zh: "", en: "en/" };

/* The worker wraps Material's: give it a stand-in `self`, send it the index, then queries. */
function worker(lang) {
  let listener = null, answer = null, warned = false;
  const self = {
    location: { search: "" },
    addEventListener: (type, l) => { listener = l; },
    postMessage: (message) => { answer = message; },
  };
  const console_ = { log: console.log, warn: (e) => { if (!warned) { warned = true; console.error("worker:", String(e)); } } };
  vm.runInContext(fs.readFileSync(workerPath, "utf8"), vm.createContext({ self, URLSearchParams, console: console_ }));
  self.addEventListener("message", () => {});
  const index = JSON.parse(fs.readFileSync(path.join(site, LANG_ROOT[lang], "search", "search_index.json"), "utf8"));
  listener({ data: { type: 0, data: index } });
  return (query) => { answer = null; listener({ data: { type: 2, data: query } }); return answer ? answer.data.items : []; };
}

/* What Material shows of a result group: its page, then the sections scoring at least as high
 * as the group's first item; the rest fold into "N more on this page". */
function visible(group) {
  const docs = [...group];
  const pageAt = docs.findIndex((d) => !d.location.includes("#"));
  const [page] = docs.splice(pageAt, 1);
  let end = docs.findIndex((d) => d.score < group[0].score);
  if (end === -1) end = docs.length;
  return [page, ...docs.slice(0, end)].map((d) => d.location);
}

/* Same rule as the test: the page, the page#section, or any step of a tree outcome. */
function isHit(location, wanted) {
  const [page, anchor = ""] = location.split("#");
  const [wantedPage, wantedAnchor = ""] = wanted.split("#");
  return page === wantedPage && (!wantedAnchor || anchor === wantedAnchor || anchor.startsWith(wantedAnchor + "--"));
}

const share = (ranks, n) => (ranks.filter((r) => r !== null && r <= n).length / (ranks.length || 1)).toFixed(3);
const queries = JSON.parse(fs.readFileSync(queriesPath, "utf8"));
for (const lang of Object.keys(queries)) {
  const search = worker(lang);
  const all = [], heads = [], halves = { tuning: [], "held-out": [] }, seen = {}, misses = [];
  for (const { query, expect } of queries[lang]) {
    seen[expect] = (seen[expect] || 0) + 1;  // the test's halves: 1st, 3rd... query of a target for tuning
    const wanted = expect.startsWith("index/") ? expect.slice("index/".length) : expect;  // the home page
    const groups = search(query).map(visible);
    const at = groups.findIndex((g) => g.some((l) => isHit(l, wanted)));
    const rank = at < 0 ? null : at + 1;
    all.push(rank);
    // stricter: only each group's title link (a guide page for any of its sections), not the
    // sections and the counterpart shown with it
    const wantedPlace = wanted.includes("#o-") ? wanted : wanted.split("#")[0];
    const headAt = groups.findIndex((g) => isHit(g[0], wantedPlace));
    heads.push(headAt < 0 ? null : headAt + 1);
    halves[seen[expect] % 2 ? "tuning" : "held-out"].push(rank);
    if (rank !== 1) misses.push(`  rank ${rank}: ${JSON.stringify(query)} -> ${expect}; shown first: ${groups.slice(0, 3).map((g) => g[0]).join(" | ")}`);
  }
  console.log(`${lang}: hit@1 ${share(all, 1)}, hit@3 ${share(all, 3)} over ${all.length} queries; ` +
    Object.entries(halves).map(([name, r]) => `${name} ${share(r, 1)} / ${share(r, 3)}`).join("; ") +
    `; title links only ${share(heads, 1)} / ${share(heads, 3)}`);
  if (flags.includes("--misses")) misses.forEach((line) => console.log(line));
}
