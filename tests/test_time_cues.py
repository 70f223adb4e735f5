"""Dates from the cues a story gives around an event: the day its speaker is reported on, a
dateline (no event date), "some time in the future", the day of the text a relative clause
describes, and a date fronting its clause.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import functools

import pytest

from stormpetrel.model import Event
from stormpetrel.pipeline import code_text

THURSDAY = "2021-06-17"
TUESDAY = "2021-06-15"


@functools.cache
def code(text: str, published: str = THURSDAY) -> tuple[Event, ...]:
    return tuple(code_text(text, published=published))


def dates(text: str, event_type: str) -> list[str | None]:
    return [e.date for e in code(text) if e.event_type == event_type]


LEAD = "Chilean President Gabriel Boric has appealed to the United Nations for help with the wildfires.\n"


def test_a_leads_perfect_takes_the_day_its_speaker_is_reported_on() -> None:
    text = LEAD + 'The fires have burned for a week. "We asked for assistance," Boric said on Tuesday.'
    assert dates(text, "REQUEST") == [TUESDAY]


def test_a_leads_joint_perfect_takes_the_day_either_side_is_reported_on() -> None:
    # "X and Y have agreed": the story has Y speak of the talks on Tuesday
    text = ("Chinese President Xi Jinping and French President Emmanuel Macron have pledged at their meeting to "
            "work together on climate change.\nMacron said on Tuesday that the talks went well.")
    assert dates(text, "AGREE") == [TUESDAY]


@pytest.mark.parametrize(
    "text",
    [
        # a stance its speaker told: the day the story has that speaker speak on
        "Lavrov met the Afghan foreign minister, Lavrov said on Tuesday. Later, Lavrov said "
        "Moscow is ready to establish contacts with Washington.",
        "The Russian foreign minister, Sergey Lavrov, said on Tuesday that the talks went well. "
        "Moscow is ready to establish contacts with Washington, Lavrov said.",
    ],
    ids=["said-later", "named-beside-his-post"],
)
def test_a_stance_takes_the_day_its_speaker_is_reported_on(text: str) -> None:
    assert dates(text, "AGREE") == [TUESDAY]


def test_a_stance_takes_the_day_the_lead_tells_its_speaker_speaking() -> None:
    text = ("The war must end soon, Russia's envoy, Zamir Kabulov, has told reporters.\n"
            "Moscow is ready to establish contacts with Washington, Kabulov said.")
    assert dates(text, "AGREE") == [THURSDAY]


@pytest.mark.parametrize(
    "text",
    [
        # another speaker, or a speaker the story gives no day: no date
        "Lavrov said on Tuesday that the talks went well. Moscow is ready to establish contacts with "
        "Washington, Peskov said.",
        "Lavrov met the Afghan foreign minister. Moscow is ready to establish contacts with Washington, Lavrov said.",
    ],
    ids=["another-speaker", "no-day"],
)
def test_otherwise_a_told_stance_is_undated(text: str) -> None:
    assert dates(text, "AGREE") == [None]


@pytest.mark.parametrize(
    "rest",
    [
        "The fires have burned for a week. Boric said the country needed planes.",
        "The fires have burned for a week. The Argentine foreign minister said on Tuesday that help was coming.",
        "The Argentine foreign minister said on Tuesday that help was coming.",
        "The request came after fires destroyed a town on Tuesday.",
    ],
    ids=["no-day", "another-speaker", "another-speaker-next", "another-act-after"],
)
def test_otherwise_a_leads_perfect_is_the_news_of_the_publication_day(rest: str) -> None:
    assert dates(LEAD + rest, "REQUEST") == [THURSDAY]


@pytest.mark.parametrize(
    ("rest", "day"),
    [
        ("The appeal was made on Tuesday in a televised address.", TUESDAY),
        ("Boric will speak again next week. The appeal was made on Tuesday.", THURSDAY),  # too far from the lead
    ],
    ids=["next-sentence", "third-sentence"],
)
def test_a_leads_perfect_takes_the_day_the_sentence_after_it_gives(rest: str, day: str) -> None:
    # the news of the lead is told again, dated, in the sentence after it
    assert dates(LEAD + rest, "REQUEST") == [day]


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA, June 15. Turkey's foreign ministry condemned the Greek statement.",
        "ANKARA, June 15 (Reuters) - Turkey's foreign ministry condemned the Greek statement.",
    ],
    ids=["own-sentence", "same-sentence"],
)
def test_a_dateline_dates_the_report_not_the_event(text: str) -> None:
    assert dates(text, "ACCUSE") == [None]


def test_a_date_after_a_city_that_is_no_dateline_still_counts() -> None:
    assert dates("In Ankara, on June 15, Turkey's foreign ministry condemned the Greek statement.", "ACCUSE") == [
        TUESDAY
    ]


def test_some_time_in_the_future_is_no_date() -> None:
    text = (
        "A meeting between the Russian and Georgian presidents cannot be excluded at some point in the future, "
        "the Russian deputy foreign minister told reporters on Tuesday."
    )
    assert dates(text, "CONSULT") == [None]


def test_a_relative_clause_speaks_from_the_day_its_text_was_passed() -> None:
    text = (
        "The Kenyan envoy cited the resolution passed by the Security Council on June 2, "
        "which calls on Somalia to hold elections."
    )
    assert dates(text, "REQUEST") == ["2021-06-02"]


def test_a_past_act_in_a_relative_clause_is_not_dated_by_its_antecedent() -> None:
    # "which called on ...": told in the past, the call has its own time, not the resolution's
    text = (
        "The Kenyan envoy cited the resolution passed by the Security Council on June 2, "
        "after Somalia called on Ethiopia to withdraw its troops."
    )
    assert "2021-06-02" not in dates(text, "REQUEST")


def test_a_date_fronting_its_clause_dates_it_whatever_precedes_it() -> None:
    # a headline run into the sentence that follows it
    assert dates("Delhi weighs its options In March, the Indian foreign minister travelled to Tehran.", "CONSULT") == [
        "2021-03"
    ]


def test_an_owned_act_told_of_below_a_dated_telling_takes_no_date_from_it() -> None:
    # the Tuesday is when the senator spoke; the attacks named by their author came before
    text = "A Dutch senator said on Tuesday that the nominee deplored Erdogan's attacks on a Dutch judge."
    assert dates(text, "ACCUSE") == [None]
    # a date inside the act's own phrase is still its own
    assert dates("Putin's visit to Paris on Tuesday was cut short.", "CONSULT") == ["2021-06-15"]



@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister said on Tuesday evening that his country could expel Peruvian diplomats.",
        "Peru's foreign ministry said on Tuesday night that it will investigate the Chilean navy.",
    ],
)
def test_a_weekday_with_a_part_of_the_day_dates_what_was_said_then(text: str) -> None:
    # "said on Tuesday evening that ...": the evening is Tuesday's, and so is the saying
    assert [e.date for e in code(text)] == [TUESDAY]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister flew to Lima on Tuesday. In his talks with the Peruvian president, he proposed "
        "a new trade deal.",
        "Chile's president landed in Lima on Tuesday. \"Trade between our nations must grow,\" she told reporters "
        "following a meeting with the Peruvian prime minister.",
    ],
)
def test_talks_a_past_clause_is_set_in_take_the_story_s_day(text: str) -> None:
    # "in his talks with X, he proposed ...": the talks are as past as the proposal, on the day the story is at
    assert dates(text, "CONSULT") == [TUESDAY]
