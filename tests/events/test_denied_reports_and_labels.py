"""A report an actor dismisses still tells the act it denies (coded, its status negated); a
label on what an operation hit accuses no one. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from coded import PUBLISHED
from stormpetrel.pipeline import code_text


def events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (e.event_type, e.source.country if e.source else None, e.target.country if e.target else None, e.status)
        for e in code_text(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Officials in Oslo dismissed reports that Norwegian jets had bombed Libya.", ("ASSAULT", "NOR", "LBY")),
        ("Chile rejected suggestions that its navy had attacked Peruvian boats.", ("ASSAULT", "CHL", "PER")),
    ],
)
def test_a_dismissed_report_tells_the_denied_act(text: str, act: tuple[str, str, str]) -> None:
    found = events(text)
    assert (*act, "negated") in found
    assert any(e[0] == "REJECT" and e[1] == act[1] and e[3] == "asserted" for e in found)


def test_a_dismissed_claim_with_an_owner_answers_the_owner() -> None:
    found = events("Chile dismissed a Peruvian general's claims that it may be supplying weapons to Bolivian rebels.")
    assert ("REJECT", "CHL", "PER", "asserted") in found
    assert ("AID", "CHL", "BOL", "negated") in found


def test_an_act_reported_without_denial_is_asserted() -> None:
    found = events("Officials in Oslo confirmed reports that Norwegian jets had bombed Libya.")
    assert ("ASSAULT", "NOR", "LBY", "negated") not in found
    assert not [e for e in found if e[0] == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        '"Syrian troops have destroyed 120 terrorist positions near Hama," the Syrian general said.',
        "The Turkish general said Turkish warplanes had destroyed 60 terrorist shelters in northern Iraq.",
    ],
)
def test_a_label_on_what_an_operation_hit_accuses_no_one(text: str) -> None:
    assert not [e for e in events(text) if e[0] == "ACCUSE"]


def test_a_label_said_of_a_state_still_accuses() -> None:
    assert ("ACCUSE", "IRN", "ISR", "asserted") in events("Tehran said Israel was a terrorist state.")
    found = events("Damascus said Ankara was sending terrorist fighters across the border.")
    assert ("ACCUSE", "SYR", "TUR", "asserted") in found


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("A request by Iraq to arrest the Kurdish leader was rejected by Turkey.", ("REJECT", "TUR", "IRQ")),
        ("Kenya's request to extradite the banker was rejected by a Swiss court.", ("REJECT", "CHE", "KEN")),
        ("Egypt's offer to host the talks was accepted by Israel.", ("AGREE", "ISR", "EGY")),
    ],
)
def test_a_request_answered_in_the_passive_is_the_answerer_s_act(text: str, answer: tuple[str, str, str]) -> None:
    found = events(text)
    assert (*answer, "asserted") in found
    assert not [e for e in found if e[0] in {"REQUEST", "COERCE"}]


@pytest.mark.parametrize(
    ("text", "summons"),
    [
        ("The Danish ambassador was summoned to the Iranian foreign ministry on Monday.", ("ACCUSE", "IRN", "DNK")),
        ("The Polish envoy had been summoned to Minsk over the border dispute.", ("ACCUSE", "BLR", "POL")),
    ],
)
def test_where_an_envoy_is_summoned_names_the_summoner(text: str, summons: tuple[str, str, str]) -> None:
    assert (*summons, "asserted") in events(text)


def test_a_summons_to_an_unnamed_office_names_no_summoner() -> None:
    assert events("The ambassador was summoned to the ministry.") == []


def test_an_envoy_summoned_by_no_one_named_is_summoned_by_the_story_s_other_state() -> None:
    text = (
        "Greece and Turkey argued for a week over a disputed islet. Athens said the talks had failed. "
        "The Turkish ambassador had been summoned twice since Friday."
    )
    assert ("ACCUSE", "GRC", "TUR", "asserted") in events(text)


def test_a_person_summoned_by_no_one_named_has_no_summoner() -> None:
    text = "Greece and Turkey argued over a disputed islet. The Greek banker had been summoned twice since Friday."
    assert not [e for e in events(text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Pyongyang is playing with fire," the South Korean president said.', "KOR"),
        ("Tokyo warned that Pyongyang was playing with fire.", "JPN"),
    ],
)
def test_saying_another_plays_with_fire_is_a_warning_from_the_speaker(text: str, speaker: str) -> None:
    assert ("THREATEN", speaker, "PRK", "asserted") in events(text)


def test_children_playing_with_fire_warn_no_one() -> None:
    assert events("The villagers said children had been playing with fire near the barn.") == []
