"""The tree as one plain Markdown document for one language: a section per question and per
outcome, answers as links to the section they lead to. For reviewing the whole tree in one read
(`python -m guide.tree --markdown en`), and as the plain-Material page of the same content that the
benchmark compares the rendered tree page with.
"""
from __future__ import annotations

from guide.tree.model import Outcome, Question, Tree
from guide.tree.render import UI, HrefFor


def docs_href(page: str, anchor: str | None) -> str:
    """A link to a guide page as written in docs/ Markdown (the build picks the reader's language)."""
    return f"{page}.md" + (f"#{anchor}" if anchor else "")


def _line(text: str) -> str:
    # Data-file text is plain text: keep Markdown from reading it as markup.
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in text).replace("\n", " ")


def tree_markdown(tree: Tree, lang: str, href_for: HrefFor) -> str:
    ui = UI[lang]
    out: list[str] = []
    for node in [tree.nodes[tree.start], *(n for n in tree.nodes.values() if n.id != tree.start)]:
        if isinstance(node, Question):
            out += [f"## {_line(node.text[lang])} {{#{node.id}}}", ""]
            if node.help:
                out += [_line(node.help[lang]), ""]
            out += [f"- [{_line(a.label[lang])}](#{a.next})" for a in node.answers] + [""]
            continue
        assert isinstance(node, Outcome)
        out += [f"## {_line(node.title[lang])} {{#{node.id}}}", ""]
        if node.urgency:
            out += [f"**{_line(ui[node.urgency])}**", ""]
        out += [_line(node.answer[lang]), "", f"### {ui['next_steps']}", ""]
        out += [f"{n}. {_line(step[lang])}" for n, step in enumerate(node.steps, 1)] + [""]
        if node.links:
            out += [f"### {ui['read_more']}", ""]
            out += [f"- [{_line(link.label[lang])}]({href_for(link.page, link.anchor)})" for link in node.links] + [""]
    return "\n".join(out)
