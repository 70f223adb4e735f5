"""Where an event took place: the "in X", "near X" phrase on its words, named as a city or a
province (``geo``) or as a state of this package's own table of states and capitals.

Among cities of one name, the most populous wins unless the sentence names the state it lies in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from stormpetrel import data
from stormpetrel.geo import NOT_PLACES, city, division, home
from stormpetrel.model import Location

if TYPE_CHECKING:
    from stormpetrel.actors.resolve import SentenceMarks

PLACE_PREPS = data.word_classes("cue_words.tsv")["place_prep"]  # "in Baku", "near Mosul"


def locate(anchors: list[Token], marks: SentenceMarks, country_names: dict[str, str]) -> Location | None:
    """The place named by an 'in/at X' phrase on the event's words."""
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            # "outside of the city of X": the object of the preposition's own "of"
            inner = [o for p in prep.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            for obj in [*prep.children, *inner]:
                if obj.dep_ != "pobj":
                    continue
                loc = _place(obj, marks, country_names)
                if loc is not None:
                    return loc
    return None


def listed_with_thing(tok: Token, phrase: Token) -> bool:
    """Is ``tok`` a name listed within ``phrase`` with a common noun ("in an indictment, Torres
    and Norton were charged"): a person or a thing, no place of the phrase ("in Leeds and
    Bradford" names two; "in the capital, Kabul" one)."""
    while tok.i != phrase.i and tok.dep_ != "ROOT":
        if tok.dep_ == "conj" and tok.head.pos_ != "PROPN":
            return True
        tok = tok.head
    return False


def full_name(tok: Token, phrase: Token) -> str:
    """The name ``tok`` ends, with the words of a name before it inside ``phrase`` ("Al Bab")."""
    start = tok.i
    while start > phrase.left_edge.i and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ == "compound":
        start -= 1
    return tok.doc[start : tok.i + 1].text


def _place(obj: Token, marks: SentenceMarks, country_names: dict[str, str]) -> Location | None:
    """A city named in the phrase (the nearest first), else a state."""
    names = []
    for tok in sorted(obj.subtree, key=lambda t: abs(t.i - obj.i)):
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.lower_ in NOT_PLACES or listed_with_thing(tok, obj):
            continue
        names.append((full_name(tok, obj), tok.text, marks.names.get(tok.i)))
    for full, last, m in names:
        if m is not None and m.entry.kind == "country" and m.entry.alias.lower() == full.lower():
            continue  # "in Montenegro" is the state, not the town of that name in Brazil
        loc = city(full, m.entry.code if m else None) or (city(last) if m and m.entry.kind == "capital" else None)
        province = division(full) if m is None else None
        if province is not None and (loc is None or loc.name.lower() != full.lower()):
            return province  # "in Borno" is the Nigerian state, not the German town also called so
        if loc is not None:
            return loc
    for _, _, m in names:
        if m is not None and m.entry.kind == "country":
            return Location(country_names.get(m.entry.code, m.entry.alias), m.entry.code)
    return None


def struck(heads: list[Token], marks: SentenceMarks) -> Location | None:
    """The place an attack's recipient names when it is a place, not a party: "bombed Idlib",
    "attacked the city of Aleppo", "seized Sanaa" (a town or province of one state only; a
    name the document knows as an actor's is no place)."""
    for head in heads:
        for tok in (head, *(o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)):
            if tok.pos_ != "PROPN" or tok.i in marks.names or tok.lower_ in NOT_PLACES:
                continue
            name = full_name(tok, tok)
            code = home(name)
            if code is not None:
                found = city(name, code)
                return found if found is not None and found.country == code else Location(name, code)
    return None
