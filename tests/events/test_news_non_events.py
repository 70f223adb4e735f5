"""Constructions of news text that look like acts between states and are none: a place named in a
dateline, a deal "struck", a matter one declines to be drawn on, how a thing should be seen, what
one should expect, a view shared, an infinitive after "it is", a price as a doer, a social ill
fought, a gloss on a name in brackets; and a diplomatic note of protest, which is a complaint, not
a demonstration.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import coded, event_types

PUB = "2023-04-18"


# (sentence, event type that must not be coded)
NOT_EVENTS = [
    # a dateline: "occupied" describes the place, nobody occupies anything
    ("Nablus, occupied West Bank - Palestinian officials met the Jordanian envoy on Monday.", "COERCE"),
    # a deal is struck, nobody is
    ("Kenya has two weeks to strike a deal with Somalia over the maritime border.", "ASSAULT"),
    # the matter one will not be drawn on, or comment on, is a topic, not something refused
    ("The Irish foreign minister declined to be drawn on British calls for a border poll.", "REJECT"),
    ("The Irish foreign minister declined to comment on British calls for a border poll.", "REJECT"),
    # how a thing should be seen asks nothing of anyone
    ("The Danish minister said Greenland's wish for independence should not be seen as a threat to Denmark.",
     "REQUEST"),
    # what one should (not) expect is advice on a view; what is expected is no act either
    ("Scotland should not expect Brussels to welcome it back quickly, the Spanish foreign minister said.",
     "REQUEST"),
    ("Scotland should not expect Brussels to welcome it back quickly, the Spanish foreign minister said.",
     "SUPPORT"),
    # agreeing with someone that something is so is a view shared, no deal
    ("The Austrian chancellor agrees with the German chancellor that new sanctions are not needed "
     "on Hungary.", "AGREE"),
    # "it is ... to back X": no one backs anyone
    ("As useful as it is to back Ukrainian farmers, the Polish plan carries risks for Poland.", "AGREE"),
    ("As useful as it is to back Ukrainian farmers, the Polish plan carries risks for Poland.", "SUPPORT"),
    # a price that falls lets nobody do anything
    ("The share price of the Italian firm plunged, allowing the Chinese state fund to buy a stake cheaply.",
     "CONCEDE"),
    ("The Italian firm's value fell sharply, allowing China to buy a stake cheaply.", "CONCEDE"),
    # fighting a social ill is policy, not force against anyone
    ("Ethiopia vowed to fight corruption with the help of Kenya.", "THREATEN"),
    # a gloss on a name in brackets tells what the name stands for, not news
    ('"Syrian troops can now focus on fighting ISIL (the former name of the Islamic State terror group '
     'outlawed in Russia)," the Russian minister said.', "COERCE"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_EVENTS)
def test_no_false_event(text: str, wrong: str) -> None:
    assert wrong not in event_types(text, PUB)


# (sentence, event, source, target): near neighbours that still are events
STILL_EVENTS = [
    ("Lithuania sent a note of protest to the Russian ambassador in Vilnius.", "ACCUSE", "LTU", "RUS"),
    ("Lithuania handed a note of protest to the Russian embassy.", "ACCUSE", "LTU", "RUS"),
    ("Israeli troops occupied the hills above the Lebanese village.", "COERCE", "ISR", None),
    ("Kenyan troops fought al-Shabaab militants near the Somali border.", "ASSAULT", "KEN", None),
    ("The Irish foreign minister declined to support British calls for a border poll.", "REJECT", "IRL", None),
    ("The Swiss minister said Iran must release the detained journalist.", "REQUEST", "CHE", "IRN"),
    ("Kazakhstan expects China to pay its debt by June.", "REQUEST", "KAZ", "CHN"),
    ("It is vital to support Ukraine, the Polish president said.", None, "POL", "UKR"),
    ("The Polish government lifted the ban, allowing Ukrainian workers to enter.", "CONCEDE", "POL", "UKR"),
    # ... but a clause about someone told in brackets is still news
    ("Pence (who met the Irish prime minister on Friday) praised the Irish.", "CONSULT", "USA", "IRL"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), STILL_EVENTS)
def test_still_an_event(text: str, kind: str | None, source: str, target: str | None) -> None:
    evs = coded(text, PUB)
    assert any(
        (kind is None or e[0] == kind) and e[1] == source and (target is None or e[2] == target) for e in evs
    ), evs


def test_note_of_protest_is_no_demonstration() -> None:
    assert "PROTEST" not in event_types("Lithuania sent a note of protest to the Russian ambassador in Vilnius.", PUB)
