/* Search that understands readers' own words, wrapped around Material's search worker.
 *
 * Material's lunr search drops a query when a word is missing from the pages, ranks any title
 * match a thousand times above the text, and lifts every page's intro above its sections, so a
 * frightened reader's own words ("hotline", 不想活, "collector came to my house") found nothing or
 * the wrong page. Here queries are answered by a small ranker over the same documents:
 * - words: English words lightly stemmed, matched whole, by prefix (the word being typed), or
 *   with one typo, and two side by side count extra; Chinese as overlapping character pairs, so
 *   no word list or segmenter is needed and near-misses still share pairs (a pair that straddles
 *   two words of the query counts less); question words (how, 怎么, 是不是) count for nothing;
 * - reader vocabulary: config.thesaurus (data/search_thesaurus.yml) groups reader words with page
 *   words; a query word of a group also looks for the group's other words, with less weight
 *   (a word inside a longer listed phrase, "report" in "credit report", is that phrase only);
 *   a group with `first` is a safety answer, shown first whenever the reader uses one of its words
 *   (which then rank nothing else); a group with `names` lists lenders' names, each read as the
 *   group's plain `as` word (plainNames);
 * - fields: title, the page's short answer (summary) and hidden reader phrasings (terms) count
 *   more than the text (phrasings are examples: many of them dilute none); a section's own
 *   phrasings mostly choose the section within its page (see SECTION_TERMS); hub pages (the home
 *   page itself, the tree's own intro) count less than topic pages;
 * - a document scores by how much of the query it covers, so an unknown word costs nothing;
 * - a page gains from its other matching sections, and a guide section that a tree outcome links
 *   to goes first when it matches about as well as the outcome (it is the fuller answer);
 * - each page result leads with its best section, so the reader can open the answer directly: a
 *   section gains there as its heading names more of the query (the page's words and hidden
 *   phrasings found the page; its headings say which part answers), and a close second section
 *   shows too; a result's text is a snippet around the reader's words;
 * - the first results show their counterparts: a tree outcome the guide section it links to (of
 *   one page's sections, the one the query's own words found), a guide page the tree outcome
 *   that links into it (readers name either).
 * The answer goes back in Material's result format. Material's worker (named in our query
 * string) still sets up, and answers if anything here fails; then Chinese runs are cut into
 * indexed words first (Material splits a run only when every piece is an indexed word). */
(function () {
  "use strict";
  var HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
  var HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
  var LATIN = /[a-z0-9][a-z0-9%]*/g;
  var FIELDS = { title: 3, summary: 2, terms: 2, text: 1 };
  var FIELD_NAMES = Object.keys(FIELDS);
  var K1 = 1.2, B = 0.5;
  var OUTCOME = /#o-/;  // a decision-tree outcome: what-to-do/#o-door--q-visit-3
  var OUTCOME_GROUPS = 1;  // outcomes shown as results of their own; the rest go under the tree page
  var EXPANSION = 0.8;  // weight of a thesaurus word next to the reader's own word
  var MORE = 0.3;       // share of a group's second, third... word that also counts
  var KEEP = 0.05;      // results scoring under this share of the best are noise
  var RUNNER_UP = 0.35; // a group's second section this close to its first is shown as well (0.5 hid answers, set 12)
  var PAIR = 0.3;       // weight of two of the reader's English words found side by side (see pairs)
  var SPLIT_PAIR = 0.5; // weight of a query's Chinese pair that straddles two words (see pairsByWord)
  // every guide page opens with "Do this now" (#steps), the page's actions in brief: it names
  // every subject of the page, so it leads the page's group only when no section about the
  // subject asked matches nearly as well
  var SUMMARY_SECTION = /#steps$/, SUMMARY = 0.7;
  // a section's own reader phrasings (section_terms) decide which section leads its page's
  // group, and count this share toward its place among all results: in full they let a section
  // of one page push past the page or outcome that answers (blind sets 1-7 fell, 2026-12-07)
  var SECTION_TERMS = 0.3;
  var HEADING = 2;      // a section's place in its page's group gains this much per share of the query its heading names
  var PAGE_EVIDENCE = 0.15;  // share of a page's other matching entries added to its best one
  var EVIDENCE_DECAY = 0.5;  // ... each next entry counting half the one before
  var TOPIC_FIRST = 0.5;     // a guide section within this share of an outcome linking to it goes first
  var PAIRED = 3;            // results that show their counterpart in the tree or the guide
  var PAIR_SHARE = 0.3;      // ... when it matches at least this share as well as the result
  var OWN_SECTION = 2;       // ... an outcome's linked section gives way to one of its page matching this many times better (pairCounterparts)
  var SNIPPET = 160;         // length of a result's text, in units: a Chinese character is two
  var POINTER = 100;         // ... of a counterpart's
  // a sentence, for snippets: up to a full stop (a period only before a space, so not "e.g."),
  // or a block's end (see snippet)
  var SENTENCE = /(?:[^\u3002\uff01\uff1f\uff1b!?;\u00b7.]|\.(?!\s))+(?:[\u3002\uff01\uff1f\uff1b!?;\u00b7]|\.(?=\s)|$)/g;
  // lunr's English stop words, except no/not/only/nor, which change what a reader means
  var STOP = new Set(("a able about across after all almost also am among an and any are as at be " +
    "because been but by can cannot could dear did do does either else ever every for from get got " +
    "had has have he her hers him his how however i if in into is it its just least let like likely " +
    "may me might most must my neither of off often on or other our own rather said say says she " +
    "should since so some than that the their them then there these they this tis to too twas us " +
    "wants was we were what when where which while who whom why will with would yet you your " +
    "im ive id dont really actually").split(" "));
  // a reader asking what a word means (支付令是啥, "what is a default judgment") is answered
  // first by the glossary entry whose heading names at least DEFINED of the rest of the query;
  // the page about the topic follows (see defineFirst)
  var DEFINITION = /什么意思|啥意思|是啥|什么是|指什么|\bwhat(?: i|\u2019|')?s\b|\bwhat does\b.*\bmean|\bmeaning\b|\bdefin/i;
  // ... and its question words, which go from the query: the word asked about stays
  // ("what does zhongben mean" is about zhongben)
  var DEFINITION_WORDS = /什么意思|啥意思|是啥|什么是|指什么|\bwhat(?: i|\u2019|')?s\b|\bwhat does\b|\bmean(?:s|ing)?\b|\bdefin\w*/gi;
  var GLOSSARY = "glossary/", GLOSSARY_PRIOR = 0.6, DEFINED = 0.8;
  // Chinese question words, cut into pairs (是不是, 会不会, 怎么, 什么...): they say that the
  // reader asks, not what about, yet a page that asks the same rhetorical question would win
  var ZH_STOP = new Set("是不 不是 是否 怎么 什么 为什 么样 怎样 会不 要不 有没 能不 可不 了吗 的吗".split(" "));
  // 吓死了, 气死了, 烦死了: "to death" as an intensifier says how the reader feels, not that
  // anyone died ("死" found the heirs' page); 想死 is no intensifier (see the safety answers)
  var INTENSIFIER = /([吓嚇气氣烦煩累急愁困饿餓])死(了|啦|我了)?/g;

  var ranker = null;

  /* English words to their stems, as lunr does: Porter's algorithm (suing, sued -> su;
   * garnished -> garnish; harassing -> harass), then a final e goes too, so that sue and sued,
   * owe and owed, charge and charging meet. Index and query go through the same function. */
  var PORTER_STEP2 = { ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize", bli: "ble",
    alli: "al", entli: "ent", eli: "e", ousli: "ous", ization: "ize", ation: "ate", ator: "ate",
    alism: "al", iveness: "ive", fulness: "ful", ousness: "ous", aliti: "al", iviti: "ive",
    biliti: "ble", logi: "log" };
  var PORTER_STEP3 = { icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: "" };
  var PORTER_C = "[^aeiou][^aeiouy]*", PORTER_V = "[aeiouy][aeiou]*";
  var PORTER_M0 = new RegExp("^(" + PORTER_C + ")?" + PORTER_V + PORTER_C);                          // m > 0
  var PORTER_M1 = new RegExp("^(" + PORTER_C + ")?" + PORTER_V + PORTER_C + "(" + PORTER_V + ")?$");  // m = 1
  var PORTER_M2 = new RegExp("^(" + PORTER_C + ")?" + PORTER_V + PORTER_C + PORTER_V + PORTER_C);     // m > 1
  var PORTER_HAS_V = new RegExp("^(" + PORTER_C + ")?[aeiouy]");
  var PORTER_CVC = /[^aeiou][aeiouy][^aeiouwxy]$/;

  function porter(w) {
    if (w.length < 3) return w;
    var match, base;
    var y = w.charAt(0) === "y";
    if (y) w = "Y" + w.slice(1);  // a leading y is a consonant
    // step 1a
    if ((match = /^(.+?)(ss|i)es$/.exec(w))) w = match[1] + match[2];
    else if ((match = /^(.+?)([^s])s$/.exec(w))) w = match[1] + match[2];
    // step 1b
    if ((match = /^(.+?)eed$/.exec(w))) {
      if (PORTER_M0.test(match[1])) w = w.slice(0, -1);
    } else if ((match = /^(.+?)(ed|ing)$/.exec(w)) && PORTER_HAS_V.test(match[1])) {
      w = match[1];
      if (/(at|bl|iz)$/.test(w)) w += "e";
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (new RegExp("^" + PORTER_C + PORTER_V + "[^aeiouwxy]$").test(w)) w += "e";
    }
    // step 1c
    if ((match = /^(.+?)y$/.exec(w)) && PORTER_HAS_V.test(match[1])) w = match[1] + "i";
    // step 2
    if ((match = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/.exec(w))
        && PORTER_M0.test(match[1])) w = match[1] + PORTER_STEP2[match[2]];
    // step 3
    if ((match = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/.exec(w)) && PORTER_M0.test(match[1])) {
      w = match[1] + PORTER_STEP3[match[2]];
    }
    // step 4
    if ((match = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/.exec(w))) {
      if (PORTER_M2.test(match[1])) w = match[1];
    } else if ((match = /^(.+?)(s|t)(ion)$/.exec(w))) {
      base = match[1] + match[2];
      if (PORTER_M2.test(base)) w = base;
    }
    // step 5
    if ((match = /^(.+?)e$/.exec(w))) {
      base = match[1];
      if (PORTER_M2.test(base) || (PORTER_M1.test(base) && !PORTER_CVC.test(base))) w = base;
    }
    if (/ll$/.test(w) && PORTER_M2.test(w)) w = w.slice(0, -1);
    return y ? "y" + w.slice(1) : w;
  }

  var stems = new Map();  // the same words come back in every section and query
  function stem(word) {
    var found = stems.get(word);
    if (found !== undefined) return found;
    found = /\d/.test(word) ? word : porter(word);  // 12378, 24h, 36% stay as they are
    if (found.length > 2 && /e$/.test(found)) found = found.slice(0, -1);
    stems.set(word, found);
    return found;
  }

  /* Words as the ranker compares them: without apostrophes, so "can't" and "cant" are one word
   * in the pages, the query and the thesaurus alike. */
  function unquoted(text) { return text.replace(/['\u2019]/g, ""); }

  function plain(html) {
    return (html || "").replace(/<[^>]+>/g, " ").replace(/\u200b/g, "").toLowerCase();
  }

  // Per document, the same for every query (cleared when an index is loaded): its text as
  // snippets read it, and its title and text in plain words, for the marks.
  var snippetText = new Map();
  var plainTexts = new Map();
  function plainText(doc) {
    var key = doc.location, text = plainTexts.get(key);
    if (text === undefined) plainTexts.set(key, text = plain(doc.title) + " " + plain(doc.text));
    return text;
  }

  /* Tokens of a text: stemmed English words without function words, Chinese character pairs
   * without question words (a lone character stays itself). */
  function tokens(text, keepStopWords) {
    var out = [];
    text = unquoted(text);
    (text.match(LATIN) || []).forEach(function (word) {
      if (keepStopWords || !STOP.has(word)) out.push(stem(word));
    });
    (text.match(HAN_RUN) || []).forEach(function (run) {
      if (run.length === 1) out.push(run);
      for (var i = 0; i + 1 < run.length; i++) {
        if (keepStopWords || !ZH_STOP.has(run.substr(i, 2))) out.push(run.substr(i, 2));
      }
    });
    return out;
  }

  /* Adjacent English words of one clause ("nobody contacted", "share screen"), as extra index
   * tokens: a page that says the reader's words together beats one that says them apart. */
  function pairs(text) {
    var out = [];
    unquoted(text).split(/[.,;:!?\u00b7()\[\]"\u201c\u201d<>]/).forEach(function (clause) {
      var words = (clause.match(LATIN) || []).filter(function (w) { return !STOP.has(w); }).map(stem);
      for (var i = 0; i + 1 < words.length; i++) out.push(words[i] + " " + words[i + 1]);
    });
    return out;
  }

  function build(setup) {
    snippetText.clear();
    plainTexts.clear();
    var docs = setup.docs.map(function (doc) {
      var fields = {};
      Object.keys(FIELDS).forEach(function (name) {
        var text = plain(doc[name]);
        var list = tokens(text).concat(pairs(text));
        var tf = new Map();
        list.forEach(function (t) { tf.set(t, (tf.get(t) || 0) + 1); });
        fields[name] = { tf: tf, length: list.length };
      });
      var section = doc.location.indexOf("#") >= 0 && !OUTCOME.test(doc.location);
      return { doc: doc, fields: fields, prior: prior(doc.location), ownTerms: section && fields.terms.length > 0 };
    });
    var df = new Map(), average = {};
    Object.keys(FIELDS).forEach(function (name) {
      average[name] = docs.reduce(function (sum, d) { return sum + d.fields[name].length; }, 0) / docs.length || 1;
    });
    docs.forEach(function (d) {
      var seen = new Set();
      Object.keys(FIELDS).forEach(function (name) { d.fields[name].tf.forEach(function (_, t) { seen.add(t); }); });
      seen.forEach(function (t) { df.set(t, (df.get(t) || 0) + 1); });
    });
    var latin = [];
    df.forEach(function (_, t) { if (!HAS_HAN.test(t) && t.indexOf(" ") < 0) latin.push(t); });  // words, not pairs
    var groups = setup.config.thesaurus || [], names = [];
    groups.forEach(function (group) {
      (group.names || []).forEach(function (name) { names.push({ name: name, spans: matcher(name), as: group.as }); });
    });
    names.sort(function (a, b) { return b.name.length - a.name.length; });  // 京东金条 before 京东: see plainNames
    return {
      docs: docs, df: df, average: average, latin: latin, idf: new Map(),
      shorthand: setup.config.shorthand || {},
      names: names,
      thesaurus: groups.filter(function (group) { return !group.names; }).map(function (group) {
        var words = Array.isArray(group) ? group : group.words;
        var entries = words.map(function (word) {
          var spans = matcher(word);
          return { word: word, tokens: tokens(word).length ? tokens(word) : tokens(word, true), spans: spans };
        });
        entries.first = group.first;  // a safety answer: see firstAnswers
        return entries;
      })
    };
  }

  /* The home page and the tree's own intro mention every topic in passing, the about page is
   * about the site, and the glossary explains each term in a line: none of them is the reader's
   * problem, so they must not outrank the page about the topic. */
  function prior(location) {
    // the home page is a hub; its own sections (helplines, the quick exit) are answers
    if (location === "") return 0.6;
    if (location === "what-to-do/") return 0.5;
    if (location.indexOf("about/") === 0) return 0.7;
    // the glossary names every term in a line or two: the page about the topic answers better,
    // unless the reader asks what a word means (see DEFINITION)
    if (location.indexOf(GLOSSARY) === 0) return GLOSSARY_PRIOR;
    if (OUTCOME.test(location)) return 1.15;
    if (location.indexOf("#") < 0) return 1.3;
    return 1;
  }

  function escape(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  /* Where a thesaurus word occurs in a query: [start, end) of each occurrence. English words
   * whole, Chinese anywhere; unquoted, as the query is. */
  function matcher(word) {
    word = unquoted(word);
    var pattern = HAS_HAN.test(word) ? new RegExp(escape(word), "g")
      : new RegExp("(?:^|[^a-z0-9])" + escape(word) + "(?=$|[^a-z0-9])", "g");
    return function (query) {
      var spans = [], match;
      pattern.lastIndex = 0;
      while ((match = pattern.exec(query))) {
        var start = match.index + match[0].length - word.length;
        spans.push([start, start + word.length]);
        pattern.lastIndex = start + 1;
      }
      return spans;
    };
  }

  function editsWithin(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return false;
    var previous = [], current;
    for (var j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        best = Math.min(best, current[j]);
      }
      if (best > limit) return false;
      previous = current;
    }
    return previous[b.length] <= limit;
  }

  /* Index tokens a query token stands for, each with a weight: itself, words it begins or that
   * begin it (calls, calling), or, failing those, words one typo away (colector). */
  function variants(token, last) {
    if (HAS_HAN.test(token) || /^\d/.test(token)) return ranker.df.has(token) ? [[token, 1]] : [];
    var found = ranker.df.has(token) ? [[token, 1]] : [];
    ranker.latin.forEach(function (t) {
      if (t === token) return;
      var shorter = Math.min(t.length, token.length);
      if ((shorter >= 4 || (last && token.length >= 2)) && (t.indexOf(token) === 0 || token.indexOf(t) === 0 && t.length >= 4)) {
        found.push([t, 0.7]);
      }
    });
    if (!found.length && token.length >= 5) {
      ranker.latin.forEach(function (t) {
        if (editsWithin(token, t, token.length >= 8 ? 2 : 1)) found.push([t, 0.6]);
      });
    }
    return found;
  }

  /* A reader's Chinese is not cut into words; cut it with the words the pages use (segment) and
   * sort its character pairs into those inside a word (逾期, 工资) and those that straddle two
   * (和平 in 和平台): a straddling pair is often a rare accident of the page text, and would
   * otherwise weigh like a telling word. */
  function pairsByWord(run, whole, loose) {
    var at = 0, ends = new Set();
    segment(run).forEach(function (piece) { ends.add(at += piece.length); });
    for (var i = 0; i + 1 < run.length; i++) (ends.has(i + 1) ? loose : whole).add(run.substr(i, 2));
  }

  function idf(token) {
    var known = ranker.idf.get(token);  // every query asks again for the same few hundred tokens
    if (known === undefined) {
      var n = ranker.docs.length, df = ranker.df.get(token) || 0;
      ranker.idf.set(token, known = Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return known;
  }

  // called for every document, concept and variant of a query: plain loops, no closures
  function tokenScore(entry, token, withTerms) {
    var score = 0;
    for (var i = 0; i < FIELD_NAMES.length; i++) {
      var name = FIELD_NAMES[i], field = entry.fields[name], tf = field.tf.get(token);
      if (!tf || (name === "terms" && !withTerms)) continue;
      var b = name === "terms" ? 0 : B;  // reader phrasings are examples: more of them dilute none
      var norm = K1 * (1 - b + b * field.length / ranker.average[name]);
      score += FIELDS[name] * tf * (K1 + 1) / (tf + norm);
    }
    return score ? score * idf(token) : 0;
  }

  /* The query as the thesaurus matchers read it: lower case, single spaces, a space each side. */
  function queryText(query) {
    return " " + unquoted(query.toLowerCase()).replace(/\s+/g, " ") + " ";
  }

  /* The query as concepts: each of the reader's tokens, and each thesaurus group it touches.
   * A concept's weight is how rare (telling) its best index token is; unknown ones weigh 0. */
  function concepts(query) {
    var text = queryText(query);
    var list = [];
    var short = shorthand(text);
    // the reader's own Chinese with each shorthand read as its first word ("被qs了" as 被起诉了),
    // so the characters around it pair up as they would in the pages; the shorthand's own
    // tokens are its concept's
    var read = text, inShort = new Set();
    short.forEach(function (concept, word) {
      read = read.replace(new RegExp("(^|[^a-z0-9])" + word + "(?=$|[^a-z0-9])", "g"), "$1" + concept.first);
      concept.alternatives.forEach(function (alt) { alt.forEach(function (v) { inShort.add(v[0][0]); }); });
    });
    var own = tokens(read);
    // the word still being typed, which may be cut short: the query's last, if no space follows
    var typing = (unquoted(query.toLowerCase()).match(/[a-z0-9][a-z0-9%]*$/) || [""])[0];
    typing = typing && !STOP.has(typing) ? stem(typing) : null;
    var whole = new Set(), loose = new Set();
    (read.match(HAN_RUN) || []).forEach(function (run) { pairsByWord(run, whole, loose); });
    own.forEach(function (token) {
      if (inShort.has(token) || list.some(function (c) { return c.token === token; })) return;
      var found = variants(token, token === typing);
      var weight = Math.max.apply(null, [0].concat(found.map(function (v) { return idf(v[0]); })));
      var factor = loose.has(token) && !whole.has(token) ? SPLIT_PAIR : 1;
      if (weight > 0) list.push({ token: token, alternatives: [[found]], weight: weight * factor, own: true, factor: factor });
    });
    short.forEach(function (concept) { list.push(concept); });
    pairs(text).forEach(function (pair) {
      if (ranker.df.has(pair) && !list.some(function (c) { return c.token === pair; })) {
        list.push({ token: pair, alternatives: [[[[pair, 1]]]], weight: PAIR * idf(pair), own: true, factor: PAIR });
      }
    });
    var found = ranker.thesaurus.map(function (group) {
      return group.map(function (entry) { return entry.spans(text); });
    });
    var all = [].concat.apply([], [].concat.apply([], found));
    // a word inside a longer thesaurus phrase of the query ("report" in "credit report") is
    // that phrase, not a word of its own
    function inside(span) {
      return all.some(function (other) {
        return other[0] <= span[0] && span[1] <= other[1] && other[1] - other[0] > span[1] - span[0];
      });
    }
    ranker.thesaurus.forEach(function (group, g) {
      var typed = group.filter(function (entry, e) { return found[g][e].some(function (span) { return !inside(span); }); });
      if (!typed.length) return;
      // a reader's word that no page uses (想死, suicidal) is represented by its group alone:
      // the group then stands for the reader's own word, at full weight
      var unknown = typed.every(function (entry) { return !entry.tokens.some(function (t) { return ranker.df.has(t); }); });
      var alternatives = indexedAlternatives(group.map(function (entry) { return entry.tokens; }));
      if (!alternatives.length) return;
      var weight = (unknown ? 1 : EXPANSION) * alternativesWeight(alternatives);
      list.push({ alternatives: alternatives, weight: weight, own: unknown, factor: 1 });
    });
    return list;
  }

  /* A concept's alternatives, one per word (each a list of its tokens), as conceptScore reads
   * them: only the words whose every token is in the index. */
  function indexedAlternatives(tokenLists) {
    return tokenLists.map(function (list) {
      return list.map(function (t) { return ranker.df.has(t) ? [[t, 1]] : []; });
    }).filter(function (alt) { return alt.length && alt.every(function (v) { return v.length; }); });
  }

  /* How telling such a concept is: its best alternative, each as telling as its most common token. */
  function alternativesWeight(alternatives) {
    return Math.max.apply(null, alternatives.map(function (alt) {
      return Math.min.apply(null, alt.map(function (v) { return idf(v[0][0]); }));
    }));
  }

  /* Pinyin shorthand in the query (yq, zx, "网贷yq了"): {the Latin word: concept}, each
   * concept standing for the site's words with that pinyin (config.shorthand, written by the
   * build from the index's own words), as alternatives like a thesaurus group's. Only a whole
   * Latin token, and only one that no page uses as a word of its own. */
  function shorthand(text) {
    var found = new Map();
    (text.match(LATIN) || []).forEach(function (word) {
      var words = ranker.shorthand[word];
      if (!words || ranker.df.has(stem(word)) || found.has(word)) return;
      var alternatives = indexedAlternatives(words.map(function (w) { return tokens(w); }));
      if (!alternatives.length) return;
      found.set(word, { alternatives: alternatives, weight: alternativesWeight(alternatives), own: true, factor: 1,
                        first: words[0] });
    });
    return found;
  }

  /* A concept's score in a document: its best alternative (the mean over the alternative's
   * tokens, each at its best variant). */
  function conceptScore(entry, concept, withTerms) {
    var scores = concept.alternatives.map(function (alternative) {
      var sum = 0;
      for (var i = 0; i < alternative.length; i++) {
        var found = alternative[i], top = 0;
        for (var j = 0; j < found.length; j++) top = Math.max(top, found[j][1] * tokenScore(entry, found[j][0], withTerms));
        sum += top;
      }
      return sum / alternative.length;
    }).sort(function (a, b) { return b - a; });
    return scores.reduce(function (sum, s, i) { return sum + s * Math.pow(MORE, i); }, 0);
  }

  /* A lender's name is no topic: 分期乐 is not about 分期, and "jiebei keeps texting me" is about
   * the texts. Each name is read as the plain word for a lender (its group's `as`), which keeps a
   * bare name from finding nothing. The query keeps its last space (a word before it is finished,
   * see concepts' `typing`). */
  function plainNames(query) {
    var text = queryText(query);
    ranker.names.forEach(function (name) {
      name.spans(text).reverse().forEach(function (span) {
        text = text.slice(0, span[0]) + " " + name.as + " " + text.slice(span[1]);
      });
    });
    return text.slice(1, -1);  // without the space each side queryText added
  }

  function rank(query) {
    var safety = safetyAnswers(plainNames(query).replace(INTENSIFIER, "$1 "));
    // "what does X mean": the question is the glossary's, X is what it is about
    var defining = DEFINITION.test(safety.rest);
    var list = concepts(defining ? safety.rest.replace(DEFINITION_WORDS, " ") : safety.rest);
    var total = list.reduce(function (sum, c) { return sum + c.weight; }, 0);
    var scored = [];
    // a section's own phrasings (section_terms) choose which section leads its page's group
    // (`placed`, see result), and move it among the results only a little (SECTION_TERMS)
    if (total) ranker.docs.forEach(function (entry) {
      var score = documentScore(entry, list, total, !entry.ownTerms);
      var placed = entry.ownTerms ? documentScore(entry, list, total, true) : score;
      if (defining && entry.doc.location.indexOf(GLOSSARY) === 0) { score /= GLOSSARY_PRIOR; placed /= GLOSSARY_PRIOR; }
      score += SECTION_TERMS * (placed - score);
      if (placed > 0) scored.push({ entry: entry, score: score, placed: placed });
    });
    scored.sort(function (a, b) { return b.score - a.score; });
    addPageEvidence(scored);
    preferTopicPages(scored);
    if (defining) defineFirst(scored, list, total);
    // a situation named beside the safety words: a word of its own found something (a lone
    // character left over, the 了 of 不想活了, is not one)
    var situation = scored.length > 0 && list.some(function (c) { return c.own && c.token && c.token.length > 1; });
    firstAnswers(safety.groups, scored, situation);
    var floor = scored.length ? scored[0].score * KEEP : 0;
    return { scored: scored.filter(function (s) { return s.score >= floor || s.placed >= floor; }),
             concepts: list, total: total };
  }

  /* A document's score for the query's concepts: how well it matches each, times how much of the
   * query it covers (an unknown word costs nothing), times its prior. */
  function documentScore(entry, list, total, withTerms) {
    var score = 0, covered = 0;
    list.forEach(function (concept) {
      var s = conceptScore(entry, concept, withTerms);
      if (s > 0) { score += (concept.own ? 1 : EXPANSION) * concept.factor * s; covered += concept.weight; }
    });
    return score > 0 ? score * (0.25 + covered / total) * entry.prior : 0;
  }

  /* How much of the query a document's own heading names: the weight of the query's concepts
   * found in its title field, as a share of all of them. */
  function headingShare(entry, list, total) {
    var title = entry.fields.title.tf, named = 0;
    list.forEach(function (concept) {
      var found = concept.alternatives.some(function (alternative) {
        return alternative.every(function (variants) { return variants.some(function (v) { return title.has(v[0]); }); });
      });
      if (found) named += concept.weight;
    });
    return total ? named / total : 0;
  }

  /* "What does X mean": a glossary entry headed X goes first, the definition the reader asked
   * for, with its link to the page that says more (the rest keep their order). */
  function defineFirst(scored, list, total) {
    if (!scored.length) return;
    var top = scored[0].score;
    scored.forEach(function (s) {
      if (s.entry.doc.location.indexOf(GLOSSARY + "#") === 0 && headingShare(s.entry, list, total) >= DEFINED) s.score = Math.max(s.score, top * 1.0001);
    });
    scored.sort(function (a, b) { return b.score - a.score; });
  }

  /* A guide page answers with all its sections: when several match, the page is more likely
   * the one the reader is after than a page with one matching passage. Its best entry gains a
   * share of the others' scores. The tree's outcomes are answers of their own and gain nothing. */
  function addPageEvidence(scored) {
    var best = new Map();
    scored.forEach(function (s) {
      var location = s.entry.doc.location;
      if (OUTCOME.test(location)) return;
      var page = location.split("#")[0];
      var group = best.get(page);
      if (!group) best.set(page, { lead: s, bonus: 0, n: 0 });
      else group.bonus += s.score * Math.pow(EVIDENCE_DECAY, group.n++);
    });
    best.forEach(function (group) { group.lead.score += PAGE_EVIDENCE * group.bonus; });
    scored.sort(function (a, b) { return b.score - a.score; });
  }

  /* A tree outcome is the short answer for one situation and links to the guide section that
   * explains it (its `see`). When both match the query about as well, the section comes first:
   * it is the fuller answer, and the outcome stays just below it. */
  function preferTopicPages(scored) {
    var at = new Map();
    scored.forEach(function (s) { at.set(s.entry.doc.location, s); });
    scored.forEach(function (s) {
      if (!OUTCOME.test(s.entry.doc.location)) return;  // a glossary entry's `see` only pairs (pairCounterparts)
      (s.entry.doc.see || []).forEach(function (location) {
        var page = at.get(location);
        if (page && page.score < s.score && page.score >= TOPIC_FIRST * s.score) page.score = s.score * 1.0001;
      });
    });
    scored.sort(function (a, b) { return b.score - a.score; });
  }

  /* The safety answers (thesaurus groups with `first`) whose words the reader used, and the
   * query without those words: they open the crisis result (see firstAnswers) and must not rank
   * other pages too ("die" would find the heirs of someone who died); the rest of the query
   * ranks as usual. */
  function safetyAnswers(query) {
    var text = queryText(query), blanked = text, groups = [];
    ranker.thesaurus.forEach(function (group) {
      if (!group.first) return;
      group.forEach(function (entry) {
        entry.spans(text).forEach(function (span) {
          blanked = blanked.slice(0, span[0]) + " ".repeat(span[1] - span[0]) + blanked.slice(span[1]);
          if (groups.indexOf(group) < 0) groups.push(group);
        });
      });
    });
    return { groups: groups, rest: groups.length ? blanked.trim() : query };
  }

  /* A safety answer the reader's words opened (see safetyAnswers) leads: someone who types that
   * they want to die sees the crisis line first, whatever else their query matched, and the
   * guide section it links to (its first `see`) next, rather than a page that shares a word
   * ("die" in "my father died"). */
  function firstAnswers(groups, scored, situation) {
    groups.forEach(function (group) {
      var entry = ranker.docs.find(function (e) {
        var location = e.doc.location;
        return location === group.first || location.indexOf(group.first + "--") === 0;
      });
      if (!entry) return;
      var top = scored.length ? scored[0].score : 1;
      function lead(found, share) {  // move to the front, scoring just above the best
        var at = scored.findIndex(function (s) { return s.entry === found; });
        if (at >= 0) scored.splice(at, 1);
        scored.unshift({ entry: found, score: top * share });
      }
      var see = (entry.doc.see || [])[0];
      var next = see && ranker.docs.find(function (e) { return e.doc.location === see; });
      if (next && situation) {
        // the reader named a situation too ("活不下去了 天天打我爸妈电话"): its result comes
        // right after the safety answer, which still shows its section as its counterpart
        var at = scored.findIndex(function (s) { return s.entry === next; });
        var kept = at >= 0 ? scored.splice(at, 1)[0].score : 0;
        // ... its first section above its other sections (or their pages), so that one is the
        // section shown with it (see pairCounterparts)
        var found = new Map();
        scored.forEach(function (s) { found.set(s.entry.doc.location, s.score); });
        var others = entry.doc.see.slice(1).map(function (l) {
          return 1.001 * Math.max(found.get(l) || 0, found.get(l.split("#")[0]) || 0);
        });
        scored.push({ entry: next, score: Math.max.apply(null, [kept, top * 1.01 * PAIR_SHARE * 1.01].concat(others)) });
        scored.sort(function (a, b) { return b.score - a.score; });
      } else if (next) {
        lead(next, 1.005);
      }
      lead(entry, 1.01);
    });
  }

  /* A document's score for its place within its page's group: a section whose heading names
   * what the reader asks about leads (the page's text and hidden phrasings found the page, the
   * headings say which part answers); the page's summary of actions gives way to a section
   * about the subject (see SUMMARY). */
  function placedScore(s, ranked) {
    var location = s.entry.doc.location;
    if (OUTCOME.test(location) || location.indexOf("#") < 0) return s.score;
    var summary = SUMMARY_SECTION.test(location) ? SUMMARY : 1;
    return Math.max(s.score, s.placed || 0) * summary * (1 + HEADING * headingShare(s.entry, ranked.concepts, ranked.total));
  }

  /* Material's result: documents grouped by page, best first, each group holding its page.
   * The best tree outcome is an answer of its own: it gets its own group, which Material
   * shows as one titled link that opens the tree at that step; the next best is then the tree
   * page's visible section. More groups of outcomes would crowd out the pages. */
  function result(query) {
    var ranked = rank(query), scored = ranked.scored;
    var marks = highlighter(query.replace(DEFINITION_WORDS, " "));  // the question words are no match
    var groups = new Map(), byLocation = new Map();
    ranker.docs.forEach(function (entry) { byLocation.set(entry.doc.location, entry.doc); });
    var outcomes = 0;
    var placed = new Set(), placedScores = new Map();
    scored.forEach(function (s) { placedScores.set(s.entry.doc.location, placedScore(s, ranked)); });
    scored.forEach(function (s) {
      var doc = s.entry.doc, location = doc.location;
      if (placed.has(location)) return;
      var own = OUTCOME.test(location) && outcomes++ < OUTCOME_GROUPS;
      var page = own ? location : location.split("#")[0];
      if (!groups.has(page)) groups.set(page, []);
      // a subsection shows under its own heading: the section it sits in comes first, level
      // with it, so Material keeps both in view (its h2 may have no text of its own)
      var parent = !own && typeof doc.under === "string" && byLocation.get(doc.under);
      var score = placedScores.get(location);
      if (parent && !placed.has(parent.location)) {
        groups.get(page).push(item(parent, score, marks));
        placed.add(parent.location);
      }
      groups.get(page).push(item(doc, score, marks));
      placed.add(location);
    });
    groups.forEach(function (items, page) {
      // a section shows level with its best subsection (it holds the subsection's heading)
      var at = new Map();
      items.forEach(function (i) { at.set(i.location, i); });
      items.forEach(function (i) {
        var parent = at.get(byLocation.get(i.location).under);
        if (parent && parent.score < i.score) parent.score = i.score;
      });
      items.sort(function (a, b) { return b.score - a.score; });  // stable: a parent stays above its subsection
      if (page.indexOf("#") < 0 && !items.some(function (i) { return i.location === page; }) && byLocation.has(page)) {
        items.push(item(byLocation.get(page), 0, marks));
      }
      showBestSection(items);
      showRunnerUp(items);
    });
    pairCounterparts(groups, ranked, placedScores, byLocation, marks);
    return { items: Array.from(groups.values()) };
  }

  /* The tree and the guide answer one situation twice: an outcome is the short answer (what to
   * do now), the guide section it links to (its `see`) the fuller one, and a reader may be after
   * either; a glossary entry and the section where its term matters (its `see`) are the same
   * pair for a bare term. So each of the first results shows its counterpart with it, when that
   * matches the query too: an outcome or a glossary entry its best-matching `see` section, a
   * guide page the best-matching outcome or entry that links into it. Only the first PAIRED
   * results, the ones a reader looks at; a counterpart already shown above is not shown again,
   * and one shown further down only here (a result's own title link stays where it is). */
  function pairCounterparts(groups, ranked, placedScores, byLocation, marks) {
    var scored = ranked.scored, score = new Map(), shown = new Set();
    scored.forEach(function (s) { score.set(s.entry.doc.location, s.score); });
    function placed(location) { return placedScores.get(location) || 0; }  // see placedScore
    function ownSection(page) {  // the page's best section by its own words (not its summary)
      var found = null, most = PAIR_SHARE * (score.get(page) || 0);
      scored.forEach(function (s) {
        var location = s.entry.doc.location;
        if (location.indexOf(page + "#") === 0 && !SUMMARY_SECTION.test(location) && placed(location) >= most) {
          most = placed(location); found = s.entry.doc;
        }
      });
      return found;
    }
    Array.from(groups.keys()).slice(0, PAIRED).forEach(function (head) {
      var items = groups.get(head), top = items[0].score, outcome = OUTCOME.test(head);
      items.forEach(function (i) { shown.add(i.location); });
      var partner = null, best = PAIR_SHARE * top, bestWithin = 0;
      // `within` breaks a tie: which of one page's sections answers (see placedScore)
      function consider(doc, value, within) {
        if (doc && (value > best || (value === best && partner && within > bestWithin))) {
          best = value; bestWithin = within || 0; partner = doc;
        }
      }
      // an outcome's own group, or the glossary's led by an entry (the tree page's group is a page's)
      var lead = byLocation.get(outcome ? head : head === GLOSSARY ? items[0].location : null);
      if (lead && lead.see) {
        lead.see.forEach(function (location) {
          // a section matches by its own words or its page's (the page holds the search_terms);
          // of one page's sections, matching as well as it, the one the query is about
          consider(byLocation.get(location), Math.max(score.get(location) || 0, score.get(location.split("#")[0]) || 0),
                   placed(location));
        });
        // linked for its page's words more than its own: the page's section that the query's
        // own words found answers better, when it matches OWN_SECTION times as well
        var home = partner && partner.location.split("#")[0];
        if (partner && (score.get(partner.location) || 0) < PAIR_SHARE * (score.get(home) || 0)) {
          var better = ownSection(home);
          if (better && placed(better.location) >= OWN_SECTION * placed(partner.location)) partner = better;
        }
      } else {
        scored.forEach(function (s) {
          var doc = s.entry.doc;
          if (!(doc.see || []).some(function (l) { return l.split("#")[0] === head; })) return;
          // a query that names a glossary term (个性化分期) pairs the page with its definition
          var named = doc.location.indexOf(GLOSSARY + "#") === 0 && headingShare(s.entry, ranked.concepts, ranked.total) >= DEFINED;
          consider(doc, named ? s.score / GLOSSARY_PRIOR : s.score);
        });
      }
      if (!partner || shown.has(partner.location)) return;
      shown.add(partner.location);
      groups.forEach(function (other, key) {
        var at = other === items || key === partner.location ? -1
          : other.findIndex(function (i) { return i.location === partner.location; });
        if (at < 0) return;
        other.splice(at, 1);
        showBestSection(other);
        showRunnerUp(other);
      });
      // a pointer to another page, not a second full answer: named with its page, one sentence
      var paired = item(partner, top, marks, POINTER);
      var home = byLocation.get(partner.location.split("#")[0]);
      if (home) paired.title = marks.apply(home.title + " \u203a " + (partner.title || ""));
      if (outcome) {
        // with no whole page in a group, Material heads it with the group's last item: the outcome
        items.unshift(paired);
      } else {
        // after the sections shown with the page (Material shows those scoring as high as the first)
        var at = items.findIndex(function (i) { return i.location.indexOf("#") >= 0 && i.score < top; });
        items.splice(at < 0 ? items.length : at, 0, paired);
      }
    });
  }

  /* Material shows only the sections that score at least as high as a group's first item. A
   * section close behind it (a sibling in the tree: pay within the period, or ask for time) is
   * shown with it too, instead of folding away into "N more". */
  function showRunnerUp(items) {
    // the best section not shown already (a section level with its subsection is one answer)
    var runnerUp = items.find(function (i) { return i.location.indexOf("#") >= 0 && i.score < items[0].score; });
    if (runnerUp && runnerUp.score >= RUNNER_UP * items[0].score) {
      runnerUp.score = items[0].score;
    }
  }

  /* Material always shows a group's page, then only the sections scoring at least as high as
   * the group's first item. When the page itself comes first (its hidden search_terms often make
   * it score highest), its best section, the part that answers the query, would fold away into
   * "N more": lead with it instead, so the reader can open the answer directly. */
  function showBestSection(items) {
    var pageAt = items.findIndex(function (i) { return i.location.indexOf("#") < 0; });
    if (pageAt !== 0 || items.length < 2) return;
    var best = items[1];
    var lead = items.filter(function (i) { return i !== items[0] && i.score === best.score; });
    var rest = items.filter(function (i) { return lead.indexOf(i) < 0; });
    items.length = 0;
    Array.prototype.push.apply(items, lead.concat(rest));
  }

  function item(doc, score, marks, budget) {
    // a tree outcome from its start, its short answer (its end lists the answers that lead there)
    var text = snippet(doc.text, OUTCOME.test(doc.location) ? null : marks, budget || SNIPPET);
    return { location: doc.location, title: marks.apply(doc.title || ""), text: marks.apply(text),
             score: score, terms: marks.terms(doc) };
  }

  /* A result's text as a snippet, so that a phone shows several results on its first screen
   * rather than one long section: plain text from the sentence holding most of the reader's words
   * (given `marks`; the first, of equals), cut at a word's end after about `budget` units (a
   * Chinese character is two, the segmenter's zero-width spaces nothing). */
  function snippet(html, marks, budget) {
    var text = snippetText.get(html || "");
    if (text === undefined) {
      snippetText.set(html || "", text = (html || "").replace(/<\/(p|li|h[1-6]|td|th|div)>/gi, "\u0001").replace(/<[^>]+>/g, " ")
        .replace(/\[\d+\]/g, "")  // citation marks: links on the page, noise here
        .replace(/([^.\u3002!?\uff01\uff1f:\uff1a;\uff1b\s\u0001])\s*\u0001/g, "$1 \u00b7 ")  // a block's end ends a sentence
        .replace(/[\s\u0001]+/g, " ").replace(/ \u00b7 ?$/, "").trim());  // nothing follows the last block
    }
    var start = 0, most = 0;
    if (marks) text.replace(SENTENCE, function (sentence, at) {
      var found = marks.count(sentence);
      if (found > most) { most = found; start = at; }
    });
    if (start <= budget / 4) start = 0;  // near the top: show the top
    else start += text.slice(start).search(/\S/);
    var out = "", used = 0;
    for (var i = start; i < text.length && used < budget; i++) {
      out += text.charAt(i);
      used += HAS_HAN.test(text.charAt(i)) ? 2 : text.charAt(i) === "\u200b" ? 0 : 1;
    }
    if (i < text.length) out = out.replace(/[a-z0-9%&#;]+$/i, "").replace(/[\s(\uff08\u00b7,\uff0c\u3001]+$/, "") + "\u2026";
    return (start > 0 ? "\u2026" : "") + out.trim();
  }

  /* <mark> the reader's words in a result, outside tags; Chinese pairs may straddle the
   * zero-width spaces that the build's segmenter left between words. */
  function highlighter(query) {
    var words = [];
    var lower = query.toLowerCase();
    // English words from their start ("court" marks "courts"); short ones whole, or "no" would
    // mark the start of "now"
    (lower.match(LATIN) || []).forEach(function (w) {
      if (w.length > 1 && !STOP.has(w)) words.push("\\b" + escape(w) + (w.length < 4 ? "\\b" : ""));
    });
    (lower.match(HAN_RUN) || []).forEach(function (run) {
      for (var i = 0; i + 1 < run.length; i++) if (ranker.df.has(run.substr(i, 2))) words.push(escape(run.charAt(i)) + "\u200b?" + escape(run.charAt(i + 1)));
    });
    var pattern = words.length ? new RegExp("(" + words.join("|") + ")", "gi") : null;
    var originals = (lower.match(LATIN) || []).concat(lower.match(HAN_RUN) || []);
    return {
      apply: function (html) {
        if (!pattern) return html;
        return html.split(/(<[^>]+>)/).map(function (part) {
          return part.charAt(0) === "<" ? part : part.replace(pattern, "<mark>$1</mark>");
        }).join("");
      },
      count: function (text) {  // how many of the reader's words a plain text holds
        var found = new Set();
        (pattern && text.match(pattern) || []).forEach(function (m) { found.add(m.toLowerCase().replace(/\u200b/g, "")); });
        return found.size;
      },
      terms: function (doc) {
        var text = plainText(doc);
        var terms = {};
        originals.forEach(function (w) { if (text.indexOf(w) >= 0) terms[w] = true; });
        return terms;
      }
    };
  }

  // ---- the pages' Chinese words: the ranker cuts queries with them, and so does the fallback --
  var vocabulary = new Set();
  var longest = 1;

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

  /* A Chinese run as pieces, longest indexed word first; a character in no indexed word is a
   * piece of its own. */
  function segment(run) {
    var pieces = [];
    for (var start = 0; start < run.length; start += pieces[pieces.length - 1].length) {
      var size = Math.min(longest, run.length - start);
      while (size > 1 && !vocabulary.has(run.substr(start, size))) size--;
      pieces.push(run.substr(start, size));
    }
    return pieces;
  }

  /* Material's own search, if the ranker fails: a run cut into indexed words (unknown
   * characters dropped), or left whole when none is indexed. */
  function cut(run) {
    var words = segment(run).filter(function (piece) { return vocabulary.has(piece); });
    return words.length ? words.join(" ") : run;
  }

  /* The index file marks Chinese word breaks with one byte (config.word_break), not U+200B's
   * three (guide/search/index.py, pack_word_breaks): put U+200B back, so everything after reads
   * the index as the search plugin wrote it. */
  function unpackWordBreaks(setup) {
    var mark = setup.config && setup.config.word_break;
    if (!mark) return;
    setup.docs.forEach(function (doc) {
      Object.keys(doc).forEach(function (key) {
        if (typeof doc[key] === "string") doc[key] = doc[key].split(mark).join("\u200b");
      });
    });
    delete setup.config.word_break;
  }

  var listen = self.addEventListener.bind(self);
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return listen(type, listener, options);
    return listen(type, function (event) {
      var message = event.data;
      if (message && message.type === 0 && message.data) {
        unpackWordBreaks(message.data);
        learn(message.data);
        try { ranker = build(message.data); } catch (error) { ranker = null; console.warn(error); }
      }
      if (message && message.type === 2 && typeof message.data === "string") {
        if (ranker) {
          try { self.postMessage({ type: 3, data: result(message.data) }); return; } catch (error) { console.warn(error); }
        }
        if (vocabulary.size) message.data = message.data.replace(HAN_RUN, cut);
      }
      return listener.call(this, event);
    }, options);
  };

  var material = new URLSearchParams(self.location.search).get("material");
  if (material && /^[\w.-]+\.js$/.test(material)) importScripts(material);
})();
