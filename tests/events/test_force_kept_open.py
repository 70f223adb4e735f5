"""A use of force kept open is a threat: one not ruled out, or refused to be ruled out, against a
named state ("did not rule out strikes on X"); an option that is no use of force, or no one it
would be used against, is no threat. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from stormpetrel.pipeline import code_text


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kremlin declined to rule out an invasion of Ukraine.", "RUS", "UKR"),
        ("Ankara refused to rule out military action against Syria on Monday.", "TUR", "SYR"),
        ("Washington has not ruled out air strikes on Venezuela, the envoy said.", "USA", "VEN"),
    ],
)
def test_force_kept_open_against_a_state_is_a_threat(text: str, source: str, target: str) -> None:
    assert ("THREATEN", source, target) in coded(text)


def test_the_threat_is_made_not_denied() -> None:
    events = code_text("Tokyo did not rule out a military response against North Korea.")
    [event] = [e for e in events if e.event_type == "THREATEN"]
    assert event.status == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Japan did not rule out talks with North Korea.",  # no force
        "The Kremlin declined to rule out military action.",  # against no one named
    ],
)
def test_an_option_that_is_no_force_against_anyone_is_no_threat(text: str) -> None:
    assert not any(t == "THREATEN" for t, _, _ in coded(text))
