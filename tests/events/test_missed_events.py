"""Courts blocking orders, entry barred, reminders, cautions, missiles blasted and troops positioned.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import coded

PUB = "2021-06-08"


def events(text: str) -> list[tuple]:
    return list(coded(text, PUB))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A US appeals court blocked Biden's executive order on Friday.", ("REJECT", "USA", "USA")),
        ("Poland's constitutional court overturned the European Commission's decision.", ("REJECT", "POL", "EU")),
        ("Hungary barred the entry of two Austrian activists on Monday.", ("REJECT", "HUN", "AUT")),
    ],
)
def test_a_blocked_order_or_barred_entry_is_a_rejection(text: str, expected: tuple) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy snow blocked the road to the Austrian border on Monday.",
        "A fallen tree blocked the view of the Polish coast.",
    ],
)
def test_blocking_a_road_or_a_view_is_no_rejection(text: str) -> None:
    assert not any(e[0] == "REJECT" for e in events(text))


def test_reminding_a_government_of_its_obligations_is_a_request() -> None:
    assert ("REQUEST", "FRA", "ITA") in events("France reminded Italy of its obligations under the migration pact.")


def test_a_memory_is_no_reminder() -> None:
    assert not any(e[0] == "REQUEST" for e in events("The old harbour reminded Macron of his childhood in Amiens."))


def test_cautioning_a_government_over_penalties_is_a_threat() -> None:
    assert ("THREATEN", "GBR", "RUS") in events("Britain cautioned Russia over possible penalties on Tuesday.")


def test_missiles_blasted_towards_a_country_are_an_attack_not_a_verbal_attack() -> None:
    coded = events("Iran blasted three missiles towards Iraq on Sunday.")
    assert ("ASSAULT", "IRN", "IRQ") in coded
    assert not any(e[0] == "ACCUSE" for e in coded)


def test_blasting_a_government_is_still_criticism() -> None:
    coded = events("Iran blasted Iraq over its new border policy on Sunday.")
    assert ("ACCUSE", "IRN", "IRQ") in coded
    assert not any(e[0] == "ASSAULT" for e in coded)


def test_troops_positioned_near_a_town_are_a_deployment() -> None:
    assert ("MOBILIZE", "USA", "SYR") in events("The US positioned 200 soldiers near Raqqa in Syria.")


def test_a_positioned_product_is_no_deployment() -> None:
    assert not any(e[0] == "MOBILIZE" for e in events("Samsung positioned its new phone as a rival to Apple's."))


@pytest.mark.parametrize(
    "text",
    [
        "Japan wants to see South Korea do more on the fishing dispute.",
        "Germany would like to see Turkey do more for the refugees.",
        "Germany would like Turkey to do more for the refugees.",
    ],
)
def test_wanting_to_see_another_government_act_is_a_request(text: str) -> None:
    assert any(e[0] == "REQUEST" and e[2] in {"KOR", "TUR"} for e in events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Obama wants to see the new film about Lincoln again.",
        "Merkel would like to see prices fall in the spring.",
    ],
)
def test_wanting_to_see_a_thing_is_no_request(text: str) -> None:
    assert not any(e[0] == "REQUEST" for e in events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden hit out at Hungary over its new media law.", ("ACCUSE", "SWE", "HUN")),
        ("Macron rounded on Orban over the rule of law.", ("ACCUSE", "FRA", "HUN")),
        ("China scolded Japan for the shrine visit.", ("ACCUSE", "CHN", "JPN")),
        ("The Pope exhorted Italy to welcome migrants.", ("REQUEST", None, "ITA")),
        ("Moscow refuted the allegations made by Kiev.", ("REJECT", "RUS", "UKR")),
        ("Germany balked at the French proposal.", ("REJECT", "DEU", "FRA")),
        ("The US blacklisted three Chinese companies.", ("SANCTION", "USA", "CHN")),
    ],
)
def test_more_verbs_of_blame_demand_refusal_and_penalty(text: str, expected: tuple) -> None:
    assert any(e[0] == expected[0] and e[2] == expected[2] and expected[1] in {None, e[1]} for e in events(text))


def test_exhorting_to_welcome_is_only_the_request() -> None:
    assert not any(e[0] == "SUPPORT" for e in events("The Pope exhorted Italy to welcome migrants."))


@pytest.mark.parametrize(
    "text",
    [
        "The striker hit out at his critics after the match.",
        "The referee penalised the Spanish team in the second half.",
    ],
)
def test_sporting_blame_and_penalties_are_no_events(text: str) -> None:
    assert events(text) == []


def test_standing_firmly_with_an_ally_is_support() -> None:
    assert ("SUPPORT", "CAN", "UKR") in events("Trudeau said Canada stands firmly with Ukraine.")


@pytest.mark.parametrize(
    "text",
    [
        "Trudeau stood with Zelensky at the press conference in Kyiv.",
        "Canada stands firmly against Russia's annexation of Crimea.",
    ],
)
def test_standing_beside_someone_or_against_something_is_no_support(text: str) -> None:
    assert not any(e[0] == "SUPPORT" for e in events(text))


def test_weapons_moved_towards_a_border_are_a_deployment() -> None:
    assert ("MOBILIZE", "RUS", "UKR") in events("Russia moved heavy weapons to the Ukrainian border on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU repeated its call for Israel to halt settlement building.", ("REQUEST", "EU", "ISR")),
        ("Iran renewed its call for the US to lift sanctions.", ("REQUEST", "IRN", "USA")),
    ],
)
def test_a_call_for_someone_to_act_asks_that_someone(text: str, expected: tuple) -> None:
    coded = events(text)
    assert expected in coded
    assert not any(e[0] in {"RETREAT", "CONCEDE"} for e in coded)  # the asked act is not done
