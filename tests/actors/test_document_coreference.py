"""Descriptions that point back to actors met earlier in the document: "the latter", "the two
nations", "the navy chief", "his military counterpart". Every text is written for these tests."""

from __future__ import annotations

from stormpetrel.pipeline import code_text

PUB = "2021-06-17"


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [
        (
            e.event_type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.source.sector if e.source else None,
            e.date,
        )
        for e in code_text(text, PUB)
    ]


def test_the_latter_is_the_second_of_two() -> None:
    text = "The Greek prime minister met the Turkish president on Monday. The latter criticised Greece on Tuesday."
    assert ("ACCUSE", "TUR", "GRC", "GOV", "2021-06-15") in _events(text)


def test_the_two_nations_are_the_two_states_met_before() -> None:
    text = "The Indian and Japanese prime ministers met on Monday. The two nations signed a defence pact on Tuesday."
    pact = [e for e in _events(text) if e[4] == "2021-06-15"]
    assert pact and {pact[0][1], pact[0][2]} == {"IND", "JPN"}


def test_a_title_met_before_keeps_its_state() -> None:
    text = (
        "Admiral Zafar Abbasi, Pakistan's chief of naval staff, visited Colombo on Monday. "
        "The navy chief met the Sri Lankan president on Tuesday."
    )
    assert ("CONSULT", "PAK", "LKA", "MIL", "2021-06-15") in _events(text)


def test_a_military_counterpart_is_the_other_sides_officer() -> None:
    text = "Pakistan's army chief arrived in Baku on Monday. On Tuesday he met his military counterpart."
    tuesday = [e for e in code_text(text, PUB) if e.date == "2021-06-15"]
    assert [(e.source.country, e.target.country, e.target.sector) for e in tuesday if e.target] == [
        ("PAK", "AZE", "MIL")
    ]
