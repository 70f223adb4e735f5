"""Matching the gazetteer's names (states, capitals, IGOs, groups, people) and sector
vocabulary against parsed text.

Data: ``data/actors.tsv`` (alias, code, sector, kind), ``data/sectors.tsv`` (term, sector,
kind) and ``data/people.tsv`` (name, aliases, code, sector, office, start, end).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Token

from stormpetrel import data

MAX_LEN = 8


@dataclass(frozen=True)
class Entry:
    alias: str
    code: str
    sector: str | None
    kind: str  # country, adjective, people, capital, seat, igo, group, region, person
    name: str  # canonical name
    start_year: int | None = None
    end_year: int | None = None


@dataclass(frozen=True)
class Match:
    start: int  # token indices in the Doc, end exclusive
    end: int
    entry: Entry


@dataclass(frozen=True)
class SectorTerm:
    start: int
    end: int
    term: str
    sector: str
    kind: str  # title, body, role


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


class Gazetteer:
    """Names and terms, keyed by their token sequences as the model's tokenizer splits them."""

    def __init__(self, nlp: Language) -> None:
        tok = nlp.tokenizer
        self.names: dict[tuple[str, ...], list[Entry]] = {}
        self.exact: dict[tuple[str, ...], list[Entry]] = {}
        self.country_names: dict[str, str] = {}
        for row in data.rows("actors.tsv"):
            alias = row["alias"]
            entry = Entry(alias, row["code"], row["sector"] or None, row["kind"], alias)
            self._add(tok, entry)
            if row["kind"] == "country":
                self.country_names.setdefault(row["code"], alias)
        for row in data.rows("people.tsv"):
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                entry = Entry(
                    alias,
                    row["code"],
                    row["sector"] or None,
                    "person",
                    row["name"],
                    int(row["start"]) if row["start"] else None,
                    int(row["end"]) if row["end"] else None,
                )
                self._add(tok, entry)
        self._first_words: dict[str, set[int]] = {}
        for table in (self.names, self.exact):
            for key in table:
                self._first_words.setdefault(key[0].lower(), set()).add(len(key))
        self._first_term_words: dict[str, set[int]] = {}
        self.people_by_last: dict[str, list[Entry]] = {}
        for entries in self.names.values():
            for e in entries:
                if e.kind == "person" and " " in e.name:
                    self.people_by_last.setdefault(e.name.split()[-1].lower(), []).append(e)
        self.terms: dict[tuple[str, ...], tuple[str, str, str]] = {}
        for row in data.rows("sectors.tsv"):
            key = tuple(t.lower_ for t in tok(row["term"]))
            self.terms.setdefault(key, (row["term"], row["sector"], row["kind"]))
            self._first_term_words.setdefault(key[0], set()).add(len(key))

    def _add(self, tok: object, entry: Entry) -> None:
        words = tuple(t.text for t in tok(entry.alias))  # type: ignore[operator]
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        if not words or len(words) > MAX_LEN:
            return
        if _is_acronym(entry.alias) or entry.alias[:1].islower():  # "NATO"; "al-Qaeda" as written
            self.exact.setdefault(words, []).append(entry)
        else:
            self.names.setdefault(tuple(w.lower() for w in words), []).append(entry)

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code or "", code)

    def fuzzy_person(self, name: str, year: int | None = None) -> Entry | None:
        """A known office holder whose name is ``name`` but for a small misspelling."""
        words = name.lower().split()
        if len(words) < 2:
            return None
        candidates = [
            e for e in self.people_by_last.get(words[-1], []) if edit_distance(e.name.lower(), name.lower()) <= 2
        ]
        return _pick(candidates, year) if candidates else None

    def match_names(self, tokens: Sequence[Token], year: int | None = None) -> list[Match]:
        """Longest non-overlapping matches of gazetteer names, left to right (indices into
        ``tokens``)."""
        texts = [t.text for t in tokens]
        lowers = [t.lower() for t in texts]
        return _longest(
            len(texts),
            lambda i, k: self.exact.get(tuple(texts[i : i + k]))
            or (self.names.get(tuple(lowers[i : i + k])) if texts[i][:1].isupper() or lowers[i] == "u.s." else None),
            lambda i, k, entries: Match(i, i + k, _pick(entries, year)),
            self._first_words,
            lowers,
        )

    def match_terms(self, tokens: Sequence[Token]) -> list[SectorTerm]:
        """Longest non-overlapping matches of sector vocabulary (by text or lemma)."""
        lowers = [t.lower_ for t in tokens]
        lemmas = [t.lemma_.lower() for t in tokens]
        return _longest(
            len(lowers),
            lambda i, k: self.terms.get(tuple(lowers[i : i + k])) or self.terms.get(tuple(lemmas[i : i + k])),
            lambda i, k, hit: SectorTerm(i, i + k, *hit),
            self._first_term_words,
            lowers,
            lemmas,
        )


def _longest(n, lookup, make, first_words, *keys):  # type: ignore[no-untyped-def]
    """Scan left to right for the longest entry starting at each position (the lengths worth
    trying are those of entries whose first word is here)."""
    out = []
    i = 0
    while i < n:
        lengths: set[int] = set()
        for key in keys:
            lengths |= first_words.get(key[i], set())
        found = None
        for k in sorted((k for k in lengths if i + k <= n), reverse=True):
            hit = lookup(i, k)
            if hit:
                found = make(i, k, hit)
                break
        if found is not None:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


def _pick(entries: list[Entry], year: int | None) -> Entry:
    """Among entries for one alias, prefer a state name, then an office holder of that year."""
    if len(entries) == 1 or year is None:
        return entries[0]

    def rank(e: Entry) -> tuple[int, int]:
        if e.kind != "person":
            return (0, 0)
        in_office = (e.start_year or 0) <= year <= (e.end_year or 9999)
        return (1 if in_office else 2, -(e.start_year or 0))

    return min(entries, key=rank)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (small strings only)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=4)
def load(nlp: Language) -> Gazetteer:
    return Gazetteer(nlp)
