"""The dependency tree as the events package reads it, shared by ``coder`` (finding candidates
and their arguments) and ``senses`` (deciding a candidate is no event): the labels of subjects,
passive subjects and objects; the heads of a conjoined phrase, of a word's dependents, of a
preposition's objects and of the objects of a word's prepositions; infinitives; nouns that name
an owner or carry a determiner; heads that name several sides; and the groups of event types both
modules test.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from stormpetrel import data
from stormpetrel.grammar import infinitive as infinitive  # shared with status and time

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "dative", "iobj", "attr", "oprd"}
# event types grouped by what they do
CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE"}
DISAPPROVING = {"ACCUSE", "REJECT"}  # acts aimed at whoever did what they name
# verbs that name what they judge and then judge it: "described X as Y", "called X Y"
NAMING_VERBS = data.word_classes("cue_words.tsv")["naming_verb"]


def conjuncts(tok: Token) -> list[Token]:
    """A noun with the nouns conjoined to it: "X, Y and Z" gives X, Y and Z; and a name the
    parser hung before another as a modifier of it though "and" joins them ("President X and
    Indian Prime Minister Y", parsed as a phrase headed by "Y")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.extend(conjuncts(c))
        elif (
            c.dep_ == "nmod"
            and c.pos_ == "PROPN"
            and c.i < tok.i
            and any(d.dep_ == "cc" and d.lower_ == "and" for d in c.children)
            and any(d.dep_ == "conj" and d.pos_ == "PROPN" for d in c.children)  # not "US and Iraqi officials"
        ):
            out.insert(0, c)
    return out


def dependents(tok: Token, labels: Collection[str]) -> list[Token]:
    """The word's dependents with one of ``labels``, each with its conjuncts: the subjects of "X
    and Y met" give X and Y."""
    return [t for c in tok.children if c.dep_ in labels for t in conjuncts(c)]


def pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition with their conjuncts, also through a nested one ("out of X")."""
    out = []
    for c in prep.children:
        if c.dep_ == "pobj":
            out.extend(conjuncts(c))
        elif c.dep_ == "prep":  # "from within", "out of"
            out.extend(pobjs(c))
    return out


def prep_objects(tok: Token, preps: Collection[str]) -> list[Token]:
    """The objects of the word's own prepositions named in ``preps``, with their conjuncts: "talks
    with X and Y" with "with" gives X and Y."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in pobjs(c)]


def owned(noun: Token) -> bool:
    """A noun that names whose it is: "the British tanker", "Iran's ships", "UN inspectors"."""
    return any(
        m.dep_ == "poss"
        or (m.dep_ in {"amod", "compound"} and m.pos_ == "ADJ" and m.text[:1].isupper())  # "the Chilean plan"
        or (m.dep_ in {"amod", "compound"} and m.pos_ == "PROPN")
        for m in noun.children
    )


def determined(noun: Token) -> bool:
    """A noun with a determiner or an owner ("the government", "its allies"), not a bare trend
    ("expects oil imports will grow", "sales to rise")."""
    return owned(noun) or any(c.dep_ in {"det", "poss"} for c in noun.children)


def several(heads: list[Token]) -> bool:
    """Two or more sides: "X and Y", "both leaders", "the two sides" (not "the people", "they")."""
    return len(heads) > 1 or any(
        h.tag_ in {"NNS", "NNPS"} and any(c.lower_ in {"both", "two"} for c in h.children) for h in heads
    )


def gerund(tok: Token) -> bool:
    """Is ``tok`` a preposition's gerund: a clause ("from entering the country"), or a bare one the
    parser took for the preposition's object, even as a noun ("from landing")?"""
    return tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.lower_.endswith("ing"))


def trailing(verb: Token) -> bool:
    """Is the participle set off after a comma at the end of the clause it hangs on ("..., effectively
    backing X", "stopped the flow, allowing workers to ...")?"""
    before = [t for t in verb.doc[verb.sent.start : verb.i] if t.dep_ != "advmod" or t.head != verb]
    return bool(before) and before[-1].text == "," and verb.i > verb.head.i


def misplaced_predicates(verb: Token) -> list[Token]:
    """What a naming verb calls its object when the parser hung it inside the object's infinitive
    ("called the move to send troops 'unacceptable'", the infinitive taken for the verb's own):
    an adjective complement of that infinitive, or an adjective set after a noun of it."""
    inner = [x for x in verb.children if x.dep_ == "xcomp" and infinitive(x)]
    inner += [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl" and infinitive(a)]
    out = [c for x in inner for c in x.children if c.dep_ == "oprd" and c.pos_ == "ADJ"]
    out += [t for x in inner for t in x.subtree if t.dep_ == "amod" and t.i > t.head.i and t.pos_ == "ADJ"]
    return out
