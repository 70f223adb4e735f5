"""Cross-article deduplication: reports of one real-world event become one event with many mentions.

Across documents a mention joins an event only on what its text pins down: two different states
and a date it gives (days at most a day apart, or the very same month or year). Undated reports,
acts of a state on its own state and acts without a target always start events of their own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from stormpetrel.model import Document, Location
from stormpetrel.store import Store

# one meeting in Ankara on Monday 8 May 2023, told three ways
MONDAY = (
    "a.txt",
    "Turkish Foreign Minister Mevlut Cavusoglu met his Iranian counterpart in Ankara on Monday to discuss trade.",
    "2023-05-09",
    "Daily A",
)
DAY_OFF = (  # a report that dates it a day later (a time zone, a late wire)
    "b.txt",
    "Iran's top diplomat held talks with Turkish officials in Ankara on May 9, according to the ministry.",
    "2023-05-10",
    "B News",
)
THIRD = (  # a third outlet, which gives the day itself
    "c.txt",
    "Iran and Turkey held talks in Ankara on May 8 on their trade dispute.",
    "2023-05-09",
    "C Post",
)
# the same talks with no date in the sentence: only the publication date would tie it to Monday
UNDATED_TEXT = "Iran and Turkey held talks in Ankara on their trade dispute."
UNDATED = ("u.txt", UNDATED_TEXT, "2023-05-08", "U Post")


def coded_all(coded, specs):
    return [coded(doc_id, text, published, source=source) for doc_id, text, published, source in specs]


def consults(store: Store) -> list[dict]:
    return [e for e in store.events(event_type="CONSULT")]


@pytest.mark.parametrize("split", [[3], [1, 1, 1], [2, 1]], ids=["one batch", "three batches", "two batches"])
def test_three_reports_of_one_meeting(store, coded, split):
    batch = coded_all(coded, [MONDAY, DAY_OFF, THIRD])
    assert [len(events) for _, events in batch] == [1, 1, 1]
    assert [ev.date for _, [ev] in batch] == ["2023-05-08", "2023-05-09", "2023-05-08"]
    i = 0
    for size in split:
        store.add(batch[i : i + size])
        i += size
    [event] = consults(store)
    assert (event["n_mentions"], event["n_documents"], event["n_sources"]) == (3, 3, 3)
    assert (event["date"], event["date_precision"]) == ("2023-05-08", "day")
    assert event["date_lo"] == event["date_hi"] == dt.date(2023, 5, 8)
    assert {event["source_country"], event["target_country"]} == {"TUR", "IRN"}
    mentions = store.mentions(event["event_id"])
    assert [m["input_id"] for m in mentions][0] == "a.txt"
    assert sorted(m["input_id"] for m in mentions) == ["a.txt", "b.txt", "c.txt"]
    assert store.counts()["mentions"] == 3


@pytest.mark.parametrize("published", ["2023-05-08", "2023-05-09"], ids=["on the day", "with the first report"])
def test_an_undated_report_stays_apart(store, coded, published):
    """A report that gives no date is not matched to a meeting by its publication date alone."""
    store.add(coded_all(coded, [MONDAY, DAY_OFF]))
    undated = coded_all(coded, [("u.txt", UNDATED_TEXT, published, "U Post")])
    [(_, [ev])] = undated
    assert (ev.event_type, ev.status, ev.date) == ("CONSULT", "asserted", None)
    assert {ev.source.country, ev.target.country} == {"TUR", "IRN"}
    result = store.add(undated)
    assert (result.events_new, result.events_updated, result.mentions_new) == (1, 0, 1)
    events = consults(store)
    assert len(events) == 2
    [meeting] = [e for e in events if e["date"] is not None]
    [alone] = [e for e in events if e["date"] is None]
    assert (meeting["date"], meeting["n_mentions"], meeting["n_documents"]) == ("2023-05-08", 2, 2)
    assert (alone["date"], alone["date_precision"], alone["n_mentions"]) == (None, None, 1)
    day = dt.date.fromisoformat(published)
    # its range is still its publication date give or take a day: kept for filters, not for merging
    assert (alone["date_lo"], alone["date_hi"]) == (day - dt.timedelta(days=1), day + dt.timedelta(days=1))
    assert [m["input_id"] for m in store.mentions(alone["event_id"])] == ["u.txt"]


def test_sources_are_counted_once(store, coded):
    store.add(coded_all(coded, [MONDAY, DAY_OFF]))
    again = ("d.txt", "The foreign ministers of Iran and Turkey met in Ankara on May 8.", "2023-05-08", "Daily A")
    result = store.add(coded_all(coded, [again]))
    assert (result.events_new, result.events_updated, result.mentions_new) == (0, 1, 1)
    [event] = consults(store)
    assert (event["n_mentions"], event["n_documents"], event["n_sources"]) == (3, 3, 2)


def test_meetings_a_week_apart_stay_two(store, coded):
    text = "The Turkish foreign minister met his Iranian counterpart in Tehran on May 15."
    later = ("d.txt", text, "2023-05-16", "D")
    store.add(coded_all(coded, [MONDAY, later]))
    events = consults(store)
    assert [e["date"] for e in events] == ["2023-05-08", "2023-05-15"]
    assert all(e["n_mentions"] == 1 for e in events)


def test_planned_and_asserted_stay_apart(store, coded):
    will = "Turkey's foreign minister will meet his Iranian counterpart in Tehran on May 20."
    did = "The Turkish foreign minister met his Iranian counterpart in Tehran on May 20."
    plan, done = ("p.txt", will, "2023-05-12", "P"), ("q.txt", did, "2023-05-21", "Q")
    store.add(coded_all(coded, [plan, done]))
    events = consults(store)
    assert sorted(e["status"] for e in events) == ["asserted", "planned"]
    assert all(e["date"] == "2023-05-20" for e in events)


def test_negated_stays_apart(store, coded):
    signed = ("s.txt", "Kenya and Uganda signed a trade agreement in Nairobi on June 3.", "2023-06-04", "S")
    denied = ("t.txt", "Kenya did not sign the agreement with Uganda on June 3.", "2023-06-04", "T")
    store.add(coded_all(coded, [signed, denied]))
    events = list(store.events(dyad=("KEN", "UGA")))
    assert sorted(e["status"] for e in events) == ["asserted", "negated"]


def test_a_domestic_act_stays_one_event_per_report(store, coded):
    """Two articles on arrests by a state of its own citizens on the same day are not merged."""
    first = ("k1.txt", "Kenyan police arrested dozens of Kenyan protesters in Nairobi on June 3.", "2023-06-04", "K1")
    second = ("k2.txt", "The Kenyan government detained Kenyan opposition leaders on June 3.", "2023-06-04", "K2")
    batch = coded_all(coded, [first, second])
    codes = [(ev.event_type, ev.source.country, ev.target.country, ev.date) for _, [ev] in batch]
    assert codes == [("COERCE", "KEN", "KEN", "2023-06-03")] * 2
    store.add(batch[:1])
    result = store.add(batch[1:])  # against a stored event
    assert (result.events_new, result.events_updated) == (1, 0)
    assert [e["n_mentions"] for e in store.events(event_type="COERCE")] == [1, 1]


def test_a_domestic_act_stays_apart_within_a_batch(store, event):
    store.add(
        [
            (doc("1"), [event("1", "ACCUSE", "KEN", "KEN", "2023-06-03")]),
            (doc("2"), [event("2", "ACCUSE", "KEN", "KEN", "2023-06-03")]),
            (doc("3"), [event("3", "CONSULT", "UGA", "UGA", "2023-06")]),
            (doc("4"), [event("4", "CONSULT", "UGA", "UGA", "2023-06")]),
        ]
    )
    assert store.counts() == {"documents": 4, "events": 4, "mentions": 4, "errors": 0}


def test_a_report_without_a_target_stays_apart(store, coded, event):
    first = ("t1.txt", "Kenya deployed troops on June 3.", "2023-06-04", "T1")
    second = ("t2.txt", "Kenyan forces mobilized on June 3, officials said.", "2023-06-04", "T2")
    batch = coded_all(coded, [first, second])
    codes = [(ev.event_type, ev.source.country, ev.target, ev.date) for _, [ev] in batch]
    assert codes == [("MOBILIZE", "KEN", None, "2023-06-03")] * 2
    store.add(batch)
    store.add([(doc("3"), [event("3", "MOBILIZE", "KEN", None, "2023-06-03")])])  # by hand, a later batch
    events = list(store.events(event_type="MOBILIZE"))
    assert [(e["target_country"], e["n_mentions"]) for e in events] == [(None, 1)] * 3


def doc(doc_id: str, published: str | None = "2023-06-04", source: str | None = None) -> Document:
    return Document(doc_id, f"A text written for the test, number {doc_id}.", published, source=source)


def test_mutual_mentions_match_either_order(store, event):
    store.add(
        [
            (doc("1"), [event("1", "SUPPORT", "KEN", "UGA", "2023-06-03", mutual=True)]),
            (doc("2"), [event("2", "SUPPORT", "UGA", "KEN", "2023-06-03")]),  # the other way round
        ]
    )
    [joined] = store.events()
    assert joined["n_mentions"] == 2
    # a symmetric type needs no mutual flag: a consultation is one either way round
    store.add(
        [
            (doc("3"), [event("3", "CONSULT", "KEN", "UGA", "2023-06-03")]),
            (doc("4"), [event("4", "CONSULT", "UGA", "KEN", "2023-06-04")]),
        ]
    )
    [consult] = store.events(event_type="CONSULT")
    assert consult["n_mentions"] == 2
    # a directed act is not the same act the other way round
    store.add(
        [
            (doc("5"), [event("5", "ACCUSE", "KEN", "UGA", "2023-06-03")]),
            (doc("6"), [event("6", "ACCUSE", "UGA", "KEN", "2023-06-03")]),
            (doc("7"), [event("7", "ACCUSE", "KEN", "UGA", "2023-06-03")]),
        ]
    )
    accusations = list(store.events(event_type="ACCUSE"))
    assert sorted((e["source_country"], e["n_mentions"]) for e in accusations) == [("KEN", 2), ("UGA", 1)]


def test_other_type_or_other_states_stay_apart(store, event):
    store.add(
        [
            (doc("1"), [event("1", "CONSULT", "KEN", "UGA", "2023-06-03")]),
            (doc("2"), [event("2", "AGREE", "KEN", "UGA", "2023-06-03")]),
            (doc("3"), [event("3", "CONSULT", "KEN", "TZA", "2023-06-03")]),
        ]
    )
    assert store.counts()["events"] == 3


def test_day_window(store, event):
    store.add([(doc("1"), [event("1", "CONSULT", "KEN", "UGA", "2023-06-03")])])
    result = store.add(
        [
            (doc("2"), [event("2", "CONSULT", "KEN", "UGA", "2023-06-04")]),  # a day later: joins
            (doc("3"), [event("3", "CONSULT", "KEN", "UGA", "2023-06-05")]),  # two days: a new event
        ]
    )
    assert (result.events_new, result.events_updated) == (1, 1)
    assert [(e["date"], e["n_mentions"]) for e in store.events()] == [("2023-06-03", 2), ("2023-06-05", 1)]


def test_the_same_month_merges_another_month_does_not(store, coded):
    june = ("j1.txt", "Kenya and Uganda signed a trade deal in June 2023.", "2023-07-10", "J1")
    june_again = ("j2.txt", "Uganda and Kenya signed a pact on trade in June 2023.", "2023-07-10", "J2")
    july = ("j3.txt", "Uganda and Kenya signed a trade agreement in July 2023.", "2023-08-02", "J3")
    batch = coded_all(coded, [june, june_again, july])
    assert [(ev.event_type, ev.date) for _, [ev] in batch] == [
        ("SUPPORT", "2023-06"), ("SUPPORT", "2023-06"), ("SUPPORT", "2023-07"),
    ]  # fmt: skip
    store.add(batch)
    events = list(store.events(dyad=("KEN", "UGA")))
    assert [(e["date"], e["date_precision"], e["n_mentions"], e["n_sources"]) for e in events] == [
        ("2023-06", "month", 2, 2), ("2023-07", "month", 1, 1),
    ]  # fmt: skip


def test_coarse_dates_join_only_the_same_string(store, event):
    def add(doc_id, date):
        return store.add([(doc(doc_id), [event(doc_id, "CONSULT", "KEN", "UGA", date)])])

    add("1", "2023")
    assert add("2", "2023").events_updated == 1  # the same year
    assert add("3", "2023-06").events_new == 1  # a month is not the year that contains it
    assert add("4", "2023-06").events_updated == 1  # the same month
    assert add("5", "2023-06-12").events_new == 1  # a day is not the month that contains it
    assert add("6", "2023-06").events_updated == 1  # joins the month, not the day
    assert add("7", "2023-07").events_new == 1  # another month
    got = sorted((e["date"], e["date_precision"], e["n_mentions"]) for e in store.events())
    assert got == [("2023", "year", 2), ("2023-06", "month", 3), ("2023-06-12", "day", 1), ("2023-07", "month", 1)]
    # nothing joined across precisions, so no date was refined
    june = next(e for e in store.events() if e["date"] == "2023-06")
    assert (june["date_lo"], june["date_hi"]) == (dt.date(2023, 6, 1), dt.date(2023, 6, 30))


def test_a_day_never_joins_a_month(store, event):
    store.add([(doc("1"), [event("1", "CONSULT", "KEN", "UGA", "2023-06-30")])])
    store.add([(doc("2"), [event("2", "CONSULT", "KEN", "UGA", "2023-07")])])  # no window around a month
    store.add([(doc("3"), [event("3", "CONSULT", "KEN", "UGA", "2023-06")])])  # nor a month around its day
    assert store.counts()["events"] == 3


def test_undated_mentions_never_join_across_documents(store, event):
    store.add([(doc("1", "2023-06-04"), [event("1", "CONSULT", "KEN", "UGA", "2023-06-03")])])
    result = store.add(
        [
            (doc("2", "2023-06-04"), [event("2", "CONSULT", "KEN", "UGA")]),  # published the day after
            (doc("3", "2023-06-03"), [event("3", "CONSULT", "KEN", "UGA")]),  # published on the day
            (doc("4", "2023-06-04"), [event("4", "CONSULT", "KEN", "UGA")]),  # nor with each other
        ]
    )
    assert (result.events_new, result.events_updated) == (3, 0)
    # nor does a dated report join an undated event whose publication window covers its day
    store.add([(doc("5", "2023-06-10"), [event("5", "CONSULT", "KEN", "UGA")])])
    assert store.add([(doc("6", "2023-06-11"), [event("6", "CONSULT", "KEN", "UGA", "2023-06-10")])]).events_new == 1
    events = list(store.events())
    assert len(events) == 6 and all(e["n_mentions"] == 1 for e in events)
    windows = sorted((e["date_lo"], e["date_hi"]) for e in events if e["date"] is None)
    d = dt.date
    # each keeps its own publication window; none is narrowed by another
    assert windows == [(d(2023, 6, 2), d(2023, 6, 4)), (d(2023, 6, 3), d(2023, 6, 5)),
                       (d(2023, 6, 3), d(2023, 6, 5)), (d(2023, 6, 9), d(2023, 6, 11))]  # fmt: skip


def test_undated_and_unpublished_never_merge(store, event):
    store.add(
        [
            (doc("1", None), [event("1", "CONSULT", "KEN", "UGA")]),
            (doc("2", None), [event("2", "CONSULT", "KEN", "UGA")]),
            (doc("3", None), [event("3", "CONSULT", "KEN", "UGA", "2023-06-03")]),
        ]
    )
    events = list(store.events())
    assert len(events) == 3
    assert [e["date_lo"] for e in events] == [dt.date(2023, 6, 3), None, None]


def test_the_nearest_event_wins(store, event):
    # one report of talks on two days running, which the pipeline kept as two events
    two_days = [
        event("1", "CONSULT", "KEN", "UGA", "2023-06-08", start=0),
        event("1", "CONSULT", "KEN", "UGA", "2023-06-09", start=200),
    ]
    store.add([(doc("1"), two_days)])
    # the 9th is within a day of both: it joins its own day, not the event met first
    store.add([(doc("2"), [event("2", "CONSULT", "KEN", "UGA", "2023-06-09")])])
    store.add([(doc("3"), [event("3", "CONSULT", "UGA", "KEN", "2023-06-07")])])  # only the 8th is in reach
    store.add([(doc("4"), [event("4", "CONSULT", "KEN", "UGA", "2023-06-10")])])  # only the 9th is in reach
    counts = {e["date"]: e["n_mentions"] for e in store.events()}
    assert counts == {"2023-06-08": 2, "2023-06-09": 3}


def test_ties_go_to_the_event_met_first(store, event):
    store.add(
        [
            (doc("1"), [event("1", "CONSULT", "KEN", "UGA", "2023-06-08")]),
            (doc("2"), [event("2", "CONSULT", "KEN", "UGA", "2023-06-10")]),
        ]
    )
    store.add([(doc("3"), [event("3", "CONSULT", "KEN", "UGA", "2023-06-09")])])  # a day from each
    counts = {e["date"]: e["n_mentions"] for e in store.events()}
    assert counts == {"2023-06-08": 2, "2023-06-10": 1}


def test_one_document_is_left_as_the_pipeline_coded_it(store, event):
    """Two mentions of one document the pipeline kept apart are not merged by the store."""
    two = [
        event("1", "CONSULT", "KEN", "UGA", "2023-06-03", start=0),
        event("1", "CONSULT", "KEN", "UGA", "2023-06-03", start=200),
    ]
    result = store.add([(doc("1"), two)])
    assert (result.events_new, result.mentions_new) == (2, 2)
    # a later report joins one of them, the first met
    store.add([(doc("2"), [event("2", "CONSULT", "KEN", "UGA", "2023-06-03")])])
    assert sorted(e["n_mentions"] for e in store.events()) == [1, 2]


def test_missing_details_are_filled(store, event):
    nairobi = Location("Nairobi", "KEN", -1.28, 36.82)
    store.add([(doc("1"), [event("1", "CONSULT", "KEN", "UGA", "2023-06-03")])])
    store.add([(doc("2"), [event("2", "CONSULT", "UGA", "KEN", "2023-06-03", location=nairobi, sector="GOV")])])
    [e] = store.events()
    assert (e["location_name"], e["location_country"], e["lat"]) == ("Nairobi", "KEN", -1.28)
    # the sector came with Uganda, the target of the stored event
    assert (e["source_country"], e["source_sector"], e["target_sector"]) == ("KEN", None, "GOV")


def test_results_are_deterministic(tmp_path, coded):
    specs = [
        MONDAY,
        DAY_OFF,
        THIRD,
        UNDATED,
        ("d.txt", "The Turkish foreign minister met his Iranian counterpart in Tehran on May 15.", "2023-05-16", "D"),
        ("e.txt", "France accused Germany of breaking the budget rules.", "2023-06-01", "E"),
    ]
    tables = []
    for name in ("one", "two"):
        with Store(tmp_path / f"{name}.duckdb") as store:
            store.add(coded_all(coded, specs[:2]))
            store.add(coded_all(coded, specs[2:]))
            events = store.con.execute("SELECT * EXCLUDE (first_seen) FROM events ORDER BY event_id").fetchall()
            mentions = store.con.execute("SELECT * FROM mentions ORDER BY mention_id").fetchall()
            tables.append((events, mentions))
    assert tables[0] == tables[1]
    # the meeting (three reports), the undated report, the meeting of 15 May, the accusation
    assert (len(tables[0][0]), len(tables[0][1])) == (4, 6)
