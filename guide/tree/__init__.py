"""The decision tree: one YAML data file (both languages side by side), validated and rendered
to static HTML. Plain Python: nothing here imports MkDocs (hooks/decision_tree.py is the glue)."""
from guide.tree.model import Answer, Link, Outcome, Question, Tree
from guide.tree.validate import load_tree

__all__ = ["Answer", "Link", "Outcome", "Question", "Tree", "load_tree"]
