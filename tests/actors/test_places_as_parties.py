"""A place that stands for a party: where a journey for a meeting ends, a town a group holds, a
town attacked or taken."""

from __future__ import annotations

import pytest

from coded import triples
from stormpetrel import sides
from stormpetrel.actors import resolve

JOURNEY = (
    "Egypt and Sudan argued over water rights on Monday. "
    "The Sudanese envoy is heading to Nairobi to take part in a regional summit."
)
HELD = "Russian jets bombed rebel-held Idlib on Thursday."


def test_a_meeting_a_journey_is_made_for_is_with_the_state_it_ends_in() -> None:
    got = triples(JOURNEY)
    assert ("CONSULT", "SDN", "KEN") in got
    assert ("CONSULT", "SDN", "EGY") not in got


def test_without_the_journey_rule_the_meeting_goes_to_the_story_s_partner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sides, "STEPS", tuple(s for s in sides.STEPS if s.__name__ != "journey_made_for"))
    assert ("CONSULT", "SDN", "KEN") not in triples(JOURNEY)


def test_a_town_a_group_holds_is_that_group_in_the_town_s_state() -> None:
    got = triples(HELD)
    assert ("ASSAULT", "RUS", "SYR") in got
    assert ("ASSAULT", "RUS", "RUS") not in got


def test_without_the_held_words_the_town_is_not_placed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resolve, "HELD_VERBS", frozenset())
    assert ("ASSAULT", "RUS", "SYR") not in triples(HELD)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a town attacked is an attack on its state
        ("Russian jets bombed Idlib on Thursday.", ("ASSAULT", "RUS", "SYR")),
        ("Boko Haram fighters attacked the city of Maiduguri on Monday.", ("ASSAULT", "NGA", "NGA")),
        # a town taken by force is attacked, from its state
        ("Houthi rebels seized Sanaa in 2014.", ("ASSAULT", "YEM", "YEM")),
        ("The Taliban seized the town of Kunduz on Monday.", ("ASSAULT", "AFG", "AFG")),
    ],
)
def test_a_town_attacked_or_taken_is_its_state_attacked(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


def test_goods_seized_are_no_attack() -> None:
    got = triples("Kenyan police seized two tonnes of cocaine in Mombasa.")
    assert ("COERCE", "KEN", "KEN") in got
    assert not any(e[0] == "ASSAULT" for e in got)


def test_a_town_of_one_s_own_retaken_names_no_one_it_was_taken_from() -> None:
    assert triples("Iraqi forces retook Mosul on Monday.") == []



@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a pact or round of talks named after the town where it was made is no party of that town's state
        ("The Canadian prime minister praised the Paris Agreement on Monday.", "FRA"),
        ("Iran praised the Astana talks.", "KAZ"),
        ("The Kenyan president criticised the Mexico City Policy.", "MEX"),
    ],
)
def test_a_pact_named_after_a_town_is_not_that_town_s_state(text: str, wrong: str) -> None:
    assert not any(wrong in (src, tgt) for _, src, tgt in triples(text))


def test_a_pact_named_after_a_state_keeps_it() -> None:
    assert ("ACCUSE", "USA", "IRN") in triples("The American president criticised the Iran agreement on Monday.")
