"""Constructions that decide who acts on whom: the one helped, the doer named as an attack's
perpetrator, a gerund's objects, a finite verb the parser hung on a noun, a relative's state."""

from __future__ import annotations

import pytest

from coded import coded


def test_the_one_helped_is_the_target_not_the_object_of_the_aim() -> None:
    got = coded("Turkish troops helped Azerbaijani forces to drive back Armenian units.")
    assert ("AID", "TUR", "AZE") in got
    assert ("AID", "TUR", "ARM") not in got


def test_the_object_of_a_second_gerund_is_not_supplied() -> None:
    got = coded("Iran stands by its ally, supplying rockets and blocking UN resolutions on Lebanon.")
    assert not any(t == "AID" and o == "UN" for t, _, o in got)


def test_a_gerund_with_one_object_keeps_its_conjoined_recipients() -> None:
    assert ("AID", "JPN", "PHL") in coded("Japan is helping the Philippines and Vietnam with patrol boats.")


def test_the_perpetrator_of_an_attack_is_its_doer() -> None:
    text = "Police say a Tunisian man was the perpetrator of a bombing at a Lisbon cafe that killed nine people."
    assert ("ASSAULT", "TUN", "PRT") in coded(text)


def test_the_mastermind_of_a_bombing_in_apposition_is_its_doer() -> None:
    text = "Police said a Syrian man, the mastermind of a bombing at a Kabul mosque that killed nine worshippers, fled."
    assert ("ASSAULT", "SYR", "AFG") in coded(text)


def test_a_finite_verb_hung_on_a_noun_is_done_by_the_outer_noun() -> None:
    text = (
        "During the interview on TF1, the French anchor in a segment about Chinese-Russian "
        "trade called Putin a liar."
    )
    got = coded(text)
    assert ("ACCUSE", "FRA", "RUS") in got
    assert ("ACCUSE", "RUS", "RUS") not in got


def test_a_relative_is_of_the_state_of_the_one_whose_relative_he_is() -> None:
    text = "Japanese Prime Minister Fumio Kishida spoke on Monday. Kishida's eldest son was attacked in Peru in 2019."
    assert any(t == "ASSAULT" and o == "JPN" for t, _, o in coded(text))


def test_as_part_of_a_deal_does_not_replace_the_object() -> None:
    text = "Austria deported 30 Iraqis back to Baghdad as part of a memorandum with the Iraqi government."
    got = coded(text)
    assert ("COERCE", "AUT", "IRQ") in got
    assert ("COERCE", "AUT", "AUT") not in got


def test_a_plea_a_court_refuses_from_no_one_named_was_made_at_home() -> None:
    assert ("REJECT", "KEN", "KEN") in coded("Three Kenyan judges rejected the latest appeal.")
    assert ("REJECT", "KEN", "UGA") in coded("The Kenyan court rejected Uganda's request.")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A Peruvian judge blocked the new curfew order on Monday.", "PER"),
        ("A court in Ghana suspended the ban on street trading.", "GHA"),
        ("The Brazilian supreme court froze the decree last week.", "BRA"),
    ],
)
def test_a_measure_a_court_halts_from_no_one_named_is_its_own_states(text: str, state: str) -> None:
    assert ("REJECT", state, state) in coded(text)


def test_a_measure_a_court_halts_keeps_its_named_owner() -> None:
    assert ("REJECT", "KEN", "UGA") in coded("A Kenyan court blocked Uganda's export ban.")


def test_a_judge_said_to_break_a_law_halts_no_measure() -> None:
    got = coded("Critics said the Texas judge was violating the law.")
    assert not any(t == "REJECT" and s == "USA" and o == "USA" for t, s, o in got)
