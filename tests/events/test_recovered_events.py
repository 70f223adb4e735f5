"""Protest notes handed over, streets taken, rights withdrawn, organisations left, mockery and suicide blasts.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import coded, has_event
from stormpetrel.events import lexicon

PUB = "2021-09-14"


def events(text: str) -> tuple:
    return coded(text, PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A senior Greek official handed the Turkish envoy a protest note on Monday.", ("ACCUSE", "GRC", "TUR")),
        ("Poland delivered a protest note to the Belarusian ambassador.", ("ACCUSE", "POL", "BLR")),
    ],
)
def test_a_protest_note_accuses_whom_it_is_handed_to(text: str, expected: tuple) -> None:
    assert expected in events(text)


def test_the_indirect_object_of_a_light_verb_receives_the_act() -> None:
    assert has_event(events("The Chilean president paid the Peruvian leader a visit in Lima."), "CONSULT", "CHL", "PER")


def test_a_note_without_protest_accuses_no_one() -> None:
    assert not has_event(
        events("The Greek minister handed the Turkish envoy a note on the agenda."), "ACCUSE", None, None
    )


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kenyan students took to the streets of Nairobi on Friday.",
        "Hundreds of Serbian farmers poured into the streets of Belgrade.",
    ],
)
def test_taking_to_the_streets_is_a_protest(text: str) -> None:
    assert has_event(events(text), "PROTEST", None, None)


def test_taking_to_a_social_network_is_no_protest() -> None:
    text = "The Kenyan president took to Twitter on Friday."
    assert not has_event(events(text), "PROTEST", None, None)


def test_a_required_preposition_can_name_what_it_must_govern() -> None:
    take = [t for t in lexicon.load().verbs["take"] if t.type == "PROTEST"]
    assert take and take[0].needs_prep == {"to"} and "street" in take[0].objects


def test_withdrawn_landing_rights_sanction_whom_they_were_for() -> None:
    text = "The Austrian government withdrew the landing rights for the Hungarian foreign minister."
    assert has_event(events(text), "SANCTION", "AUT", "HUN")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Venezuelan president mocked the Colombian leader over his speech.", ("ACCUSE", "VEN", "COL")),
        ("Ecuador ridiculed the Peruvian proposal on Tuesday.", ("ACCUSE", "ECU", "PER")),
        ("The Turkish president insulted the Dutch premier on Sunday.", ("ACCUSE", "TUR", "NLD")),
        ("Ankara chastised Berlin over the rally bans.", ("ACCUSE", "TUR", "DEU")),
        ("The Iranian envoy belittled the Saudi offer.", ("ACCUSE", "IRN", "SAU")),
    ],
)
def test_mockery_is_disapproval(text: str, expected: tuple) -> None:
    assert expected in events(text)


def test_a_bomber_detonating_a_vest_outside_a_building_attacks_it() -> None:
    text = "A suicide bomber detonated his vest outside the Somali parliament on Sunday."
    assert has_event(events(text), "ASSAULT", None, "SOM")


def test_a_rocket_engine_test_is_a_show_of_force() -> None:
    assert has_event(events("North Korea carried out a rocket engine test on Sunday."), "MOBILIZE", "PRK", None)


def test_police_ending_a_protest_by_others_concede_nothing() -> None:
    found = events("Hungarian police ended a protest by Serbian farmers in Budapest.")
    assert not has_event(found, "CONCEDE", None, None)
    assert has_event(found, "PROTEST", "SRB", None)


def test_protesters_ending_their_own_strike_concede() -> None:
    assert has_event(events("Chilean miners ended their strike against the government."), "CONCEDE", "CHL", None)


def test_officers_called_in_against_a_protest_were_asked_nothing() -> None:
    found = events("In Nairobi, Kenyan officers were called in to break up a protest by Ugandan students.")
    assert not has_event(found, "REQUEST", None, None)
    assert has_event(found, "PROTEST", "UGA", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burundi told the UN of its withdrawal from the ICC.", ("SANCTION", "BDI", "ICC")),
        ("Morocco withdrew from the African Union in 1984.", ("SANCTION", "MAR", "AU")),
    ],
)
def test_leaving_an_organisation_is_a_sanction(text: str, expected: tuple) -> None:
    found = events(text)
    assert expected in found
    assert not has_event(found, "RETREAT", None, None)


def test_troops_withdrawn_from_a_country_still_retreat() -> None:
    assert has_event(events("Moscow completed the withdrawal of its troops from Syria."), "RETREAT", "RUS", "SYR")


def test_whose_withdrawal_it_is_acts() -> None:
    text = (
        "BRUSSELS (AFP) - Prime Minister Theresa May sends the European Union her letter on Friday, officially"
        " announcing London's withdrawal from the bloc, diplomats said."
    )
    assert has_event(events(text), "SANCTION", "GBR", "EU")


@pytest.mark.parametrize(
    "text",
    [
        "Peru filed a complaint with the WTO over the failure of Chile to lift its tariffs.",
        "Peru lodged a complaint against Chile with the WTO.",
    ],
)
def test_a_complaint_accuses_whom_it_is_against_not_the_forum(text: str) -> None:
    got = events(text)
    assert ("ACCUSE", "PER", "CHL") in got
    assert ("ACCUSE", "PER", "WTO") not in got
