"""Congratulation calls, denials of charges, people taken back, missiles fired into the sea,
blockades by civilians, budget cuts and calls brushed off.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import functools

import pytest

from stormpetrel.pipeline import code_text

PUB = "2022-09-14"


@functools.cache
def events(text: str) -> list[tuple]:
    return [(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code_text(text, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "The Polish prime minister telephoned the Czech president to congratulate him on his election.",
        "Modi called Netanyahu to thank him for his support.",
    ],
)
def test_a_call_to_congratulate_is_a_call_and_support_not_a_demand(text: str) -> None:
    got = events(text)
    assert got[0][0] == "CONSULT"
    assert ("SUPPORT", got[0][1], got[0][2]) in got
    assert not any(e[0] == "REQUEST" for e in got)


def test_congratulations_offered_in_a_call_go_to_the_one_called() -> None:
    got = events("The Spanish king phoned the Portuguese president to offer his congratulations.")
    assert ("CONSULT", "ESP", "PRT") in got
    assert any(e[0] in {"SUPPORT", "AGREE"} and e[1:] == ("ESP", "PRT") for e in got)


def test_a_call_on_someone_to_act_stays_a_demand() -> None:
    assert ("REQUEST", "USA", "RUS") in events("Obama called on Putin to withdraw his troops.")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Chile sent a delegation to Bolivia to seek the return of the seized trucks.", ("REQUEST", "CHL", "BOL")),
        ("Egypt dispatched its foreign minister to Sudan to seek talks on the dam.", ("REQUEST", "EGY", "SDN")),
    ],
)
def test_an_errand_to_seek_something_asks_the_state_it_goes_to(text: str, event: tuple) -> None:
    got = events(text)
    assert event in got
    assert not any(e[0] == "REQUEST" and e[1] == e[2] for e in got)  # the delegation is not asked


def test_a_request_sent_to_a_state_asks_it_to_act() -> None:
    got = events("Oslo sent a request to Moscow to withdraw the military attache.")
    assert ("REQUEST", "NOR", "RUS") in got
    assert not any(e[0] == "SANCTION" for e in got)  # the withdrawal asked for is not Norway's


def test_a_heading_run_into_the_clause_is_not_its_subject() -> None:
    assert ("CONSULT", "FRA", "CAN") in events("The reply from Paris French President Macron phoned Trudeau on Monday.")


def test_a_denied_charge_answers_the_accuser() -> None:
    text = (
        "Pakistan accused Afghanistan of sheltering militants on Monday, and Pakistani officials said Islamabad had "
        "proof. On Tuesday Afghanistan denied the allegations."
    )
    assert ("REJECT", "AFG", "PAK") in events(text)


def test_a_denial_in_a_domestic_story_is_aimed_at_home() -> None:
    assert ("REJECT", "CHL", "CHL") in events("The Chilean senator denied any wrongdoing on Monday.")


def test_a_court_denying_an_unplaced_body_s_request_answers_its_own_state() -> None:
    assert ("REJECT", "PER", "PER") in events("The Peruvian court denied the interior ministry's request for a delay.")


def test_people_taken_back_are_not_recaptured() -> None:
    assert not any(e[0] == "ASSAULT" for e in events("Greek police took back the migrants on Monday."))
    assert ("ASSAULT", "GRC", "GRC") in events("Greek police took back the island from the rebels on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile into the Sea of Japan on Sunday.",
        "Iran launched a missile into the Gulf on Sunday.",
    ],
)
def test_a_missile_fired_into_the_sea_hits_no_one(text: str) -> None:
    got = events(text)
    assert got and all(e[0] == "MOBILIZE" and e[2] is None for e in got)


def test_civilians_blockading_a_bank_protest() -> None:
    text = "Romanian activists blockaded the offices of a Swiss bank in Bucharest on Monday."
    got = events(text)
    assert got and got[0][0] == "PROTEST"
    assert not any(e[0] == "COERCE" for e in got)


def test_a_budget_that_slashes_aid_is_a_sanction() -> None:
    assert ("SANCTION", "USA", "EGY") in events("The White House plan would slash American aid to Egypt.")


def test_refusing_to_answer_questions_is_no_refusal() -> None:
    assert events("The Brazilian president refused to answer questions about the Chinese loan.") == []


def test_a_refusal_to_recognise_stays_a_refusal() -> None:
    assert ("REJECT", "SRB", "KOS") in events("Serbia refused to recognise Kosovo.")


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the Turkish president renewed his Twitter attacks against the Dutch premier.",
        "The Polish president kept up his attacks on Polish judges.",
        "The Chilean president launched a scathing attack on Peru.",
        "The opposition Labour Party attacked the Irish government over its housing plan.",
        "The Hungarian prime minister gave a long speech attacking Brussels.",
    ],
)
def test_attacks_in_words_are_accusations(text: str) -> None:
    got = events(text)
    assert got and all(e[0] == "ACCUSE" for e in got)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president gave a speech attacking Somalia.",
        "The Kenyan president announced new border checks in a speech attacking Somalia.",
    ],
)
def test_a_speech_attacking_a_state_is_its_speaker_s_accusation(text: str) -> None:
    assert ("ACCUSE", "KEN", "SOM") in events(text)


def test_an_attack_by_fighters_stays_an_attack() -> None:
    assert ("ASSAULT", "MLI", "MLI") in events("Militants launched a savage attack on an army post in Mali.")


def test_a_blame_put_on_someone_is_aimed_at_them() -> None:
    assert ("ACCUSE", "IRQ", "IRN") in events("Iraq blamed the attack on Iran.")
    got = events("President Trump blamed the failed raid in Somalia on US generals.")
    assert ("ACCUSE", "USA", "USA") in got
    assert ("ACCUSE", "USA", "SOM") not in got


@pytest.mark.parametrize("text", ["Austria hosts a far-right party.", "Jordan hosts a large refugee population."])
def test_hosting_a_party_or_a_population_is_no_visit(text: str) -> None:
    assert events(text) == []


def test_a_summons_for_questioning_is_an_investigation() -> None:
    assert ("ACCUSE", "FRA", "FRA") in events("French judges summoned Nicolas Sarkozy for questioning on Monday.")


def test_a_warning_of_a_consequence_is_no_threat() -> None:
    text = "The Danish minister warned Trump that leaving the climate pact could hurt the American economy."
    assert events(text) == []
    assert ("THREATEN", "TUR", "GRC") in events("The Turkish president warned Greece that its troops would respond.")


def test_agreeing_that_something_is_so_is_no_deal() -> None:
    assert events("The Spanish judges agreed that the remarks could be used as evidence.") == []
    assert ("AGREE", "IRN", "IRQ") in events("Iran and Iraq agreed that talks should resume.")
    # a phrase of time or manner beside it does not make a partner of it
    assert events("In the end, the Spanish premier agreed that the Cuban leader was a dictator.") == []
    assert ("SUPPORT", "ESP", "FRA") in events("The Spanish premier agreed with the French leader that it was grave.")


def test_calls_brushed_off_are_answered_to_the_callers() -> None:
    # "off" may be parsed as a preposition holding the calls
    text = "The French minister brushes off calls by Italy for an independent investigation."
    assert ("REJECT", "FRA", "ITA") in events(text)
