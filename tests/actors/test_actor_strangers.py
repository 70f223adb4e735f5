"""Actors of no one state: bodies whose names say they are international, judges of an
international court; and given names that are also towns, which place no one.

Every sentence is invented for these tests."""

from __future__ import annotations

from coded import coded, country_of, has_event


def test_judges_at_an_international_court_are_the_court_s() -> None:
    text = "On Tuesday judges convicted a Malian rebel commander in a trial before the International Criminal Court."
    assert country_of(text, "judges") == "ICC"
    assert has_event(coded(text), "SANCTION", "ICC", "MLI")


def test_a_court_at_home_stays_at_home_when_the_international_court_is_a_party() -> None:
    text = "A Kenyan court rejected the request of the International Criminal Court on Monday."
    assert country_of(text, "court") == "KEN"


def test_a_federation_named_international_is_no_trade_union_at_home() -> None:
    text = "The International Fencing Union warned that it would strip Hungary of the championship."
    assert country_of(text, "Union") is None
    assert not has_event(coded(text), None, "HUN", None)


def test_a_given_name_that_is_also_a_town_places_no_one() -> None:
    # "Mary" is a city in Turkmenistan
    text = "Assistant Attorney General Mary Holloway accused Lithuania of shielding the hackers."
    assert country_of(text, "Holloway") != "TKM"
