"""Drop the rules of a theme stylesheet that nothing in the built site can match.

Material's main.css and palette.css block the first paint of every page, and most of them style
what this site never shows: 19 accent and 21 primary palettes (we use one custom palette), blog
posts, tabs, code highlighting, keyboard keys, consent banners ... A selector is kept unless it
names a class, or a palette attribute value, that appears in no page and no script of the built
site. The test is by words, so it errs on the side of keeping: a class counts as used when its
name appears as a whole word anywhere in any HTML or JS file (text, inline scripts, Material's
bundle, which adds classes of its own, our scripts). Arguments of :not(), :is(), :where(), :has()
are not looked into (a rule with .x inside :not() can match without any .x). At-rules other than
@media, @supports, @layer and @container (@font-face, @keyframes ...) are kept whole.

Pure text in, text out; the hook (hooks/minify_assets.py) reads the theme's own file each time,
so pruning never works on an already pruned copy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Union

# At-rules whose body holds rules that are pruned one by one.
GROUPING_AT_RULES = re.compile(r"@(?:media|supports|layer|container)\b")
# Attributes whose values the pages set from the palette settings (data-md-color-primary="custom").
_PALETTE_NAME = r"data-md-color-(?:primary|accent|scheme)"
PALETTE_ATTRIBUTE = re.compile(rf"""\[({_PALETTE_NAME})=(["']?)([\w-]+)\2\]""")
PAGE_PALETTE = re.compile(rf"""({_PALETTE_NAME})=["']?([\w-]+)""")  # as the pages set them
CLASS = re.compile(r"\.((?:[\w-]|\\.)+)")
COMMENT = re.compile(r"/\*.*?\*/", re.S)
SOURCE_MAP = re.compile(r"/\*#\s*sourceMappingURL=[^*]*\*/")


@dataclass
class Rule:
    prelude: str
    body: str


@dataclass
class Group:
    prelude: str
    children: list["Node"]


@dataclass
class Raw:
    text: str  # a statement such as @charset "utf-8";


Node = Union[Rule, Group, Raw]


class CssSyntaxError(ValueError):
    pass


def _skip_string(css: str, i: int) -> int:
    """Index just after the string that starts at css[i]."""
    quote, i = css[i], i + 1
    while i < len(css) and css[i] != quote:
        i += 2 if css[i] == "\\" else 1
    if i >= len(css):
        raise CssSyntaxError(f"unclosed string at {i}")
    return i + 1


def _skip_comment(css: str, i: int) -> int:
    end = css.find("*/", i + 2)
    if end < 0:
        raise CssSyntaxError(f"unclosed comment at {i}")
    return end + 2


def parse(css: str) -> list[Node]:
    return _parse(css, 0, top=True)[0]


def _parse(css: str, i: int, top: bool) -> tuple[list[Node], int]:
    nodes: list[Node] = []
    n = len(css)
    start = i
    while i < n:
        c = css[i]
        if c in "\"'":
            i = _skip_string(css, i)
        elif css.startswith("/*", i):
            i = _skip_comment(css, i)
        elif c == ";":
            if css[start:i].strip():
                nodes.append(Raw(css[start:i + 1].strip()))
            i = start = i + 1
        elif c == "}":
            if top:
                raise CssSyntaxError(f"unexpected '}}' at {i}")
            return nodes, i + 1
        elif c == "{":
            prelude = COMMENT.sub("", css[start:i]).strip()
            if GROUPING_AT_RULES.match(prelude):
                children, i = _parse(css, i + 1, top=False)
                nodes.append(Group(prelude, children))
            else:
                body_end = _block_end(css, i)
                nodes.append(Rule(prelude, css[i + 1:body_end]))
                i = body_end + 1
            start = i
        else:
            i += 1
    if not top:
        raise CssSyntaxError("unclosed block at the end")
    if css[start:].strip():
        nodes.append(Raw(css[start:].strip()))
    return nodes, i


def _block_end(css: str, i: int) -> int:
    """Index of the '}' that closes the '{' at css[i] (nested blocks, strings and comments skipped)."""
    depth, i = 1, i + 1
    while i < len(css):
        c = css[i]
        if c in "\"'":
            i = _skip_string(css, i)
            continue
        if css.startswith("/*", i):
            i = _skip_comment(css, i)
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise CssSyntaxError(f"unclosed block at {i}")


def _characters_with_depth(text: str):
    """(index, character, bracket depth) of each character outside strings; the depth counts
    the ( and [ opened before it (a closing bracket is at the depth it closes to)."""
    depth, i = 0, 0
    while i < len(text):
        c = text[i]
        if c in "\"'":
            i = _skip_string(text, i)
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        yield i, c, depth
        i += 1


def split_selectors(prelude: str) -> list[str]:
    """'a, :is(b, c)' -> ['a', ':is(b, c)']: commas outside parentheses, brackets and strings."""
    parts, start = [], 0
    for i, c, depth in _characters_with_depth(prelude):
        if c == "," and depth == 0:
            parts.append(prelude[start:i])
            start = i + 1
    parts.append(prelude[start:])
    return [p.strip() for p in parts if p.strip()]


class Vocabulary:
    """The words of the built site: what its pages and scripts could put into the DOM."""

    def __init__(self, html_texts: Iterable[str], script_texts: Iterable[str] = ()):
        html = "\n".join(html_texts)
        self.words = set(re.findall(r"[\w-]+", html))
        for text in script_texts:
            self.words.update(re.findall(r"[\w-]+", text))
        # the palette attributes the pages set, read once (a search of the whole site per
        # selector took most of the pruning time)
        self.palette = set(PAGE_PALETTE.findall(html))

    def has_class(self, name: str) -> bool:
        return "\\" in name or name in self.words  # escaped names: keep, never guess

    def has_palette_value(self, attribute: str, value: str) -> bool:
        return (attribute, value) in self.palette


def _outside_functions_and_attributes(selector: str) -> str:
    """The selector without the arguments of pseudo-classes and without [attribute] parts."""
    return "".join(c for _, c, depth in _characters_with_depth(selector) if depth == 0 and c not in ")]")


def selector_can_match(selector: str, words: Vocabulary) -> bool:
    for attribute, _, value in PALETTE_ATTRIBUTE.findall(_outside_functions(selector)):
        if not words.has_palette_value(attribute, value):
            return False
    return all(words.has_class(name) for name in CLASS.findall(_outside_functions_and_attributes(selector)))


def _outside_functions(selector: str) -> str:
    """The selector without the arguments of pseudo-classes (attributes kept)."""
    out, depth, i = [], 0, 0
    while i < len(selector):
        c = selector[i]
        if c in "\"'":
            end = _skip_string(selector, i)
            if depth == 0:
                out.append(selector[i:end])
            i = end
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            out.append(c)
        i += 1
    return "".join(out)


def _serialize(nodes: list[Node], words: Vocabulary) -> str:
    out = []
    for node in nodes:
        if isinstance(node, Raw):
            out.append(node.text)
        elif isinstance(node, Group):
            inner = _serialize(node.children, words)
            if inner:
                out.append(f"{node.prelude}{{{inner}}}")
        elif node.prelude.startswith("@"):
            out.append(f"{node.prelude}{{{node.body}}}")  # @font-face, @keyframes, @page ...
        else:
            kept = [s for s in split_selectors(node.prelude) if selector_can_match(s, words)]
            if kept:
                out.append(f"{','.join(kept)}{{{node.body}}}")
    return "".join(out)


def prune(css: str, words: Vocabulary) -> str:
    """`css` without the selectors (and then rules, empty @media blocks) that cannot match.
    The source-map comment goes too: the map describes the whole file."""
    return _serialize(parse(SOURCE_MAP.sub("", css)), words)
