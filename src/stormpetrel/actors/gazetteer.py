"""Matching the gazetteer's names (states, capitals, IGOs, groups, people) and sector
vocabulary against parsed text.

Data: ``data/actors.tsv`` (alias, code, sector, kind), ``data/sectors.tsv`` (term, sector,
kind) and ``data/people.tsv`` (name, aliases, code, sector, office, start, end).

A name several states' bodies bear ("Labour", "the Greens", "the Conservative Party": code
``GBR|NZL|...``) is of the state named just before it ("Spain's Socialists", "the Danish Social
Democrats"), else of the one of its states the sentence names ("Labour urged the British
government"), else of the one the sentence's people ("Theresa May rebuked the Conservatives")
and the story name, else of the state marked ``*`` as the one news nearly always means by it
("*GBR|CAN"), else of no one; at the end of a longer name the table does not know ("the National
Democratic Party of Germany") it is of no one. Such a name that is also an English
word ("Labour", "Liberal") does not count at a sentence's start as a common noun's modifier
("Labour costs rose" is no party; "Labour leader X" is).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Token

from stormpetrel import data, geo

MAX_LEN = 8
# a one-word state name this long or longer is recognised with one letter dropped or doubled
# inside it ("Ethopia", "Afganistan", "Phillippines"); its first two and last two letters are
# kept and no letter is changed, so that "Americas", "Greens" or "Columbia" stay what they are
FUZZY_MIN_LEN = 7
FUZZY_KINDS = {"country"}
# "U.S.-led": the one written before it leads (not "U.S.-backed": a sponsor is not the actor)
LEADER_SUFFIXES = data.word_classes("actor_words.tsv")["leader_suffix"]
# "Leila De Lima", "Ana da Costa": a particle that joins a first name to a surname
NAME_PARTICLES = data.word_classes("actor_words.tsv")["name_particle"]
HONORIFICS = data.word_classes("actor_words.tsv")["honorific"]  # "Mr", "Mrs": no first names
# the kind of a name that holds a state's name but stands for no one ("South America", "Indian Ocean")
NO_ONE = "none"
# the kinds of name a person's first name or surname may also be ("Tokyo Sexwale", "Maria Lima")
PLACE_KINDS = {"country", "capital", "region"}
# the kinds of name a surname may also be when a role and a first name come before it ("Mark Cuban")
DEMONYM_KINDS = {"adjective", "people"}
# the kind of a name several states' bodies bear before it is settled on one of them ("Labour")
SHARED = "shared"
# the kinds of name that tell which state a sentence is about, to settle a shared name on
STATE_KINDS = {"country", "adjective", "people", "capital", "seat", "region", "group", "person"}
# the kinds of name that, written just before a shared name, make it theirs ("Danish", "Spain's")
OWNER_KINDS = {"country", "adjective", "region"}


# follows a name and is no surname: "Jr", "Sr", a regnal number ("Charles III")
NAME_SUFFIXES = data.word_classes("actor_words.tsv")["name_suffix"]


def _surname(written: str, titles: Collection[str]) -> str | None:
    """The surname of a person's name as written, in lower case: its last word, save a suffix
    ("Joseph R. Biden Jr.": biden); none when only a first name is left once the suffix and any
    title before it are gone ("King Charles III", "Elizabeth II")."""
    words = [w.lower() for w in written.split()]
    while words and words[-1] in NAME_SUFFIXES:
        words.pop()
    while words and words[0] in titles:
        words.pop(0)
    return words[-1] if len(words) > 1 else None


@dataclass(frozen=True)
class Entry:
    alias: str
    code: str
    sector: str | None
    kind: str  # country, adjective, people, capital, seat, igo, group, region, person, none
    name: str  # canonical name
    start_year: int | None = None
    end_year: int | None = None
    office: str | None = None  # of a person
    codes: frozenset[str] = frozenset()  # the states a name several states' bodies bear may stand for

    def in_office(self, year: int | None) -> bool:
        """Does a person hold the office the table gives in ``year`` (any year when unknown)?"""
        return year is None or (self.start_year or 0) <= year <= (self.end_year or 9999)


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
        self.capitals: dict[tuple[str, ...], set[tuple[bool, ...]]] = {}  # which words a name capitalises
        self.exact: dict[tuple[str, ...], list[Entry]] = {}
        self.country_names: dict[str, str] = {}
        self.non_state_codes: set[str] = set()  # IGOs, NGO, IMG
        self.body_names: set[str] = set()  # names of states, bodies and groups: no person's
        self.seat_names: set[str] = set()  # names of the state's seats and institutions ("White House")
        for row in data.rows("actors.tsv"):
            alias = row["alias"]
            if row["kind"] != NO_ONE:
                self.body_names.add(alias.lower())
            code, codes, kind = _codes(row["code"], row["kind"])
            entry = Entry(alias, code, row["sector"] or None, kind, alias, codes=codes)
            self._add(tok, entry)
            if kind == "country":
                self.country_names.setdefault(code, alias)
            if kind == "seat":
                self.seat_names.add(alias.lower())
            if kind in {"igo", "group"} and not codes and code not in self.country_names:
                self.non_state_codes.add(code)
        for row in data.rows("people.tsv"):
            written = [row["name"], *filter(None, row["aliases"].split("|"))]
            for alias in dict.fromkeys(v for a in written for v in _spellings(a)):
                entry = Entry(
                    alias,
                    row["code"],
                    row["sector"] or None,
                    "person",
                    row["name"],
                    int(row["start"]) if row["start"] else None,
                    int(row["end"]) if row["end"] else None,
                    row["office"] or None,
                )
                self._add(tok, entry)
        self.non_state_codes -= set(self.country_names)
        self._first_words: dict[str, set[int]] = {}
        for table in (self.names, self.exact):
            for key in table:
                self._first_words.setdefault(key[0].lower(), set()).add(len(key))
        self._fuzzy: dict[tuple[str, str], list[tuple[str, Entry]]] = {}
        for key, entries in self.names.items():
            word = key[0]
            if len(key) == 1 and len(word) >= FUZZY_MIN_LEN and word.isalpha():
                for e in entries:
                    if e.kind in FUZZY_KINDS:
                        self._fuzzy.setdefault((word[:2], word[-2:]), []).append((word, e))
                        break
        self._first_term_words: dict[str, set[int]] = {}
        self.common_words = _dictionary_words(nlp)
        self.terms: dict[tuple[str, ...], tuple[str, str, str]] = {}
        self.body_nouns: set[str] = set()  # head nouns of bodies: "ministry", "office" (of "office of the president")
        for row in data.rows("sectors.tsv"):
            term = row["term"]
            if row["kind"] == "body":
                self.body_nouns.add(term.split(" of ")[0].split()[-1])
            # as written before a name the tokenizer may split it otherwise ("Gen." is one token)
            for form in {term, term.title(), term.capitalize()}:
                key = tuple(t.lower_ for t in tok(form))
                self.terms.setdefault(key, (term, row["sector"], row["kind"]))
                self._first_term_words.setdefault(key[0], set()).add(len(key))
        titles = {key[0] for key, (_, _, kind) in self.terms.items() if kind == "title" and len(key) == 1}
        self.people_by_last: dict[str, list[Entry]] = {}
        for entries in self.names.values():
            for e in entries:
                if e.kind == "person" and " " in e.name:
                    for written in {e.name, e.alias}:  # "Schröder", "Schroeder"
                        last = _surname(written, titles)
                        if last is not None and e not in self.people_by_last.setdefault(last, []):
                            self.people_by_last[last].append(e)

    def _add(self, tok: object, entry: Entry) -> None:
        words = tuple(t.text for t in tok(entry.alias))  # type: ignore[operator]
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        if not words or len(words) > MAX_LEN:
            return
        if _is_acronym(entry.alias) or entry.alias[:1].islower():  # "NATO"; "al-Qaeda" as written
            self.exact.setdefault(words, []).append(entry)
            if entry.kind != "person" and words[0][:1].islower() and any(w[:1].isupper() for w in words[1:]):
                # a body's name that opens in lowercase, also as a sentence opens it: "Al-Qaeda said"
                # (not a surname's particle: "de Lima" is no "De Lima")
                self.exact.setdefault((words[0][:1].upper() + words[0][1:], *words[1:]), []).append(entry)
        else:
            key = tuple(w.lower() for w in words)
            self.names.setdefault(key, []).append(entry)
            self.capitals.setdefault(key, set()).add(tuple(w[:1].isupper() for w in words))

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code or "", code)

    def _named(self, words: Sequence[str]) -> list[Entry] | None:
        """The entries of a name written any case, when the words it capitalises are capitalised
        too ("Russia Today" the channel, not "visited Russia today"; "RUSSIA TODAY" in capitals)."""
        key = tuple(w.lower() for w in words)
        entries = self.names.get(key)
        if entries is None or len(words) == 1:
            return entries
        written = tuple(w[:1].isupper() for w in words)
        if any(all(w or not c for w, c in zip(written, caps, strict=True)) for caps in self.capitals.get(key, ())):
            return entries
        return None

    def fuzzy_person(self, name: str, year: int | None = None) -> Entry | None:
        """A known office holder whose name is ``name`` but for a small misspelling."""
        words = name.lower().split()
        if len(words) < 2:
            return None
        candidates = [
            e for e in self.people_by_last.get(words[-1], []) if edit_distance(e.name.lower(), name.lower()) <= 2
        ]
        return _pick(candidates, year) if candidates else None

    def person_by_surname(self, surname: str, year: int | None = None) -> Entry | None:
        """The office holder known by ``surname`` ("President Bush"), when every holder of that
        surname in the table serves the same state."""
        entries = self.people_by_last.get(surname.lower(), [])
        if not entries or len({e.code for e in entries}) != 1:
            return None
        return _pick(entries, year)

    def match_names(self, tokens: Sequence[Token], year: int | None = None, named: Collection[str] = ()) -> list[Match]:
        """Longest non-overlapping matches of gazetteer names, left to right (indices into
        ``tokens``); a name several states' bodies bear is settled on the state the sentence, or
        else the story (the states ``named`` before), names."""
        texts = [t.text for t in tokens]
        lowers = [t.lower() for t in texts]
        found = _longest(
            len(texts),
            lambda i, k: self.exact.get(tuple(texts[i : i + k]))
            or (self._named(texts[i : i + k]) if texts[i][:1].isupper() or lowers[i] == "u.s." else None),
            lambda i, k, entries: Match(i, i + k, _pick(entries, year)),
            self._first_words,
            lowers,
        )
        taken = {i for m in found for i in range(m.start, m.end)}
        found = [m for m in found if m.entry.kind != NO_ONE]  # "South America": not America
        for i, tok in enumerate(tokens):
            if i in taken or getattr(tok, "pos_", "PROPN") not in {"PROPN", "ADJ", "NOUN"}:
                continue
            entry = self.fuzzy_name(texts[i]) or self.led_by(texts[i], year)
            if entry is not None:
                found.append(Match(i, i + 1, entry))
        found = self._settle_shared(tokens, found, named)
        return sorted(found, key=lambda m: m.start)

    def _settle_shared(self, tokens: Sequence[Token], found: list[Match], named: Collection[str]) -> list[Match]:
        """Each name several states' bodies bear as the state a name just before it owns ("Spain's
        Socialists"), else the one the sentence names, else the one the sentence's people and the
        story name, else its usual one; not an English word that opens the sentence as a common
        noun's modifier, nor the end of a longer name the table does not know."""
        if not any(m.entry.codes for m in found):
            return found
        here = {m.entry.code for m in found if m.entry.kind in STATE_KINDS - {"person"} and not m.entry.codes}
        people = {m.entry.code for m in found if m.entry.kind == "person"}
        ends = {m.end: m for m in found if m.entry.kind in OWNER_KINDS}
        out = []
        for m in found:
            if not m.entry.codes:
                out.append(m)
                continue
            if m.end == 1 and self._common_modifier(tokens[0]):
                continue  # "Labour costs rose", "Liberal democracies": the word, not the party
            owner = ends.get(m.start)
            if owner is None and m.start >= 1 and tokens[m.start - 1].text in {"'s", "’s"}:
                owner = ends.get(m.start - 1)
            code = owner.entry.code if owner is not None else self._placed_before(tokens, m)
            if code is not None:  # "the Danish Social Democrats", "New Zealand's Labour", "Ohio Democrats"
                entry: Entry | None = replace(m.entry, code=code, kind="group")
            elif self._in_longer_name(tokens, m):
                continue  # "the Grand National Party", "the Social-Democratic Party"
            else:
                entry = _settle(m.entry, here, set(named) | people)
            if entry is not None:
                out.append(Match(m.start, m.end, entry))
        return out

    def _placed_before(self, tokens: Sequence[Token], m: Match) -> str | None:
        """The state, among a shared name's, of a province or a city named just before it ("the
        Michigan Republican Party", "the Quebec Liberals")."""
        if m.start == 0:
            return None
        tok = tokens[m.start - 1]
        if not tok.text[:1].isupper() or getattr(tok, "pos_", "PROPN") != "PROPN":
            return None
        code = geo.home(tok.text)
        return code if code in m.entry.codes else None

    def _in_longer_name(self, tokens: Sequence[Token], m: Match) -> bool:
        """Is this shared name the end of a longer name the table does not know: after a proper
        name that is no name of the table's ("the National Democratic Party of Germany"), or
        joined to one by a hyphen ("the Social-Democratic Party")?"""
        i = m.start - 1
        if i >= 1 and tokens[i].text == "-":
            i -= 1
        if i < 0:
            return False
        tok = tokens[i]
        if not tok.text[:1].isupper() or getattr(tok, "pos_", "PROPN") != "PROPN":
            return False
        low = tok.text.lower()
        if (low,) in self.names or (tok.text,) in self.exact or (low,) in self.terms:
            return False  # "Tory and Labour MPs", "Chancellor"
        return i > 0 or low not in self.common_words

    def _common_modifier(self, tok: Token) -> bool:
        """Is this English word at a sentence's start the word, not a name: a modifier of a noun
        that is no title or body ("Labour costs", "Conservative estimates"; not "Labour leader")?"""
        low = tok.text.lower()
        if low not in self.common_words and not (low.endswith("s") and low[:-1] in self.common_words):
            return False
        if getattr(tok, "pos_", "PROPN") == "PROPN" or getattr(tok, "dep_", "") not in {"compound", "amod"}:
            return False
        head = tok.head
        return (head.lower_,) not in self.terms and (head.lemma_.lower(),) not in self.terms

    def in_person_name(self, tokens: Sequence[Token], match: Match) -> bool:
        """Is this place's name part of a person's name: a first name before a surname ("Tokyo
        Sexwale"), or a surname after a first name ("Maria Lima", "Leila De Lima")? Or a known
        person's one-word name the first name of another ("Abe Foxman")? The other words
        must be proper names that are no English word, no place and no gazetteer entry ("Tokyo
        Stock Exchange", "Paris Agreement", "Greater Lima" stay places)."""
        if match.entry.kind in DEMONYM_KINDS:
            return self._demonym_surname(tokens, match)
        if match.entry.kind == "person":  # "Abe Foxman": a first name, not Prime Minister Abe
            nxt = tokens[match.end] if match.end < len(tokens) and match.end - match.start == 1 else None
            return (nxt is not None and self._name_word(nxt)) or self._namesake(tokens, match)
        if match.entry.kind not in PLACE_KINDS:
            return False
        after = []
        rest = list(tokens[match.end :])
        if rest and rest[0].text == "[":  # "Tokyo [Sexwale]": a surname an editor added
            rest = rest[1:]
        for tok in rest:
            if getattr(tok, "pos_", "") != "PROPN":
                break
            after.append(tok)
        if after:  # "Tokyo Sexwale"
            if match.entry.kind == "country":
                # only after a role its bearer plays ("producer Jordan Horowitz"): not a state
                # before its envoy's name ("relations with Russia Zurab X")
                before = tokens[match.start - 1] if match.start > 0 else None
                role = before is not None and getattr(before, "tag_", "") == "NN" and before.text.islower()
                return role and all(self._name_word(t, english=True) for t in after)
            return all(self._name_word(t) for t in after)
        if match.start == 0:
            return False
        before = tokens[match.start - 1]
        if before.text.lower() in NAME_PARTICLES and match.start >= 2:  # "Leila De Lima", "Maria da Lisboa"
            first = tokens[match.start - 2]
            return self._name_word(first, english=True)
        return before.text[:1].isupper() and self._name_word(before)  # "Maria Lima"

    def _namesake(self, tokens: Sequence[Token], match: Match) -> bool:
        """Is this known person's surname, written alone, that of another person whose first name
        comes before it ("judge Andrew Napolitano" is not Giorgio Napolitano, "Shehbaz Sharif" not
        Nawaz)? A first name of the known one's initial may be another spelling or a short form
        of it ("Sergey", "Nevaz", "Chuck")."""
        if match.start == 0 or match.end - match.start != 1:
            return False
        before = tokens[match.start - 1]
        firsts = [w.lower() for w in match.entry.name.split()[:-1]]
        low = before.text.lower()
        if not firsts or low in HONORIFICS or not self._name_word(before, english=True):
            return False
        return all(low[:1] != f[:1] for f in firsts)

    def _demonym_surname(self, tokens: Sequence[Token], match: Match) -> bool:
        """Is this one-word demonym the surname of a person a role introduces ("billionaire
        investor Mark Cuban", "host Tom English")? A first name comes before it, a role word
        before that, and no noun after it ("Monday Russian troops" stays Russian)."""
        if match.end - match.start != 1 or match.start < 2:
            return False
        if match.end < len(tokens) and getattr(tokens[match.end], "pos_", "") in {"NOUN", "PROPN"}:
            return False
        first, role = tokens[match.start - 1], tokens[match.start - 2]
        if not self._name_word(first, english=True):
            return False
        low = role.text.lower()
        return (low,) in self.terms or (getattr(role, "pos_", "") == "NOUN" and role.text.islower())

    def _name_word(self, tok: Token, english: bool = False) -> bool:
        """A capitalised proper noun that is no known name or place, nor (unless ``english``) an
        English word."""
        text = tok.text
        if getattr(tok, "pos_", "") != "PROPN" or not text.istitle() or not text.isalpha() or len(text) < 2:
            return False
        low = text.lower()
        if not english and (low in self.common_words or (low.endswith("s") and low[:-1] in self.common_words)):
            return False
        if (low,) in self.names or (text,) in self.exact or (low,) in self.terms or low in self._first_term_words:
            return False
        return geo.home(text) is None

    def led_by(self, word: str, year: int | None = None) -> Entry | None:
        """The state or organisation that leads what one word written "U.S.-led" describes (the
        tokenizer keeps such a word whole when its name ends in a full stop)."""
        name, dash, suffix = word.rpartition("-")
        if not dash or suffix.lower() not in LEADER_SUFFIXES or not name[:1].isupper():
            return None
        entries = self.exact.get((name,)) or self.names.get((name.lower(),))
        entries = [e for e in entries or [] if e.kind in {"country", "adjective", "igo"}]
        return _pick(entries, year) if entries else None

    def fuzzy_name(self, word: str) -> Entry | None:
        """The state name ``word`` is but for one letter added or dropped inside it (first two
        and last two letters kept), on names of seven letters or more, when one state fits."""
        low = word.lower()
        if len(low) < FUZZY_MIN_LEN or not low.isalpha() or not word[:1].isupper():
            return None
        if (low,) in self.names:
            return None
        hits = {
            e.code: e
            for name, e in self._fuzzy.get((low[:2], low[-2:]), [])
            if abs(len(name) - len(low)) == 1 and edit_distance(name, low) == 1
        }
        return next(iter(hits.values())) if len(hits) == 1 else None

    def match_terms(self, tokens: Sequence[Token]) -> list[SectorTerm]:
        """Longest non-overlapping matches of sector vocabulary (by text, or by a noun's lemma: a
        verb is no body, "were forced to" no armed force)."""
        lowers = [t.lower_ for t in tokens]
        lemmas = [t.lower_ if t.pos_ in {"VERB", "AUX"} else t.lemma_.lower() for t in tokens]
        return _longest(
            len(lowers),
            lambda i, k: self.terms.get(tuple(lowers[i : i + k])) or self.terms.get(tuple(lemmas[i : i + k])),
            lambda i, k, hit: SectorTerm(i, i + k, *hit),
            self._first_term_words,
            lowers,
            lemmas,
        )


def _settle(entry: Entry, here: Collection[str], named: Collection[str]) -> Entry | None:
    """A name several states' bodies bear as the one of them the sentence names (``here``), else
    the one the story named, else its usual state (``entry.code``, if it has one)."""
    for states in (set(here), set(here) | set(named)):
        known = states & entry.codes
        if len(known) == 1:
            return replace(entry, code=next(iter(known)), kind="group")
    if entry.kind == SHARED:
        return None
    return entry


def _codes(written: str, kind: str) -> tuple[str, frozenset[str], str]:
    """A row's code, the states a shared name may stand for, and its kind: ``GBR|NZL`` is a name
    several states' bodies bear, unsettled; ``*GBR|CAN`` one that is GBR's unless the text
    names CAN."""
    if "|" not in written:
        return written, frozenset(), kind
    codes = [c.strip() for c in written.split("|")]
    usual = [c[1:] for c in codes if c.startswith("*")]
    states = frozenset(c.lstrip("*") for c in codes)
    return (usual[0], states, kind) if usual else ("", states, SHARED)


def _dictionary_words(nlp: Language) -> frozenset[str]:
    """The English words the model's lemmatizer knows (its word lists by part of speech)."""
    try:
        tables = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        index = tables.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    return frozenset(w for words in index.values() for w in words)


# how a letter with a diacritic is written without one in English news ("Schröder", "Schroeder")
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _spellings(name: str) -> list[str]:
    """A name as written, without its diacritics ("Erdoğan": "Erdogan"), and with German umlauts
    spelled out ("Schröder": "Schroeder")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return [name, plain, name.translate(_GERMAN)]


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
        return (1 if e.in_office(year) else 2, -(e.start_year or 0))

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
