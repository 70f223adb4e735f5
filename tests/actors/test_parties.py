"""Parties whose name many states' parties bear ("Labour", "the Greens", "the Conservatives") are
the party of the state named just before them ("Spain's Socialists"), else of the state the
sentence names (by a state's name, its adjective or one of its people), else of the one the story
has named, else of the state news nearly always means by the name ("the Tories"), else of no one.
Their names that are English words stay words ("labour costs", "Labour costs rose", "the Labour
Ministry").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import country_of, has_event, nlp, triples
from stormpetrel.actors import gazetteer


def _names(text: str, named: set[str] | None = None) -> dict[str, tuple[str, str | None]]:
    """The names the gazetteer finds in one sentence: text -> (code, sector)."""
    gaz = gazetteer.load(nlp())
    tokens = list(nlp()(text))
    found = gaz.match_names(tokens, 2019, named or set())
    return {" ".join(t.text for t in tokens[m.start : m.end]): (m.entry.code, m.entry.sector) for m in found}


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Labour told the British government to rethink its tax rise.", "Labour", "GBR"),
        ("Chancellor Angela Merkel rebuked the Greens over their coal plan.", "Greens", "DEU"),
        ("Theresa May warned the Conservatives against a split over Europe.", "Conservatives", "GBR"),
        ("Prime Minister Justin Trudeau mocked the Conservatives over their budget figures.", "Conservatives", "CAN"),
        ("The Socialists accused Spain's finance minister of hiding the deficit.", "Socialists", "ESP"),
    ],
)
def test_a_shared_party_name_is_of_the_state_its_sentence_names(text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


def test_a_shared_party_name_is_of_the_state_the_story_named() -> None:
    assert _names("Labour criticised the budget.", {"NZL"})["Labour"] == ("NZL", "PTY")
    assert _names("The Liberals won the vote.", {"AUS", "USA"})["Liberals"] == ("AUS", "PTY")


def test_a_shared_party_name_the_text_does_not_place_is_no_one() -> None:
    assert "Labour" not in _names("Labour criticised the budget.")
    assert "Greens" not in _names("The Greens criticised the budget.", {"DEU", "AUT"})
    assert "Labour" not in _names("Labour accused the European Union of delay.")


def test_a_name_with_a_usual_state_keeps_it_unless_the_text_names_another() -> None:
    assert _names("The Tories criticised the budget.")["Tories"] == ("GBR", "PTY")
    assert _names("The Tories criticised the budget.", {"CAN"})["Tories"] == ("CAN", "PTY")


def test_a_state_written_before_the_name_owns_it() -> None:
    # Romania's party of that name is not among the best-known ones the table lists
    assert _names("Romania's Social Democrats won the vote.")["Social Democrats"] == ("ROU", "PTY")
    assert _names("The Hungarian Socialists lost the vote.", {"FRA"})["Socialists"] == ("HUN", "PTY")


@pytest.mark.parametrize(
    "text",
    [
        "Labour costs rose sharply in Britain last year.",
        "Wages and labour costs rose in Britain.",
        "The Labour Ministry in London published the figures.",
        "Conservative estimates put the British deficit higher.",
        "Farmers in Britain sold fresh greens at the market.",
    ],
)
def test_the_english_word_is_no_party(text: str) -> None:
    gaz = gazetteer.load(nlp())
    tokens = list(nlp()(text))
    assert not [m for m in gaz.match_names(tokens, 2019, {"GBR"}) if m.entry.sector == "PTY"]


def test_a_party_opening_its_sentence_as_a_leader_s_title_is_the_party() -> None:
    assert _names("Labour leader Jeremy Corbyn criticised the budget.", {"GBR"})["Labour"] == ("GBR", "PTY")


def test_a_party_urging_its_government_is_an_event_at_home() -> None:
    assert has_event(triples("Labour urged the British government to drop the tax rise."), "REQUEST", "GBR", "GBR")

def test_a_shared_party_name_in_a_story_about_one_of_its_states_is_that_state_s() -> None:
    text = (
        "New Zealand's parliament debated the housing bill on Tuesday. "
        "Labour accused the government of ignoring renters."
    )
    assert country_of(text, "Labour") == "NZL"


def test_a_shared_party_name_is_of_the_state_of_the_story_s_people() -> None:
    text = "Chancellor Philip Hammond raised the tax on Wednesday. Labour urged the government to drop it."
    assert country_of(text, "Labour") == "GBR"


def test_the_other_parties_in_a_race_are_at_home_not_the_other_side() -> None:
    text = (
        "The Dutch far-right leader wants to take the Netherlands out of the EU. "
        "The other parties in the race have ruled out working with Wilders."
    )
    rejections = [(s, o) for t, s, o in triples(text) if t == "REJECT"]
    assert rejections and all(s == "NLD" for s, _ in rejections)
