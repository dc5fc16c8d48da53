"""Material's stylesheets lose the rules nothing on the site can match (guide/delivery/css_prune.py,
hooks/minify_assets.py): unit tests of the parser and the decisions, and a browser check that no
rule the theme's own file applies to a page, in either colour scheme, with search open, went."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.delivery.css_prune import CssSyntaxError, Group, Rule, Vocabulary, parse, prune, split_selectors

import material

THEME = Path(material.__file__).parent / "templates"


def words(html: str = "", js: str = "") -> Vocabulary:
    return Vocabulary([html], [js])


def test_rules_whose_classes_appear_nowhere_go_the_rest_stays_whole():
    css = (".used{color:red}.unused{color:blue}.used .unused,.used>p{margin:0}"
           "@media screen{.unused{top:0}}@media print{.used{top:1px}}p{x:1}")
    assert prune(css, words('<p class="used">')) == (
        ".used{color:red}.used>p{margin:0}@media print{.used{top:1px}}p{x:1}")


def test_classes_from_scripts_and_whole_words_only():
    css = ".md-dialog{a:1}.md-dialog__inner{b:2}.md{c:3}"
    # The bundle creates .md-dialog; "md-dialog__inner" is not the word "md", nor is "md-dialog".
    assert prune(css, words("", 'e.className="md-dialog"')) == ".md-dialog{a:1}"


def test_pseudo_class_arguments_and_attribute_values_are_not_read_as_classes():
    css = ('.a:not(.gone){x:1}:is(.gone,.a) b{x:2}.a[href$=".pdf"]{x:3}'
           '.a::before{content:"}{.gone"}.gone:hover{x:4}')
    assert prune(css, words('<a class="a">')) == (
        '.a:not(.gone){x:1}:is(.gone,.a) b{x:2}.a[href$=".pdf"]{x:3}.a::before{content:"}{.gone"}')


def test_only_the_palette_the_pages_name_is_kept():
    css = ("[data-md-color-primary=indigo]{--p:blue}[data-md-color-primary=custom] .x{--p:teal}"
           '[data-md-color-scheme="slate"]{--bg:#000}[data-md-color-accent=red]{--a:red}')
    html = '<body data-md-color-primary="custom" class="x"><input data-md-color-scheme="slate">red indigo'
    assert prune(css, words(html)) == '[data-md-color-primary=custom] .x{--p:teal}[data-md-color-scheme="slate"]{--bg:#000}'


def test_other_at_rules_and_statements_are_kept_and_the_source_map_comment_goes():
    css = ('@charset "utf-8";@font-face{font-family:x;src:url(a.woff)}@keyframes spin{0%{a:0}to{a:1}}'
           "@supports (display:grid){.gone{a:1}}.x{a:1}/*# sourceMappingURL=main.css.map */")
    assert prune(css, words('class="x"')) == (
        '@charset "utf-8";@font-face{font-family:x;src:url(a.woff)}@keyframes spin{0%{a:0}to{a:1}}.x{a:1}')


def test_parse_nests_groups_and_splits_selector_lists():
    nodes = parse("@media (min-width:1px){@supports (x:y){a,b{c:d}}}e{f:'}'}")
    assert isinstance(nodes[0], Group) and isinstance(nodes[0].children[0], Group)
    assert nodes[0].children[0].children == [Rule("a,b", "c:d")]
    assert nodes[1] == Rule("e", "f:'}'")
    assert split_selectors('a, :is(b, c), [x="1,2"]') == ["a", ":is(b, c)", '[x="1,2"]']


@pytest.mark.parametrize("css", [".a{b:c", ".a{b:'c}", "/* open", "}"])
def test_broken_css_is_an_error_not_a_silent_cut(css):
    with pytest.raises(CssSyntaxError):
        prune(css, words())


@pytest.mark.parametrize("name", ["main.*.min.css", "palette.*.min.css"])
def test_the_theme_files_parse_and_nothing_is_lost_when_everything_is_used(name):
    source = next((THEME / "assets" / "stylesheets").glob(name)).read_text(encoding="utf-8")

    class Everything(Vocabulary):
        def has_class(self, name):
            return True

        def has_palette_value(self, attribute, value):
            return True

    import re
    assert prune(source, Everything([])) == re.sub(r"/\*#[^*]*\*/", "", source).strip()


def test_built_site_ships_smaller_theme_stylesheets(built_site):
    for name in ("main.*.min.css", "palette.*.min.css"):
        built = next((built_site / "assets" / "stylesheets").glob(name))
        theme = THEME / "assets" / "stylesheets" / built.name
        assert len(built.read_bytes()) < 0.8 * len(theme.read_bytes()), built.name
        assert "sourceMappingURL" not in built.read_text(encoding="utf-8")


# Every selector of the theme's own file that matches an element of the page (state pseudo-classes
# and pseudo-elements taken off, so hover, focus and ::before rules count too) must be in the
# page's pruned sheet.
MISSING_RULES = """(sources) => {
  const split = (text) => { const out = []; let depth = 0, start = 0;
    for (let i = 0; i < text.length; i++) { const c = text[i];
      if (c === '(' || c === '[') depth++; else if (c === ')' || c === ']') depth--;
      else if (c === ',' && depth === 0) { out.push(text.slice(start, i).trim()); start = i + 1; } }
    out.push(text.slice(start).trim()); return out; };
  const selectors = (rules, into) => { for (const rule of rules) {
      if (rule.selectorText) split(rule.selectorText).forEach(s => into.push(s));
      if (rule.cssRules && !rule.selectorText) selectors(rule.cssRules, into); } return into; };
  const state = /::?(?:before|after|marker|placeholder|selection|-webkit-[\\w-]+|-moz-[\\w-]+)|:(?:hover|focus-visible|focus-within|focus|active|target)(?![\\w-])/g;
  const missing = [];
  let checked = 0;
  for (const [name, text] of Object.entries(sources)) {
    const live = [...document.styleSheets].find(s => s.href && s.href.includes('/' + name));
    if (!live) { missing.push('no stylesheet ' + name); continue; }
    const kept = new Set(selectors(live.cssRules, []));
    const original = new CSSStyleSheet(); original.replaceSync(text);
    for (const selector of selectors(original.cssRules, [])) {
      let matches = false;
      try { matches = document.querySelector(selector.replace(state, '')) !== null; } catch (e) { continue; }
      if (!matches) continue;
      checked++;
      if (!kept.has(selector)) missing.push(name + ': ' + selector);
    }
  }
  return {missing, checked};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["", "en/is-it-real/", "what-to-do/#q-contact"])
def test_no_rule_that_applies_to_a_page_was_dropped(browser, site_url, built_site, path, scheme):
    stylesheets = built_site / "assets" / "stylesheets"
    sources = {built.name: (THEME / "assets" / "stylesheets" / built.name).read_text(encoding="utf-8")
               for pattern in ("main.*.min.css", "palette.*.min.css") for built in stylesheets.glob(pattern)}
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        result = page.evaluate(MISSING_RULES, sources)
        # Search open with results: the bundle's own elements (result list, dialog) are there too.
        page.locator("label[for=__search]").first.click()
        page.locator("input.md-search__input").type("短信" if not path.startswith("en/") else "court")
        page.locator("input.md-search__input").press("End")
        page.wait_for_selector(".md-search-result__item", timeout=10000)
        searching = page.evaluate(MISSING_RULES, sources)
    finally:
        context.close()
    assert result["checked"] > 100 and searching["checked"] > result["checked"]
    assert result["missing"] == [] and searching["missing"] == []
