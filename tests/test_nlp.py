"""The parser's copy of the text: same length, so offsets stay true, and easier to parse."""

from __future__ import annotations

import pytest

from stormpetrel.nlp import normalise


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("\u201cWe condemn it,\u201d he said \u2014 twice.", '"We condemn it," he said - twice.'),
        # a hyphen where a space was lost, next to a quotation mark or after a comma
        ('the bloc-"condemns" the law', 'the bloc "condemns" the law'),
        ("on Friday,-the envoy left", "on Friday, the envoy left"),
        ('the "Regulation Bill"-passed', 'the "Regulation Bill" passed'),
        ("Members-of parliament met the-Kenyan envoy", "Members of parliament met the Kenyan envoy"),
        # real compounds stay whole
        ("Turkish-backed rebels and a so-called deal", "Turkish-backed rebels and a so-called deal"),
        ("a state-of-the-art, black-and-white cease-fire", "a state-of-the-art, black-and-white cease-fire"),
    ],
)
def test_normalise(text: str, parsed: str) -> None:
    assert normalise(text) == parsed
    assert len(normalise(text)) == len(text)
