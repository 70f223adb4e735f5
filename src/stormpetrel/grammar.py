"""Small questions asked of a dependency parse, shared by the time and status stages."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from stormpetrel import data

_CUES = data.word_classes("cue_words.tsv")
FUTURE_AUX = _CUES["future_aux"]  # "will visit"
PLAN_WORDS = _CUES["plan_word"]  # "plans to visit", "is due to visit"
PLAN_NOUNS = _CUES["plan_noun"]  # "a plan to expel", "the proposal to impose"
PICKING_WORDS = _CUES["picking_word"]  # "the first leader to be detained": picked out, not planned


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, tuple[str, ...]]:
    """Irregular inflections by lemma ("retake": "retook", "retaken"), from ``data/irregular.tsv``."""
    return {row["lemma"]: tuple(row["forms"].split("|")) for row in data.rows("irregular.tsv")}


# past forms of irregular verbs, which the parser may tag as present when it does not know them ("retook")
IRREGULAR_PAST = frozenset(
    form
    for lemma, forms in irregular_forms().items()
    for form in forms
    if form != lemma and lemma != "be" and not form.endswith(("s", "ing"))  # not "hit", "hopes"
)


@lru_cache(maxsize=1)
def frames() -> dict[str, str]:
    """What each governing word of ``data/frames.tsv`` does to the act it governs."""
    return {row["lemma"]: row["effect"] for row in data.rows("frames.tsv")}


def reports(verb: Token) -> bool:
    """Is ``verb`` a verb of saying ("said", "told", "announced"), by ``data/frames.tsv``?"""
    return frames().get(verb.lemma_.lower()) == "report"


def reporting_verb(clause: Token, climb: frozenset[str] = frozenset()) -> Token | None:
    """The verb of saying that reports ``clause`` ("the opposition says X is ...": says), after
    climbing from the clause through the relations ``climb`` ("X said that the bloc must agree the
    terms first, then sign": from "sign" through its conjunct to "agree")."""
    while clause.dep_ in climb and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head != clause and reports(clause.head):
        return clause.head
    return None


def clause_verb(tok: Token) -> Token:
    """The verb (or predicate) whose clause holds ``tok``."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in {"VERB", "AUX"} or cur.dep_ == "ROOT":
            return cur
        if cur.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in cur.children):
            return cur  # a verb tagged as a noun: "when the minister visits"
        if cur.head == cur:
            return cur
        cur = cur.head
    return cur


def chain(verb: Token) -> list[Token]:
    """``verb`` and the verbs that govern it through open complements and conjunctions; not
    through a conjunct of its own ("he did not see it but noted", "Russia will come and China
    sent"): what the first says of itself is not said of that one."""
    out = [verb]
    cur = verb
    while cur.dep_ in {"xcomp", "conj", "acomp"} and cur.head != cur:
        if cur.dep_ == "conj" and _own_conjunct(cur):
            break
        cur = cur.head
        out.append(cur)
    return out


def _own_conjunct(conj: Token) -> bool:
    """Is a conjoined verb a clause of its own: with its own subject or auxiliary ("is not fit
    and must resign"), set against the first by "but" or "yet", or finite where the first
    has an auxiliary ("did not resign and criticised X")?"""
    own = {"nsubj", "nsubjpass", "aux", "auxpass"}
    if any(c.dep_ in own and c.lower_ != "to" for c in conj.children):
        return True  # not "refused to meet and to sign": one refusal
    if conj.tag_ in {"VBD", "VBZ"} and any(c.dep_ in {"aux", "auxpass"} for c in conj.head.children):
        return True
    return any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} and c.i < conj.i for c in conj.head.children)


def is_future(tok: Token) -> bool:
    """Does the clause of ``tok`` speak of what is yet to happen?"""
    verb = clause_verb(tok)
    for v in chain(verb):
        for child in v.children:
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in FUTURE_AUX:
                return True
            if child.dep_ == "aux" and child.lower_ == "would" and not _has_if(v):
                return True
        if v != verb and (v.lemma_.lower() in PLAN_WORDS or v.lower_ in PLAN_WORDS):  # "is going to visit"
            return True
        # "X is to visit", "X to visit Y" (a headline's infinitive); not "X is to blame"
        if v.dep_ == "xcomp" and v.head.lemma_ == "be" and v.lemma_.lower() != "blame":
            return True
    if infinitive(verb) and verb.dep_ == "acl" and verb.head.lemma_.lower() in PLAN_NOUNS:
        return True  # "a plan to expel": what is planned has not happened
    # a headline's "X to visit Y": an infinitive and no finite verb in the sentence
    if infinitive(verb) and not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in verb.sent):
        return True
    # "when he visits Moscow" under a plan or a future: the time of the clause it hangs on
    marks = {c.lower_ for c in verb.children if c.dep_ in {"mark", "advmod"}}
    if verb.dep_ == "advcl" and marks & {"when", "after", "before", "once", "until", "while"} and verb.head != verb:
        # not "would cut ties after X stopped its ministers": what came after a past act is the act's cause
        return not ("after" in marks and verb.tag_ == "VBD") and is_future(verb.head)
    return False


def to_be_done(verb: Token) -> bool:
    """A passive infinitive on a noun, or with its own subject after "for": what is yet to be done
    ("a referendum to be held on April 16", "called for a vote to be held in May"); not one that
    picks its noun out by what was done to it ("the first leader to be detained")."""
    if not infinitive(verb) or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.dep_ in {"acl", "relcl"}:
        noun = verb.head
    elif any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), verb)
    else:
        return False
    return not any(c.tag_ == "JJS" or c.lower_ in PICKING_WORDS for c in noun.children)


def main_clause(verb: Token) -> bool:
    """Is ``verb`` its sentence's main verb, or conjoined to it (not a reported or subordinate
    clause's)?"""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def past_perfect(verb: Token) -> bool:
    """A verb in the past perfect ("had agreed"): what it tells lies before the time told around it."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)


def infinitive(verb: Token) -> bool:
    """A verb with its own "to": "to meet X", "is to blame"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def tense(tok: Token) -> str | None:
    """"past" (attacked, had attacked), "perfect" (has attacked) or "present" (attacks) for the
    clause of ``tok``; None when the parse does not say."""
    verb = clause_verb(tok)
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    head = verb
    while not auxes and head.dep_ == "conj" and head.head != head and verb.tag_ in {"VBN", "VBD"}:
        head = head.head  # "have killed 28 and kidnapped 43": the auxiliary is the first verb's
        auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "VBD" or a.lower_ in {"had", "'d"} for a in auxes):
        return "past"
    perfect_aux = any(a.lower_ in {"has", "have", "'s", "'ve"} and a.tag_ in {"VBZ", "VBP"} for a in auxes)
    if perfect_aux and (verb.tag_ == "VBN" or head is not verb):
        return "perfect"
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return None
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in {"VBZ", "VBP"} and verb.lower_ in IRREGULAR_PAST:
        return "past"
    if verb.tag_ in {"VBZ", "VBP"} or (verb.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in verb.children)):
        return "present"
    return None


def present_progressive(verb: Token) -> bool:
    """A verb in the present progressive ("is flying", "are meeting"): with a time ahead, an
    arrangement ("is flying to Tokyo on Friday")."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _has_if(verb: Token) -> bool:
    sent = verb.sent
    return any(t.lower_ in {"if", "unless"} for t in sent)


def tree_distance(a: Token, b: Token) -> int:
    """Number of arcs between two tokens of one sentence."""
    up_a = {a.i: 0}
    cur, d = a, 0
    while cur.head != cur:
        cur, d = cur.head, d + 1
        up_a[cur.i] = d
    cur, d = b, 0
    while True:
        if cur.i in up_a:
            return d + up_a[cur.i]
        if cur.head == cur:
            return 99
        cur, d = cur.head, d + 1


CLAUSES = {"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "conj"}


def governs(date_head: Token, anchor: Token) -> bool:
    """Can a date attached at ``date_head`` speak of ``anchor``'s clause? Not when it sits in
    another clause of its own (a relative clause, a subordinate clause, a conjoined clause)."""
    above = {a.i for a in anchor.ancestors} | {anchor.i}
    cur = date_head
    while cur.i not in above:
        if cur.dep_ in CLAUSES and cur.pos_ in {"VERB", "AUX"}:
            return False
        if cur.head == cur:
            return False
        cur = cur.head
    # "takes office on Jan 20 and has promised X": a clause of another tense joined to the
    # date's verb is not dated by it
    tok = anchor
    while tok != cur and tok.head != tok:
        if tok.dep_ == "conj" and tok.head == cur and tok.pos_ in {"VERB", "AUX"} and tense(tok) != tense(cur):
            return False
        tok = tok.head
    return True


def proper_names(tokens: Iterable[Token]) -> list[list[Token]]:
    """Runs of proper nouns: a name's words in order ("Qamar Javed Bajwa", "Trend News")."""
    runs: list[list[Token]] = []
    for tok in tokens:
        if tok.pos_ == "PROPN":
            if runs and runs[-1][-1].i == tok.i - 1:
                runs[-1].append(tok)
            else:
                runs.append([tok])
    return runs


FRAME_OPENERS = frozenset(_CUES["frame_opener"])  # "on the eve of", "ahead of", "prior to"
TIME_NOUNS = frozenset(_CUES["time_noun"])  # "Tuesday night's vote", "three weeks into the job": a time


def opens_frame(prep: Token) -> bool:
    """Whether the preposition ``prep`` opens a time frame ("on the eve of the holiday", "ahead
    of talks"): its object is an occasion, not a party the act reaches."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs:
        return False
    phrase = " ".join(t.lower_ for t in prep.doc[prep.i : objs[0].i + 1])  # "on the eve"
    return phrase in FRAME_OPENERS or prep.lower_ in FRAME_OPENERS


def agent_participle(verb: Token) -> bool:
    """Is ``verb`` a past participle that follows a noun and names its doer with "by" ("rebels
    backed by Turkey", "a suspect detained by Malaysia")? It acts on that noun, and is told as
    known, whatever the clause around the noun reports or doubts."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
