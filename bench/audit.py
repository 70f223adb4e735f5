"""Hand audits of the coder on random news: draw events to judge, and score judged files.

    python bench/audit.py draw --seed 614 --n 60 > to-judge.tsv
    python bench/audit.py score bench/audits/judged-*.tsv

``draw`` codes ``--n`` demo articles, shuffled with ``--seed``, that no gold file under
``tests/gold`` uses, and prints a comment line naming them all, then one line per event for a
person to judge: the event id, the document, the event, its status, date and trigger, and its
sentence (for reading, not for keeping). A judged file (see ``bench/audits/``) keeps that comment
line and has the columns ``event_id``, ``doc``, ``event``, ``verdict`` and ``reason``; the
verdicts are ``right``, ``false``, ``type``, ``actor`` and ``status``.

``score`` codes the documents a judged file names with the current rules and prints, per file
and in total, the share of events an analyst would keep (right among the judged events still
produced), the judged events no longer produced by verdict (a false event gone is a gain, a right
one gone a loss; an event whose type or states changed counts as gone), and the new events no one
has judged yet, to be judged before the share can be compared with an earlier one.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from pathlib import Path

from stormpetrel import pipeline
from stormpetrel.ingest import demo
from stormpetrel.model import Document, Event

ROOT = Path(__file__).resolve().parents[1]
VERDICTS = ("right", "false", "type", "actor", "status")
DOCUMENTS = "# documents: "  # the comment line that names every article drawn, events or none


def _gold_articles() -> set[str]:
    used: set[str] = set()
    for path in (ROOT / "tests" / "gold").glob("demo-*.json"):
        used |= {doc["id"] for doc in json.loads(path.read_text(encoding="utf-8"))["documents"]}
    return used


def _describe(e: Event) -> str:
    def side(a) -> str:  # type: ignore[no-untyped-def]
        return f"{a.country}/{a.sector}" if a else "None/None"

    return f"{e.event_type} {side(e.source)} -> {side(e.target)}"


def draw(seed: int, n: int) -> None:
    used = _gold_articles()
    articles = [a for a in demo.articles() if a.id not in used]
    random.Random(seed).shuffle(articles)
    docs = [Document(a.id, a.text, a.published) for a in articles[:n]]
    print(f"# events of {n} random demo articles: bench/audit.py draw --seed {seed} --n {n}")
    print(f"{DOCUMENTS}{' '.join(d.id for d in docs)}")
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["event_id", "doc", "published", "event", "status", "date", "trigger", "sentence"])
    for doc, events in pipeline.code(docs):
        for e in events:
            sentence = " ".join(e.evidence.sentence.split())[:300]
            row = [e.event_id, doc.id, doc.published, _describe(e), e.status, e.date, e.evidence.trigger, sentence]
            out.writerow(row)


def _judged(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The documents a judged file drew and its rows."""
    text = path.read_text(encoding="utf-8").splitlines()
    docs = [d for line in text if line.startswith(DOCUMENTS) for d in line[len(DOCUMENTS) :].split()]
    lines = [line for line in text if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for i, row in enumerate(rows, 2):
        if row.get("verdict") not in VERDICTS or not row.get("event_id") or not row.get("doc"):
            raise SystemExit(f"{path}: row {i}: needs event_id, doc and a verdict among {', '.join(VERDICTS)}")
    return docs or list(dict.fromkeys(row["doc"] for row in rows)), rows


def score(paths: list[Path]) -> None:
    total_kept: Counter[str] = Counter()
    total_gone: Counter[str] = Counter()
    total_new = 0
    for path in paths:
        doc_ids, rows = _judged(path)
        verdicts: dict[str, list[str]] = {}  # an id twice: the same act coded twice (two statuses, two dates)
        for row in rows:
            verdicts.setdefault(row["event_id"], []).append(row["verdict"])
        docs = []
        for doc_id in doc_ids:
            article = demo.article(doc_id.split(":", 1)[1])
            docs.append(Document(doc_id, article.text, article.published))
        produced: list[tuple[str, Event]] = [(d.id, e) for d, events in pipeline.code(docs) for e in events]
        kept: Counter[str] = Counter()
        new = []
        for doc_id, e in produced:
            if verdicts.get(e.event_id):
                kept[verdicts[e.event_id].pop(0)] += 1
            else:
                new.append((doc_id, e))
        gone = Counter(v for left in verdicts.values() for v in left)
        total_kept += kept
        total_gone += gone
        total_new += len(new)
        _report(path.name, kept, gone, len(new))
        for doc_id, e in new:
            print(f"    new, to judge: {e.event_id} {doc_id} {_describe(e)} | {e.evidence.trigger}")
    if len(paths) > 1:
        _report("all", total_kept, total_gone, total_new)


def _report(name: str, kept: Counter[str], gone: Counter[str], new: int) -> None:
    judged = sum(kept.values())
    share = kept["right"] / judged if judged else 0.0
    produced = ", ".join(f"{v} {kept[v]}" for v in VERDICTS)
    lost = ", ".join(f"{v} {gone[v]}" for v in VERDICTS if gone[v]) or "none"
    print(f"{name}: right {share:.0%} of {judged} judged events still coded ({produced}); gone: {lost}; new: {new}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="print the events of random demo articles, to judge")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--n", type=int, default=60)
    s = sub.add_parser("score", help="score judged files with the current rules")
    s.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args(argv)
    if args.command == "draw":
        draw(args.seed, args.n)
    else:
        score(args.files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
