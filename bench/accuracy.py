"""Print accuracy on every gold file: the PLOVER gold-standard records (from ../shared, when
present), our key to the sample article, and the hand-coded demo sets.

    python bench/accuracy.py [gsr] [sample] [dev] [dev2] ... [dev22] [heldout] ... [heldout4] [blind]

The demo sets name articles of the demo corpus (fetched and cached on first use). The four
held-out sets are for totals only: rules are never tuned on them. ``blind`` scores the four as
one set of 60 articles. ``demo-heldout4-second.json`` is a second, independent coding of the
``heldout4`` articles, for the coders' agreement (``bench/agreement.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from stormpetrel import evaluate, pipeline
from stormpetrel.ingest import demo
from stormpetrel.model import Document

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "reference" / "plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
GOLD = {
    "sample": ROOT / "tests" / "gold" / "sample-pakistan-azerbaijan.json",
    "dev": ROOT / "tests" / "gold" / "demo-dev.json",
    "dev2": ROOT / "tests" / "gold" / "demo-dev2.json",
    "dev3": ROOT / "tests" / "gold" / "demo-dev3.json",
    "dev4": ROOT / "tests" / "gold" / "demo-dev4.json",
    "dev5": ROOT / "tests" / "gold" / "demo-dev5.json",
    "dev6": ROOT / "tests" / "gold" / "demo-dev6.json",
    "dev7": ROOT / "tests" / "gold" / "demo-dev7.json",
    "dev8": ROOT / "tests" / "gold" / "demo-dev8.json",
    "dev9": ROOT / "tests" / "gold" / "demo-dev9.json",
    "dev10": ROOT / "tests" / "gold" / "demo-dev10.json",
    "dev11": ROOT / "tests" / "gold" / "demo-dev11.json",
    "dev12": ROOT / "tests" / "gold" / "demo-dev12.json",
    "dev13": ROOT / "tests" / "gold" / "demo-dev13.json",
    "dev14": ROOT / "tests" / "gold" / "demo-dev14.json",
    "dev15": ROOT / "tests" / "gold" / "demo-dev15.json",
    "dev16": ROOT / "tests" / "gold" / "demo-dev16.json",
    "dev17": ROOT / "tests" / "gold" / "demo-dev17.json",
    "dev18": ROOT / "tests" / "gold" / "demo-dev18.json",
    "dev19": ROOT / "tests" / "gold" / "demo-dev19.json",
    "dev20": ROOT / "tests" / "gold" / "demo-dev20.json",
    "dev21": ROOT / "tests" / "gold" / "demo-dev21.json",
    "dev22": ROOT / "tests" / "gold" / "demo-dev22.json",
    "heldout": ROOT / "tests" / "gold" / "demo-heldout.json",
    "heldout2": ROOT / "tests" / "gold" / "demo-heldout2.json",
    "heldout3": ROOT / "tests" / "gold" / "demo-heldout3.json",
    "heldout4": ROOT / "tests" / "gold" / "demo-heldout4.json",
}
BLIND = ("heldout", "heldout2", "heldout3", "heldout4")


def documents(gold: list[evaluate.GoldDocument]) -> list[Document]:
    out = []
    for g in gold:
        if g.path and g.path.startswith("demo:"):
            article = demo.article(g.path.split(":", 1)[1])
            out.append(Document(g.id, article.text, g.published or article.published))
        else:
            out.append(Document(g.id, g.load_text() or "", g.published))
    return out


def predictions(gold: list[evaluate.GoldDocument]) -> dict[str, list[dict]]:
    return {doc.id: [e.to_dict() for e in events] for doc, events in pipeline.code(documents(gold))}


def gsr_line() -> str:
    if not GSR.exists():
        return f"gsr      skipped: {GSR} is absent"
    gold = evaluate.load_gold(GSR, "plover-gsr")
    pred = predictions(gold)
    typed = sum(any(p["event_type"] in g.events[0].types for p in pred[g.id]) for g in gold)
    both = sum(any(evaluate.event_matches(g.events[0], p) for p in pred[g.id]) for g in gold)
    report = evaluate.score(gold, pred)
    return (
        f"gsr      {len(gold)} records: type right {typed / len(gold):.1%}, type and both states right "
        f"{both / len(gold):.1%}; P/R/F1 {report.precision:.2f}/{report.recall:.2f}/{report.f1:.2f}"
    )


def main(which: list[str]) -> None:
    for name in which or ["gsr", *GOLD, "blind"]:
        if name == "gsr":
            print(gsr_line())
            continue
        names = BLIND if name == "blind" else (name,)
        gold = [doc for n in names for doc in evaluate.load_gold(GOLD[n])]
        report = evaluate.score(gold, predictions(gold))
        core = sum(e.core for g in gold for e in g.events)
        print(
            f"{name:8s} {len(gold)} documents, {core} core events: P/R/F1 "
            f"{report.precision:.2f}/{report.recall:.2f}/{report.f1:.2f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
