"""Sentences that look like acts and are none: a question put to someone ("was asked what he would
do") or put directly ("Has X agreed ...?"), how long something will take ("could take years"), a
subject that denies anyone acted ("no leader has refused"), a habit tied to recurring meetings, a
budget request, the charge behind an arrest ("over plots to kill X"), a promise that names no
party; and a warning that someone would break the law, which criticises them.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import coded, event_types, has_event

PUB = "2023-05-09"


# (sentence, event type that must not be coded)
NOT_EVENTS = [
    ("The Chilean president was asked by a Peruvian senator what he would do about the border.", "REQUEST"),
    ("Has the Kenyan president agreed to a truce with Somalia?", "AGREE"),
    ("Chilean diplomats warn it could take three years to settle the dispute with Peru.", "THREATEN"),
    ("Agreeing on a new trade pact with Japan could take a decade, Chile said.", "AGREE"),
    ("No Danish king has ever refused to sign a treaty with Sweden.", "REJECT"),
    ("Ahead of their monthly sessions the Greek and Turkish envoys hold talks with the UN mediator.", "CONSULT"),
    ("The Brazilian army sent a budget request to the Brazilian Congress on Friday.", "REQUEST"),
    ("Indian police detained two men over plots to kill the Nepali foreign minister.", "ASSAULT"),
    ("The Mexican president pledged again to build a bridge over the river near Guatemala.", "AGREE"),
    ("The EU warned that Serbia would violate international law if it seized the mine.", "REJECT"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_EVENTS)
def test_no_false_event(text: str, wrong: str) -> None:
    assert wrong not in event_types(text, PUB)


# (sentence, event, source, target): near neighbours that still are events
STILL_EVENTS = [
    ("The Chilean president asked Peru to reopen the border.", "REQUEST", "CHL", "PER"),
    ("The Kenyan president agreed to a truce with Somalia on Monday.", "AGREE", "KEN", "SOM"),
    ("Chilean diplomats warned Peru of retaliation if it closed the border.", "THREATEN", "CHL", "PER"),
    ("The Danish king refused to sign the treaty with Sweden.", "REJECT", "DNK", None),
    ("The Greek and Turkish envoys held talks with the UN mediator on Monday.", "CONSULT", "GRC", None),
    ("Indian police detained two men who tried to kill the Nepali foreign minister.", "COERCE", "IND", None),
    ("The Mexican president pledged to help Guatemala rebuild the bridge.", None, "MEX", "GTM"),
    ("The EU warned that Serbia would violate international law if it seized the mine.", "ACCUSE", None, "SRB"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), STILL_EVENTS)
def test_still_an_event(text: str, kind: str | None, source: str | None, target: str | None) -> None:
    evs = coded(text, PUB)
    assert has_event(evs, kind, source, target), evs
