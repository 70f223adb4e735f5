"""Sector vocabulary is matched on what a word is: a noun's plural by its lemma ("soldiers"),
but never a verb ("were forced to" is no armed force, "guarded" no guard); a club named after a
capital is no government, and a breed or an idiom named after a state ("a German Shepherd",
"Russian roulette") is no state.

Every sentence is invented for these tests.
"""

from __future__ import annotations

from coded import coded, nlp
from stormpetrel.actors import gazetteer


def _terms(text: str) -> dict[str, str]:
    tokens = list(nlp()(text))
    return {tokens[t.start].text: t.sector for t in gazetteer.load(nlp()).match_terms(tokens)}


def test_a_verb_is_no_body_its_lemma_names() -> None:
    assert "forced" not in _terms("Republicans were forced to withdraw their amendment.")


def test_a_noun_is_matched_by_its_lemma() -> None:
    assert _terms("Three soldiers and two policemen were hurt.") == {"soldiers": "MIL", "policemen": "COP"}


def test_a_club_named_after_a_capital_is_no_government() -> None:
    assert coded("Real Madrid signed a sponsorship deal with a Chinese bank on Monday.") == ()
    assert any(e[1:] == ("ESP", "CHN") for e in coded("Madrid signed a trade deal with Beijing on Monday."))


def test_a_breed_or_an_idiom_named_after_a_state_is_no_state() -> None:
    assert not any("DEU" in e for e in coded("A German Shepherd attacked a postman in Cork on Monday."))
    assert not any("RUS" in e for e in coded("The mayor accused the council of playing Russian roulette with jobs."))
