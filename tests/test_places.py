"""Where an event happened, from an offline gazetteer, by exact name."""

from __future__ import annotations

import pytest

from stormpetrel import places
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
    ],
)
def test_place_of_an_event(text: str, place: tuple[str, str] | None) -> None:
    assert _place(text) == place


def test_city_by_exact_name_is_the_most_populous_unless_the_state_is_named() -> None:
    assert places.city("Tripoli").country == "LBY"
    assert places.city("Tripoli", "LBN").country == "LBN"
    assert places.city("Zorblatville") is None


def test_a_citys_common_english_name_finds_it() -> None:
    # geonames spells them "Basrah" and "Kyiv"; the English names are among their alternates
    assert places.city("Basra").country == "IRQ"
    assert places.city("Kiev").country == "UKR"


def test_an_unknown_attacker_is_placed_by_the_attacks_own_place() -> None:
    text = "A roadside bomb near Kandahar killed two Canadian soldiers on Sunday."
    events = code_text(text, "2022-05-10")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [("ASSAULT", "AFG", "CAN")]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Idlib", "SYR"),  # a city
        ("Helmand", "AFG"),  # a province
        ("Borno", "NGA"),  # a state, not the German town "Borna" spelled so by some
        ("Tripoli", "LBY"),  # the far bigger of two cities
        ("Victoria", None),  # an Australian state and cities in several states
        ("Odessa", "UKR"),  # a spelling of Odesa, far bigger than the Texan town of that name
        ("Male", None),  # also a common word
        ("Georgia", None),  # a state's own name
        ("Monday", None),
        ("Zorblatville", None),
    ],
)
def test_the_state_a_place_name_stands_in(name: str, country: str | None) -> None:
    assert places.home(name) == country


def test_a_province_is_a_place_of_its_state() -> None:
    assert _place("Gunmen killed 12 villagers in Borno on Monday.") == ("Borno", "NGA")
