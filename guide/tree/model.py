"""The decision tree's data model, and the paths through it.

A tree is questions and outcomes keyed by a neutral id (ids appear in URLs and in the browser
history of a possibly shared phone). Several answers may lead to the same node; every distinct
path from the start is then a step of its own, so "your answers so far" is always exact.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

URGENCIES = ("danger", "deadline", "info")

# Text in every language of the site: {"zh": "...", "en": "..."}.
Text = dict


@dataclass
class Answer:
    label: Text
    next: str
    line: int | None = None


@dataclass
class Link:
    page: str           # docs page name without language or extension, e.g. "talk-to-lender"
    anchor: str | None  # heading id on that page, or None
    label: Text
    line: int | None = None


@dataclass
class Question:
    id: str
    text: Text
    answers: list[Answer]
    help: Text | None = None
    line: int | None = None


@dataclass
class Outcome:
    id: str
    title: Text
    answer: Text
    steps: list[Text]
    links: list[Link] = field(default_factory=list)
    urgency: str | None = None
    line: int | None = None
    # Reader phrasings per language ({"zh": [...], "en": [...]}, or {}): indexed by search, never shown.
    search_terms: dict[str, list[str]] = field(default_factory=dict)


Node = Question | Outcome


@dataclass
class Tree:
    start: str
    nodes: dict[str, Node]
    path: Path | str = "data/tree.yml"

    def questions(self) -> list[Question]:
        return [n for n in self.nodes.values() if isinstance(n, Question)]

    def outcomes(self) -> list[Outcome]:
        return [n for n in self.nodes.values() if isinstance(n, Outcome)]


@dataclass(frozen=True)
class Step:
    """One node reached by one path: the answers taken so far, and the step's fragment id."""

    node: str
    section_id: str
    # (question id, answer index, section id of that question on this path) for each answer so far
    taken: tuple[tuple[str, int, str], ...]


def steps(tree: Tree) -> list[Step]:
    """Every (path, node) from the start, depth first, in answer order. Needs a valid, acyclic tree.

    A node reached by one path only keeps its own id as fragment; a node reached by several paths
    gets "<id>--<section id of the question before it>" (plus "-<answer number>" when two answers
    of that question lead to it), so each path has its own URL and its own "answers so far".
    """
    incoming: dict[str, int] = {}
    for node in tree.nodes.values():
        if isinstance(node, Question):
            for answer in node.answers:
                incoming[answer.next] = incoming.get(answer.next, 0) + 1
    path_count: dict[str, int] = {}

    def count(node_id: str) -> int:  # number of distinct paths from the start to node_id
        if node_id not in path_count:
            parents = [(q, a) for q in tree.questions() for a in q.answers if a.next == node_id]
            path_count[node_id] = 1 if node_id == tree.start else sum(count(q.id) for q, _ in parents)
        return path_count[node_id]

    found: list[Step] = []

    def walk(node_id: str, section_id: str, taken: tuple) -> None:
        found.append(Step(node_id, section_id, taken))
        node = tree.nodes[node_id]
        if not isinstance(node, Question):
            return
        for index, answer in enumerate(node.answers):
            if count(answer.next) == 1:
                child_id = answer.next
            else:
                child_id = f"{answer.next}--{section_id}"
                if sum(1 for a in node.answers if a.next == answer.next) > 1:
                    child_id += f"-{index + 1}"
            walk(answer.next, child_id, taken + ((node_id, index, section_id),))

    walk(tree.start, tree.start, ())
    return found
