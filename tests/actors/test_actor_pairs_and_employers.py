"""A surname met without its article, a person of "the government's", "both of them" after two
people named, "the two men" after a group of people, and a region that holds a state's name.

Every sentence is invented for these tests.
"""

from __future__ import annotations

from coded import coded, country_of, has_event


def test_a_surname_without_its_article_is_the_person_named_in_full() -> None:
    text = (
        "Syrian President Bashar al-Assad visited Moscow on Monday. "
        "The exiled opposition refused to congratulate Assad on the trip."
    )
    assert country_of(text, "Assad") == "SYR"


def test_an_official_of_the_government_serves_the_story_s_state_not_the_other_side() -> None:
    text = (
        "Syrian troops retook Aleppo last week. Syria's army says it will push on. "
        "Damascus thanked Russia for its jets. Syrian rebels vowed to fight on. "
        "Delegations gathered in Astana, where the government's lead negotiator praised the army."
    )
    assert country_of(text, "negotiator") == "SYR"


def test_both_of_two_people_just_named_is_their_state_not_the_story_s_two() -> None:
    text = (
        "Russia denied the report on Monday. Blinken and Austin could not testify on Friday, "
        "so the panel will wait until both of them can come."
    )
    assert country_of(text, "both", 2022) == "USA"


def test_the_two_men_are_the_people_just_named_not_the_story_s_two_states() -> None:
    text = (
        "The president banned visitors from Syria and Iraq. Two Iraqi brothers landed in New York overnight. "
        "US officials immediately detained the two men."
    )
    assert has_event(coded(text), "COERCE", "USA", "IRQ")
    assert not has_event(coded(text), "COERCE", "USA", "SYR")


def test_a_region_that_holds_a_state_s_name_is_not_that_state() -> None:
    text = "Officials feared the scandal could hurt talks on a trade pact between South America's farmers and Europe."
    assert country_of(text, "farmers") != "USA"


def test_the_leaders_of_two_states_are_of_both() -> None:
    """'the leaders of Chile and Peru': a plural of two states named with "of" and "and"."""
    assert has_event(coded("The presidents of Chile and Peru criticised Bolivia on Monday."), "ACCUSE", "PER", "BOL")
    met = coded("The foreign ministers of Chile and Peru met in Lima on Monday.")
    assert has_event(met, "CONSULT", "CHL", "PER") or has_event(met, "CONSULT", "PER", "CHL")


def test_the_leader_of_one_of_two_states_named_is_of_that_one() -> None:
    text = "The president of Chile and the Peruvian foreign minister criticised Bolivia on Monday."
    assert has_event(coded(text), "ACCUSE", "CHL", "BOL")
