"""Plain text (one document) and JSON Lines (one document a line, read a line at a time)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from stormpetrel.ingest.common import EMPTY, InputError, accept, decode_utf8, host, iso_date, too_large
from stormpetrel.model import Document

# A JSON line may be longer than the text it carries (escapes: "\u0418" is six bytes for one letter).
LINE_FACTOR = 6


def document(name: str, raw: bytes, published: str | None, url: str | None = None) -> Iterator[Document | InputError]:
    """One document from UTF-8 bytes."""
    text = decode_utf8(name, raw)
    if isinstance(text, InputError):
        yield text
    elif not text.strip():
        yield InputError(name, EMPTY)
    else:
        yield accept(name, Document(name, text, published, url=url, source=host(url)))


def lines(stream: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """The lines of a stream, each read with at most ``limit`` bytes in memory; a longer line is
    skipped and given as its length instead."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while True:
            more = stream.readline(1 << 16)
            size += len(more)
            if not more or more.endswith(b"\n"):
                break
        yield size


def jsonl(name: str, stream: BinaryIO, published: str | None, max_bytes: int) -> Iterator[Document | InputError]:
    """One document a line: ``{"id", "text", "published", "title", "url", "source"}``, ``text``
    required. A bad line is an error naming ``NAME:LINE``; the other lines are still read."""
    seen = 0
    offset = 0
    for lineno, raw in enumerate(lines(stream, LINE_FACTOR * max_bytes + 65536), 1):
        where = f"{name}:{lineno}"
        if isinstance(raw, int):
            seen += 1
            offset += raw
            yield InputError(where, f"line {too_large(raw, max_bytes)}")
            continue
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(name, f"is not UTF-8 (bad byte at offset {offset + exc.start})")
            return
        offset += len(raw)
        if not line.strip():
            continue
        seen += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputError(where, 'needs an object with a "text" string')
            continue
        text = obj["text"]
        if not text.strip():
            yield InputError(where, "has empty text")
            continue
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            yield InputError(where, f"text {too_large(size, max_bytes)}")
            continue
        url = _str(obj.get("url"))
        yield accept(
            where,
            Document(
                str(obj["id"]) if obj.get("id") not in (None, "") else where,
                text,
                iso_date(obj.get("published")) or published,
                _str(obj.get("title")),
                url,
                _str(obj.get("source")) or host(url),
            ),
        )
    if not seen:
        yield InputError(name, EMPTY)


def _str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
