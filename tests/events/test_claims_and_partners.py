"""Attacks claimed by their authors, partners of a deal named on what was agreed, settlement
building, intensified attacks and vows of bloodshed, and a claim summed up after a comma.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import functools

import pytest

from stormpetrel.pipeline import code_text

PUB = "2022-09-14"


@functools.cache
def events(text: str) -> list[tuple]:
    return [(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code_text(text, PUB)]


# (sentence, event type, source state, target state)
CASES = [
    # a claim of responsibility for an attack is the claimant's attack
    ("The Taliban claimed responsibility for the bombing in Kandahar.", "ASSAULT", "AFG", "AFG"),
    ("The Taliban took responsibility for the attack on a police post near Herat.", "ASSAULT", "AFG", "AFG"),
    ("Islamic State claimed responsibility for a car bomb that killed six soldiers in Mosul.", "ASSAULT", "IMG", "IRQ"),
    # a spokesman's claim is the group's attack, not his words against anyone
    ("A Hamas spokesman claimed responsibility for the rocket attack on Israel.", "ASSAULT", "PSE", "ISR"),
    # the partner of a deal hangs on what was agreed
    ("Ankara agreed on a ceasefire with the Syrian rebels.", "AGREE", "TUR", "SYR"),
    ("The Peruvian government said it would agree to a swap of detainees with Bolivia.", "AGREE", "PER", "BOL"),
    # settlements built on occupied land
    ("Israel approved 900 new settlement homes in East Jerusalem.", "COERCE", "ISR", "PSE"),
    ("Israel has expanded its settlements in the West Bank.", "COERCE", "ISR", "PSE"),
    # attacks stepped up, and blood vowed
    ("Hamas vowed to step up its attacks against Israel.", "THREATEN", "PSE", "ISR"),
    ("The Azerbaijani army intensified its attacks on Armenian positions.", "ASSAULT", "AZE", "ARM"),
    ("Chechen fighters in Syria vowed to go back and shed Russian blood.", "THREATEN", "RUS", None),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CASES)
def test_construction(text: str, etype: str, source: str, target: str | None) -> None:
    found = events(text)
    assert any(t == etype and s == source and (target is None or g == target) for t, s, g in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister took responsibility for the defeat in the election.",
        "The coach claimed credit for the victory over Mexico.",
    ],
)
def test_claim_of_no_attack_is_no_attack(text: str) -> None:
    assert not any(t == "ASSAULT" for t, _, _ in events(text)), events(text)


def test_topic_without_partner_keeps_no_target() -> None:
    # the deal names no partner: the agreement stays one side's, aimed at no one named
    found = events("Ecuador agreed to a new plan for its northern border on Monday.")
    assert all(g is None for t, _, g in found if t == "AGREE"), found


def test_settlement_of_a_dispute_is_no_coercion() -> None:
    found = events("Chile and Peru approved a settlement of their maritime dispute.")
    assert not any(t == "COERCE" for t, _, _ in found), found


# demands for what is done to someone, pushes for measures, options ruled out, rights stripped
MORE = [
    ("Germany called for the release of the jailed Turkish journalist.", "REQUEST", "DEU", "TUR"),
    ("France pushed for new sanctions against Syria.", "REQUEST", "FRA", "SYR"),
    ("Armenia ruled out talks with Azerbaijan.", "REJECT", "ARM", "AZE"),
    # a reflexive object goes with its verb: the preposition after it is the verb's own
    ("Germany distanced itself from the American position on Iran.", "REJECT", "DEU", "USA"),
    ("Kenya and Uganda distanced themselves from the Somali proposal.", "REJECT", "UGA", "SOM"),
    ("Bahrain stripped 100 activists of their citizenship.", "COERCE", "BHR", "BHR"),
    ("Turkey stripped three Kurdish lawmakers of their parliamentary immunity.", "COERCE", "TUR", "TUR"),
    # an ongoing act stated with "be in": "is in talks with X"
    ("Argentina is in talks with Brazil on a new gas pipeline.", "CONSULT", "ARG", "BRA"),
    # forces moved or sent, also by some means
    ("Russia moved tanks and troops to the Belarusian border.", "MOBILIZE", "RUS", "BLR"),
    ("Egypt sent warships to the Libyan coast.", "MOBILIZE", "EGY", "LBY"),
    ("In May the Polish army began sending armoured vehicles by rail to Latvia.", "MOBILIZE", "POL", "LVA"),
    # a body, not the person it was, is what is released
    ("Bulgaria released the body of the dead man to Ukraine on Friday.", "RETREAT", "BGR", "UKR"),
    # a bare verb under a mandative verb is a demand
    ("Greece insisted that Turkey respect its airspace.", "REQUEST", "GRC", "TUR"),
    ("Kenya insisted that Somalia withdraw its troops from the border.", "REQUEST", "KEN", "SOM"),
    # a missile fired at no one is a weapons test; a passive's overseer is its doer
    ("Iran launched a ballistic missile on Tuesday.", "MOBILIZE", "IRN", None),
    ("A cruise missile was test-fired under the supervision of the Pakistani army chief.", "MOBILIZE", "PAK", None),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), MORE)
def test_more_constructions(text: str, etype: str, source: str, target: str | None) -> None:
    assert (etype, source, target) in events(text), events(text)


def test_declining_to_rule_out_refuses_nothing() -> None:
    assert not any(t == "REJECT" for t, _, _ in events("Armenia declined to rule out talks with Azerbaijan.")), events(
        "Armenia declined to rule out talks with Azerbaijan."
    )


def test_stripped_of_weapons_is_no_coercion_of_rights() -> None:
    assert not any(t == "COERCE" for t, _, _ in events("The army stripped the rebels of their weapons.")), events(
        "The army stripped the rebels of their weapons."
    )


def test_riots_after_talks_between_two_sides_are_not_theirs() -> None:
    found = events("There were riots in Kinshasa on Tuesday after talks between the government and rebels collapsed.")
    assert ("PROTEST", "COD", "COD") in found, found


def test_a_company_moving_its_offices_mobilises_nothing() -> None:
    found = events("The Swedish bank moved its headquarters to Estonia.")
    assert not any(t == "MOBILIZE" for t, _, _ in found), found


def test_insisting_on_a_fact_is_no_demand() -> None:
    found = events("India insisted that Pakistan was behind the attack on its embassy.")
    assert not any(t == "REQUEST" for t, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The new Gambian president has promised to lower fuel prices.",
        "The Chilean president pledged to cut taxes.",
    ],
)
def test_a_promise_to_no_party_is_no_event(text: str) -> None:
    assert not any(t == "AGREE" for t, _, _ in events(text)), events(text)


def test_a_promise_about_a_named_party_stays() -> None:
    assert ("AGREE", "USA", "UKR") in events("The United States pledged to support Ukraine.")


def test_a_missile_fired_at_a_state_stays_an_attack() -> None:
    assert ("ASSAULT", "IRN", "USA") in events("Iran fired missiles at US bases in Iraq on Tuesday.")


def test_a_promise_two_named_parties_make_together_stays() -> None:
    found = events("President Ruto of Kenya and President Museveni of Uganda pledged to work together on trade.")
    assert any(t == "AGREE" and {s, g} == {"KEN", "UGA"} for t, s, g in found), found


def test_a_claim_summed_up_after_a_comma_is_no_object_of_the_charge() -> None:
    text = "Georgian officials charge that Russia moved the border fence, a claim rejected by the Kremlin."
    got = events(text)
    assert ("ACCUSE", "GEO", "RUS") in got
    assert ("REJECT", "RUS", "GEO") in got
