"""Senses of trigger words in news that are no event, or another event than the word suggests:
natural and verbal attacks, threatened responses, topics of a discussion, habits of a force,
adjectives, slogans, migration and benefits; each beside a near neighbour that still is an event.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import functools

import pytest

from coded import event_types, has_event, triples

events = functools.cache(triples)
types = event_types


# (sentence, event type that must not be coded)
NOT_EVENTS = [
    ("Desert locusts have attacked 3,000 acres of maize in Ethiopia.", "ASSAULT"),
    ("A swarm of beetles attacked pine forests across Poland.", "ASSAULT"),
    ("The Bolivian minister discussed Chilean sanctions on Peru.", "SANCTION"),
    ("The Mexican minister offered three tips to help small exporters.", "AGREE"),
    ("The Lebanese diaspora arrived in Brazil as immigrants a century ago.", "CONSULT"),
    ("The Turkish coast guard that patrols the Aegean was given new boats.", "MOBILIZE"),
    ("Settlers have built new homes in occupied East Jerusalem.", "COERCE"),
    ('"Seal the border," the Polish candidate told the crowd in Lublin.', "COERCE"),
    ("The Kenyan cabinet discussed plans to ban plastic imports from China.", "THREATEN"),
    ("The exchange programme helps train nurses for Ghana and Ireland.", "AID"),
    ("Brazil will host the Pan American Games next year.", "CONSULT"),
    ("The senator's speech was the latest attack on the cabinet by opposition Republicans.", "ASSAULT"),
    ("Washington fined American companies that boycott Israel.", "PROTEST"),
    ('The British prime minister admitted that "peaceful marches are part of our democracy" after '
     "criticising the marchers in London.", "PROTEST"),
    ("The Danish minister says she travels to Norway every summer with her children.", "CONSULT"),
    ("The Austrian chancellor usually meets the Swiss president in January.", "CONSULT"),
    ("Syrian minority groups tend to support the Syrian government.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_EVENTS)
def test_no_false_event(text: str, wrong: str) -> None:
    assert wrong not in types(text), events(text)


# (sentence, event type, source state, target state)
EVENTS = [
    ("South Korea promised a fierce response to any attack by North Korea.", "THREATEN", "KOR", "PRK"),
    ("Beijing pledged a firm response to the new Australian tariffs.", "THREATEN", "CHN", "AUS"),
    ("The French president reaffirmed France's commitment to defending Estonia.", "AGREE", "FRA", "EST"),
    ("Japan reaffirmed its commitment to NATO.", "AGREE", "JPN", "NATO"),
    ("The Republicans attacked the Mexican president over the wall.", "ACCUSE", "USA", "MEX"),
    ("Japan offered to help Nepal.", "AGREE", "JPN", "NPL"),
    ("Serbian troops occupied the Kosovo border post.", "COERCE", "SRB", None),
    ("Ukrainian forces attacked Russian positions near Bakhmut.", "ASSAULT", "UKR", "RUS"),
    ("Japan helped Nepal rebuild after the earthquake.", "AID", "JPN", "NPL"),
    ("American companies boycotted Israel last year.", "PROTEST", "USA", "ISR"),
    ("The Danish minister travelled to Norway last summer.", "CONSULT", "DNK", "NOR"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), EVENTS)
def test_an_event(text: str, kind: str, source: str | None, target: str | None) -> None:
    assert has_event(events(text), kind, source, target), events(text)


def test_a_discussed_launch_is_no_partner() -> None:
    evs = events("The Japanese prime minister discussed Iran's missile launch with the Indian prime minister.")
    assert ("CONSULT", "JPN", "IND") in evs
    assert all(e[2] != "IRN" for e in evs if e[0] == "CONSULT"), evs
