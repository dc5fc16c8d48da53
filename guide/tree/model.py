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
class Link:
    page: str           # docs page name without language or extension, e.g. "talk-to-lender"
    anchor: str | None  # heading id on that page, or None
    label: Text
    line: int | None = None


@dataclass
class Period:
    """A legal deadline a result speaks of: `days` days or `months` months after the reader
    received a document (`received`, e.g. {"zh": "收到支付令", "en": "you received the payment order"})."""
    received: Text
    days: int = 0
    months: int = 0
    line: int | None = None


@dataclass
class Answer:
    label: Text
    next: str
    line: int | None = None
    # What this answer tells about the reader's situation, said at every result it leads to (so a
    # shared result speaks to the detail that brought the reader), with the page written for it.
    note: Text | None = None
    link: Link | None = None


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
    # A question to go on with, for a result that hands over to another part of the tree (a
    # relative who helps answers the questions for the borrower), and the link's words.
    then: str | None = None
    then_label: Text | None = None
    # The deadlines the result speaks of: the page counts each from the day the reader enters.
    deadlines: list[Period] = field(default_factory=list)


Node = Question | Outcome


@dataclass
class Tree:
    start: str
    nodes: dict[str, Node]
    path: Path | str = "data/tree.yml"
    # Ids of removed nodes -> the node that now answers them: old shared links keep working.
    moved: dict[str, str] = field(default_factory=dict)

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


def path_answers(tree: Tree, step: Step) -> list[Answer]:
    """The answers the reader gave on the way to `step`, in order."""
    return [tree.nodes[question_id].answers[index] for question_id, index, _ in step.taken]


def step_links(tree: Tree, step: Step) -> list[Link]:
    """The guide pages a result points to on this path: the pages its answers named (each with its
    note), then the result's own links."""
    node = tree.nodes[step.node]
    own = node.links if isinstance(node, Outcome) else []
    return [a.link for a in path_answers(tree, step) if a.link] + list(own)
