"""Cross-article deduplication: reports of one real-world event become one event with many mentions."""

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
UNDATED = ("c.txt", "Iran and Turkey held talks in Ankara on their trade dispute.", "2023-05-08", "C Post")


def coded_all(coded, specs):
    return [coded(doc_id, text, published, source=source) for doc_id, text, published, source in specs]


def consults(store: Store) -> list[dict]:
    return [e for e in store.events(event_type="CONSULT")]


@pytest.mark.parametrize("split", [[3], [1, 1, 1], [2, 1]], ids=["one batch", "three batches", "two batches"])
def test_three_reports_of_one_meeting(store, coded, split):
    batch = coded_all(coded, [MONDAY, DAY_OFF, UNDATED])
    assert [len(events) for _, events in batch] == [1, 1, 1]
    assert [ev.date for _, [ev] in batch] == ["2023-05-08", "2023-05-09", None]
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


def test_precision_is_refined(store, event):
    store.add([(doc("1"), [event("1", "CONSULT", "KEN", "UGA", "2023")])])
    store.add([(doc("2"), [event("2", "CONSULT", "KEN", "UGA", "2023-06")])])
    [e] = store.events()
    assert (e["date"], e["date_precision"], e["date_lo"], e["date_hi"]) == (
        "2023-06", "month", dt.date(2023, 6, 1), dt.date(2023, 6, 30),
    )  # fmt: skip
    store.add([(doc("3"), [event("3", "CONSULT", "KEN", "UGA", "2023-06-12")])])
    store.add([(doc("4"), [event("4", "CONSULT", "KEN", "UGA", "2023-06")])])  # coarser: joins, changes nothing
    [e] = store.events()
    assert (e["date"], e["date_precision"], e["date_lo"], e["date_hi"], e["n_mentions"]) == (
        "2023-06-12", "day", dt.date(2023, 6, 12), dt.date(2023, 6, 12), 4,
    )  # fmt: skip
    store.add([(doc("5"), [event("5", "CONSULT", "KEN", "UGA", "2023-07")])])  # another month
    assert store.counts()["events"] == 2


def test_a_month_must_contain_the_day(store, event):
    store.add([(doc("1"), [event("1", "CONSULT", "KEN", "UGA", "2023-06-30")])])
    store.add([(doc("2"), [event("2", "CONSULT", "KEN", "UGA", "2023-07")])])  # no window around a month
    assert store.counts()["events"] == 2


def test_undated_mentions_use_the_publication_date(store, event):
    store.add([(doc("1", "2023-06-04"), [event("1", "CONSULT", "KEN", "UGA", "2023-06-03")])])
    store.add(
        [
            (doc("2", "2023-06-04"), [event("2", "CONSULT", "KEN", "UGA")]),  # published a day after: joins
            (doc("3", "2023-06-09"), [event("3", "CONSULT", "KEN", "UGA")]),  # five days later: new
            (doc("4", "2023-06-10"), [event("4", "CONSULT", "KEN", "UGA")]),  # joins the undated one
        ]
    )
    events = list(store.events())
    assert [(e["date"], e["n_mentions"]) for e in events] == [("2023-06-03", 2), (None, 2)]
    undated = events[1]
    # the overlap of the two windows: 8..10 June and 9..11 June
    assert (undated["date_lo"], undated["date_hi"]) == (dt.date(2023, 6, 9), dt.date(2023, 6, 10))


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
    store.add(
        [
            (doc("1"), [event("1", "CONSULT", "KEN", "UGA", "2023-06-08")]),
            (doc("2"), [event("2", "CONSULT", "KEN", "UGA", "2023-06-20")]),
        ]
    )
    store.add([(doc("3"), [event("3", "CONSULT", "KEN", "UGA", "2023-06")])])  # mid-June: nearer the 20th
    counts = {e["date"]: e["n_mentions"] for e in store.events()}
    assert counts == {"2023-06-08": 1, "2023-06-20": 2}


def test_ties_go_to_the_event_met_first(store, event):
    store.add(
        [
            (doc("1"), [event("1", "CONSULT", "KEN", "UGA", "2023-06-08")]),
            (doc("2"), [event("2", "CONSULT", "KEN", "UGA", "2023-06-10")]),
        ]
    )
    store.add([(doc("3", "2023-06-09"), [event("3", "CONSULT", "KEN", "UGA")])])  # a day from each
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
    assert len(tables[0][0]) == 3
