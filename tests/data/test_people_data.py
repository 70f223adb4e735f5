"""Integrity checks for src/stormpetrel/data/people.tsv (known office holders)."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pycountry
import pytest

PEOPLE_TSV = Path(__file__).resolve().parents[2] / "src" / "stormpetrel" / "data" / "people.tsv"

HEADER = ["name", "aliases", "code", "sector", "office", "start", "end"]
NON_ISO_CODES = {
    "PSE", "KOS", "TWN", "UN", "NATO", "EU", "AU", "IAEA", "WHO", "IMF", "IMG",
    "LAS", "GCC", "OIC", "OSCE", "OPEC", "WTO",
}
SECTORS = {"GOV", "MIL", "LEG", "REB", "JUD"}
YEAR_RE = re.compile(r"^\d{4}$")
OPEN_END = 9999

# Bare names that are too common, or shared by several listed people, to be
# used as aliases on their own.
FORBIDDEN_BARE_ALIASES = frozenset(
    (
        "kim lee park moon khan ali bush clinton singh sharif castro kirchner "
        "fernandez fernández kaczynski kaczyński hariri aoun abdullah salman "
        "sinwar bhutto zardari haqqani ivanov sargsyan kallas rice powell "
        "johnson brown may li wang hu ma tsai lai assad al-assad aliyev kabila "
        "maliki abbas petro bashir al-bashir"
    ).split()
)


def _read_lines() -> list[str]:
    return PEOPLE_TSV.read_text(encoding="utf-8").splitlines()


def _read_table() -> tuple[list[str], list[list[str]]]:
    data_lines = [line for line in _read_lines() if line.strip() and not line.startswith("#")]
    reader = csv.reader(data_lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header, *rows = list(reader)
    return header, rows


def _dicts() -> list[dict[str, str]]:
    _, rows = _read_table()
    return [dict(zip(HEADER, row, strict=True)) for row in rows]


def _span(row: dict[str, str]) -> tuple[int, int]:
    return int(row["start"]), int(row["end"]) if row["end"] else OPEN_END


def _aliases(row: dict[str, str]) -> list[str]:
    return [a for a in row["aliases"].split("|")] if row["aliases"] else []


def test_file_starts_with_comment() -> None:
    lines = _read_lines()
    assert lines, "people.tsv is empty"
    assert lines[0].startswith("# "), "first line should be a one-line description comment"


def test_header() -> None:
    header, _ = _read_table()
    assert header == HEADER


def test_row_shape() -> None:
    _, rows = _read_table()
    assert len(rows) >= 200
    for row in rows:
        assert len(row) == len(HEADER), f"expected 7 columns: {row}"
        for value in row:
            assert value == value.strip(), f"stray whitespace in {row}"
        assert row[0], f"empty name: {row}"
        assert row[4], f"empty office: {row}"


def test_codes() -> None:
    for row in _dicts():
        code = row["code"]
        if code in NON_ISO_CODES:
            continue
        assert pycountry.countries.get(alpha_3=code) is not None, f"unknown code {code!r}: {row}"


def test_sectors() -> None:
    for row in _dicts():
        assert row["sector"] in SECTORS, f"bad sector: {row}"


def test_years() -> None:
    for row in _dicts():
        assert YEAR_RE.match(row["start"]), f"bad start year: {row}"
        assert row["end"] == "" or YEAR_RE.match(row["end"]), f"bad end year: {row}"
        start, end = _span(row)
        assert 1900 <= start <= 2100, f"implausible start: {row}"
        assert start <= end, f"start after end: {row}"


def test_no_duplicate_rows() -> None:
    _, rows = _read_table()
    seen: set[tuple[str, ...]] = set()
    for row in rows:
        key = tuple(row)
        assert key not in seen, f"duplicate row: {row}"
        seen.add(key)


def test_alias_field_well_formed() -> None:
    for row in _dicts():
        aliases = _aliases(row)
        folded = [a.casefold() for a in aliases]
        assert all(aliases), f"empty alias in {row}"
        assert len(folded) == len(set(folded)), f"repeated alias in {row}"
        assert row["name"].casefold() not in folded, f"alias repeats the name in {row}"
        for alias in aliases:
            assert alias == alias.strip(), f"stray whitespace in alias {alias!r}"


def test_no_forbidden_bare_aliases() -> None:
    for row in _dicts():
        for alias in _aliases(row):
            assert alias.casefold() not in FORBIDDEN_BARE_ALIASES, (
                f"too common / shared bare alias {alias!r} for {row['name']}"
            )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _boundary_only(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The spans only share the handover year (one ends the year the other starts)."""
    return a[1] == b[0] or b[1] == a[0]


def test_no_ambiguous_aliases() -> None:
    """A name or alias must not point to two codes in overlapping years.

    The same person moving between a state and an IGO (e.g. a prime minister
    becoming NATO secretary-general) may share the handover year.
    """
    index: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _dicts():
        for key in {row["name"].casefold(), *(a.casefold() for a in _aliases(row))}:
            index[key].append(row)
    problems = []
    for key, rows in index.items():
        for a, b in combinations(rows, 2):
            if a["code"] == b["code"]:
                continue
            span_a, span_b = _span(a), _span(b)
            if not _overlap(span_a, span_b):
                continue
            if a["name"] == b["name"] and _boundary_only(span_a, span_b):
                continue
            problems.append(f"{key!r}: {a['name']} {a['code']} {span_a} vs {b['name']} {b['code']} {span_b}")
    assert not problems, "ambiguous aliases:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("alias", "year", "code"),
    [
        ("Putin", 2022, "RUS"),
        ("Erdogan", 2020, "TUR"),
        ("Erdoğan", 2010, "TUR"),
        ("Zelenskyy", 2023, "UKR"),
        ("Xi", 2015, "CHN"),
        ("Netanyahu", 2024, "ISR"),
        ("Abu Mazen", 2010, "PSE"),
        ("Tusk", 2016, "EU"),
        ("Tusk", 2024, "POL"),
        ("Stoltenberg", 2020, "NATO"),
        ("Khamenei", 2025, "IRN"),
    ],
)
def test_known_lookups(alias: str, year: int, code: str) -> None:
    codes = {
        row["code"]
        for row in _dicts()
        if alias.casefold() in {row["name"].casefold(), *(a.casefold() for a in _aliases(row))}
        and _span(row)[0] <= year <= _span(row)[1]
    }
    assert codes == {code}
