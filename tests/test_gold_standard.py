"""Accuracy against hand-coded gold: the PLOVER gold-standard records (CC BY-SA 4.0, Open Event
Data Alliance, read from ../shared) and our own key to the sample article in ../shared/samples.

The floors are set a little below measured runs; the figures are printed (pytest -s shows them).
"""

from __future__ import annotations

from collections import Counter

from reference import GOLD, GSR, SAMPLE, need
from stormpetrel import evaluate, pipeline
from stormpetrel.model import Document

GSR_TYPE_FLOOR = 0.76  # measured 0.786 (share of records with an event of the gold type)
GSR_COUNTRIES_FLOOR = 0.69  # measured 0.702 (share with the type and both states right)
SAMPLE_F1_FLOOR = 0.90  # measured 0.95


def _code(gold: list[evaluate.GoldDocument]) -> dict[str, list[dict]]:
    docs = [Document(g.id, g.load_text() or "", g.published) for g in gold]
    return {doc.id: [e.to_dict() for e in events] for doc, events in pipeline.code(docs)}


def test_plover_gold_standard_records() -> None:
    gold = evaluate.load_gold(need(GSR), "plover-gsr")
    predictions = _code(gold)
    typed = matched = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for g in gold:
        want = g.events[0]
        got = predictions.get(g.id, [])
        if any(p["event_type"] in want.types for p in got):
            typed += 1
        if any(evaluate.event_matches(want, p) for p in got):
            matched += 1
        confusion[(want.types[0], got[0]["event_type"] if got else "NONE")] += 1
    report = evaluate.score(gold, predictions)
    print(f"\nPLOVER gold-standard records: {len(gold)}")
    print(f"  event type right            {typed / len(gold):.1%} ({typed})")
    print(f"  type and both states right  {matched / len(gold):.1%} ({matched})")
    print(report.render())
    assert typed / len(gold) >= GSR_TYPE_FLOOR
    assert matched / len(gold) >= GSR_COUNTRIES_FLOOR


def test_sample_article_against_key() -> None:
    need(SAMPLE)
    gold = evaluate.load_gold(GOLD / "sample-pakistan-azerbaijan.json")
    report = evaluate.score(gold, _code(gold))
    print("\n" + report.render())
    assert report.f1 >= SAMPLE_F1_FLOOR
    assert report.status_accuracy is None or report.status_accuracy >= 0.9
