"""The checks ``senses.no_event`` runs, one kind of reading each: every check fires on a sentence
of its kind and stays quiet on a near neighbour that is an event; texts as doers use the text nouns
shared with standing texts.

The candidates are built here by hand (the trigger, its sources and its targets), so that each
check is tried on its own, whatever the trigger table says. Every sentence is invented for these
tests.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from spacy.tokens import Token

from coded import nlp
from stormpetrel.events import senses
from stormpetrel.events.coder import Candidate
from stormpetrel.events.lexicon import Trigger, load


@functools.cache
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(nlp()(text))


def _word(text: str, word: str) -> Token:
    return next(t for t in _tokens(text) if t.text == word)


def _cand(
    text: str, word: str, kind: str, mode: str | None = None, sources: tuple[str, ...] = (),
    targets: tuple[str, ...] = (),
) -> Candidate:
    """A candidate of type ``kind`` on ``word``, with the words ``sources`` and ``targets`` as its sides."""
    tok = _word(text, word)
    pos = "NOUN" if tok.pos_ == "NOUN" else "VERB"
    trigger = Trigger(tok.lemma_.lower(), pos, kind, mode, "000", frozenset(), frozenset(), frozenset(), False)
    return Candidate(
        tok, trigger, kind, "000", None, [_word(text, s) for s in sources], [_word(text, t) for t in targets]
    )


# (check, a candidate it finds no event in, a near neighbour that is one)
CASES = [
    (
        senses._participle_described,
        ("Many Kurds felt threatened by the plan.", "threatened", "THREATEN"),
        ("Turkey threatened the Kurds.", "threatened", "THREATEN", None, ("Turkey",), ("Kurds",)),
    ),
    (
        senses._warned_only,
        ("The Spanish minister warned of the danger.", "warned", "THREATEN", None, ("minister",)),
        ("Iran warned Israel of a harsh response.", "warned", "THREATEN", None, ("Iran",), ("Israel",)),
    ),
    (
        senses._no_doer,
        ("No leader has refused to attend the summit.", "refused", "REJECT", None, ("leader",)),
        ("The leader has refused to attend the summit.", "refused", "REJECT", None, ("leader",)),
    ),
    (
        senses._who_they_are,
        ("Lawmakers who oppose the bill met on Monday.", "oppose", "ACCUSE", None, ("who",), ("bill",)),
        ("Lawmakers opposed the bill on Monday.", "opposed", "ACCUSE", None, ("Lawmakers",), ("bill",)),
    ),
    (
        senses._habitual,
        ("The Polish president travels to Kyiv every year.", "travels", "CONSULT", "visit", ("president",)),
        ("The Polish president travelled to Kyiv last year.", "travelled", "CONSULT", "visit", ("president",)),
    ),
    (
        senses._no_state_visit,
        ("Around 3,000 Tunisians travelled to Libya.", "travelled", "CONSULT", "visit", ("Tunisians",)),
        ("The Tunisian president travelled to Libya.", "travelled", "CONSULT", "visit", ("president",)),
    ),
    (
        senses._statistic,
        ("The number of tourists visiting Cuba fell.", "visiting", "CONSULT", "visit", ("tourists",), ("Cuba",)),
        ("Chinese tourists visiting Cuba praised the beaches.", "visiting", "CONSULT", "visit", ("tourists",)),
    ),
    (
        senses._foreseen_act,
        ("Analysts predict that Ankara will recognise the new government.", "recognise", "SUPPORT", None,
         ("Ankara",), ("government",)),
        ("Ankara will recognise the new government.", "recognise", "SUPPORT", None, ("Ankara",), ("government",)),
    ),
    (
        senses._a_duty,
        ("The new Malian premier is charged to rebuild the army.", "charged", "ACCUSE", None, (), ("premier",)),
        ("The new Malian premier was charged with fraud.", "charged", "ACCUSE", None, (), ("premier",)),
    ),
]


@pytest.mark.parametrize(("check", "none", "event"), CASES, ids=[c[0].__name__ for c in CASES])
def test_a_check_tells_its_kind_from_an_event(check: Callable[[Candidate], bool], none: tuple, event: tuple) -> None:
    assert check(_cand(*none))
    assert senses.no_event(_cand(*none))
    assert not check(_cand(*event))


def test_no_check_fires_on_a_plain_attack() -> None:
    cand = _cand("Russian troops attacked the Ukrainian port.", "attacked", "ASSAULT", None, ("troops",), ("port",))
    assert [c.__name__ for c in senses._NO_EVENT_CHECKS if c(cand)] == []
    assert not senses.no_event(cand)


def test_texts_as_doers_and_standing_texts_share_the_text_nouns() -> None:
    signed = {o for t in load().verbs.get("sign", []) for o in t.objects}
    assert signed | senses.TEXT_NOUNS <= senses._text_nouns() <= senses._standing_texts()
    text = "The new law violates the truce."
    assert senses.inanimate_doer(_cand(text, "violates", "REJECT", None, ("law",), ("truce",)))
    other = "The army violates the truce."
    assert not senses.inanimate_doer(_cand(other, "violates", "REJECT", None, ("army",), ("truce",)))
