"""A demand in the second half of a quotation, a request that someone open an inquiry, a verb of
saying that is also a trigger, a warning that an act would be a crime, a warning against an act (a
demand not to do it), and acts that are only
talked about (a need, rival sides, a body found). Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import coded
from stormpetrel.pipeline import code_text

PUB = "2023-06-12"


# (sentence, event, source, target): what must be coded
EVENTS = [
    # a quotation before "said" whose second conjunct demands
    ('"Lukashenko is a liar and must step down," Zelensky said in a statement.', "REQUEST", "UKR", "BLR"),
    ('"Putin has lost all credibility and must resign," the Estonian prime minister said.',
     "REQUEST", "EST", "RUS"),
    ("The Estonian prime minister said Putin has lost all credibility and should resign.", "REQUEST", "EST", "RUS"),
    # neighbour: the plain form still demands
    ("The Estonian prime minister said Putin must resign.", "REQUEST", "EST", "RUS"),
    # an inquiry asked of the authorities is a request of them
    ("Norway and Chile requested Peruvian authorities to open an investigation against the fishing firms.",
     "REQUEST", "NOR", "PER"),
    ("Iran requested a meeting with Oman.", "REQUEST", "IRN", "OMN"),
    ("Armenia requested military aid from Russia.", "REQUEST", "ARM", "RUS"),
    # the doer of a demanded withdrawal is asked, not the place it leaves
    ("NATO envoys demanded the withdrawal of Russian troops from Moldova.", "REQUEST", "NATO", "RUS"),
    # "called on X to act": X, not the act
    ("The arrest drew an outcry from Canadian senators, who have called on the Brazilian government to speak out.",
     "REQUEST", "CAN", "BRA"),
    # neighbours: an inquiry opened by the speaker itself is still one
    ("Sweden opened an investigation against the Russian hackers.", "ACCUSE", "SWE", "RUS"),
    # a warning of a hostile act stays a threat
    ("Moscow warned that it would retaliate against Finland.", "THREATEN", "RUS", "FIN"),
    # warning someone against doing a thing asks them not to do it
    ("The Finnish president warned Moscow against sending troops to the border.", "REQUEST", "FIN", "RUS"),
    ("Beijing cautioned Tokyo against interfering in its affairs.", "REQUEST", "CHN", "JPN"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), EVENTS)
def test_coded(text: str, kind: str, source: str, target: str | None) -> None:
    evs = coded(text, PUB)
    assert any(e[0] == kind and e[1] == source and (target is None or e[2] == target) for e in evs), evs


# (sentence, event type that must not be coded)
NOT_EVENTS = [
    ('"Putin has lost all credibility and must resign," the Estonian prime minister said.', "RETREAT"),
    ("Norway and Chile requested Peruvian authorities to open an investigation against the fishing firms.",
     "ACCUSE"),
    # "allowed" after a quotation says it
    ('"Our ties with Beijing have not always been easy," the Australian premier allowed.', "CONCEDE"),
    # a warning that an act would be a crime judges it; nobody threatens
    ("Human Rights Watch warned the executions could amount to crimes against humanity.", "THREATEN"),
    ("The UN warned that resuming executions would violate the treaties Iran has ratified.", "THREATEN"),
    # a need, rival sides, a body found: talked of, not done
    ("Egypt sees a need to fight Hamas.", "ASSAULT"),
    ("Despite supporting opposing sides, Iran and Turkey have worked together to end the war in Syria.",
     "SUPPORT"),
    ("A senior Turkish diplomat at the embassy in Kenya, 56, was found dead in his home in February.", "ASSAULT"),
    # what a thing should be is a forecast or a wish about it: no one is asked
    ("The wheat harvest in Kenya should be over two million tonnes this year, the Kenyan farm ministry said.",
     "REQUEST"),
    ('"Hospitals should be safe places for the wounded," the Chilean foreign minister said.', "REQUEST"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_EVENTS)
def test_no_false_event(text: str, wrong: str) -> None:
    assert wrong not in {e[0] for e in coded(text, PUB)}


def test_allowed_with_an_object_still_concedes() -> None:
    assert ("CONCEDE", "RUS", "UKR") in coded("Russia allowed Ukraine to export grain.", PUB)


def test_arrival_at_a_place_is_still_a_visit() -> None:
    assert ("CONSULT", "RUS", "TUR") in coded("Putin arrived in Ankara on Monday.", PUB)


@pytest.mark.parametrize("hedge", ["likely", "unlikely"])
def test_unlikely_is_uncertain(hedge: str) -> None:
    evs = code_text(f"The Japanese prime minister is {hedge} to visit China this year.", PUB)
    assert [e.status for e in evs if e.event_type == "CONSULT"] == ["uncertain"]


def test_what_a_state_should_be_is_asked_of_it() -> None:
    text = '"Russia should be more open about its drills," the Estonian prime minister said on Monday.'
    assert ("REQUEST", "EST", "RUS") in coded(text, PUB)


def test_a_thing_in_a_second_reported_clause_is_asked_nothing() -> None:
    text = ("The pact is a relic of the past, and it should not harm Chinese interests, "
            "the Chinese foreign ministry spokesman said.")
    assert not [t for t in coded(text, PUB) if t[0] == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Germany on Tuesday called on Russia to withdraw its troops from Crimea.",
        "On Tuesday, Germany called on Russia to withdraw its troops from Crimea.",
    ],
)
def test_a_day_before_the_party_asked_is_no_party(text: str) -> None:
    assert ("REQUEST", "DEU", "RUS") in coded(text, PUB)


def test_an_appeal_to_a_body_to_act_is_a_request_of_it_not_its_act() -> None:
    got = coded("On Monday, Kenya appealed to the United Nations to send more peacekeepers to Somalia.", PUB)
    assert ("REQUEST", "KEN", "UN") in got
    assert not [t for t in got if t[0] == "AID"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the one whose act a demand asks for ("the resignation of X") is the one asked
        ("Hungarian students called for the resignation of the cabinet on Saturday.", ("REQUEST", "HUN", "HUN")),
        ("Chile demanded the withdrawal of Bolivian troops from the border.", ("REQUEST", "CHL", "BOL")),
        # a day after the asking word is no party: the demand is still made of whom it names
        ("Many Hungarians called on Saturday for the resignation of the cabinet.", ("REQUEST", "HUN", "HUN")),
    ],
)
def test_an_act_a_demand_asks_for_names_the_one_asked(text: str, event: tuple[str, str, str]) -> None:
    assert event in coded(text, PUB)
