"""Events named in prospective phrases ("ahead of", "before", "on the eve of", "prior to") and
under plan predicates ("due on", "set for", "scheduled for"): their status and their date.

Every sentence is invented for these tests. Weekday names resolve around a Tuesday.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from stormpetrel.model import Event
from stormpetrel.pipeline import code_text

TUESDAY = "2021-06-15"


@functools.cache
def code(text: str, published: str | None = TUESDAY) -> tuple[Event, ...]:
    return tuple(code_text(text, published=published))


def one(text: str, event_type: str, source: str, target: str, published: str | None = TUESDAY) -> Event:
    """The single event of ``event_type`` between the two states coded from ``text``."""
    events = code(text, published)
    hits = [e for e in events if e.event_type == event_type
            and e.source is not None and e.source.country == source
            and e.target is not None and e.target.country == target]
    got = [(e.event_type, e.source and e.source.country, e.target and e.target.country, e.status, e.date)
           for e in events]
    assert len(hits) == 1, f"expected one {event_type} {source}->{target}, got {got}"
    return hits[0]


def test_publication_date_is_a_tuesday() -> None:
    assert dt.date.fromisoformat(TUESDAY).weekday() == 1


@pytest.mark.parametrize(
    ("text", "source", "target", "date"),
    [
        # the parser hangs "on Friday" on the speaking; it still times the meeting, forward
        ("Speaking in Ankara ahead of his meeting with President Putin on Friday, the Turkish president "
         "said Turkey wanted calm.", "TUR", "RUS", "2021-06-18"),
        ("Speaking in Washington ahead of his meeting with President Biden tomorrow, the Irish prime "
         "minister said he would explain the European Union.", "IRL", "USA", "2021-06-16"),
        ("The German chancellor spoke to reporters before her talks with President Biden on Thursday.",
         "DEU", "USA", "2021-06-17"),
        ("Prior to his meeting with President Putin on Thursday, the Turkish president criticised Greece.",
         "TUR", "RUS", "2021-06-17"),
        ("In the run-up to his meeting with President Putin on Thursday, the Turkish president criticised "
         "Greece.", "TUR", "RUS", "2021-06-17"),
        ("Before meeting President Putin on Friday, the Turkish president said he was hopeful.",
         "TUR", "RUS", "2021-06-18"),
    ],
    ids=["ahead-of-weekday", "ahead-of-tomorrow", "before-weekday", "prior-to", "run-up-to", "before-gerund"],
)
def test_a_meeting_ahead_of_which_one_speaks_is_planned_and_dated_forward(
    text: str, source: str, target: str, date: str
) -> None:
    ev = one(text, "CONSULT", source, target)
    assert (ev.status, ev.date, ev.date_precision) == ("planned", date, "day")


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish foreign minister criticises Greece ahead of his meeting with President Putin.",
        "The Turkish president is in Sochi ahead of his meeting with President Putin.",
    ],
    ids=["present-act", "present-state"],
)
def test_a_phrase_ahead_of_a_present_act_is_planned(text: str) -> None:
    ev = one(text, "CONSULT", "TUR", "RUS")
    assert (ev.status, ev.date) == ("planned", None)


def test_a_phrase_before_a_past_act_tells_what_followed_it() -> None:
    # no time word puts the meeting after publication: it followed the criticism, and happened
    ev = one("Hours before his meeting with President Putin, the Turkish president criticised Greece.",
             "CONSULT", "TUR", "RUS")
    assert ev.status == "asserted"


def test_the_negation_of_the_act_is_not_the_meetings() -> None:
    ev = one("The Turkish president did not speak to reporters ahead of his meeting with President Putin "
             "on Friday.", "CONSULT", "TUR", "RUS")
    assert (ev.status, ev.date) == ("planned", "2021-06-18")


def test_a_meeting_after_which_one_speaks_stays_in_the_past() -> None:
    ev = one("After the meeting with President Putin on Monday, the Turkish president said he was hopeful.",
             "CONSULT", "TUR", "RUS")
    assert (ev.status, ev.date) == ("asserted", "2021-06-14")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Talks between Turkey and Greece are due on Friday.", "2021-06-18"),
        ("Talks between Turkey and Greece are scheduled for Friday.", "2021-06-18"),
        ("The talks between Turkey and Greece were set for Friday.", "2021-06-18"),
        ("The talks between Turkey and Greece, due on Friday, were announced by Ankara.", "2021-06-18"),
        ("Turkey is due to hold talks with Greece on Friday.", "2021-06-18"),
        ("The planned talks between Turkey and Greece were announced by Ankara.", None),
        ("The upcoming talks between Turkey and Greece were announced by Ankara.", None),
        ("Officials began preparations for talks between Turkey and Greece.", None),
    ],
    ids=["are-due-on", "are-scheduled-for", "were-set-for", "talks-due-on", "is-due-to-hold", "planned-talks",
         "upcoming-talks", "preparations-for"],
)
def test_a_plan_predicate_makes_the_talks_planned(text: str, date: str | None) -> None:
    ev = one(text, "CONSULT", "TUR", "GRC")
    assert (ev.status, ev.date) == ("planned", date)


def test_set_fire_is_no_plan() -> None:
    ev = one("Turkish troops set fire to a Greek ship on Friday.", "COERCE", "TUR", "GRC")
    assert (ev.status, ev.date) == ("asserted", "2021-06-11")


def test_a_summit_set_for_a_date_is_planned() -> None:
    ev = one("The summit between Japan and South Korea, set for July 15-16, was announced by Seoul.",
             "CONSULT", "JPN", "KOR")
    assert ev.status == "planned"


def test_a_summit_set_for_a_date_takes_it() -> None:
    ev = one("The summit between Japan and South Korea, set for July 15-16, was announced by Seoul.",
             "CONSULT", "JPN", "KOR")
    assert ev.date == "2021-07-15"


def test_the_date_of_the_meeting_ahead_is_not_the_criticisms() -> None:
    ev = one("Prior to his meeting with President Putin on Thursday, the Turkish president criticised Greece.",
             "ACCUSE", "TUR", "GRC")
    assert ev.date is None


# -- weeks and weekends: the month they lie in -----------------------------------------------

@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("The Turkish foreign minister met his Iranian counterpart last week.", "2021-06-17", "2021-06"),
        # last week ran from July 26 to August 1: no single month
        ("The Turkish foreign minister met his Iranian counterpart last week.", "2021-08-05", None),
        ("The Turkish foreign minister met his Iranian counterpart over the past week.", "2021-06-17", "2021-06"),
        ("The Turkish foreign minister will visit Iran next week.", "2021-06-17", "2021-06"),
        ("The Turkish foreign minister will visit Iran next week.", "2021-06-24", None),
        ("The Turkish foreign minister met his Iranian counterpart over the weekend.", "2021-06-14", "2021-06"),
        ("The Turkish foreign minister met his Iranian counterpart over the weekend.", "2021-08-02", None),
    ],
    ids=["last-week", "last-week-two-months", "past-week", "next-week", "next-week-two-months", "weekend",
         "weekend-two-months"],
)
def test_a_week_is_dated_by_its_month(text: str, published: str, date: str | None) -> None:
    ev = one(text, "CONSULT", "TUR", "IRN", published)
    assert (ev.date, ev.date_precision) == (date, "month" if date else None)


def test_a_month_to_come_is_not_the_storys_time() -> None:
    # "next month" names the summit's month; the blockade told after it, undated, is not then
    text = "Greece has prepared for the summit next month. The Turkish navy then blocked a Greek ship."
    assert one(text, "COERCE", "TUR", "GRC").date is None


# -- infinitives of purpose --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Irish prime minister travels to Washington to meet President Biden tomorrow.", "2021-06-16"),
        ("The Irish prime minister travels to Washington to meet President Biden on Friday.", "2021-06-18"),
        ("The Irish prime minister travelled to Washington to meet President Biden tomorrow.", "2021-06-16"),
    ],
    ids=["present-tomorrow", "present-weekday", "past-tomorrow"],
)
def test_a_meeting_a_journey_is_for_is_planned_when_timed_ahead(text: str, date: str) -> None:
    meetings = [e for e in code(text) if e.evidence.trigger == "meet"]
    assert [(e.status, e.date) for e in meetings] == [("planned", date)]


def test_a_future_journeys_purpose_is_one_planned_visit() -> None:
    # the travel and the meeting it is for: one planned event, not a planned and an asserted one
    events = code("The Irish prime minister will travel to Washington to meet President Biden.")
    assert [(e.event_type, e.status) for e in events] == [("CONSULT", "planned")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kenyan police use tear gas to disperse protesters.", "asserted"),
        ("Kenyan police allegedly used tear gas to disperse protesters.", "uncertain"),
    ],
    ids=["headline-present", "hedged"],
)
def test_a_purpose_untimed_keeps_the_acts_status(text: str, status: str) -> None:
    ev = one(text, "COERCE", "KEN", "KEN")
    assert ev.status == status


def test_a_purpose_on_a_weekday_after_a_past_journey_may_be_past() -> None:
    # "travelled to Washington to meet him on Friday" may tell of last Friday: no plan
    events = code("The Irish prime minister travelled to Washington to meet President Biden on Friday.")
    assert all(e.status == "asserted" for e in events)


def test_a_time_word_in_a_relative_clause_does_not_time_the_meeting() -> None:
    ev = one("Hours before his meeting with President Putin, which later ended without agreement, the Turkish "
             "president criticised Greece.", "CONSULT", "TUR", "RUS")
    assert ev.status == "asserted"


# -- a present tense timed ahead: a schedule --------------------------------------------------

@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        ("Greek and Turkish officials meet later this month.", "planned", "2021-06"),
        ("The Greek prime minister visits Ankara tomorrow.", "planned", "2021-06-16"),
        ("The Greek prime minister visits Ankara next week.", "planned", "2021-06"),
        # the present progressive with a time ahead is an arrangement; "going to" a plan
        ("The Greek prime minister is flying to Ankara for talks on Friday.", "planned", "2021-06-18"),
        ("The Greek prime minister is meeting Turkish officials on Friday.", "planned", "2021-06-18"),
        ("The Greek prime minister said he is going to visit Ankara in July.", "planned", "2021-07"),
    ],
    ids=["later-this-month", "tomorrow", "next-week", "progressive-weekday", "progressive-meeting", "going-to"],
)
def test_a_present_timed_ahead_is_planned(text: str, status: str, date: str) -> None:
    ev = one(text, "CONSULT", "GRC", "TUR")
    assert (ev.status, ev.date) == (status, date)


def test_a_progressive_of_no_journey_or_meeting_is_no_arrangement() -> None:
    ev = one("Greek police are investigating Friday's attack on the Turkish consulate.", "ACCUSE", "GRC", "TUR")
    assert ev.status == "asserted"


# a weekday under a modal on a bare verb lies ahead; with "have", or on the saying, it is past
@pytest.mark.parametrize(
    ("text", "event_type", "target", "date"),
    [
        ("The Greek envoy may meet Turkish officials on Friday.", "CONSULT", "TUR", "2021-06-18"),
        ("The Greek envoy could meet Turkish officials as early as Friday.", "CONSULT", "TUR", "2021-06-18"),
        ("The Greek envoy may have met Turkish officials on Friday.", "CONSULT", "TUR", "2021-06-11"),
        ("Greece said on Friday it could expel the Turkish ambassador.", "SANCTION", "TUR", "2021-06-11"),
    ],
    ids=["may", "could-as-early-as", "may-have", "said-on-friday-could"],
)
def test_a_weekday_under_a_modal_looks_ahead(text: str, event_type: str, target: str, date: str) -> None:
    assert one(text, event_type, "GRC", target).date == date


def test_next_to_a_place_is_no_time() -> None:
    ev = one("Turkish troops attack Kurdish fighters next to the Syrian border.", "ASSAULT", "TUR", "TUR")
    assert ev.status == "asserted"


@pytest.mark.parametrize(
    "first",
    ["NATO defence ministers meet next week.", "Greek and Turkish officials meet later this month."],
    ids=["next-week", "later-this-month"],
)
def test_a_time_to_come_does_not_date_what_the_story_tells_next(first: str) -> None:
    assert one(first + " The Turkish navy then blocked a Greek ship.", "COERCE", "TUR", "GRC").date is None


def test_before_a_past_act_a_month_is_not_pushed_past_the_news() -> None:
    # later than a past crossing of no known day: the last November, not the next
    event = one("Ethiopian troops crossed the border before launching an attack on Somali militants in November.",
                "ASSAULT", "ETH", "SOM", published="2021-05-04")
    assert (event.status, event.date) == ("asserted", "2020-11")
    # a month soon after the news still lies ahead of it
    ahead = one("The German chancellor spoke to reporters before her talks with President Biden in June.",
                "CONSULT", "DEU", "USA", published="2021-05-04")
    assert (ahead.status, ahead.date) == ("planned", "2021-06")



# a month named in what was promised or agreed is the next such month, not the last one
def test_a_promised_act_takes_the_next_month() -> None:
    event = one("The Kenyan president has agreed to host his Ugandan counterpart in Nairobi in early March.",
                "AGREE", "KEN", "UGA", published="2021-12-01")
    assert event.date == "2022-03"
    committed = [e for e in code("Canada is committed to sending Latvia two more frigates in April.", "2021-12-01")
                 if e.event_type == "AGREE" and e.source.country == "CAN"]
    assert [e.date for e in committed] == ["2022-04"]


def test_a_done_promise_is_not_dated_by_what_it_promises() -> None:
    event = one("Canada has pledged to send Latvia two more frigates in April.", "AGREE", "CAN", "LVA",
                published="2021-12-01")
    assert event.date is None  # the pledge is done, its day untold; April is the frigates'


def test_a_month_of_the_promise_itself_stays_in_the_past() -> None:
    event = one("In October, Canada pledged to send Latvia two more frigates.", "AGREE", "CAN", "LVA",
                published="2021-12-01")
    assert event.date == "2021-10"


def test_an_intent_to_act_on_a_later_day_is_planned_for_that_day() -> None:
    # "will travel ... to sign a deal": the promise to sign (AGREE) is kept for the day it is due
    events = [e for e in code_text("Putin will travel to Ankara on May 3 to sign a gas deal with Turkey.", "2022-04-10")
              if e.event_type == "AGREE"]
    assert [(e.status, e.date) for e in events] == [("planned", "2022-05-03")]
