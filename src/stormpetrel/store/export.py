"""Export stored events: JSON Lines, CSV, Parquet, PLOVER JSON and a GDELT-1.0-like table.

``export(store, fmt, out, ...)`` writes the events that pass the filters, by date (undated
last), and returns how many it wrote. The field mappings are in docs/store.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from stormpetrel import __version__
from stormpetrel.store import Store
from stormpetrel.store.schema import EVENT_COLUMNS, MENTION_COLUMNS, event_filter

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")

QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),  # verbal cooperation
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),  # material cooperation
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),  # verbal conflict
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),  # material conflict
}
# PLOVER's auxiliary modes ("future", "hypothetical", "negation") travel in the context list
AUXILIARY = {"planned": "future", "hypothetical": "hypothetical", "negated": "negation"}

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE",
    "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "SOURCEURL",
)  # fmt: skip

# the document of an event's first mention (its event_id is that mention's id)
_FIRST = "LEFT JOIN mentions fm ON fm.mention_id = e.event_id LEFT JOIN documents fd ON fd.id = fm.doc_id"
_ORDER = "ORDER BY e.date_lo NULLS LAST, e.first_seen, e.event_id"
_EVENT_SELECT = ", ".join(f'e."{c}"' for c in EVENT_COLUMNS)
_FIRST_SELECT = (
    "fd.url AS source_url, fd.published AS published, fd.input_id AS input_id, fd.title AS title, "
    "fd.source AS publication, fm.source_text AS source_text, fm.target_text AS target_text, "
    'fm.sentence AS sentence, fm."start" AS sentence_start, fm."end" AS sentence_end'
)
_MENTIONS_SELECT = (
    "(SELECT list({"
    + ", ".join(f"'{c}': m.\"{c}\"" for c in MENTION_COLUMNS if c != "event_id")
    + ", 'input_id': d.input_id, 'url': d.url, 'title': d.title, 'source': d.source, 'published': d.published}"
    ' ORDER BY m.mention_id <> m.event_id, d.ingested_at, d.published NULLS LAST, m.doc_id, m."start")'
    " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = e.event_id) AS mentions"
)


def export(
    store: Store | str | Path,
    fmt: str,
    out: TextIO | str | Path,
    *,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    actor: str | None = None,
    dyad: tuple[str, str] | None = None,
    event_type: str | list[str] | None = None,
) -> int:
    """Write the store's events in ``fmt`` to ``out`` (a text stream or a path; Parquet needs a
    path); returns the number of events written.

    Filters: ``date_from``/``date_to`` keep events whose date range overlaps the period;
    ``actor`` a country in either role; ``dyad`` two countries in either order; ``event_type``
    one PLOVER type or a list of them.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    where, params = event_filter(date_from=date_from, date_to=date_to, actor=actor, dyad=dyad, event_type=event_type)
    if not isinstance(store, Store):
        with Store(store, read_only=True) as opened:
            return _export(opened, fmt, out, where, params)
    return _export(store, fmt, out, where, params)


def _export(store: Store, fmt: str, out: TextIO | str | Path, where: str, params: list[Any]) -> int:
    if fmt == "parquet":
        if not isinstance(out, str | Path):
            raise TypeError("parquet export needs a file path, not a stream")
        return _parquet(store, Path(out), where, params)
    writer = {"jsonl": _jsonl, "csv": _csv, "plover": _plover, "gdelt": _gdelt}[fmt]
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return writer(store, fh, where, params)
    return writer(store, out, where, params)


def _rows(store: Store, where: str, params: list[Any], mentions: bool = False) -> Iterator[dict[str, Any]]:
    extra = f", {_MENTIONS_SELECT}" if mentions else ""
    cur = store.con.cursor()
    try:
        cur.execute(f"SELECT {_EVENT_SELECT}, {_FIRST_SELECT}{extra} FROM events e {_FIRST} WHERE {where} {_ORDER}",
                    params)
        names = [d[0] for d in cur.description]
        while chunk := cur.fetchmany(1000):
            for row in chunk:
                yield dict(zip(names, row, strict=True))
    finally:
        cur.close()


def _plain(value: Any) -> Any:
    """A JSON-ready copy: dates and times as ISO strings."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _side(r: dict[str, Any], role: str) -> dict[str, Any] | None:
    if r[f"{role}_country"] is None and r[f"{role}_name"] is None:
        return None
    return {"name": r[f"{role}_name"], "country": r[f"{role}_country"], "sector": r[f"{role}_sector"]}


def _location(r: dict[str, Any]) -> dict[str, Any] | None:
    if r["location_name"] is None:
        return None
    return {"name": r["location_name"], "country": r["location_country"], "lat": r["lat"], "lon": r["lon"]}


# -- JSON Lines -------------------------------------------------------------------------------

def _jsonl(store: Store, out: TextIO, where: str, params: list[Any]) -> int:
    n = 0
    for r in _rows(store, where, params, mentions=True):
        record = {
            "event_id": r["event_id"],
            "event_type": r["event_type"],
            "mode": r["mode"],
            "context": r["context"] or [],
            "cameo": r["cameo"],
            "cameo_code": r["cameo_code"],
            "mutual": r["mutual"],
            "source": _side(r, "source"),
            "target": _side(r, "target"),
            "date": r["date"],
            "date_precision": r["date_precision"],
            "date_lo": r["date_lo"],
            "date_hi": r["date_hi"],
            "status": r["status"],
            "location": _location(r),
            "n_mentions": r["n_mentions"],
            "n_documents": r["n_documents"],
            "n_sources": r["n_sources"],
            "first_seen": r["first_seen"],
            "mentions": r["mentions"] or [],
        }
        out.write(json.dumps(_plain(record), ensure_ascii=False) + "\n")
        n += 1
    return n


# -- CSV --------------------------------------------------------------------------------------

CSV_COLUMNS = EVENT_COLUMNS + ("source_url",)


def _csv(store: Store, out: TextIO, where: str, params: list[Any]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for r in _rows(store, where, params):
        r["context"] = ";".join(r["context"] or [])
        writer.writerow(["" if r[c] is None else _plain(r[c]) for c in CSV_COLUMNS])
        n += 1
    return n


# -- Parquet ----------------------------------------------------------------------------------

def _parquet(store: Store, path: Path, where: str, params: list[Any]) -> int:
    query = f"SELECT {_EVENT_SELECT}, fd.url AS source_url FROM events e {_FIRST} WHERE {where} {_ORDER}"
    row = store.con.execute(f"COPY ({query}) TO '{_sql_string(str(path))}' (FORMAT PARQUET)", params).fetchone()
    return int(row[0])  # COPY answers with the number of rows it wrote


def _sql_string(text: str) -> str:
    return text.replace("'", "''")


# -- PLOVER JSON ------------------------------------------------------------------------------

def _entity(r: dict[str, Any], role: str) -> dict[str, Any] | None:
    """PLOVER's information object for an entity: code, sector, entity_text."""
    if r[f"{role}_country"] is None:
        return None
    return {
        "code": r[f"{role}_country"],
        "sector": r[f"{role}_sector"],
        "entity_text": r[f"{role}_text"] or r[f"{role}_name"],
    }


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    """One stored event (a row of ``_rows`` with its mentions) as a PLOVER JSON record."""
    actor, recipient = _entity(r, "source"), _entity(r, "target")
    actors = [actor] if actor else []
    recipients = [recipient] if recipient else []
    if r["mutual"]:  # PLOVER: reciprocal events list every side as actor and no recipient
        actors, recipients = actors + recipients, []
    precision = r["date_precision"]
    # a day is the date; a month or a year runs from date to enddate; an undated event takes the
    # publication date of its first report (date_precision null says so)
    record: dict[str, Any] = {
        "id": r["event_id"],
        "has_event": True,
        "date": r["date_lo"] if precision else r["published"],
    }
    if precision in ("month", "year"):
        record["enddate"] = r["date_hi"]
    context = list(r["context"] or [])
    if r["status"] in AUXILIARY:
        context.append(AUXILIARY[r["status"]])
    mentions = r["mentions"] or []
    record.update(
        actor=actors,
        recipient=recipients,
        event=[r["event_type"]],
        mode=[r["mode"]] if r["mode"] else [],
        context=context,
        quad_code=QUAD_CLASS.get(r["event_type"]),
        event_text=[m["sentence"] for m in mentions],
    )
    if r["location_name"] is not None:
        record["event_loc"] = {
            "extracted_place": r["location_name"],
            "resolved_place": r["location_name"],
            "lat": r["lat"],
            "lon": r["lon"],
            "country_code": r["location_country"],
        }
    if r["sentence"] is not None:
        record["text"] = r["sentence"]
        record["text_info"] = {"start": r["sentence_start"], "end": r["sentence_end"]}
    record["cite_info"] = {
        "citation": r["input_id"],
        "url": r["source_url"],
        "title": r["title"],
        "publication": r["publication"],
        "language": "en",
        "coder": f"stormpetrel {__version__}",
        "codebook": "plover",
    }
    first_seen = r["first_seen"]
    record.update(
        coder=f"stormpetrel {__version__}",
        coded_date=first_seen.date() if first_seen else None,
        coded_time=first_seen.time().isoformat(timespec="seconds") if first_seen else None,
        # beyond the manual's fields, named as the manual allows
        status=r["status"],
        date_precision=precision,
        cameo=r["cameo_code"],
        n_mentions=r["n_mentions"],
        n_documents=r["n_documents"],
        n_sources=r["n_sources"],
    )
    return _plain(record)


def _plover(store: Store, out: TextIO, where: str, params: list[Any]) -> int:
    n = 0
    out.write("[")
    for r in _rows(store, where, params, mentions=True):
        out.write(",\n" if n else "\n")
        out.write(json.dumps(plover_record(r), ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


# -- GDELT ------------------------------------------------------------------------------------

def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def gdelt_row(r: dict[str, Any]) -> list[str]:
    """One stored event as a row of the GDELT-1.0-like table."""
    day = r["date_lo"] if r["date_precision"] is not None else r["published"]
    code = r["cameo_code"] or r["cameo"] or ""
    values = [
        int(r["event_id"][:15], 16),  # the id's first 60 bits: a GDELT-style integer that fits INT64
        day.strftime("%Y%m%d") if day else None,
        r["source_name"], r["source_country"], r["source_sector"],
        r["target_name"], r["target_country"], r["target_sector"],
        code or None, code[:3] or None, r["cameo"] or code[:2] or None,
        QUAD_CLASS.get(r["event_type"]),
        r["n_mentions"], r["n_sources"], r["n_documents"],
        r["location_name"], r["location_country"], r["lat"], r["lon"],
        r["source_url"],
    ]  # fmt: skip
    return [_cell(v) for v in values]


def _gdelt(store: Store, out: TextIO, where: str, params: list[Any]) -> int:
    out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    buf = io.StringIO()
    for r in _rows(store, where, params):
        buf.write("\t".join(gdelt_row(r)) + "\n")
        n += 1
        if n % 1000 == 0:
            out.write(buf.getvalue())
            buf = io.StringIO()
    out.write(buf.getvalue())
    return n
