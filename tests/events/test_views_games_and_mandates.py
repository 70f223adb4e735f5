"""Words that name no act between states: a view shared ("the columnist agrees"), a move in a game
("never threatened the Irish goal"), the purpose a body was set up for ("the court was set up to
prosecute war crimes"); each beside a near neighbour that still is an event.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import coded, event_types, has_event

PUB = "2023-04-18"


# (sentence, event type that must not be coded)
NOT_EVENTS = [
    # a view shared in the present, with nothing agreed to
    ("The Israeli columnist agrees.", "AGREE"),
    ("The young Moroccan student agrees, but he is still afraid.", "AGREE"),
    ("Surely the Danish premier agrees with me that voters must choose.", "AGREE"),
    # a move in a game
    ("Before the break the Spanish forward never threatened the Irish goal once.", "REJECT"),
    ("Before the break the Spanish forward never threatened the Irish goal once.", "THREATEN"),
    ("The Brazilian midfielder attacked the Argentine goal from the left.", "ASSAULT"),
    # what a body was set up to do
    ("The court was set up in 1993 to try Kenyan war criminals.", "ACCUSE"),
    ("The Serbian commission was established to investigate crimes committed in Kosovo.", "ACCUSE"),
    ("Set up in 1998 to investigate Serbian war crimes, the tribunal closed in 2017.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_EVENTS)
def test_no_false_event(text: str, wrong: str) -> None:
    assert wrong not in event_types(text, PUB)


# (sentence, event type, source state, target state): near neighbours that still are events
STILL_EVENTS = [
    ("Iran proposed a ceasefire and Turkey agreed.", "AGREE", "TUR", None),
    ("Germany and France agree on a new border regime.", "AGREE", "DEU", "FRA"),
    ("Greece agrees to the Turkish proposal.", "AGREE", "GRC", "TUR"),
    ("Russia threatened the Ukrainian port of Odesa.", "THREATEN", "RUS", "UKR"),
    ("Iran criticized the Arab League on Monday.", "ACCUSE", "IRN", "LAS"),
    ("Kenyan police attacked the strikers in Nairobi.", "ASSAULT", "KEN", None),
    ("The Kenyan government set up a commission to investigate the Ugandan attack.", "ACCUSE", "KEN", "UGA"),
    ("Kenya will set up a court to prosecute Ugandan rebels.", "ACCUSE", "KEN", "UGA"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), STILL_EVENTS)
def test_still_an_event(text: str, kind: str, source: str, target: str | None) -> None:
    assert has_event(coded(text, PUB), kind, source, target)
