"""The trigger lexicon (``data/triggers.tsv``), PLOVER's CAMEO cross-walk and contexts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from stormpetrel import data


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # VERB or NOUN
    type: str
    mode: str | None
    cameo: str
    objects: frozenset[str]  # required object lemmas (empty: any)
    needs_prep: frozenset[str]  # required prepositions/particles (empty: none)
    preps: frozenset[str]  # prepositions introducing the recipient
    flip: bool
    object_is_recipient: bool = False


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[Trigger]]
    nouns: dict[str, list[Trigger]]
    contexts: dict[str, str]
    type_cameo: dict[str, str]


def _split(value: str) -> frozenset[str]:
    return frozenset(v for v in value.split("|") if v)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for row in data.rows("triggers.tsv"):
        obj = row["object"]
        trig = Trigger(
            row["lemma"],
            row["pos"],
            row["type"],
            row["mode"] or None,
            row["cameo"],
            frozenset() if obj.startswith("+") else _split(obj),
            _split(obj[1:]) if obj.startswith("+") else frozenset(),
            _split(row["preps"]),
            row["flip"] == "1",
            row["object_is"] == "recipient",
        )
        (verbs if trig.pos == "VERB" else nouns).setdefault(trig.lemma, []).append(trig)
    for table in (verbs, nouns):  # constrained entries first
        for entries in table.values():
            entries.sort(key=lambda t: (not t.objects, not t.needs_prep))
    contexts = {row["word"]: row["context"] for row in data.rows("contexts.tsv")}
    type_cameo = {row["type"]: row["cameo"] for row in data.rows("cameo.tsv")}
    return Lexicon(verbs, nouns, contexts, type_cameo)
