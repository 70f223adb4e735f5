"""Sides the text names only implicitly: a state's act in the passive with no agent, an aide
known by whom they serve, a body of the state a story is clearly about."""

from __future__ import annotations

import pytest

from coded import coded, has_event

# text, an event (type, source, target) it must give
FOUND = [
    # an agentless passive of a state's act: the state where it happened, not the patient's
    ("A Syrian student was deported from Malaysia on Friday.", ("COERCE", "MYS", "SYR")),
    ("Three journalists were arrested in Minsk on Tuesday.", ("COERCE", "BLR", None)),
    ("A Jordanian man convicted of spying was executed on Sunday.", ("ASSAULT", "JOR", "JOR")),
    # a town no name marks places the act
    ("A man who attacked a guard on a Leeds tram has been jailed.", ("COERCE", "GBR", "GBR")),
    # a spokeswoman or an aide speaks for the state of the person served
    ("A spokeswoman for Angela Merkel criticised Turkey on Monday.", ("ACCUSE", "DEU", "TUR")),
    ("An aide to Vladimir Putin criticised Ukraine on Monday.", ("ACCUSE", "RUS", "UKR")),
    (
        "Polish senator Jan Kowalski visited Berlin on Monday. A spokesman for Kowalski criticised Germany.",
        ("ACCUSE", "POL", "DEU"),
    ),
    # a body with no state in a story clearly about one state is that state's
    (
        "Chile sent troops to Chile's north, and Chile closed its border with Peru. "
        "Authorities detained 40 smugglers on Sunday.",
        ("COERCE", "CHL", "CHL"),
    ),
    (
        "Kenya held elections in May and Kenya counted votes in Kenya. Uganda sent observers. "
        "The opposition criticised the government on Monday.",
        ("ACCUSE", "KEN", "KEN"),
    ),
]


@pytest.mark.parametrize(("text", "event"), FOUND)
def test_implicit_actor_is_found(text: str, event: tuple[str, str, str | None]) -> None:
    assert has_event(coded(text), *event), coded(text)


def test_a_party_expulsion_is_no_state_act() -> None:
    events = coded("The senator was expelled from the party at a congress in Lima on Monday.")
    assert not any(e[0] == "COERCE" for e in events), events


def test_a_foreigner_held_where_no_place_is_named_is_not_put_on_the_story_state() -> None:
    text = (
        "French police arrested 20 protesters in Paris. French troops attacked a camp. France condemned "
        "the violence. Tunisia sent an envoy. A Tunisian man was detained on Monday."
    )
    assert not has_event(coded(text), "COERCE", "FRA", "TUN"), coded(text)

