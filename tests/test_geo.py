"""Place names to states: cities by exact name, and the state a city's or a province's name
stands in when it is unambiguous."""

from __future__ import annotations

import pytest

from stormpetrel import geo


def test_city_by_exact_name_is_the_most_populous_unless_the_state_is_named() -> None:
    assert geo.city("Tripoli").country == "LBY"
    assert geo.city("Tripoli", "LBN").country == "LBN"
    assert geo.city("Zorblatville") is None


def test_a_citys_common_english_name_finds_it() -> None:
    # geonames spells them "Basrah" and "Kyiv"; the English names are among their alternates
    assert geo.city("Basra").country == "IRQ"
    assert geo.city("Kiev").country == "UKR"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Idlib", "SYR"),  # a city
        ("Helmand", "AFG"),  # a province
        ("Roscommon", "IRL"),  # a county within a province (Connacht)
        ("Cumbria", "GBR"),  # a county within a country (England)
        ("Borno", "NGA"),  # a state, not the German town "Borna" spelled so by some
        ("Tripoli", "LBY"),  # the far bigger of two cities
        ("Victoria", None),  # an Australian state and cities in several states
        ("Odessa", "UKR"),  # a spelling of Odesa, far bigger than the Texan town of that name
        ("Male", None),  # also a common word
        ("West", None),  # a region of Cameroon, and the first word of many a place elsewhere
        ("Midlands", None),  # a province of Zimbabwe, and a region of England
        ("Georgia", None),  # a state's own name
        ("Monday", None),
        ("UN", None),  # an acronym, not the Indian town of Un
        ("EU", None),
        ("Zorblatville", None),
    ],
)
def test_the_state_a_place_name_stands_in(name: str, country: str | None) -> None:
    assert geo.home(name) == country


def test_a_city_lies_in_the_province_of_its_state_that_bears_a_states_name() -> None:
    assert geo.city_in_division("Atlanta", "Georgia") == "USA"
    assert geo.city_in_division("Tbilisi", "Georgia") is None
    assert geo.city_in_division("Houston", "Georgia") is None
