"""The embedded store: coded documents, events and their mentions in one DuckDB file.

```python
from stormpetrel.pipeline import code
from stormpetrel.store import Store

with Store("stormpetrel.duckdb") as store:
    result = store.add(list(code(documents)))    # one transaction; stored documents are skipped
    for event in store.events(actor="TUR", event_type="CONSULT"):
        ...
```

See docs/store.md for the tables, the deduplication rule and the export formats.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from stormpetrel.model import Document, Event
from stormpetrel.store import dedup, schema
from stormpetrel.store.schema import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    SchemaVersionError,
    StoreError,
)
from stormpetrel.time import parse_date

__all__ = ["AddResult", "DEFAULT_PATH", "SchemaVersionError", "Store", "StoreError"]

DEFAULT_PATH = "stormpetrel.duckdb"

# DuckDB types of the columns, for the list parameters that carry a batch in one statement
_DOCUMENT_TYPES = ("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DATE", "TIMESTAMP", "INTEGER")
_EVENT_TYPES = (
    "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR[]", "VARCHAR", "VARCHAR", "BOOLEAN",
    "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
    "VARCHAR", "VARCHAR", "DATE", "DATE", "VARCHAR",
    "VARCHAR", "VARCHAR", "DOUBLE", "DOUBLE",
    "INTEGER", "INTEGER", "INTEGER", "TIMESTAMP",
)  # fmt: skip
_MENTION_TYPES = (
    "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "INTEGER", "VARCHAR", "INTEGER",
    "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
)  # fmt: skip
# columns of a stored event that adding mentions may change
_UPDATED = (
    ("date", "VARCHAR"), ("date_precision", "VARCHAR"), ("date_lo", "DATE"), ("date_hi", "DATE"),
    ("mode", "VARCHAR"), ("source_sector", "VARCHAR"), ("source_name", "VARCHAR"),
    ("target_sector", "VARCHAR"), ("target_name", "VARCHAR"), ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"),
    ("n_mentions", "INTEGER"), ("n_documents", "INTEGER"), ("n_sources", "INTEGER"),
)  # fmt: skip


@dataclass
class AddResult:
    """What one ``Store.add`` wrote."""

    documents_new: int = 0
    documents_skipped: int = 0  # already stored (same content), or repeated within the batch
    events_new: int = 0
    mentions_new: int = 0
    events_updated: int = 0  # stored events that new mentions joined


def _quote(name: str) -> str:
    return f'"{name}"'


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], types: tuple[str, ...],
            rows: list[tuple]) -> None:
    """Insert rows with one statement: each column travels as one list parameter."""
    if not rows:
        return
    cols = list(zip(*rows, strict=True))
    select = ", ".join(f"unnest(${i + 1}::{t}[])" for i, t in enumerate(types))
    con.execute(
        f"INSERT INTO {table} ({', '.join(_quote(c) for c in columns)}) SELECT {select}",
        [list(c) for c in cols],
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Store:
    """One DuckDB file of documents, events and mentions. Opening it writable brings its schema
    up to date; ``read_only`` opens only a file already at this code's version."""

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        where = str(self.path)
        if read_only and not self.path.exists():
            raise StoreError(f"{where}: no such store")
        try:
            self.con = duckdb.connect(where, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{where}: cannot open the store: {exc}") from exc
        try:
            if read_only:
                version = schema.check(self.con, where)
                if version < len(schema.MIGRATIONS):
                    raise SchemaVersionError(
                        f"{where}: the store has schema version {version}, older than this stormpetrel's "
                        f"{len(schema.MIGRATIONS)}; open it once without read_only to migrate it"
                    )
                self.version = version
            else:
                self.version = schema.migrate(self.con, where)
        except BaseException:
            self.con.close()
            raise

    # -- life cycle -------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")

    # -- documents --------------------------------------------------------------------------

    @staticmethod
    def document_id(doc: Document) -> str:
        """The content hash of a document: sha256 of its text with whitespace runs collapsed to
        one space and the ends stripped; the first 32 hex digits."""
        text = " ".join(doc.text.split())
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT count(*) FROM documents WHERE id = ?", [doc_id]).fetchone()[0] > 0

    # -- writing ----------------------------------------------------------------------------

    def add(self, batch: Iterable[tuple[Document, list[Event]]]) -> AddResult:
        """Store a batch of coded documents in one transaction.

        A document whose content is already stored (or repeated in the batch) is skipped with its
        events. Each new event is a mention: it joins an event already known (stored, or started
        earlier in this batch) by the rule of ``dedup``, or starts one. If anything fails, nothing
        of the batch is written.
        """
        self._writable()
        batch = list(batch)
        result = AddResult()
        if not batch:
            return result
        now = _now()
        ids = [self.document_id(doc) for doc, _ in batch]
        self.con.begin()
        try:
            stored = {
                r[0]
                for r in self.con.execute(
                    "SELECT id FROM documents WHERE id = ANY($1::VARCHAR[])", [sorted(set(ids))]
                ).fetchall()
            }
            doc_rows: list[tuple] = []
            mentions: list[dedup.Mention] = []
            seen: set[str] = set()
            for (doc, events), doc_id in zip(batch, ids, strict=True):
                if doc_id in stored or doc_id in seen:
                    result.documents_skipped += 1
                    continue
                seen.add(doc_id)
                published = parse_date(doc.published)
                doc_rows.append(
                    (doc_id, doc.id, doc.source, doc.url, doc.title, published, now, len(doc.text))
                )
                mentions.extend(self._mentions(doc_id, doc, published, events))
            clusters, placed = self._place(mentions, now)
            mention_rows = [
                (m.mention_id, c.event_id, m.doc_id, m.event.evidence.sentence, m.event.evidence.start,
                 m.event.evidence.end, m.event.evidence.trigger, m.event.evidence.paragraph, m.event.status,
                 m.event.attribution, m.event.source.text if m.event.source else None,
                 m.event.target.text if m.event.target else None, m.date, m.precision)
                for m, c in placed
            ]  # fmt: skip
            new = [c for c in clusters if c.new]
            updated = [c for c in clusters if not c.new and c.changed]
            self._n_sources(updated)
            _insert(self.con, "documents", DOCUMENT_COLUMNS, _DOCUMENT_TYPES, doc_rows)
            _insert(self.con, "events", EVENT_COLUMNS, _EVENT_TYPES, [self._event_row(c) for c in new])
            self._update(updated)
            _insert(self.con, "mentions", MENTION_COLUMNS, _MENTION_TYPES, mention_rows)
            self.con.commit()
        except BaseException:
            try:
                self.con.rollback()
            except duckdb.Error:  # the transaction is already gone; the original error matters
                pass
            raise
        result.documents_new = len(doc_rows)
        result.events_new = len(new)
        result.events_updated = len(updated)
        result.mentions_new = len(mention_rows)
        return result

    @staticmethod
    def _mentions(doc_id: str, doc: Document, published: dt.date | None, events: list[Event]) -> list[dedup.Mention]:
        out = []
        seen: set[str] = set()
        for ev in events:
            mid = dedup.mention_id(doc_id, ev)
            if mid in seen:  # the same report twice (same sentence, trigger, type and states)
                continue
            seen.add(mid)
            out.append(dedup.Mention(mid, doc_id, doc.source, published, ev))
        return out

    def _place(
        self, mentions: list[dedup.Mention], now: dt.datetime
    ) -> tuple[list[dedup.Cluster], list[tuple[dedup.Mention, dedup.Cluster]]]:
        placer = dedup.Deduplicator(dedup.load_candidates(self.con, mentions))
        placed = [(m, placer.place(m, now)) for m in mentions]
        return placer.clusters, placed

    def _n_sources(self, updated: list[dedup.Cluster]) -> None:
        """Add the sources of their stored documents to the events new mentions joined."""
        if not updated:
            return
        rows = self.con.execute(
            """
            SELECT m.event_id, list(DISTINCT d.source) FILTER (WHERE d.source <> '')
            FROM mentions m JOIN documents d ON d.id = m.doc_id
            WHERE m.event_id = ANY($1::VARCHAR[])
            GROUP BY m.event_id
            """,
            [[c.event_id for c in updated]],
        ).fetchall()
        known = {event_id: set(sources or ()) for event_id, sources in rows}
        for c in updated:
            c.sources |= known.get(c.event_id, set())

    @staticmethod
    def _event_values(c: dedup.Cluster) -> dict[str, Any]:
        row = dict(c.row)
        row.update(
            event_id=c.event_id,
            date=c.date,
            date_precision=c.precision,
            date_lo=c.lo,
            date_hi=c.hi,
            n_mentions=c.n_mentions,
            n_documents=c.n_documents,
            n_sources=len(c.sources),
        )
        return row

    def _event_row(self, c: dedup.Cluster) -> tuple:
        row = self._event_values(c)
        return tuple(row[name] for name in EVENT_COLUMNS)

    def _update(self, updated: list[dedup.Cluster]) -> None:
        """Write the changed columns of stored events, one statement for the batch."""
        if not updated:
            return
        values = [self._event_values(c) for c in updated]
        params = [[v["event_id"] for v in values]] + [[v[name] for v in values] for name, _ in _UPDATED]
        select = ", ".join(
            ["unnest($1::VARCHAR[]) AS event_id"]
            + [f"unnest(${i + 2}::{t}[]) AS {name}" for i, (name, t) in enumerate(_UPDATED)]
        )
        assign = ", ".join(f"{name} = u.{name}" for name, _ in _UPDATED)
        self.con.execute(f"UPDATE events SET {assign} FROM (SELECT {select}) u WHERE events.event_id = u.event_id",
                         params)

    def add_error(self, input: str, problem: str) -> bool:
        """Record a bad input; returns False when the same input already had the same problem."""
        self._writable()
        rows = self.con.execute(
            "INSERT INTO ingest_errors (input, problem, \"at\") VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
            [input, problem, _now()],
        ).fetchall()
        return bool(rows)

    # -- reading ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        row = self.con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM mentions), (SELECT count(*) FROM ingest_errors)"
        ).fetchone()
        return dict(zip(("documents", "events", "mentions", "errors"), row, strict=True))

    def events(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Stored events as dicts of the events table's columns, by date (undated last).

        Filters: ``date_from``, ``date_to`` (the event's range overlaps the period), ``actor`` (a
        country in either role), ``dyad`` (two countries, either order), ``event_type``, ``status``.
        """
        where, params = schema.event_filter(**filters)
        cur = self.con.cursor()
        try:
            cur.execute(
                f"SELECT {', '.join(_quote(c) for c in EVENT_COLUMNS)} FROM events e WHERE {where} "
                "ORDER BY e.date_lo NULLS LAST, e.first_seen, e.event_id",
                params,
            )
            while chunk := cur.fetchmany(1000):
                for row in chunk:
                    yield dict(zip(EVENT_COLUMNS, row, strict=True))
        finally:
            cur.close()

    def mentions(self, event_id: str) -> list[dict[str, Any]]:
        """The mentions of an event with their documents' details, the first mention first."""
        cols = ", ".join(f"m.{_quote(c)}" for c in MENTION_COLUMNS)
        cur = self.con.execute(
            f"""
            SELECT {cols}, d.input_id, d.source AS doc_source, d.url, d.title, d.published
            FROM mentions m JOIN documents d ON d.id = m.doc_id
            WHERE m.event_id = ?
            ORDER BY m.mention_id <> m.event_id, d.ingested_at, d.published NULLS LAST, m.doc_id, m."start"
            """,
            [event_id],
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
