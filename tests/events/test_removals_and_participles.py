"""Removals from office, lifted immunity, strikes, executions, cancelled meetings, and bare
participle clauses.

A legislature that impeaches or removes a head of state, an army that ousts a government, a court
that strips a body of its powers: each coerces the one removed. Workers who go on strike protest.
In a bare participle clause ("had the editors arrested", "saw the president impeached") the
participle's subject is the one acted on; only a verb that has the act done ("had", "ordered")
makes its own subject the doer. A lifted immunity coerces its holder; a meeting or trip called
off is a rejection (the PLOVER manual: cancelled meetings are REJECT); a court that fines someone or
hands down a sentence sanctions them; states that each act on their own soil aim at none of the
others. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from coded import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paraguay's Senate impeached the country's president on Friday.", ("COERCE", "PRY", "PRY")),
        ("Brazil's Senate removed the president from office.", ("COERCE", "BRA", "BRA")),
        ("The Thai army ousted the elected government in 2014.", ("COERCE", "THA", "THA")),
        ("Venezuela's Supreme Court stripped the National Assembly of its powers.", ("COERCE", "VEN", "VEN")),
        ("Thousands of doctors went on strike in Kenya on Monday.", ("PROTEST", "KEN", "KEN")),
        ("Saudi Arabia executed a prominent Shia cleric in January 2016.", ("ASSAULT", "SAU", "SAU")),
    ],
    ids=["impeached", "removed-from-office", "ousted", "stripped-of-powers", "went-on-strike", "executed"],
)
def test_removals_strikes_and_executions(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister went on to praise the new budget.",
        "The Saudi ministry executed the plan within a week.",
        "The Brazilian minister removed the clause from the bill.",
    ],
    ids=["went-on-to", "executed-a-plan", "removed-a-clause"],
)
def test_other_senses_of_the_same_words_are_no_events(text: str) -> None:
    assert not any(t in {"PROTEST", "ASSAULT", "COERCE"} for t, _, _ in coded(text))


def test_one_who_has_people_arrested_arrests_them() -> None:
    assert ("COERCE", "EGY", "EGY") in coded("Egypt's president had the editors arrested.")


def test_one_who_orders_people_freed_frees_them() -> None:
    got = coded("The Egyptian court ordered the two Canadian journalists released.")
    assert ("RETREAT", "EGY", "CAN") in got


def test_the_subject_of_a_bare_participle_is_acted_on_not_acting() -> None:
    got = coded("The scandal saw the Brazilian president impeached.")
    assert not any(s == "BRA" for t, s, _ in got if t == "COERCE")


def test_a_participle_clause_does_not_make_its_subject_the_doer() -> None:
    got = coded("Kim Jong-un had his defence minister executed in 2015.")
    assert ("ASSAULT", "PRK", "PRK") in got


def test_a_lifted_immunity_coerces_its_holder() -> None:
    got = coded("The European Parliament voted on Thursday to lift the French lawmaker's immunity.")
    assert ("COERCE", "EU", "FRA") in got


@pytest.mark.parametrize(
    "text",
    [
        "Denmark's prime minister postponed talks with the Turkish prime minister.",
        "The Mexican president cancelled his trip to Washington.",
    ],
    ids=["postponed-meeting", "cancelled-trip"],
)
def test_a_meeting_called_off_is_a_rejection(text: str) -> None:
    got = coded(text)
    assert any(t == "REJECT" for t, _, _ in got)
    assert not any(t == "SANCTION" for t, _, _ in got)


def test_states_acting_each_on_its_own_soil_aim_at_none_of_the_others() -> None:
    got = coded("Germany, Austria and Belgium tried to prevent campaign rallies on their territory.")
    assert not any(s != t and t in {"DEU", "AUT", "CHE"} for _, s, t in got)


def test_a_court_that_fines_or_hands_down_a_sentence_sanctions() -> None:
    assert ("SANCTION", "RUS", "RUS") in coded("A Moscow court fined the Russian opposition leader on Monday.")
    assert ("SANCTION", "RUS", "RUS") in coded(
        "A Moscow court gave the Russian opposition leader a 15-day jail sentence."
    )


def test_a_state_ousted_from_a_ranking_is_no_coercion() -> None:
    got = coded("Norway ousted Denmark as the happiest country in the world.")
    assert not any(t == "COERCE" for t, _, _ in got)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Syrian rebels backed by Turkey and Qatar attacked the town.",
            ("SUPPORT", "QAT", "SYR"),
            ("SUPPORT", "TUR", "QAT"),
        ),
        (
            "Palestinian teenagers detained by Israeli soldiers were released on Monday.",
            ("COERCE", "ISR", "PSE"),
            ("COERCE", "ISR", "ISR"),
        ),
    ],
)
def test_a_participle_with_an_agent_acts_on_the_noun_it_follows(
    text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str]
) -> None:
    # "rebels backed by X and Y": both back the rebels; they do not back each other
    assert expected in coded(text)
    assert not_expected not in coded(text)
