"""Readers: files, JSON Lines and standard input to Documents, with errors that name the input."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from stormpetrel.model import Document

MAX_BYTES = 10_000_000


@dataclass(frozen=True)
class InputError:
    """An input that could not be read: which, and why."""

    input: str
    problem: str

    def __str__(self) -> str:
        return f"{self.input}: {self.problem}"


def read(paths: list[str], published: str | None = None) -> Iterator[Document | InputError]:
    """Documents from text files, ``.jsonl`` files (one document a line) and ``-`` (stdin)."""
    for path in paths or ["-"]:
        if path == "-":
            raw = sys.stdin.buffer.read()
            yield from _documents("<stdin>", raw, published, jsonl=_looks_jsonl(raw))
            continue
        p = Path(path)
        if not p.exists():
            yield InputError(path, "no such file")
            continue
        if p.is_dir():
            yield InputError(path, "is a directory, not a file")
            continue
        try:
            size = p.stat().st_size
            if size > MAX_BYTES and p.suffix != ".jsonl":
                yield InputError(path, f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
                continue
            raw = p.read_bytes()
        except OSError as exc:
            yield InputError(path, f"cannot be read ({exc.strerror or exc})")
            continue
        yield from _documents(path, raw, published, jsonl=p.suffix.lower() in {".jsonl", ".ndjson"})


def _looks_jsonl(raw: bytes) -> bool:
    return raw.lstrip()[:1] == b"{"


def _decode(name: str, raw: bytes) -> str | InputError:
    if b"\x00" in raw[:8192]:
        return InputError(name, "looks binary (it has NUL bytes), not UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(name, f"is not UTF-8 (bad byte at offset {exc.start})")


def _documents(name: str, raw: bytes, published: str | None, jsonl: bool) -> Iterator[Document | InputError]:
    text = _decode(name, raw)
    if isinstance(text, InputError):
        yield text
        return
    if not jsonl:
        if not text.strip():
            yield InputError(name, "is empty")
        else:
            yield Document(name, text, published)
        return
    seen = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen += 1
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputError(where, 'needs an object with a "text" string')
            continue
        if not obj["text"].strip():
            yield InputError(where, "has empty text")
            continue
        if len(obj["text"].encode()) > MAX_BYTES:
            yield InputError(where, f"text too large (the limit is {MAX_BYTES:,} bytes)")
            continue
        yield Document(
            str(obj.get("id") or where),
            obj["text"],
            obj.get("published") or published,
            obj.get("title"),
            obj.get("url"),
        )
    if not seen:
        yield InputError(name, "is empty")
