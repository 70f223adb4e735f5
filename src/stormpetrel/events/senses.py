"""Senses: words that look like an event and are none, and acts that miss what they need.

``coder`` builds a candidate for every trigger and asks here whether it is one:

    "declined to comment", "refused, saying ..."        a refusal to speak, or aimed at no one
    "said when asked whether troops would be sent"      a reporter's question, no demand
    "we are not here to take anyone's land"             a purpose the speaker disowns
    "blamed the delays on bad planning between X and Y" a fault of a relation, no accusation
    "the new law violates the truce"                    a text as the doer: a judgement
    "warned of the danger", "felt threatened"           no threat, a feeling
    "in March"                                          a name, no trigger
    "expressed condolences on Twitter"                  aimed at no one
    "promised to lower fuel prices"                     a promise to no one
    "declined to rule out talks"                        an option kept open, nothing refused
    "has no plans to meet X"                            an act a denied plan governs, not done
    "missiles fired by X hit a market"                  the hit is the attack, no weapons test
    "has X agreed to ...?", "was asked what he would do" a question, no act
    "asked X if he would back Y", "no answer on whether" what a question is about, no act
    "declined to commit to the plan"                    no commitment (``denied``)
    "could take years to settle"                        how long something takes, no act
    "no leader has refused", "lawmakers who oppose it"  no one acted; a standing stance
    "declined to provide details"                       information withheld, no refusal
    "if leaders were willing to talk"                   a willingness that is only a condition
    "warned that X would break the law"                 a judgement of X, no threat
    "were not authorized to discuss the talks"          who may act, no act
    "40 were attacked, compared with 12 in 2019"        a statistic
    "attacks on traders have erupted regularly"         how things usually are
    "what she pledged on the campaign trail"            a promise recalled
    "seized on the scandal", "warned of the dangers"    an opportunity taken, a danger foreseen
    "blamed the fire on faulty batteries"               a cause, no one accused
    "could lead to the lifting of sanctions"            a measure ended, none imposed
    "X must agree", "Y has to help them"                an obligation, no act (``status.owed``)
    "if I go back, they will kill me"                   a fear of the speaker, no threat
    "protest takes courage"                             a view of a kind of act
    "finish by June to allow X to ratify it"            an effect sought, no concession
    "victims who had denounced X"                       who they were, no new act
    "the election win mobilized a generation"           an effect, no act
    "strongly opposes legalizing cannabis"              a standing stance on a policy, no act
    "complained that the reform was harder than hoped"  a lament, no one accused
    "his biography says he travelled to Peru"           a career, no new event
    "called on Iraq to expel the troops"                an act asked for, not done
    "pledged to reverse its decision to withdraw"       a promise; nothing called off yet

``no_event`` runs one small check per kind of reading (``_NO_EVENT_CHECKS``). The word classes are
loaded from ``data/coder_words.tsv`` and ``data/sense_words.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from stormpetrel import data
from stormpetrel.events.lexicon import Lexicon, load, polarity
from stormpetrel.events.syntax import (
    CONFLICT,
    DISAPPROVING,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    determined,
    gerund,
    infinitive,
    owned,
    pobjs,
    several,
    trailing,
)
from stormpetrel.grammar import frames
from stormpetrel.status import called_off_by, owed

if TYPE_CHECKING:
    from stormpetrel.events.coder import Candidate

_WORDS = data.word_classes("coder_words.tsv")
TEXT_NOUNS = _WORDS["text_noun"]  # "the new law violates the truce": a judgement, not an act
QUESTION_MARKS = _WORDS["question_mark"]  # "asked whether X would ...": a question
INTRANSITIVE_PROTEST = _WORDS["intransitive_protest"]  # "demonstrated that ...": no protest
CAUTION_VERBS = _WORDS["caution_verb"]  # "warned of the danger": no threat
THREAT_NOUNS = _WORDS["threat_noun"]  # "warned of consequences": a threat
THREAT_MODALS = _WORDS["threat_modal"]  # "warned that police will ...": a threat
TOPIC_VERBS = _WORDS["topic_verb"]  # "discussed the situation in X": X is no partner
STATE_VERBS = _WORDS["state_verb"]  # "felt threatened": a feeling
QUANTITY_NOUNS = _WORDS["quantity_noun"]  # "the number of tourists visiting X": a statistic
PROTECT_VERBS = _WORDS["protect_verb"]  # "defended the country from terrorism": protection
PROTECT_PREPS = _WORDS["protect_prep"]  # "defended the country from terrorism": protection
NEEDS_OBJECT = _WORDS["needs_object"]  # "allows for six weeks of leave": no concession
OPEN_VERBS = _WORDS["open_verb"]  # "declined to rule out X": no refusal
NEEDS_RECIPIENT = _WORDS["needs_recipient"]  # "are ready to fight to defend it": no one is fought
NEEDS_RECIPIENT_NOUNS = _WORDS["needs_recipient_noun"]  # "expressed condolences on Twitter": to no one
NEEDS_PARTY = _WORDS["needs_party"]  # "promised to cut taxes": a promise to no one
HYPOTHETICAL_MODALS = _WORDS["hypothetical_modal"]  # "cooperation could be beneficial": a view
CASE_PARTIES = _WORDS["case_party"]  # "the suspect is cooperating with officials": no political act
WITHHELD_INFO = _WORDS["withheld_info"]  # "declined to provide details": only information withheld
CRIME_NOUNS = _WORDS["crime_noun"]  # "dispatched a unit to counter trafficking": police work
LEISURE_NOUNS = _WORDS["leisure_noun"]  # "invited the couple for a break": a private invitation
CONTROL_OBJECTS = _WORDS["control_object"]  # "seized control" of no one
ADMIT_VERBS = _WORDS["admit_verb"]  # "conceded that the bill had failed": an admission
QUOTE_VERBS = _WORDS["quote_verb"]  # '"...," he allowed': a verb of saying
STOP_NOUNS = _WORDS["stop_noun"]  # "opposed to a halt to the talks": the halt is opposed, no party
NATURAL_DOERS = _WORDS["natural_doer"]  # "locusts attacked the crops": no political act
MISHAP_NOUNS = _WORDS["mishap_noun"]  # "killed in a car crash": no attack
LAND_OBJECTS = _WORDS["land_object"]  # "2,000 acres were attacked": by pests or a blaze
GENERIC_MODALS = _WORDS["generic_modal"]  # "an employee might agree": a possibility
GENERIC_DETS = _WORDS["generic_det"]  # "an employee", "any member": anyone of a kind
PENDING_WORDS = _WORDS["pending_word"]  # "has yet to hand over X": not done
ATTEMPT_VERBS = _WORDS["attempt_verb"]  # "struggling to reach a deal": no deal yet
PARTNER_PREPS = _WORDS["partner_prep"]  # "agreed with X that ...": a partner named, maybe a deal
CONDITION_MARKS = _WORDS["condition_mark"]  # "if X were willing to talk": a condition, no act
FORECAST_VERBS = _WORDS["forecast_verb"]  # "predicted X will sign": a forecast, no plan
OBSERVER_NOUNS = _WORDS["observer_noun"]  # "X will sign, an analyst said": an onlooker's forecast
FORECAST_MODALS = _WORDS["forecast_modal"]  # "will", "would", "could": what the forecast is about
FUTURE_MODALS = _WORDS["future_modal"]  # "this will help X": an effect foreseen
VENUE_NOUNS = _WORDS["venue_noun"]  # "arrived at a university": a place, no state body visited
TRAVELLERS = _WORDS["traveller"]  # "the community arrived as refugees": migration, not a visit
ABSTRACT_DOERS = _WORDS["abstract_doer"]  # "the partnership helps train engineers": a benefit
HABITUAL_WORDS = _WORDS["habitual_word"]  # "travels to X every year": a habit, no event
HABITUAL_VERBS = _WORDS["habitual_verb"]  # "tend to support X": a leaning, no event
CONTRAST_PARTICIPLES = _WORDS["contrast_participle"]  # "as opposed to X": a comparison, no act
YIELDING = {"CONCEDE", "RETREAT"}  # the acts whose beneficiary a participle after them may name
URGED_NOUNS = _WORDS["urged_noun"]  # "pressure to resign": urged, not done
PHONE_VERBS = _WORDS["phone_frame"]  # "called Putin to discuss Syria": a call, not a demand
RIVAL_WORDS = _WORDS["rival_word"]  # "supporting opposing sides": each its own
SIDE_NOUNS = _WORDS["side_noun"]  # "supporting opposing sides": no one named
MARKET_NOUNS = _WORDS["market_noun"]  # "the falling price allowed him to buy": an effect, no act
NEGATIVE_SUBJECTS = _WORDS["negative_subject"]  # "no leader has refused to attend": no one did it
DURATION_VERBS = _WORDS["duration_verb"]  # "a deal could take years": a forecast of time, no act
PERIODIC_WORDS = _WORDS["periodic_word"]  # "before their weekly meetings they hold talks": a habit
WH_WORDS = _WORDS["wh_word"]  # "was asked what he would do": a question
LICENCE_WORDS = _WORDS["licence_word"]  # "not authorized to discuss X": who may act, no act
COMPARISON_WORDS = _WORDS["comparison_word"]  # "40 were attacked, compared with 12": a statistic
DANGER_NOUNS = _WORDS["danger_noun"]  # "warned them of the dangers of X": a danger foreseen, no threat
FAULT_WORDS = _WORDS["fault_word"]  # "blamed the fire on faulty batteries": no one accused
EXPLOIT_PHRASES = _WORDS["exploit_phrase"]  # "seized on the scandal": an opportunity taken
CAMPAIGN_NOUNS = _WORDS["campaign_noun"]  # "what she pledged on the campaign trail": recalled
RELIEF_NOUNS = _WORDS["relief_noun"]  # "the lifting of sanctions": a measure ended, none imposed
OCCASION_NOUNS = _WORDS["occasion_noun"]  # "the many times he pledged to ...": a habit recalled
GENERIC_PREDICATES = _WORDS["generic_predicate"]  # "protest takes courage": a view of such acts
OUTCOME_NOUNS = _WORDS["outcome_noun"]  # "the win mobilized a generation": an effect, no act
STANCE_NOUNS = _WORDS["stance_noun"]  # "a platform opposing immigration": a stance, no act
EXAMPLE_PREPS = _WORDS["example_prep"]  # "a few freedoms, like complaining to officials": an example
EFFECT_PRONOUNS = _WORDS["effect_pronoun"]  # "it is not going to help X": a situation, no giver
RECORD_NOUNS = _WORDS["record_noun"]  # "his biography says he travelled to X": a career, no event
RECORD_VERBS = _WORDS["record_verb"]  # "his biography says ...", "her profile lists ..."
FIRST_PERSON = _WORDS["first_person"]  # "promising 'we will ...'", "they will kill me": the speaker himself

_SENSE = data.word_classes("sense_words.tsv")
ANONYMITY_WORDS = _SENSE["anonymity_word"]  # "speaking on condition of anonymity to discuss X": no talks
ALTERNATIVES = _SENSE["alternative"]  # "rather than fighting it": an act passed over
ENABLING_THINGS = _SENSE["enabling_thing"]  # "the system allows X to ...": a thing lets, no one concedes
CAUTION_WORDS = _SENSE["caution_word"]  # "warning of an attack": the attack is only foreseen
ADVISORY_ACTS = _SENSE["advisory_act"]  # "a warning against travelling to X": advice, no threat
GENERIC_PERSONS = _SENSE["generic_person"]  # "warned that anyone who objects would ...": a judgement
POSSIBILITY_MODALS = _SENSE["possibility_modal"]  # "warned that the dispute may turn nasty": foreseen
CORROBORATING_PARTICLES = _SENSE["corroborating_particle"]  # "back up the charge": bear out a claim
CLAIM_NOUNS = _SENSE["claim_noun"]  # "back up the allegation"
FAVOUR_NOUNS = _SENSE["favour_noun"]  # "spoke out in favour of X": no disapproval
AIRLINE_WORDS = _SENSE["airline_word"]  # "the airline flies to X": a route, no visit
CROWD_NUMBERS = _SENSE["crowd_number"]  # "thousands of Moroccans travelled to X": a flow of people
CROWD_PEOPLE = _SENSE["crowd_people"]  # "thousands of citizens travelled to X"
ASPIRATION_NOUNS = _SENSE["aspiration_noun"]  # "to make a trade agreement a reality": a goal
DOCUMENT_NOUNS = _SENSE["document_noun"]  # "a report warned that ...": a forecast, no threat
PUBLIC_NOUNS = _SENSE["public_noun"]  # "the candidate met voters": campaigning, no consultation
TERROR_WORDS = _SENSE["terror_word"]  # "warned of a terrorist attack": no threat of the warner
TIPOFF_NOUNS = _SENSE["tipoff_noun"]  # "warned Spain about the gunman": a tip-off, no threat
VEHICLES = _SENSE["vehicle"]  # "was struck by a van": a road accident, no attack
BLAZE_NOUNS = _SENSE["blaze_noun"]  # "fire": shooting, or a blaze
BLAZE_GOVERNORS = _SENSE["blaze_governor"]  # "put out a fire", "reports of fires": a blaze
FIREFIGHTERS = _SENSE["firefighter"]  # "firefighters battled the fire": a blaze
APPEAL_SENTIMENTS = _SENSE["appeal_sentiment"]  # "appealed to their national pride": no request
INTERVIEW_NOUNS = _SENSE["interview_noun"]  # "declined a request for an interview": no political refusal
QUESTION_VERBS = _SENSE["question_verb"]  # "asked her whether she would resign": a question, no act
STANDING_VERBS = _SENSE["standing_verb"]  # "which continues to ban X": a standing policy
PROSPECT_NOUNS = _SENSE["prospect_noun"]  # "concern about the prospect of X": a worry, no accusation
STANDING_TEXTS = _SENSE["standing_text"]  # "resolutions that demand X": what a text says
ADOPTION_VERBS = _SENSE["adoption_verb"]  # "adopted a resolution that demands X": a demand made now
REPEAL_VERBS = _SENSE["repeal_verb"]  # "overturned a regulation": law-making at home
DOMESTIC_RULES = _SENSE["domestic_rule"]  # "overturned a regulation": law-making at home
DUTY_VERBS = _SENSE["duty_verb"]  # "is charged to lead the nation": a task given, no accusation
FOUNDING_VERBS = _SENSE["founding_verb"]  # "was set up to prosecute X": a body's purpose
SPORT_NOUNS = _SENSE["sport_noun"]  # "threatened the goal": a game


def a_name(tok: Token) -> bool:
    """A capitalised proper noun inside a sentence is a name, not a trigger: "in March"."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i != tok.sent.start


def no_comment(cand: Candidate, fr: dict[str, str]) -> bool:
    """ "declined to comment", "refused to say": a refusal to speak is no event, nor is what it
    would have been about ("declined to be drawn on calls for a vote"); nor is a reporter's
    question ("said when asked whether ...")."""
    tok = cand.token
    if cand.type != "REQUEST" and owed(cand.verb, fr):
        return True  # "the government must agree before ...", "X has to help them": an obligation, no act
    if cand.type == "REQUEST" and tok.dep_ == "advcl" and tok.tag_ == "VBN" and not cand.sources:
        return True
    if (
        cand.trigger.pos == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and fr.get(tok.head.head.lemma_.lower()) == "comment"
    ):
        return True  # "declined to comment on calls for a vote": the calls are a topic
    if cand.type == "REQUEST" and a_question(tok):
        return True
    if cand.type == "REJECT" and any(c.dep_ == "xcomp" and only_information(c) for c in tok.children):
        return True  # "declined to provide details", "did not want to give his name": information withheld
    if cand.trigger.type != "REJECT" or cand.trigger.objects or cand.trigger.pos != "VERB":
        return False
    if fr.get(cand.token.lemma_.lower()) == "reject" and not cand.targets:
        return True  # "refused, saying ...": a refusal aimed at no one
    if any(c.dep_ == "xcomp" and kept_open(c) for c in cand.token.children):
        return True  # "declined to rule out sanctions": an option kept, nothing refused
    return any(c.dep_ == "xcomp" and fr.get(c.lemma_.lower()) in {"report", "comment"} for c in cand.token.children)


def only_information(verb: Token) -> bool:
    """ "provide details", "give his name": what the verb hands over is information, no concession."""
    return any(o.dep_ in {"dobj", "dative"} and o.lemma_.lower() in WITHHELD_INFO for o in verb.children)


def disowned_purpose(verb: Token) -> bool:
    """ "We are not here to take anyone's land": a purpose the negation denies."""
    head = verb.head
    return (
        verb.dep_ in {"xcomp", "advcl"}
        and infinitive(verb)
        and head.lemma_ == "be"
        and any(c.dep_ == "neg" for c in head.children)
    )


def shared_fault(cand: Candidate) -> bool:
    """ "blamed the delays on bad planning between X and Y": a fault of a relation, not an
    accusation of either side."""
    if cand.type != "ACCUSE" or cand.trigger.pos != "VERB":
        return False
    return _held_prep(cand.token, {"on"}, _of_relation)


def _of_relation(noun: Token) -> bool:
    """A common noun of what passes between two sides: "bad planning between X and Y"."""
    return noun.pos_ == "NOUN" and any(q.dep_ == "prep" and q.lower_ == "between" for q in noun.children)


def _held_prep(verb: Token, preps: set[str], what: Callable[[Token], bool]) -> bool:
    """Does a preposition in ``preps``, on the verb or on its object, have an object that is
    ``what``? "blamed the delays on bad planning", "blamed it on X", "warned the delegates of the
    dangers"."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # the preposition hangs on either
    return any(
        c.dep_ == "prep" and c.lower_ in preps and any(what(o) for o in pobjs(c))
        for h in holders
        for c in h.children
    )


@cache
def _text_nouns() -> frozenset[str]:
    """Nouns of texts: the objects of "sign" in the trigger lexicon and the text nouns (read once)."""
    return frozenset({o for t in load().verbs.get("sign", []) for o in t.objects} | TEXT_NOUNS)


@cache
def _thing_doers(kind: str) -> frozenset[str]:
    """Things that cannot do an act of type ``kind``: texts and prices; for aid also abstract doers
    ("the partnership helps"), for a concession enabling things ("the system allows"), for a threat
    reports and observers ("a report warned", "analysts warned": a forecast)."""
    things = _text_nouns() | MARKET_NOUNS
    if kind == "AID":
        things |= ABSTRACT_DOERS
    if kind == "CONCEDE":
        things |= ENABLING_THINGS
    if kind == "THREATEN":
        things |= DOCUMENT_NOUNS | OBSERVER_NOUNS
    return things


@cache
def _standing_texts() -> frozenset[str]:
    """Texts and documents whose present-tense clause tells what they say: the text nouns, document
    nouns and standing texts (read once)."""
    return _text_nouns() | DOCUMENT_NOUNS | STANDING_TEXTS


def inanimate_doer(cand: Candidate) -> bool:
    """ "The new law violates the truce", "the decision attacks our rights", "the truce has
    provided the army with a respite", "the new rule allows farmers to ...", "the falling price
    allowed him to buy": a text, decision, price or state of affairs as the doer of a hostile act,
    a gift or a concession is a judgement or the content of it, not an act. The text nouns are read
    from the cached lexicon (``load()``)."""
    if cand.trigger.pos != "VERB" or not cand.sources:
        return False
    if all(s.lemma_.lower() in OUTCOME_NOUNS for s in cand.sources):
        return True  # "the election win mobilized a generation": an effect, no act
    if cand.type not in CONFLICT | {"REJECT", "AID", "CONCEDE"}:
        return False
    things = _thing_doers(cand.type)
    if cand.type == "CONCEDE":
        return all(_antecedent(s, cand.token).lemma_.lower() in things for s in cand.sources)
    return all(s.lemma_.lower() in things for s in cand.sources)


def _antecedent(source: Token, verb: Token) -> Token:
    """What "which" stands for when its clause follows a noun's preposition phrase: in "a row with
    X, which allowed him to ...", the row (a thing), not X."""
    if (
        verb.dep_ == "relcl"
        and any(c.dep_ in SUBJECTS and c.tag_ == "WDT" and c.lower_ == "which" for c in verb.children)
        and source.dep_ == "pobj"
        and source.head.dep_ == "prep"
        and source.head.head.pos_ == "NOUN"
    ):
        return source.head.head
    return source


def _text_noun_over(noun: Token) -> bool:
    """A text noun, or the owner of one: "a law", "the guidance from the ministry" (ministry)."""
    if noun.lemma_.lower() in TEXT_NOUNS:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lemma_.lower() in TEXT_NOUNS


def _has(tok: Token, deps: Collection[str]) -> bool:
    """Does the word have a dependent labelled with one of ``deps``?"""
    return any(c.dep_ in deps for c in tok.children)


def _has_aux(verb: Token, words: Collection[str]) -> bool:
    """Does the verb have an auxiliary among ``words``? "could" in "it could take years"."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)


def _pobj_lemmas(tok: Token, preps: Collection[str] | None = None, dep: str = "prep") -> set[str]:
    """The lemmas of the objects of the word's prepositions (only those in ``preps``, if given;
    ``dep`` "agent" for a "by" phrase): "invited the couple for a holiday" gives {"holiday"}."""
    return {
        o.lemma_.lower()
        for c in tok.children
        if c.dep_ == dep and (preps is None or c.lower_ in preps)
        for o in pobjs(c)
    }


def _simple_present(verb: Token) -> bool:
    """A present-tense verb with no auxiliary: "opposes", "patrol" (not "has opposed")."""
    return verb.tag_ in {"VBZ", "VBP"} and not _has(verb, {"aux", "auxpass"})


def _relative_subject(verb: Token) -> bool:
    """A clause whose subject is a relative pronoun: "who", "which", "that"."""
    return any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} for c in verb.children)


# The checks of ``no_event``, grouped by what they judge. Each is a pure test of the candidate, so
# the order they run in does not change the answer.


def _participle_described(cand: Candidate) -> bool:
    """ "felt threatened", "the group (outlawed in Russia)", "occupied East Jerusalem": a state, no act."""
    tok = cand.token
    if cand.trigger.pos != "VERB":
        return False
    if tok.lemma_.lower() in CONTRAST_PARTICIPLES and tok.tag_ == "VBN" and any(
        c.dep_ in {"mark", "advmod", "prep"} and c.lower_ == "as" for c in tok.children
    ):
        return True  # "as opposed to its neighbours, X ...": a comparison
    if tok.tag_ == "VBN" and any(
        c.dep_ in {"auxpass", "aux"} and {c.lemma_.lower(), c.lower_} & STATE_VERBS for c in tok.children
    ):
        return True  # "they feel threatened": a feeling
    if tok.tag_ == "VBN" and tok.dep_ in {"acomp", "oprd", "xcomp"} and tok.head.lemma_.lower() in STATE_VERBS:
        return True  # "they felt threatened": a feeling
    if (
        cand.trigger.mode == "ban"
        and tok.tag_ == "VBN"
        and not _has(tok, SUBJECTS | PASSIVE_SUBJECTS | {"agent", "auxpass", "aux"})
    ):
        return True  # "the group (outlawed in Russia)": a designation, not a ban
    return _it_is_striking(tok) or _adjectival(tok)  # "it was striking that ...", "occupied East Jerusalem"


def _phrase_of_other_sense(cand: Candidate) -> bool:
    """ "seized on the scandal", "defended X from terrorism", "back up the claim": a phrase of another sense."""
    tok = cand.token
    kids = list(tok.children)
    if cand.type == "REQUEST" and _pobj_lemmas(tok, {"to"}) & APPEAL_SENTIMENTS:
        return True  # "appealed to their national pride": a feeling stirred, nothing asked of anyone
    if cand.trigger.pos != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in INTRANSITIVE_PROTEST and _has(tok, {"dobj", "ccomp", "xcomp"}):
        return True  # "demonstrated that the plan works": shown, no protest
    if lemma in PROTECT_VERBS and any(c.dep_ == "prep" and c.lower_ in PROTECT_PREPS for c in kids):
        return True  # "defended the country from terrorism": protection
    if any(
        c.dep_ == "dobj" and c.lemma_.lower() in CONTROL_OBJECTS
        and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in kids
    ) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return True  # "the army is eager to seize control": of no one
    if any(
        c.dep_ == "dobj" and c.lemma_.lower() in SIDE_NOUNS
        and any(m.dep_ == "amod" and m.lower_ in RIVAL_WORDS for m in c.children)
        for c in kids
    ):
        return True  # "despite backing rival sides, X and Y ...": each backs its own, no one named
    if (
        cand.trigger.needs_prep
        and cand.trigger.mode != "visit"
        and not cand.trigger.objects & _pobj_lemmas(tok, cand.trigger.needs_prep)  # "removed X from office"
        and _loose_particle(tok, cand.trigger.needs_prep)
    ):
        return True  # "gave everything in the campaign" is no giving in ("welcomed X to Y" is a visit)
    if cand.trigger.type == "SUPPORT" and any(
        c.dep_ == "prt" and c.lower_ in CORROBORATING_PARTICLES for c in kids
    ) and any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in kids):
        return True  # "gave no proof to back up the claim": a claim borne out
    return _figurative(tok)  # "the opposition seized on the scandal": an opportunity taken


def _words_only(cand: Candidate) -> bool:
    """ "conceded that the bill had failed", '"Close the borders," he said': words, no act."""
    tok = cand.token
    if cand.trigger.pos != "VERB":
        return False
    kids = list(tok.children)
    lemma = tok.lemma_.lower()
    if (
        cand.type == "AGREE"
        and lemma == "agree"
        and not several(cand.sources)
        and not _has(tok, {"xcomp", "dobj"})
        and not any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in kids)  # "in the end" may stand
        and any(c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in kids)
    ):
        return True  # "the judges agreed that the remarks could count as evidence": a view, no deal
    if cand.type == "AGREE" and _view_shared(cand):
        return True  # "the columnist agrees", "surely she agrees with me": a view shared
    said = [c for c in kids if c.dep_ == "ccomp" and not infinitive(c)]  # "allowed the aid was one", not "to leave"
    if lemma in ADMIT_VERBS and said and (any(c.i < tok.i for c in said) or not _has(tok, {"dobj", "dative"})):
        return True  # "conceded that the bill had failed", '"...," he conceded'
    if lemma in QUOTE_VERBS and any(c.i < tok.i for c in said) and not _has(tok, {"dobj", "dative", "xcomp"}):
        return True  # '"the work is unfinished," he allowed': said, nothing let happen
    return _quoted_imperative(tok)  # '"Close the borders," he told his supporters': a slogan, no act


def _view_shared(cand: Candidate) -> bool:
    """ "The columnist agrees.", "Surely the minister agrees with me that ...": "agree" in the present
    with nothing agreed to and no one but the speaker agreed with is a view shared, no deal."""
    tok = cand.token
    if cand.trigger.pos != "VERB" or tok.lemma_.lower() != "agree" or several(cand.sources):
        return False
    if tok.tag_ not in {"VBZ", "VBP"}:
        return False  # "Lavrov agreed, saying ...": he agreed to what was put to him
    if any(t.lower_ not in FIRST_PERSON for t in cand.targets):
        return False
    if _has(tok, {"dobj", "xcomp", "dative"}) or tok.dep_ == "conj":
        return False
    preps = [c for c in tok.children if c.dep_ == "prep"]
    return all(c.lower_ == "with" and all(o.lower_ in FIRST_PERSON for o in pobjs(c)) for c in preps)


def _lets_no_one(cand: Candidate) -> bool:
    """ "allows for leave", "the guidance allowing pupils to ...", "to allow the deal to be ratified": no concession."""
    tok = cand.token
    if cand.trigger.pos != "VERB":
        return False
    if cand.type == "CONCEDE" and tok.dep_ == "acl" and _text_noun_over(tok.head):
        return True  # "the guidance (of the ministry) allowing pupils to ...": what a text says
    if cand.type == "CONCEDE" and result_participle(tok):
        return True  # "the judge halted the order, allowing travel to resume": what the act brought about
    if tok.lemma_.lower() in NEEDS_OBJECT and not any(
        c.dep_ in {"dobj", "nsubjpass"} or (c.dep_ in {"ccomp", "xcomp"} and _has(c, SUBJECTS | PASSIVE_SUBJECTS))
        for c in tok.children
    ):
        return True  # "allows for leave", "will allow expanding the truce": no one is let do anything
    if cand.type == "CONCEDE" and tok.lemma_.lower() in NEEDS_OBJECT and _leave_for_no_act(tok):
        return True  # "the school allowed him to use the bathroom": a permission, no political act
    return _effect_sought(cand)  # "to allow the deal to be ratified", "money to allow towns to build": an aim


def _leave_for_no_act(verb: Token) -> bool:
    """A permission given (not withheld: "will not allow X to ..." is a refusal) to no one named
    or of a named people, for what names no act an event is made of ("allowed him to use the
    bathroom", "allowing insurers to cover less"); not "allowed the march", "allowed an inquiry
    into X", "allowed monitors to visit X", "allowed Ouattara to run", "allowed Bolivian trucks
    to cross"."""
    if _has(verb, {"neg"}):
        return False
    lex = load()
    clauses = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "xcomp", "ccomp"}]
    parties = [c for c in clauses if c.dep_ in {"dobj", "nsubjpass"}]
    parties += [s for c in clauses if c.dep_ in {"xcomp", "ccomp"} for s in c.children if s.dep_ == "nsubj"]
    if any(
        t.pos_ == "PROPN" or (t.tag_ == "JJ" and t.is_title and t.i != t.sent.start)
        for p in parties
        for t in p.subtree
    ):
        return False  # "allowed Bolivian trucks to cross": a state's people let in
    allowed = [t for c in clauses for t in c.subtree]
    return not any(
        (t.pos_ == "NOUN" and t.lemma_.lower() in lex.nouns) or (t.pos_ == "VERB" and _plain_trigger(t, lex))
        for t in allowed
    )


def _plain_trigger(verb: Token, lex: Lexicon) -> bool:
    """Is ``verb`` a trigger with what it needs ("visit", "send troops", "travel abroad"), not one
    without the particle or the object it needs ("carry two bags": no "carry out")?"""
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}}
    bound = any(c.dep_ in {"prep", "prt", "advmod"} for c in verb.children)
    return any(
        (bound or not t.needs_prep) and not t.modifiers and (not t.objects or t.objects & objects)
        for t in lex.verbs.get(verb.lemma_.lower(), [])
    )


def result_participle(verb: Token) -> bool:
    """A participle with no subject of its own, set off by a comma after the clause it ends: what
    that clause brought about ("stopped the flow, allowing workers to clear the debris"), no act
    of its own; unless that clause is itself a concession, whose beneficiary it names ("lifted
    the ban, allowing Ukrainian workers to enter")."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"} or _has(verb, SUBJECTS | PASSIVE_SUBJECTS):
        return False
    if any(t.type in YIELDING for t in load().verbs.get(verb.head.lemma_.lower(), [])):
        return False
    return trailing(verb)


def _nothing_refused(cand: Candidate) -> bool:
    """ "did not rule out talks", "lawmakers overturned a regulation on mining": no one refused."""
    tok = cand.token
    if (
        cand.trigger.pos == "VERB"
        and kept_open(tok)
        and (_has(tok, {"neg"}) or (_has(tok, {"ccomp"}) and not _has(tok, {"dobj"})))
    ):
        return True  # "did not rule out talks", "ruled out that the fire was arson"
    return cand.type == "REJECT" and _rule_repealed(cand)  # law-making, no one rejected


def _no_one_blamed(cand: Candidate) -> bool:
    """ "blamed the fire on faulty batteries", "strongly opposes legalizing cannabis": no one accused."""
    tok = cand.token
    verb_trigger = cand.trigger.pos == "VERB"
    if cand.type in DISAPPROVING and verb_trigger and _pobj_lemmas(tok, {"in"}) & FAVOUR_NOUNS:
        return True  # "spoke out in favour of X": no disapproval
    if cand.type in DISAPPROVING and verb_trigger and _stance(cand):
        return True  # "strongly opposes legalizing cannabis", "a platform opposing immigration": a stance
    if cand.type == "ACCUSE" and verb_trigger and _lament(cand):
        return True  # "complained that the reform was harder than expected"
    if cand.type in DISAPPROVING and cand.targets and all(
        t.lemma_.lower() in STOP_NOUNS and not owned(t) for t in cand.targets
    ):
        return True  # "opposed to a halt to the talks with X": for the talks, against no one
    if cand.type == "ACCUSE" and verb_trigger and _blamed_on_fault(tok):
        return True  # "blamed the fire on faulty batteries": a cause
    # "voiced concern about the prospect of X": a worry
    return cand.type == "ACCUSE" and cand.trigger.pos == "NOUN" and bool(_pobj_lemmas(tok) & PROSPECT_NOUNS)


def _warned_only(cand: Candidate) -> bool:
    """ "warned of the danger", "a warning of a terrorist attack", "a warning against travel": no threat."""
    tok = cand.token
    lemma = tok.lemma_.lower()
    if (
        cand.trigger.pos == "VERB"
        and lemma in CAUTION_VERBS
        and cand.type == cand.trigger.type
        and _no_threat_warned(cand)
    ):
        return True  # "warned of the danger", "warned X that leaving the pact could hurt it"
    if cand.trigger.pos == "NOUN" and cand.type in CONFLICT and _foreseen(tok):
        return True  # "warning of a terrorist attack": the attack is only foreseen
    return cand.type == "THREATEN" and lemma in CAUTION_WORDS and _advice(tok)  # "a warning against travel"


def _observer(tok: Token) -> bool:
    """An onlooker: "analysts", "Smith, a military analyst"; not one a body sends ("UN experts")."""
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return False
    return tok.lemma_.lower() in OBSERVER_NOUNS or any(
        c.dep_ == "appos" and c.lemma_.lower() in OBSERVER_NOUNS for c in tok.children
    )


def _observers_view(cand: Candidate) -> bool:
    """ "the analysts agreed", "experts warned": onlookers who judge, not parties who act."""
    return any(_observer(s) for s in cand.sources)


def _foreseen_act(cand: Candidate) -> bool:
    """ "X will sign, an analyst predicted", "could take years", "if X were willing": foreseen, not done."""
    return (
        conditioned(cand.token)  # "if the rebels were ready to talk": a condition
        or _founding_purpose(cand.verb)  # "a court set up to prosecute war crimes": what it is for
        or _feared(cand)  # "if I go back, the militia will kill me": a fear, no threat
        or _forecast(cand.verb)  # "the EU will recognise X, an analyst predicted": an observer's forecast
        or _duration(cand.verb)  # "reaching a deal could take years": a forecast of time
    )


def _not_done(cand: Candidate) -> bool:
    """ "faced pressure to resign", "has yet to reply", "not authorized to discuss", "tried to agree":
    an act not done."""
    tok = cand.token
    if (
        cand.trigger.pos == "VERB"
        and tok.dep_ in {"acl", "relcl"}
        and tok.head.lemma_.lower() in URGED_NOUNS
        and infinitive(tok)
    ):
        return True  # "faced pressure to resign", "is reason enough for her to quit"
    if tok.dep_ == "xcomp" and tok.head.lemma_ in {"have", "be"} and any(
        c.dep_ == "advmod" and c.lower_ in PENDING_WORDS for c in tok.head.children
    ):
        return True  # "has yet to return the remains", "is yet to reply"
    if _passed_over(cand.verb):
        return True  # "should work for a better deal rather than fighting it", "instead of attacking"
    if cand.type == "AGREE" and cand.verb.dep_ == "xcomp" and cand.verb.head.lemma_.lower() in ATTEMPT_VERBS:
        return True  # "are struggling to reach a consensus", "tried to agree on X": nothing agreed yet
    return (
        _enough_to(tok)  # "is not doing enough to press X": an act asked for
        or _licensed(cand.verb)  # "were not authorized to discuss the talks": who may act
        or _asked_loosely(cand.verb)  # "called on Iraq to expel the troops": asked, not done
        or _promised_call_off(cand.verb)  # "pledged to reverse its decision to withdraw": a promise
    )


def _passed_over(verb: Token) -> bool:
    """Is ``verb`` the act an alternative is chosen over ("rather than fighting it", "instead of
    attacking the town")?"""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep == verb:
        return False
    return any(f"{c.lower_} {prep.lower_}" in ALTERNATIVES for c in prep.children if c.dep_ == "advmod")


def _promised_call_off(verb: Token) -> bool:
    """Is ``verb`` an act whose calling off is only promised ("committed to reversing its move to
    quit the bloc", "vowed to drop plans to expel X")? Nothing is done or called off yet: the
    promise, to the one the act would have hit, is the event (``coder``'s bare frame)."""
    cur = called_off_by(verb)
    for _ in range(3):
        if cur is None or cur.head == cur:
            return False
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
            cur = cur.head  # "committed to reversing": the gerund hangs on "to"
        elif cur.dep_ not in {"xcomp", "conj"}:
            return False
        cur = cur.head
        if frames().get(cur.lemma_.lower()) == "agree":
            return True
    return False


def _asked_loosely(verb: Token) -> bool:
    """Is ``verb`` an act a request asks for that the parse hangs loosely: an infinitive clause
    with no subject or marker of its own, an adverbial clause of a request verb ("called on Iraq
    to expel the troops", "pressed the rebels to surrender") or a relative clause of a request
    noun ("faces calls to resign")? The request is the event; what it asks is not done. (A
    request word that governs the act as its complement is found by ``coder``: its frame.)"""
    while verb.dep_ == "conj" and verb.head != verb:  # "to step in and halt the raids"
        if any(c.dep_ in SUBJECTS | {"aux", "auxpass"} for c in verb.children):
            return False  # "... to recognise X, and have criticised Y": a clause of its own
        verb = verb.head
    if not infinitive(verb) or any(c.dep_ in SUBJECTS | {"mark"} for c in verb.children):
        return False
    head = verb.head
    if head == verb or frames().get(head.lemma_.lower()) != "request":
        return False
    if verb.dep_ == "relcl":
        return head.pos_ == "NOUN"
    if verb.dep_ != "advcl" or head.pos_ != "VERB" or any(c.dep_ == "prt" for c in head.children):
        return False  # "pressed on to take the town": no request
    # "called Putin to discuss Syria": a call made to talk, not a demand
    return not (head.lemma_.lower() in PHONE_VERBS and any(c.dep_ == "dobj" for c in head.children))


def _question(cand: Candidate) -> bool:
    """ "Has the minister agreed to the plan?", "Who attacked the convoy?": a question, no act."""
    return asked_directly(cand.verb) or wh_question(cand.token.sent)


def _put_as_question(cand: Candidate) -> bool:
    """ "asked the minister if he would support X", "would not be drawn on whether X would allow
    a vote", "gave no answer on whether ...": what a question is about is no event."""
    for clause in (cand.token, *cand.token.ancestors):
        if clause.dep_ not in {"ccomp", "advcl", "pcomp"}:
            continue
        if not any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in clause.children):
            continue
        asker = clause.head.head if clause.head.dep_ == "prep" else clause.head
        if clause.dep_ == "advcl" and clause.i < asker.i:
            continue  # "if X calls, Y will ask what he means": a condition, before the verb
        lemma = asker.lemma_.lower()
        if lemma in QUESTION_VERBS and (clause.dep_ != "advcl" or lemma != "say"):
            return True  # "asked X whether ...", "would not say whether ..."
        if clause.dep_ == "advcl" and asker.dep_ == "advcl" and asker.head.lemma_.lower() in QUESTION_VERBS - {"say"}:
            return True  # "asked X as he left the room if he would ...": the question hangs on the aside
        if frames().get(lemma) == "comment" and clause.dep_ != "advcl":
            return True  # "would not be drawn on whether ...", not "will answer if X calls"
    return False


def _inquiry(cand: Candidate) -> bool:
    """ "asked her about her plans", "asked him how to end the ban": a question put, nothing
    asked for ("asked X for troops", "asked X to leave" stay requests)."""
    tok = cand.token
    if cand.type != "REQUEST" or cand.trigger.pos != "VERB" or tok.lemma_.lower() not in QUESTION_VERBS:
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    clauses = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp"}]
    if "about" in preps and "for" not in preps and not clauses:
        return True
    return any(w.dep_ in {"advmod", "mark"} and w.lower_ in WH_WORDS and w.i < c.i for c in clauses for w in c.children)


def _no_doer(cand: Candidate) -> bool:
    """ "no leader has refused", "not all locals agree", "an employee might agree": no one did it."""
    if any(c.dep_ == "neg" for t in cand.sources for c in t.children):
        return True  # "not all locals agree with the plan": some do, some do not
    if any(
        t.lower_ in NEGATIVE_SUBJECTS or any(c.dep_ == "det" and c.lower_ in NEGATIVE_SUBJECTS for c in t.children)
        for t in cand.sources
    ):
        return True  # "no leader has ever refused to attend", "nobody attacked the convoy"
    return (
        _has_aux(cand.verb, GENERIC_MODALS)
        and bool(cand.sources)
        and all(
            t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in t.children)
            for t in cand.sources
        )
    )  # "an employee might agree to the deal": what anyone of a kind may do


def _no_political_party(cand: Candidate) -> bool:
    """ "locusts attacked the crops", "was struck by a van", "the suspect is cooperating": no political act."""
    tok = cand.token
    if cand.trigger.pos == "VERB":
        if cand.type == "COOPERATE" and any(t.lemma_.lower() in CASE_PARTIES for t in cand.sources):
            return True  # "the suspect is cooperating with investigators"
        if cand.type == "MOBILIZE" and _fights_crime(tok):
            return True  # "police dispatched a unit to counter trafficking"
        if cand.trigger.object_is_recipient and _pobj_lemmas(tok) & LEISURE_NOUNS:
            return True  # "invited the couple for a holiday at his ranch"
    if (
        cand.type in CONFLICT | DISAPPROVING
        and cand.targets
        and all(t.lemma_.lower() in SPORT_NOUNS for t in cand.targets)
    ):
        return True  # "failed to threaten the goal", "attacked the title holder": a game
    if cand.type not in CONFLICT:
        return False
    if any(t.lemma_.lower() in NATURAL_DOERS for t in cand.sources) or (
        cand.targets and all(t.lemma_.lower() in LAND_OBJECTS for t in cand.targets)
    ):
        return True  # "locusts attacked the crops", "2,000 acres were attacked"
    if (_pobj_lemmas(tok, {"in", "during"}) | _pobj_lemmas(tok, dep="agent")) & (NATURAL_DOERS | MISHAP_NOUNS):
        return True  # "were killed in an avalanche", "killed in a car crash": a disaster, no one attacked
    if cand.trigger.pos == "NOUN" and tok.lemma_.lower() in BLAZE_NOUNS and _blaze(tok):
        return True  # "firefighters put out a fire at a block of flats", "reports of fires": a blaze
    return bool(_pobj_lemmas(tok, dep="agent") & VEHICLES)  # "was struck by a van": a road accident


def _blaze(noun: Token) -> bool:
    """Is a "fire" one that burns, not shooting: one put out, fought, started or reported, or one
    in a sentence of firefighters?"""
    governor = noun.head if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} else None
    if governor is not None and governor.dep_ == "prep":
        governor = governor.head  # "reports of fires": the reports
    if governor is not None and governor.lemma_.lower() in BLAZE_GOVERNORS:
        return True
    return any(t.lemma_.lower() in FIREFIGHTERS for t in noun.sent)


def _acts_in_general(cand: Candidate) -> bool:
    """ "protest takes courage", "strikes are a sign of ...", "a deal would be a win-win": a view of such acts."""
    tok = cand.token
    noun_trigger = cand.trigger.pos == "NOUN"
    if noun_trigger and _kind_judged(tok):
        return True  # "protest takes courage"
    said_to_be = noun_trigger and tok.dep_ == "nsubj" and tok.head.lemma_ == "be"  # "strikes are ..."
    if (
        said_to_be
        and tok.tag_ == "NNS"
        and _has(tok.head, {"attr"})
        and not _has(tok, {"det", "poss", "prep", "compound"})
    ):
        return True  # "strikes are a sign of a healthy society"
    if said_to_be and _has(tok.head, {"acomp"}) and _has_aux(tok.head, HYPOTHETICAL_MODALS):
        return True  # "cooperation between X and Y could be beneficial"
    if cand.type == "AGREE" and noun_trigger and _deal_judged(tok):
        return True  # "a trade deal would be a win-win": a view of a possible deal
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and _example(tok.head):
        return True  # "allows a few freedoms, like complaining to officials": an example of a kind
    return (
        cand.type in CONFLICT
        and _purpose_of_noun(tok)
        and any(t.dep_ == "dobj" and t.lower_ in GENERIC_PERSONS for t in cand.targets)
    )  # "a warrant is a request to arrest someone": what such an act is


def _habitual(cand: Candidate) -> bool:
    """ "travels to X every year", "attacks on traders have erupted regularly", "tend to support
    X": a habit, no event."""
    tok = cand.token
    if tok.tag_ in {"VBZ", "VBP"} and any(
        (c.dep_ == "advmod" and c.lower_ in HABITUAL_WORDS)
        or (c.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in HABITUAL_WORDS for d in c.children))
        for c in tok.children
    ):
        return True  # "he travels to X every second year"
    if cand.verb.tag_ in {"VBZ", "VBP"} and any(
        c.dep_ in {"prep", "advmod"} and any(_periodic(o) for o in pobjs(c)) for c in cand.verb.children
    ):
        return True  # "before each weekly meeting they hold talks"
    leaning = cand.verb.head
    if cand.verb.dep_ == "xcomp" and leaning.tag_ in {"VBZ", "VBP"} and leaning.lemma_.lower() in HABITUAL_VERBS:
        return True  # "minority groups tend to support the government"
    return cand.trigger.pos == "NOUN" and _generic_habit(tok)  # "attacks on traders have erupted regularly"


def _who_they_are(cand: Candidate) -> bool:
    """ "lawmakers who oppose the bill", "resolutions that demand X", "victims who had denounced X": no new act."""
    tok = cand.token
    verb_trigger = cand.trigger.pos == "VERB"
    if (
        (
            cand.type in {"MOBILIZE", "PROTEST"}
            or (cand.type in {"REJECT", "ACCUSE", "SUPPORT"} and _relative_subject(tok))  # "who oppose X"
        )
        and tok.dep_ == "relcl"
        and _simple_present(tok)
    ):
        return True  # "lawmakers who oppose the bill", "the force that patrols the coast": a standing stance
    if verb_trigger and cand.type not in {"ASSAULT", "MOBILIZE"} and _standing_clause(tok):
        return True  # "resolutions that demand X", "the city, which still bans sales": what they keep doing
    if verb_trigger and tok.dep_ == "relcl" and _simple_present(tok) and (
        tok.head.dep_ == "attr" and tok.head.head.lemma_ == "be"
    ):
        return True  # "the castle is a spot where both parties meet": a definition
    if cand.type in {"REJECT", "ACCUSE", "SUPPORT", "PROTEST"} and _earlier_in_relative(tok):
        return True  # "victims who had denounced the regime": who they were
    return _in_record(cand.verb)  # "his biography says he travelled to Peru in 1990": a career


def _campaigning(cand: Candidate) -> bool:
    """ "met voters", "promised voters lower taxes", "what she pledged on the campaign trail": campaigning."""
    if cand.type == "CONSULT" and cand.targets and all(t.lemma_.lower() in PUBLIC_NOUNS for t in cand.targets):
        return True  # "the candidates met voters in theatres"
    if cand.type == "AGREE" and any(t.lemma_.lower() in PUBLIC_NOUNS for t in cand.targets):
        return True  # "promised voters lower taxes", "pledged to his supporters that ..."
    return cand.trigger.pos == "VERB" and _recalled_pledge(cand.token)  # "the many times he pledged to ..."


def _press_matter(cand: Candidate) -> bool:
    """ "speaking on condition of anonymity to discuss X", "declined a request for an interview": the press's."""
    return _anonymous_aside(cand.verb) or (cand.type in {"REJECT", "REQUEST"} and _interview_declined(cand))


def _no_state_visit(cand: Candidate) -> bool:
    """ "the airline flies to X", "thousands travelled to X", "visited a hospital": no visit of a state."""
    tok = cand.token
    if cand.type in {"CONSULT", "AID"} and any(_an_airline(s) for s in cand.sources):
        return True  # "the airline flies to X": a route
    if cand.type != "CONSULT":
        return False
    visit = cand.trigger.mode == "visit"
    if visit and any(_a_crowd(s) for s in cand.sources):
        return True  # "thousands of Moroccans travelled to X": a flow of people
    if cand.trigger.pos == "VERB" and (
        any(t.lemma_.lower() in TRAVELLERS for t in cand.sources) or _pobj_lemmas(tok, {"as"}) & TRAVELLERS
    ):
        return True  # "the community arrived in France as refugees": migration
    return (
        visit
        and cand.trigger.pos == "VERB"
        and bool(cand.targets)
        and all(t.lemma_.lower() in VENUE_NOUNS for t in cand.targets)
    )  # "arrived at a university", "visited a hospital": a place that is no state body


def _topic(cand: Candidate) -> bool:
    """ "discussed plans to ban the trade", "talks over a deal", "the lifting of sanctions": a topic, no act."""
    tok = cand.token
    if _discussed(tok):
        return True  # "discussed plans to ban the trade"
    if _text_debated(cand):
        return True  # "the bill discussed by the committee", "MPs debated the law": a text, no partner
    if cand.trigger.pos == "NOUN" and _ended(tok):
        return True  # "could lead to the lifting of sanctions against X": a measure ended, none imposed
    return cand.type == "AGREE" and cand.trigger.pos == "NOUN" and _talked_over(tok)  # "talks over a deal"


def _text_debated(cand: Candidate) -> bool:
    """A text discussed or debated by one side with no one named ("the bill discussed by the
    committee", "a bill the committee discussed", "lawmakers debated the law"): a body at work,
    no talks."""
    tok = cand.token
    if cand.type != "CONSULT" or cand.trigger.pos != "VERB" or tok.lemma_.lower() not in TOPIC_VERBS:
        return False
    if cand.mutual or several(cand.sources) or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    texts = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.dep_ in {"acl", "relcl"} and not texts:  # "the bill discussed by X", "a bill X discussed"
        texts.append(tok.head)
    return bool(texts) and all(t.lemma_.lower() in TEXT_NOUNS for t in texts)


def _statistic(cand: Candidate) -> bool:
    """ "the number of tourists visiting X", "40 were attacked, compared with 12": a statistic."""
    tok = cand.token
    counted = tok.head.head.head if tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" else tok.head
    if tok.dep_ == "acl" and QUANTITY_NOUNS & {tok.head.lemma_.lower(), counted.lemma_.lower()}:
        return True  # "the number of tourists visiting X"
    return _compared_count(cand.verb)  # "40 stations were attacked, compared with 12 in 2019"


def _effect_no_aid(cand: Candidate) -> bool:
    """ "it is not going to help X", "promised the new rules would help growth": an effect, no aid."""
    return (cand.trigger.type == "AID" and cand.trigger.pos == "VERB" and _situation_helps(cand.verb)) or (
        _effect_promised(cand)
    )


def _a_duty(cand: Candidate) -> bool:
    """A task given ("the new premier is charged to rebuild the army", "was tasked to
    investigate"): a passive verb of charging with an infinitive and no charge named "with"."""
    verb = cand.token
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DUTY_VERBS:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children) or _held_prep(verb, {"with"}, lambda t: True):
        return False
    return any(c.dep_ in {"advcl", "xcomp"} and infinitive(c) for c in verb.children)


_NO_EVENT_CHECKS: tuple[Callable[[Candidate], bool], ...] = (
    _participle_described,
    _phrase_of_other_sense,
    _words_only,
    _lets_no_one,
    _nothing_refused,
    _no_one_blamed,
    _warned_only,
    _foreseen_act,
    _observers_view,
    _not_done,
    _question,
    _put_as_question,
    _inquiry,
    _no_doer,
    _no_political_party,
    _acts_in_general,
    _habitual,
    _who_they_are,
    _campaigning,
    _press_matter,
    _no_state_visit,
    _topic,
    _statistic,
    _effect_no_aid,
    _a_duty,
)


def no_event(cand: Candidate) -> bool:
    """Words that look like an event and are none: "demonstrated that ...", "warned of the danger",
    "felt threatened", "the number of tourists visiting X", a group "(banned in X)",
    "defended the country from terrorism", "allows for leave" (see the checks above)."""
    return any(check(cand) for check in _NO_EVENT_CHECKS)


def _anonymous_aside(verb: Token) -> bool:
    """ "speaking on condition of anonymity to discuss the case": the terms on which a source
    speaks, no talks."""
    if verb.dep_ not in {"advcl", "xcomp", "acl", "relcl"} or not infinitive(verb):
        return False
    return any(t.lower_ in ANONYMITY_WORDS for t in verb.head.subtree if t.i < verb.i)


def _foreseen(noun: Token) -> bool:
    """A hostile act only warned of or feared: "warning of a terrorist attack", "fears of a strike"."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in {"of", "about"}
        and prep.head.lemma_.lower() in CAUTION_WORDS
    )


def _advice(tok: Token) -> bool:
    """A warning that threatens no one: "issued a warning of a storm" (a warning noun about a thing,
    to no one), "warned against travelling to X" (advice on a journey)."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    against = [o for c in preps if c.lower_ == "against" for o in c.children if o.dep_ in {"pobj", "pcomp"}]
    if against and all(o.lemma_.lower() in ADVISORY_ACTS or o.lower_ in ADVISORY_ACTS for o in against):
        return True
    return (
        tok.pos_ == "NOUN"
        and any(c.lower_ in {"of", "about"} for c in preps)
        and not any(c.lower_ in {"to", "against"} for c in preps)
        and not any(_threat_noun(o) for c in preps for o in pobjs(c))
    )


def _threat_noun(noun: Token) -> bool:
    """A hostile act that is no terrorist one: "retaliation", "consequences" (not "a terrorist attack")."""
    return noun.lemma_.lower() in THREAT_NOUNS and not _terror(noun)


def _terror(noun: Token) -> bool:
    """A terrorist act, which no one warning of it threatens: "a terrorist attack", "terror strikes"."""
    return any(m.dep_ in {"amod", "compound"} and m.lower_ in TERROR_WORDS for m in noun.children)


def _an_airline(source: Token) -> bool:
    """A carrier: "the airline", "Qatar Airways", "Air India" (not "Air Force")."""
    words = {source.lower_, *(c.lower_ for c in source.children if c.dep_ == "compound")}
    return bool(words & AIRLINE_WORDS) and "force" not in words


def _a_crowd(source: Token) -> bool:
    """Plain people counted in hundreds or more: "1,200 Moroccans", "thousands of citizens" (not
    troops sent: "150 sappers arrived")."""
    if source.tag_ != "NNPS" and source.lemma_.lower() not in CROWD_PEOPLE:
        return False
    for c in source.children:
        if c.dep_ == "nummod":
            if c.lower_ in CROWD_NUMBERS:
                return True
            try:
                if float(c.text.replace(",", "")) >= 100:
                    return True
            except ValueError:
                pass
    return source.dep_ == "pobj" and source.head.lower_ == "of" and source.head.head.lower_ in CROWD_NUMBERS


def _talked_over(noun: Token) -> bool:
    """A deal that talks are about: "negotiations over a security deal", "talks on a trade deal"
    (the talks are the event; no deal is made), or one made only a goal: "to make a trade agreement
    a reality"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in {"over", "on", "about", "for", "toward", "towards"}:
        over = prep.head  # "talks over a deal", "held talks over a deal"
        heads = [over, *(c for c in over.children if c.dep_ == "dobj")] if over.pos_ == "VERB" else [over]
        if any(t.type == "CONSULT" for h in heads for t in load().nouns.get(h.lemma_.lower(), [])):
            return True
    verb = noun.head
    return noun.dep_ in {"dobj", "nsubj"} and any(
        t.lower_ in ASPIRATION_NOUNS for t in verb.subtree if t.dep_ in {"oprd", "attr", "dobj", "ccomp", "npadvmod"}
    )


def _deal_judged(noun: Token) -> bool:
    """A deal only judged: "a trade deal would be a win-win", "the deal would be in the interests of
    both" (a view of a possible deal, none made)."""
    be = noun.head
    if noun.dep_ != "nsubj" or be.lemma_ != "be":
        return False
    if not _has_aux(be, POSSIBILITY_MODALS | {"would"}):
        return False
    return _has(be, {"attr"}) or "interest" in _pobj_lemmas(be)


def _feared(cand: Candidate) -> bool:
    """A foreseen hostile act on the speaker: "the militia will kill me", "they could attack us" (one
    who fears it says so)."""
    return (
        cand.type in CONFLICT
        and _has_aux(cand.verb, FORECAST_MODALS)
        and bool(cand.targets)
        and all(t.lower_ in FIRST_PERSON for t in cand.targets)
        and not any(t.lower_ in FIRST_PERSON for t in cand.sources)
    )


def _kind_judged(noun: Token) -> bool:
    """Acts of a kind named in general, the subject of a present-tense view of them: "protest
    takes courage" (a bare noun, no article, owner or modifier)."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and noun.tag_ in {"NN", "NNS"}
        and verb.lemma_.lower() in GENERIC_PREDICATES
        and verb.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ in {"det", "poss", "prep", "compound", "nummod"} for c in noun.children)
    )


def _earlier_in_relative(verb: Token) -> bool:
    """An act in a past-perfect relative clause that describes its doer: "victims who had denounced
    the regime" (who they were, not something they did now)."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBN"
        and _has_aux(verb, {"had"})
        and _relative_subject(verb)
    )


def _effect_sought(cand: Candidate) -> bool:
    """A permission that is only the purpose of something else: "want to finish in a year to allow
    the deal to be ratified", "asked for money to allow towns to build schools" (an adverbial
    purpose clause with no subject of its own; a result, "lifted the ban, allowing X to enter",
    is a concession)."""
    tok = cand.token
    if cand.type != "CONCEDE" or cand.trigger.pos != "VERB" or tok.dep_ != "advcl":
        return False
    return not _has(tok, SUBJECTS | PASSIVE_SUBJECTS | {"mark"}) and infinitive(tok)


def _licensed(verb: Token) -> bool:
    """An act only said to be what someone may (not) do: "they were not authorized to discuss the
    talks", "is not permitted to meet X" (a participle or adjective over the act, not an authorising
    act: "parliament authorized the army to strike" is one)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head != verb
        and head.lower_ in LICENCE_WORDS
        and (head.tag_ == "JJ" or (head.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in head.children)))
    )


def _example(prep: Token) -> bool:
    """A preposition that opens an example: "like", "including", "such as"."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "as":
        return any(c.lower_ == "such" for c in prep.children) or (
            prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
        )
    return prep.lower_ in EXAMPLE_PREPS


def _situation_helps(verb: Token) -> bool:
    """Help whose only doer is a situation the writer points to: "but it is not going to help the
    minister", "this will help Merkel" (a pronoun subject of a clause no one is said to say)."""
    clause = verb
    while clause.dep_ in {"xcomp", "conj"} and clause.head != clause:
        clause = clause.head  # "is going to help": the subject is the clause's
    doers = [c for c in clause.children if c.dep_ in SUBJECTS]
    if not doers or not all(d.lower_ in EFFECT_PRONOUNS for d in doers):
        return False
    # "is going to help", "will help", "may help"; not "it also helped Niger"
    foreseen = clause.lemma_ == "go" or _has_aux(clause, FUTURE_MODALS | GENERIC_MODALS)
    return (
        foreseen and clause.dep_ == "ROOT" and not any(c.dep_ in {"ccomp", "parataxis"} for c in clause.children)
    )


def _effect_promised(cand: Candidate) -> bool:
    """Help a programme is said to bring: "promised that the new rules would help restore growth"
    (the helping clause's subject, or the object the parser gave the promise, is a programme)."""
    tok = cand.token
    if cand.trigger.type != "AID" or cand.trigger.pos != "VERB" or tok.dep_ != "ccomp":
        return False
    doers = [c for c in tok.children if c.dep_ in SUBJECTS]
    if not doers:
        doers = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
    return bool(doers) and all(d.lemma_.lower() in ABSTRACT_DOERS | TEXT_NOUNS for d in doers)


def _general_policy(noun: Token) -> bool:
    """A policy or trend named in general, owned by no one: "legalizing cannabis", "immigration",
    "the legalization of cannabis", "the influx of migrants" (not "the EU sanctions", "Russia")."""
    if noun.pos_ in {"PROPN", "PRON"} or owned(noun):
        return False
    if not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
        return True
    objects = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in pobjs(c)]
    return bool(objects) and all(
        o.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss", "nummod"} for c in o.children) and not owned(o)
        for o in objects
    )


def _stance(cand: Candidate) -> bool:
    """A disapproval held, not voiced: a present-tense verb ("strongly opposes legalizing
    cannabis") or a participle describing a programme ("a platform opposing the influx of
    migrants") whose every object is a policy named in general."""
    tok = cand.token
    held = _simple_present(tok)
    first = min([tok.i, *(c.i for c in tok.children if c.dep_ == "advmod" and c.i < tok.i)])
    before = tok.doc[first - 1] if first > tok.sent.start else None  # the acl's noun, or an advcl's object
    described = (
        tok.tag_ == "VBG" and tok.dep_ in {"acl", "advcl"} and before is not None
        and before.lemma_.lower() in STANCE_NOUNS and (tok.dep_ == "acl" or before.head == tok.head)
    )
    return (held or described) and bool(cand.targets) and all(_general_policy(t) for t in cand.targets)


def _lament(cand: Candidate) -> bool:
    """A complaint that only describes a thing: "complained that the reform was harder than
    expected" (a clause "be" + an adjective that judges no one, about a thing owned by no one)."""
    clauses = [c for c in cand.token.children if c.dep_ == "ccomp" and c.lemma_ == "be"]
    if not clauses or not cand.targets:
        return False
    for clause in clauses:
        said = [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
        if not said or any(polarity().get(w.lemma_.lower()) == "negative" for c in said for w in c.subtree):
            return False
    subjects = [c for clause in clauses for c in clause.children if c.dep_ in SUBJECTS]
    return all(t in subjects and t.pos_ == "NOUN" and not owned(t) for t in cand.targets)


def _in_record(verb: Token) -> bool:
    """An act a life record reports: "her biography on the party website says she entered the party
    in 1990 and visited Chile"."""
    return any(
        a.lemma_.lower() in RECORD_VERBS
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in RECORD_NOUNS for c in a.children)
        for a in verb.ancestors
    )


def _compared_count(verb: Token) -> bool:
    """A count set against another count: "40 stations were attacked in 2021, compared with 12 in
    2019"."""
    return any(
        c.lower_ in COMPARISON_WORDS
        and any(o.tag_ == "CD" for p in c.children if p.dep_ == "prep" for o in pobjs(p))
        for c in verb.children
    )


def _ended(noun: Token) -> bool:
    """A measure named only as what is ended: "the lifting of sanctions against X"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in RELIEF_NOUNS


def _generic_habit(noun: Token) -> bool:
    """Acts of a kind named in general as recurring: "attacks on traders have erupted regularly",
    "protests often turn violent" (a bare plural subject of a verb said to happen habitually)."""
    verb = noun.head
    return (
        noun.dep_ in {"nsubj", "nsubjpass"}
        and noun.tag_ == "NNS"
        and not any(c.dep_ in {"det", "poss", "nummod", "compound"} for c in noun.children)
        and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_WORDS for c in verb.children)
    )


def _recalled_pledge(verb: Token) -> bool:
    """A promise recalled, not made: "what she pledged on the campaign trail", "the many times he
    pledged not to touch pensions"."""
    if verb.lemma_.lower() not in NEEDS_PARTY:
        return False
    if any(
        c.dep_ == "prep"
        and any(o.lemma_.lower() in CAMPAIGN_NOUNS or any(m.lemma_.lower() in CAMPAIGN_NOUNS for m in o.children)
                for o in pobjs(c))
        for c in verb.children
    ):
        return True
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in OCCASION_NOUNS and verb.head.tag_ == "NNS":
        return True
    # "the many times Trump pledged ...", parsed with the pledge as the sentence's main verb
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    first = subjects[0].left_edge.i if subjects else verb.i
    before = verb.doc[first - 1] if first > verb.sent.start else None
    return (
        before is not None and before.tag_ == "NNS" and before.lemma_.lower() in OCCASION_NOUNS
        and before.head != verb and before.dep_ != "pobj" and any(c.dep_ == "det" for c in before.children)
    )


def _figurative(verb: Token) -> bool:
    """A seizing verb with a preposition that makes it taking an opportunity: "seized on the scandal"."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ in {"prep", "prt"} and f"{verb.lemma_.lower()} {c.lower_}" in EXPLOIT_PHRASES
        for c in verb.children
        if c.i == verb.i + 1
    )


def _no_threat_warned(cand: Candidate) -> bool:
    """A warning that threatens no one: one that names no one warned and no hostile act ("warned
    of the danger"), advice on a consequence ("warned X that leaving the pact could hurt its
    economy"), a danger foreseen for those warned ("warned X and Y could be heading for a clash")
    or a danger and nothing the warner will do ("warned the delegates of the dangers of
    nationalism")."""
    tok = cand.token
    kids = list(tok.children)
    warned = [t for t in cand.targets if t.dep_ not in SUBJECTS | PASSIVE_SUBJECTS]  # not "warned (that) it is"
    if not warned and not _threat_named(tok):
        return True
    if any(c.dep_ == "ccomp" and any(s.dep_ in {"csubj", "csubjpass"} for s in c.children) for c in kids):
        return True  # "warned X that leaving the pact could hurt its economy": advice on a consequence
    if any(c.dep_ == "dobj" for c in kids) and any(
        c.dep_ == "ccomp"
        and not any(s.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"expl", "csubj", "mark"} for s in c.children)
        and not any(t.lemma_.lower() in THREAT_NOUNS for t in c.subtree)
        for c in kids
    ):
        return True  # "warned X and Y could be heading for a clash": a danger foreseen for them
    said = [c for c in kids if c.dep_ == "ccomp"]
    if any(
        any(s.dep_ in SUBJECTS and s.lower_ in GENERIC_PERSONS for s in c.children) for c in said
    ):
        return True  # "warned that whoever opposed the plan would be aiding X": a judgement, no threat
    if said and all(_possible_harm(c) for c in said):
        return True  # "warned that the dispute may become nasty": a danger foreseen
    if said:
        return False
    # "warned the delegates of the dangers of nationalism", "warned about the risk of a new war"
    if warned and _held_prep(tok, {"of", "about"}, _third_party):
        return True  # "warned Spain about the gunman", "warned X of a plot by Y": a tip-off
    return _held_prep(tok, {"of", "about"}, lambda o: o.lemma_.lower() in DANGER_NOUNS or _terror(o))


def _rule_repealed(cand: Candidate) -> bool:
    """A rule of no named author struck off: "lawmakers overturned a regulation on mining", "the
    court struck down a state law" (not "overturned Obama's rule", not "overturned the ban on X's
    ships": someone's rule, or one aimed at someone)."""
    if cand.trigger.pos != "VERB" or cand.targets or cand.token.lemma_.lower() not in REPEAL_VERBS:
        return False
    rules = [c for c in cand.token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(rules) and all(r.lemma_.lower() in DOMESTIC_RULES and not owned(r) for r in rules)


def _interview_declined(cand: Candidate) -> bool:
    """A request for an interview or a comment, or its refusal: "declined a request for an
    interview", "refused our interview" (a matter between a source and the press)."""
    asked = [cand.token, cand.verb, *(c for c in cand.verb.children if c.dep_ == "dobj")]
    return any(
        a.lemma_.lower() in INTERVIEW_NOUNS or _pobj_lemmas(a, {"for"}) & INTERVIEW_NOUNS
        for a in asked
    )


def _third_party(noun: Token) -> bool:
    """Someone else the warned party is told of: "the gunman", "a plot by the cell", "an attack
    planned by X" (not "the consequences", "a response": what the warner may do)."""
    if noun.lemma_.lower() in TIPOFF_NOUNS:
        return True
    return any(
        c.dep_ in {"prep", "agent"} and c.lower_ == "by" for d in [noun, *noun.children] for c in d.children
    ) and noun.lemma_.lower() not in THREAT_NOUNS - {"attack", "strike"}


def _possible_harm(clause: Token) -> bool:
    """A clause of what may happen, with no one's threat in it: "the dispute may turn nasty", "the
    move could open a new front" (not "we could strike", "it may retaliate": the warner's own act);
    or a state of things said to hold: "three states are close to a food emergency"."""
    said_to_hold = clause.lemma_.lower() == "be" and not any(c.dep_ == "aux" for c in clause.children)
    if not _has_aux(clause, POSSIBILITY_MODALS) and not said_to_hold:
        return False  # "warned that a border change would be a red line": a threat
    if any(c.dep_ in SUBJECTS and c.tag_ == "PRP" for c in clause.children):
        return False
    return not any(t.lemma_.lower() in THREAT_NOUNS for t in clause.subtree)


def _blamed_on_fault(verb: Token) -> bool:
    """A problem blamed on a fault of a thing: "blamed the fire on faulty batteries", "blamed the
    crash on a technical failure" (not a fault someone is said to own: "on faulty brakes supplied by
    X", "on X's failures")."""
    return _held_prep(verb, {"on"}, _unowned_fault)


def _unowned_fault(noun: Token) -> bool:
    """A fault of a thing, owned by no one: "faulty batteries", "a technical failure" (not "faulty
    brakes supplied by X", "X's failures")."""
    return bool(
        {noun.lemma_.lower(), noun.lower_} & FAULT_WORDS
        or any(m.dep_ in {"amod", "compound"} and {m.lemma_.lower(), m.lower_} & FAULT_WORDS for m in noun.children)
    ) and not any(m.dep_ in {"poss", "acl", "relcl", "prep"} for m in noun.children)


def conditioned(tok: Token) -> bool:
    """A willingness that is the condition of another act: "the talks would resume if X were willing
    to negotiate" promises nothing (an act itself in the condition, "even if X refuses to pay",
    stays a hypothetical event)."""
    head = tok
    while head.dep_ in {"xcomp", "acomp", "conj"}:  # "if X were willing to sit and talk"
        head = head.head
    return (
        head is not tok
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in head.children)
    )


def _founding_purpose(verb: Token) -> bool:
    """The purpose a body was made for: "a panel created in 1993 to try war crimes", "the
    panel was created to coordinate aid"; the infinitive tells what the body is for, no act (an
    active maker keeps it: "X set up a panel to investigate Y" is X's own step)."""
    head = verb.head
    if not infinitive(verb) or verb.dep_ not in {"advcl", "xcomp"} or head == verb:
        return False
    opening = head.tag_ == "VB" and head.dep_ == "advcl" and head.i == head.sent.start  # "Set up in 2002 to ..."
    if (head.tag_ != "VBN" and not opening) or _has(head, SUBJECTS | {"aux"}):
        return False
    return head.lemma_.lower() in FOUNDING_VERBS and (
        head.lemma_.lower() != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)
    )


def _forecast(verb: Token) -> bool:
    """A future act that an observer foresees, in a clause its forecast or its saying governs:
    "I think X will sign", "X will sign, an analyst predicted", "experts say X would attack",
    "fears that X could refuse"; or a readiness an observer reads into a party: "X stands ready to
    widen its backing of Y, analysts say"."""
    if not _has_aux(verb, FORECAST_MODALS):
        state = verb
        while state.dep_ in {"xcomp", "acomp", "dobj"} and state.head != state:
            state = state.head  # "X is ready to increase its support": the readiness
        if state is verb or state.lemma_.lower() != "be":
            return False
        verb = state
    govs = [c for c in verb.children if c.dep_ in {"parataxis", "ccomp"} and c.i > verb.i]
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "fears that prices will rise and X could refuse": both foreseen
    if clause.dep_ == "ccomp":
        govs.append(clause.head)
    for gov in govs:
        if gov.lemma_.lower() in FORECAST_VERBS:
            return True
        if gov.pos_ == "VERB" and any(c.dep_ == "nsubj" and _observer(c) for c in gov.children):
            return True
    return False


def foreseen_frame(frame: Token, complement: Token) -> bool:
    """A frame word that only foresees: itself in a forecast ("an analyst anticipates that X will
    commit to Y"), or a forecast verb over what someone will do ("he expects that the premier
    will set out his plans"; "expects X to leave" stays a demand)."""
    if _forecast(frame):
        return True
    return (
        frame.lemma_.lower() in FORECAST_VERBS
        and complement.dep_ == "ccomp"
        and _has_aux(complement, FORECAST_MODALS)
    )


def _periodic(noun: Token) -> bool:
    """A time phrase that recurs: "each of their weekly meetings", "every session", "weekly talks"."""
    if noun.lower_ in PERIODIC_WORDS:
        return True  # "before each of these meetings"
    return any(c.dep_ in {"det", "amod"} and c.lower_ in PERIODIC_WORDS for c in noun.children)


def _duration(verb: Token) -> bool:
    """An act named only to say how long it takes: "reaching a deal could take years" (the act is
    the subject of "take"), "it may take months to settle the dispute" (its infinitive)."""
    head = verb.head
    if verb == head or head.lemma_.lower() not in DURATION_VERBS:
        return False
    if verb.dep_ in {"csubj", "csubjpass"}:
        return True
    return verb.dep_ in {"xcomp", "advcl", "ccomp"} and any(
        c.dep_ in SUBJECTS and c.lower_ == "it" for c in head.children
    )


def wh_question(sent: Span) -> bool:
    """A sentence put as a question that opens with a question word: "When did X last meet Y?",
    "Who attacked the convoy?" (nothing is reported as done)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    ends = [t for t in sent if not t.is_space and t.text not in {'"', "'", "”", "’", ")"}]
    if not words or not ends or words[0].lower_ not in WH_WORDS or ends[-1].text != "?":
        return False
    return not any(t.text in {":", ";", ".", "?", "!"} for t in ends[:-1])  # "What happened: X was killed. ..."


def asked_directly(verb: Token) -> bool:
    """A clause put as a question: "Has X agreed to the plan?", "Will Y meet Z?" (an auxiliary before
    the subject, in a sentence that ends with a question mark)."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if t.is_punct is False or t.text == "?"), None)
    if last is None or last.text != "?":
        return False
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    return bool(subjects) and any(
        c.dep_ in {"aux", "auxpass"} and c.i < min(subjects) for c in verb.children
    )


def _adjectival(verb: Token) -> bool:
    """A participle that the parser made a verb but that follows a bare preposition or an article:
    "homes in occupied East Jerusalem", "the annexed peninsula", or a comma before a name it does
    not take as its object: "Hebron, occupied West Bank"."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.i == verb.sent.start:
        return False
    before = verb.doc[verb.i - 1]
    if before.pos_ == "DET" and before.head == verb.head and before.dep_ == "det":
        return True
    after = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if (
        before.lower_ == ","
        and after is not None
        and after.pos_ == "PROPN"
        and after.head != verb
        and not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)
    ):
        return True  # "Hebron, occupied West Bank - ...": a place named in a dateline, no act
    return before.dep_ == "prep" and before.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in before.children)


def _enough_to(verb: Token) -> bool:
    """An act measured against what is asked: "is not doing enough to press X", "did too
    little, not enough to help Y" (a judgement of effort, no act)."""
    if verb.dep_ not in {"acl", "xcomp", "advcl"}:
        return False
    return verb.head.lower_ == "enough" or any(
        c.lower_ == "enough" and c.dep_ in {"dobj", "advmod"} and c.i < verb.i for c in verb.head.children
    )


def _purpose_of_noun(verb: Token) -> bool:
    """An infinitive that says what a thing is for: "a warrant to find and arrest someone"."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.pos_ == "NOUN"


def _standing_clause(verb: Token) -> bool:
    """A relative clause in the simple present that says what a text or a place keeps doing:
    "resolutions that demand an end to X" (what the text says), "the city, which still
    bans sales" or "which continues to ban sales" (a standing policy, no new act)."""
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in STANDING_VERBS else verb
    if clause.dep_ != "relcl" or not _simple_present(clause) or _has(clause, {"neg"}):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children):
        return False
    texts = _standing_texts()
    text = clause.head
    if (text.dep_ in {"dobj", "nsubjpass", "pobj"} and text.head.lemma_.lower() in ADOPTION_VERBS) or any(
        c.dep_ == "acl" and c.lemma_.lower() in ADOPTION_VERBS for c in text.children
    ):
        return False  # "adopted a resolution that demands X", "the resolution passed on May 3, which asks X"
    return clause is not verb or text.lemma_.lower() in texts


def _it_is_striking(verb: Token) -> bool:
    """A participle said of an impersonal "it" with a clause and no object: "it was striking when
    X said ...", "it is threatening that ..." (an adjective the parser took for a verb)."""
    kids = list(verb.children)
    return (
        verb.tag_ == "VBG"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids)
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids)
        and not any(c.dep_ in {"dobj", "prep", "prt", "dative"} for c in kids)
        and any(c.dep_ in {"advcl", "ccomp"} for c in kids)
    )


def _quoted_imperative(verb: Token) -> bool:
    """A bare command opening a quotation: '"Close the borders," he said'."""
    if verb.tag_ != "VB" or verb.i == verb.sent.start or verb.dep_ not in {"ROOT", "advcl", "ccomp", "parataxis"}:
        return False
    if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"aux", "auxpass", "mark"} for c in verb.children):
        return False
    return verb.doc[verb.i - 1].text in {'"', "'", "``", "“"}


def _discussed(tok: Token) -> bool:
    """A trigger inside what a topic verb's object says: "discussed plans to ban the trade"."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in {"ROOT", "ccomp", "advcl", "conj", "relcl", "nsubj", "nsubjpass"} or cur.head == cur:
            return False
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() in TOPIC_VERBS:
            return cur != tok  # the object itself is weighed where its candidate is built
        cur = cur.head
    return False


def _fights_crime(verb: Token) -> bool:
    """A deployment whose purpose is to fight a crime: "sent a unit to counter drug trafficking"."""
    if _pobj_lemmas(verb, {"against", "for"}) & CRIME_NOUNS:
        return True  # "a unit against trafficking"
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and infinitive(c)
        and any(o.dep_ in {"dobj", "pobj"} and o.lemma_.lower() in CRIME_NOUNS for o in c.subtree)
        for c in verb.children
    )


def _loose_particle(verb: Token, wanted: frozenset[str]) -> bool:
    """The particle a phrasal trigger needs is only a preposition after the verb's object: "gave
    everything in the campaign", not "gave in to the demands"."""
    found = [c for c in verb.children if c.lower_ in wanted and c.i > verb.i]
    if not found or any(c.dep_ != "prep" for c in found):
        return False
    # a reflexive object goes with the verb: "distanced itself from the plan"
    objects = [c.i for c in verb.children if c.dep_ in {"dobj", "dative"} and not c.lower_.endswith(("self", "selves"))]
    return all(
        # "barred X from landing": a gerund is what the particle governs, not a place
        any(g.dep_ == "pobj" and not gerund(g) for g in c.children) and any(o < c.i for o in objects)
        for c in found
    )


def _threat_named(verb: Token) -> bool:
    """A warning that names a hostile act ("of retaliation") or what will happen ("that X would ...")."""
    for c in verb.children:
        if c.dep_ == "prep" and any(_threat_noun(o) for o in pobjs(c)):
            return True
        if c.dep_ == "ccomp" and _has_aux(c, THREAT_MODALS) and not _judged(c) and not _time_taken(c):
            return True
    return False


def warned_judgement(verb: Token) -> Token | None:
    """The warning verb over a foretold act that is judged as wrong: "warned that X would violate
    international law" criticises X (an accusation by the one who warns), nothing is defied yet."""
    warn = verb.head
    if verb.dep_ != "ccomp" or warn == verb or warn.lemma_.lower() not in CAUTION_VERBS:
        return None
    if not _has_aux(verb, THREAT_MODALS) or not _judged(verb):
        return None
    return warn


def _time_taken(clause: Token) -> bool:
    """A clause that only says how long something takes: "warned it could take years to settle"."""
    return clause.lemma_.lower() in DURATION_VERBS and any(
        c.dep_ in SUBJECTS and (c.lower_ == "it" or c.dep_ == "csubj") for c in clause.children
    )


def _judged(clause: Token) -> bool:
    """A foretold act that the clause judges: "would violate the law", "could amount to a war
    crime" (a judgement of whoever does it, no threat)."""
    if polarity().get(clause.lemma_.lower()) == "negative":
        return True
    said = [c for c in clause.children if c.dep_ in {"dobj", "attr", "acomp", "oprd"}]
    said += [o for c in clause.children if c.dep_ == "prep" for o in pobjs(c)]
    return any(polarity().get(t.lemma_.lower()) == "negative" for t in said)


def aimed_at_no_one(cand: Candidate) -> bool:
    """An act that needs someone to be aimed at and names no one: "expressed his condolences on
    Twitter", "are ready to fight to defend it", "promised to lower fuel prices"."""
    if (
        cand.token.lemma_.lower() in (NEEDS_RECIPIENT if cand.trigger.pos == "VERB" else NEEDS_RECIPIENT_NOUNS)
        and not _own_targets(cand)
        and not cand.mutual
        and not several(cand.sources)
    ):
        return True  # "expressed his condolences on Twitter", "are ready to fight": aimed at no one
    # "promised to lower fuel prices": a promise to no one
    return (
        cand.trigger.pos == "VERB"
        and cand.token.lemma_.lower() in NEEDS_PARTY
        and not cand.mutual
        and not several(cand.sources)  # "Ruto and Museveni pledged to work together": to each other
        # "promising 'we will strengthen the army'": the speaker's own act, to no one
        and not any(
            t.pos_ in {"PROPN", "PRON"} and not (t.lower_ in FIRST_PERSON and t.dep_ in SUBJECTS) for t in cand.targets
        )
        # "pledged to put up a fence along the frontier": what the promised act is about names no party
        # "promised the reforms would revive the economy": a programme is no party
        and not any(
            determined(t) and (owned(t) or t.lemma_.lower() not in ABSTRACT_DOERS | TEXT_NOUNS)
            for t in _own_targets(cand)
        )
    )


def _own_targets(cand: Candidate) -> list[Token]:
    """The recipients of a verb trigger itself, not of a clause below it ("ready to fight to defend
    it": no one is fought); a noun trigger's recipients all count ("called X to offer condolences")."""
    if cand.trigger.pos != "VERB":
        return cand.targets
    return [
        t for t in cand.targets
        if next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), cand.token) == cand.token
    ]


def kept_open(verb: Token) -> bool:
    """ "rule out", "exclude": refusing these keeps an option open."""
    phrase = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    return phrase in OPEN_VERBS


def a_question(verb: Token) -> bool:
    """ "asked whether troops would be sent", "asked if X could ...": a question, not a demand."""
    if (
        verb.lemma_.lower() == "ask"
        and verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in verb.children)
    ):
        return True  # "asked whether talks would resume ...": a reporter's question
    return verb.lemma_.lower() == "ask" and any(
        c.dep_ in {"ccomp", "advcl"}
        and (
            any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in c.children)
            or (c.left_edge.lower_ in WH_WORDS and c.left_edge.i > verb.i)  # "asked what he would do"
        )
        for c in verb.children
    )


def unplanned(verb: Token, fr: dict[str, str]) -> bool:
    """An act a denied plan governs: "has no plans to meet X", "does not intend to expel X"."""
    if verb.dep_ not in {"xcomp", "acl"} or verb.head == verb:
        return False
    plan = verb.head
    return fr.get(plan.lemma_.lower()) == "planned" and denied(plan)


def denied(frame: Token) -> bool:
    """A frame word that is negated: "does not want", "is not willing", "has no plans", or
    refused: "declined to commit to X" (no commitment made)."""
    holders = [frame, frame.head] if frame.dep_ in {"acomp", "dobj"} else [frame]
    if frame.dep_ == "xcomp" and infinitive(frame) and frames().get(frame.head.lemma_.lower()) == "reject":
        return True  # "declined to commit to the plan", "refused to pledge support"
    return any(c.dep_ == "neg" for h in holders for c in h.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in frame.children
    )


def weapon_hits(verb: Token, lex: Lexicon) -> bool:
    """ "Missiles fired by X hit a market": the weapon a participle describes is the subject of an
    attack verb."""
    weapon = verb.head
    if verb.dep_ != "acl" or weapon.dep_ not in SUBJECTS or weapon.head.pos_ != "VERB":
        return False
    return any(t.type == "ASSAULT" for t in lex.verbs.get(weapon.head.lemma_.lower(), []))
