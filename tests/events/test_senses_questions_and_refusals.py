"""What a question is about, and a commitment refused, are no events (``senses._put_as_question``,
``senses.denied``). Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from stormpetrel.pipeline import code_text

PUB = "2021-05-04"


def _pairs(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (e.event_type, e.source.country, e.target.country if e.target else None)
        for e in code_text(text, PUB)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Reporters asked the Polish president whether Poland would send troops to Ukraine.",
        "Asked if Japan would impose sanctions on North Korea, the minister smiled.",
        "The Greek premier would not say whether Greece would veto the deal with Turkey.",
        "The chancellor would not be drawn on whether Germany would recognise Palestine.",
        "Journalists asked Scholz as he left the summit if Germany would send tanks to Ukraine.",
        # asked about a matter, or how to do a thing: a question put, nothing asked for
        "Kiev asked Moscow about the fate of the detained Ukrainian sailors.",
        "The Turkish president asked Merkel how to end the quarrel over the rallies.",
    ],
)
def test_what_a_question_is_about_is_no_event(text: str) -> None:
    assert _pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Germany will recognise Palestine, the chancellor said.", ("AGREE", "DEU", "PSE")),
        ("Paris asked Berlin to support sanctions against Iran.", ("REQUEST", "FRA", "DEU")),
        ("Poland asked NATO for more troops.", ("REQUEST", "POL", "NATO")),
        ("If Russia attacks Ukraine, Germany will ask what NATO plans to do.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_an_act_said_or_asked_for_stays(text: str, event: tuple[str, str, str]) -> None:
    assert event in _pairs(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Spain refused to commit to new sanctions against Venezuela.", "ESP", "VEN"),
        ("Poland declined to commit to talks with Belarus.", "POL", "BLR"),
    ],
)
def test_declining_to_commit_is_no_commitment(text: str, source: str, target: str) -> None:
    pairs = _pairs(text)
    assert ("AGREE", source, target) not in pairs
    assert ("REJECT", source, target) in pairs


def test_a_commitment_made_is_an_agreement() -> None:
    assert ("AGREE", "POL", "BLR") in _pairs("Poland committed to talks with Belarus.")


def test_an_act_a_refusal_to_tell_reports_is_no_refusal_of_the_act() -> None:
    # "failed to disclose that he met X": he met X, and did not say so
    found = _pairs("The Chilean minister failed to disclose that he met the Peruvian ambassador in May.")
    assert ("CONSULT", "CHL", "PER") in found
    assert not any(t == "REJECT" for t, _, _ in found)


def test_not_wanting_another_to_act_refuses_them() -> None:
    got = coded("The Turkish foreign ministry said it does not want the Dutch ambassador to return.")
    assert ("REJECT", "TUR", "NLD") in got


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Russia do not want to put any pressure on the Syrian government.",
        "The Greek premier did not want to wait for the Turkish reply.",
    ],
    ids=["pressure", "wait"],
)
def test_not_wanting_to_act_oneself_refuses_no_one(text: str) -> None:
    assert not any(t == "REJECT" for t, _, _ in coded(text))
