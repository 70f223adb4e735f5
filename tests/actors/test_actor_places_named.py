"""Actors whose state a place name or a spelling could mislead: a town whose name is also a
province abroad, a meeting place named beside an organisation, a person spelled two ways, an
official of a story whose sentence names a person of another state.

Every sentence is invented for these tests; the people in them are made up (except where a
test is about the bundled list of office holders).
"""

from __future__ import annotations

import coded


def test_state_of_the_clause_beats_a_town_name_known_abroad() -> None:
    # "Uri" is also a Swiss canton; the post is Pakistani, the raid in Pakistan
    text = "Gunmen stormed a Pakistani police post in the hill town of Uri and killed six officers."
    assert coded.country_of(text, "Gunmen") == "PAK"


def test_town_name_still_places_a_group_when_the_clause_names_no_state() -> None:
    assert coded.country_of("Rebels shelled a market in the town of Idlib on Monday.", "Rebels") == "SYR"


def test_session_of_an_organisation_is_the_organisations_not_the_hosts() -> None:
    text = (
        "Ivan Sokolov is leading a Russian team to this week's session of the United Nations "
        "Commission on Illicit Drugs in Vienna."
    )
    actor = coded.actor_of(text, "session")
    assert actor is not None and actor.country == "UN"


def test_a_name_spelled_two_ways_is_one_person() -> None:
    text = (
        "Russian envoy Vyacheslav Morozkin met Chinese officials in Beijing on Monday. "
        "On Tuesday Viacheslav Morozkin criticised Japan."
    )
    actor = coded.actor_of(text, "Morozkin")
    assert actor is not None and actor.name == "Vyacheslav Morozkin" and actor.country == "RUS"


def test_an_official_is_not_of_the_story_state_when_the_sentence_names_a_foreign_leader() -> None:
    text = (
        "Russia denied any role in the hacking. "
        "The spokesman praised the media and mocked Trump's feud with the press."
    )
    assert coded.country_of(text, "spokesman") != "RUS"


def test_a_place_of_two_names_before_a_group_is_its_home_not_a_person() -> None:
    # "New York" is no one's name here; the story's first state is not theirs either
    text = "Canada is near. New York lawmakers criticised the plan."
    actor = coded.actor_of(text, "lawmakers")
    assert actor is not None and (actor.country, actor.name) == ("USA", None)


def test_an_international_court_is_no_court_of_a_state() -> None:
    text = "Ecuador took its dispute with Chile to the Permanent Court of Arbitration."
    actor = coded.actor_of(text, "Court")
    assert actor is not None and (actor.country, actor.sector) == ("IGO", "JUD")


def test_a_town_in_the_actors_own_phrase_places_a_local_body() -> None:
    # "in Toronto" hangs on the judge, not on the verb: the court sits where its phrase says
    events = coded.triples("A judge in Toronto jailed the former mayor for fraud.")
    assert coded.has_event(events, "COERCE", "CAN", "CAN")
