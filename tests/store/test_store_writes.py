"""The store's schema, its versions and migrations, and how batches are written."""

from __future__ import annotations

import datetime as dt
import hashlib
import time

import duckdb
import pytest

from stormpetrel.model import Document
from stormpetrel.store import DEFAULT_PATH, AddResult, SchemaVersionError, Store, StoreError, schema
from stormpetrel.store.dedup import date_range

MEETING = "The Turkish foreign minister met his Iranian counterpart in Ankara on May 8."
ACCUSATION = "France accused Germany of breaking the budget rules."
ATTACK = "Russian forces shelled Ukrainian towns near Kharkiv in March 2022."


def columns(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return dict(rows)


def set_version(path, version: int) -> None:
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
    con.close()


# -- schema and versions -------------------------------------------------------------------------


def test_schema_created_and_versioned(tmp_path):
    path = tmp_path / "new.duckdb"
    with Store(path) as store:
        assert store.version == schema.SCHEMA_VERSION == len(schema.MIGRATIONS)
        con = store.con
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(
            schema.SCHEMA_VERSION
        )
        assert list(columns(con, "documents")) == list(schema.DOCUMENT_COLUMNS)
        assert list(columns(con, "events")) == list(schema.EVENT_COLUMNS)
        assert list(columns(con, "mentions")) == list(schema.MENTION_COLUMNS)
        assert list(columns(con, "ingest_errors")) == ["id", "input", "problem", "at"]
        events = columns(con, "events")
        assert events["context"] == "VARCHAR[]"
        assert events["mutual"] == "BOOLEAN"
        assert events["date_lo"] == events["date_hi"] == "DATE"
        assert events["first_seen"] == "TIMESTAMP"
        assert columns(con, "documents")["published"] == "DATE"
        assert store.counts() == {"documents": 0, "events": 0, "mentions": 0, "errors": 0}
    with Store(path) as again:  # reopening applies nothing and keeps the version
        assert again.version == schema.SCHEMA_VERSION
    with Store(path, read_only=True) as ro:
        assert ro.version == schema.SCHEMA_VERSION


def test_default_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Store() as store:
        assert store.path.name == DEFAULT_PATH == "stormpetrel.duckdb"
    assert (tmp_path / "stormpetrel.duckdb").exists()


def test_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    Store(path).close()
    set_version(path, schema.SCHEMA_VERSION + 1)
    for read_only in (False, True):
        with pytest.raises(SchemaVersionError, match=r"schema version \d+, newer than this stormpetrel knows"):
            Store(path, read_only=read_only)


def test_migration_from_version_1(tmp_path, monkeypatch, coded):
    path = tmp_path / "v1.duckdb"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    with Store(path) as store:
        assert store.version == 1
        store.add([coded("a.txt", MEETING, "2023-05-09", source="Daily A")])
        before = store.counts()
    v2 = "ALTER TABLE documents ADD COLUMN language TEXT; CREATE TABLE notes (event_id TEXT, note TEXT);"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1] + [v2])
    with pytest.raises(SchemaVersionError, match="older"):  # read-only cannot migrate
        Store(path, read_only=True)
    with Store(path) as store:
        assert store.version == 2
        assert store.counts() == before
        assert "language" in columns(store.con, "documents")
        assert columns(store.con, "notes")
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "2"
    with Store(path) as store:  # applied once only: running v2 again would fail on ALTER
        assert store.version == 2


def test_failed_migration_rolls_back(tmp_path, monkeypatch):
    path = tmp_path / "broken.duckdb"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    Store(path).close()
    broken = "CREATE TABLE half_done (a INTEGER); SELECT * FROM no_such_table;"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1] + [broken])
    with pytest.raises(StoreError, match="migration 2 failed, the store stays at version 1"):
        Store(path)
    con = duckdb.connect(str(path))
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "1"
    assert not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'half_done'").fetchone()[0]
    con.close()


def test_foreign_file_and_missing_file(tmp_path):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE things (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a stormpetrel store"):
        Store(other)
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_read_only_store_refuses_writes(tmp_path, coded):
    path = tmp_path / "ro.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.add([coded("a.txt", MEETING, "2023-05-09")])
        with pytest.raises(StoreError, match="read-only"):
            store.add_error("x.txt", "not UTF-8")


# -- documents, mentions and events as written -----------------------------------------------------


def test_document_id_is_a_content_hash():
    a = Document("one.txt", "  Kenya and Uganda\n\nsigned a deal.\t")
    b = Document("two.jsonl:7", "Kenya and   Uganda signed\na deal.")
    assert Store.document_id(a) == Store.document_id(b)
    assert Store.document_id(a) == hashlib.sha256(b"Kenya and Uganda signed a deal.").hexdigest()[:32]
    assert Store.document_id(Document("x", "Kenya and Uganda signed a treaty.")) != Store.document_id(a)


def test_rows_as_written(store, coded):
    doc, events = coded("a.txt", MEETING, "2023-05-09", source="Daily A", url="http://a.example/1", title="Talks")
    assert len(events) == 1
    result = store.add([(doc, events)])
    assert result == AddResult(documents_new=1, documents_skipped=0, events_new=1, mentions_new=1)
    doc_id = Store.document_id(doc)
    assert store.has_document(doc_id)
    assert not store.has_document("0" * 32)
    row = store.con.execute("SELECT * FROM documents").fetchone()
    assert row[:7] == (doc_id, "a.txt", "Daily A", "http://a.example/1", "Talks", dt.date(2023, 5, 9), row[6])
    assert isinstance(row[6], dt.datetime) and row[7] == len(MEETING)
    [event] = store.events()
    ev = events[0]
    assert event["event_type"] == "CONSULT" and event["status"] == "asserted"
    assert (event["source_country"], event["target_country"]) == ("TUR", "IRN")
    assert (event["date"], event["date_precision"]) == ("2023-05-08", "day")
    assert event["date_lo"] == event["date_hi"] == dt.date(2023, 5, 8)
    assert event["location_name"] == "Ankara"
    assert (event["n_mentions"], event["n_documents"], event["n_sources"]) == (1, 1, 1)
    [mention] = store.mentions(event["event_id"])
    assert mention["mention_id"] == event["event_id"]  # an event is named after its first mention
    expected = "\x1f".join([doc_id, str(ev.evidence.start), ev.evidence.trigger, "CONSULT", "TUR", "IRN"])
    assert mention["mention_id"] == hashlib.sha256(expected.encode()).hexdigest()[:16]
    assert mention["doc_id"] == doc_id and mention["input_id"] == "a.txt"
    assert MEETING[mention["start"] : mention["end"]] == mention["sentence"] == MEETING
    assert mention["trigger"] == "met" and mention["status"] == "asserted"
    assert mention["source_text"] and mention["target_text"]


def test_date_ranges():
    d = dt.date
    assert date_range("2023-05-08", None) == ("2023-05-08", "day", d(2023, 5, 8), d(2023, 5, 8))
    assert date_range("2024-02", None) == ("2024-02", "month", d(2024, 2, 1), d(2024, 2, 29))
    assert date_range("2022", d(2023, 1, 5)) == ("2022", "year", d(2022, 1, 1), d(2022, 12, 31))
    assert date_range(None, d(2023, 3, 1)) == (None, None, d(2023, 2, 28), d(2023, 3, 2))
    assert date_range(None, None) == (None, None, None, None)
    with pytest.raises(ValueError):
        date_range("2023-02-30", None)


def test_stored_date_ranges(store, coded):
    store.add(
        [
            coded("attack.txt", ATTACK, "2022-04-02"),
            coded("accuse.txt", ACCUSATION, "2023-06-01"),
            coded("undated.txt", "Japan criticised China over its fishing fleet.", None),
        ]
    )
    got = {e["event_type"] + " " + e["source_country"]: (e["date"], e["date_lo"], e["date_hi"]) for e in store.events()}
    assert got["ASSAULT RUS"] == ("2022-03", dt.date(2022, 3, 1), dt.date(2022, 3, 31))
    assert got["ACCUSE FRA"] == (None, dt.date(2023, 5, 31), dt.date(2023, 6, 2))
    assert got["ACCUSE JPN"] == (None, None, None)


def test_re_adding_is_idempotent(store, coded):
    batch = [
        coded("a.txt", MEETING, "2023-05-09", source="Daily A"),
        coded("b.txt", ACCUSATION, "2023-06-01", source="B News"),
        coded("c.txt", ATTACK, "2022-04-02", source="C Post"),
    ]
    first = store.add(batch)
    assert (first.documents_new, first.events_new, first.mentions_new) == (3, 3, 3)
    counts = store.counts()
    again = store.add(batch)
    assert again == AddResult(documents_new=0, documents_skipped=3, events_new=0, mentions_new=0)
    assert store.counts() == counts
    # the same text under another name, or with other spacing, is the same document
    doc, events = batch[0]
    respaced = Document("copy.jsonl:1", doc.text.replace(" ", "  ") + "\n", doc.published)
    assert store.add([(respaced, events)]).documents_skipped == 1
    # a document repeated within one batch is stored once
    twice = [coded("d.txt", "Japan criticised China over its fishing fleet.", "2023-01-04")] * 2
    result = store.add(twice)
    assert (result.documents_new, result.documents_skipped, result.mentions_new) == (1, 1, 1)
    assert store.counts()["documents"] == 4


def test_one_act_told_for_two_dates_is_stored_twice(store, coded):
    # "in July and in September": two meetings from one sentence, neither lost to the other's id
    store.add([coded("d", "Putin met Erdogan in Ankara in July and in September.", "2017-10-02")])
    assert sorted(e["date"] for e in store.events()) == ["2017-07", "2017-09"]


def test_add_accepts_the_pipeline_stream(store, nlp):
    from stormpetrel.pipeline import code

    docs = [Document("a.txt", MEETING, "2023-05-09"), Document("b.txt", ACCUSATION, "2023-06-01")]
    assert store.add(code(docs, nlp)).documents_new == 2
    assert store.add([]) == AddResult()


def test_errors_are_recorded_once(store):
    assert store.add_error("bad.txt", "not UTF-8") is True
    assert store.add_error("bad.txt", "not UTF-8") is False
    assert store.add_error("bad.txt", "empty") is True
    assert store.counts()["errors"] == 2
    rows = store.con.execute('SELECT input, problem, "at" FROM ingest_errors ORDER BY id').fetchall()
    assert [r[:2] for r in rows] == [("bad.txt", "not UTF-8"), ("bad.txt", "empty")]
    assert all(isinstance(r[2], dt.datetime) for r in rows)


# -- one transaction per batch -----------------------------------------------------------------------


def test_a_failing_batch_writes_nothing_constraint(store, coded, event):
    store.add([coded("a.txt", MEETING, "2023-05-09")])
    before = store.counts()
    good = coded("b.txt", ACCUSATION, "2023-06-01")
    bad_event = event("c.txt", "CONSULT", "KEN", "UGA", "2023-06-03", status="not-a-status")
    bad = (Document("c.txt", "A text written for a bad event.", "2023-06-04"), [bad_event])
    with pytest.raises(duckdb.ConstraintException):
        store.add([good, bad])
    assert store.counts() == before
    assert not store.has_document(Store.document_id(good[0]))
    assert store.add([good]).documents_new == 1  # the store is still usable


def test_a_failing_batch_writes_nothing_interrupted(store, coded, monkeypatch):
    import stormpetrel.store as store_module

    store.add([coded("a.txt", MEETING, "2023-05-09")])
    before = store.counts()
    [event_before] = store.events()
    insert = store_module._insert

    def interrupted(con, table, *args):
        if table == "mentions":  # documents and events of the batch are written by now
            raise RuntimeError("killed mid-batch")
        return insert(con, table, *args)

    monkeypatch.setattr(store_module, "_insert", interrupted)
    later = [
        coded("b.txt", "Iran's top diplomat held talks with Turkish officials in Ankara on May 8.", "2023-05-09"),
        coded("c.txt", ACCUSATION, "2023-06-01"),
    ]
    with pytest.raises(RuntimeError, match="killed mid-batch"):
        store.add(later)
    assert store.counts() == before
    assert list(store.events()) == [event_before]  # the joined event's counts were not bumped
    monkeypatch.setattr(store_module, "_insert", insert)
    result = store.add(later)
    assert (result.documents_new, result.events_new, result.events_updated) == (2, 1, 1)


def test_a_killed_process_leaves_the_last_batch_out(tmp_path, coded):
    """A connection that goes away inside a transaction leaves the file as the last commit left it."""
    path = tmp_path / "killed.duckdb"
    store = Store(path)
    store.add([coded("a.txt", MEETING, "2023-05-09")])
    store.con.begin()
    store.con.execute(
        "INSERT INTO documents VALUES ('x', 'x.txt', NULL, NULL, NULL, NULL, now()::TIMESTAMP, 1)"
    )
    store.con.close()  # no commit
    with Store(path) as again:
        assert again.counts()["documents"] == 1


# -- reading -----------------------------------------------------------------------------------------


def test_event_filters(store, coded):
    store.add(
        [
            coded("a.txt", MEETING, "2023-05-09"),
            coded("b.txt", ACCUSATION, "2023-06-01"),
            coded("c.txt", ATTACK, "2022-04-02"),
        ]
    )
    def types(**filters):
        return sorted(e["event_type"] for e in store.events(**filters))

    assert types() == ["ACCUSE", "ASSAULT", "CONSULT"]
    assert types(actor="IRN") == ["CONSULT"]
    assert types(actor="DEU") == ["ACCUSE"]
    assert types(dyad=("UKR", "RUS")) == ["ASSAULT"]
    assert types(event_type="ACCUSE") == ["ACCUSE"]
    assert types(event_type=["ACCUSE", "ASSAULT"]) == ["ACCUSE", "ASSAULT"]
    assert types(date_from="2023-01-01") == ["ACCUSE", "CONSULT"]
    assert types(date_to="2022-12-31") == ["ASSAULT"]
    assert types(date_from="2022-03-15", date_to="2022-03-16") == ["ASSAULT"]  # a month overlaps
    assert types(status="planned") == []
    with pytest.raises(TypeError):
        list(store.events(colour="red"))
    assert [e["event_type"] for e in store.events()][0] == "ASSAULT"  # by date


# -- speed ---------------------------------------------------------------------------------------------

COUNTRIES = ["Turkish", "Iranian", "French", "German", "Kenyan", "Japanese", "Brazilian", "Indian", "Egyptian"]


def test_adding_500_documents_is_fast(tmp_path, nlp):
    from stormpetrel.pipeline import code

    docs = []
    for i in range(500):
        a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 5 + 1) % len(COUNTRIES)]
        if a == b:
            b = COUNTRIES[(i + 2) % len(COUNTRIES)]
        day = 1 + i % 28
        text = f"The {a} foreign minister met his {b} counterpart on May {day}. Report {i}."
        docs.append(Document(f"doc{i}.txt", text, f"2023-05-{day:02d}", source=f"outlet{i % 7}"))
    coded = list(code(docs, nlp))
    assert sum(len(ev) for _, ev in coded) >= 450
    with Store(tmp_path / "speed.duckdb") as store:
        start = time.perf_counter()
        for i in range(0, 500, 50):
            store.add(coded[i : i + 50])
        elapsed = time.perf_counter() - start
        counts = store.counts()
    assert counts["documents"] == 500
    assert counts["mentions"] >= 450
    assert counts["events"] < counts["mentions"]  # repeated dyads on the same day merged
    assert elapsed < 5, f"adding 500 documents took {elapsed:.2f} s"
