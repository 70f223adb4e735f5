"""News outlets, allegiance and a few names: a newspaper named after a place is not that place's
state; an outlet spoken to is a medium, not a party; "forces loyal to X" serve X's state; a name
written lowercase ("al-Qaeda") is also known when a sentence opens with it; suicide bombers are
militants.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import actor_of, coded, has_event, nlp
from stormpetrel import nlp as nlp_stage
from stormpetrel.actors import gazetteer, resolve


def marked_codes(text: str) -> list[str]:
    """The gazetteer codes the sentence's marks hold, one per name."""
    actors = resolve.DocumentActors(gazetteer.load(nlp()), 2021)
    codes = []
    for seg in next(nlp_stage.parse([text], nlp())):
        for sent in seg.doc.sents:
            marks = actors.marks(sent)
            codes += [m.entry.code for m in {m.start: m for m in marks.names.values()}.values()]
    return codes


def told(text: str, word: str) -> bool:
    """Is ``word`` in ``text`` an outlet that is only spoken to?"""
    actors = resolve.DocumentActors(gazetteer.load(nlp()), 2021)
    for seg in next(nlp_stage.parse([text], nlp())):
        for sent in seg.doc.sents:
            marks = actors.marks(sent)
            for tok in sent:
                if tok.text == word:
                    return resolve.spoken_to_outlet(tok, marks)
    raise AssertionError(word)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenya Times said the Ugandan army had crossed the border.",
        "According to the Times of India, the Ugandan army had crossed the border.",
    ],
)
def test_a_newspaper_named_after_a_place_is_not_its_state(text: str) -> None:
    assert marked_codes(text) == ["UGA"]


def test_a_place_before_a_lowercase_word_is_still_the_place() -> None:
    assert "KEN" in marked_codes("Kenya times its elections with the harvest.")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The Nigerian minister told Xinhua that trade would grow.", "Xinhua", True),
        ("The Nigerian minister spoke to Xinhua on Friday.", "Xinhua", True),
        ("In an interview with Xinhua, the Nigerian minister praised the loans.", "Xinhua", True),
        ("Nigeria banned Xinhua from its courts.", "Xinhua", False),
        ("The Nigerian minister spoke to China on Friday.", "China", False),  # a state, not an outlet
    ],
)
def test_an_outlet_spoken_to_is_a_medium(text: str, word: str, expected: bool) -> None:
    assert told(text, word) is expected


def test_an_outlet_spoken_to_is_not_the_story_s_other_party() -> None:
    text = "The Nigerian foreign minister told Al Jazeera that Abuja would not negotiate."
    assert not has_event(coded(text), None, "NGA", "QAT")


@pytest.mark.parametrize(
    ("text", "word", "country", "sector"),
    [
        ("Forces loyal to Khalifa Haftar seized two oil ports.", "Forces", "LBY", "MIL"),
        ("Troops loyal to President Salva Kiir shelled the town of Bor.", "Troops", "SSD", "MIL"),
    ],
)
def test_forces_loyal_to_a_leader_serve_his_state(text: str, word: str, country: str, sector: str) -> None:
    actor = actor_of(text, word, 2019)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_a_body_near_another_is_not_it() -> None:
    actor = actor_of("A panel close to the African Union said the vote was fair.", "panel", 2019)
    assert actor is None or actor.country != "AU"


def test_a_lowercase_name_opens_a_sentence() -> None:
    actor = actor_of("Al-Qaeda claimed the bombing of a hotel in Aden.", "Qaeda", 2019)
    assert actor is not None and actor.country == "IMG"


@pytest.mark.parametrize(
    "text",
    [
        "A suicide car bomber struck a checkpoint near Kismayo.",
        "Two suicide attackers stormed a police station in Peshawar.",
    ],
)
def test_suicide_bombers_are_militants(text: str) -> None:
    word = "bomber" if "bomber" in text else "attackers"
    actor = actor_of(text, word, 2019)
    assert actor is not None and actor.sector == "REB"

