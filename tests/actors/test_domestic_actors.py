"""Domestic actors (police, rebels, the opposition, protesters, gunmen) belong to the state they
act in: the one their clause places them in, by a province's or a city's name as well as a
state's ("in Idlib province", "near Kandahar", "Rotterdam police", "police in Lagos", "Kandahar
Governor X"), the government they are named with, or the one state the story has named so far.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import actor_of, country_of, triples


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Rebels shelled a market in Idlib province on Monday.", "Rebels", "SYR"),
        ("Gunmen kidnapped six traders in Zamfara state.", "Gunmen", "NGA"),
        ("Militants ambushed a convoy near Kandahar on Friday.", "Militants", "AFG"),
        ("Protesters blocked the main road in the city of Maiduguri.", "Protesters", "NGA"),
        # a province, not the small German town an alternate spelling of its name also fits
        ("Insurgents burned two schools in Borno last week.", "Insurgents", "NGA"),
        # a city in the actor's own phrase
        ("Rotterdam police detained 12 demonstrators on Saturday.", "police", "NLD"),
        # the town a local office serves, named in its own phrase
        ("Police in Maiduguri detained 12 traders on Saturday.", "Police", "NGA"),
        ("A court in Kandahar jailed two journalists.", "court", "AFG"),
        # a place before an office holder's title: the office's
        ("Kandahar Governor Zalmay Rahimi condemned the bombing.", "Rahimi", "AFG"),
        ("Aleppo Mayor Omar Haddad welcomed the aid convoy.", "Haddad", "SYR"),
    ],
)
def test_a_local_actor_is_of_the_province_or_city_it_acts_in(text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


def test_a_person_named_like_a_town_is_no_home() -> None:
    # "Bush" is also an Egyptian town
    assert country_of("The Bush administration criticised the protesters.", "administration") != "EGY"


def test_police_act_at_home_even_in_a_story_about_another_state() -> None:
    text = (
        "Syria's foreign minister flew to Tehran on Monday for talks on the ceasefire. "
        "Police arrested dozens of protesters in Caracas on Sunday."
    )
    assert country_of(text, "Police") == "VEN"


def test_the_opposition_is_of_the_one_state_the_story_names() -> None:
    text = (
        "Bolivia's President Evo Morales appealed to the United Nations over fuel shortages on Friday. "
        "Mr Morales said the UN could help. "
        "The opposition accuses Mr Morales of wrecking the economy."
    )
    assert country_of(text, "opposition") == "BOL"
    assert ("ACCUSE", "BOL", "BOL") in triples(text)


def test_the_opposition_is_never_an_official_of_the_other_side() -> None:
    text = "Russia and Chile signed a trade deal on Monday. Mr Lavrov praised Chile. The opposition objected."
    found = actor_of(text, "opposition")
    assert found is not None and found.name != "partner" and found.country is None


def test_a_government_named_with_a_local_group_is_of_its_state() -> None:
    text = (
        "The Venezuelan opposition called a strike. "
        "Riots broke out when the government and the opposition failed to agree on a date for the vote."
    )
    assert country_of(text, "government") == "VEN"


def test_a_site_is_of_the_state_its_place_names_in_a_story_about_several() -> None:
    text = (
        "Russia and Turkey agreed on a ceasefire plan for Syria last week. "
        "Rebels shelled an army base in Idlib province on Monday."
    )
    assert country_of(text, "base") == "SYR"
    assert ("ASSAULT", "SYR", "SYR") in triples(text)


def test_a_parliament_s_intelligence_committee_is_of_the_legislature() -> None:
    text = "The Canadian prime minister met the Commons intelligence committee on Friday."
    committee = actor_of(text, "committee")
    assert committee is not None and committee.sector == "LEG"
    assert ("CONSULT", "CAN", "CAN") in triples(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Gardaí arrested two men in Cork on Monday.", "IRL"),
        ("The Carabinieri detained a local councillor on Monday.", "ITA"),
        ("The Guardia Civil arrested three smugglers on Monday.", "ESP"),
    ],
)
def test_a_national_police_force_named_alone_is_its_states(text: str, state: str) -> None:
    assert ("COERCE", state, state) in triples(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Federal Communications Commission on Monday accused Russia of jamming signals.", "ACCUSE"),
        ("ICE agents arrested forty migrants in Texas on Monday.", "COERCE"),
    ],
)
def test_a_federal_agency_named_alone_is_american(text: str, kind: str) -> None:
    assert any(e[0] == kind and e[1] == "USA" for e in triples(text))


def test_a_capital_named_as_the_place_of_a_thing_is_not_its_government() -> None:
    # "protests in Nairobi" are held there; the capital does not make them the government's
    actor = actor_of("The Kenyan government on Monday banned all protests in Nairobi.", "protests")
    assert actor is not None and actor.country == "KEN" and actor.sector != "GOV"
    assert ("COERCE", "KEN", "KEN") in triples("The Kenyan government on Monday banned all protests in Nairobi.")


def test_a_person_with_no_title_speaks_for_the_one_state_the_story_names() -> None:
    text = (
        "Kenya's government closed the largest refugee camp on Monday. "
        "Kenyan officials said the camp sheltered militants. "
        "On Thursday, John Mwangi accused the Kenyan government of breaking the law."
    )
    assert country_of(text, "Mwangi") == "KEN"
    assert ("ACCUSE", "KEN", "KEN") in triples(text)


def test_a_person_with_no_title_is_of_no_state_in_a_story_of_two() -> None:
    text = (
        "Kenya's government closed the largest refugee camp on Monday. "
        "Somalia said the camp sheltered its citizens. "
        "On Thursday, John Mwangi accused the Kenyan government of breaking the law."
    )
    assert country_of(text, "Mwangi") is None


def test_a_person_with_no_title_is_not_placed_by_a_state_named_once() -> None:
    text = "On Thursday, John Mwangi accused the Kenyan government of breaking the law."
    assert country_of(text, "Mwangi") is None



ONE_STATE_STORY = (
    "Kenya's government closed a refugee camp in Dadaab on Monday. Kenyan officials said the camp sheltered militants. "
)


@pytest.mark.parametrize(
    "act",
    [
        "On Thursday, John Mwangi urged Kenyan voters to stay at home.",
        "On Thursday, John Mwangi thanked Kenyan voters for their support.",
    ],
)
def test_a_person_the_one_state_alone_places_has_no_event_with_plain_people(act: str) -> None:
    # a private person and plain people: no parties of the state
    assert triples(ONE_STATE_STORY + act) == []


@pytest.mark.parametrize(
    ("act", "event"),
    [
        # plain people attacked are still an attack
        ("On Thursday, John Mwangi killed three Kenyan villagers in Dadaab.", ("ASSAULT", "KEN", "KEN")),
        # a body of the state, or a person of a sector, is a party
        ("On Thursday, John Mwangi accused the Kenyan government of breaking the law.", ("ACCUSE", "KEN", "KEN")),
        ("On Thursday, John Mwangi sued Kenyan businessman Peter Otieno for damages.", ("ACCUSE", "KEN", "KEN")),
    ],
)
def test_a_person_the_one_state_alone_places_still_acts_on_a_party(act: str, event: tuple[str, str, str]) -> None:
    assert event in triples(ONE_STATE_STORY + act)
