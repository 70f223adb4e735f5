"""Taking part in talks, discussions and round tables, going somewhere for talks, shows of force,
and invitations.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import functools

import pytest

from coded import triples

PUB = "2022-09-14"


events = functools.cache(functools.partial(triples, published=PUB))


# (sentence, event type, source state, target state)
CASES = [
    ("The Austrian chancellor will take part in talks with the Hungarian premier.", "CONSULT", "AUT", "HUN"),
    ("Kenya and Uganda will participate in negotiations on the border dispute next week.", "CONSULT", "KEN", "UGA"),
    ("Hundreds of Chilean students took part in a protest against the government.", "PROTEST", "CHL", "CHL"),
    ("The Greek foreign minister held discussions with his Cypriot counterpart in Athens.", "CONSULT", "GRC", "CYP"),
    ("The Mexican president held a round table with Guatemalan business leaders on Friday.", "CONSULT", "MEX", "GTM"),
    ("The Pakistani army staged a show of force near the Indian border on Sunday.", "MOBILIZE", "PAK", "IND"),
    ("Qatar has invited Sudan and South Sudan to talks in Doha next month.", "AGREE", "QAT", "SDN"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), CASES)
def test_participation_and_invitation(text: str, kind: str, source: str, target: str) -> None:
    assert (kind, source, target) in events(text)



def test_going_to_a_capital_for_talks_is_a_meeting_there() -> None:
    got = triples("The Kenyan foreign minister flew to Addis Ababa for talks on Thursday.")
    assert ("CONSULT", "KEN", "ETH") in got


def test_going_for_talks_with_someone_names_the_partner() -> None:
    got = triples("The Chilean president will go to Lima for talks with the Peruvian premier.")
    assert ("CONSULT", "CHL", "PER") in got


def test_talk_of_a_matter_is_no_meeting_at_the_destination() -> None:
    got = triples("Traders turned to Seoul for talk of a rate cut.")
    assert not any(t == "CONSULT" for t, _, _ in got)
