"""The ``stormpetrel code`` command, run as a separate process on files and standard input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from stormpetrel.pipeline import code_text

REQUIRED = {"event_id", "doc_id", "event_type", "mode", "context", "cameo", "source", "target", "date",
            "date_precision", "status", "location", "attribution", "evidence"}
ACTOR_FIELDS = {"text", "name", "country", "sector"}
ARTICLE = (
    "The Turkish foreign minister met his Iranian counterpart in Ankara on Tuesday.\n"
    "\n"
    "Greece condemned Turkey, according to the state broadcaster.\n"
    "The Iranian president will visit Azerbaijan next month.\n"
)
PUB = "2021-06-17"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "stormpetrel", *args], input=stdin, capture_output=True,
                          timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8"),
                                       proc.stderr.decode("utf-8"))


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("cli") / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def jsonl_run(article: Path) -> subprocess.CompletedProcess[str]:
    return run("code", str(article), "--published", PUB, "--format", "jsonl")


def test_jsonl_has_every_required_field(jsonl_run, article: Path) -> None:
    assert jsonl_run.returncode == 0, jsonl_run.stderr
    assert jsonl_run.stderr == ""
    events = [json.loads(line) for line in jsonl_run.stdout.splitlines()]
    assert events
    for ev in events:
        assert REQUIRED <= set(ev), REQUIRED - set(ev)
        assert ev["doc_id"] == str(article)
        assert set(ev["source"]) >= ACTOR_FIELDS
        assert ev["target"] is None or set(ev["target"]) >= ACTOR_FIELDS
        assert {"sentence", "start", "end"} <= set(ev["evidence"])
        assert ARTICLE[ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["sentence"]
    by_type = {(e["event_type"], e["source"]["country"], e["target"]["country"]): e for e in events}
    meeting = by_type[("CONSULT", "TUR", "IRN")]
    assert (meeting["date"], meeting["date_precision"], meeting["status"]) == ("2021-06-15", "day", "asserted")
    assert meeting["location"]["name"] == "Ankara"
    visit = by_type[("CONSULT", "IRN", "AZE")]
    assert (visit["date"], visit["date_precision"], visit["status"]) == ("2021-07", "month", "planned")
    assert ("ACCUSE", "GRC", "TUR") in by_type


def test_cli_output_is_the_library_output(jsonl_run, article: Path) -> None:
    """The same events, ids included, from another process: ids are stable across runs."""
    printed = [json.loads(line) for line in jsonl_run.stdout.splitlines()]
    expected = [e.to_dict() for e in code_text(ARTICLE, published=PUB, doc_id=str(article))]
    assert printed == json.loads(json.dumps(expected))


def test_csv_has_a_header_and_one_row_per_event(article: Path, jsonl_run) -> None:
    res = run("code", str(article), "--published", PUB, "--format", "csv")
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    header = res.stdout.splitlines()[0].split(",")
    assert {"event_id", "doc_id", "date", "date_precision", "event_type", "status", "source_country",
            "target_country", "evidence_start", "evidence_end", "sentence"} <= set(header)
    events = [json.loads(line) for line in jsonl_run.stdout.splitlines()]
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in events]
    assert [(r["event_type"], r["source_country"], r["date"]) for r in rows] == [
        (e["event_type"], e["source"]["country"], e["date"] or "") for e in events]


def test_table_is_a_chronology(article: Path) -> None:
    res = run("code", str(article), "--published", PUB, "--format", "table")
    assert res.returncode == 0, res.stderr
    out = res.stdout
    assert "2021-06-15" in out and "CONSULT" in out and "TUR" in out
    assert "met his Iranian counterpart" in out
    assert out.index("2021-06-15") < out.index("2021-07")  # in date order
    assert str(article) in out


def test_stdin_dash() -> None:
    res = run("code", "-", "--published", PUB, stdin=ARTICLE.encode())
    assert res.returncode == 0, res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert events and {e["doc_id"] for e in events} == {"<stdin>"}
    assert any(e["event_type"] == "CONSULT" and e["date"] == "2021-06-15" for e in events)


def test_stdin_jsonl() -> None:
    lines = [json.dumps({"id": "g1", "text": "Greece condemned Turkey on Monday.", "published": "2020-03-05"}),
             json.dumps({"id": "k1", "text": "Kenya praised Ethiopia."})]
    res = run("code", "-", stdin=("\n".join(lines) + "\n").encode())
    assert res.returncode == 0, res.stderr
    events = {e["doc_id"]: e for e in map(json.loads, res.stdout.splitlines())}
    assert events["g1"]["date"] == "2020-03-02"
    assert events["k1"]["event_type"] == "SUPPORT"


def test_bad_input_among_good_ones(article: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"Caf\xe9 au lait.")
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text('{"id": "ok", "text": "Kenya praised Ethiopia."}\n{oops\n', encoding="utf-8")
    empty = tmp_path / "empty-dir"  # a directory with files is read: its files are documents
    empty.mkdir()
    res = run("code", str(missing), str(article), str(binary), str(empty),
              str(latin1), str(jsonl), "--published", PUB)
    assert res.returncode == 1
    errors = res.stderr.splitlines()
    named = [str(missing), str(binary), str(empty), str(latin1), f"{jsonl}:2"]
    assert len(errors) == len(named), errors  # one line per bad input
    for name, line in zip(named, errors, strict=True):  # in the order given
        assert f"error: {name}:" in line, (name, line)
    assert all(line.startswith("stormpetrel: error: ") for line in errors)
    docs = {json.loads(line)["doc_id"] for line in res.stdout.splitlines()}
    assert docs == {str(article), "ok"}


def test_bad_published_date_is_a_usage_error(article: Path) -> None:
    res = run("code", str(article), "--published", "17/06/2021")
    assert res.returncode == 2
    assert "17/06/2021" in res.stderr
    assert res.stdout == ""


def _gold(tmp_path: Path) -> Path:
    text = (
        "The Turkish foreign minister met his Iranian counterpart in Ankara on Tuesday.\n"
        "Later, Iran accused Iraq of shelling its border villages."
    )
    gold = {
        "documents": [
            {
                "id": "own-1",
                "text": text,
                "published": "2023-05-11",
                "events": [
                    {"source": ["TUR"], "target": ["IRN"], "types": ["CONSULT"], "mutual": True,
                     "date": "2023-05-09", "precision": "day", "status": "asserted", "core": True},
                    {"source": ["IRN"], "target": ["IRQ"], "types": ["ACCUSE"], "mutual": False,
                     "date": None, "precision": "none", "status": "asserted", "core": True},
                ],
            }
        ]
    }  # fmt: skip
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_evaluate_prints_scores_and_honours_min_f1(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    ok = run("evaluate", str(gold))
    assert ok.returncode == 0, ok.stderr
    for part in ("precision", "recall", "F1", "CONSULT", "Confusion"):
        assert part in ok.stdout
    as_json = json.loads(run("evaluate", str(gold), "--json").stdout)
    assert 0.0 <= as_json["f1"] <= 1.0
    assert run("evaluate", str(gold), "--min-f1", "1.01").returncode == 1
