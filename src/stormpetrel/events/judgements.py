"""Judgements: a speaker who calls another's act illegal, an aggression or a provocation accuses
its author; one who calls it constructive or a success supports it.

    "Cairo said the blockade was an act of aggression"        ACCUSE  EGY -> the blockade's author
    "Oslo described the raid as a violation of the law"      ACCUSE  NOR -> the raid's author
    "Seoul called the talks constructive"                     SUPPORT
    '"This law is in breach of international law," X said'   ACCUSE  X   -> the law's author

The words that judge are in ``data/judgements.tsv``. The judged thing's author is its
possessor or a state named in its phrase ("Israel's law", "the Russian move"); a thing with no
author named is left to the sides step for unowned things (the state the story is about).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from stormpetrel import data
from stormpetrel.events.coder import Candidate, subject_of
from stormpetrel.events.lexicon import Lexicon, Trigger
from stormpetrel.status import frames

# verbs that name what they judge and then judge it: "described X as Y", "called X Y"
NAMING = data.word_classes("cue_words.tsv")["naming_verb"]
PREDICATED = {"attr", "oprd", "appos", "acomp"}  # what a clause says its subject is
NESTED = {"ccomp", "advcl", "relcl", "acl", "nsubj", "nsubjpass", "csubj", "mark", "punct"}
TYPES = {"negative": ("ACCUSE", "111"), "positive": ("SUPPORT", "051")}


@lru_cache(maxsize=1)
def words() -> dict[str, str]:
    """Judging word (lowercase lemma) -> polarity (negative or positive)."""
    return {row["word"]: row["polarity"] for row in data.rows("judgements.tsv")}


@lru_cache(maxsize=1)
def labels() -> frozenset[str]:
    """Judging nouns that name a kind of person ("terrorist"): judgements only when predicated."""
    return frozenset(row["word"] for row in data.rows("judgements.tsv") if row.get("kind") == "label")


def screen_words() -> frozenset[str]:
    """The judging words as they may be written (singular and plural)."""
    return frozenset(words()) | {w + "s" for w in words()}


def _judging(tok: Token) -> str | None:
    """The polarity of a predicate: the word itself, or the noun of "in breach of"."""
    lex = words()
    if tok.lemma_.lower() in lex:
        return lex[tok.lemma_.lower()]
    for c in tok.children:  # "an act of aggression", "a terrorist state", "a hostile move"
        if c.dep_ in {"amod", "compound"} and c.lemma_.lower() in lex and not any(n.dep_ == "neg" for n in c.children):
            return lex[c.lemma_.lower()]
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in lex:
                    return lex[p.lemma_.lower()]
    return None


def _predicates(clause: Token) -> list[Token]:
    """What a copular clause says its subject is: "was an aggression", "is illegal", "is in
    breach of"."""
    out = []
    for c in clause.children:
        if c.dep_ in {"attr", "acomp"}:
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in {"in", "against"}:
            out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def _critical(clause: Token, judged: Token) -> list[Token]:
    """The first negative judging word of what a reported clause says its subject does or is
    ("said the bloc was in panic", "said Moscow was meddling in the vote"): the clause's verb
    or a word at most three steps below it, outside the subject's phrase and any clause of its
    own; none when the clause or the word is negated."""
    if any(c.dep_ == "neg" for c in clause.children):
        return []
    lex = words()
    level = [clause]
    for _ in range(4):
        for tok in level:
            if tok.lemma_.lower() in labels() and tok.dep_ not in PREDICATED:
                continue  # "drove terrorists out": whom the act names, not a judgement of its doer
            if lex.get(tok.lemma_.lower()) == "negative":
                return [] if any(c.dep_ == "neg" for c in tok.children) else [tok]
        level = [c for t in level for c in t.children if c != judged and c.dep_ not in NESTED]
    return []


def _trigger(polarity: str) -> Trigger:
    event_type, cameo = TYPES[polarity]
    return Trigger(f"judgement:{polarity}", "NOUN", event_type, None, cameo, frozenset(), frozenset(),
                   frozenset(), False)


def find(
    sent: Span, lex: Lexicon, found: list[Candidate], is_actor: Callable[[Token], bool] | None = None
) -> list[Candidate]:
    """The candidates of ``sent`` with the judgements added; a judging noun the coder took for
    an act of its own ("called the blockade an aggression") becomes the judgement.

    ``is_actor`` tells whether a noun phrase head names an actor; when given, a reported clause
    that says something negative of an actor is a judgement of that actor ("said Moscow was
    meddling in the vote": ACCUSE of Moscow)."""
    fr = frames()
    out: list[Candidate] = []
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = verb.lemma_.lower()
        pairs: list[tuple[Token, Token]] = []  # (the judged thing, the judging word)
        if fr.get(lemma) == "report" or lemma in NAMING:
            for clause in verb.children:
                if clause.dep_ != "ccomp":
                    continue
                judged = [c for c in clause.children if c.dep_ == "nsubj"]
                if not judged:
                    continue
                if clause.lemma_ == "be":
                    pairs += [(judged[0], p) for p in _predicates(clause)]
                elif (
                    is_actor is not None
                    and any(is_actor(a) for a in _authors(judged[0]))
                    and not any(c.verb == clause for c in found)  # "said Russia attacked": the act
                ):
                    pairs += [(judged[0], w) for w in _critical(clause, judged[0])]
        if lemma in NAMING:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            for obj in objects:
                pairs += [(obj, c) for c in verb.children if c.dep_ == "oprd"]  # "called the vote a farce"
                pairs += [
                    (obj, p)
                    for c in [*verb.children, *obj.children]
                    if c.dep_ == "prep" and c.lower_ == "as"
                    for p in c.children
                    if p.dep_ == "pobj"
                ]  # "described the raid as a violation"
        for judged, word in pairs:
            polarity = _judging(word)
            if polarity is None:
                continue
            trig = _trigger(polarity)
            cand = Candidate(word, trig, trig.type, trig.cameo, verb, subject_of(verb), _authors(judged), False)
            out.append(cand)
    if not out:
        return found
    taken = {c.token.i for c in out} | {c.verb.i for c in out}
    return [c for c in found if c.token.i not in taken] + out


def _authors(judged: Token) -> list[Token]:
    """Who the judged thing belongs to: a possessor or a modifier naming a state, else the
    thing itself (an actor, "Israel was an aggressor", or a thing whose author is not named)."""
    owners = [
        c
        for c in judged.children
        if c.dep_ == "poss" or (c.dep_ in {"compound", "amod"} and c.pos_ in {"PROPN", "ADJ"} and c.text[:1].isupper())
    ]
    owners += [
        p for c in judged.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"
    ]
    return owners or [judged]
