"""Event dates: explicit and relative date expressions anchored to the publication date.

Every sentence is invented for these tests; each holds one clear event whose date the test
checks through the public entry point, ``code_text``.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from stormpetrel.model import Event
from stormpetrel.pipeline import code_text

THURSDAY = "2021-06-17"  # a Thursday: weekday names resolve around it


@functools.cache
def code(text: str, published: str | None) -> tuple[Event, ...]:
    return tuple(code_text(text, published=published))


def one(text: str, published: str | None, event_type: str, source: str | None = None) -> Event:
    """The single event of ``event_type`` (from ``source``) coded from ``text``."""
    events = [e for e in code(text, published) if e.event_type == event_type
              and (source is None or (e.source is not None and e.source.country == source))]
    assert len(events) == 1, f"expected one {event_type} event, got {[e.to_dict() for e in code(text, published)]}"
    return events[0]


def test_publication_date_is_a_thursday() -> None:
    assert dt.date.fromisoformat(THURSDAY).weekday() == 3


# -- explicit dates --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "published", "date", "precision"),
    [
        ("The Turkish foreign minister will meet his Iranian counterpart in Ankara on June 20.",
         "2021-06-19", "2021-06-20", "day"),
        ("The Turkish foreign minister met his Iranian counterpart in Ankara on June 2.",
         "2021-06-19", "2021-06-02", "day"),
        # a past-tense act on a month-day later in the year than publication: last year's
        ("The Turkish foreign minister met his Iranian counterpart in Ankara on November 20.",
         "2021-06-19", "2020-11-20", "day"),
        ("The Turkish foreign minister met his Iranian counterpart in Ankara in 2002.",
         "2021-06-19", "2002", "year"),
        ("The Turkish foreign minister met his Iranian counterpart in Ankara on March 3, 2019.",
         "2021-06-19", "2019-03-03", "day"),
        ("The Turkish foreign minister met his Iranian counterpart in Ankara on 3 March 2019.",
         "2021-06-19", "2019-03-03", "day"),
        # a present tense speaks of this year: "when he visits on June 28" is not last June
        ("The Turkish foreign minister meets his Iranian counterpart in Ankara on June 28.",
         "2021-06-19", "2021-06-28", "day"),
        # a month after the news's month, told in the past tense: last year's
        ("The Turkish foreign minister met his Iranian counterpart in Ankara in August.",
         "2021-06-29", "2020-08", "month"),
        # the month's own words name its year
        ("The Turkish foreign minister met his Iranian counterpart in Ankara last May.",
         "2021-06-19", "2021-05", "month"),
        ("The Turkish foreign minister met his Iranian counterpart in Ankara last June.",
         "2021-06-19", "2020-06", "month"),
        ("The Turkish foreign minister met his Iranian counterpart in Ankara in May last year.",
         "2021-06-19", "2020-05", "month"),
        ("The Turkish foreign minister met his Iranian counterpart in Ankara on May 3 last year.",
         "2021-06-19", "2020-05-03", "day"),
        ("The Turkish foreign minister will meet his Iranian counterpart in Ankara next May.",
         "2021-06-19", "2022-05", "month"),
    ],
    ids=[
        "month-day-future", "month-day-past", "month-day-previous-year", "year", "mdy", "dmy", "present-tense",
        "later-month-past-tense", "last-month-name", "last-same-month", "month-last-year", "day-last-year",
        "next-month-name",
    ],
)
def test_explicit_dates(text: str, published: str, date: str, precision: str) -> None:
    ev = one(text, published, "CONSULT", "TUR")
    assert (ev.date, ev.date_precision) == (date, precision)


def test_a_decade_is_no_year() -> None:
    ev = one("Tanzania banned Kenyan hunters from its reserves in the 1970s.", "2017-03-29", "COERCE", "TZA")
    assert (ev.date, ev.date_precision) == (None, None)


def test_explicit_date_without_publication_date_keeps_its_own_year() -> None:
    ev = one("The Turkish foreign minister met his Iranian counterpart in Ankara on March 3, 2019.", None,
             "CONSULT", "TUR")
    assert (ev.date, ev.date_precision) == ("2019-03-03", "day")


# -- relative to an earlier date in the text -----------------------------------------------

@pytest.mark.parametrize(
    ("second", "date"),
    [
        ("The following day, he met the Iranian president.", "2021-05-05"),
        ("The next day, he met the Iranian president.", "2021-05-05"),
        ("A day earlier, he had met the Iranian president.", "2021-05-03"),
        ("At the same time, he met the Iranian president.", "2021-05-04"),
        ("Within hours, he met the Iranian president.", "2021-05-04"),
        ("He met the Iranian president that week.", "2021-05-04"),
    ],
    ids=["following-day", "next-day", "a-day-earlier", "at-the-same-time", "within-hours", "that-week"],
)
def test_relative_to_an_earlier_explicit_date(second: str, date: str) -> None:
    text = "The Turkish foreign minister visited Pakistan on May 4.\n" + second
    events = code(text, "2021-06-19")
    visit = [e for e in events if e.target is not None and e.target.country == "PAK"]
    meeting = [e for e in events if e.target is not None and e.target.country == "IRN"]
    assert [(e.event_type, e.date) for e in visit] == [("CONSULT", "2021-05-04")]
    assert len(meeting) == 1
    assert meeting[0].event_type == "CONSULT"
    assert meeting[0].source is not None and meeting[0].source.country == "TUR"
    assert (meeting[0].date, meeting[0].date_precision) == (date, "day")


def test_relative_day_in_another_event_type() -> None:
    text = "Egypt condemned Israel on Monday.\nA day later, Jordan urged Israel to halt the raids."
    assert one(text, THURSDAY, "ACCUSE", "EGY").date == "2021-06-14"
    assert one(text, THURSDAY, "REQUEST", "JOR").date == "2021-06-15"


# -- relative to the publication date --------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "event_type", "date", "precision"),
    [
        ("Egypt condemned Israel this month.", "ACCUSE", "2021-06", "month"),
        ("Turkey backed Azerbaijan last year.", "SUPPORT", "2020", "year"),
        ("Turkey backed Azerbaijan during last year's war.", "SUPPORT", "2020", "year"),
        pytest.param(
            "Turkey supported Azerbaijan in last year's war with Armenia.", "SUPPORT", "2020", "year",
            ),
        ("Last year's Azerbaijani offensive against Armenia displaced thousands.", "ASSAULT", "2020", "year"),
        ("The Turkish foreign minister met his Iranian counterpart in Ankara yesterday.", "CONSULT",
         "2021-06-16", "day"),
        ("The Turkish foreign minister met his Iranian counterpart in Ankara two days ago.", "CONSULT",
         "2021-06-15", "day"),
        # past tense: the Tuesday before a Thursday's report
        ("The Turkish foreign minister met his Iranian counterpart in Ankara on Tuesday.", "CONSULT",
         "2021-06-15", "day"),
        # future tense: the Tuesday after it
        ("The Turkish foreign minister will meet his Iranian counterpart in Ankara on Tuesday.", "CONSULT",
         "2021-06-22", "day"),
        # the publication day's own weekday, in the past tense, is that day
        ("The Turkish foreign minister met his Iranian counterpart in Ankara on Thursday.", "CONSULT",
         "2021-06-17", "day"),
        # ... and in the future tense too; "next Thursday" is a week on
        ("The Turkish foreign minister will meet his Iranian counterpart in Ankara on Thursday.", "CONSULT",
         "2021-06-17", "day"),
        ("The Turkish foreign minister will meet his Iranian counterpart in Ankara next Thursday.", "CONSULT",
         "2021-06-24", "day"),
        # a part of today
        ("This morning, Kenyan opposition MPs have urged the Kenyan president to resign.", "REQUEST",
         "2021-06-17", "day"),
        ("The Greek foreign minister criticised Turkey this afternoon.", "ACCUSE", "2021-06-17", "day"),
        # two days off, named as one phrase (not "the day after" a day named before)
        ("The Turkish foreign minister will meet his Iranian counterpart the day after tomorrow.", "CONSULT",
         "2021-06-19", "day"),
        ("The Turkish foreign minister met his Iranian counterpart the day before yesterday.", "CONSULT",
         "2021-06-15", "day"),
    ],
    ids=["this-month", "last-year", "during-last-years-war", "in-last-years-war-with",
         "last-years-offensive", "yesterday", "two-days-ago", "past-weekday", "future-weekday",
         "same-weekday", "same-weekday-future", "next-same-weekday", "this-morning", "this-afternoon",
         "day-after-tomorrow", "day-before-yesterday"],
)
def test_relative_to_publication(text: str, event_type: str, date: str, precision: str) -> None:
    ev = one(text, THURSDAY, event_type)
    assert (ev.date, ev.date_precision) == (date, precision)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("It has been 30 days since Turkish police detained the Greek journalist.", "2021-05-18"),
        ("It is now two weeks since Kenyan troops attacked the Somali town.", "2021-06-03"),
        ("It has been six years since Syrian forces attacked protesters in Deraa.", "2015"),
        ("Thursday marks 30 days since Turkish police detained the Greek journalist.", "2021-05-18"),
        # not an exact count, or a stretch of time the clause fills
        ("It has been more than 30 days since Turkish police detained the Greek journalist.", None),
        ("In the six years since the treaty was signed, Turkey has criticised Greece.", None),
    ],
    ids=[
        "days-since", "weeks-since", "years-since", "marks-days-since", "more-than-days-since", "in-the-years-since"
    ],
)
def test_a_count_since_an_act_dates_it(text: str, date: str | None) -> None:
    """'It has been 30 days since X': X happened that many days before the news."""
    events = code(text, THURSDAY)
    assert events, text
    assert events[0].date == date


def test_weekday_without_publication_date_is_undated() -> None:
    ev = one("The Turkish foreign minister met his Iranian counterpart in Ankara on Tuesday.", None,
             "CONSULT", "TUR")
    assert ev.date is None and ev.date_precision is None


def test_a_later_acts_date_is_not_the_date_of_a_war_it_follows() -> None:
    """'after last year's war': the thanks are not dated to the war."""
    ev = one("Azerbaijan thanked Turkey after last year's war with Armenia.", THURSDAY, "SUPPORT", "AZE")
    assert ev.date is None


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Azerbaijani police detained two Armenian reporters at Tuesday's rally in Baku.", "COERCE", "2021-06-15"),
        ("Lavrov criticised Ukraine at Monday's briefing in Moscow.", "ACCUSE", "2021-06-14"),
        ("The Russian minister hit out at Monday's decision by Ukraine.", "ACCUSE", None),
    ],
)
def test_an_occasion_one_is_at_dates_the_clause(text: str, event_type: str, date: str | None) -> None:
    """'detained at Tuesday's rally': the rally's day; not a decision one hits out at."""
    assert one(text, THURSDAY, event_type).date == date


@pytest.mark.parametrize(
    ("clause", "date"),
    [
        ("He praised the French pilots who bombed rebel camps in Libya.", None),
        ("He praised the French pilots, who bombed rebel camps in Libya.", "2021-06-14"),
        # a clause of what the noun says, though parsed as a relative one: news told at its day
        ("He said it was a shame that French pilots bombed rebel camps in Libya.", "2021-06-14"),
    ],
)
def test_a_relative_clause_that_picks_out_its_noun_is_not_the_storys_day(clause: str, date: str | None) -> None:
    """'the pilots who bombed X': what picks the pilots out is known from before; set off by a
    comma, the clause goes on with the story at its day."""
    text = f"On Monday, the Chadian president met the French envoy in N'Djamena. {clause}"
    assert one(text, THURSDAY, "ASSAULT", "FRA").date == date


def test_a_denial_is_not_dated_by_the_act_it_denies() -> None:
    """'denied any role in the 2019 attack': the year is the attack's, not the denial's."""
    text = "Some context first. The Kremlin denied any involvement in the 2019 poisoning of a Bulgarian arms dealer."
    assert one(text, THURSDAY, "REJECT").date is None


def test_what_a_dated_event_does_it_does_on_that_date() -> None:
    """'Monday's bombing killed ...': the killing is Monday's; a dated person is no dated event."""
    assert one("Monday's bombing in Kabul killed 12 Afghan soldiers.", THURSDAY, "ASSAULT").date == "2021-06-14"
    assert one("Last year's host, Japan, criticised China.", THURSDAY, "ACCUSE").date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ministers met again. The 2014 bombing, which killed 30 Afghan soldiers, shocked Kabul.", "2014"),
        (
            "Ministers met on Monday after the May 3 attack on a Kabul market, which killed 12 Afghan soldiers"
            " and wounded 40 Afghan civilians.",
            "2021-05-03",
        ),
        ("Talks resumed on Monday. Hezbollah, which fought a 2006 war with Israel, now fights in Syria.", "2006"),
        (
            "Ministers had agreed to change the law in the wake of the May 3 attack on a Kabul market, which killed"
            " 12 Afghan soldiers.",
            "2021-05-03",
        ),
    ],
    ids=["relative-clause", "relative-clause-on-its-place", "war-fought", "looked-back-on-in-a-promise"],
)
def test_what_a_dated_act_did_and_a_dated_war_fought_are_of_its_date(text: str, date: str) -> None:
    """'the 2014 bombing, which killed ...', 'fought a 2006 war': of the act's date, not the story's."""
    assert one(text, THURSDAY, "ASSAULT").date == date


def test_condemning_a_dated_attack_is_not_of_its_date() -> None:
    text = "Talks resumed on Monday. Greece condemned the 2014 bombing, which killed 30 Afghan soldiers."
    assert one(text, THURSDAY, "ACCUSE").date != "2014"


# -- undated ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Turkey has repeatedly accused Greece of provocations in recent years.", "ACCUSE"),
        ("The Turkish foreign minister met his Iranian counterpart in Ankara.", "CONSULT"),
        ("The Turkish foreign minister will visit Iran.", "CONSULT"),
    ],
    ids=["in-recent-years", "no-date-expression", "planned-no-date"],
)
def test_undated_events_do_not_take_the_publication_date(text: str, event_type: str) -> None:
    ev = one(text, THURSDAY, event_type)
    assert ev.date is None
    assert ev.date_precision is None


def test_a_sentence_that_only_dates_the_story_moves_its_time_line() -> None:
    # the middle sentence holds no event, but the meeting after it happens on its Wednesday
    text = ("The Greek prime minister arrived in Ankara on Monday. He was still in the city on "
            "Wednesday, as snow fell. He met the Turkish president.")
    dates = sorted(e.date for e in code(text, THURSDAY) if e.event_type == "CONSULT")
    assert dates == ["2021-06-14", "2021-06-16"]


def test_an_act_told_as_earlier_is_not_on_the_storys_day() -> None:
    # "earlier": before the Tuesday the story is at, on no day it names
    text = "The Iranian president met the Iraqi prime minister on Tuesday. He earlier criticised Israel."
    assert one(text, THURSDAY, "CONSULT").date == "2021-06-15"
    assert one(text, THURSDAY, "ACCUSE").date is None


@pytest.mark.parametrize(
    "second",
    [
        "The Iraqi minister criticised the Iranian envoy twice before he took office.",
        "The Iraqi minister criticised the Iranian envoy in the months before the election.",
        "The Iraqi minister resigned three weeks into the job.",
        "During previous rounds of talks, the Iraqi minister criticised the Iranian envoy.",
        "At an earlier meeting, the Iraqi minister criticised the Iranian envoy.",
    ],
    ids=["before-clause", "in-the-months", "weeks-into", "previous-rounds", "earlier-meeting"],
)
def test_an_act_timed_by_something_else_is_not_on_the_storys_day(second: str) -> None:
    text = "The Iranian president met the Iraqi prime minister on Tuesday. " + second
    assert one(text, THURSDAY, "CONSULT", "IRN").date == "2021-06-15"
    later = [e for e in code(text, THURSDAY) if e.source is not None and e.source.country == "IRQ"]
    assert later and all(e.date is None for e in later)


@pytest.mark.parametrize(
    ("second", "event_type"),
    [
        ("The Iraqi president phoned the Iranian president to offer his condolences.", "CONCEDE"),
        ("The Iraqi foreign minister flew to Tehran to express support for Iran.", "SUPPORT"),
        ("The Iraqi president took to Twitter to condemn Iran.", "ACCUSE"),
    ],
    ids=["phoned-to-offer", "flew-to-express", "took-to-twitter"],
)
def test_the_purpose_of_a_past_act_is_done_on_its_day(second: str, event_type: str) -> None:
    # what a past act was for, told as done, was done then: on the story's current day
    text = "The Iranian president met the Iraqi prime minister on Tuesday. " + second
    assert one(text, THURSDAY, event_type, "IRQ").date == "2021-06-15"


def test_an_old_date_times_only_the_acts_told_soon_after_it() -> None:
    # a day weeks back is background: it times the next few acts, not the news told much later
    background = ("The Kenyan envoy was killed in Kampala on May 3. Uganda arrested two men. " + "Rain fell. " * 6)
    text = background + "Kenya expelled the Ugandan ambassador."
    assert one(text, THURSDAY, "COERCE").date == "2021-05-03"
    assert one(text, THURSDAY, "SANCTION").date is None
    # a day of the past week stays the story's day
    recent = background.replace("May 3", "Monday") + "Kenya expelled the Ugandan ambassador."
    assert one(recent, THURSDAY, "SANCTION").date == "2021-06-14"


def test_a_leads_present_perfect_is_the_news_of_the_day() -> None:
    # the lead of a news report tells in the perfect what has just happened; later in the
    # story the perfect is background and stays undated
    text = ("Mexico has expelled the North Korean ambassador, the foreign ministry said.\n"
            "Peru has also condemned North Korea.")
    assert one(text, THURSDAY, "SANCTION", "MEX").date == THURSDAY
    assert one(text, THURSDAY, "ACCUSE", "PER").date is None


@pytest.mark.parametrize(
    ("later", "day"),
    [
        ("Nobody has claimed Tuesday's attack.", "2021-06-15"),
        ("Nobody has claimed the attack on Monday.", "2021-06-14"),
        ("Rebels have carried out several attacks since Monday.", "2021-06-17"),  # "since": no attack's day
    ],
)
def test_a_leads_perfect_takes_the_day_the_story_gives_its_act(later: str, day: str) -> None:
    # "gunmen have shot nine guards ... Tuesday's raid": the lead's news is Tuesday's
    text = "Gunmen have killed twelve Nigerian soldiers in an ambush near Maiduguri. " + later
    assert one(text, THURSDAY, "ASSAULT").date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gunmen killed twelve Nigerian soldiers in an ambush near Maiduguri. Nobody has claimed Tuesday's attack.",
         "2021-06-15"),
        # the story gives the act no day: a past lead is no news of the publication day
        ("Gunmen killed twelve Nigerian soldiers in an ambush near Maiduguri. Nobody has claimed the attack.", None),
        # a blast is no event noun, but its day is the lead's attack's
        ("A suicide bomber killed twelve Nigerian soldiers near Maiduguri. Nobody has claimed Tuesday's blast.",
         "2021-06-15"),
        # what a relative clause recalls is not the lead's news
        ("The widow of a gunman who killed twelve Nigerian soldiers near Maiduguri must stay in jail. "
         "Nobody has claimed Tuesday's attack.", None),
    ],
    ids=["day-of-its-kind", "no-day", "blast", "relative-clause"],
)
def test_a_leads_past_act_takes_the_day_the_story_gives_its_act(text: str, day: str | None) -> None:
    assert one(text, THURSDAY, "ASSAULT").date == day


def test_a_leads_simple_present_is_the_news_of_the_day() -> None:
    # a lead in the news present ("X accuses Y") tells what happens as the report is written
    text = ("Russia accuses Ukraine of shelling civilians in Donetsk.\n"
            "Moscow also accuses Kyiv of blocking aid convoys.")
    dates = {e.evidence.sentence.split()[0]: e.date for e in code(text, THURSDAY) if e.event_type == "ACCUSE"}
    assert dates == {"Russia": THURSDAY, "Moscow": None}


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        # what a lead's perfect vows or agrees to do is its news too, dated as the vow is
        ("Al-Shabab fighters have vowed to return and attack Kenyan towns. The threat came in a video released "
         "on Tuesday.", "THREATEN", "2021-06-15"),
        ("The African Union has agreed to send a mission to Burundi to investigate alleged abuses by its police.",
         "ACCUSE", THURSDAY),
    ],
    ids=["vowed", "agreed-to-send"],
)
def test_an_act_a_leads_perfect_governs_is_the_news_of_its_day(text: str, event_type: str, day: str) -> None:
    assert one(text, THURSDAY, event_type).date == day


def test_a_dateline_of_its_own_is_not_the_lead() -> None:
    # "MOSCOW, June 17. /TASS/." is where and when the report was filed; the lead is the next sentence
    text = "MOSCOW, June 17. /TASS/. Russia has expelled two Estonian diplomats, the foreign ministry said."
    assert one(text, THURSDAY, "SANCTION", "RUS").date == THURSDAY


def test_a_stance_told_in_the_perfect_is_taken_on_the_day_its_speaker_speaks() -> None:
    text = (
        "Russia's envoy Zamir Kabulov has told TASS that Moscow wants peace in Afghanistan. "
        "Russia is ready to restore cooperation with NATO in Afghanistan, Kabulov has told TASS."
    )
    stances = [e for e in code(text, THURSDAY) if e.event_type == "AGREE"]
    assert stances
    assert {e.date for e in stances} == {THURSDAY}


def test_a_second_verb_shares_the_leads_perfect() -> None:
    # "has condemned ... and recalled ...": the recall is told in the perfect too (a second
    # event of another type, so that it is not merged into the first)
    text = "Kenya has condemned the raid and recalled its ambassador from Somalia, officials said."
    recall = [e for e in code(text, THURSDAY) if e.evidence.trigger == "recalled"]
    assert [e.date for e in recall] == [THURSDAY]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Some 300 Turkish engineers have arrived in Libya to repair the port in Misrata, the press office of "
         "the Turkish Defence Ministry said on Tuesday.", "TUR"),
        ("The defence ministry said on Tuesday that two hundred Kenyan soldiers have arrived in Haiti.", "KEN"),
    ],
    ids=["report-after", "report-before"],
)
def test_a_perfect_is_dated_by_the_report_that_tells_it(text: str, source: str) -> None:
    events = [e for e in code("Background first.\n" + text, THURSDAY) if e.source and e.source.country == source]
    assert [e.date for e in events] == ["2021-06-15"]


def test_later_counts_from_the_storys_date_not_from_today() -> None:
    text = "The Greek foreign minister visited Ankara on May 4. Two weeks later, he met the Iranian president."
    assert sorted(e.date for e in code(text, THURSDAY) if e.event_type == "CONSULT") == ["2021-05-04", "2021-05-18"]
    # with no date in the story, "two months later" is no date at all (never a date after publication)
    assert one("Militants attacked Kenyan police two months later.", THURSDAY, "ASSAULT").date is None


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("The Turkish foreign minister travels to Tehran on Tuesday.", "CONSULT", "2021-06-22"),
        ("The Greek and Turkish defence ministers meet in Athens on Monday.", "CONSULT", "2021-06-21"),
    ],
    ids=["travels-on", "meet-on"],
)
def test_a_simple_present_timed_by_a_weekday_is_a_schedule(text: str, event_type: str, date: str) -> None:
    ev = one(text, THURSDAY, event_type)
    assert (ev.date, ev.status) == (date, "planned")


def test_a_report_in_the_present_keeps_its_past_weekday() -> None:
    ev = one("Egypt says on Tuesday that it backs the Jordanian proposal.", THURSDAY, "SUPPORT")
    assert ev.date == "2021-06-15"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The Greek foreign minister met the Turkish ambassador in March and May.", ["2021-03", "2021-05"]),
        ("The Greek foreign minister met the Turkish ambassador on Monday and Tuesday.", ["2021-06-14", "2021-06-15"]),
        # a span is one stretch of time, not two dates
        ("The Greek foreign minister met the Turkish ambassador between March and May.", [None]),
    ],
)
def test_conjoined_dates_time_one_act_each(text: str, dates: list[str | None]) -> None:
    got = sorted((e.date for e in code(text, THURSDAY) if e.event_type == "CONSULT"), key=str)
    assert got == dates


def test_a_past_perfect_main_clause_lies_before_the_storys_day() -> None:
    story = "The Greek prime minister arrived in Ankara on Monday. "
    assert one(story + "Before the war, Greece had criticised Turkey.", THURSDAY, "ACCUSE").date is None
    # reported speech shifts the tense back: the act reported is the story's
    assert one(story + "Greece said it had criticised Turkey.", THURSDAY, "ACCUSE").date == "2021-06-14"


def test_a_past_perfect_in_what_after_names_is_not_the_dated_act_s_day() -> None:
    text = "The Greek envoy was recalled on Monday after reports that he had met Turkish generals."
    assert one(text, THURSDAY, "CONSULT").date is None


def test_what_came_before_a_present_act_takes_no_story_day() -> None:
    story = "The Greek prime minister arrived in Ankara on Monday. "
    text = story + "The visit comes days after Greece accused Turkey of spying."
    assert one(text, THURSDAY, "ACCUSE").date is None


def test_a_day_soon_after_the_news_that_dates_a_noun_is_this_years() -> None:
    text = (
        "The French foreign minister spoke by phone with his Italian counterpart on Monday.\n\n"
        'They talked about "ties between the two states and coming events, such as a gathering of '
        'Group of Seven ministers in Rome (on February 16-17) and a conference in Vienna."\n\n'
        'The French minister "invited his Italian counterpart to visit Paris," the ministry added.'
    )
    invited = one(text, "2017-02-07", "AGREE", "FRA")
    assert invited.date == "2017-02-06"  # the story's day, not a year-old February 16


def test_a_present_act_takes_no_year_after_the_news() -> None:
    from types import SimpleNamespace

    from stormpetrel import nlp, pipeline
    from stormpetrel.time import DateValue

    sent = next(nlp.load()("We call upon Italy to stop the campaign.").sents)
    call = sent[1]
    cand, event = SimpleNamespace(verb=call, token=call), SimpleNamespace(status="asserted")
    assert pipeline._done(event, cand, DateValue("2030", "year"))  # a year to come: not this act's
    assert not pipeline._done(event, cand, DateValue("2030-06-28", "day"))  # "meets him on June 28"


def test_a_present_act_on_a_day_without_a_year_is_on_the_nearest_such_day() -> None:
    # published late in December: "meets on Jan 4" is in the new year, "says ... Dec 30" in the old one
    assert one("The Chilean president meets Peruvian officials on Jan 4, the ministry says.", "2021-12-28",
               "CONSULT").date == "2022-01-04"
    assert one("The Chilean president meets Peruvian officials on Dec 30, the ministry says.", "2022-01-03",
               "CONSULT").date == "2021-12-30"


def test_a_date_of_one_clause_does_not_date_a_joined_clause_of_its_own() -> None:
    # the promise is the lead's news of the day, not an act of Jan 14
    text = "The Chilean president takes office on Jan 14 and has promised to impose sanctions on Peru."
    assert one(text, "2021-12-28", "THREATEN").date == "2021-12-28"


# -- daily tallies and dated teasers of other stories ----------------------------------------

def test_a_tally_over_the_past_day_is_dated_the_day_before_the_report() -> None:
    text = ("On Monday, Russian troops shelled Kharkiv.\n\n"
            "The Ukrainian army over the past 24 hours opened fire on Russian positions nine times.")
    assert (one(text, THURSDAY, "ASSAULT", "UKR").date) == "2021-06-16"


def test_a_day_in_digits_closing_a_teaser_dates_that_teaser() -> None:
    text = ("Egypt condemned Israel on Tuesday.\n\n"
            "Turkish troops were accused of shelling Kurdish villages in Syria. (04.03.2019) "
            "Kenya has expelled the Somali ambassador after a row over a maritime border. (12.11.2020)")
    assert one(text, THURSDAY, "ACCUSE", "EGY").date == "2021-06-15"
    assert (one(text, THURSDAY, "SANCTION", "KEN").date) == "2020-11-12"


def test_a_teaser_run_on_from_the_story_takes_only_its_last_sentences() -> None:
    text = ("Egypt condemned Israel on Tuesday. Jordan also criticised Israel. "
            "Officials said more steps could follow. Analysts expect little change. "
            "Kenya expelled the Somali ambassador after a row over a maritime border. (12.11.2020)")
    assert one(text, THURSDAY, "ACCUSE", "JOR").date == "2021-06-15"
    assert one(text, THURSDAY, "SANCTION", "KEN").date == "2020-11-12"


def test_a_day_in_digits_in_running_text_dates_its_clause() -> None:
    assert one("Germany expelled two Russian diplomats on 03.05.2021.", THURSDAY, "SANCTION").date == "2021-05-03"


def test_an_act_of_a_past_world_war_does_not_take_the_story_date() -> None:
    text = (
        "On Tuesday, Warsaw summoned the German ambassador. "
        "Norway was occupied by Germany in World War II, and many of its towns burned."
    )
    assert one(text, "2017-03-15", "COERCE", "DEU").date is None


def test_an_until_date_gives_the_nearest_such_month() -> None:
    text = "On Thursday a Moscow court extended the detention of the Ukrainian journalist until April."
    assert one(text, "2017-02-09", "COERCE").date == "2017-02-09"


def test_the_first_day_of_a_span_is_not_the_storys_day() -> None:
    # the floods' span is told in passing: the request after it is not dated by its first day
    text = "Floods killed dozens of people in Kenya between June 3 and 5. Kenya asked Uganda for help."
    assert one(text, THURSDAY, "REQUEST").date is None


@pytest.mark.parametrize("part", ["mid-", "early ", "late "])
def test_a_part_of_a_year_is_that_year(part: str) -> None:
    text = f"Kenyan troops attacked Somali militants in {part}2011."
    assert one(text, THURSDAY, "ASSAULT").date == "2011"


def test_a_date_in_a_relative_clause_of_the_object_does_not_date_the_act() -> None:
    text = "The Japanese prime minister criticised the Chinese envoy, who had insulted Japan on January 10."
    assert one(text, "2017-01-20", "ACCUSE", "JPN").date is None


def test_within_hours_after_a_look_back_is_the_story_day() -> None:
    text = (
        "A car bomb exploded in Kabul on Monday, killing twelve people. "
        "The city had been attacked on May 3, 2015, when the Taliban killed 20 soldiers. "
        "Within hours, Afghanistan accused Pakistan of sheltering the bombers."
    )
    assert one(text, "2017-01-20", "ACCUSE", "AFG").date == "2017-01-16"


def test_a_past_perfect_date_does_not_become_the_story_time() -> None:
    text = (
        "Russia and Japan had agreed last month by telephone to resume talks. "
        "The Russian foreign minister visited Japan."
    )
    assert one(text, "2017-03-15", "CONSULT").date is None


def test_a_date_in_brackets_is_the_noun_s_before_it() -> None:
    text = "Chile and Peru discussed fishing rights and a summit of Pacific states in Lima (March 20-21)."
    assert one(text, "2017-03-01", "CONSULT", "CHL").date is None


def test_a_day_asked_for_is_not_pushed_into_last_year() -> None:
    # the act urged comes after the urging: May 27 of this year, and the urging itself is done
    text = "Opposition leaders in Belarus urged supporters to rally in Minsk on May 27 against the government."
    event = one(text, "2017-05-10", "REQUEST")
    assert (event.date, event.status) == (None, "asserted")


# -- a day counted from another event -----------------------------------------------------------

def test_the_day_before_an_event_is_not_the_day_before_the_story_s_date() -> None:
    text = "The two ministers met in Baku on June 9. The Turkish minister visited Armenia the day before the vote."
    assert one(text, THURSDAY, "CONSULT", "TUR").date is None


def test_the_day_after_an_event_set_beside_a_date_is_that_date() -> None:
    text = "On June 14, the day after the deadline passed, Kenya asked Uganda for talks."
    assert one(text, THURSDAY, "REQUEST").date == "2021-06-14"


def test_a_date_in_the_act_s_own_phrase_beats_the_day_it_was_announced() -> None:
    text = (
        "The Kenyan president will meet Ethiopia's leader for the first time on June 24, "
        "Nairobi announced on Tuesday."
    )
    assert one(text, THURSDAY, "CONSULT").date == "2021-06-24"


# -- a time set between a verb of saying and the clause it reports -------------------------------

def test_a_day_between_said_and_its_clause_is_the_day_it_was_said() -> None:
    # the parser hangs "on Monday" on "expel"; it is when Peru spoke, a past Monday
    text = "Peru said on Monday it would expel the Chilean ambassador."
    event = one(text, THURSDAY, "SANCTION")
    assert (event.date, event.status) == ("2021-06-14", "planned")


def test_a_day_after_the_reported_clause_is_still_the_act_s_own() -> None:
    text = "Peru said it would expel the Chilean ambassador on Monday."
    assert one(text, THURSDAY, "SANCTION").date == "2021-06-21"


def test_the_same_day_after_a_month_is_the_story_s_day() -> None:
    text = (
        "Kenya's president named a new envoy to Uganda on Tuesday. Last month, Kenyan lawmakers "
        "criticised Uganda's border policy. The naming came the same day that Ugandan police arrested "
        "a Kenyan diplomat."
    )
    assert one(text, THURSDAY, "COERCE").date == "2021-06-15"


def test_the_end_a_plan_runs_through_is_not_its_day() -> None:
    text = "Ghana said on Monday it would halt all cocoa imports from Togo through the end of 2022."
    assert one(text, THURSDAY, "SANCTION").date == "2021-06-14"


def test_an_act_in_a_sentence_set_in_a_past_decade_is_not_the_story_s_day() -> None:
    text = (
        "Kenya accused Uganda of smuggling arms on Monday. "
        "The United States supplied Afghan rebels with rifles as they fought the Soviet army in the 1980s."
    )
    assert one(text, THURSDAY, "AID").date is None


def test_an_act_during_an_election_campaign_named_without_its_year_is_undated() -> None:
    text = (
        "Kenya accused Uganda of smuggling arms on Monday. "
        "The senator met the Ugandan ambassador twice during the campaign, his office said on Tuesday."
    )
    assert one(text, THURSDAY, "CONSULT").date is None


def test_a_campaign_with_its_date_keeps_the_date() -> None:
    text = "The senator met the Ugandan ambassador during the campaign in 2019, his office said on Tuesday."
    assert one(text, THURSDAY, "CONSULT").date == "2019"


def test_a_lead_s_perfect_act_between_states_takes_the_day_a_voice_of_the_doer_s_state_spoke() -> None:
    text = (
        "Chile has lashed out at Peru, accusing it of spying on its navy. The Chilean foreign ministry "
        "stated on Tuesday that a neighbouring state had sent agents to Valparaiso."
    )
    assert one(text, THURSDAY, "ACCUSE").date == "2021-06-15"


def test_a_lead_s_perfect_act_within_a_state_does_not_take_another_voice_s_day() -> None:
    text = (
        "The Chilean president has lashed out at Chilean truckers, accusing them of sabotage. "
        "The foreign ministry in Santiago said on Tuesday that talks with Peru had been useful."
    )
    assert one(text, THURSDAY, "ACCUSE").date == THURSDAY


@pytest.mark.parametrize(
    "first",
    [
        "The Chilean president accused Peru of obstructing the campaign for a referendum to be held on July 4.",
        "The Chilean president said Peru rejected a referendum to be held on July 4.",
    ],
)
def test_what_is_yet_to_be_done_is_dated_ahead(first: str) -> None:
    """'a referendum to be held on July 4': the July ahead, not last year's, and not the story's day."""
    events = code(f"{first} Santiago also criticised Bolivia.", THURSDAY)
    assert events
    assert not [e for e in events if e.date == "2020-07-04"]


def test_the_first_to_be_detained_was_detained_on_its_day() -> None:
    # picked out by what was done to them: the detention is done, on its day
    text = "The Chilean senator became the first lawmaker to be detained on June 14."
    assert one(text, THURSDAY, "COERCE").date == "2021-06-14"
