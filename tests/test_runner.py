"""Ingest runs end to end through the command line: idempotent, resumable after SIGKILL, bad
inputs recorded, and the same database from Dask workers as from one process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from stormpetrel.store import Store

STATES = [
    ("Turkish", "Turkey", "Ankara"), ("Iranian", "Iran", "Tehran"), ("Russian", "Russia", "Moscow"),
    ("Japanese", "Japan", "Tokyo"), ("Egyptian", "Egypt", "Cairo"), ("Brazilian", "Brazil", "Brasilia"),
    ("Kenyan", "Kenya", "Nairobi"), ("Polish", "Poland", "Warsaw"),
]  # fmt: skip
MONTHS = ["March", "April", "May", "June", "July", "August"]


def corpus(n: int) -> list[dict]:
    """Short reports written for these tests: visits, meetings, accusations, with dates."""
    docs = []
    for i in range(n):
        a_adj, a, a_cap = STATES[i % len(STATES)]
        b_adj, b, b_cap = STATES[(i * 3 + 1) % len(STATES)]
        month, day = MONTHS[i % len(MONTHS)], 1 + i % 27
        text = (
            f"The {a_adj} foreign minister visited {b_cap} on {month} {day} and met his {b_adj} counterpart.\n"
            f"Report {i}: the two sides discussed trade. Later {a} accused {b} of violating an agreement on fishing.\n"
            f"Officials in {a_cap} said the talks would continue."
        )
        docs.append({"id": f"report-{i}", "text": text, "published": "2023-09-01"})
    return docs


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def ingest(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stormpetrel", "ingest", *args], capture_output=True, text=True, **kw)


def contents(db: Path) -> tuple[dict, set]:
    with Store(db, read_only=True) as store:
        events = {
            (e["event_id"], e["event_type"], e["source_country"], e["target_country"], e["date"], e["n_mentions"])
            for e in store.events()
        }
        return store.counts(), events


def test_reingest_adds_nothing(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "news.jsonl", corpus(12))
    db = tmp_path / "a.duckdb"
    first = ingest(str(src), "--db", str(db), "--quiet")
    assert first.returncode == 0, first.stderr
    counts, events = contents(db)
    assert counts["documents"] == 12 and counts["events"] > 12
    again = ingest(str(src), "--db", str(db), "--quiet")
    assert "0 new, 12 skipped" in again.stdout
    assert "events: 0 new; mentions: 0 added" in again.stdout
    assert contents(db) == (counts, events)


def test_sigkill_then_rerun_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "news.jsonl", corpus(60))
    whole = tmp_path / "whole.duckdb"
    assert ingest(str(src), "--db", str(whole), "--batch", "4", "--quiet").returncode == 0

    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-m", "stormpetrel", "ingest", str(src), "--db", str(killed), "--batch", "4"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    seen = ""
    deadline = time.monotonic() + 120
    while "ingested 8 documents" not in seen and time.monotonic() < deadline:  # two batches are in
        seen += proc.stderr.read(1) or ""
        if proc.poll() is not None:
            break
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial, _ = contents(killed)
    assert 8 <= partial["documents"] < 60

    rerun = ingest(str(src), "--db", str(killed), "--batch", "4", "--quiet")
    assert rerun.returncode == 0, rerun.stderr
    assert contents(killed) == contents(whole)


def test_bad_inputs_are_recorded_and_the_rest_is_stored(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "news.jsonl", corpus(3))
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    db = tmp_path / "b.duckdb"
    run = ingest(str(good), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"), str(tmp_path / "missing.txt"),
                 "--db", str(db), "--quiet")  # fmt: skip
    assert run.returncode == 1
    assert len([line for line in run.stderr.splitlines() if "error:" in line]) == 3
    counts, _ = contents(db)
    assert counts["documents"] == 3 and counts["errors"] == 3
    ingest(str(tmp_path / "empty.txt"), "--db", str(db), "--quiet")
    assert contents(db)[0]["errors"] == 3  # the same problem is not recorded twice


def test_dask_workers_store_the_same_events_as_one_process(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "news.jsonl", corpus(16))
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert ingest(str(src), "--db", str(one), "--quiet").returncode == 0
    run = ingest(str(src), "--db", str(two), "--quiet", "--workers", "2", "--batch", "3")
    assert run.returncode == 0, run.stderr
    assert contents(one) == contents(two)
