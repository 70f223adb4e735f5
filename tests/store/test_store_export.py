"""Exports: every format parses back, and the filters apply to each."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest

from stormpetrel.model import PLOVER_TYPES
from stormpetrel.store import Store
from stormpetrel.store.export import CSV_COLUMNS, FORMATS, GDELT_COLUMNS, QUAD_CLASS, export

DOCS = [
    ("a.txt", "The Turkish foreign minister met his Iranian counterpart in Ankara on May 8.", "2023-05-09", "Daily A",
     "http://a.example/talks"),
    ("b.txt", "Iran's top diplomat held talks with Turkish officials in Ankara on May 8.", "2023-05-09", "B News",
     "http://b.example/iran"),
    ("c.txt", "Iran and Turkey held talks in Ankara on their trade dispute.", "2023-05-08", "C Post", None),
    ("d.txt", "Russian forces shelled Ukrainian towns near Kharkiv in March 2022.", "2022-04-02", "D Wire",
     "http://d.example/war"),
    ("e.txt", "France accused Germany of breaking the budget rules.", "2023-06-01", "E Daily", None),
    ("f.txt", "Turkey and Iran will hold talks in Tehran.", "2023-05-20", "F Times", None),
    ("g.txt", "Kenya and Uganda signed a trade agreement in Nairobi on June 3.", "2023-06-04", "G Star", None),
]  # fmt: skip


@pytest.fixture
def filled(tmp_path, coded):
    path = tmp_path / "export.duckdb"
    with Store(path) as store:
        store.add([coded(i, text, pub, source=src, url=url) for i, text, pub, src, url in DOCS])
        yield store


def text_export(store, fmt, **filters) -> tuple[int, str]:
    out = io.StringIO()
    n = export(store, fmt, out, **filters)
    return n, out.getvalue()


def test_the_fixture_holds_what_the_tests_expect(filled):
    got = sorted((e["event_type"], e["status"], e["n_mentions"]) for e in filled.events())
    assert got == [
        ("ACCUSE", "asserted", 1),
        ("ASSAULT", "asserted", 1),
        ("CONSULT", "asserted", 3),
        ("CONSULT", "planned", 1),
        ("SUPPORT", "asserted", 1),
    ]


def test_jsonl(filled):
    n, text = text_export(filled, "jsonl")
    records = [json.loads(line) for line in text.splitlines()]
    assert n == len(records) == 5
    meeting = next(r for r in records if r["event_type"] == "CONSULT" and r["status"] == "asserted")
    assert {meeting["source"]["country"], meeting["target"]["country"]} == {"TUR", "IRN"}
    assert (meeting["date"], meeting["date_lo"], meeting["n_documents"]) == ("2023-05-08", "2023-05-08", 3)
    assert meeting["location"]["name"] == "Ankara"
    assert len(meeting["mentions"]) == 3
    assert meeting["mentions"][0]["mention_id"] == meeting["event_id"]
    texts = {i: t for i, t, *_ in DOCS}
    for m in meeting["mentions"]:
        assert texts[m["input_id"]][m["start"] : m["end"]] == m["sentence"]
        assert m["trigger"] and m["published"]
    war = next(r for r in records if r["event_type"] == "ASSAULT")
    assert (war["date"], war["date_lo"], war["date_hi"]) == ("2022-03", "2022-03-01", "2022-03-31")
    assert records[0]["event_type"] == "ASSAULT"  # by date


def test_csv(filled):
    n, text = text_export(filled, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == 5
    assert tuple(rows[0]) == CSV_COLUMNS
    war = next(r for r in rows if r["event_type"] == "ASSAULT")
    assert war["source_url"] == "http://d.example/war"
    assert (war["date_lo"], war["n_mentions"], war["mutual"]) == ("2022-03-01", "1", "False")
    deal = next(r for r in rows if r["event_type"] == "SUPPORT")
    assert deal["context"] == "economic"  # a list: ;-separated


def test_parquet(filled, tmp_path):
    path = tmp_path / "events.parquet"
    assert export(filled, "parquet", path) == 5
    con = duckdb.connect()
    names = [d[0] for d in con.execute("SELECT * FROM read_parquet(?)", [str(path)]).description]
    assert tuple(names) == CSV_COLUMNS
    got = con.execute("SELECT event_type, n_mentions FROM read_parquet(?) ORDER BY n_mentions DESC", [str(path)])
    assert got.fetchone() == ("CONSULT", 3)
    assert export(filled, "parquet", str(path), actor="UKR") == 1
    assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()[0] == 1
    with pytest.raises(TypeError, match="path"):
        export(filled, "parquet", io.StringIO())


def test_plover(filled):
    n, text = text_export(filled, "plover")
    records = json.loads(text)
    assert isinstance(records, list) and n == len(records) == 5
    for r in records:
        for key in ("id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "cite_info"):
            assert key in r
        assert r["event"][0] in PLOVER_TYPES and len(r["event"]) == 1
        assert r["quad_code"] == QUAD_CLASS[r["event"][0]]
        for entity in r["actor"] + r["recipient"]:
            assert set(entity) == {"code", "sector", "entity_text"}
        assert r["actor"]
    by_type = {(r["event"][0], r["status"]): r for r in records}
    meeting = by_type["CONSULT", "asserted"]
    assert meeting["date"] == "2023-05-08" and "enddate" not in meeting
    assert len(meeting["event_text"]) == 3
    assert meeting["event_loc"]["resolved_place"] == "Ankara"
    assert meeting["cite_info"]["url"] == "http://a.example/talks"
    first = DOCS[0][1]  # the first report's sentence and its offsets in that document
    assert meeting["text"] == first[meeting["text_info"]["start"] : meeting["text_info"]["end"]]
    assert meeting["cite_info"]["citation"] == "a.txt"
    deal = by_type["SUPPORT", "asserted"]  # mutual: both sides are the actor, no recipient
    assert sorted(a["code"] for a in deal["actor"]) == ["KEN", "UGA"] and deal["recipient"] == []
    assert deal["context"] == ["economic"]
    war = by_type["ASSAULT", "asserted"]
    assert (war["date"], war["enddate"]) == ("2022-03-01", "2022-03-31")
    assert war["mode"] == ["heavy-weapons"] and war["actor"][0]["sector"] == "MIL"
    plan = by_type["CONSULT", "planned"]
    assert "future" in plan["context"]  # PLOVER's auxiliary mode
    accusation = by_type["ACCUSE", "asserted"]
    assert accusation["date"] == "2023-06-01" and accusation["date_precision"] is None
    assert [a["code"] for a in accusation["actor"]] == ["FRA"] and accusation["recipient"][0]["code"] == "DEU"
    empty = json.loads(text_export(filled, "plover", actor="ZZZ")[1])
    assert empty == []


def test_gdelt(filled):
    n, text = text_export(filled, "gdelt")
    lines = text.splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines[1:]]
    assert n == len(rows) == 5
    war = next(r for r in rows if r["Actor1CountryCode"] == "RUS")
    assert (war["SQLDATE"], war["Actor2CountryCode"], war["QuadClass"]) == ("20220301", "UKR", "4")
    assert war["EventRootCode"] == "19" and war["EventCode"].startswith(war["EventBaseCode"])
    assert war["Actor1Type1Code"] == "MIL"
    assert war["SOURCEURL"] == "http://d.example/war"
    meeting = next(r for r in rows if r["NumMentions"] == "3")
    assert (meeting["SQLDATE"], meeting["QuadClass"], meeting["NumArticles"], meeting["NumSources"]) == (
        "20230508", "1", "3", "3",
    )  # fmt: skip
    assert meeting["ActionGeo_FullName"] == "Ankara" and float(meeting["ActionGeo_Lat"])
    assert meeting["SOURCEURL"] == "http://a.example/talks"
    accusation = next(r for r in rows if r["Actor1CountryCode"] == "FRA")
    assert accusation["SQLDATE"] == "20230601"  # undated: the publication date
    assert all(int(r["GLOBALEVENTID"]) < 2**63 for r in rows)


FILTERS = [
    ({"actor": "IRN"}, 2),
    ({"actor": "UGA"}, 1),
    ({"dyad": ("UKR", "RUS")}, 1),
    ({"dyad": ("TUR", "IRN")}, 2),
    ({"event_type": "CONSULT"}, 2),
    ({"event_type": ["ACCUSE", "ASSAULT"]}, 2),
    # the meeting, the plan, and the undated accusation published on 1 June (31 May to 2 June)
    ({"date_from": "2023-05-01", "date_to": "2023-05-31"}, 3),
    ({"date_from": "2023-05-01", "date_to": "2023-05-30"}, 2),
    ({"date_to": "2022-12-31"}, 1),
    ({"date_from": "2023-06-01", "actor": "DEU"}, 1),
    ({"actor": "ZZZ"}, 0),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("filters", "expected"), FILTERS, ids=[str(f) for f, _ in FILTERS])
def test_filters_apply_to_every_format(filled, tmp_path, fmt, filters, expected):
    if fmt == "parquet":
        path = tmp_path / "f.parquet"
        n = export(filled, fmt, path, **filters)
        rows = duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()[0]
    else:
        n, text = text_export(filled, fmt, **filters)
        if fmt == "jsonl":
            rows = len(text.splitlines())
        elif fmt == "plover":
            rows = len(json.loads(text))
        else:
            rows = len(text.splitlines()) - 1  # the header
    assert n == rows == expected


def test_export_from_a_path(filled, tmp_path):
    path = filled.path
    filled.close()
    out = tmp_path / "events.jsonl"
    assert export(path, "jsonl", out, event_type="ASSAULT") == 1
    assert json.loads(out.read_text(encoding="utf-8"))["source"]["country"] == "RUS"
    with pytest.raises(ValueError, match="unknown export format"):
        export(path, "xml", io.StringIO())
