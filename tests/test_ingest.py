"""Readers: text files and JSON Lines to Documents; every bad input gives an error naming it,
and the inputs after it are still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stormpetrel.ingest import InputError, read
from stormpetrel.model import Document

TEXT = "Greece condemned Turkey on Monday.\n"


def items(*paths: Path | str, published: str | None = None) -> list[Document | InputError]:
    return list(read([str(p) for p in paths], published))


def only_error(result: list, name: str) -> InputError:
    assert len(result) == 1 and isinstance(result[0], InputError), result
    assert result[0].input == name
    assert name in str(result[0]) and "\n" not in str(result[0])
    return result[0]


def test_text_file_is_one_document(tmp_path: Path) -> None:
    p = tmp_path / "article.txt"
    p.write_text(TEXT, encoding="utf-8")
    [doc] = items(p, published="2021-06-17")
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.published) == (str(p), TEXT, "2021-06-17")


def test_missing_file(tmp_path: Path) -> None:
    p = tmp_path / "nowhere.txt"
    assert "no such file" in only_error(items(p), str(p)).problem


def test_directory(tmp_path: Path) -> None:
    assert "directory" in only_error(items(tmp_path), str(tmp_path)).problem


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in only_error(items(p), str(p)).problem


@pytest.mark.parametrize("content", [b"", b"   \n\n\t \n"], ids=["empty", "blank"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    assert "empty" in only_error(items(p), str(p)).problem


def test_empty_jsonl_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.jsonl"
    p.write_bytes(b"\n\n")
    assert "empty" in only_error(items(p), str(p)).problem


def test_non_utf8_file(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes("Le ministre fran\u00e7ais a rencontr\u00e9 son homologue.".encode("latin-1"))
    err = only_error(items(p), str(p))
    assert "UTF-8" in err.problem


def test_utf8_with_byte_order_mark(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    [doc] = items(p)
    assert isinstance(doc, Document) and doc.text == TEXT


def test_bad_inputs_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    good1, good2 = tmp_path / "a.txt", tmp_path / "b.txt"
    good1.write_text(TEXT, encoding="utf-8")
    good2.write_text("India accused Pakistan of shelling.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty-dir"  # a directory with files is read: its files are documents
    empty.mkdir()
    result = items(good1, missing, empty, good2)
    assert [type(r).__name__ for r in result] == ["Document", "InputError", "InputError", "Document"]
    assert [r.input for r in result if isinstance(r, InputError)] == [str(missing), str(empty)]
    assert [r.id for r in result if isinstance(r, Document)] == [str(good1), str(good2)]


def test_jsonl_malformed_line_the_other_lines_still_read(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "first", "text": TEXT, "published": "2020-03-05", "title": "Greece and Turkey"}),
        '{"id": "broken", "text": "no closing brace"',
        "",
        json.dumps({"text": "India accused Pakistan of shelling."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "blank", "text": "   "}),
        json.dumps({"id": "last", "text": "Kenya praised Ethiopia.", "url": "https://example.org/x"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = items(p, published="2021-06-17")
    docs = [r for r in result if isinstance(r, Document)]
    errors = [r for r in result if isinstance(r, InputError)]
    # ids and dates given in a line are honoured; else the line's place and the default date
    assert [(d.id, d.published) for d in docs] == [
        ("first", "2020-03-05"), (f"{p}:4", "2021-06-17"), ("last", "2021-06-17")]
    assert docs[0].title == "Greece and Turkey" and docs[0].text == TEXT
    assert docs[2].url == "https://example.org/x"
    # each error names the file and the line
    assert [e.input for e in errors] == [f"{p}:2", f"{p}:5", f"{p}:6", f"{p}:7"]
    assert "JSON" in errors[0].problem


def test_jsonl_published_honoured_without_a_default(tmp_path: Path) -> None:
    p = tmp_path / "docs.ndjson"
    p.write_text(json.dumps({"id": 7, "text": TEXT, "published": "2019-01-02"}) + "\n", encoding="utf-8")
    [doc] = items(p)
    assert (doc.id, doc.published) == ("7", "2019-01-02")


def test_jsonl_not_utf8(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl"
    p.write_bytes(b'{"text": "caf\xe9"}\n')
    assert "UTF-8" in only_error(items(p), str(p)).problem
