"""Actors of a story about one state: its parties by name, officials and bodies the sentence
gives no state ("the government", "the interior minister", "prosecutors"), and names several
states bear ("Congolese") taken as the one of them the story has named.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import actor_of, country_of


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("The SNP demanded a second referendum on independence.", "SNP", "GBR"),
        ("Tory rebels voted against the budget.", "Tory", "GBR"),
        ("The AfD condemned the new asylum rules.", "AfD", "DEU"),
        ("Likud leaders rejected the coalition offer.", "Likud", "ISR"),
        ("The BJP accused the Congress party of corruption.", "BJP", "IND"),
        ("The BJP accused the Congress party of corruption.", "party", "IND"),
    ],
)
def test_a_party_known_by_its_own_name_is_of_its_state(text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


@pytest.mark.parametrize(
    ("later", "word"),
    [
        ("The appeals court rejected the government's request on Tuesday.", "government"),
        ("The opposition criticised the interior minister.", "minister"),
        ("Prosecutors questioned the former mayor for six hours.", "Prosecutors"),
    ],
)
def test_an_official_is_of_the_one_state_the_story_named(later: str, word: str) -> None:
    text = f"Thousands of farmers marched through Paris on Monday against the pension reform. {later}"
    assert country_of(text, word) == "FRA"


def test_an_official_is_not_placed_by_a_story_about_several_states() -> None:
    text = (
        "Chile and Peru signed a fishing accord in Lima on Monday. "
        "The interior minister said the accord would be reviewed."
    )
    assert country_of(text, "minister") is None


def test_an_official_is_not_the_story_state_when_the_sentence_names_another() -> None:
    text = "Farmers blocked roads across Kenya on Monday. The Ugandan envoy met the foreign minister on Tuesday."
    assert country_of(text, "minister") != "KEN"


def test_a_thing_is_no_official_of_the_story_state() -> None:
    # "general" of "general election" is no army general
    text = "Workers went on strike across Portugal on Monday. The general election manifesto ruled out new taxes."
    assert country_of(text, "manifesto") is None


@pytest.mark.parametrize(
    ("first", "country"),
    [
        ("Opposition supporters clashed with police in Kinshasa on Sunday.", "COD"),
        ("Hundreds of students marched through Brazzaville on Sunday.", "COG"),
    ],
)
def test_a_shared_name_is_the_state_the_story_named(first: str, country: str) -> None:
    assert country_of(f"{first} Congolese soldiers fired tear gas at the crowd.", "Congolese") == country


def test_a_shared_name_stays_unresolved_when_the_story_names_both_states() -> None:
    text = (
        "The presidents of Congo-Brazzaville and the Democratic Republic of Congo met in Kinshasa. "
        "Congolese officials praised the talks."
    )
    assert actor_of(text, "Congolese") is None


def test_a_shared_name_follows_the_one_state_named_before() -> None:
    text = "North Korea fired a missile into the sea on Monday. Korean state media praised the launch."
    assert country_of(text, "Korean") == "PRK"
    both = "Seoul and Pyongyang held talks on Monday. Korean officials praised the talks."
    assert country_of(both, "Korean") is None
