"""Splitting paragraphs into sentences: stops, and stops or headlines glued to a hyphen in
scraped text; every offset points at the original text."""

from __future__ import annotations

import pytest

from stormpetrel.nlp import pieces, sentences


def _split(paragraph: str) -> list[str]:
    out = sentences(paragraph)
    for offset, sentence in out:
        assert paragraph[offset : offset + len(sentence)] == sentence
    return [s for _, s in out]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The envoy left. Talks resumed on Monday.", ["The envoy left.", "Talks resumed on Monday."]),
        # a stop glued to a hyphen still ends a sentence
        (
            "The envoy left Kabul.- Talks resumed in Doha on Monday.-The Taliban sent a delegation.",
            ["The envoy left Kabul.", "Talks resumed in Doha on Monday.", "The Taliban sent a delegation."],
        ),
        ('He said.-"We will stay."', ["He said.", '"We will stay."']),
        # a headline glued to a hyphen before a wide gap
        (
            "Ceasefire talks collapse-  The envoy left Geneva on Monday.",
            ["Ceasefire talks collapse", "The envoy left Geneva on Monday."],
        ),
        # abbreviations, compounds and hyphens before lower case stay inside the sentence
        ("U.S.-Mexico talks ended on Friday.", ["U.S.-Mexico talks ended on Friday."]),
        ("Gen.-Maj. Ivanov met Mr. Smith.", ["Gen.-Maj. Ivanov met Mr. Smith."]),
        ("Talks ended.- and then resumed.", ["Talks ended.- and then resumed."]),
        ("Pro- and anti-war crowds rode a Kyiv- Lviv train.", ["Pro- and anti-war crowds rode a Kyiv- Lviv train."]),
    ],
)
def test_sentences(paragraph: str, expected: list[str]) -> None:
    assert _split(paragraph) == expected


def test_glued_stop_keeps_screened_sentences_apart() -> None:
    text = "Intro line.\nThe minister flew home.- Greece accused Turkey of violating its airspace."
    kept = pieces(text, frozenset({"accused"}))
    assert [(offset, sentence) for offset, sentence, *_ in kept] == [
        (text.index("Greece"), "Greece accused Turkey of violating its airspace.")
    ]
