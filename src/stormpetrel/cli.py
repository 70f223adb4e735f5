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

PLAIN_FIELDS = ("event_id", "doc_id", "date", "date_precision", "event_type", "mode", "cameo", "status", "attribution")
CSV_FIELDS = [
    *PLAIN_FIELDS[:8],
    *(f"{side}_{part}" for side in ("source", "target") for part in ("country", "sector", "text")),
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
            _status(f"coded {self.docs:,} documents, {self.events:,} events ({rate:.1f} docs/s)")

    def done(self) -> None:
        if self.enabled and self.docs:
            took = time.monotonic() - self.start
            _status(
                f"coded {self.docs:,} documents, {self.events:,} events in {took:.1f}s "
                f"({self.docs / took if took else 0:.1f} docs/s)"
            )
            if sys.stderr.isatty():
                print(file=sys.stderr)


def _status(text: str) -> None:
    """A progress line on stderr: rewritten in place on a terminal, one line each elsewhere."""
    if sys.stderr.isatty():
        print(f"\r{text}", end="", file=sys.stderr, flush=True)
    else:
        print(text, file=sys.stderr, flush=True)


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
        **{k: d[k] for k in PLAIN_FIELDS},
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


def _who(country: str | None, sector: str | None) -> str:
    """An actor as COUNTRY/SECTOR for a chronology line."""
    return f"{country}/{sector}" if country and sector else country or "-"


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
            who = " -> ".join(_who(a.country, a.sector) if a else "-" for a in (e.source, e.target))
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
    if args.paths:  # only the gold documents read from these files
        wanted = {str(Path(p).resolve()) for p in args.paths}
        gold = [g for g in gold if g.path and not g.path.startswith("demo:") and str(Path(g.path).resolve()) in wanted]
        if not gold:
            print(
                f"stormpetrel: error: no document of {args.gold} is read from {', '.join(args.paths)}", file=sys.stderr
            )
            return 2
    wanted_demo = {g.path.split(":", 1)[1] for g in gold if g.path and g.path.startswith("demo:")}
    corpus = {d.id: d for d in demo.articles() if d.id.split(":", 1)[1] in wanted_demo} if wanted_demo else {}
    docs = []
    for g in gold:
        if g.path and g.path.startswith("demo:"):
            d = corpus.get(g.path)
            if d is None:
                print(f"stormpetrel: error: {g.id}: {g.path} is not in the demo corpus", file=sys.stderr)
                continue
            docs.append(Document(g.id, d.text, g.published or d.published))
            continue
        text = g.load_text()
        if text is None:
            print(f"stormpetrel: error: {g.id}: no text and no readable path", file=sys.stderr)
            continue
        docs.append(Document(g.id, text, g.published))
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


def _store_events_table(store, limit: int) -> str:  # type: ignore[no-untyped-def]
    """A chronology of stored events, each with its first evidence sentence."""
    rows = [e for e in store.events() if e["date"]]
    rows = rows[-limit:] if limit else rows
    lines = [f"Chronology: the {len(rows)} latest dated events"]
    for e in rows:
        who = f"{_who(e['source_country'], e['source_sector'])} -> {_who(e['target_country'], e['target_sector'])}"
        status = "" if e["status"] == "asserted" else f" [{e['status']}]"
        seen = f"{e['n_mentions']} mention{'s' if e['n_mentions'] != 1 else ''}, {e['n_documents']} doc"
        lines.append(f"  {e['date']:10}  {e['event_type']:9} {who:22}{status}  ({seen})")
        first = store.mentions(e["event_id"])[:1]
        if first:
            snippet = " ".join(first[0]["sentence"].split())
            lines.append(f"              {snippet[:97] + '...' if len(snippet) > 100 else snippet}")
            lines.append(f"              {first[0]['input_id']} @{first[0]['start']}-{first[0]['end']}")
    return "\n".join(lines) + "\n"


def _show(db: str, limit: int) -> None:
    from stormpetrel.store import Store

    with Store(db, read_only=True) as store:
        c = store.counts()
        print(
            f"{db}: {c['documents']:,} documents, {c['events']:,} events, {c['mentions']:,} mentions, "
            f"{c['errors']:,} input errors"
        )
        sys.stdout.write(_store_events_table(store, limit))


def _inputs(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from stormpetrel.ingest import CsvColumns, read

    if args.demo:
        from stormpetrel.ingest import demo

        yield from demo.articles(args.limit)
    if args.inputs:
        columns = CsvColumns(
            text=args.text_col, published=args.date_col, title=args.title_col, url=args.url_col, id=args.id_col
        )
        yield from read(args.inputs, args.published, columns)


def cmd_ingest(args: argparse.Namespace) -> int:
    from stormpetrel import runner
    from stormpetrel.store import Store

    if not args.inputs and not args.demo:
        print("stormpetrel: error: nothing to ingest: give PATH, GLOB or URL, or --demo", file=sys.stderr)
        return 2
    progress = not args.quiet

    def on_error(err) -> None:  # type: ignore[no-untyped-def]
        print(f"{chr(13) if sys.stderr.isatty() else ''}stormpetrel: error: {err}", file=sys.stderr)

    def on_batch(summary: runner.Summary) -> None:
        if progress:
            rate = summary.documents_new / summary.seconds if summary.seconds else 0
            _status(f"ingested {summary.documents_new:,} documents, {summary.events_new:,} events ({rate:.1f} docs/s)")

    with Store(args.db) as store:
        summary = runner.ingest(
            _inputs(args),
            store,
            workers=args.workers,
            scheduler=args.scheduler,
            batch_size=args.batch,
            on_error=on_error,
            on_batch=on_batch,
        )
    if progress and sys.stderr.isatty():
        print(file=sys.stderr)
    print(summary.render())
    return 1 if summary.documents_failed else 0


def cmd_show(args: argparse.Namespace) -> int:
    _show(args.db, args.limit)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from stormpetrel.store.export import export

    dyad = tuple(args.dyad.upper().split(",")) if args.dyad else None
    if dyad is not None and len(dyad) != 2:
        print("stormpetrel: error: --dyad takes two codes, e.g. PAK,AZE", file=sys.stderr)
        return 2
    out = args.out or sys.stdout
    if args.format == "parquet" and not args.out:
        print("stormpetrel: error: parquet export needs --out PATH", file=sys.stderr)
        return 2
    n = export(
        args.db,
        args.format,
        out,
        date_from=args.date_from,
        date_to=args.date_to,
        actor=args.actor.upper() if args.actor else None,
        dyad=dyad,  # type: ignore[arg-type]
        event_type=args.type.upper() if args.type else None,
    )
    print(f"exported {n:,} events", file=sys.stderr)
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

    i = sub.add_parser("ingest", help="code documents into the embedded database (idempotent, resumable)")
    i.add_argument(
        "inputs",
        nargs="*",
        metavar="PATH|GLOB|URL",
        help="text, HTML, JSONL, CSV/TSV, RSS/Atom files, folders, globs or http(s) URLs; - for stdin",
    )
    i.add_argument("--demo", action="store_true", help="ingest the bundled demo corpus")
    i.add_argument("--limit", type=int, help="with --demo: the first N articles")
    i.add_argument("--published", type=_valid_date, help="publication date for documents without one")
    i.add_argument("--text-col", default="text", help="CSV column with the text (default: text)")
    i.add_argument("--date-col", default="published", help="CSV column with the date (default: published)")
    i.add_argument("--title-col", default="title", help="CSV column with the title (default: title)")
    i.add_argument("--url-col", default="url", help="CSV column with the URL (default: url)")
    i.add_argument("--id-col", default="id", help="CSV column with the id (default: id)")
    i.add_argument("--workers", type=int, help="code on a local Dask cluster of N worker processes")
    i.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="code on an existing Dask cluster")
    i.add_argument("--batch", type=int, default=32, help="documents per transaction (default 32)")
    i.add_argument("--quiet", action="store_true", help="no progress line")
    i.set_defaults(func=cmd_ingest)

    s = sub.add_parser("show", help="what the database holds: counts and a chronology")
    s.add_argument("--limit", type=int, default=40, help="the N latest dated events (default 40; 0: all)")
    s.set_defaults(func=cmd_show)

    x = sub.add_parser("export", help="export stored events")
    x.add_argument("--format", choices=["jsonl", "csv", "parquet", "plover", "gdelt"], default="jsonl")
    x.add_argument("--out", help="output file (default: standard output)")
    x.add_argument("--from", dest="date_from", type=_valid_date, help="events on or after this date")
    x.add_argument("--to", dest="date_to", type=_valid_date, help="events on or before this date")
    x.add_argument("--actor", help="a country (or IGO) code in either role")
    x.add_argument("--dyad", help="two codes, either order: PAK,AZE")
    x.add_argument("--type", help="a PLOVER event type")
    x.set_defaults(func=cmd_export)

    for sp in (i, s, x):
        sp.add_argument("--db", default="stormpetrel.duckdb", help="database file (default: ./stormpetrel.duckdb)")

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
