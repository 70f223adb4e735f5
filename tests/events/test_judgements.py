"""Judgements: calling another's act illegal or an aggression accuses its author; calling it
constructive supports it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from coded import triples


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Egypt said Israel's blockade was an act of aggression against its people.", ("ACCUSE", "EGY", "ISR")),
        ("Norway described the Russian raid as a grave breach of the border treaty.", ("ACCUSE", "NOR", "RUS")),
        ('"The Israeli law is in breach of international law," the Jordanian foreign minister said.',
         ("ACCUSE", "JOR", "ISR")),
        ("Russia called the American sanctions illegal.", ("ACCUSE", "RUS", "USA")),
        ("Beijing said the US was the aggressor.", ("ACCUSE", "CHN", "USA")),
        ("Seoul said the Japanese proposal was constructive.", ("SUPPORT", "KOR", "JPN")),
    ],
)
def test_a_judgement_of_an_act_is_about_its_author(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


def test_a_judging_noun_is_not_an_act_of_its_own() -> None:
    # "an aggression" here is what the speaker calls the law, not an attack by anyone
    events = triples("The Cuban president said the American embargo was an aggression against his nation.")
    assert ("ACCUSE", "CUB", "USA") in events
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_a_neutral_description_is_no_judgement() -> None:
    assert triples("Chile said the Peruvian coast was long and the Bolivian border was quiet.") == []
