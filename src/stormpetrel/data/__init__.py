"""Data tables the stages read: gazetteers, trigger lexicon, cross-walks."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources


def rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated data file shipped in this package (``#`` lines are comments)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield {k: (v or "").strip() for k, v in row.items()}


def word_classes(name: str) -> dict[str, frozenset[str]]:
    """A ``kind``/``word`` table as one set of words per kind."""
    classes: dict[str, set[str]] = {}
    for row in rows(name):
        classes.setdefault(row["kind"], set()).add(row["word"])
    return {kind: frozenset(words) for kind, words in classes.items()}


def word_values(name: str) -> dict[str, dict[str, str]]:
    """A ``kind``/``word``/``value`` table's words that carry a value, by kind."""
    values: dict[str, dict[str, str]] = {}
    for row in rows(name):
        if row.get("value"):
            values.setdefault(row["kind"], {})[row["word"]] = row["value"]
    return values
