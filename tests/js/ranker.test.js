/* Unit tests of the search ranker's rules (docs/assets/javascripts/workers/search-segment.js),
 * under Node's own test runner: each builds a tiny index, so a change to a weight or a rule shows
 * in a second which rule moved. Run by tests/test_ranker_js.py (node --test tests/js/). */
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const WORKER = path.join(__dirname, "..", "..", "docs", "assets", "javascripts", "workers", "search-segment.js");
const SOURCE = fs.readFileSync(WORKER, "utf8");

/* The worker over `docs` (index entries) with `config` (thesaurus, shorthand): returns a function
 * from a query to the locations of the result groups' first items, in order. */
function searcher(docs, config = {}) {
  let listener = null, answer = null;
  const self = { location: { search: "" }, addEventListener: (t, l) => { listener = l; },
                 postMessage: (m) => { answer = m; } };
  vm.runInContext(SOURCE, vm.createContext({ self, URLSearchParams, console }));
  self.addEventListener("message", () => {});
  listener({ data: { type: 0, data: { config: { separator: "[\\s\\u200b]+", ...config }, docs } } });
  return (query) => {
    answer = null;
    listener({ data: { type: 2, data: query } });
    assert.ok(answer && answer.type === 3, `no ranked answer for ${query}`);
    return answer.data.items.map((group) => group.map((doc) => doc.location));
  };
}

const page = (location, title, text, extra = {}) => ({ location, title, text, ...extra });

/* What Material shows of each result group (as tools/search_report.js): the sections scoring at
 * least as high as the group's first item. */
function shownSections(docs, query) {
  let listener = null, answer = null;
  const self = { location: { search: "" }, addEventListener: (t, l) => { listener = l; },
                 postMessage: (m) => { answer = m; } };
  vm.runInContext(SOURCE, vm.createContext({ self, URLSearchParams, console }));
  self.addEventListener("message", () => {});
  listener({ data: { type: 0, data: { config: { separator: "[\\s\\u200b]+" }, docs } } });
  listener({ data: { type: 2, data: query } });
  return answer.data.items.map((group) => group.filter((d) => d.location.includes("#") && d.score >= group[0].score)
    .map((d) => d.location));
}

test("English word forms meet their stem (Porter, as lunr): sued, suing, garnished, harassed", () => {
  const search = searcher([
    page("lawsuit/", "If a lender sues you", "A lender may sue in court."),
    page("wages/", "Wages", "A court may garnish wages after a judgment."),
    page("rights/", "Your rights", "Collectors may not harass you."),
  ]);
  assert.equal(search("i got sued")[0][0], "lawsuit/");
  assert.equal(search("they are suing me")[0][0], "lawsuit/");
  assert.equal(search("wages garnished")[0][0], "wages/");
  assert.equal(search("being harassed")[0][0], "rights/");
});

test("pinyin shorthand is read as the site's words, only as a whole token no page uses", () => {
  const docs = [
    page("overdue/", "逾期\u200b以后", "逾期\u200b会\u200b怎样"),
    page("credit/", "征信\u200b报告", "查\u200b征信"),
    page("apps/", "App", "download the yq app"),
  ];
  const shorthand = { yq: ["逾期"], zx: ["征信", "执行"] };
  const search = searcher(docs, { shorthand });
  assert.equal(search("网贷zx花了")[0][0], "credit/");
  assert.equal(search("zx")[0][0], "credit/");
  // "yq" is a word of the pages' own: it means that word, not 逾期
  assert.equal(search("yq")[0][0], "apps/");
  const without = searcher(docs.slice(0, 2), { shorthand });
  assert.equal(without("yq了")[0][0], "overdue/");
});

test("a thesaurus group finds the page that uses another of its words", () => {
  const search = searcher([page("help/", "Helplines", "Call a helpline."), page("other/", "Other", "Nothing here.")],
                          { thesaurus: [["hotline", "helpline"]] });
  assert.equal(search("hotline")[0][0], "help/");
});

test("a safety answer leads whatever else the query matches", () => {
  const search = searcher([
    page("what-to-do/#o-support", "Talk to someone now", "Call a crisis line."),
    page("heirs/", "When a borrower died", "Heirs and debts after a death."),
  ], { thesaurus: [{ first: "what-to-do/#o-support", words: ["want to die", "suicidal"] }] });
  assert.equal(search("i want to die my father died")[0][0], "what-to-do/#o-support");
});

test("a word no page uses costs nothing, and the home page does not outrank the topic page", () => {
  const search = searcher([
    page("", "Home", "Collectors, court papers, frozen cards: start here."),
    page("court/", "Court papers", "What court papers look like."),
  ]);
  assert.equal(search("court papers xyzzy")[0][0], "court/");
  assert.ok(search("court papers").flat().includes(""), "the home page is still found");
  // ... while a section of its own answers as any topic page's section does
  const home = searcher([
    page("", "Home", "Leave quickly, or call for help: start here."),
    page("#quick-exit", "Quick exit", "The exit button leaves the site at once.", { terms: "leave the site quickly" }),
    page("about/#note", "Leave the site a note", "Leave a note about the site quickly.", { terms: "leave the site a note" }),
    page("court/", "Court papers", "What court papers look like."),
  ]);
  assert.equal(home("leave the site quickly")[0][0], "#quick-exit", JSON.stringify(home("leave the site quickly")));
  const withGlossary = searcher([
    page("glossary/#enforcement", "Enforcement (强制执行)", "Enforcement: the court makes a judgment happen."),
    page("judgment/#enforcement", "After the judgment: enforcement", "What enforcement can take, and what it leaves."),
  ]);
  assert.equal(withGlossary("enforcement")[0][0].split("#")[0], "judgment/", "the topic page before the glossary");
});

test("distress plus a situation: the safety answer first, with its section, then the situation", () => {
  const docs = [
    page("what-to-do/#o-support", "Talk to someone now", "Call a crisis line.", { see: ["help/#overwhelmed"] }),
    page("help/#overwhelmed", "If it is too much", "Talk to someone today."),
    page("help/", "Help", "Numbers to call."),
    page("family/", "When they call your parents", "Collectors call parents and relatives."),
  ];
  const search = searcher(docs, { thesaurus: [{ first: "what-to-do/#o-support", words: ["cant cope"] }] });
  const groups = search("i cant cope they call my parents");
  assert.ok(groups[0].includes("what-to-do/#o-support") && groups[0].includes("help/#overwhelmed"), JSON.stringify(groups));
  assert.equal(groups[1][0], "family/");
  // distress alone: the safety answer and the help page, nothing else in between
  assert.ok(search("i cant cope")[0].includes("what-to-do/#o-support"));
});

test("the section whose heading names the query leads its page's group", () => {
  // the steps section repeats the page's words; the heading of the fees section names the subject
  const docs = [
    page("owe/", "What you owe", "What you owe, and why.", { terms: "late fee" }),
    page("owe/#steps", "Do this now", "Check each late payment, each fee and each late fee in the app, and note every late fee and fee."),
    page("owe/#fees", "Fees", "What each charge on a late payment is for."),
    page("other/", "Other", "Nothing here."),
  ];
  assert.deepEqual(searcher(docs)("late fee")[0].slice(0, 2), ["owe/#fees", "owe/"]);
  // with a heading that names nothing asked, the section with more of the words leads
  const plain = docs.map((d) => (d.location === "owe/#fees" ? { ...d, title: "Charges" } : d));
  assert.equal(searcher(plain)("late fee")[0][0], "owe/#steps");
});

test("a page's 'do this now' summary gives way to a section about the subject asked", () => {
  // the summary matches a little better (shorter), the section about the subject close behind
  const docs = [
    page("quiet/", "No message", "No text after a missed payment.", { terms: "no text" }),
    page("quiet/#steps", "Do this now", "Check the app. A missed text message does not pause the debt."),
    page("quiet/#why", "Common reasons", "A phone may file a text message as spam, or the lender may have an old " +
         "number, or it sent the reminder to the inbox of its app instead of a text to your phone."),
    page("other/", "Other", "Nothing here."),
  ];
  assert.equal(searcher(docs)("text message")[0][0], "quiet/#why");
  // what only the summary answers still opens with it
  assert.equal(searcher(docs)("check the app")[0][0], "quiet/#steps");
});

test("a section's own phrasings choose it within its page, and move it among pages only a little", () => {
  const docs = [
    page("quiet/", "No message", "Nothing came after the due date."),
    page("quiet/#steps", "Do this now", "Open the app and check what you owe."),
    page("quiet/#why", "Common reasons", "A phone may file it as spam.", { terms: "why no reminder text · text blocked as spam" }),
    page("texts/", "Reminder texts", "A reminder text comes before the due date; why a reminder text matters."),
    page("other/", "Other", "Nothing here."),
  ];
  const search = searcher(docs);
  // the page about reminder texts answers; the quiet page shows the section the words fit
  const groups = search("why no reminder text");
  assert.equal(groups[0][0], "texts/");
  assert.equal(groups[1][0], "quiet/#why");
});

test("a section shows level with its best subsection, and the next other section close behind shows too", () => {
  const docs = [
    page("legal/", "Is the loan legal", "Licences, rates and where to complain."),
    page("legal/#legal", "Is this loan legal?", "Look at who lent it.", { terms: "is it a licensed lender" }),
    page("legal/#unlicensed", "No licence", "A lender without a licence may not lend.", { under: "legal/#legal" }),
    page("legal/#which", "Which kind of lender", "Banks, small-loan companies and consumer finance companies hold a licence."),
    page("legal/#rates", "Rates", "What interest the law allows."),
    page("other/", "Other", "Nothing here."),
  ];
  assert.deepEqual(shownSections(docs, "licence lender")[0], ["legal/#legal", "legal/#unlicensed", "legal/#which"]);
});

test("an index whose word breaks are packed as one byte reads as the plugin wrote it", () => {
  const docs = [page("credit/", "征信\u200b报告", "<p>逾期\u200b记录\u200b会\u200b上\u200b征信</p>"),
                page("court/", "法院\u200b起诉", "<p>法院\u200b会\u200b发\u200b传票</p>")];
  const packed = docs.map((d) => ({ ...d, title: d.title.split("\u200b").join("^"), text: d.text.split("\u200b").join("^") }));
  let listener = null, seen = null;
  const self = { location: { search: "" }, addEventListener: (t, l) => { listener = l; }, postMessage: () => {} };
  vm.runInContext(SOURCE, vm.createContext({ self, URLSearchParams, console }));
  self.addEventListener("message", (event) => { seen = event.data; });  // Material's worker
  listener({ data: { type: 0, data: { config: { separator: "[\\s\\u200b]+", word_break: "^" }, docs: packed } } });
  assert.deepStrictEqual(seen.data.docs.map((d) => [d.title, d.text]), docs.map((d) => [d.title, d.text]));
  assert.equal(seen.data.config.word_break, undefined);
  const query = "逾期 征信";  // (arrays from the worker's context: compared as JSON)
  assert.equal(JSON.stringify(searcher(packed, { word_break: "^" })(query)), JSON.stringify(searcher(docs)(query)));
});

test("asking what a word means puts its glossary entry first; naming the word alone, the topic page", () => {
  const docs = [
    page("glossary/", "Legal words", ""),
    page("glossary/#payment-order", "Payment order (支付令)", "<p>A court's order to pay within 15 days.</p>"),
    page("what-happens-next/", "What happens next", "<p>Calls, a payment order, a lawsuit.</p>"),
    page("what-happens-next/#payment-order", "Payment order (支付令)",
         "<p>A payment order comes from a court. Object to the payment order in writing within 15 days.</p>"),
  ];
  const search = searcher(docs);
  assert.equal(search("payment order")[0][0], "what-happens-next/#payment-order");
  assert.equal(search("what is a payment order")[0][0], "glossary/#payment-order");
  assert.equal(search("支付令是什么意思")[0][0], "glossary/#payment-order");
  assert.equal(search("payment order meaning")[0][0], "glossary/#payment-order");
  // "what does X mean" asks about X: only the question words go
  assert.equal(search("what does payment order mean")[0][0], "glossary/#payment-order");
});

test("a result's text does not end on the mark that joins two blocks", () => {
  let listener = null, answer = null;
  const self = { location: { search: "" }, addEventListener: (t, l) => { listener = l; }, postMessage: (m) => { answer = m; } };
  vm.runInContext(SOURCE, vm.createContext({ self, URLSearchParams, console }));
  self.addEventListener("message", () => {});
  const docs = [page("glossary/#payment-order", "Payment order", "<p>A court order to pay.</p><p>See: what happens next</p>")];
  listener({ data: { type: 0, data: { config: { separator: "[\\s\\u200b]+" }, docs } } });
  listener({ data: { type: 2, data: "payment order" } });
  const text = answer.data.items[0][0].text.replace(/<[^>]+>/g, "");
  assert.equal(text, "A court order to pay. See: what happens next");
});

test("'to death' as an intensifier (吓死了, 气死了) is a feeling, not a death", () => {
  const search = searcher([page("heirs/", "借款人死了", "借款人死了，继承人在遗产范围内还。"),
                           page("calm/", "别动手", "催收再气人，也别去打架。"), page("other/", "其他", "别的事。")]);
  assert.equal(search("气死了 想打架")[0][0], "calm/");
  assert.equal(search("借款人死了")[0][0], "heirs/", "a death named is still a death");
});

test("a thesaurus word with an apostrophe matches the query, which loses its apostrophes", () => {
  const search = searcher([page("help/", "Helplines", "Call a helpline."), page("other/", "Other", "Nothing here.")],
                          { thesaurus: [["can't go on", "helpline"]] });
  assert.equal(search("I can't go on")[0][0], "help/");
  assert.equal(search("i cant go on")[0][0], "help/");
});

test("a lender's name is read as the plain word for a lender, not as the words inside it", () => {
  const docs = [page("plans/", "分期还款", "跟平台协商分期。"), page("sms/", "短信轰炸", "平台短信太多怎么办。"),
                page("gold/", "金条", "金条的价格。"),
                page("apps/", "Loan apps", "Which lender is licensed."), page("texts/", "Too many texts", "A lender texting all day.")];
  const names = { thesaurus: [{ names: ["分期乐", "京东", "京东金条", "jiebei"], as: "平台" }] };
  const search = searcher(docs, names);
  assert.equal(searcher(docs)("分期乐短信")[0][0], "plans/", "without the names, 分期 finds the instalments page");
  assert.equal(search("分期乐短信")[0][0], "sms/");
  const bare = search("京东金条");
  assert.ok(bare.length && !bare.flat().includes("gold/"), "the longer name first, and a bare name still finds something");
  const en = searcher(docs, { thesaurus: [{ names: ["jiebei", "360 jietiao"], as: "lender" }] });
  assert.deepEqual(searcher(docs)("jiebei"), [], "no page names it");
  assert.ok(["apps/", "texts/"].includes(en("jiebei")[0][0]), "a bare name finds the pages about lenders");
  assert.deepEqual(en("360 jietiao texts me"), en("lender texts me"));
});

test("a bare glossary term shows its definition with the section where it matters", () => {
  const docs = [
    page("old-debt/", "Old debts", "A debt from years ago."),
    page("old-debt/#limitation", "Limitation period", "The limitation period for a debt is usually three years."),
    page("what-to-do/#o-old", "An old debt", "What to do about an old debt.", { see: ["old-debt/#limitation"] }),
    page("glossary/", "Glossary", "Words."),
    page("glossary/#limitation-period", "Limitation period", "Limitation period: the time a lender has to sue.", { see: ["old-debt/#limitation"] }),
    page("court/", "Limitation period in court", "Say the limitation period has passed; limitation period."),
    page("sold/", "A sold debt: limitation period", "A sold debt keeps its limitation period."),
    page("other/", "Other", "Nothing here.")];
  const groups = searcher(docs)("limitation period");
  const shown = groups.slice(0, 3).flat();
  assert.ok(shown.includes("glossary/#limitation-period") && shown.includes("old-debt/#limitation"), JSON.stringify(groups));
  // a situation named beside the term still pairs the page with the tree's answer
  const story = searcher(docs)("my old debt limitation period").slice(0, 3).flat();
  assert.ok(story.includes("what-to-do/#o-old"), JSON.stringify(story));
});

test("a word followed by a space is finished: only the word still being typed matches by prefix", () => {
  const search = searcher([page("a/", "Lenders", "A lender texts."), page("b/", "Other", "Nothing.")],
                          { thesaurus: [{ names: ["jiebei"], as: "lender" }] });
  assert.equal(search("len")[0][0], "a/");
  assert.deepEqual(search("len "), []);
});

test("a tree outcome shows the one of its linked sections that the query is about", () => {
  // the page's hidden phrasings match best, so both linked sections qualify by the page's score
  const docs = [
    page("what-to-do/#o-contacts", "A collector messaged my contacts", "Collectors messaged your contacts: keep a record, and complain where to complain.",
         { see: ["rights/#not-allowed", "rights/#complain"] }),
    page("rights/", "Your rights", "What collectors may not do.", { terms: "collector messaged contacts" }),
    page("rights/#not-allowed", "What collectors may not do", "They may not message your contacts."),
    page("rights/#complain", "Where to complain", "Complain to the lender first, then the regulator."),
    page("other/", "Other", "Nothing here."),
  ];
  const groups = searcher(docs)("collector messaged my contacts where to complain");
  // the outcome's own group (Material heads it with its last item) shows the section with it
  assert.equal(groups[0][groups[0].length - 1], "what-to-do/#o-contacts", JSON.stringify(groups));
  assert.ok(groups[0].includes("rights/#complain"), JSON.stringify(groups));
  // without the complaint, the first linked section, as before
  assert.ok(searcher(docs)("collector messaged my contacts")[0].includes("rights/#not-allowed"));
});

test("an outcome's linked section found only by its page's words gives way to the page's section the query names", () => {
  const docs = [
    page("what-to-do/#o-closed", "The lender closed down", "The lender closed down: a closed lender's debt may still be owed.",
         { see: ["debts/#sold"] }),
    page("debts/", "Old and sold debts", "Debts that are old or sold; a lender that closed down."),
    page("debts/#sold", "A sold debt", "The new owner of the debt must tell you."),
    page("debts/#closed", "If the lender closed", "When a lender closed, the debt usually passes to someone who collects it."),
    page("other/", "Other", "Nothing here."),
  ];
  const groups = searcher(docs)("the lender closed down");
  assert.equal(groups[0][groups[0].length - 1], "what-to-do/#o-closed", JSON.stringify(groups));
  assert.ok(groups[0].includes("debts/#closed") && !groups[0].includes("debts/#sold"), JSON.stringify(groups));
  // ... also when the linked section shares a word with the query ("debt"), far less than the other
  const weak = docs.map((d) => (d.location === "debts/#sold" ? { ...d, text: "The new owner of the debt must tell you, as the lender would." } : d));
  const again = searcher(weak)("lender closed down, what about the debt");
  assert.ok(again[0].includes("debts/#closed") && !again[0].includes("debts/#sold"), JSON.stringify(again));
});
