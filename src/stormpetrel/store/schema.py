"""The store's schema: an ordered list of migrations, and how a file is brought up to date.

Migration ``n`` (1-based) is ``MIGRATIONS[n - 1]``: one SQL script run in one transaction,
after which ``meta.schema_version`` reads ``n``. A file records the last migration applied to it;
opening it applies the ones after that, in order. To change the schema, append a migration;
never edit one that has shipped (files in the wild have already run it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import duckdb

from stormpetrel.model import STATUSES


class StoreError(RuntimeError):
    """The store cannot be opened or used as asked."""


class SchemaVersionError(StoreError):
    """The file's schema version is not one this code can use."""


_STATUS_LIST = ", ".join(f"'{s}'" for s in STATUSES)

V1 = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,            -- content hash: sha256 of the whitespace-normalised text, 32 hex
    input_id TEXT,                  -- what the reader called it: a path, a JSON Lines id, demo:NNN
    source TEXT,
    url TEXT,
    title TEXT,
    published DATE,
    ingested_at TIMESTAMP NOT NULL, -- UTC
    chars INTEGER NOT NULL
);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,      -- the mention_id of the event's first mention
    event_type TEXT NOT NULL,
    mode TEXT,
    context VARCHAR[],
    cameo TEXT,
    cameo_code TEXT,
    mutual BOOLEAN NOT NULL,
    source_country TEXT,
    source_sector TEXT,
    source_name TEXT,
    target_country TEXT,
    target_sector TEXT,
    target_name TEXT,
    date TEXT,                      -- YYYY, YYYY-MM or YYYY-MM-DD
    date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    date_lo DATE,                   -- the range the event may lie in
    date_hi DATE,
    status TEXT NOT NULL CHECK (status IN ({_STATUS_LIST})),
    location_name TEXT,
    location_country TEXT,
    lat DOUBLE,
    lon DOUBLE,
    n_mentions INTEGER NOT NULL,
    n_documents INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    first_seen TIMESTAMP NOT NULL   -- UTC
);

CREATE TABLE mentions (
    mention_id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,         -- events.event_id
    doc_id TEXT NOT NULL,           -- documents.id
    sentence TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    trigger TEXT,
    paragraph INTEGER,
    status TEXT NOT NULL CHECK (status IN ({_STATUS_LIST})),
    attribution TEXT,
    source_text TEXT,
    target_text TEXT,
    date TEXT,
    date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year'))
);

CREATE SEQUENCE ingest_error_id;

CREATE TABLE ingest_errors (
    id BIGINT PRIMARY KEY DEFAULT nextval('ingest_error_id'),
    input TEXT NOT NULL,
    problem TEXT NOT NULL,
    "at" TIMESTAMP NOT NULL,        -- UTC
    UNIQUE (input, problem)
);

CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_doc ON mentions (doc_id);
CREATE INDEX events_dyad ON events (event_type, source_country, target_country);
"""

MIGRATIONS: list[str] = [V1]
SCHEMA_VERSION = len(MIGRATIONS)

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_type",
    "mode",
    "context",
    "cameo",
    "cameo_code",
    "mutual",
    "source_country",
    "source_sector",
    "source_name",
    "target_country",
    "target_sector",
    "target_name",
    "date",
    "date_precision",
    "date_lo",
    "date_hi",
    "status",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "n_mentions",
    "n_documents",
    "n_sources",
    "first_seen",
)
MENTION_COLUMNS: tuple[str, ...] = (
    "mention_id",
    "event_id",
    "doc_id",
    "sentence",
    "start",
    "end",
    "trigger",
    "paragraph",
    "status",
    "attribution",
    "source_text",
    "target_text",
    "date",
    "date_precision",
)
DOCUMENT_COLUMNS: tuple[str, ...] = (
    "id",
    "input_id",
    "source",
    "url",
    "title",
    "published",
    "ingested_at",
    "chars",
)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The last migration applied to the open database (0: none, an empty file)."""
    has_meta = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'meta'"
    ).fetchone()[0]
    if not has_meta:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        raise SchemaVersionError("the store's meta table has no schema_version")
    try:
        return int(row[0])
    except (TypeError, ValueError):
        raise SchemaVersionError(f"the store's schema_version {row[0]!r} is not a number") from None


def check(con: duckdb.DuckDBPyConnection, where: str) -> int:
    """The file's version, when this code can read it as it is; else a clear error."""
    version = schema_version(con)
    newest = len(MIGRATIONS)
    if version > newest:
        raise SchemaVersionError(
            f"{where}: the store has schema version {version}, newer than this stormpetrel knows "
            f"(version {newest}); upgrade stormpetrel to open it"
        )
    if version == 0:
        tables = con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main'").fetchone()[0]
        if tables:
            raise StoreError(f"{where}: not a stormpetrel store (it has tables but no meta table)")
    return version


def migrate(con: duckdb.DuckDBPyConnection, where: str) -> int:
    """Apply the migrations the file has not had, one transaction each; returns the version."""
    version = check(con, where)
    for number in range(version + 1, len(MIGRATIONS) + 1):
        con.begin()
        try:
            con.execute(MIGRATIONS[number - 1])
            con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [str(number)],
            )
            con.commit()
        except Exception as exc:
            con.rollback()
            raise StoreError(
                f"{where}: migration {number} failed, the store stays at version {version}: {exc}"
            ) from exc
        version = number
    return version


def _as_date(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{name} must be YYYY-MM-DD, got {value!r}") from None


def event_filter(
    *,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    actor: str | None = None,
    dyad: tuple[str, str] | list[str] | None = None,
    event_type: str | Iterable[str] | None = None,
    status: str | Iterable[str] | None = None,
    alias: str = "e",
) -> tuple[str, list[Any]]:
    """A WHERE clause (``TRUE`` when there is no filter) and its parameters for the events table.

    ``date_from``/``date_to`` keep events whose date range overlaps the period (undated events
    without a range drop out); ``actor`` is a country in either role; ``dyad`` two countries in
    either order; ``event_type`` and ``status`` one value or several.
    """
    a = alias
    clauses: list[str] = []
    params: list[Any] = []
    lo = _as_date(date_from, "date_from")
    hi = _as_date(date_to, "date_to")
    if lo is not None:
        clauses.append(f"{a}.date_hi >= ?")
        params.append(lo)
    if hi is not None:
        clauses.append(f"{a}.date_lo <= ?")
        params.append(hi)
    if actor is not None:
        clauses.append(f"(? IN ({a}.source_country, {a}.target_country))")
        params.append(actor)
    if dyad is not None:
        if isinstance(dyad, str) or len(dyad) != 2:
            raise ValueError(f"dyad must be two countries, got {dyad!r}")
        x, y = dyad
        one_way = f"({a}.source_country = ? AND {a}.target_country = ?)"
        clauses.append(f"({one_way} OR {one_way})")
        params.extend([x, y, y, x])
    for column, value in (("event_type", event_type), ("status", status)):
        if value is None:
            continue
        values = [value] if isinstance(value, str) else list(value)
        clauses.append(f"{a}.{column} IN ({', '.join('?' for _ in values)})" if values else "FALSE")
        params.extend(values)
    return (" AND ".join(clauses) or "TRUE"), params
