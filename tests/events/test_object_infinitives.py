"""A verb with an object and a to-infinitive in events/coder.py: "told X to V" asks X, "forced X to V"
coerces X, "ordered X to V" demands of X (not of one's own troops), "extended the permits for X to V"
grants X."""

from __future__ import annotations

import functools

from stormpetrel.pipeline import code_text

PUB = "2023-04-12"


@functools.cache
def events(text: str) -> list[tuple]:
    return [(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code_text(text, PUB)]


def test_telling_a_state_to_act_is_a_request_to_it() -> None:
    assert ("REQUEST", "CHL", "PER") in events("Chile told Peru to halt the fishing in the disputed waters.")


def test_telling_a_state_to_do_a_coded_act_is_a_request_for_it() -> None:
    got = events("Vietnam told Laos to withdraw its soldiers from the border.")
    assert ("REQUEST", "VNM", "LAO") in got
    assert not any(e[0] == "RETREAT" for e in got)


def test_telling_the_press_what_happened_is_no_request() -> None:
    got = events("The Chilean minister told the Peruvian envoy that the fishing season had closed early.")
    assert not any(e[0] == "REQUEST" for e in got)


def test_forcing_a_state_to_act_coerces_it() -> None:
    assert ("COERCE", "CHL", "PER") in events("Chile forced Peru to halt the fishing in the disputed waters.")
    assert ("COERCE", "KEN", "UGA") in events("Kenya compelled Uganda to reopen the border crossing.")


def test_being_forced_without_an_agent_or_from_a_place_is_no_coercion() -> None:
    assert not any(e[0] == "COERCE" for e in events("The Peruvian minister was forced to resign last week."))
    able = "Police in Chile would be able to force Peruvian fishermen to carry permits."
    assert not any(e[0] == "COERCE" for e in events(able))


def test_a_permit_extended_for_others_to_stay_is_granted_to_them() -> None:
    got = events("Chile extended the work permits for Peruvians to remain until June.")
    assert any(e[0] == "CONCEDE" and e[2] == "PER" for e in got)


def test_ordering_a_named_people_to_leave_is_a_demand_on_them() -> None:
    assert ("REQUEST", "UGA", "RWA") in events("Uganda ordered the Rwandan traders to leave the market by Friday.")


def test_ordering_ones_own_troops_to_withdraw_is_no_demand() -> None:
    got = events("The president ordered the Turkish troops to withdraw from the Syrian border town.")
    assert not any(t == "REQUEST" for t, _, _ in got)


def test_ordering_a_campaign_is_no_demand_on_anyone() -> None:
    got = events("Officials said Moscow ordered a covert campaign to sway the Estonian vote.")
    assert not any(t == "REQUEST" for t, _, _ in got)
