"""The trigger lexicon (``data/triggers.tsv``), PLOVER's CAMEO cross-walk and contexts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from stormpetrel import data
from stormpetrel.grammar import irregular_forms


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
    modifiers: frozenset[str] = frozenset()  # for a noun: one of these must modify it ("hunger strike")
    excluded: frozenset[str] = frozenset()  # objects (a verb's) or modifiers (a noun's) that rule it out


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[Trigger]]
    nouns: dict[str, list[Trigger]]
    contexts: dict[str, str]
    type_cameo: dict[str, str]


@lru_cache(maxsize=1)
def _coder_words() -> dict[str, frozenset[str]]:
    """The word classes of ``coder_words.tsv``, read once."""
    return data.word_classes("coder_words.tsv")


def _split(value: str) -> frozenset[str]:
    """The |-separated words of a column; "@name" stands for that word class of ``coder_words.tsv``."""
    return frozenset(w for v in value.split("|") if v for w in (_coder_words()[v[1:]] if v[:1] == "@" else {v}))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for row in data.rows("triggers.tsv"):
        obj, _, unless = row["object"].partition("!") if row["object"][:1] != "!" else (row["object"], "", "")
        kind = obj[:1] if obj[:1] in {"+", "~", "!"} else ""
        preps_needed, _, prep_objects = obj[1:].partition(":") if kind == "+" else ("", "", "")
        trig = Trigger(
            row["lemma"],
            row["pos"],
            row["type"],
            row["mode"] or None,
            row["cameo"],
            _split(prep_objects) if kind == "+" else frozenset() if kind else _split(obj),
            _split(preps_needed) if kind == "+" else frozenset(),
            _split(row["preps"]),
            row["flip"] == "1",
            row["object_is"] == "recipient",
            _split(obj[1:]) if kind == "~" else frozenset(),
            _split(obj[1:]) if kind == "!" else _split(unless),
        )
        (verbs if trig.pos == "VERB" else nouns).setdefault(trig.lemma, []).append(trig)
    for lemma in [v for v in verbs if v.endswith("ize")]:  # "criticise": the British spelling, the same verb
        verbs.setdefault(lemma[:-3] + "ise", [replace(t, lemma=lemma[:-3] + "ise") for t in verbs[lemma]])
    for table in (verbs, nouns):  # constrained entries first
        for entries in table.values():
            entries.sort(key=lambda t: (not t.modifiers, not t.objects, not t.needs_prep))
    contexts = {row["word"]: row["context"] for row in data.rows("contexts.tsv")}
    type_cameo = {row["type"]: row["cameo"] for row in data.rows("cameo.tsv")}
    return Lexicon(verbs, nouns, contexts, type_cameo)


@lru_cache(maxsize=1)
def polarity() -> dict[str, str]:
    """Judging word (lowercase lemma) -> polarity (negative or positive), from ``data/judgements.tsv``."""
    return {row["word"]: row["polarity"] for row in data.rows("judgements.tsv") if row["polarity"]}


@lru_cache(maxsize=1)
def _irregular_lemmas() -> dict[str, str]:
    """Irregular forms to their lemmas ("retook" -> "retake"), from ``data/irregular.tsv``."""
    return {form: lemma for lemma, forms in irregular_forms().items() for form in forms}


def lemma_of(word: str, lemma: str) -> str:
    """The lemma of ``word``, where the parser gets it wrong: "retook" (kept as is), "hoped" ("hop")."""
    return _irregular_lemmas().get(word.lower(), lemma.lower())


@lru_cache(maxsize=1)
def trigger_forms() -> frozenset[str]:
    """Every surface form a trigger may take (regular inflections, and ``data/irregular.tsv``),
    lowercase: a sentence with none of them cannot hold an event and need not be parsed."""
    lex = load()
    irregular = irregular_forms()
    forms: set[str] = set()
    for lemma in lex.verbs:
        forms.update(verb_forms(lemma))
        forms.update(irregular.get(lemma, []))
    for lemma in lex.nouns:
        forms.update({lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies" if lemma.endswith("y") else lemma})
    return frozenset(forms)


def verb_forms(lemma: str) -> set[str]:
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        out |= {lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # ban: banned, banning
    return out


@lru_cache(maxsize=1)
def frame_events() -> dict[str, tuple[str, str]]:
    """Frame words that are events by themselves: lemma -> (type alone, type when denied), from
    the ``alone`` and ``denied`` columns of ``data/frames.tsv`` ("hoped that X would ..." is a
    REQUEST; "does not want X to ..." a REJECT)."""
    return {
        row["lemma"]: (row.get("alone", ""), row.get("denied", ""))
        for row in data.rows("frames.tsv")
        if row.get("alone") or row.get("denied")
    }


@lru_cache(maxsize=1)
def coercive() -> frozenset[str]:
    """Causatives that make another act against its will ("make X pay", "force X out"), from the
    ``coerce`` column of ``data/frames.tsv``."""
    return frozenset(row["lemma"] for row in data.rows("frames.tsv") if row.get("coerce") == "1")


def screen_words() -> frozenset[str]:
    """Words that make a sentence worth parsing: a trigger, a frame word that can be an event by
    itself ("vowed to ..."), or a modal that can make a reported clause a demand ("must", the
    ``demand_modal`` words of ``data/coder_words.tsv``)."""
    frame_forms = {f for lemma in frame_events() for f in verb_forms(lemma) | {lemma + "s"}}
    return trigger_forms() | frame_forms | data.word_classes("coder_words.tsv")["demand_modal"]
