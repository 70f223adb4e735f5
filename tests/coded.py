"""Coding a text the way the tests look at it: (type, source state, target state) triples."""

from __future__ import annotations

from stormpetrel.pipeline import code_text

PUBLISHED = "2022-05-10"


def triples(text: str, published: str = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    """The events of ``text`` as (type, source country, target country)."""
    return [
        (e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in code_text(text, published)
    ]
