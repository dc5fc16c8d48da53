"""The CSS a page's first paint needs: the rules of its stylesheets that can match an element of
that page before a given point (guide/delivery/first_paint.py inlines them in <head> and loads the full
stylesheets at that point, where they block nothing before them).

Pure Python, no browser: the page is parsed into elements (html.parser) and each selector is
matched against them, right to left, as a browser does. What a static page cannot tell is
answered "maybe", and a rule that may match is kept, so the error is always on the side of
keeping:
- :checked, :target, :visited, :has(), form states and unknown pseudo-classes: maybe (a reader can
  tick the drawer's checkbox or open a #step address before the full stylesheets arrive);
- :hover, :active, :focus, :focus-visible, :focus-within: no (nothing has the pointer or the
  focus at the first paint; the full stylesheets bring them);
- the palette attributes on <body> (data-md-color-scheme ...) may take any value of the page's
  palette options: Material's inline script sets them from the reader's stored choice before the
  content is parsed, so light and dark both paint styled;
- a selector that cannot be parsed: kept.
Then custom properties that no kept declaration uses (directly or through another property) are
dropped: most of Material's :root holds icons as data: URIs for components a page does not have.
@media print blocks and @page go (printing happens after the full stylesheets have loaded).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
import html as html_module

from guide.delivery.css_prune import CssSyntaxError, Group, Raw, Rule, parse, split_selectors

NO, MAYBE, YES = 0, 1, 2

# Pseudo-classes that need the pointer or the focus: false at the first paint.
_INTERACTIVE = {"hover", "active", "focus", "focus-visible", "focus-within"}
CHECKED_AS_SERVED = True
# Attributes a script in the page sets before the content is parsed: element tag -> names.
PALETTE_ATTRIBUTES = ("data-md-color-scheme", "data-md-color-primary", "data-md-color-accent")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
# Start tags that close an open <p> (the HTML parser's implied end tags, the cases that occur).
_CLOSES_P = {"address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figure",
             "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol",
             "p", "pre", "section", "table", "ul"}
_VENDOR = re.compile(r":-(?:webkit|moz|ms|o)-", re.I)


@dataclass(eq=False)
class Element:
    tag: str
    attrs: dict[str, str]
    parent: "Element | None" = None
    children: list["Element"] = field(default_factory=list)
    index: int = 0          # document order
    position: int = 0       # among the parent's element children
    has_text: bool = False  # for :empty
    start: int = 0          # offset of its start tag in the page's text
    classes: frozenset = frozenset()
    # ("class", c), ("id", i), ("tag", t), ("attr", a) of every ancestor: a descendant step is
    # rejected at once when a compound needs one that no ancestor has; `keys`: the element's own.
    above: frozenset = frozenset()
    keys: frozenset = frozenset()


class _Builder:
    """Builds the element tree from the tags _scan finds, with the implied end tags that occur."""

    def __init__(self):
        self.root = Element("#document", {})
        self.stack = [self.root]
        self.elements: list[Element] = []
        self.marks: dict[str, int] = {}  # comment text -> number of elements before it
        self._above: dict[int, frozenset] = {}  # parent's index -> its children's `above`

    def start(self, tag: str, values: dict[str, str], at: int, closed: bool) -> None:
        if tag in ("li", "dt", "dd", "option", "tr", "td", "th") and self.stack[-1].tag == tag:
            self.stack.pop()
        elif tag in _CLOSES_P and self.stack[-1].tag == "p":
            self.stack.pop()
        parent = self.stack[-1]
        if parent.tag == "#document":
            above = frozenset()
        else:  # the same for every child of this parent: computed once (pages are ~1,000 elements deep in lists)
            above = self._above.get(parent.index)
            if above is None:
                above = self._above[parent.index] = parent.above | parent.keys
        classes, keys = _keys_of(tag, values)
        element = Element(tag, values, parent, index=len(self.elements), position=len(parent.children), start=at,
                          classes=classes, above=above, keys=keys)
        parent.children.append(element)
        self.elements.append(element)
        if tag not in _VOID and not closed:
            self.stack.append(element)

    def end(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def text(self, data: str) -> None:
        if data.strip():
            self.stack[-1].has_text = True

    def comment(self, data: str) -> None:
        self.marks.setdefault(data.strip(), len(self.elements))


# A tag, a comment or a declaration; html.parser was three times slower on these pages.
_MARKUP = re.compile(r"""<!--(?P<comment>.*?)-->|<(?P<end>/?)(?P<tag>[a-zA-Z][-\w:]*)(?P<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>|<![^>]*>""", re.S)
_ATTRIBUTE = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_RAW_TEXT = ("script", "style", "textarea", "title")


def _scan(html: str, builder: _Builder) -> None:
    at = 0
    while True:
        m = _MARKUP.search(html, at)
        if m is None:
            builder.text(html[at:])
            return
        builder.text(html[at:m.start()])
        at = m.end()
        if m.group("comment") is not None:
            builder.comment(m.group("comment"))
            continue
        tag = (m.group("tag") or "").lower()
        if not tag:
            continue  # <!doctype ...>
        if m.group("end"):
            builder.end(tag)
            continue
        attrs = m.group("attrs") or ""
        values = {}
        for name, double, single, bare in _ATTRIBUTE.findall(attrs):
            value = double or single or bare
            values.setdefault(name.lower(), html_module.unescape(value) if "&" in value else value)
        builder.start(tag, values, m.start(), attrs.rstrip().endswith("/"))
        if tag in _RAW_TEXT:
            close = re.compile(rf"</{tag}\s*>", re.I).search(html, at)
            end = close.start() if close else len(html)
            builder.text(html[at:end])
            at = end


@functools.lru_cache(maxsize=None)
def _keys_for(tag: str, class_value: str, names: tuple, element_id: str | None) -> tuple[frozenset, frozenset]:
    classes = frozenset(class_value.split())
    keys = {("class", c) for c in classes} | {("tag", tag)} | {("attr", a) for a in names}
    if element_id is not None:
        keys.add(("id", element_id))
    return classes, frozenset(keys)


def _keys_of(tag: str, attrs: dict[str, str]) -> tuple[frozenset, frozenset]:
    """(classes, keys) of an element; elements of the same kind share them (most of a page's do)."""
    return _keys_for(tag, attrs.get("class", ""), tuple(attrs), attrs.get("id"))


def parse_html(html: str) -> tuple[list[Element], dict[str, int]]:
    """Every element in document order, and for each comment the number of elements before it."""
    builder = _Builder()
    _scan(html, builder)
    return builder.elements, builder.marks


# --------------------------------------------------------------------------- selectors

class _Unsupported(Exception):
    pass


_IDENT = r"-?(?:[_a-zA-Z\u0080-\uffff]|\\.)(?:[-\w\u0080-\uffff]|\\.)*|--(?:[-\w\u0080-\uffff]|\\.)*"
_TOKEN = re.compile(rf"""
    (?P<ws>\s*[>+~]\s*|\s+) |
    (?P<star>\*) |
    (?P<tag>{_IDENT}) |
    \#(?P<id>(?:[-\w\u0080-\uffff]|\\.)+) |
    \.(?P<cls>{_IDENT}) |
    \[\s*(?P<attr>[-\w]+)\s*(?:(?P<op>[~|^$*]?=)\s*(?P<val>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[-\w]+)\s*(?P<flag>[is])?\s*)?\] |
    (?P<pe>::)(?P<pename>{_IDENT}) |
    :(?P<pc>{_IDENT})
""", re.X)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _arguments(selector: str, i: int) -> tuple[str, int]:
    """The text inside the parentheses that open at selector[i], and the index after them."""
    depth, j = 0, i
    while j < len(selector):
        c = selector[j]
        if c in "\"'":
            end = selector.find(c, j + 1)
            if end < 0:
                raise _Unsupported(selector)
            j = end
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return selector[i + 1:j], j + 1
        j += 1
    raise _Unsupported(selector)


def parse_selector(selector: str) -> list:
    """'ul > li.x:first-child' -> [compound, '>', compound]; a compound is a list of tests."""
    parts: list = [[]]
    i = 0
    selector = selector.strip()
    while i < len(selector):
        m = _TOKEN.match(selector, i)
        if not m or m.end() == i:
            raise _Unsupported(selector)
        i = m.end()
        if m.group("ws") is not None:
            if not parts[-1]:
                raise _Unsupported(selector)  # two combinators in a row, or one at the start
            parts += [m.group("ws").strip() or " ", []]
        elif m.group("star"):
            pass
        elif m.group("tag"):
            parts[-1].append(("tag", m.group("tag").lower()))
        elif m.group("id"):
            parts[-1].append(("id", _unescape(m.group("id"))))
        elif m.group("cls"):
            parts[-1].append(("class", _unescape(m.group("cls"))))
        elif m.group("attr"):
            value = m.group("val")
            if value and value[0] in "\"'":
                value = value[1:-1]
            parts[-1].append(("attr", m.group("attr").lower(), m.group("op"), _unescape(value or ""), m.group("flag")))
        elif m.group("pe"):
            if i < len(selector) and selector[i] == "(":
                _, i = _arguments(selector, i)
            parts[-1].append(("element",))  # ::before, ::marker ...: styles a part of the element
        else:
            name = m.group("pc").lower()
            argument = None
            if i < len(selector) and selector[i] == "(":
                argument, i = _arguments(selector, i)
            parts[-1].append(("pseudo", name, _pseudo_argument(name, argument)))
    if not parts[-1] and len(parts) > 1:
        raise _Unsupported(selector)
    return parts


_LISTS = {"not", "is", "where", "matches", "-webkit-any", "-moz-any"}


def _pseudo_argument(name: str, argument: str | None):
    if argument is None:
        return None
    if name in _LISTS:
        return [parse_selector(s) for s in split_selectors(argument)]
    if name in ("nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type"):
        return _nth(argument)
    return argument.strip()


def _nth(argument: str) -> tuple[int, int]:
    text = argument.replace(" ", "").lower()
    if " of " in argument:
        raise _Unsupported(argument)
    if text == "odd":
        return 2, 1
    if text == "even":
        return 2, 0
    m = re.fullmatch(r"([+-]?\d*)n([+-]\d+)?|([+-]?\d+)", text)
    if not m:
        raise _Unsupported(argument)
    if m.group(3) is not None:
        return 0, int(m.group(3))
    a = m.group(1)
    return (int(a) if a not in ("", "+", "-") else (-1 if a == "-" else 1)), int(m.group(2) or 0)


def _nth_matches(a: int, b: int, position: int) -> bool:
    """position is 1-based: is there an n >= 0 with a*n + b == position?"""
    if a == 0:
        return position == b
    return (position - b) % a == 0 and (position - b) // a >= 0


class Matcher:
    """Matches selectors against a page's elements, in three values (no, maybe, yes)."""

    def __init__(self, elements: list[Element], alternatives: dict[tuple[str, str], set[str]] | None = None):
        self.elements = elements
        # (tag, attribute) -> values a script may give it before the first paint
        self.alternatives = alternatives or {}
        self._memo: dict = {}  # (selector, step, element) -> result, for one selector at a time

    def compound(self, tests: list, el: Element) -> int:
        result = YES
        for test in tests:
            kind = test[0]
            if kind == "tag":
                ok = YES if el.tag == test[1] else NO
            elif kind == "class":
                ok = YES if test[1] in el.classes else NO
            elif kind == "id":
                ok = YES if el.attrs.get("id") == test[1] else NO
            elif kind == "attr":
                ok = self._attribute(el, *test[1:])
            elif kind == "element":
                ok = YES
            else:
                ok = self._pseudo(el, test[1], test[2])
            if ok == NO:
                return NO
            result = min(result, ok)
        return result

    def _attribute(self, el: Element, name: str, op: str | None, value: str, flag: str | None) -> int:
        values = []
        if name in el.attrs:
            values.append(el.attrs[name])
        alternative = self.alternatives.get((el.tag, name), set())
        if op is None:
            return YES if values else (MAYBE if alternative else NO)
        if any(_attribute_test(v, op, value, flag) for v in values):
            return YES
        return MAYBE if any(_attribute_test(v, op, value, flag) for v in alternative) else NO

    def _pseudo(self, el: Element, name: str, argument) -> int:
        if name in _INTERACTIVE:
            return NO
        if name == "checked" and CHECKED_AS_SERVED:
            return YES if "checked" in el.attrs else NO
        if name == "root":
            return YES if el.tag == "html" else NO
        if name == "not":
            inner = self.any_of(argument, el)
            return YES - inner  # yes <-> no, maybe stays maybe
        if name in ("is", "where", "matches", "-webkit-any", "-moz-any"):
            return self.any_of(argument, el)
        if name == "lang":
            node = el
            while node is not None and "lang" not in node.attrs:
                node = node.parent
            lang = node.attrs["lang"].lower() if node is not None else ""
            wanted = (argument or "").strip("\"' ").lower()
            return YES if lang == wanted or lang.startswith(wanted + "-") else NO
        if name == "empty":
            return NO if el.children or el.has_text else YES
        siblings = el.parent.children if el.parent is not None else [el]
        if name == "first-child":
            return YES if el.position == 0 else NO
        if name == "last-child":
            return YES if el.position == len(siblings) - 1 else NO
        if name == "only-child":
            return YES if len(siblings) == 1 else NO
        if name in ("first-of-type", "last-of-type", "only-of-type", "nth-of-type", "nth-last-of-type"):
            same = [s for s in siblings if s.tag == el.tag]
            at, count = same.index(el), len(same)
            if name == "first-of-type":
                return YES if at == 0 else NO
            if name == "last-of-type":
                return YES if at == count - 1 else NO
            if name == "only-of-type":
                return YES if count == 1 else NO
            a, b = argument
            return YES if _nth_matches(a, b, at + 1 if name == "nth-of-type" else count - at) else NO
        if name in ("nth-child", "nth-last-child"):
            a, b = argument
            at = el.position + 1 if name == "nth-child" else len(siblings) - el.position
            return YES if _nth_matches(a, b, at) else NO
        return MAYBE  # :checked, :target, :has(), :disabled, vendor states ...

    def any_of(self, selectors: list, el: Element) -> int:
        best = NO
        for parts in selectors:
            best = max(best, self.complex(parts, len(parts) - 1, el))
            if best == YES:
                break
        return best

    def complex(self, parts: list, i: int, el: Element) -> int:
        key = (id(parts), i, el.index)  # the selectors inside :not(), :is() ... share the memo
        if key not in self._memo:
            self._memo[key] = self._complex(parts, i, el)
        return self._memo[key]

    def _complex(self, parts: list, i: int, el: Element) -> int:
        result = self.compound(parts[i], el)
        if result == NO or i == 0:
            return result
        combinator = parts[i - 1]
        if combinator == " " and not _needed(parts[i - 2]) <= el.above:
            return NO
        best = NO
        for other in _related(el, combinator):
            best = max(best, self.complex(parts, i - 2, other))
            if best == YES:
                break
        return min(result, best)


_NEEDED: dict[int, frozenset] = {}


def _needed(compound: list) -> frozenset:
    """The class, id and tag keys an element must have to match `compound` (outside :not() ...)."""
    key = id(compound)
    if key not in _NEEDED:
        _NEEDED[key] = frozenset((t[0], t[1]) for t in compound if t[0] in ("class", "id", "tag", "attr"))
    return _NEEDED[key]


def _related(el: Element, combinator: str):
    if combinator == ">":
        if el.parent is not None and el.parent.tag != "#document":
            yield el.parent
    elif combinator == " ":
        node = el.parent
        while node is not None and node.tag != "#document":
            yield node
            node = node.parent
    elif combinator == "+":
        if el.position > 0:
            yield el.parent.children[el.position - 1]
    elif combinator == "~":
        yield from reversed(el.parent.children[:el.position]) if el.parent is not None else ()


def _attribute_test(actual: str, op: str, value: str, flag: str | None) -> bool:
    if flag == "i":
        actual, value = actual.lower(), value.lower()
    if op == "=":
        return actual == value
    if op == "~=":
        return value in actual.split()
    if op == "|=":
        return actual == value or actual.startswith(value + "-")
    if op == "^=":
        return bool(value) and actual.startswith(value)
    if op == "$=":
        return bool(value) and actual.endswith(value)
    return bool(value) and value in actual  # *=


# --------------------------------------------------------------------------- the critical rules

class FirstPaint:
    """A page's elements before a point, indexed so that each selector is tried only on the
    elements that carry its subject's class, id or tag."""

    def __init__(self, elements: list[Element], alternatives: dict | None = None):
        self.matcher = Matcher(elements, alternatives)
        self.elements = elements
        self.index: dict[tuple[str, str], list[Element]] = {}
        for el in elements:
            for key in el.keys:
                self.index.setdefault(key, []).append(el)

    def _candidates(self, subject: list) -> list[Element]:
        needed = _needed(subject)
        if needed:
            return min((self.index.get(key, []) for key in needed), key=len)
        return self.elements

    def may_match(self, parts: list | None) -> bool:
        """Whether the parsed selector (None: one that could not be parsed) may match."""
        if parts is None:
            return True
        if any(not _needed(parts[i]) <= self.index.keys() for i in range(0, len(parts), 2)):
            return False
        self.matcher._memo = {}
        return any(self.matcher.complex(parts, len(parts) - 1, el) for el in self._candidates(parts[-1]))


_PARSED: dict[str, list | None] = {}


def parsed(selector: str) -> list | None:
    """parse_selector, once per distinct selector of a build (None if it cannot be parsed);
    the results stay alive, so _needed's cache by id() is safe."""
    if selector not in _PARSED:
        try:
            _PARSED[selector] = parse_selector(selector)
        except (_Unsupported, ValueError):
            _PARSED[selector] = None
    return _PARSED[selector]


def page_first_paint(html: str, mark: str, unseen: tuple[str, ...] = ()) -> FirstPaint:
    """The elements of `html` before the comment <!--mark--> (all of them without it), with the
    palette values Material's script may set on <body> taken from the page's palette options.
    Elements inside an element with a class of `unseen` are left out (their container is not
    shown at the first paint: their own rules are not needed, the container's are)."""
    elements, marks = parse_html(html)
    before = [el for el in elements[:marks.get(mark, len(elements))]
              if not any(("class", name) in el.above for name in unseen)]
    alternatives: dict[tuple[str, str], set[str]] = {}
    for el in elements:
        if "md-option" in el.classes:
            for name in PALETTE_ATTRIBUTES:
                if name in el.attrs:
                    alternatives.setdefault(("body", name), set()).add(el.attrs[name])
    return FirstPaint(before, alternatives)


_VAR = re.compile(r"var\(\s*(--[-\w]+)")
_PRINT_ONLY = re.compile(r"@media\s+print\s*$", re.I)
_MIN_WIDTH = re.compile(r"min-width\s*:\s*([\d.]+)(em|px|rem)", re.I)


@functools.lru_cache(maxsize=None)
def media_below(prelude: str, width_em: float | None) -> bool:
    """Whether an @media prelude can match a screen narrower than `width_em` (None: any screen).
    Conservative: only `print` and a min-width at or above the width rule a query out."""
    if not prelude.lower().startswith("@media"):
        return True
    for query in split_selectors(prelude[len("@media"):]):
        q = query.strip().lower()
        if q.startswith("print") or q.startswith("only print"):
            continue
        if width_em is not None and any(float(v) / (16 if unit == "px" else 1) >= width_em
                                        for v, unit in _MIN_WIDTH.findall(q)):
            continue
        return True
    return False
_KEYFRAMES = re.compile(r"@(?:-webkit-)?keyframes\s+([-\w]+)", re.I)


def _declarations(body: str) -> list[str]:
    """'a:b;c:url("x;y")' -> ['a:b', 'c:url("x;y")']: semicolons outside strings and brackets."""
    out, start, depth, i = [], 0, 0, 0
    while i < len(body):
        c = body[i]
        if c in "\"'":
            end = body.find(c, i + 1)
            while end > 0 and body[end - 1] == "\\":
                end = body.find(c, end + 1)
            if end < 0:
                raise CssSyntaxError(f"unclosed string in {body[:60]!r}")
            i = end + 1
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == ";" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    out.append(body[start:])
    return [d.strip() for d in out if d.strip()]


def _name(declaration: str) -> str:
    return declaration.split(":", 1)[0].strip()


_COMPILED: dict[str, list] = {}


def compile_stylesheet(css: str) -> list:
    """A stylesheet as a flat list, once per distinct text: ("raw", text), (media, "@rule", body)
    or (media, selectors, parsed selectors, declarations); @media print blocks and @page left out."""
    if css in _COMPILED:
        return _COMPILED[css]
    items: list = []

    def walk(nodes, media: tuple[str, ...]):
        for node in nodes:
            if isinstance(node, Raw):
                # @charset and @import only count at the start of a stylesheet, not in the middle
                # of the inlined rules of several
                if not node.text.lower().startswith(("@import", "@charset")):
                    items.append(("raw", node.text))
            elif isinstance(node, Group):
                walk(node.children, media + (node.prelude,))
            elif node.prelude.startswith("@"):
                if not node.prelude.lower().startswith("@page"):
                    items.append((media, node.prelude, node.body))  # @keyframes, @font-face
            else:
                selectors = split_selectors(node.prelude)
                items.append((media, selectors, [parsed(s) for s in selectors], _declarations(node.body)))

    walk(parse(css), ())
    _COMPILED[css] = items
    return items


def critical_css(stylesheets: list[str], page: FirstPaint, extra_var_uses: str = "",
                 below_em: float | None = None) -> str:
    """The rules of `stylesheets` (in cascade order) that can apply before the point `page`
    stops at, on a screen narrower than `below_em` (None: any), minified by construction;
    `extra_var_uses` is text whose var(--x) keep --x (the page's style attributes)."""
    kept: list = []  # (media, prelude, declarations or body) or ("raw", text)
    for css in stylesheets:
        for item in compile_stylesheet(css):
            if item[0] != "raw" and not all(media_below(m, below_em) for m in item[0]):
                continue
            if len(item) != 4:
                kept.append(item)
                continue
            media, selectors, parts, declarations = item
            matching = [s for s, p in zip(selectors, parts) if page.may_match(p)]
            if matching:
                # A list with a vendor pseudo-class is dropped whole by the browsers that do not
                # know it: keep such a list as it is, so it fails (or works) as in the full sheet.
                chosen = selectors if any(_VENDOR.search(s) for s in selectors) else matching
                kept.append((media, ",".join(chosen), declarations))
    # Custom properties: keep those a kept declaration uses, through any chain of properties.
    defined: dict[str, list[str]] = {}
    used: set[str] = set(_VAR.findall(extra_var_uses))
    animations = set()
    for item in kept:
        if item[0] == "raw" or item[1].startswith("@"):
            continue
        for declaration in item[2]:
            name = _name(declaration)
            if name.startswith("--"):
                defined.setdefault(name, []).append(declaration)
            else:
                used.update(_VAR.findall(declaration))
                if name in ("animation", "animation-name", "-webkit-animation", "-webkit-animation-name"):
                    animations.update(re.findall(r"[-\w]+", declaration.split(":", 1)[1]))
    pending = list(used)
    while pending:
        for declaration in defined.get(pending.pop(), []):
            for name in _VAR.findall(declaration):
                if name not in used:
                    used.add(name)
                    pending.append(name)
    out: list[str] = []
    open_media: tuple[str, ...] = ()
    for item in kept:
        if item[0] == "raw":
            chunk, media = item[1], ()
        else:
            media, prelude, body = item
            if prelude.startswith("@"):
                keyframes = _KEYFRAMES.match(prelude)
                if keyframes and keyframes.group(1) not in animations:
                    continue
                chunk = f"{prelude}{{{body}}}"
            else:
                declarations = [d for d in body if not _name(d).startswith("--") or _name(d) in used]
                if not declarations:
                    continue
                chunk = f"{prelude}{{{';'.join(declarations)}}}"
        # Consecutive rules under the same @media share one block.
        if media != open_media:
            out.append("}" * len(open_media) + "".join(f"{m}{{" for m in media))
            open_media = media
        out.append(chunk)
    out.append("}" * len(open_media))
    return "".join(out)
