"""Statements of one actor about another: a rebuttal of its claims, a duty it is said not to
meet, a defence of its conduct, disorder said of a body. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from coded import triples
from stormpetrel.pipeline import code_text


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Berlin said the Russian claims about its troops were baseless.", ("REJECT", "DEU", "RUS")),
        ("The Kremlin called the British allegations fake news.", ("REJECT", "RUS", "GBR")),
        ("Moscow said the claims by Kiev were a lie.", ("REJECT", "RUS", "UKR")),
        ("Ankara called the Greek allegations ridiculous.", ("REJECT", "TUR", "GRC")),
        ("Hanoi said the Chinese claims about the islands were laughable.", ("REJECT", "VNM", "CHN")),
    ],
)
def test_calling_a_claim_false_rejects_its_author(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


@pytest.mark.parametrize(
    "rebuttal",
    ["Moscow branded the accusation absurd.", "The Kremlin called the allegations baseless."],
)
def test_calling_an_earlier_charge_false_rejects_the_accuser(rebuttal: str) -> None:
    text = f"On Monday Estonia accused Russia of plotting a coup. {rebuttal}"
    assert ("REJECT", "RUS", "EST") in triples(text)


def test_a_claim_called_ridiculous_is_not_accused() -> None:
    assert ("ACCUSE", "TUR", "GRC") not in triples("Ankara called the Greek allegations ridiculous.")


def test_a_rebuttal_does_not_accuse_what_the_claim_is_about() -> None:
    # whose report it is the sentence does not say; Iran is only what the report is about
    events = triples("The Iraqi government said the report that Iran had sent troops was false.")
    assert not [e for e in events if e[0] in {"REJECT", "ACCUSE"} and e[2] == "IRN"]


def test_a_claim_said_to_be_true_is_no_rebuttal() -> None:
    assert not [e for e in triples("Berlin said the Russian claims were not false.") if e[0] == "REJECT"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Moscow said Kiev does not implement the peace accords.", ("ACCUSE", "RUS", "UKR")),
        ("The Palestinian envoy said Israel took no steps to halt the building.", ("ACCUSE", "PSE", "ISR")),
        ("Israel said the remarks by the Swedish minister did not befit a diplomat.", ("ACCUSE", "ISR", "SWE")),
        ("The Polish minister said Russia failed to stop the shelling.", ("ACCUSE", "POL", "RUS")),
    ],
)
def test_saying_an_actor_fell_short_accuses_it(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


def test_a_duty_not_done_is_told_as_a_statement() -> None:
    # the accusation is asserted: what is negated is the duty, not the saying
    events = [
        e for e in code_text("Moscow said Kiev does not implement the peace accords.") if e.event_type == "ACCUSE"
    ]
    assert events and events[0].status == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said Kiev did not attack the town.",  # a denied act, not a duty
        "The Polish minister said the talks failed.",  # nobody fell short
    ],
)
def test_a_negated_act_is_no_accusation(text: str) -> None:
    assert not [e for e in triples(text) if e[0] == "ACCUSE"]


def test_saying_an_actor_did_nothing_wrong_supports_it() -> None:
    events = triples("The US president said the Saudi government had done nothing wrong.")
    assert ("SUPPORT", "USA", "SAU") in events
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_disorder_in_a_body_accuses_it() -> None:
    assert ("ACCUSE", "USA", "USA") in triples("A retired US general warned on Tuesday of turmoil in the government.")


def test_disorder_in_a_country_accuses_nobody() -> None:
    assert not [e for e in triples("The US senator spoke of chaos in Libya.") if e[0] == "ACCUSE"]


def test_a_demand_made_of_the_past_is_a_reproach() -> None:
    events = triples("The French minister said Germany should have expelled the man.")
    assert ("ACCUSE", "FRA", "DEU") in events
    assert not [e for e in events if e[0] == "REQUEST"]


def test_a_demand_of_the_future_stays_a_demand() -> None:
    assert ("REQUEST", "FRA", "DEU") in triples("The French minister said Germany should expel the man.")


def test_calling_a_rival_plan_a_disaster_accuses_its_author() -> None:
    assert ("ACCUSE", "USA", "RUS") in triples("A US senator called the Russian plan a disaster.")


def test_a_disaster_nobody_made_accuses_nobody() -> None:
    assert not [e for e in triples("The US senator said the storm was a disaster.") if e[0] == "ACCUSE"]


def test_an_inference_about_the_past_asks_nothing() -> None:
    text = "The US senator said the Canadian envoy must have known about the plan."
    assert not [e for e in triples(text) if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Moscow said Kiev had broken the ceasefire.", ("ACCUSE", "RUS", "UKR")),
        ("A US senator argued the White House had misled Congress.", ("ACCUSE", "USA", "USA")),
    ],
)
def test_saying_an_actor_broke_its_word_accuses_it(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


def test_breaking_a_record_is_no_breach() -> None:
    assert not [e for e in triples("The Polish minister said Russia broke the record.") if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    ["Moscow said Kiev spread false reports about the fighting.", "Moscow said Kiev was spreading fake news."],
)
def test_saying_an_actor_spreads_false_reports_accuses_it(text: str) -> None:
    assert ("ACCUSE", "RUS", "UKR") in triples(text)


def test_a_false_start_is_no_accusation() -> None:
    assert not [e for e in triples("Moscow said Kiev made a false start.") if e[0] == "ACCUSE"]

