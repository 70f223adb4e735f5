"""A place a sentence names as where someone goes ("flew on to X", "on his way back to X"), where
something happens ("at X"), or as a place with its state after it ("X, Jordan") is a place: not a
person a later "he" points back to, and not the home of the one who travels.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import actor_of, nlp
from stormpetrel import nlp as nlp_stage
from stormpetrel.actors import gazetteer, resolve


def people(text: str) -> set[str]:
    """The names the document remembers as people after reading ``text``."""
    actors = resolve.DocumentActors(gazetteer.load(nlp()), 2017)
    for seg in next(nlp_stage.parse([text], nlp())):
        for sent in seg.doc.sents:
            actors.note_sentence(sent, actors.marks(sent))
    return set(actors.persons)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "In late May, Qatar's Emir Tamim bin Hamad Al Thani, joined by a large delegation, set out on a "
            "tour of Asia, where he is visiting India, Nepal and, on his way back to the Middle East, Oman.",
            "QAT",
        ),
        (
            "In June, Kenya's President Daniel Otieno Kamau, joined by his ministers, set out on a tour of "
            "Europe, where he is visiting France, Italy and, on his way back to East Africa, Uganda.",
            "KEN",
        ),
    ],
)
def test_pronoun_is_not_the_destination(text: str, country: str) -> None:
    assert actor_of(text, "he").country == country  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kenyan President William Ruto met French officials on Monday and then flew on to Santa Cruz, Bolivia.",
            "santa cruz",
        ),
        ("Kenyan President William Ruto spoke at Puerto Suarez, Bolivia on Monday.", "puerto suarez"),
        ("The Chilean foreign minister will travel on to Rio Branco, Brazil, after the summit.", "rio branco"),
    ],
)
def test_place_is_not_a_person(text: str, place: str) -> None:
    assert place not in people(text)


def test_person_named_beside_a_journey_is_still_a_person() -> None:
    text = "Kenyan President William Ruto flew to Nairobi to meet Tanzanian opposition leader Juma Ali Mwinyi."
    assert "juma ali mwinyi" in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister met the king on Sunday, before he flew on to Aqaba, Jordan.",
        "The defence minister met the emir on Friday and then flew on to Muscat.",
    ],
)
def test_destination_is_not_the_travellers_home(text: str) -> None:
    assert actor_of(text, "minister").country is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The president cut short a trip abroad and flew home to Chile.", "CHL"),
        ("The prime minister returned to Kenya and met opposition leaders.", "KEN"),
    ],
)
def test_homeward_journey_names_the_home(text: str, country: str) -> None:
    word = "president" if "president" in text else "minister"
    assert actor_of(text, word).country == country  # type: ignore[union-attr]
