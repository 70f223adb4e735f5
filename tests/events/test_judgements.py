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
        ("Damascus said Turkey was a terrorist state.", ("ACCUSE", "SYR", "TUR")),
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


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Chinese spokesman said Washington was meddling in the affairs of China.", ("ACCUSE", "CHN", "USA")),
        ("Russia's envoy to the EU said the bloc was in panic over the new US president.", ("ACCUSE", "RUS", "EU")),
        ("The Iranian foreign minister said Saudi Arabia was spreading lies about Tehran.", ("ACCUSE", "IRN", "SAU")),
        ("Kenya's president said Somalia seemed to be undermining the peace effort.", ("ACCUSE", "KEN", "SOM")),
    ],
)
def test_saying_something_negative_of_an_actor_accuses_it(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan said China was not meddling in the dispute.",  # negated
        "The French minister said the process was entering its hardest phase, with trials for war crimes.",
        "Spain said it was worried that the talks could collapse into chaos.",  # no actor is judged
        # "terrorists" names whom the army fought, it judges no one
        "The Iraqi defence minister said the Iraqi army had driven terrorists out of Mosul.",
    ],
)
def test_a_negated_or_unowned_criticism_accuses_nobody(text: str) -> None:
    assert not [e for e in triples(text) if e[0] == "ACCUSE"]


def test_a_reported_act_is_the_act_not_a_judgement() -> None:
    # the clause names an attack: the claim is the ASSAULT, not a second, judging event
    events = triples("Damascus said Israeli jets had attacked a Syrian army base in a brutal raid.")
    assert [e[0] for e in events] == ["ASSAULT"]
