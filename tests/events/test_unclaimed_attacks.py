"""Attacks news reports without naming who made them, and gatherings attended abroad.

A bomb, a blast or unnamed gunmen hit something in a place: an attack by an unknown attacker
on the state where it happened, with the sector of what was hit where the text names one.
Attending a ceremony, summit or conference in another state is a visit to its host.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import functools

import pytest

from stormpetrel.pipeline import code_text

PUB = "2023-03-15"  # a Wednesday


@functools.cache
def events(text: str) -> list[tuple]:
    return [
        (e.event_type, e.cameo_code, e.source.country, e.target and e.target.country, e.target and e.target.sector,
         e.date)
        for e in code_text(text, published=PUB)
    ]


# (sentence, target state): an attack on that state by an attacker the text does not name
UNCLAIMED = [
    ("A car bomb exploded near a police station in Kabul on Monday, killing four officers.", "AFG"),
    ("A powerful blast ripped through a crowded bazaar in Peshawar on Tuesday.", "PAK"),
    ("An explosion tore through a bus depot in Quetta, killing nine people.", "PAK"),
    ("A bomb went off outside a school in Mogadishu on Sunday.", "SOM"),
    ("Three explosions rocked central Baghdad on Monday.", "IRQ"),
    ("A mortar shell hit a hospital in Aleppo on Monday.", "SYR"),
    ("Unknown gunmen opened fire on a minibus in Karachi, killing five.", "PAK"),
    ("A suicide bombing in Quetta killed 14 people on Friday.", "PAK"),
    ("An attack on a church in Kaduna killed 12 worshippers on Sunday.", "NGA"),
    ("Seven soldiers were killed when a roadside bomb struck their truck in Kandahar.", "AFG"),
    ("Eleven people died in a bomb blast at a market in Lahore on Monday.", "PAK"),
    ("Gunmen killed 28 villagers and abducted dozens of women in Zamfara, Nigeria, on Saturday.", "NGA"),
]


@pytest.mark.parametrize(("text", "target"), UNCLAIMED, ids=[t[:40] for t, _ in UNCLAIMED])
def test_an_attack_with_no_named_attacker_hits_the_state_where_it_happened(text: str, target: str) -> None:
    assert any(e[0] == "ASSAULT" and e[2] == target and e[3] == target for e in events(text)), events(text)


def test_what_a_bomb_hit_gives_the_sector_and_its_day_the_date() -> None:
    found = events("A car bomb exploded near a police station in Kabul on Monday, killing four officers.")
    assert ("ASSAULT", "AFG", "COP", "2023-03-13") in [(e[0], e[3], e[4], e[5]) for e in found]


def test_a_named_weapon_owner_is_the_attacker() -> None:
    assert ("ASSAULT", "ISR", "PSE") in [e[:1] + e[2:4] for e in events("An Israeli rocket hit a house in Gaza.")]


def test_a_post_that_came_under_shelling_by_named_troops() -> None:
    text = "A Syrian army checkpoint near Idlib came under mortar shelling by Turkish troops on Monday."
    assert ("ASSAULT", "TUR", "SYR") in [e[:1] + e[2:4] for e in events(text)]


NO_ATTACK = [
    "A storm ripped through the coast of Florida on Monday.",
    "Heavy protests rocked the Iraqi capital on Friday.",
    "Two Afghan soldiers died in a hospital in Kabul on Monday.",
    "The former Chilean president died in Santiago on Friday.",
    "Hundreds of people died in floods in Pakistan last year.",
    "A gas explosion tore through an apartment block in Moscow on Monday.",
    "Nine workers died in an explosion at a chemical plant in Tianjin.",
]


@pytest.mark.parametrize("text", NO_ATTACK, ids=[t[:40] for t in NO_ATTACK])
def test_no_attack_without_a_weapon_or_an_attack(text: str) -> None:
    assert not any(e[0] == "ASSAULT" for e in events(text)), events(text)


def test_an_airstrike_is_no_unknown_attackers() -> None:
    # some state's air force struck: the text does not say which, and it is no local gunman
    assert not any(e[0] == "ASSAULT" for e in events("An airstrike killed nine civilians in Idlib on Monday."))


# (sentence, attendee, host)
GATHERINGS = [
    ("Germany's defence minister attended a ceremony in Lithuania on Tuesday.", "DEU", "LTU"),
    ("The French president attended the summit in Brussels.", "FRA", "EU"),
    ("The Japanese prime minister attended the state funeral in London.", "JPN", "GBR"),
    ("The Turkish president attended a military parade in Baku on Thursday.", "TUR", "AZE"),
    ("The Indian foreign minister attended the inauguration of the new Brazilian president.", "IND", "BRA"),
    ("A Canadian trade minister attended an investment forum in Singapore.", "CAN", "SGP"),
    ("The Kenyan president attended a regional summit hosted by Ethiopia.", "KEN", "ETH"),
    ("The Australian foreign minister will attend a conference in Jakarta next week.", "AUS", "IDN"),
    ("The Polish president attended talks in Kyiv on Friday.", "POL", "UKR"),
]


@pytest.mark.parametrize(("text", "source", "host"), GATHERINGS, ids=[t[:40] for t, _, _ in GATHERINGS])
def test_attending_a_gathering_abroad_is_a_visit_to_its_host(text: str, source: str, host: str) -> None:
    assert ("CONSULT", "042", source, host) in [e[:4] for e in events(text)], events(text)


def test_a_gathering_at_home_is_no_visit() -> None:
    assert events("The German chancellor attended a ceremony in Berlin on Monday.") == []
    assert events("The Italian prime minister attended a session of parliament on Tuesday.") == []


def test_a_press_conference_held_is_no_meeting() -> None:
    assert events("The Nigerian president held a press conference in Abuja on Monday.") == []


def test_a_capital_the_text_does_not_name_is_the_storys() -> None:
    text = "Kenyan police raided a warehouse on Friday. On Saturday a grenade exploded in the capital, wounding six."
    assert ("ASSAULT", "KEN", "KEN") in [e[:1] + e[2:4] for e in events(text)]
