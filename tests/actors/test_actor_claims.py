"""Who charged or asked each state: what a later denial ("denied the allegations") answers. A
charge the text denies, or one yet to be made, is none, and a charge told twice is held once.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import nlp
from stormpetrel import nlp as nlp_stage
from stormpetrel.actors import gazetteer, resolve
from stormpetrel.model import Actor
from stormpetrel.pipeline import code_text


def read(text: str) -> resolve.DocumentActors:
    """The document's actors after reading ``text``."""
    actors = resolve.DocumentActors(gazetteer.load(nlp()), 2021)
    for seg in next(nlp_stage.parse([text], nlp())):
        for sent in seg.doc.sents:
            actors.note_sentence(sent, actors.marks(sent))
    return actors


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("Canadian investigators concluded that Iran had attacked the bank's servers.", True),
        ("Canadian investigators accused Iran of the attack on the servers.", True),
        ("Canadian investigators concluded that Iran had not attacked the bank's servers.", False),
        ("Canadian investigators found that Iran never attacked the servers.", False),
        ("Canadian investigators did not accuse Iran of the attack on the servers.", False),
        ("Canadian investigators never blamed Iran for the attack on the servers.", False),
        ("Canadian investigators would accuse Iran of the attack if the evidence held.", False),
        ("Canadian investigators will accuse Iran of the attack on the servers.", False),
    ],
    ids=[
        "concluded",
        "accused",
        "concluded-not",
        "found-never",
        "did-not-accuse",
        "never-blamed",
        "would-accuse-if",
        "will-accuse",
    ],
)
def test_a_denied_charge_is_none(text: str, charged: bool) -> None:
    found = read(text).claimants("charge", "IRN")
    assert ([a.country for a in found] == ["CAN"]) is charged


def test_a_charge_told_twice_is_held_once_as_the_latest() -> None:
    actors = read("Chile met Peru on Monday.")
    first = Actor(text="Santiago", name="Chile", country="CHL")
    again = Actor(text="Chile", name="Chile", country="CHL")
    actors.note_claim("charge", "PER", first)
    actors.note_claim("charge", "BOL", Actor(text="Lima", name="Peru", country="PER"))
    actors.note_claim("charge", "PER", again)
    assert [(k, c, a.text) for k, c, a, _ in actors.claims] == [("charge", "BOL", "Lima"), ("charge", "PER", "Chile")]
    assert [a.text for a in actors.claimants("charge", "PER")] == ["Chile"]


def test_a_denial_answers_every_state_of_the_charge_it_follows() -> None:
    text = "Chile and Bolivia accused Peru of spying on Monday. Lima denied the allegations on Tuesday."
    denials = [(e.source.country, e.target and e.target.country) for e in code_text(text, "2019-04-10")
               if e.event_type == "REJECT"]
    assert sorted(denials) == [("PER", "BOL"), ("PER", "CHL")]


def test_a_denial_answers_the_last_charge_not_a_conclusion_that_clears() -> None:
    text = (
        "American officials accused Iran of the attack on Monday. Canadian investigators later concluded "
        "that Iran had not attacked the servers. Tehran has denied the allegations."
    )
    denials = [e for e in code_text(text, "2021-06-17") if e.event_type == "REJECT" and e.source.country == "IRN"]
    assert [e.target.country for e in denials] == ["USA"]


def test_a_possessive_inside_a_speakers_own_phrase_is_not_his() -> None:
    # "his" in "Ortega, one of his spokesmen" is the president's, not Ortega's own
    text = (
        "Argentine President Luis Vega flew to Lima on Monday. "
        "Tomas Ortega, one of his two spokesmen, criticised Chile on Tuesday."
    )
    got = [(e.event_type, e.source.country, e.target and e.target.country) for e in code_text(text, "2021-06-17")]
    assert got == [("ACCUSE", "ARG", "CHL")]
