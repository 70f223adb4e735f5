"""Bodies of a home sector ("lawmakers", "prosecutors", "the court", "the government"), and people
with the title of such an office whom the table does not know ("Sen. X"), that the
sentence gives no state, in a story clearly about one state that names others too: the state
named far more often than any other, or the most named one when it is the only state the story
sets its acts in; never in a story about two states each named often. A dateline's state counts
only when the lead names none.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import coded, country_of, has_event, triples

BRITAIN = (
    "Britain's finance minister faced a revolt on Tuesday over a plan to raise fuel taxes across Britain. "
    "British farmers said the plan would ruin them, and British hauliers dismissed a Russian offer of cheap diesel. "
)


@pytest.mark.parametrize(
    ("later", "word"),
    [
        ("Lawmakers rejected the plan on Wednesday.", "Lawmakers"),
        ("Prosecutors charged a former minister with fraud.", "Prosecutors"),
        ("A court jailed two activists for blocking a motorway.", "court"),
        ("Parliament condemned the arrests of two reporters.", "Parliament"),
        ("The opposition accused the government of lying.", "government"),
        # a whole term, not its head ("forces" alone may be abroad)
        ("Security forces arrested two protesters outside the refinery.", "forces"),
    ],
)
def test_a_home_body_is_of_the_state_a_story_is_clearly_about(later: str, word: str) -> None:
    assert country_of(BRITAIN + later, word) == "GBR"


def test_a_home_body_is_of_the_most_named_state_where_the_story_happens() -> None:
    text = (
        "North Korea demanded the body of a man who was killed at an airport in Kuala Lumpur. "
        "Malaysia refused, and Malaysian officials said North Korean agents had planned the killing. "
        "Malaysia expelled the envoy on Friday. "
        "The court charged two women with murder."
    )
    assert country_of(text, "court") == "MYS"


def test_a_home_body_is_not_placed_in_a_story_about_two_states() -> None:
    text = (
        "Chile and Peru signed a fishing accord on Monday. "
        "Peru said Chile had promised to patrol the border, and Chilean envoys praised Peru. "
        "Lawmakers criticised the accord on Tuesday."
    )
    assert country_of(text, "Lawmakers") is None


def test_a_home_body_is_not_of_the_state_named_as_the_other_party() -> None:
    assert country_of(BRITAIN + "Lawmakers condemned Russia on Wednesday.", "Lawmakers") != "RUS"


@pytest.mark.parametrize(
    ("later", "word"),
    [
        ("Sen. Alan Brackwater criticised the plan on Wednesday.", "Brackwater"),
        ("Rep. Dora Quillfeather called the tax cruel.", "Quillfeather"),
        ("Judge Imelda Frostwick jailed two protesters.", "Frostwick"),
    ],
)
def test_a_titled_person_the_table_does_not_know_is_of_the_state_a_story_is_about(later: str, word: str) -> None:
    assert country_of(BRITAIN + later, word) == "GBR"


@pytest.mark.parametrize(
    "later",
    [
        "WTO Director Ada Quillfeather criticised the plan on Wednesday.",  # the body's, not the story's
        "Ada Quillfeather criticised the plan on Wednesday.",  # no office named
    ],
)
def test_a_person_of_another_body_or_of_no_office_is_not_placed_by_the_story(later: str) -> None:
    assert country_of(BRITAIN + later, "Quillfeather") != "GBR"


def test_a_titled_person_is_not_placed_by_a_state_named_once() -> None:
    text = "The club serves coffee in the Dutch manner. Gov. Ada Quillfeather opposed the club on Monday."
    assert country_of(text, "Quillfeather") is None


# a local story that never names its state, only its towns
TOWN = (
    "Two officers of the Tulsa Police Department were wounded on Monday in a shooting at a car wash. "
    "Tulsa police said a man in a red truck had fled. "
)


@pytest.mark.parametrize(
    ("later", "word"),
    [
        ("A suspect opened fire on the officers.", "suspect"),
        ("Prosecutors charged the driver with assault.", "Prosecutors"),
    ],
)
def test_a_home_body_is_of_the_one_state_whose_towns_a_story_names_when_it_names_no_state(
    later: str, word: str
) -> None:
    assert country_of(TOWN + later, word) == "USA"


def test_a_town_named_once_in_passing_gives_a_story_no_home() -> None:
    text = (
        "A man was stabbed outside a bar on Friday. He was taken to Tulsa General Hospital. "
        "Prosecutors charged the driver with assault."
    )
    assert country_of(text, "Prosecutors") is None


def test_towns_of_two_states_give_a_story_no_home() -> None:
    text = (
        "Police in Tulsa reported thefts on Monday. Police in Lyon reported thefts on Tuesday. "
        "Prosecutors charged the driver with assault."
    )
    assert country_of(text, "Prosecutors") is None


def test_a_crowd_in_a_story_s_opening_is_of_the_state_the_story_then_names() -> None:
    # the lead names no state; the story names Romania twice and sets its acts nowhere else
    text = (
        "Thousands of protesters rallied against the government on Sunday. "
        "Romania's prime minister said he would not resign. Protests have been held across Romania for a week."
    )
    assert has_event(coded(text), "PROTEST", "ROU", "ROU")


@pytest.mark.parametrize(
    "later",
    [
        "One organiser had once studied in Romania.",  # named once in passing
        "Romania's envoy said the rally in Lyon had been peaceful. Romania stayed silent.",  # set in France
    ],
    ids=["named-once", "set-elsewhere"],
)
def test_a_crowd_in_a_story_s_opening_is_not_placed_by_a_state_named_in_passing(later: str) -> None:
    text = "Thousands of protesters rallied against the government on Sunday. " + later
    assert not has_event(coded(text), "PROTEST", "ROU", None)


def test_a_bare_head_stands_for_the_body_named_before_with_that_head() -> None:
    """"Two police officers ... the officers": the bare head points back to the phrase that named
    the body, and is of its state."""
    text = (
        "Chile and Peru both sent envoys to the talks. Two Peruvian police officers were wounded in Lima on "
        "Monday, and Chile offered help. A gunman opened fire on the officers."
    )
    assert country_of(text, "officers") == "PER"


# -- a dateline is where the report was filed from ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the lead names the state the story is about: the dateline's is only the venue
        ("Geneva, Switzerland - Syria's opposition has accused the government of breaking the truce. "
         "The opposition said police arrested dozens of protesters.", "SYR"),
        # a lead that names no state leaves the dateline's as the story's
        ("Kabul, Afghanistan - Police arrested three men on Monday. Pakistan condemned the attack.", "AFG"),
    ],
    ids=["lead-names-another-state", "lead-names-none"],
)
def test_a_dateline_counts_for_the_story_only_when_the_lead_names_no_state(text: str, state: str) -> None:
    assert has_event(triples(text), "COERCE", state, state)
