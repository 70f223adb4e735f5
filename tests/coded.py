"""Coding a text the way the tests look at it: (type, source state, target state) triples, and
the actor one word of a text resolves to."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from spacy.language import Language

from stormpetrel import nlp as nlp_stage
from stormpetrel.actors import gazetteer, resolve
from stormpetrel.model import Actor
from stormpetrel.pipeline import code_text

PUBLISHED = "2022-05-10"


def triples(text: str, published: str = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    """The events of ``text`` as (type, source country, target country)."""
    return [
        (e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in code_text(text, published)
    ]


@functools.cache
def coded(text: str, published: str = PUBLISHED) -> tuple[tuple[str, str | None, str | None], ...]:
    """``triples``, coded once per text and date."""
    return tuple(triples(text, published))


def has_event(
    events: Iterable[tuple[str, str | None, str | None]], kind: str | None, source: str | None, target: str | None
) -> bool:
    """Is one of ``events`` (type, source, target) of ``kind`` between ``source`` and ``target``?
    None is not checked."""
    return any(
        (kind is None or e[0] == kind) and (source is None or e[1] == source) and (target is None or e[2] == target)
        for e in events
    )


def event_types(text: str, published: str = PUBLISHED) -> set[str]:
    """The types of the events of ``text``."""
    return {t[0] for t in coded(text, published)}


@functools.cache
def nlp() -> Language:
    return nlp_stage.load()


def actor_of(text: str, word: str, year: int | None = 2017) -> Actor | None:
    """The actor the last occurrence of ``word`` in ``text`` resolves to, reading the text
    sentence by sentence as the pipeline does."""
    actors = resolve.DocumentActors(gazetteer.load(nlp()), year)
    found: Actor | None = None
    seen = False
    for seg in next(nlp_stage.parse([text], nlp())):
        for sent in seg.doc.sents:
            marks = actors.marks(sent)
            actors.note_sentence(sent, marks)
            for tok in sent:
                if tok.text == word:
                    found, seen = actors.resolve(tok, marks), True
    assert seen, f"{word!r} not in {text!r}"
    return found


def country_of(text: str, word: str, year: int | None = 2017) -> str | None:
    """The state the last occurrence of ``word`` in ``text`` resolves to."""
    actor = actor_of(text, word, year)
    return actor.country if actor else None
