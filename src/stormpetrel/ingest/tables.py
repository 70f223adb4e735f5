"""CSV and TSV: one document a row, read a row at a time, with configurable column names."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import BinaryIO

from stormpetrel.ingest.common import EMPTY, CsvColumns, InputError, accept, host, iso_date, too_large
from stormpetrel.ingest.text import LINE_FACTOR, lines
from stormpetrel.model import Document


class _Stop(Exception):
    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


def _decoded(name: str, stream: BinaryIO, max_bytes: int) -> Iterator[str]:
    """The stream's lines as text, bounded in size; a problem ends the file with an error."""
    offset = 0
    for n, raw in enumerate(lines(stream, LINE_FACTOR * max_bytes + 65536)):
        if isinstance(raw, int):
            raise _Stop(InputError(name, f"has a line {too_large(raw, max_bytes)}; the rows after it are not read"))
        try:
            yield raw.decode("utf-8-sig" if n == 0 else "utf-8")
        except UnicodeDecodeError as exc:
            raise _Stop(InputError(name, f"is not UTF-8 (bad byte at offset {offset + exc.start})")) from None
        offset += len(raw)


def _index(header: list[str], name: str) -> int | None:
    if name in header:
        return header.index(name)
    folded = [h.strip().casefold() for h in header]
    want = name.strip().casefold()
    return folded.index(want) if want in folded else None


def _columns_list(header: list[str]) -> str:
    shown = ", ".join(" ".join(h.split()) or '""' for h in header[:30])
    return shown + (f", ... ({len(header)} in all)" if len(header) > 30 else "")


def rows(
    name: str, stream: BinaryIO, published: str | None, columns: CsvColumns, max_bytes: int, delimiter: str = ","
) -> Iterator[Document | InputError]:
    """One document a row; a row without text is an error naming ``NAME#ROW`` (rows counted from 1
    after the header, blank rows skipped); the other rows are still read."""
    if csv.field_size_limit() < max_bytes + 1:
        csv.field_size_limit(max_bytes + 1)
    reader = csv.reader(_decoded(name, stream, max_bytes), delimiter=delimiter)
    n = 0
    try:
        header = next(reader, None)
        while header is not None and not any(cell.strip() for cell in header):
            header = next(reader, None)
        if header is None:
            yield InputError(name, EMPTY)
            return
        fields = ("text", "published", "title", "url", "id")
        where = {field: _index(header, getattr(columns, field)) for field in fields}
        if where["text"] is None:
            yield InputError(name, f'has no "{columns.text}" column (its columns: {_columns_list(header)})')
            return

        def cell(row: list[str], field: str) -> str | None:
            i = where[field]
            value = row[i].strip() if i is not None and i < len(row) else ""
            return value or None

        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:  # the reader goes on at the next line
                n += 1
                big = "larger than field limit" in str(exc)
                problem = f"has a field {too_large(None, max_bytes)}" if big else f"is not valid CSV ({exc})"
                yield InputError(f"{name}#{n}", problem)
                continue
            if not any(c.strip() for c in row):
                continue
            n += 1
            at = f"{name}#{n}"
            i = where["text"]
            text = row[i] if i is not None and i < len(row) else ""
            if not text.strip():
                yield InputError(at, f'has no text in the "{header[i]}" column')
                continue
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > max_bytes:
                yield InputError(at, f"text {too_large(size, max_bytes)}")
                continue
            url = cell(row, "url")
            yield accept(
                at,
                Document(
                    cell(row, "id") or at,
                    text,
                    iso_date(cell(row, "published")) or published,
                    cell(row, "title"),
                    url,
                    host(url),
                ),
            )
    except _Stop as stop:
        yield stop.error
        return
    except csv.Error as exc:  # in the header
        yield InputError(name, f"is not valid CSV ({exc})")
        return
    if n == 0:
        yield InputError(name, f"{EMPTY} (a header and no rows)")
