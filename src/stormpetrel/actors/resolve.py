"""Resolving a noun phrase to an actor: state (or IGO), sector, and the person's name.

Within a document, people keep the identity their title gave them ("General X, Chief of the
Army Staff of Pakistan", then "Bajwa", "the Pakistani general", "the army chief"), pronouns and
descriptions ("he", "the latter", "the two sides", "the host nation", "his counterpart") point
back to actors met before, and the model's entity errors are overruled by the gazetteer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from stormpetrel.actors.gazetteer import Gazetteer, Match, SectorTerm, edit_distance
from stormpetrel.grammar import proper_names
from stormpetrel.model import Actor

ACTOR_KINDS = {"country", "adjective", "people", "capital", "seat", "igo", "group", "region", "person"}
# Dependencies that stay inside a noun phrase when looking for its state and sector.
NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "prep", "pobj", "flat", "det", "case", "npadvmod", "nummod"}
NP_PREPS = {"of", "from", "in", "by"}
GENERIC_HEADS = {
    "delegation",
    "official",
    "representative",
    "head",
    "chief",
    "leader",
    "member",
    "team",
    "side",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "deputy",
    "commander",
}
PLURAL_GROUP = {
    "side",
    "nation",
    "country",
    "state",
    "party",
    "government",
    "two",
    "both",
    "neighbour",
    "neighbor",
    "ally",
}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
GROUP_PRONOUNS = {"they", "them", "their"}
THING_PRONOUNS = {"it", "its"}
PARTNER_WORDS = {"counterpart", "host", "other"}
# words of a title that tell one office from another ("the navy chief" is the naval commander)
TITLE_SYNONYMS = {"naval": "navy", "defence": "defense", "armed": "army"}
GENERIC_TITLE_WORDS = {"the", "a", "chief", "head", "commander", "minister", "deputy", "general", "of", "'s"}


@dataclass
class Person:
    name: str
    country: str | None
    sector: str | None
    title: set[str] = field(default_factory=set)


@dataclass
class SentenceMarks:
    """Gazetteer hits in one sentence, by token index."""

    names: dict[int, Match]
    terms: dict[int, SectorTerm]


class DocumentActors:
    """Per-document memory used to resolve later mentions."""

    def __init__(self, gazetteer: Gazetteer, year: int | None) -> None:
        self.gaz = gazetteer
        self.year = year
        self.persons: dict[str, Person] = {}  # by full name and by surname
        self.recent: list[Actor] = []  # resolved actors, most recent last
        self.salience: Counter[str] = Counter()
        self.people: set[int] = set()  # ids of remembered actors that are persons

    # -- marks -------------------------------------------------------------------------
    def marks(self, sent: Span) -> SentenceMarks:
        tokens = list(sent)
        base = sent.start
        names = {}
        for m in self.gaz.match_names(tokens, self.year):
            before = [t.lower_ for t in tokens[max(0, m.start - 2) : m.start]]
            if before in (["anti", "-"], ["pro", "-"]):
                continue  # "an anti-Syria journalist" is no Syrian
            if m.entry.kind in ACTOR_KINDS:
                for i in range(m.start, m.end):
                    names[base + i] = Match(base + m.start, base + m.end, m.entry)
        terms = {}
        for t in self.gaz.match_terms(tokens):
            if any(base + i in names for i in range(t.start, t.end)):
                continue  # "the European Union" is no labour union
            for i in range(t.start, t.end):
                terms[base + i] = SectorTerm(base + t.start, base + t.end, t.term, t.sector, t.kind)
        return SentenceMarks(names, terms)

    def note_sentence(self, sent: Span, marks: SentenceMarks) -> None:
        """Register the people this sentence introduces and count the states it names."""
        seen = set()
        for m in marks.names.values():
            if m.start in seen:
                continue
            seen.add(m.start)
            tok = sent.doc[m.start]
            venue = m.entry.kind in {"capital", "country"} and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"}
            if m.entry.kind in {"country", "adjective", "people", "capital", "seat", "region", "igo"} and not venue:
                self.salience[m.entry.code] += 1
        for run in proper_names(sent):  # names the sentence introduces, with their titles
            head = run[-1]
            if head.i in marks.names or head.i in marks.terms or head.dep_ in {"compound", "flat"}:
                continue
            if len(run) < 2 and not any(t.i in marks.terms for t in head.children):
                continue
            actor = self.resolve(head, marks, register=True)
            if actor and actor.country and actor.name and actor.name != self.gaz.country_name(actor.country):
                self.remember(actor, person=True)
        for tok in sent:  # subjects are what later pronouns point back to
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ in {"NOUN", "PROPN"}:
                actor = self.resolve(tok, marks)
                if actor and actor.country and not actor.members:
                    titled = tok.i in marks.terms and marks.terms[tok.i].kind in {"title", "role"}
                    named = tok.pos_ == "PROPN" and tok.i not in marks.names and any(
                        c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN" for c in tok.children
                    )  # "Qamar Javed Bajwa"; not "the War"
                    self.remember(actor, person=tok.tag_ in {"NN", "NNP"} and (titled or named))

    # -- resolution --------------------------------------------------------------------
    def np_tokens(self, head: Token) -> list[Token]:
        """The noun phrase around ``head``, breadth first (nearest modifiers first), with any
        apposition last: "OAS Secretary General X, a Uruguayan lawyer" serves the OAS."""
        out, queue, later = [head], [head], []
        while queue or later:
            if not queue:
                queue = [later.pop(0)]
                out.append(queue[0])
            tok = queue.pop(0)
            for child in tok.children:
                if child.dep_ not in NP_DEPS:
                    continue
                if child.dep_ == "prep" and child.lower_ not in NP_PREPS:
                    continue
                if child.dep_ == "appos":
                    later.append(child)
                    continue
                out.append(child)
                queue.append(child)
        return out

    def resolve(self, head: Token, marks: SentenceMarks, register: bool = False) -> Actor | None:
        toks = self.np_tokens(head)
        if head.pos_ == "PROPN" and head.i not in marks.names and head.lower_ in self.persons and not register:
            known = self.persons[head.lower_]  # "Varga", whatever label the model gave it
            return Actor(text=_phrase_text(head, toks), name=known.name, country=known.country, sector=known.sector)
        text = _phrase_text(head, toks)
        country = None
        name = None
        kind = None
        match = None
        for tok in toks:
            m = marks.names.get(tok.i)
            if m is not None:
                match = m
                country, kind, name = m.entry.code, m.entry.kind, m.entry.name
                break
        if kind == "people":  # "ethnic Albanians in southern Serbia": the state they live in
            home = next(
                (
                    marks.names[t.i]
                    for t in toks
                    if t.i in marks.names
                    and t.head.dep_ == "prep"
                    and t.head.lower_ in {"in", "of"}
                    and marks.names[t.i].entry.kind in {"country", "region", "capital"}
                ),
                None,
            )
            if home is not None:
                match, country, kind, name = home, home.entry.code, home.entry.kind, home.entry.name
        sector = self._sector(head, toks, marks)
        if match is not None and match.entry.sector and (sector is None or match.entry.kind in {"person", "seat"}):
            sector = match.entry.sector
        person = self._person_name(head, toks, marks)
        if person and kind != "person":
            known = self._lookup_person(person)
            if country is None and known is not None:
                country, sector = known.country, sector or known.sector
            if country is not None and (register or self._lookup_person(person) is None):
                self._register(Person(person, country, sector, _title_words(toks, marks)))
            name = person
        if kind == "person" and match is not None:
            name = match.entry.name
        if country is None:
            described = self._describe(head, toks, marks)
            if described is not None:
                described.text = text
                if sector and not described.sector:
                    described.sector = sector
                return described
            if person or sector:
                return Actor(text=text, name=person, country=None, sector=sector)
            return None
        if name is None:
            name = (
                self.gaz.country_name(country)
                if kind in {"country", "adjective", "people"}
                else (match.entry.name if match else None)
            )
        return Actor(text=text, name=name, country=country, sector=sector)

    def _sector(self, head: Token, toks: list[Token], marks: SentenceMarks) -> str | None:
        own = marks.terms.get(head.i)
        if own is not None and head.lemma_.lower() not in GENERIC_HEADS:
            return own.sector
        for tok in toks:
            if tok.i == head.i:
                continue
            t = marks.terms.get(tok.i)
            if t is not None and t.sector != "GOV":
                return t.sector
        for tok in toks:
            t = marks.terms.get(tok.i)
            if t is not None:
                return t.sector
        return None

    def _person_name(self, head: Token, toks: list[Token], marks: SentenceMarks) -> str | None:
        if head.pos_ != "PROPN" or head.i in marks.terms or head.i in marks.names:
            inside = {t.i for t in toks}  # "his Chief of the General Staff Aziz Khan"
            for run in proper_names(sorted(toks, key=lambda t: t.i)):
                run = [t for t in run if t.i in inside and t.i not in marks.names and t.i not in marks.terms]
                if len(run) >= 2 and all(t.ent_type_ in {"PERSON", ""} for t in run):
                    return " ".join(t.text for t in run)
            return None
        parts = [
            t
            for t in toks
            if t.pos_ == "PROPN"
            and t.i not in marks.terms
            and t.i not in marks.names
            and (t.i == head.i or t.dep_ in {"compound", "flat"} and t.head.i == head.i)
        ]
        parts.sort(key=lambda t: t.i)
        # a name is a contiguous run ending at the head
        run = [head]
        for t in reversed([p for p in parts if p.i < head.i]):
            if t.i == run[0].i - 1:
                run.insert(0, t)
        if head.ent_type_ not in {"PERSON", ""} and len(run) < 2:
            return None
        return " ".join(t.text for t in run)

    def _register(self, person: Person) -> None:
        self.persons[person.name.lower()] = person
        self.persons[person.name.split()[-1].lower()] = person

    def _lookup_person(self, name: str) -> Person | None:
        key = name.lower()
        if key in self.persons:
            return self.persons[key]
        last = key.split()[-1]
        if last in self.persons:
            return self.persons[last]
        for known_key, person in self.persons.items():
            if " " in known_key and known_key.split()[-1] == last and _close(known_key, key):
                return person
        hit = self.gaz.fuzzy_person(name, self.year)
        if hit is not None:
            return Person(hit.name, hit.code, hit.sector)
        return None

    def _describe(self, head: Token, toks: list[Token], marks: SentenceMarks) -> Actor | None:
        lemma = head.lemma_.lower()
        lower = head.lower_
        words = {t.lemma_.lower() for t in toks}
        if lower in PERSON_PRONOUNS:
            return self._last(lambda a: id(a) in self.people)
        if lower in THING_PRONOUNS:
            return self._last(lambda a: a.members == [])
        if lemma == "latter" or lemma == "former":
            pool = [a for a in self.recent if a.country]
            if len(pool) >= 2:
                return _copy(pool[-1] if lemma == "latter" else pool[-2])
            return None
        definite = any(t.lower_ in {"the", "both"} for t in toks)
        group = (
            lower in GROUP_PRONOUNS
            or (
                lemma in PLURAL_GROUP
                and ({"two", "both"} & words or (lemma == "side" and definite and head.tag_ == "NNS"))
            )
            or ({"two", "both"} & words and head.tag_ == "NNS" and head.i in marks.terms)  # "the two ministers"
            or (lemma == "two" and head.dep_ in {"nsubj", "nsubjpass"})
        )
        if group:
            pair = self.pair()
            if pair:
                return Actor(
                    text=head.text,
                    name=None,
                    country=None,
                    members=[Actor(text=head.text, name=self.gaz.country_name(c), country=c) for c in pair],
                )
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and lemma in {"country", "nation", "state", "government", "people"}:
            return self._describe(owner, [owner], marks)  # "his country": the speaker's
        if words & PARTNER_WORDS or (lemma in {"country", "nation", "state"} and any(t.lower_ == "the" for t in toks)):
            return Actor(text=head.text, name="partner", country=None)  # resolved against the other side
        if head.i in marks.terms and any(t.lower_ == "the" for t in toks):
            wanted = _title_words(toks, marks)
            for person in reversed(list({id(p): p for p in self.persons.values()}.values())):
                if person.title & wanted:
                    return Actor(text=head.text, name=person.name, country=person.country, sector=person.sector)
            if head.tag_ == "NN":
                return Actor(text=head.text, name="partner", country=None)  # an official of the other side
        return None

    def _last(self, pred: object) -> Actor | None:
        for actor in reversed(self.recent):
            if actor.country and pred(actor):  # type: ignore[operator]
                return _copy(actor)
        return None

    def pair(self) -> list[str]:
        """The two states the document is most about so far."""
        return [c for c, _ in self.salience.most_common(2)] if len(self.salience) >= 2 else []

    def salient(self, exclude: set[str | None] = frozenset()) -> list[str]:  # type: ignore[assignment]
        """States by how often the document has named them so far, most first."""
        return [c for c, _ in self.salience.most_common() if c not in exclude]

    def partner_of(self, country: str | None) -> str | None:
        pair = self.pair()
        if country in pair:
            other = pair[1] if pair[0] == country else pair[0]
            return other if other != country else None
        return None

    def remember(self, actor: Actor | None, person: bool = False) -> None:
        if actor is None:
            return
        for a in actor.members or [actor]:
            if a.country:
                self.recent.append(a)
                if person or (a.name and a.name != self.gaz.country_name(a.country) and " " in a.name):
                    self.people.add(id(a))


def _title_words(toks: list[Token], marks: SentenceMarks) -> set[str]:
    words = {TITLE_SYNONYMS.get(t.lower_, t.lower_) for t in toks if t.i in marks.terms}
    return words - GENERIC_TITLE_WORDS


def _copy(actor: Actor) -> Actor:
    return Actor(text=actor.text, name=actor.name, country=actor.country, sector=actor.sector)


def _phrase_text(head: Token, toks: list[Token]) -> str:
    idx = sorted(t.i for t in toks)
    lo, hi = idx[0], idx[-1]
    span = head.doc[lo : hi + 1]
    return span.text.strip(" ,")


def _close(a: str, b: str) -> bool:
    """Within two edits (a misspelled repeat of a known name)."""
    return abs(len(a) - len(b)) <= 2 and edit_distance(a, b) <= 2
