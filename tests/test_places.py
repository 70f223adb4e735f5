"""Where an event happened, from an offline gazetteer, by exact name."""

from __future__ import annotations

import pytest

from stormpetrel.pipeline import code_text


def _place(text: str) -> tuple[str, str | None] | None:
    events = code_text(text, "2022-05-10")
    assert events, text
    loc = events[0].location
    return (loc.name, loc.country) if loc else None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian jets bombed targets near Aleppo on Monday.", ("Aleppo", "SYR")),
        ("The Greek prime minister met the Turkish president in Ankara on Monday.", ("Ankara", "TUR")),
        # a state's name is the state, not a town that shares it (Montenegro, Brazil; Georgia, USA)
        ("The Serbian army attacked villages in Montenegro on Monday.", ("Montenegro", "MNE")),
        ("The Greek prime minister met the Turkish president in Georgia on Monday.", ("Georgia", "GEO")),
        ("Two Kenyan soldiers were killed by a roadside bomb outside of the Somali city of Kismayo.",
         ("Kismayo", "SOM")),
        # a month is no place
        ("The Greek prime minister met the Turkish president in March.", None),
        # names listed with a thing are people, not places (Torres: a town in Brazil)
        ("The Greek prime minister met the Turkish president in a hotel, Torres and Norton said.", None),
    ],
)
def test_place_of_an_event(text: str, place: tuple[str, str] | None) -> None:
    assert _place(text) == place


def test_an_unknown_attacker_is_placed_by_the_attacks_own_place() -> None:
    text = "A roadside bomb near Kandahar killed two Canadian soldiers on Sunday."
    events = code_text(text, "2022-05-10")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [("ASSAULT", "AFG", "CAN")]


def test_a_province_is_a_place_of_its_state() -> None:
    assert _place("Gunmen killed 12 villagers in Borno on Monday.") == ("Borno", "NGA")


def test_a_dateline_is_neither_the_subject_nor_an_acronym_a_town() -> None:
    # "Tunis, Tunisia - The Libyan delegation ...": the delegation acts, not Tunis; "UN-led" names no
    # town (there is one called Un in India)
    text = "Tunis, Tunisia - The Libyan delegation accused the largest opposition group at UN-led talks of stalling."
    events = [(e.event_type, e.source.country, e.target and e.target.country) for e in code_text(text, "2021-06-08")]
    assert events == [("ACCUSE", "LBY", "LBY")]
