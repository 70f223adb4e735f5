"""A demonym that is a person's surname, a part one plays, a state's delegation to an
organisation, "he" after the subject of its main clause or a surname named in full before, a
province that shares a state's name, an organisation's seat named as a city, a court in a
story set in two states, a surname written without its accents, before the given name or
after another first name, and a bare surname the story gave another person in full.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import actor_of, country_of, has_event, triples

# -- a demonym as a surname ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wealthy investor Mark Cuban criticised the senator on Tuesday.", "Cuban"),
        ("Television host Tom Russian condemned the mayor on Monday.", "Russian"),
    ],
)
def test_a_demonym_after_a_role_and_a_first_name_is_a_surname(text: str, word: str) -> None:
    assert country_of(text, word) is None


def test_a_demonym_before_a_noun_after_a_day_is_still_a_state() -> None:
    assert country_of("On Monday Russian troops attacked Kyiv.", "troops") == "RUS"


# -- a part one plays ---------------------------------------------------------------------------


def test_a_role_someone_plays_acts_for_its_player() -> None:
    text = (
        "Investigators have examined Russia's role in the vote since January. "
        "Jeff Sessions played a prominent role backing Trump after he joined the campaign."
    )
    assert country_of(text, "role") == "USA"


# -- a state's delegation -----------------------------------------------------------------------


def test_an_organisations_official_in_a_states_delegation_is_of_that_state() -> None:
    text = "OSCE envoy Ivan Petrov, a member of the Russian delegation, accused the US lawmakers of lying."
    assert country_of(text, "Petrov") == "RUS"


def test_an_organisations_official_described_by_a_former_post_stays_its_own() -> None:
    text = "UN envoy Ivan Petrov, a former Russian diplomat, accused the US lawmakers of lying."
    assert country_of(text, "Petrov") == "UN"


# -- "he" ---------------------------------------------------------------------------------------


def test_he_after_a_main_clause_is_its_subject_even_of_no_state() -> None:
    text = "President Trump spoke on Monday. A young man was killed by police after he wounded a guard with a knife."
    actor = actor_of(text, "he")
    assert actor is None or actor.country is None


def test_he_after_a_main_clause_with_a_titled_subject_is_that_official() -> None:
    text = "President Putin spoke on Monday. The Ukrainian minister resigned after he criticised the Kremlin."
    assert country_of(text, "he") == "UKR"


def test_he_after_a_surname_named_in_full_before_is_that_person() -> None:
    text = (
        "Karim Ben Hadda, 41, was killed on Saturday, officials say. "
        "The BBC's John Smith in Lyon says he was known to the police. "
        "Hadda drove to the airport and attacked a patrol. He tried to seize a rifle."
    )
    actor = actor_of(text, "He")
    assert actor is not None and actor.name == "Karim Ben Hadda"


# -- a province with a state's name -------------------------------------------------------------


def test_a_province_named_like_a_state_is_of_its_own_state_when_a_city_of_it_is_named() -> None:
    text = "A Georgia judge sentenced two men to prison on Monday for threatening a family near Atlanta."
    assert country_of(text, "judge") == "USA"


def test_a_provinces_governor_named_with_it_is_of_the_state_the_story_named() -> None:
    text = "US health officials met on Monday. Georgia Gov. Nathan Deal criticised the federal health plan."
    assert country_of(text, "Deal") == "USA"


def test_a_states_president_named_with_it_stays_of_that_state() -> None:
    text = "The US envoy arrived on Monday. Georgia President Salome Zurabishvili criticised Russia."
    assert country_of(text, "Zurabishvili") == "GEO"


def test_the_state_of_that_name_stays_itself() -> None:
    assert country_of("Russian troops attacked Georgia in 2008.", "Georgia") == "GEO"


# -- an organisation's seat as a city -----------------------------------------------------------


def test_a_seat_named_as_part_of_its_city_is_the_citys_state() -> None:
    assert country_of("Bombs at Brussels airport killed 32 people.", "Brussels") == "BEL"


def test_a_seat_before_officials_is_still_the_organisation() -> None:
    assert country_of("Brussels officials criticised the Polish government on Monday.", "officials") == "EU"


def test_an_editors_bracketed_surname_after_a_city_name_is_a_person() -> None:
    text = '"I think Tokyo [Mbalula], the head of the panel, is committed to peace," the minister said.'
    assert country_of(text, "Tokyo") is None


# -- a court in a story set in two states -------------------------------------------------------


def test_a_court_in_a_story_about_one_state_set_in_another_is_not_guessed() -> None:
    text = (
        "The French authorities want the man extradited to France for a killing in west Cork. "
        "The Supreme Court rejected the request in 2012."
    )
    assert country_of(text, "Court") is None


def test_a_court_in_a_story_about_one_state_takes_that_state() -> None:
    text = (
        "The French authorities want the man tried for a killing in Lyon. "
        "The Supreme Court rejected the request in 2012."
    )
    assert country_of(text, "Court") == "FRA"


# -- where an act struck ------------------------------------------------------------------------


def test_an_act_placed_in_a_capital_is_not_the_capitals_government() -> None:
    actor = actor_of("Last year the bombing of a market in Baghdad killed some 300 people.", "bombing")
    assert actor is None or actor.sector != "GOV"


# -- a surname written without its accents, or a family name written first ----------------------


def test_a_surname_without_its_accents_is_the_person_named_with_them() -> None:
    text = (
        "Peruvian Foreign Minister José Núñez spoke in Lima on Monday. "
        "Nunez condemned the Chilean navy for the incident."
    )
    assert triples(text) == [("ACCUSE", "PER", "CHL")]


def test_a_family_name_written_first_is_the_person_named_in_full() -> None:
    text = (
        "The secretary held talks with his Chinese counterpart Zhou Minghua on Friday. "
        "Mr Zhou, however, criticised the Japanese navy."
    )
    assert has_event(triples(text), "ACCUSE", "CHN", "JPN")


def test_a_given_name_written_last_is_no_surname() -> None:
    text = (
        "The secretary held talks with his Canadian counterpart Thomas Grant on Friday. "
        "Mr Thomas criticised the Japanese navy."
    )
    assert not has_event(triples(text), "ACCUSE", "CAN", "JPN")


def test_a_surname_with_a_particle_that_is_a_capitals_name_is_the_person() -> None:
    text = (
        "Brazilian Senator Carla de Santiago was questioned by the police on Monday. "
        "De Santiago accused the Argentine government of lying."
    )
    assert has_event(triples(text), "ACCUSE", "BRA", "ARG")


# -- a known person's surname after another first name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Television analyst Andrew Napolitano criticised the spy agency on Monday.", "Napolitano"),
        ("Local restaurateur Allen Zeman met the mayor on Friday.", "Zeman"),
    ],
)
def test_a_known_surname_after_another_first_name_is_someone_else(text: str, word: str) -> None:
    assert country_of(text, word) is None


@pytest.mark.parametrize("first", ["Milos", "Miloš", "Mr"])
def test_a_known_surname_after_its_own_first_name_or_a_courtesy_title_is_that_person(first: str) -> None:
    assert country_of(f"{first} Zeman met the mayor of Brno on Friday.", "Zeman") == "CZE"


# -- a bare surname after the story named someone else of it in full ----------------------------


def test_a_bare_surname_is_the_person_the_story_named_in_full() -> None:
    # the table knows an Iraqi Jaafari; the story has named a Syrian one
    text = "Syria's UN envoy Bashar al-Jaafari met reporters in Geneva. Jaafari accused Turkey of backing the rebels."
    assert has_event(triples(text), "ACCUSE", "SYR", "TUR")


def test_a_bare_surname_of_a_state_the_story_named_stays_the_tables_person() -> None:
    # a relative named in full is no reason to doubt the office holder of that name
    text = "Beau Biden served in Iraq with the Delaware National Guard. Vice President Biden visited Baghdad on Monday."
    assert country_of(text, "Biden") == "USA"
