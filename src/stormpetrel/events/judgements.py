"""Judgements: a speaker who calls another's act illegal, an aggression or a provocation accuses
its author; one who calls it constructive or a success supports it.

    "Cairo said the blockade was an act of aggression"        ACCUSE  EGY -> the blockade's author
    "Oslo described the raid as a violation of the law"      ACCUSE  NOR -> the raid's author
    "Seoul called the talks constructive"                     SUPPORT
    '"This law is in breach of international law," X said'   ACCUSE  X   -> the law's author

A statement that blames an actor is an accusation too:

    "Kabul said Pakistan was behind the bombing"              ACCUSE  AFG -> PAK
    "Kabul holds Pakistan responsible for the attacks"       ACCUSE  AFG -> PAK
    "Tallinn pointed to Russia's aggressive conduct"          ACCUSE  EST -> RUS
    "X warned that cuts by Washington would undermine reform" ACCUSE  X   -> USA

A rebuttal of a claim rejects its author; a duty said not to be met, or a demand made of the
past, accuses; a defence supports:

    "Berlin said the Russian claims were baseless"           REJECT  DEU -> RUS
    "Moscow said Kiev does not implement the accords"        ACCUSE  RUS -> UKR
    "Paris said Berlin should have expelled him"             ACCUSE  FRA -> DEU
    "Washington said Riyadh had done nothing wrong"          SUPPORT USA -> SAU

The words that judge, and the verbs of speech and of mention that carry them, are in
``data/judgements.tsv``. The judged thing's author is its
possessor or a state named in its phrase ("Israel's law", "the Russian move"); a thing with no
author named is left to the sides step for unowned things (the state the story is about).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from stormpetrel import data
from stormpetrel.events import senses
from stormpetrel.events.coder import Candidate, subject_of
from stormpetrel.events.lexicon import Lexicon, Trigger, polarity, verb_forms
from stormpetrel.events.syntax import NAMING_VERBS, conjuncts, misplaced_predicates
from stormpetrel.status import frames

PREDICATED = {"attr", "oprd", "appos", "acomp"}  # what a clause says its subject is
NESTED = {"ccomp", "advcl", "relcl", "acl", "nsubj", "nsubjpass", "csubj", "mark", "punct"}
MENTION_PREPS = {"to", "of", "about", "against"}
PHRASE = {"amod", "compound", "conj", "nmod", "poss"}  # what stays inside a named thing's phrase
TYPES = {"negative": ("ACCUSE", "111"), "positive": ("SUPPORT", "051"), "rebuttal": ("REJECT", "120")}


@lru_cache(maxsize=1)
def words() -> dict[str, str]:
    """Judging word (lowercase lemma) -> polarity (negative or positive)."""
    return polarity()


@lru_cache(maxsize=1)
def kinds() -> dict[str, frozenset[str]]:
    """The words of each kind: label, culpable, imposed, danger, owned, speech, mention, harm."""
    out: dict[str, set[str]] = {}
    for row in data.rows("judgements.tsv"):
        if row.get("kind"):
            out.setdefault(row["kind"], set()).add(row["word"])
    return {kind: frozenset(ws) for kind, ws in out.items()}


def labels() -> frozenset[str]:
    """Judging nouns that name a kind of person ("terrorist"): judgements only when predicated."""
    return kinds().get("label", frozenset())


def _polarity(tok: Token) -> str | None:
    """The polarity of one word; a culpable word ("responsible") judges only when what it is
    "for" is a harm or itself judged ("responsible for the deaths", not "for security"); an
    imposed one ("burden") only when laid on someone."""
    lemma = tok.lemma_.lower()
    if lemma in kinds().get("breach", frozenset()):  # "broke its promises", not "broke the record"
        pledges = kinds().get("pledge", frozenset())
        return "negative" if any(c.dep_ == "dobj" and c.lemma_.lower() in pledges for c in tok.children) else None
    if lemma in kinds().get("untrue", frozenset()) and lemma not in words():
        claims = kinds().get("claim", frozenset())  # "spread false reports", not "a false start"
        return "negative" if tok.dep_ == "amod" and tok.head.lemma_.lower() in claims else None
    if lemma not in words() and tok.dep_ != "prep":
        lemma = tok.lower_  # "deeply concerning", not "concern" (nor the preposition)
    if lemma in kinds().get("imposed", frozenset()):
        # "places a burden on the US", not "carries a heavy burden"
        if not any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for t in (tok, tok.head) for c in t.children):
            return None
    if lemma in kinds().get("danger", frozenset()) and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "the threat of too few insurers": a risk, no one judged
    if lemma in kinds().get("culpable", frozenset()):
        harms = kinds().get("harm", frozenset())
        preps = [tok] if tok.dep_ == "prep" else [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
        objects = [p for c in preps for p in c.children if p.dep_ == "pobj"]
        objects += [c for p in objects for c in p.children if c.dep_ == "compound"]  # "the coup attempt"
        if not any(p.lemma_.lower() in harms or words().get(p.lemma_.lower()) == "negative" for p in objects):
            return None
    return words().get(lemma)


def screen_words() -> frozenset[str]:
    """The judging words as they may be written (plurals and verb forms: "was provoking"),
    and the words that rebut a claim ("false") or tell a duty not done ("did not honour")."""
    extra = [w for kind in ("untrue", "duty", "lapse", "breach", "written") for w in kinds().get(kind, ())]
    return frozenset(form for w in [*words(), *extra] for form in verb_forms(w))


def _judging(tok: Token) -> str | None:
    """The polarity of a predicate: the word itself, or the noun of "in breach of"."""
    lex = words()
    breach = tok.lemma_.lower() in kinds().get("breach", frozenset()) | kinds().get("untrue", frozenset())
    if breach or tok.lemma_.lower() in lex or (tok.lower_ in lex and tok.dep_ != "prep"):
        return _polarity(tok)
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
    breach of", "was behind the attack"."""
    out = []
    for c in clause.children:
        if c.dep_ in {"attr", "acomp"}:
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in {"in", "against"}:
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ in kinds().get("culpable", frozenset()):
            out.append(c)  # "was behind the bombing"
    return out


def _critical(clause: Token, judged: Token) -> list[Token]:
    """The first negative judging word of what a reported clause says its subject does or is
    ("said the bloc was in panic", "said Moscow was meddling in the vote"): the clause's verb
    or a word at most three steps below it, outside the subject's phrase and any clause of its
    own; none when the clause or the word is negated."""
    if any(c.dep_ == "neg" for c in clause.children):
        return []
    level = [clause]
    for _ in range(4):
        for tok in level:
            if tok.lemma_.lower() in labels() and tok.pos_ == "NOUN" and tok.dep_ not in PREDICATED:
                continue  # "drove terrorists out": whom the act names, not a judgement of its doer
            if tok.lower_ in labels() and tok.dep_ == "amod" and _struck(tok.head):
                continue  # "destroyed terrorist positions": a label on what an operation hit, no judgement
            if _polarity(tok) == "negative":
                if tok.head.lower_ == "nothing":
                    return []  # "did nothing wrong": a defence, not a judgement
                return [] if _negated_below(tok, clause) else [tok]
        level = [c for t in level for c in t.children if c != judged and c.dep_ not in NESTED]
    return []


def _struck(thing: Token) -> bool:
    """Whether a thing is what an operation hits: the object of a verb of striking ("destroyed
    the positions") or of a preposition after a word of striking ("strikes on the positions")."""
    strike = kinds().get("strike", frozenset())
    if thing.dep_ == "dobj":
        return thing.head.lemma_.lower() in strike
    prep = thing.head
    return thing.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lemma_.lower() in strike


def _negated_below(word: Token, clause: Token) -> bool:
    """The judging word or a verb between it and its clause is negated: "is not seeking to
    interfere", "has never tried to meddle" deny the judgement."""
    cur = word
    for _ in range(4):
        if any(c.dep_ == "neg" for c in cur.children):
            return True
        if cur == clause or cur.head == cur:
            return False
        cur = cur.head
    return False


def _past_modal(verb: Token) -> str | None:
    """The modal of a demand made of the past: "should" for a reproach ("said Berlin should have
    expelled him"), "must" for an inference ("must have known")."""
    if verb.tag_ != "VBN":
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "have" not in auxes:
        return None
    return next((m for m in ("should", "ought", "must") if m in auxes), None)


def _shortfall(clause: Token) -> bool:
    """Whether a reported clause says its subject fell short of what it should do: it does not
    do a duty ("did not honour the deal", "did not befit a diplomat"), it failed to act, or it
    took no steps or did nothing to ("took no steps to halt the building")."""
    kind = kinds()
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in clause.children)
    efforts = [c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in kind.get("effort", frozenset())]
    if lemma in kind.get("duty", frozenset()):
        return negated
    if negated:
        return bool(efforts)  # "has taken no steps to stop the shelling"
    if lemma in kind.get("lapse", frozenset()):
        return any(c.dep_ == "xcomp" for c in clause.children)  # "failed to stop", not "the talks failed"
    if any(d.lower_ == "no" for o in efforts for d in o.children):
        return True  # "took no steps to halt the building"
    return (
        lemma == "do"
        and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in clause.children)
        and not _cleared(clause)
    )


def _cleared(clause: Token) -> bool:
    """Whether a reported clause says its subject did no wrong: "did nothing wrong", "has done
    nothing illegal"."""
    return clause.lemma_.lower() == "do" and any(
        o.dep_ == "dobj"
        and o.lower_ == "nothing"
        and any(words().get(a.lemma_.lower()) == "negative" for a in o.children)
        for o in clause.children
    )


def _trigger(polarity: str) -> Trigger:
    event_type, cameo = TYPES[polarity]
    return Trigger(
        f"judgement:{polarity}", "NOUN", event_type, None, cameo, frozenset(), frozenset(), frozenset(), False
    )


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
    for cand in found:
        if cand.type == "REQUEST" and _past_modal(cand.token) in {"should", "ought"}:
            cand.type, cand.cameo = TYPES["negative"]  # "said Berlin should have expelled him"
    # "said the author must not have read it": an inference about the past asks nothing of anyone
    found = [c for c in found if c.type != "REQUEST" or _past_modal(c.token) != "must"]
    for verb in [] if senses.wh_question(sent) else sent:  # "When did a court last call X illegal?"
        deps = {c.dep_ for c in verb.children}
        if verb.pos_ not in {"VERB", "AUX"} and not {"nsubj", "ccomp"} <= deps:
            continue  # a verb the tagger took for a noun still has a subject and a clause ("claims")
        lemma = verb.lemma_.lower()
        pairs: list[tuple[Token, Token]] = []  # (the judged thing, the judging word)
        shortfalls: set[int] = set()  # reported clauses that say their subject fell short
        clears: set[int] = set()  # reported clauses that say their subject did no wrong
        speech = kinds().get("speech", frozenset())
        if fr.get(lemma) == "report" or lemma in NAMING_VERBS or lemma in speech:
            news = _press(verb)
            for clause in _reported(verb):
                judged = [c for c in clause.children if c.dep_ == "nsubj"]
                if not judged:
                    continue
                if is_actor is not None and _judged_by_name(judged[0], clause, is_actor):
                    pairs.append((judged[0], judged[0]))  # "said Kiev's provocations are part of a plan"
                elif clause.lemma_ == "be":
                    pairs += [(judged[0], p) for p in _predicates(clause)]
                elif (
                    is_actor is not None
                    and not news  # "the newspaper said he failed to disclose it": news, not a charge
                    and any(is_actor(a) for a in _authors(judged[0], is_actor))
                    and (not any(c.verb == clause for c in found) or _judged_thing(clause, judged[0], is_actor))
                ):  # "said Russia attacked": the act; "said Ankara's moves violated the law": a judgement
                    pairs += [(judged[0], w) for w in _critical(clause, judged[0])]
                    if _shortfall(clause):  # "said Kiev does not implement the accords"
                        pairs.append((judged[0], clause))
                        shortfalls.add(clause.i)
                    elif _cleared(clause):  # "said Flynn did nothing wrong"
                        pairs.append((judged[0], clause))
                        clears.add(clause.i)
        if lemma in NAMING_VERBS:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            for obj in objects:
                # "called the vote a farce"; "condemned what it called a hostile law": the law
                pairs += [(c if obj.tag_ == "WP" else obj, c) for c in verb.children if c.dep_ == "oprd"]
                # "called the move to send investigators 'unacceptable'", the judgement hung inside the infinitive
                pairs += [(obj, p) for p in misplaced_predicates(verb)]
                # "called the plan a threat", parsed as an object of the object
                pairs += [(obj, c) for c in obj.children if c.dep_ == "dobj" and c.lemma_.lower() in words()]
                pairs += [
                    (obj, p)
                    for c in [*verb.children, *obj.children]
                    if c.dep_ == "prep" and c.lower_ == "as"
                    for p in c.children
                    if p.dep_ in {"pobj", "pcomp"}
                ]  # "described the raid as a violation", "as alarming"
        if is_actor is not None and (lemma in kinds().get("mention", frozenset()) or lemma in speech):
            pairs += _mentioned(verb, is_actor)  # "pointed to Moscow's aggressive conduct"
        for judged, word in pairs:
            if senses.a_name(word):
                continue  # "Jabhat Fateh al-Sham": a name, no judgement
            if _rebuts(judged, word):  # "said the Russian claims were false": their author is rebutted
                authors = [o for o in _owners(judged) if is_actor is not None and is_actor(o)]
                if not authors and all(c.dep_ == "det" for c in judged.children) and is_actor and is_actor(judged):
                    # "Montenegro accused Russia ... Moscow called the accusation absurd": the accuser's
                    authors = [judged]
                if not authors:
                    continue  # "labelled that report false": whose report the sentence does not say
                trig = _trigger("rebuttal")
                out.append(Candidate(word, trig, trig.type, trig.cameo, verb, subject_of(verb), authors, False))
                continue
            polarity = "negative" if word.i in shortfalls else "positive" if word.i in clears else _judging(word)
            if polarity is None:
                continue
            # "said the murder was a plot by X", "called it a Chinese hoax": what the thing is said to be
            # names its own author; not a word inside what the clause tells ("gave cover to Israeli aggression")
            said_to_be = word != judged and (word.dep_ in PREDICATED or word.head.lower_ == "as")
            own = [c for o in _owners(word) if is_actor(o) for c in conjuncts(o)] if is_actor and said_to_be else []
            authors = own or _authors(judged, is_actor)
            named = (
                authors != [judged]
                or judged.pos_ == "PROPN"  # "the Russian moves", "the White House"
                or (is_actor is not None and _body(judged) and is_actor(judged))  # "our government"
            )
            if _needs_owner(word) and (is_actor is None or not named or not any(map(is_actor, authors))):
                continue  # "said the situation in Yemen was alarming": nobody is judged
            trig = _trigger(polarity)
            token = verb if word.i in shortfalls | clears else word  # "said X did not honour": the saying
            cand = Candidate(token, trig, trig.type, trig.cameo, verb, subject_of(verb), authors, False)
            out.append(cand)
    if not out:
        return found
    taken = {c.token.i for c in out} | {c.verb.i for c in out}
    return [c for c in found if c.token.i not in taken] + out


def _press(verb: Token) -> bool:
    """Whether the press tells it: a verb of news reporting ("the Post reported"), or one whose
    subject is a news outlet ("the newspaper said")."""
    press = kinds().get("press", frozenset())
    return verb.lemma_.lower() in press or any(s.lemma_.lower() in press for s in subject_of(verb))


def _rebuts(judged: Token, word: Token) -> bool:
    """Whether a word said of a thing rebuts a claim: an untrue word ("false", "baseless", "fake
    news") said of a report, claim or allegation."""
    untrue = kinds().get("untrue", frozenset())
    if judged.lemma_.lower() not in kinds().get("claim", frozenset()):
        return False
    words_ = [word, *(c for c in word.children if c.dep_ in {"amod", "compound"})]
    return any(t.lemma_.lower() in untrue or t.lower_ in untrue for t in words_) and not any(
        c.dep_ == "neg" for t in (word, word.head) for c in t.children
    )


def _body(judged: Token) -> bool:
    """Whether a judged noun may itself be the actor judged: a plain noun phrase with no place
    or thing it is of or in ("our government", not "the situation in Yemen")."""
    return (
        judged.pos_ == "NOUN"
        and judged.lemma_.lower() not in words()
        and not any(c.dep_ == "prep" for c in judged.children)
    )


def _needs_owner(word: Token) -> bool:
    """Whether a judging word judges only a thing whose author is named ("alarming", "unfair")."""
    owned = kinds().get("owned", frozenset()) | kinds().get("untrue", frozenset())
    return any(t.lemma_.lower() in owned or t.lower_ in owned for t in [word, *word.children])


def _reported(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its complement, or what "in a statement" says."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    out += [
        a
        for c in verb.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj"
        for a in p.children
        if a.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
    ]  # "said in a statement that Tokyo's remarks were unacceptable"
    return out


def _judged_thing(clause: Token, subject: Token, is_actor: Callable[[Token], bool]) -> bool:
    """Whether a reported clause judges a thing an actor did rather than telling an act: its verb
    judges ("violated the law", "undermined the talks") and its subject is a thing an actor owns."""
    return words().get(clause.lemma_.lower()) == "negative" and any(is_actor(o) for o in _owners(subject))


def _judged_by_name(subject: Token, clause: Token, is_actor: Callable[[Token], bool]) -> bool:
    """Whether a reported clause's subject is itself a negative judging noun an actor owns ("said
    Kiev's provocations are part of a plan", "said Moscow's meddling must stop"): it judges its
    owner whatever the clause goes on to say; not a label ("Syria's terrorists"), a harm that
    names no one ("the threat of war"), nor a negated clause."""
    lemma = subject.lemma_.lower()
    if subject.pos_ != "NOUN" or words().get(lemma) != "negative" or lemma in labels():
        return False
    if lemma in kinds().get("danger", frozenset()) | kinds().get("untrue", frozenset()):
        return False
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    return any(is_actor(o) for o in _owners(subject))


def _mentioned(verb: Token, is_actor: Callable[[Token], bool]) -> list[tuple[Token, Token]]:
    """What a verb of mention names and judges in one phrase: its object, or the object of "to",
    "of" or "about", when that phrase holds a negative judging word ("cited Minsk's hostile
    conduct", "spoke of Moscow's aggression") and names its author."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        p
        for c in [*verb.children, *(c for o in objects for c in o.children)]  # "told reporters of"
        if c.dep_ == "prep" and c.lower_ in MENTION_PREPS
        for p in c.children
        if p.dep_ == "pobj"
    ]
    pairs = []
    for obj in objects:
        authors = _authors(obj, is_actor)
        if authors == [obj] or not any(is_actor(a) for a in authors):
            continue  # "pointed to the aggressive tone": nobody is named
        level, seen = [obj], []
        for _ in range(3):
            seen += level
            level = [c for t in level for c in t.children if c.dep_ in PHRASE]
        for tok in seen:
            if words().get(tok.lemma_.lower()) == "negative" and tok.lemma_.lower() not in labels():
                if not any(c.dep_ == "neg" for c in tok.children):
                    pairs.append((obj, tok))
                break
    return pairs


def _owners(thing: Token) -> list[Token]:
    """A possessor, a capitalised modifier or a "by" agent of a thing; the source of a harm
    ("the threat from Iran")."""
    agents = {"by", "from"} if words().get(thing.lemma_.lower()) == "negative" else {"by"}
    owners = [
        c
        for c in thing.children
        if c.dep_ == "poss" or (c.dep_ in {"compound", "amod"} and c.pos_ in {"PROPN", "ADJ"} and c.text[:1].isupper())
    ]
    owners += [
        p for c in thing.children if c.dep_ == "prep" and c.lower_ in agents for p in c.children if p.dep_ == "pobj"
    ]
    return owners


def _authors(judged: Token, is_actor: Callable[[Token], bool] | None = None) -> list[Token]:
    """Who the judged thing belongs to: a possessor or a modifier naming a state, else the
    thing itself (an actor, "Israel was an aggressor", or a thing whose author is not named).
    With ``is_actor``, owners that name no actor are passed over, and the owner of what the
    thing is of or in counts too ("the spike in settlement announcements by Israel")."""
    owners = _owners(judged)
    if is_actor is None:
        return owners or [judged]
    named = [o for o in owners if is_actor(o)]
    judging = judged.lemma_.lower() in words()
    if not named and (judging or not is_actor(judged)):
        inner = [
            p
            for c in judged.children
            if c.dep_ == "prep" and c.lower_ in {"of", "in"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
        named = [o for p in inner for o in _owners(p) if is_actor(o)]
        if not named and judging:  # "turmoil in the government": a body, not a place ("chaos in Libya")
            named = [p for p in inner if p.pos_ == "NOUN" and is_actor(p)]
    return named or [judged]
