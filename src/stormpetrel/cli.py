"""The ``stormpetrel`` command: thin, it calls the stages and prints."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from stormpetrel import __version__
from stormpetrel.model import Document, Event

CSV_FIELDS = [
    "event_id",
    "doc_id",
    "date",
    "date_precision",
    "event_type",
    "mode",
    "cameo",
    "status",
    "source_country",
    "source_sector",
    "source_text",
    "target_country",
    "target_sector",
    "target_text",
    "location",
    "attribution",
    "evidence_start",
    "evidence_end",
    "sentence",
]


class Progress:
    """Documents per second on stderr, for long runs (only when stderr is a terminal or asked)."""

    def __init__(self, enabled: bool, every: float = 2.0) -> None:
        self.enabled, self.every = enabled, every
        self.start = self.last = time.monotonic()
        self.docs = self.events = 0

    def tick(self, events: int) -> None:
        self.docs += 1
        self.events += events
        now = time.monotonic()
        if self.enabled and now - self.last >= self.every:
            self.last = now
            rate = self.docs / (now - self.start)
            print(
                f"\rcoded {self.docs:,} documents, {self.events:,} events ({rate:.1f} docs/s)",
                end="",
                file=sys.stderr,
                flush=True,
            )

    def done(self) -> None:
        if self.enabled and self.docs:
            took = time.monotonic() - self.start
            print(
                f"\rcoded {self.docs:,} documents, {self.events:,} events in {took:.1f}s "
                f"({self.docs / took if took else 0:.1f} docs/s)",
                file=sys.stderr,
            )


def _valid_date(value: str) -> str:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
    return value


def _code_stream(docs: Iterable[Document], progress: Progress) -> Iterator[Event]:
    from stormpetrel import pipeline

    for _, events in pipeline.code(docs):
        progress.tick(len(events))
        yield from events


def _print_events(events: Iterable[Event], fmt: str, out=sys.stdout) -> int:
    n = 0
    if fmt == "jsonl":
        for ev in events:
            out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for ev in events:
            writer.writerow(_flat(ev))
            n += 1
    else:
        rows = list(events)
        out.write(chronology(rows))
        n = len(rows)
    return n


def _flat(ev: Event) -> dict:
    d = ev.to_dict()
    s, t = d["source"] or {}, d["target"] or {}
    return {
        **{
            k: d[k]
            for k in (
                "event_id",
                "doc_id",
                "date",
                "date_precision",
                "event_type",
                "mode",
                "cameo",
                "status",
                "attribution",
            )
        },
        "source_country": s.get("country"),
        "source_sector": s.get("sector"),
        "source_text": s.get("text"),
        "target_country": t.get("country"),
        "target_sector": t.get("sector"),
        "target_text": t.get("text"),
        "location": (d["location"] or {}).get("name"),
        "evidence_start": d["evidence"]["start"],
        "evidence_end": d["evidence"]["end"],
        "sentence": d["evidence"]["sentence"],
    }


def _actor(a) -> str:
    if a is None:
        return "-"
    return f"{a.country}{'/' + a.sector if a.sector else ''}"


def chronology(events: list[Event], width: int = 100) -> str:
    """A readable chronology: dated events in order, then the undated ones."""
    dated = sorted((e for e in events if e.date), key=lambda e: (e.date, e.doc_id))
    undated = [e for e in events if not e.date]
    lines = []
    for title, group in (("Dated events", dated), ("Undated events", undated)):
        if not group:
            continue
        lines.append(f"{title} ({len(group)})")
        for e in group:
            status = "" if e.status == "asserted" else f" [{e.status}]"
            who = f"{_actor(e.source)} -> {_actor(e.target)}"
            lines.append(f"  {e.date or '':10}  {e.event_type:9} {who:22}{status}")
            snippet = " ".join(e.evidence.sentence.split())
            if len(snippet) > width:
                snippet = snippet[: width - 3] + "..."
            extra = []
            if e.attribution:
                extra.append(f"according to {e.attribution}")
            if e.location:
                extra.append(f"in {e.location.name}")
            lines.append(f"              {snippet}" + (f"  ({'; '.join(extra)})" if extra else ""))
            lines.append(f"              {e.doc_id} @{e.evidence.start}-{e.evidence.end}")
    if not lines:
        lines.append("No events found.")
    return "\n".join(lines) + "\n"


def cmd_code(args: argparse.Namespace) -> int:
    from stormpetrel.ingest import InputError, read

    failed = 0

    def docs() -> Iterator[Document]:
        nonlocal failed
        for item in read(args.paths, args.published):
            if isinstance(item, InputError):
                failed += 1
                print(f"stormpetrel: error: {item}", file=sys.stderr)
            else:
                yield item

    progress = Progress(args.progress or sys.stderr.isatty())
    _print_events(_code_stream(docs(), progress), args.format)
    progress.done()
    return 1 if failed else 0


def cmd_demo(args: argparse.Namespace) -> int:
    from stormpetrel.ingest import demo

    print(
        f"Coding the first {args.limit} articles of the demo corpus (world news, Dec 2016 to Mar 2017)...",
        file=sys.stderr,
    )
    progress = Progress(True)
    events = list(_code_stream(demo.articles(args.limit), progress))
    progress.done()
    if args.only_dated:
        events = [e for e in events if e.date]
    sys.stdout.write(chronology(events))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from stormpetrel import evaluate, pipeline
    from stormpetrel.ingest import demo

    gold = evaluate.load_gold(args.gold, args.format)
    docs = []
    for g in gold:
        if g.path and g.path.startswith("demo:"):
            d = demo.article(g.path.split(":", 1)[1])
            docs.append(Document(g.id, d.text, g.published or d.published))
            continue
        text = g.load_text()
        if text is None:
            print(f"stormpetrel: error: {g.id}: no text and no readable path", file=sys.stderr)
            continue
        docs.append(Document(g.id, text, g.published))
    if args.paths:
        wanted = {str(Path(p).resolve()) for p in args.paths}
        docs = [d for d, g in zip(docs, gold, strict=False) if g.path and str(Path(g.path).resolve()) in wanted] or docs
    predictions = {doc.id: [e.to_dict() for e in events] for doc, events in pipeline.code(docs)}
    report = evaluate.score(gold, predictions)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.render())
    if args.min_f1 is not None and report.f1 < args.min_f1:
        print(f"stormpetrel: F1 {report.f1:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return 1
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="stormpetrel", description="Political event data from news text (PLOVER).")
    p.add_argument("--version", action="version", version=f"stormpetrel {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("code", help="code documents into events")
    c.add_argument("paths", nargs="*", metavar="PATH", help="text files, .jsonl files, or - for stdin")
    c.add_argument("--published", type=_valid_date, help="publication date (YYYY-MM-DD) for documents without one")
    c.add_argument("--format", choices=["jsonl", "csv", "table"], default="jsonl")
    c.add_argument("--progress", action="store_true", help="show progress on stderr even when it is not a terminal")
    c.set_defaults(func=cmd_code)

    d = sub.add_parser("demo", help="code a slice of the bundled demo corpus and print a chronology")
    d.add_argument("--limit", type=int, default=150, help="number of articles (default 150)")
    d.add_argument("--only-dated", action="store_true", help="print dated events only")
    d.set_defaults(func=cmd_demo)

    e = sub.add_parser("evaluate", help="score the coder against a gold file")
    e.add_argument("gold", help="gold file")
    e.add_argument("paths", nargs="*", metavar="PATH", help="only these documents of the gold file")
    e.add_argument("--format", choices=["stormpetrel", "plover-gsr"], default="stormpetrel")
    e.add_argument("--min-f1", type=float, help="exit non-zero when F1 is below this")
    e.add_argument("--json", action="store_true", help="print the report as JSON")
    e.set_defaults(func=cmd_evaluate)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (RuntimeError, ValueError) as exc:
        print(f"stormpetrel: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
