"""What every reader shares: the error record, the CSV column names, the size cap, and small
helpers for bytes, dates and hosts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from stormpetrel.ingest import language
from stormpetrel.model import Document

MAX_BYTES = 10_000_000  # the largest document (a file, a fetched page, a record's text)
HEAD = 8192  # bytes looked at to tell binary from text, and to sniff a format

BINARY = "looks binary (it has NUL bytes), not UTF-8 text"
EMPTY = "is empty"


@dataclass(frozen=True)
class InputError:
    """An input that could not be read: which, and why."""

    input: str
    problem: str

    def __str__(self) -> str:
        return f"{self.input}: {self.problem}"


@dataclass(frozen=True)
class CsvColumns:
    """Which columns of a CSV or TSV file hold what. Only ``text`` is required in the file; a
    column is matched exactly, else ignoring case and surrounding blanks."""

    text: str = "text"
    published: str = "published"
    title: str = "title"
    url: str = "url"
    id: str = "id"


def too_large(size: int | None, limit: int) -> str:
    if size is None:
        return f"too large (more than {limit:,} bytes; the limit is {limit:,})"
    return f"too large ({size:,} bytes; the limit is {limit:,})"


def is_binary(raw: bytes) -> bool:
    return b"\x00" in raw[:HEAD]


def decode_utf8(name: str, raw: bytes) -> str | InputError:
    """The text of UTF-8 bytes (a byte order mark dropped), or why they are not text."""
    if is_binary(raw):
        return InputError(name, BINARY)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(name, f"is not UTF-8 (bad byte at offset {exc.start})")


_DATE = re.compile(r"\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])")


def iso_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from ``YYYY-MM-DD``, ``YYYY/M/D`` or an ISO date-time; None if it is not one."""
    if not isinstance(value, str):
        return None
    m = _DATE.match(value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def host(url: str | None) -> str | None:
    """The web host of a URL, without ``www.``: the document's source."""
    if not url:
        return None
    try:
        name = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return name.removeprefix("www.") if name else None


def accept(where: str, doc: Document) -> Document | InputError:
    """The document, unless it is not English."""
    reason = language.check(doc.text)
    return InputError(where, reason) if reason else doc


_FEED = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]")


def sniff(raw: bytes) -> str | None:
    """``feed``, ``html`` or ``jsonl`` when the first bytes say so unmistakably, else None."""
    head = raw[:HEAD].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if not head.startswith(b"<"):
        return None
    if _FEED.search(head) and b"<html" not in head:
        return "feed"
    if _HTML.search(head):
        return "html"
    return None
