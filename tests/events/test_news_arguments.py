"""Who did it to whom in constructions common in news: stances ("is opposed to"), things and
people handed over in the passive, opening participle clauses, "is to blame", and plans that
are denied.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import functools

import pytest

from coded import triples

PUB = "2022-09-14"


events = functools.cache(functools.partial(triples, published=PUB))


# (text, event type, source state, target state)
CASES = [
    # a stance: the subject (hung on the auxiliary by the parser) holds it
    ("The Peruvian minister said his country was opposed to the Chilean proposal.", "REJECT", "PER", "CHL"),
    ("Hungary's government is opposed to the Austrian plan.", "REJECT", "HUN", "AUT"),
    ("Vietnam is firmly opposed to the Chinese plan.", "REJECT", "VNM", "CHN"),
    # handed over in the passive: the holder gives, the to-phrase receives
    (
        "Pakistan arrested two Indian fishermen last week. The two fishermen were handed over to "
        "Indian officials on Sunday.",
        "RETREAT", "PAK", "IND",
    ),
    (
        "Turkish police detained a Chechen suspect on Monday. The suspect could be handed over to "
        "the Russian authorities within a week.",
        "COOPERATE", "TUR", "RUS",
    ),
    ("The prime minister said six Thai sailors held in Cambodia had been allowed to leave the country.",
     "CONCEDE", "KHM", "THA"),
    # an opening participle clause is done by the main clause's subject
    ("Rejecting Cairo's concerns, Abebe Tadesse, an Ethiopian foreign ministry spokesman, told reporters "
     "that the reservoir would be filled.", "REJECT", "ETH", "EGY"),
    # "X is to blame": X is blamed by whoever says so
    ("Greek officials said Turkey was partly to blame for the migrant crisis.", "ACCUSE", "GRC", "TUR"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), CASES)
def test_news_arguments(text: str, kind: str, source: str, target: str) -> None:
    evs = events(text)
    assert (kind, source, target) in evs, evs


def test_the_thing_handed_over_is_not_its_giver() -> None:
    evs = events("Turkish police detained a Chechen suspect on Monday. The suspect could be handed over to "
                 "the Russian authorities within a week.")
    assert not any(e[0] == "COOPERATE" and e[1] != "TUR" for e in evs), evs


def test_the_one_to_blame_is_not_the_accuser() -> None:
    evs = events("Greek officials said Turkey was partly to blame for the migrant crisis.")
    assert not any(e[0] == "ACCUSE" and e[1] == "TUR" for e in evs), evs


def test_an_act_without_plans_is_not_planned() -> None:
    evs = events("Germany has no plans to expel Russian diplomats.")
    assert not any(e[0] == "SANCTION" for e in evs), evs
