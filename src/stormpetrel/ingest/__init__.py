"""Readers: the formats a corpus comes in, to Documents, with errors that name the input.

``read(inputs)`` takes files (by extension: text, HTML, JSON Lines, CSV/TSV, RSS/Atom), glob
patterns, directories, ``http(s)://`` URLs and ``-`` (standard input). Every bad input gives one
:class:`InputError` naming it, and the inputs after it are still read. Large JSON Lines and CSV
files are read a line or a row at a time.
"""

from __future__ import annotations

import glob
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from stormpetrel.ingest import feeds, pages, tables, text, web
from stormpetrel.ingest.common import EMPTY, HEAD, MAX_BYTES, CsvColumns, InputError, is_binary, sniff, too_large
from stormpetrel.model import Document

__all__ = ["MAX_BYTES", "CsvColumns", "InputError", "SUPPORTED", "read"]

FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
SUPPORTED: tuple[str, ...] = tuple(FORMATS)  # what a directory is searched for
STREAMED = {"jsonl", "csv", "tsv"}  # read a line or a row at a time; no cap on the file's size
STDIN = "<stdin>"


def read(
    inputs: list[str],
    published: str | None = None,
    columns: CsvColumns | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Document | InputError]:
    """Documents, and errors for the inputs (or parts of them) that cannot be read.

    An input is a file (``.txt``/``.text`` and any other UTF-8 text: one document; ``.html``/``.htm``:
    the article's main text; ``.jsonl``/``.ndjson``: one document a line; ``.csv``/``.tsv``: one
    document a row, its columns named by ``columns``; ``.xml``/``.rss``/``.atom``: one document a
    feed entry), a glob pattern (``**`` recursive), a directory (its supported files, recursively),
    an ``http://`` or ``https://`` URL, or ``-`` for standard input (JSON Lines when it starts with
    ``{``, else one text). ``published`` (``YYYY-MM-DD``) dates the documents that do not carry a
    date. Documents above ``max_bytes`` and documents not in English are errors.
    """
    columns = columns or CsvColumns()
    for given in inputs or ["-"]:
        given = os.fspath(given)
        if given == "-":
            yield from _stdin(published, max_bytes)
        elif web.is_url(given):
            yield from web.read_url(given, published, max_bytes)
        else:
            for path in _expand(given):
                if isinstance(path, InputError):
                    yield path
                else:
                    yield from _file(path, published, columns, max_bytes)


def _expand(given: str) -> Iterator[str | InputError]:
    """The files an input stands for, sorted: the file itself, a directory's supported files, or a
    pattern's matches."""
    p = Path(given)
    if p.is_dir():
        found = _directory(given)
        if not found:
            shown = ", ".join(SUPPORTED)
            yield InputError(given, f"is a directory with no files to read (none of {shown})")
        yield from found
    elif p.exists() or p.is_symlink():
        yield given
    elif glob.has_magic(given):
        matches = sorted({m for m in glob.glob(given, recursive=True) if os.path.isfile(m)})
        if not matches:
            yield InputError(given, "no file matches this pattern")
        yield from matches
    else:
        yield InputError(given, "no such file")


def _directory(root: str) -> list[str]:
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            os.path.join(folder, f)
            for f in files
            if not f.startswith(".") and os.path.splitext(f)[1].lower() in FORMATS
        )
    return sorted(found)


def _file(path: str, published: str | None, columns: CsvColumns, max_bytes: int) -> Iterator[Document | InputError]:
    fmt = FORMATS.get(os.path.splitext(path)[1].lower())
    try:
        if fmt in STREAMED:
            with open(path, "rb") as f:
                head = f.read(HEAD)
                if is_binary(head):
                    yield InputError(path, "looks binary (it has NUL bytes), not UTF-8 text")
                    return
                if not head.strip():
                    yield InputError(path, EMPTY)
                    return
                f.seek(0)
                yield from _stream(path, fmt, f, published, columns, max_bytes)
            return
        size = os.stat(path).st_size
        if size > max_bytes:
            yield InputError(path, too_large(size, max_bytes))
            return
        with open(path, "rb") as f:
            raw = f.read(max_bytes + 1)
    except IsADirectoryError:
        yield InputError(path, "is a directory, not a file")
        return
    except OSError as exc:
        yield InputError(path, f"cannot be read ({exc.strerror or exc})")
        return
    if len(raw) > max_bytes:  # not a regular file, and larger than it said
        yield InputError(path, too_large(None, max_bytes))
        return
    if fmt is None:  # an unknown extension: text, unless it is unmistakably a page or a feed
        fmt = {"html": "html", "feed": "feed"}.get(sniff(raw) or "", "text")
    yield from _one(path, fmt, raw, published)


def _stream(
    name: str, fmt: str, f: BinaryIO, published: str | None, columns: CsvColumns, max_bytes: int
) -> Iterator[Document | InputError]:
    if fmt == "jsonl":
        yield from text.jsonl(name, f, published, max_bytes)
    else:
        yield from tables.rows(name, f, published, columns, max_bytes, "\t" if fmt == "tsv" else ",")


def _one(name: str, fmt: str, raw: bytes, published: str | None) -> Iterator[Document | InputError]:
    if fmt == "html":
        yield from pages.page(name, raw, published)
    elif fmt == "feed":
        yield from feeds.entries(name, raw, published)
    else:
        yield from text.document(name, raw, published)


def _stdin(published: str | None, max_bytes: int) -> Iterator[Document | InputError]:
    """Standard input: JSON Lines (read a line at a time) when it starts with ``{``; else one
    document, or a page or a feed when its first bytes say so."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream put in place of stdin
        stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
    head = stream.read(HEAD)
    kind = sniff(head)
    if kind == "jsonl" and not is_binary(head):
        yield from text.jsonl(STDIN, io.BufferedReader(_Chain(head, stream)), published, max_bytes)
        return
    raw = head + stream.read(max_bytes + 1 - len(head))
    if len(raw) > max_bytes:
        yield InputError(STDIN, too_large(None, max_bytes))
        return
    yield from _one(STDIN, kind if kind in ("html", "feed") else "text", raw, published)


class _Chain(io.RawIOBase):
    """Bytes already read, then the rest of a stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        read1 = getattr(self._rest, "read1", self._rest.read)
        data = read1(len(buffer))
        buffer[: len(data)] = data
        return len(data)
