"""Cross-article deduplication: which real-world event a new mention reports.

A mention (one ``Event`` from the pipeline, one sentence of one document) joins an event already
known when it has the same type, the same pair of two different states (in either order for a
mutual mention or a symmetric type), the same status, and a date the text gives that meets the
event's: two day dates within a day of each other, or the very same month or year. Undated
mentions, acts of a state on its own state and mentions without a recipient never join across
documents: a hand check of merged events on the demo corpus found that such merges mostly joined
unrelated acts. Among several such events the one whose date is nearest wins. Otherwise the
mention starts a new event.

Mentions of one document never join each other here: the pipeline already merged what it took
to be one event within a document, and kept apart what it did not.

Everything is decided in memory for a batch; ``Store.add`` loads the stored events that could be
candidates with one query and writes the outcome in the same transaction.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import duckdb

from stormpetrel.model import SYMMETRIC, Event

PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}
DAY_WINDOW = 1  # two day dates this many days apart can be one event
UNDATED_WINDOW = 1  # an undated mention: its publication date give or take this many days


DateRange = tuple[str | None, str | None, dt.date | None, dt.date | None]


def date_range(date: str | None, published: dt.date | None) -> DateRange:
    """``(date, precision, lo, hi)``: the range a mention's event may lie in.

    A day is itself; a month runs from its first to its last day; a year from 1 January to
    31 December; an undated mention lies within a day of its publication date, or nowhere known.
    """
    if not date:
        if published is None:
            return None, None, None, None
        window = dt.timedelta(days=UNDATED_WINDOW)
        return None, None, published - window, published + window
    parts = date.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1 and len(parts[0]) == 4:
            return date, "year", dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(parts) == 2:
            month = int(parts[1])
            last = calendar.monthrange(year, month)[1]
            return date, "month", dt.date(year, month, 1), dt.date(year, month, last)
        if len(parts) == 3:
            day = dt.date(year, int(parts[1]), int(parts[2]))
            return date, "day", day, day
    except ValueError:
        pass
    raise ValueError(f"event date must be YYYY, YYYY-MM or YYYY-MM-DD, got {date!r}")


def pair(event_type: str, source: str | None, target: str | None) -> tuple[str, str, str]:
    """The lookup key of a mention or an event: its type and its two states, sorted."""
    a, b = source or "", target or ""
    return (event_type, min(a, b), max(a, b))


def mention_id(doc_id: str, event: Event) -> str:
    """A mention's stable id: its stored document (content hash) and the event's evidence."""
    return event.stable_id(doc_id)


@dataclass
class Mention:
    """A new mention on its way into the store."""

    mention_id: str
    doc_id: str
    doc_source: str | None
    published: dt.date | None
    event: Event
    date: str | None = None
    precision: str | None = None
    lo: dt.date | None = None
    hi: dt.date | None = None

    def __post_init__(self) -> None:
        self.date, self.precision, self.lo, self.hi = date_range(self.event.date, self.published)

    @property
    def source_country(self) -> str | None:
        return self.event.source.country if self.event.source else None

    @property
    def target_country(self) -> str | None:
        return self.event.target.country if self.event.target else None

    @property
    def key(self) -> tuple[str, str, str]:
        return pair(self.event.event_type, self.source_country, self.target_country)


@dataclass
class Cluster:
    """An event: a stored row (``new`` False) or one this batch creates (``new`` True)."""

    event_id: str
    event_type: str
    source_country: str | None
    target_country: str | None
    mutual: bool
    status: str
    date: str | None
    precision: str | None
    lo: dt.date | None
    hi: dt.date | None
    n_mentions: int
    n_documents: int
    seq: int  # the order events were met in; breaks ties
    new: bool
    row: dict[str, Any] = field(default_factory=dict)  # the events-table columns to write
    docs: set[str] = field(default_factory=set)  # documents of this batch among its mentions
    sources: set[str] = field(default_factory=set)  # document sources of this batch's mentions
    changed: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return pair(self.event_type, self.source_country, self.target_country)


def compatible(m: Mention, c: Cluster) -> bool:
    """Can mention ``m`` report event ``c``?"""
    ev = m.event
    if ev.event_type != c.event_type or ev.status != c.status or m.key != c.key:
        return False
    orderless = ev.event_type in SYMMETRIC or ev.mutual or c.mutual
    if not orderless and (m.source_country, m.target_country) != (c.source_country, c.target_country):
        return False
    if m.doc_id in c.docs:  # the pipeline has already decided within a document
        return False
    # across documents only what the text pins down merges: two different states, and a date
    # the text gives (a day within the window, or the same month or year); undated reports and
    # an actor acting on its own state stay apart, since too many unrelated acts share them
    if not m.source_country or not m.target_country or m.source_country == m.target_country:
        return False
    if m.precision is None or c.precision is None or m.lo is None or c.lo is None:
        return False
    if m.precision != "day" or c.precision != "day":
        return m.date == c.date
    slack = dt.timedelta(days=DAY_WINDOW)
    return m.lo - slack <= c.hi and c.lo - slack <= m.hi


def _mid(lo: dt.date, hi: dt.date) -> float:
    return (lo.toordinal() + hi.toordinal()) / 2


class Deduplicator:
    """Places the mentions of a batch, in order, among stored events and the batch's own."""

    def __init__(self, candidates: Iterable[Cluster] = ()) -> None:
        self.by_key: dict[tuple[str, str, str], list[Cluster]] = defaultdict(list)
        self.clusters: list[Cluster] = []
        self._seq = 0
        for c in candidates:
            self._index(c)

    def _index(self, c: Cluster) -> None:
        c.seq = self._seq
        self._seq += 1
        self.by_key[c.key].append(c)
        self.clusters.append(c)

    def place(self, m: Mention, first_seen: dt.datetime) -> Cluster:
        """The event ``m`` reports (updated with it), or a new one it starts."""
        fits = [c for c in self.by_key.get(m.key, ()) if compatible(m, c)]
        if fits:
            mid = _mid(m.lo, m.hi)  # a mention with candidates has a range
            best = min(fits, key=lambda c: (abs(_mid(c.lo, c.hi) - mid), PRECISION_RANK[c.precision], c.seq))
            join(best, m)
            return best
        c = new_cluster(m, first_seen)
        self._index(c)
        return c


def _actor_fields(ev: Event) -> dict[str, Any]:
    s, t, loc = ev.source, ev.target, ev.location
    return {
        "source_country": s.country if s else None,
        "source_sector": s.sector if s else None,
        "source_name": s.name if s else None,
        "target_country": t.country if t else None,
        "target_sector": t.sector if t else None,
        "target_name": t.name if t else None,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
    }


def new_cluster(m: Mention, first_seen: dt.datetime) -> Cluster:
    ev = m.event
    row = {
        "event_id": m.mention_id,
        "event_type": ev.event_type,
        "mode": ev.mode,
        "context": list(ev.context),
        "cameo": ev.cameo,
        "cameo_code": ev.cameo_code,
        "mutual": bool(ev.mutual),
        **_actor_fields(ev),
        "status": ev.status,
        "first_seen": first_seen,
    }
    c = Cluster(
        event_id=m.mention_id,
        event_type=ev.event_type,
        source_country=m.source_country,
        target_country=m.target_country,
        mutual=bool(ev.mutual),
        status=ev.status,
        date=m.date,
        precision=m.precision,
        lo=m.lo,
        hi=m.hi,
        n_mentions=1,
        n_documents=1,
        seq=0,
        new=True,
        row=row,
        docs={m.doc_id},
        sources={m.doc_source} if m.doc_source else set(),
    )
    return c


# filled from a later mention when the event lacks them; the value follows the actor's role
_FILLABLE = ("mode", "source_sector", "source_name", "target_sector", "target_name")
_LOCATION = ("location_name", "location_country", "lat", "lon")


def join(c: Cluster, m: Mention) -> None:
    """Add mention ``m`` to event ``c``: counts and missing details (the dates already agree)."""
    c.n_mentions += 1
    if m.doc_id not in c.docs:
        c.docs.add(m.doc_id)
        c.n_documents += 1
    if m.doc_source:
        c.sources.add(m.doc_source)
    fields = _actor_fields(m.event)
    fields["mode"] = m.event.mode
    if (m.source_country, m.target_country) != (c.source_country, c.target_country):
        for name in ("country", "sector", "name"):  # the mention tells the pair the other way round
            fields[f"source_{name}"], fields[f"target_{name}"] = fields[f"target_{name}"], fields[f"source_{name}"]
    for name in _FILLABLE:
        if c.row.get(name) is None and fields[name] is not None:
            c.row[name] = fields[name]
    if c.row.get("location_name") is None and fields["location_name"] is not None:
        for name in _LOCATION:
            c.row[name] = fields[name]
    c.changed = True


def load_candidates(con: duckdb.DuckDBPyConnection, mentions: list[Mention]) -> list[Cluster]:
    """The stored events any of ``mentions`` could join, loosely (``compatible`` decides), in a
    stable order: one query for the whole batch."""
    spans: dict[tuple[str, str, str], tuple[dt.date, dt.date]] = {}
    for m in mentions:
        if m.lo is None or m.hi is None:
            continue
        lo, hi = spans.get(m.key, (m.lo, m.hi))
        spans[m.key] = (min(lo, m.lo), max(hi, m.hi))
    if not spans:
        return []
    keys = list(spans)
    slack = DAY_WINDOW
    rows = con.execute(
        f"""
        WITH k AS (
            SELECT unnest($1::VARCHAR[]) AS et, unnest($2::VARCHAR[]) AS a, unnest($3::VARCHAR[]) AS b,
                   unnest($4::DATE[]) AS lo, unnest($5::DATE[]) AS hi
        )
        SELECT DISTINCT e.event_id, e.event_type, e.source_country, e.target_country, e.mutual, e.status,
               e.date, e.date_precision, e.date_lo, e.date_hi, e.n_mentions, e.n_documents, e.mode,
               e.source_sector, e.source_name, e.target_sector, e.target_name,
               e.location_name, e.location_country, e.lat, e.lon, e.first_seen
        FROM events e JOIN k
          ON e.event_type = k.et
         AND least(coalesce(e.source_country, ''), coalesce(e.target_country, '')) = k.a
         AND greatest(coalesce(e.source_country, ''), coalesce(e.target_country, '')) = k.b
         AND e.date_lo <= k.hi + {slack} AND e.date_hi >= k.lo - {slack}
        ORDER BY e.first_seen, e.event_id
        """,
        [[k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys],
         [spans[k][0] for k in keys], [spans[k][1] for k in keys]],
    ).fetchall()
    out = []
    for r in rows:
        (event_id, event_type, s, t, mutual, status, date, precision, lo, hi, n_mentions, n_documents,
         mode, s_sector, s_name, t_sector, t_name, loc_name, loc_country, lat, lon, _) = r
        row = {
            "mode": mode,
            "source_sector": s_sector,
            "source_name": s_name,
            "target_sector": t_sector,
            "target_name": t_name,
            "location_name": loc_name,
            "location_country": loc_country,
            "lat": lat,
            "lon": lon,
        }
        out.append(
            Cluster(event_id, event_type, s, t, bool(mutual), status, date, precision, lo, hi,
                    n_mentions, n_documents, seq=0, new=False, row=row)
        )
    return out
