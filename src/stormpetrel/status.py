"""Whether an event happened, is planned, hedged, denied or imagined, and who says so.

Status comes from grammar (auxiliaries, negation, governing verbs and conditions), with the
governing words kept in ``data/frames.tsv``. A refusal ("refuses to recognise") is an event of
its own, asserted; "did not meet" is a meeting, negated. An event in a prospective phrase
("ahead of his talks with Xi on Friday") is later than the clause it hangs on, and takes its
status from the phrase, not from that clause; so does one a plan predicate governs ("talks are
due on Friday") or a journey is for ("travels to Paris to meet him tomorrow"). An event noun
whose own predicate forecasts it ("talks are likely to be tense") is uncertain or planned; an
act a modal enabling clause makes possible ("could allow X to attack") is hypothetical, and so is
one a modal makes only needed, advised or possible ("X should refuse", "X can make a deal":
``unreal``); an act only said to be owed, not demanded ("X must agree before ...", "X has to
help them": ``owed``, which ``events.senses`` asks), is no event at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from stormpetrel import data
from stormpetrel import nlp as nlp_stage
from stormpetrel.grammar import (
    agent_participle,
    chain,
    clause_verb,
    frames,
    infinitive,
    is_future,
    proper_names,
    reports,
    tense,
)
from stormpetrel.time import (
    DAY_WORDS,
    awaiting_present,
    framed_status,
    plan_predicate,
    prospective,
    purpose,
    scheduled_present,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from stormpetrel.events.coder import Candidate

_CUES = data.word_classes("cue_words.tsv")
HEDGES = _CUES["hedge"]  # "allegedly", "reportedly"
HEDGE_MODALS = _CUES["hedge_modal"]  # "may have attacked"
HEDGE_ADJECTIVES = _CUES["hedge_adjective"]  # "the alleged attack", "its suspected plans to deliver arms"
VAGUE_SOURCES = _CUES["vague_source"]  # "sources say"
INTENT_NOUNS = _CUES["intent_noun"]  # "has not followed through on threats to impose"
MEANS_NOUNS = _CUES["means_noun"]  # "has the power to expel X": possible; "no evidence to charge him": not done
HOLDING_VERBS = _CUES["holding_verb"]  # "has the power to", "was given the authority to"
CALL_OFF_VERBS = _CUES["call_off_verb"]  # "dropped its plan to expel": the act is called off
CLAIM_NOUNS = _CUES["claim_noun"]  # "reports that X attacked"
INABILITY_WORDS = _CUES["inability_word"]  # "was unable to stop X": not done
DENIAL_PHRASES = _CUES["denial_phrase"]  # "rejected suggestions that ...", "pushed back on reports that ..."
FORGO_PHRASES = _CUES["forgo_phrase"]  # "refrained from asking": not done
NEAR_PHRASES = _CUES["near_phrase"]  # "close to agreeing": not yet done
CAPABILITY_VERBS = _CUES["capability_verb"]  # "could allow X to attack": a capability
CAPABILITY_MODALS = _CUES["capability_modal"]
TIME_PREPS = _CUES["time_prep"]  # "has not met since the summit": the summit is not denied
DOUBT_WORDS = _CUES["doubt_word"]  # "remains unconvinced that X attacked"
BELIEF_WORDS = _CUES["belief_word"]  # "is not sure that X attacked"
UNREAL_MODALS = _CUES["unreal_modal"]  # "X must withdraw", "X can make a deal"
CERTAINTY_NOUNS = _CUES["certainty_noun"]  # "there is no guarantee that X will"
SCHEDULE_NOUNS = _CUES["schedule_noun"]  # "a date for talks with X": the talks are planned
AWAIT_VERBS = _CUES["await_verb"]  # "preps for his meeting with X": the meeting is to come
AWAITED_PREPS = _CUES["awaited_prep"]  # "preps for", "looking forward to"
AWAIT_PARTICLES = _CUES["await_particle"]  # "looking forward to"
RELATIVE_WORDS = _CUES["relative_word"]  # "X, who accused Y": told as known
POSSIBILITY_NOUNS = _CUES["possibility_noun"]  # "the possibility of a meeting with X": hypothetical
OBSERVERS = _CUES["observer"]  # "analysts say X will attack": a forecast
_CODER_WORDS = data.word_classes("coder_words.tsv")
DEMAND_MODALS = _CODER_WORDS["demand_modal"]  # "said X must not attack": a demand; "X must agree": owed
DUTY_VERBS = _CODER_WORDS["duty_verb"]  # "X has to help them": an obligation, no act
STATED_INTENTS = {"THREATEN", "REQUEST", "REJECT"}  # made even when what they name is only imagined


def event_status(cand: Candidate) -> str:
    """The status of a candidate event: that of its trigger (``status``), save that a refusal
    made by negating a frame word is asserted, or hypothetical in a condition ("even if they
    refuse to pay"); a promise or demand not to act is made ("promised not to allow X"); and a
    threat, demand or refusal that names a condition is made ("threatened to leave unless ...")."""
    if cand.denial:  # "does not want X to": a refusal
        return "hypothetical" if _conditional(cand.verb) else "asserted"
    st = status(cand.token, cand.light)
    if st == "negated" and cand.frame is not None and claim_denied(cand.verb) is not None:
        st = status(cand.frame)  # "dismissed reports that X had bombed Y": the dismissal is made
    elif st == "negated" and _promised_content_negated(cand):
        st = status(cand.frame)  # "in promising not to allow X": the promise is made
    elif st == "negated" and cand.type == "REQUEST" and cand.frame is None and _demanded_not_to(cand.verb):
        # "said Turkey should not send troops": a demand made, that Turkey not send them
        st = status(cand.verb.head) if cand.verb.dep_ == "ccomp" and cand.verb.head != cand.verb else "asserted"
    if st == "hypothetical" and cand.type in STATED_INTENTS and not _conditional(cand.verb):
        # not "could allow X to threaten", nor "X should refuse"
        if not enabled(cand.verb) and (cand.type == "REQUEST" or not unreal(cand.verb)):
            st = "asserted"  # "threatened to ... unless ...": the threat itself was made
    return st


def _promised_content_negated(cand: Candidate) -> bool:
    """Whether a promise, pledge or demand is coded for an act it names whose negation lies
    within that act ("promised not to allow", "urged them not to attack"): what is negated is
    the content, not the promise or demand."""
    frame = cand.frame
    if frame is None or cand.type not in {"AGREE", "REQUEST"}:
        return False
    if frames().get(frame.lemma_.lower()) not in {"agree", "request"}:
        return False
    if frame not in cand.token.ancestors and (cand.light is None or frame not in cand.light.ancestors):
        return False
    return status(frame) != "negated"


def _nor(verb: Token) -> bool:
    """Is ``verb`` denied by "neither" or "nor" ("Nor did X accuse Y", "did not meet X, nor did he
    call Y", "neither condemned nor praised X")? Not the clause a "nor" follows."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    if any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < verb.i for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "conj" and any(
        (c.dep_ == "cc" and c.lower_ == "nor" and head.i < c.i < verb.i)
        or (c.dep_ == "preconj" and c.lower_ == "neither")
        for c in head.children
    )


def _shared_negation(verb: Token) -> bool:
    """Is ``verb`` joined by "or" to a negated verb whose subject and auxiliaries it shares ("has
    not confirmed or denied it", "did not meet or call X")? Not "did not meet X and called Y"."""
    head = verb.head
    if verb.dep_ != "conj" or not any(c.dep_ == "neg" and c.i < head.i for c in head.children):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg"} for c in verb.children):
        return False
    return any(c.dep_ == "cc" and c.lower_ == "or" and head.i < c.i < verb.i for c in head.children)


def _no_longer(word: Token) -> bool:
    """ "no longer", "not any longer": a negation of what the word it qualifies says."""
    return word.dep_ == "advmod" and word.lower_ == "longer" and any(c.dep_ == "neg" for c in word.children)


def _demanded_not_to(verb: Token) -> bool:
    """Whether the negation of ``verb``'s clause lies within a demand its modal makes ("X should
    not send troops", "X must not attack"), the demand itself not being denied."""
    negated = [v for v in chain(verb) if any(c.dep_ == "neg" for c in v.children)]
    return bool(negated) and all(_modal(v, DEMAND_MODALS) for v in negated)


def _conditional(verb: Token) -> bool:
    """Whether ``verb``'s own clause is a condition ("if they refuse", "unless Iran threatens",
    "in case they refuse"), not a clause that carries one ("threatened to leave if ...")."""
    return _if_marked(verb) or _in_case(verb) or _rule_case(verb)


def _if_marked(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)


def _rule_case(verb: Token) -> bool:
    """Is ``verb``'s clause the case a standing rule or a future act covers: "the pact entitles
    Poland to aid as soon as Russia threatens its borders", "X pays whenever Y asks",
    "X will respond as soon as Y attacks" (a "whenever" or "as soon as" clause on a present-tense
    or modal clause)?"""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    head = verb.head
    if "whenever" not in marks and not ("as" in marks and head.lower_ == "soon"):
        return False
    while head.dep_ in {"advmod", "xcomp"} and head.head != head:
        head = head.head  # "as soon as" hangs on "soon"; "entitles them to aid as soon as"
    auxes = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"will", "'ll", "would", "shall", "can", "could", "may", "might"}:
        return True  # "will impose sanctions as soon as X attacks": the attack is a condition
    return head.tag_ in {"VBZ", "VBP"} and not auxes


def _in_case(verb: Token) -> bool:
    """Is ``verb``'s clause opened by "in case" ("in case the union refuses, ...", "... in case
    they refuse")?"""
    if verb.dep_ == "acl" and verb.head.lower_ == "case" and verb.head.head.lower_ == "in":
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i
        and any(o.dep_ == "pobj" and o.lower_ == "case" and not any(o.children) for o in c.children)
        for c in verb.children
    )


def status(trigger: Token, light: Token | None = None) -> str:
    """One of asserted, planned, uncertain, negated, hypothetical."""
    frame = prospective(light) if light is not None else None
    frame = frame or prospective(trigger)
    if frame is not None:  # "ahead of his talks with Xi on Friday": the talks, not the clause they precede
        if any(c.lower_ == "no" and c.dep_ == "det" for c in trigger.children):
            return "negated"
        return framed_status(frame)
    verb = light if light is not None else clause_verb(trigger)
    verbs = chain(verb) if verb.pos_ in {"VERB", "AUX"} else [verb]
    own = [trigger, *verbs]
    fr = frames()
    # "the US support for the rebels is not based on ...": an act named in the subject of
    # something else is not what that clause denies (but "the talks did not take place" is)
    said_of = verb.lemma_ == "be" and any(c.dep_ in {"attr", "acomp"} for c in verb.children)  # "was no surprise"
    told_of = (
        trigger.pos_ == "NOUN"
        and _in_subject(trigger, verb)
        and (said_of or (light is None and verb.lemma_.lower() not in fr))
    ) or _time_phrase(trigger, verb)  # "has not fought since the war of 1979": the war was fought
    # negation on the event's own words (a refusal frame is its own event, asserted)
    for tok in [trigger] if told_of else own:
        if fr.get(tok.lemma_.lower()) == "reject" and tok != trigger:
            break
        if fr.get(tok.lemma_.lower()) == "litotes" and tok != trigger:
            continue  # "have not hesitated to attack": they attacked
        if any(c.dep_ == "neg" or _no_longer(c) for c in tok.children):  # "no longer supports X"
            # "if they do not support X, ...": a condition imagined, not an act denied
            return "hypothetical" if not told_of and _conditional(verb) else "negated"
    if any(c.lower_ == "no" and c.dep_ == "det" or c.lower_ == "zero" for c in trigger.children):
        return "negated"  # "no talks were held", "zero attacks"
    if any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and any(p.dep_ in {"preconj", "det"} and p.lower_ == "neither" for p in c.children)
        for v in verbs
        for c in v.children
    ):
        return "negated"  # "neither Iran nor the Europeans will accept new talks"
    if _nor(verb) or _shared_negation(verb):
        return "negated"  # "nor did he blame X", "neither condemned nor praised X", "has not confirmed or denied"
    above = governors(verb)
    if any(fr.get(a.lemma_.lower()) == "negate" for a in _complemented(verb, above)):
        return "negated"  # "denied that it had attacked" (not "denied and acknowledged")
    if claim_denied(verb) is not None:
        return "negated"  # "rejected suggestions that the two sides had met"
    if _unfulfilled(verb):
        return "negated"  # "has not followed through on its threat to impose tariffs"
    if _forgone(verb):
        return "negated"  # "refrained from asking", "held off on retaliating"
    if any(v.lower_ in INABILITY_WORDS for v in verbs):
        return "negated"  # "was unable to stop the launches"
    nearly = _nearly(verb)
    if nearly is not None:  # "are close to agreeing", "was on the verge of signing"
        return "uncertain" if tense(clause_verb(nearly)) == "past" else "planned"
    # conditions
    cond = any(
        _conditional(v) or any(c.dep_ == "advcl" and _if_marked(c) for c in v.children) for v in verbs
    )  # "unless Iran halts, the US will impose sanctions"
    would = any(c.lower_ in {"would", "could", "might"} and c.dep_ == "aux" for v in verbs for c in v.children)
    if cond or (would and any(t.lower_ in {"if", "unless"} for t in trigger.sent)) or enabled(verb):
        return "hypothetical"
    if unreal(verb) or _means_only(verb):
        return "hypothetical"  # "X must withdraw", "X should use that lever", "has the power to expel X"
    if any(_counterfactual(v) for v in verbs):
        return "hypothetical"  # "a resolution that would have imposed sanctions": never done
    # hedges on the event's words, or a hedging word above it
    # "its alleged plans to deliver": the noun whose infinitive the act is
    holder = [verb.head] if verb.dep_ == "acl" and infinitive(verb) else []
    for tok in [*own, *holder]:
        for c in tok.children:
            if c.lower_ in HEDGES:
                return "uncertain"
            if c.dep_ == "aux" and c.lower_ in HEDGE_MODALS:
                return "uncertain"
            if c.dep_ == "amod" and c.lower_ in HEDGE_ADJECTIVES and tok.pos_ == "NOUN":
                return "uncertain"
    for anc in _within_relative(verb, above):
        lemma = anc.lemma_.lower()
        if fr.get(lemma) == "uncertain" or anc.lower_ in HEDGES or _doubts(anc):
            return "uncertain"
        if any(c.dep_ == "acomp" and (fr.get(c.lemma_.lower()) == "uncertain" or _doubts(c)) for c in anc.children):
            return "uncertain"  # "it is uncertain whether ...", "remains unconvinced that ..."
        if anc.lemma_.lower() in CERTAINTY_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in anc.children):
            return "uncertain"  # "there is no guarantee that the EU would allow it"
    if _timed_by(trigger, "for", SCHEDULE_NOUNS):
        return "planned"  # "no date has been set for talks", "dates for a summit were discussed"
    if _awaited(trigger):
        return "planned"  # "as he preps for his meeting with X", "looks forward to the talks"
    if _timed_by(trigger, "of", POSSIBILITY_NOUNS):
        return "hypothetical"  # "asked about the possibility of a meeting with X"
    forecast = _forecast(trigger)
    if forecast is not None:
        return forecast  # "talks are likely to be fraught": a meeting yet to come, hedged
    if (is_future(trigger if light is None else light) and not _one_of_those(verb)) or plan_predicate(
        trigger
    ) is not None:
        return "planned"
    if scheduled_present(verb) or awaiting_present(verb):
        return "planned"  # "the ministers meet next week", "before the committee starts its inquiry"
    aim = purpose(verb)
    if aim is not None and framed_status(aim) == "planned":
        return "planned"  # "travels to Washington to meet Biden tomorrow"
    reported = _governors_until(verb, above, lambda cur, _: agent_participle(cur))
    if any(fr.get(anc.lemma_.lower()) == "report" and _vague_subject(anc) for anc in reported):
        return "uncertain"
    for tok in verbs[1:]:
        if fr.get(tok.lemma_.lower()) == "planned":
            return "planned"
    if _promised(verb):
        return "planned"  # "pledged a campaign to end crime by killing thousands": not done
    host = _means_of(verb)
    if host is not None:
        st = status(host)
        if st in {"hypothetical", "planned", "uncertain"}:
            return st  # "would allow X to avoid a dispute by negotiating a deal": not done either
    return "asserted"


def _timed_by(trigger: Token, prep_word: str, nouns: frozenset[str]) -> bool:
    """Is ``trigger`` a noun that one of ``nouns`` takes with ``prep_word``: "a date for talks
    with X", "the venue for the summit" (an event fixed or to be fixed, not yet held), "the
    possibility of a meeting" (one only possible), or that a verb of such a noun takes: "no date
    was set for talks"?"""
    prep = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or prep.lower_ != prep_word:
        return False
    holder = prep.head
    if holder.pos_ in {"VERB", "AUX"}:  # "no date has been set for talks": the phrase hangs on the verb
        return any(c.dep_ in {"nsubjpass", "dobj"} and c.lemma_.lower() in nouns for c in holder.children)
    return holder.lemma_.lower() in nouns


def _awaited(trigger: Token) -> bool:
    """Is ``trigger`` an event noun prepared for, awaited or looked forward to ("preps for his
    meeting with X", "looks forward to the talks", "prepare the summit")?"""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in {"pobj", "dobj"}:
        return False
    holder = trigger.head
    if trigger.dep_ == "pobj":
        if holder.lower_ not in AWAITED_PREPS:
            return False
        holder = holder.head
        if holder.lower_ in AWAIT_PARTICLES:  # "looking forward to"
            holder = holder.head
    return holder.pos_ in {"VERB", "AUX"} and holder.lemma_.lower() in AWAIT_VERBS


def _counterfactual(verb: Token) -> bool:
    """A past that did not happen: "would have imposed", "could have met" (not "may have
    attacked", a past act hedged; nor "would have withdrawn by May", a deadline to come)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if any(c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.i for c in verb.children):
        return False
    return verb.tag_ == "VBN" and "have" in auxes and bool(auxes & {"would", "could", "might", "'d"})


def _one_of_those(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive that says what a group its subject is one of did ("was
    one of the nations to alert Poland"): an act told, not one the subject "is to" do."""
    be = verb.head
    if verb.dep_ != "xcomp" or be.lemma_ != "be" or any(c.dep_ == "aux" for c in be.children):
        return False
    return any(
        c.dep_ == "attr" and c.lower_ == "one" and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in be.children
    )


def _means_of(verb: Token) -> Token | None:
    """The act ``verb`` is the means of ("avoid a dispute by negotiating a deal": "avoid"), when
    it is a bare gerund of "by" or "through" with no subject or auxiliary of its own."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in {"by", "through"} or prep.head == prep:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return None
    host = prep.head
    return host if host.pos_ in {"VERB", "AUX"} else None


def governors(verb: Token) -> list[Token]:
    """The words above ``verb`` that govern it: its ancestors, save the first conjunct of a
    conjunction it is in ("has both denied and acknowledged": "denied" does not govern
    "acknowledged"; "denied that it attacked and killed": "denied" governs both)."""
    out: list[Token] = []
    cur = verb
    while cur.head != cur:
        coordinate = cur.dep_ == "conj"
        cur = cur.head
        if not coordinate:
            out.append(cur)
    return out


def _governors_until(verb: Token, above: list[Token], stop: Callable[[Token, Token], bool]) -> list[Token]:
    """The governors ``above`` of ``verb`` up to the first whose child on the way, ``stop``
    (child, governor), cuts off."""
    out: list[Token] = []
    cur = verb
    for anc in above:
        while cur.head != anc and cur.head != cur:
            cur = cur.head
        if stop(cur, anc):
            break
        out.append(anc)
        cur = anc
    return out


def _within_relative(verb: Token, above: list[Token]) -> list[Token]:
    """The governors of ``verb`` below the noun a relative clause it is in describes: "ties
    have been uncertain since the election of X, who accused Y": the accusation is told as
    known, whatever the clause around the noun doubts (not "the report that X met Y", a claim
    the parser may take for a relative clause)."""
    return _governors_until(
        verb,
        above,
        lambda cur, _: (cur.dep_ == "relcl" and any(t.lower_ in RELATIVE_WORDS for t in cur.subtree if t.i < cur.i))
        or agent_participle(cur),  # "a suspect detained by Malaysia": told as known
    )


def _complemented(verb: Token, above: list[Token]) -> list[Token]:
    """The governors of ``verb`` up to a participle that goes with a denial: "denied the
    charge, accusing X in turn": the accusation is the denier's own act, not one denied."""
    return _governors_until(
        verb,
        above,
        lambda cur, anc: cur.dep_ == "advcl"
        and cur.tag_ == "VBG"
        and not any(c.dep_ == "mark" for c in cur.children)
        and frames().get(anc.lemma_.lower()) == "negate",
    )


def _doubts(word: Token) -> bool:
    """Whether ``word`` doubts the clause it governs: "unconvinced", "skeptical", "doubts";
    or a negated belief: "is not convinced", "does not think"."""
    lemma = word.lemma_.lower()
    if lemma in DOUBT_WORDS or word.lower_ in DOUBT_WORDS:
        return True
    if lemma in BELIEF_WORDS or word.lower_ in BELIEF_WORDS:
        return any(c.dep_ == "neg" for c in word.children) or (
            word.dep_ == "acomp" and any(c.dep_ == "neg" for c in word.head.children)
        )
    return False


def unreal(verb: Token) -> bool:
    """Whether ``verb``'s act is one only needed, advised or possible ("X must withdraw", "X
    should use that lever", "X can make a deal"), also for a participle that goes with such a
    clause ("X should use that lever, threatening to cut trade"). Whether the modal leaves no
    event at all is ``owed``'s to say (``events.senses`` asks it before any status is given)."""
    cur = verb
    for _ in range(3):
        if any(_modal(v, UNREAL_MODALS) for v in chain(cur)):
            return True
        top = chain(cur)[-1]
        if top.dep_ != "advcl" or top.tag_ != "VBG" or top.head == top:
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in top.children):
            return False
        cur = top.head
    return False


def owed(verb: Token, fr: dict[str, str]) -> bool:
    """Whether ``verb``'s act is only said to be owed, and so no act at all: "the government must
    agree before a vote can be held", "X has to help them" (not under a frame that makes it another
    act, "agreed that they should cooperate", nor a reported "must" that makes it a demand: "said X
    must withdraw"). What ``unreal`` leaves an event, hypothetical, this leaves none."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    duty = _modal(clause, DEMAND_MODALS)
    if not duty and clause.dep_ == "xcomp" and clause.head.lemma_.lower() in DUTY_VERBS and infinitive(clause):
        clause, duty = clause.head, True
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
    if not duty:
        return False
    if clause.dep_ in {"ccomp", "xcomp", "acl"} and clause.head != clause and clause.head.lemma_.lower() in fr:
        # "said X has to help": no demand here; "said X must help": a demand, coded as one
        return fr[clause.head.lemma_.lower()] == "report" and not _modal(clause, DEMAND_MODALS)
    return clause.dep_ not in {"advcl", "relcl", "acl", "pcomp"}


def _modal(verb: Token, modals: frozenset[str]) -> bool:
    """Whether one of ``verb``'s auxiliaries is among ``modals``."""
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def _promised(verb: Token) -> bool:
    """Whether ``verb`` is a non-finite act within what a pledge, promise or threat names
    ("pledged a campaign to end crime by killing thousands"): promised, not done."""
    fr = frames()
    cur, named = verb, False  # named: the pledge's object is a noun ("a campaign"), not the act itself
    for _ in range(5):
        if cur.head == cur or cur.dep_ in {"ccomp", "relcl", "parataxis", "conj", "advcl"}:
            return False
        if cur.pos_ in {"VERB", "AUX"} and cur.tag_ not in {"VB", "VBG"}:
            return False  # a finite or done verb of its own
        cur = cur.head
        named = named or (cur.pos_ == "NOUN" and cur.dep_ == "dobj")
        if cur.pos_ == "VERB" and fr.get(cur.lemma_.lower()) in {"agree", "threaten"}:
            return named
    return False


def _forecast(trigger: Token) -> str | None:
    """The status an event noun's own predicate gives it when it forecasts the event: "talks
    are likely to be fraught" (uncertain), "the talks are expected to be difficult" (planned)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    head = trigger.head
    fr = frames()
    words = [c for c in head.children if c.dep_ == "acomp"]
    if head.tag_ == "VBN" or head.pos_ == "ADJ":
        words.append(head)
    for word in words:
        effect = fr.get(word.lemma_.lower())
        if effect in {"uncertain", "planned"}:
            return effect
    return None


def enabled(verb: Token) -> bool:
    """Whether ``verb`` is an act a modal enabling clause only makes possible ("such a missile
    could allow Iran to threaten Israel", "the deal would enable them to sell oil")."""
    cur = verb
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "ccomp", "conj"} or cur.head == cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in CAPABILITY_VERBS:
            return any(c.dep_ == "aux" and c.lower_ in CAPABILITY_MODALS for c in cur.children)
    return False


def claim_denied(verb: Token) -> Token | None:
    """The claim noun ("suggestions", "reports") whose rejection denies the act of ``verb``
    ("rejected suggestions that Moscow may negotiate", "pushed back on reports that his aides
    met X"), if there is one."""
    cur = verb
    for _ in range(4):
        if cur.dep_ in {"acl", "ccomp", "relcl"}:
            break
        if cur.dep_ not in {"conj", "xcomp"} or cur.head == cur:
            return None
        cur = cur.head
    noun = cur.head
    if cur.dep_ == "relcl":
        noun = _claim_before(cur) or noun
    elif cur.dep_ not in {"acl", "ccomp"}:
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    prep = noun.head if noun.dep_ == "pobj" else None
    gov = prep.head if prep is not None and prep.dep_ == "prep" else noun.head if noun.dep_ == "dobj" else None
    if gov is None or gov.pos_ not in {"VERB", "AUX"}:
        return None
    parts = [c.lower_ for c in gov.children if c.dep_ in {"prt", "advmod"} and c.i == gov.i + 1]
    said = [gov.lemma_.lower(), *parts] + ([prep.lower_] if prep is not None else [])
    denied = " ".join(said) in DENIAL_PHRASES or (prep is None and gov.lemma_.lower() in DENIAL_PHRASES)
    return noun if denied else None


def _claim_before(clause: Token) -> Token | None:
    """The claim noun a "that" clause read as a relative clause of a later phrase belongs to:
    "pushed back against suggestions at the briefing that X cooperated" (not "the briefing that X
    held": the clause has its own subject, and "that" opens it)."""
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None or that.dep_ not in {"dobj", "mark"} or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    phrase = clause.head
    prep = phrase.head if phrase.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return None
    if prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in CLAIM_NOUNS:
        return prep.head  # "suggestions at the briefing that ..."
    for c in prep.head.children:
        if c.i >= prep.i:
            break
        noun = c if c.dep_ == "dobj" else next((p for p in c.children if p.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in CLAIM_NOUNS:
            return noun
    return None


def _phrase_over(verb: Token) -> tuple[Token, str] | None:
    """The word a gerund hangs on through a preposition, and the phrase they make with its
    particles ("refrained from asking": refrain from; "are close to agreeing": close to)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head == prep:
        return None
    above = prep.head
    parts = [c.lower_ for c in above.children if c.dep_ == "prt" and c.i < prep.i]
    return above, " ".join([above.lemma_.lower(), *parts, prep.lower_])


def _forgone(verb: Token) -> bool:
    """Is ``verb`` the act its clause forgoes ("refrained from asking", "held off on
    retaliating", "stopped short of imposing")?"""
    over = _phrase_over(verb)
    return over is not None and over[1] in FORGO_PHRASES


def _nearly(verb: Token) -> Token | None:
    """The word of an act ``verb`` is nearly reached by ("are close to agreeing", "on the verge of
    signing"), or None."""
    over = _phrase_over(verb)
    return over[0] if over is not None and over[1] in NEAR_PHRASES else None


def _unfulfilled(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of an intent noun ("its threat to impose") whose own
    clause is negated ("has not carried out its threat to impose") or calls it off ("reversed its
    decision to withdraw", "dropped plans to expel")."""
    while verb.dep_ == "conj" and verb.head != verb:  # "threats to label X or impose Y"
        verb = verb.head
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or verb.dep_ not in {"acl", "advcl"}:
        return False
    # the noun the infinitive follows ("threats to impose", parsed as its head or not)
    noun = verb.head if verb.dep_ == "acl" else verb.doc[to.i - 1] if to.i > 0 else verb
    if noun.lemma_.lower() not in INTENT_NOUNS | MEANS_NOUNS or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True  # "has no intention to expel", "no evidence to charge him"
    above = clause_verb(noun.head) if noun.head != noun else noun
    if frames().get(above.lemma_.lower()) == "reject":
        return False
    if called_off_by(verb) is not None:
        return True
    return any(c.dep_ == "neg" for c in above.children)


def _means_only(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of a means to act that is only held ("has the power to
    expel X", "the authority to impose sanctions"): the act is possible, not done."""
    if verb.dep_ != "acl" or not infinitive(verb):
        return False
    noun = verb.head
    if noun.lemma_.lower() not in MEANS_NOUNS or noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "attr"}:
        return False
    return noun.head.lemma_.lower() in HOLDING_VERBS  # not "used its power to expel X": done


def called_off_by(verb: Token) -> Token | None:
    """The verb that calls off the intent ``verb`` is the infinitive of: "reversed" in "reversed
    its decision to withdraw", "drop" in "vowed to drop plans to expel X"."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ != "acl" or not infinitive(verb):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTENT_NOUNS or noun.dep_ != "dobj":
        return None
    return noun.head if noun.head.lemma_.lower() in CALL_OFF_VERBS else None


def _time_phrase(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is a noun in a phrase that dates ``verb``'s clause ("since the war",
    "after the talks")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in TIME_PREPS and prep.head == verb


def _in_subject(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` lies within a subject of ``verb``."""
    cur = tok
    while cur.head != cur and cur != verb:
        if cur.head == verb:
            return cur.dep_ in {"nsubj", "nsubjpass", "csubj"}
        cur = cur.head
    return False


def _vague_subject(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in VAGUE_SOURCES:
            return not any(t.pos_ == "PROPN" for t in c.subtree)  # "sources", not "Reuters sources"
    return False


def clause_reporter(trigger: Token) -> Token | None:
    """The verb that reports the act's own clause: one it is the complement of ("analysts said
    Iran will ..."), or one set after it ("Iran will retaliate, analysts say"); not one further up
    ("X said it will back a resolution to impose sanctions": the sanctions are not X's forecast)."""
    verb = clause_verb(trigger)
    for c in verb.children:
        if c.dep_ == "parataxis" and reports(c) and c.pos_ == "VERB":
            return c
    top = chain(verb)[-1]
    said = top.head
    if top.dep_ == "ccomp" and reports(said) and said.pos_ in {"VERB", "AUX"}:
        return said
    return None


def forecast_by_observer(trigger: Token) -> bool:
    """Is the act told by an onlooker, not a party ("analysts say Iran will retaliate", "a
    former minister said the EU would agree")? What such a speaker says is to come is a forecast."""
    verb = clause_reporter(trigger)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None:
        return False
    words = {w for t in subject.subtree for w in (t.lemma_.lower(), t.lower_)}
    return bool(words & OBSERVERS) or any(t.lower_.startswith("ex-") for t in subject.subtree)


def attribution(trigger: Token) -> str | None:
    """Who reports or claims the event, when the sentence says so."""
    fr = frames()
    for anc in [trigger, *trigger.ancestors]:
        for acc in [anc, *anc.children]:  # "according to X" hangs on the clause
            if acc.lower_ != "according":
                continue
            for c in acc.children:
                if c.dep_ == "prep":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return _source_text(p)
        if anc != trigger and fr.get(anc.lemma_.lower()) == "report":
            for c in anc.children:
                if c.dep_ == "nsubj" and c.lower_ not in {"it", "he", "she", "they", "we", "i"}:
                    return _source_text(c)
    return None


def _source_text(tok: Token) -> str:
    # the speaker's own name, or the outlet a report is in ("a report in Trend News")
    names = [
        r for r in proper_names(tok.subtree)
        if (tok in r or r[-1].dep_ == "pobj") and not all(t.lower_ in DAY_WORDS for t in r)  # not "on Monday"
    ]
    if names:
        return " ".join(t.text for t in max(names, key=len))
    words = [
        t for t in tok.subtree if t.i <= tok.i and t.dep_ in {"det", "amod", "compound", "poss", "case"} or t == tok
    ]
    return "".join(t.text_with_ws for t in sorted(words, key=lambda t: t.i)).strip() or tok.text


# a speaker: a capitalised name ("Angela Merkel") or "the" and a few words ("the German foreign minister")
_NAME = r"(?:[Tt]he\s+(?:[\w'-]+\s+){0,4}?[\w'-]+|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
_QUOTE_VERB = "|".join(sorted(_CUES["quote_verb"], key=len, reverse=True))
SPEAKER_PRONOUNS = _CUES["speaker_pronoun"]  # '"We will not wait," he said': "he" is the "we"
_SPEAKER_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:{_QUOTE_VERB})\s+(?P<a>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,3}}|the\s+[^,.;:\"\n]{{1,60}})"
    rf"|(?P<b>{_NAME}|{'|'.join(sorted(SPEAKER_PRONOUNS))})\s+(?:{_QUOTE_VERB}))\b"  # '," he said': whom "he" means
)
_SPEAKER_BEFORE = re.compile(rf"(?P<c>{_NAME})\s+(?:{_QUOTE_VERB})(?:\s+[a-z]+){{0,2}}\s*[:,]\s*$")


def quotations(text: str, paragraphs: list[tuple[int, str]] | None = None) -> list[tuple[int, int, str]]:
    """The quotations of ``text`` whose speaker is named just after or just before them, as
    (start, end, speaker): '"We have asked Russia to stop. We will not wait," Merkel said' and
    'Merkel told reporters: "..."'. Each quotation lies within one paragraph (``paragraphs``, the
    text's ``nlp.segments`` when the caller has them)."""
    out: list[tuple[int, int, str]] = []
    for base, line in paragraphs if paragraphs is not None else nlp_stage.segments(text):
        opened: int | None = None
        for mark in re.finditer('["\u201c\u201d]', line):
            i, ch = mark.start(), mark.group(0)
            if ch == "\u201c" or (ch == '"' and opened is None):
                opened = i
            elif ch in {'"', "\u201d"} and opened is not None:
                after = _SPEAKER_AFTER.match(line, i + 1)
                if after is not None:
                    who: str | None = after.group("a") or after.group("b")
                else:  # the speaker introducing it, in its own sentence
                    before = _SPEAKER_BEFORE.search(re.split(r"[.!?]\s+", line[:opened])[-1])
                    who = before.group("c") if before else None
                if who is not None:
                    out.append((base + opened, base + i + 1, who))
                opened = None
    return out


def quote_opener(sent: Span) -> str | None:
    """For a sentence like 'X said:' that introduces a quotation, the speaker."""
    text = sent.text.rstrip()
    if not text.endswith(":"):
        return None
    fr = frames()
    for tok in sent:
        if fr.get(tok.lemma_.lower()) == "report" and tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ == "nsubj":
                    return _source_text(c)
    return None
