"""Phrases that stand for the sides of a story's dispute, or for the state a place became."""

from __future__ import annotations

from coded import triples

DISPUTE = "Sudan shelled border villages in South Sudan on Monday. "


def test_all_parties_are_the_sides_of_the_dispute() -> None:
    events = triples(DISPUTE + "Egypt urged all parties to show restraint.")
    assert ("REQUEST", "EGY", "SDN") in events
    assert ("REQUEST", "EGY", "EGY") not in events


def test_all_political_parties_are_parties_at_home() -> None:
    events = triples("The Ghanaian president urged all political parties to campaign peacefully.")
    assert ("REQUEST", "GHA", "GHA") in events


def test_the_two_opposition_parties_are_no_pair_of_states() -> None:
    events = triples("Japan and Brazil held talks on Monday. The mayor is backed by the two opposition parties.")
    assert ("SUPPORT", "JPN", "BRA") not in events
    assert ("SUPPORT", "BRA", "JPN") not in events


def test_a_former_colony_is_not_its_former_ruler() -> None:
    events = triples(
        "Angola will hold elections in August. "
        "The former Portuguese colony was attacked by South African troops in 1981."
    )
    assert ("ASSAULT", "ZAF", "AGO") in events
    assert ("ASSAULT", "ZAF", "PRT") not in events
