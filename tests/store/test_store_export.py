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
    ("c.txt", "Iran and Turkey held talks in Ankara on May 9 on their trade dispute.", "2023-05-09", "C Post", None),
    ("d.txt", "Russian forces shelled Ukrainian towns near Kharkiv in March 2022.", "2022-04-02", "D Wire",
     "http://d.example/war"),
    ("e.txt", "France accused Germany of breaking the budget rules.", "2023-06-01", "E Daily", None),
    ("f.txt", "Turkey and Iran will hold talks in Tehran.", "2023-05-20", "F Times", None),
    ("g.txt", "Kenya and Uganda signed a trade agreement in Nairobi on June 3.", "2023-06-04", "G Star", None),
    # the Ankara talks again, but with no date in the sentence: an event of its own under the rule
    ("h.txt", "Turkish and Iranian diplomats met in Ankara to discuss trade.", "2023-05-09", "H Herald", None),
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
    # a, b and c date the Ankara talks 8, 8 and 9 May: one event; h gives no date and stays apart
    got = sorted((e["event_type"], e["status"], e["date"] or "undated", e["n_mentions"]) for e in filled.events())
    assert got == [
        ("ACCUSE", "asserted", "undated", 1),
        ("ASSAULT", "asserted", "2022-03", 1),
        ("CONSULT", "asserted", "2023-05-08", 3),
        ("CONSULT", "asserted", "undated", 1),
        ("CONSULT", "planned", "undated", 1),
        ("SUPPORT", "asserted", "2023-06-03", 1),
    ]
    assert filled.counts() == {"documents": 8, "events": 6, "mentions": 8, "errors": 0}


def test_jsonl(filled):
    n, text = text_export(filled, "jsonl")
    records = [json.loads(line) for line in text.splitlines()]
    assert n == len(records) == 6
    meeting = next(r for r in records if r["event_type"] == "CONSULT" and r["n_mentions"] == 3)
    assert {meeting["source"]["country"], meeting["target"]["country"]} == {"TUR", "IRN"}
    assert (meeting["date"], meeting["date_lo"], meeting["n_documents"]) == ("2023-05-08", "2023-05-08", 3)
    assert meeting["location"]["name"] == "Ankara"
    assert len(meeting["mentions"]) == 3
    assert meeting["mentions"][0]["mention_id"] == meeting["event_id"]
    texts = {i: t for i, t, *_ in DOCS}
    for m in meeting["mentions"]:
        assert texts[m["input_id"]][m["start"] : m["end"]] == m["sentence"]
        assert m["trigger"] and m["published"]
    undated = next(r for r in records if r["event_type"] == "CONSULT" and r["status"] == "asserted" and not r["date"])
    assert (undated["date_lo"], undated["date_hi"], undated["n_mentions"]) == ("2023-05-08", "2023-05-10", 1)
    assert [m["input_id"] for m in undated["mentions"]] == ["h.txt"]
    war = next(r for r in records if r["event_type"] == "ASSAULT")
    assert (war["date"], war["date_lo"], war["date_hi"]) == ("2022-03", "2022-03-01", "2022-03-31")
    assert records[0]["event_type"] == "ASSAULT"  # by date


def test_csv(filled):
    n, text = text_export(filled, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == 6
    assert tuple(rows[0]) == CSV_COLUMNS
    war = next(r for r in rows if r["event_type"] == "ASSAULT")
    assert war["source_url"] == "http://d.example/war"
    assert (war["date_lo"], war["n_mentions"], war["mutual"]) == ("2022-03-01", "1", "False")
    deal = next(r for r in rows if r["event_type"] == "SUPPORT")
    assert deal["context"] == "economic"  # a list: ;-separated


def test_parquet(filled, tmp_path):
    path = tmp_path / "events.parquet"
    assert export(filled, "parquet", path) == 6
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
    assert isinstance(records, list) and n == len(records) == 6
    for r in records:
        for key in ("id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "cite_info"):
            assert key in r
        assert r["event"][0] in PLOVER_TYPES and len(r["event"]) == 1
        assert r["quad_code"] == QUAD_CLASS[r["event"][0]]
        for entity in r["actor"] + r["recipient"]:
            assert set(entity) == {"code", "sector", "entity_text"}
        assert r["actor"]
    by_type = {(r["event"][0], r["status"], r["n_mentions"]): r for r in records}
    assert len(by_type) == 6
    meeting = by_type["CONSULT", "asserted", 3]
    assert meeting["date"] == "2023-05-08" and "enddate" not in meeting
    assert len(meeting["event_text"]) == 3
    assert meeting["event_loc"]["resolved_place"] == "Ankara"
    assert meeting["cite_info"]["url"] == "http://a.example/talks"
    first = DOCS[0][1]  # the first report's sentence and its offsets in that document
    assert meeting["text"] == first[meeting["text_info"]["start"] : meeting["text_info"]["end"]]
    assert meeting["cite_info"]["citation"] == "a.txt"
    undated = by_type["CONSULT", "asserted", 1]  # the undated report of the same talks, on its own
    assert undated["date"] == "2023-05-09" and undated["date_precision"] is None  # its publication date
    assert len(undated["event_text"]) == 1 and undated["cite_info"]["citation"] == "h.txt"
    deal = by_type["SUPPORT", "asserted", 1]  # mutual: both sides are the actor, no recipient
    assert sorted(a["code"] for a in deal["actor"]) == ["KEN", "UGA"] and deal["recipient"] == []
    assert deal["context"] == ["economic"]
    war = by_type["ASSAULT", "asserted", 1]
    assert (war["date"], war["enddate"]) == ("2022-03-01", "2022-03-31")
    assert war["mode"] == ["heavy-weapons"] and war["actor"][0]["sector"] == "MIL"
    plan = by_type["CONSULT", "planned", 1]
    assert "future" in plan["context"]  # PLOVER's auxiliary mode
    accusation = by_type["ACCUSE", "asserted", 1]
    assert accusation["date"] == "2023-06-01" and accusation["date_precision"] is None
    assert [a["code"] for a in accusation["actor"]] == ["FRA"] and accusation["recipient"][0]["code"] == "DEU"
    empty = json.loads(text_export(filled, "plover", actor="ZZZ")[1])
    assert empty == []


def test_gdelt(filled):
    n, text = text_export(filled, "gdelt")
    lines = text.splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines[1:]]
    assert n == len(rows) == 6
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
    # Turkey and Iran: the meeting, the undated report (its publication date) and the plan (likewise)
    talks = sorted(r["SQLDATE"] for r in rows if {r["Actor1CountryCode"], r["Actor2CountryCode"]} == {"TUR", "IRN"})
    assert talks == ["20230508", "20230509", "20230520"]
    accusation = next(r for r in rows if r["Actor1CountryCode"] == "FRA")
    assert accusation["SQLDATE"] == "20230601"  # undated: the publication date
    assert all(int(r["GLOBALEVENTID"]) < 2**63 for r in rows)


FILTERS = [
    # Iran: the meeting, the undated report of it, the plan
    ({"actor": "IRN"}, 3),
    ({"actor": "UGA"}, 1),
    ({"dyad": ("UKR", "RUS")}, 1),
    ({"dyad": ("TUR", "IRN")}, 3),
    ({"event_type": "CONSULT"}, 3),
    ({"event_type": ["ACCUSE", "ASSAULT"]}, 2),
    # the meeting, the undated report (8 to 10 May), the plan (19 to 21 May), and the undated
    # accusation published on 1 June (31 May to 2 June)
    ({"date_from": "2023-05-01", "date_to": "2023-05-31"}, 4),
    ({"date_from": "2023-05-01", "date_to": "2023-05-30"}, 3),
    ({"date_from": "2023-05-10", "date_to": "2023-05-10"}, 1),  # only the undated report's window
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
