"""Finding events in a parsed sentence: triggers, their arguments, and the words that govern them.

A verbal trigger ("met", "visited", "refuses to recognize") takes its actor from its subject
(or the agent of a passive) and its recipient from its object or a preposition the lexicon
names; a nominal trigger ("talks", "talks took place between X and Y", "voicing support for
X") needs a verb that carries it or a modifier that names its actor. Words above a trigger
(``data/frames.tsv``) turn it into a refusal, threat, promise or demand; a refused or accepted
offer or demand is aimed at its owner; an act made conditional ("will cut aid unless ...") is a
threat; an attack being prepared, or one side's exercise, is a show of force; the charge behind an
arrest or accusation, and the condition of an ultimatum, are no events of their own. Some frame
words are events by themselves when what they govern is no trigger ("vowed to seek a settlement
with X", "hoped X would keep funding it", "has no plans to join X"). A stance ("X is opposed to
Y") is its subject's; what is handed over in the passive is no side ("the suspect was handed over
to X": the holder gives, X receives); "X is to blame" accuses X.

Which candidates are words that look like an event and are none (a reporter's question, a purpose
the speaker disowns, an act a denied plan governs, ...) is decided in ``senses``; the dependency
labels and tree functions both modules use are in ``syntax``.
"""
from __future__ import annotations

import calendar
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from stormpetrel import data, geo
from stormpetrel.actors.resolve import PARTY_SECTORS
from stormpetrel.events import senses
from stormpetrel.events.lexicon import Lexicon, Trigger, coercive, frame_events, lemma_of, verb_forms
from stormpetrel.events.lexicon import load as load_lexicon
from stormpetrel.events.senses import TOPIC_VERBS
from stormpetrel.events.syntax import (
    CONFLICT,
    DISAPPROVING,
    NAMING_VERBS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    conjuncts,
    dependents,
    determined,
    gerund,
    infinitive,
    misplaced_predicates,
    owned,
    pobjs,
    prep_objects,
    several,
)
from stormpetrel.grammar import TIME_NOUNS, agent_participle, opens_frame, reporting_verb
from stormpetrel.status import SPEAKER_PRONOUNS, claim_denied, frames

# frame effects whose word is an event by itself only when it directs an object to act
DIRECTIVE_EFFECTS = frozenset({"report", "control"})
FRAME_TYPES = {"reject": "REJECT", "threaten": "THREATEN", "agree": "AGREE", "request": "REQUEST"}
ACCEDE = "083"  # CAMEO: accede to demands
CHARGING = {"COERCE", "ACCUSE"}  # acts whose "for"/"of" clause is the charge
CONVICTING = "convict"  # the mode of a verdict or a sentence, whose "for"/"of" clause is the charge too
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}  # not concessions: they stay what they are
RELEASING = {"CONCEDE", "RETREAT"}  # acts that let someone go: the holder is the actor

_WORDS = data.word_classes("coder_words.tsv")
RELATIVE = _WORDS["relative"]  # "the envoy who met X": the envoy
FORCE_OPTIONS = _WORDS["force_option"]  # "did not rule out strikes on X": a threat
FORCE_MODIFIERS = _WORDS["force_modifier"]  # "refused to rule out military action against X"
FORCE_PREPS = _WORDS["force_prep"]  # "strikes on X", "an invasion of X", "intervention in X"
ENTRY_WORDS = _WORDS["entry_word"]  # "barred X from entering": a refusal to let in
EXIT_WORDS = _WORDS["exit_word"]  # "barred X from leaving": held in, no refusal
BARRING_WORDS = _WORDS["barring_word"]  # "banned", "barred", "blocked": what keeps people out
STANCE_VERBS = _WORDS["stance_verb"]  # "opposed the bill": refused; "opposed Turkey": disapproved
STANCE_OBJECTS = _WORDS["stance_object"]  # "opposed the bill": a thing put forward, refused
BARRED_PATH = frozenset({"dobj", "pobj", "pcomp", "compound", "prep", "xcomp", "nsubjpass", "dative"})
BARRED_PREPS = frozenset({"from", "on", "to", "into", "of"})
TERRITORY_WORDS = _WORDS["territory_word"]  # "entering the country": its territory
HELD_GROUND = _WORDS["held_ground"]  # "land occupied by X": held, not taken in the sentence
COMPLEMENT_PREPS = _WORDS["complement_prep"]  # "threatened to break off relations with X": X
WAR_NOUNS = _WORDS["war_noun"]  # "the war with X": the story's side is the actor
SUPPORTIVE = _WORDS["supportive"]  # "welcomed the call to ...": agrees, but does not accede
PREPARE = _WORDS["prepare_verb"]  # "prepared to shell the town": a show of force
SUMMONING = _WORDS["summoning_verb"]  # "was summoned to the Turkish ministry": Turkey summoned
ASKED_ACTS = _WORDS["asked_act"]  # "called for the resignation of X": X is asked
WISH_VERBS = _WORDS["wish_verb"]  # "does not want X to return" refuses X; "did not want to wait" refuses no one
PART_WORDS = _WORDS["part_word"]  # "recognised X as part of Y"
PARTICLES = _WORDS["particle"]  # "forced the rebels out of the region": out
OFFER_MODALS = _WORDS["offer_modal"]  # "would meet the envoy if ...": an offer
CONDITIONAL_MODALS = _WORDS["conditional_modal"]  # "may freeze its loans if ...": a threat (not "would")
DEMAND_MODALS = _WORDS["demand_modal"]  # "said X must withdraw": a demand of X
ASKED_PREPS = _WORDS["asked_prep"]  # "called on X to ...": X is asked
GIVEN_FROM_PREPS = _WORDS["given_from_prep"]  # "requested aid from X": X is asked
GIVING = {"AID", "SUPPORT", "COOPERATE"}  # what one may ask of someone ("aid", "backing", "help")
FRAME_PARTICLES = _WORDS["frame_particle"]  # "troops were called in to clear it": summoned, not asked
JOINT_WORDS = _WORDS["joint_word"]  # "joint drills", "drills with X": not one side's exercise
ATTACK_PREPS = _WORDS["attack_prep"]  # "killed in an X ambush": X is the attacker
ADJUNCT_PREPS = _WORDS["adjunct_prep"]  # "after talks with X, Y said ...": Y held the talks
LIGHT_OBJECTS = _WORDS["light_object"]  # "took part in talks with X": took part carries the talks
TOPIC_PREPS = _WORDS["topic_prep"]  # "agreed with X on a truce": a deal, not a shared view
STATIVE_PREPS = _WORDS["stative_prep"]  # "is opposed to X"
HOLDER_PREPS = _WORDS["holder_prep"]  # "sailors held in X were allowed to leave": X let them go
EXIT_VERBS = _WORDS["exit_verb"]  # "barred from leaving X were allowed home": X let them go
BLAMED_VERBS = _WORDS["blamed_verb"]  # "X is to blame": X is blamed
STATIVE_VERBS = _WORDS["stative_verb"]  # "is opposed to X" (not "was handed over to X")
STANCES = {  # their participles, which the parser may take for adjectives: "opposed"
    form: lemma for lemma in STATIVE_VERBS for form in verb_forms(lemma) if form.endswith("ed")
}
PROTEST_PREPS = _WORDS["protest_prep"]  # "in protest against X": X
PROTEST_VERB_PREPS = _WORDS["protest_verb_prep"]  # "marched in protest at X", "at X" hung on the verb
DOER_PREPS = _WORDS["doer_prep"]  # "came under fire from X": X attacks
OWNER_PREPS = _WORDS["owner_prep"]  # "rejected calls by X": aimed at X
CHARGE_PREPS = _WORDS["charge_prep"]  # "detained for spying": the spying is the charge
FRAME_PREPS = _WORDS["frame_prep"]  # "committed to developing X": what the frame governs
WEAPON_NOUNS = _WORDS["weapon_noun"]  # "a car bomb exploded": the weapon is no actor
STRUCK_PREPS = _WORDS["struck_prep"]  # "a bomb exploded near a checkpoint": what it hit
DEATH_VERBS = _WORDS["death_verb"]  # "died in a bomb blast": the dead are the recipients
ACCIDENT_WORDS = _WORDS["accident_word"]  # "a gas explosion killed ...": an accident, no attack
BLAST_NOUNS = _WORDS["blast_noun"]  # "an explosion": a weapon noun that may also be an accident
VERBAL_TARGETS = _WORDS["verbal_target"]  # "attacks on the media": words, not force
CAUSE_NOUNS = _WORDS["cause_noun"]  # "fighting forced the UN to withdraw": a cause, no coercer
HELP_NOUNS = _WORDS["help_noun"]  # "signed it with the mediation of Norway": no partner
ASPECT_VERBS = _WORDS["aspect_verb"]  # "protests continued in X": the protests go on
REASON_NOUNS = _WORDS["reason_noun"]  # "put the blame for the blast on X": X is blamed
WORKER_NOUNS = _WORDS["worker_noun"]  # "doctors began a strike": a walkout
CONTROL_PREPS = _WORDS["control_prep"]  # "thanked X for agreeing": X agreed
DAY_NAMES = frozenset(d.lower() for d in [*calendar.day_name, *calendar.month_name] if d)  # "on Sunday": no one hit
TEST_WEAPONS = _WORDS["test_weapon"]  # "launched a ballistic missile" at no one: a weapons test
OVERSEER_NOUNS = _WORDS["overseer_noun"]  # "under the supervision of X": X had it done
MANDATIVE_VERBS = _WORDS["mandative_verb"]  # "insisted that X act": a demand of X
MEANS_PREPS = _WORDS["means_prep"]  # "sent tanks by train to X": the means, whose "to" is the recipient
STATE_PREPS = _WORDS["state_prep"]  # "is in talks with X": an ongoing act of the subject
CLAIM_VERBS = _WORDS["claim_verb"]  # "claimed responsibility for the attack": the claimant attacked
CLAIMED_OBJECTS = _WORDS["claimed_object"]  # "responsibility", "credit"
CLAIMED_PREPS = _WORDS["claimed_prep"]  # "responsibility for the bombing of a hotel": the hotel was hit
PHONE_FRAMES = _WORDS["phone_frame"]  # "called X to congratulate him": a call, not a demand
COURTESY_VERBS = _WORDS["courtesy_verb"]  # "phoned X to congratulate him"
OBJECT_PRONOUNS = _WORDS["object_pronoun"]  # "phoned X to congratulate him": X
SENDING_VERBS = _WORDS["sending_verb"]  # "sent a delegation to X to seek ...": X is asked
VERBAL_MEDIA = _WORDS["verbal_medium"]  # "his Twitter attacks on the judge": words, not force
HELD_VIEWS = _WORDS["held_view"]  # "fought the US position on trade": a stance, no post
STANCE_PREPS = _WORDS["stance_prep"]  # what a held_view is held about
VERBAL_VENUES = _WORDS["verbal_venue"]  # "attacked the minister in a statement": words, not force
CAUSER_VERBS = _WORDS["causer_verb"]  # "had the editors arrested": the subject had it done
PARTICIPLE_HEADS = _WORDS["participle_head"]  # "saw X impeached": X was impeached
UTTERED_NOUNS = _WORDS["uttered_noun"]  # "offered praise for X": praise given, not promised
BLAME_VERBS = _WORDS["blame_verb"]  # "attacked X for sinking the bill": blame
PLEDGE_FRAMES = _WORDS["pledge_frame"]  # "vowed to veto the bill": a promised refusal is a refusal
OFFER_FRAMES = _WORDS["offer_frame"]  # "offered to send troops to X": help promised to X
WATER_NOUNS = _WORDS["water_noun"]  # "fired a missile into the Sea of Japan": no one hit
READMITTED = _WORDS["readmitted"]  # "took back the refugees": no recapture
COPULAS = _WORDS["copula"]  # "expects the terms to become clear": a state, not an act asked for
DEAL_MODALS = _WORDS["deal_modal"]  # "agreed with X that they would meet": a deal, not a view
ATTITUDE_VERBS = _WORDS["attitude_verb"]  # "said X should not expect aid": advice on a view, no demand
STRUGGLE_VERBS = _WORDS["struggle_verb"]  # "fighting against the reform": opposition to a policy
FORUM_PREPS = _WORDS["forum_prep"]  # "a complaint with the WTO": where it is lodged, not whom it accuses
GRIEVANCE_PREPS = _WORDS["grievance_prep"]  # "a complaint against X", "over X's failure": whom it accuses
VERBAL_DOERS = _WORDS["verbal_doer"]  # "attacks on the cabinet by opposition lawmakers": words
DOER_NOUNS = data.word_classes("actor_words.tsv")["doer_noun"]  # "the perpetrator of the attack"
FORCES = data.word_classes("cue_words.tsv")["force"]  # "ordered troops to ...": the speaker's own
PLEDGE_GESTURES = _WORDS["pledge_gesture"]  # "shook hands on a deal": agreed, not just met
PLEDGE_PREPS = _WORDS["pledge_prep"]  # "shook hands on a deal": on


@dataclass
class Candidate:
    """A trigger with the heads of its argument noun phrases, before actors are resolved."""

    token: Token
    trigger: Trigger
    type: str
    cameo: str
    light: Token | None
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    mutual: bool = False
    frame: Token | None = None
    implicit_source: bool = False  # a named war or campaign whose actor the story takes as known
    denial: bool = False  # a refusal made by negating a frame word ("does not want X to"): asserted

    @property
    def anchors(self) -> list[Token]:
        """The words the event hangs on: the trigger, and the verb that carries a noun trigger."""
        return [self.token] + ([self.light] if self.light is not None else [])

    @property
    def verb(self) -> Token:
        """The carrying verb of a noun trigger, else the trigger itself."""
        return self.light if self.light is not None else self.token


def _is_passive(verb: Token) -> bool:
    return (
        any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ in {"auxpass", "agent"} for c in verb.children)
        or (verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children))
        or bool(_participle_subject(verb))
        or shared_passive(verb)
    )  # "reports that its jets had bombed X": a clause the parser hung on the noun, active


def shared_passive(verb: Token) -> bool:
    """A bare participle joined to a passive verb is passive too: "were arrested and charged"."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.tag_ != "VBN":
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ == "aux" for c in verb.children):
        return False
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.head.children)


def _participle_subject(verb: Token) -> list[Token]:
    """The subject of a bare participle clause, the one acted on: "saw President X impeached",
    "had the editors arrested", "wants him freed"."""
    if verb.dep_ not in {"ccomp", "xcomp", "oprd"} or verb.head.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children):
        return []  # "said it had arrested", "said that X was freed"
    tagged_past = verb.tag_ == "VBD" and verb.head.lemma_.lower() in PARTICIPLE_HEADS
    if verb.tag_ != "VBN" and not (tagged_past and not any(c.dep_ in OBJECTS for c in verb.children)):
        return []  # "said Russia attacked": a past tense, active
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]


def subject_of(verb: Token) -> list[Token]:
    """The subject of ``verb``, looking up through open complements, conjuncts and clauses."""
    cur = below = verb
    for _ in range(6):
        passive = _is_passive(cur)
        kids = list(cur.children)
        subjects = [c for c in kids if c.dep_ in SUBJECTS and c.i < cur.i]
        if len(subjects) > 1:  # "The response from Berlin Chancellor X phoned Y": a heading run into X's clause
            kids = [subjects[-1], *(c for c in kids if c != subjects[-1])]
        for c in kids:
            if passive and (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and cur == verb)):
                return pobjs(c)  # the agent, or a "by" the parser took for a preposition
            if (not passive or cur != verb) and c.dep_ in SUBJECTS | (PASSIVE_SUBJECTS if cur != verb else set()):
                # above the trigger a passive subject is the actor: "X is expected to meet Y"
                if c.lower_ in RELATIVE and cur.dep_ == "relcl":
                    return conjuncts(cur.head)
                visitor = _attributive(c)
                if visitor:  # "Visiting Thai Premier X met Y": X
                    return visitor
                if c.pos_ == "PRON":
                    speaker = _speaker(cur)  # "Iran said it would ...": Iran
                    if speaker and (speaker[0].pos_ != "PRON" or _speaks_for(c, speaker[0])):
                        return speaker
                if c.lower_ == "it" and _extraposed(cur, below):
                    return []  # "as vital as it is to back X": "it" stands for the infinitive, no doer
                return conjuncts(c)
        if passive and cur == verb:
            joined = [c for c in kids if c.dep_ == "conj" and shared_passive(c)]
            shared = [g for c in joined for a in c.children if a.dep_ == "agent" for g in pobjs(a)]
            if shared:
                return shared  # "were detained and questioned by police": by police, both
            if _participle_subject(verb) and verb.head.lemma_.lower() in CAUSER_VERBS:
                return subject_of(verb.head)  # "X had the editors arrested": X
            return _overseer(verb)  # "was fired under the supervision of X": X
        if cur.dep_ == "xcomp" and cur.head != cur and cur.head.pos_ == "VERB":
            controller = [c for c in cur.head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
            if controller and frames().get(cur.head.lemma_.lower()) == "control":
                return conjuncts(controller[0])  # "pushed Chile to drop", "forced X to withdraw": X
        if cur.dep_ == "pcomp" and cur.head.lower_ in CONTROL_PREPS and cur.head.head.pos_ == "VERB":
            done_by = [c for c in cur.head.head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"}]
            if done_by:  # "thanked X for agreeing", "praised X for taking part": X
                return conjuncts(done_by[0])
        if _finite_after_base(cur):  # "demanded that X release Y and condemned Z": the demander condemned
            below, cur = cur, cur.head.head
            continue
        if cur.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acomp"} and cur.head != cur:
            below, cur = cur, cur.head
            if cur.dep_ == "prep" and cur.head != cur:  # "suspected of attacking"
                cur = cur.head
            continue
        if cur.dep_ == "csubj" and cur.head != cur:
            doer = _opening_doer(cur)
            if doer:
                return doer
        if cur.dep_ == "acl" and cur.tag_ == "VBN":
            return []  # "the war waged by X" without its agent: the noun is no actor
        if cur.dep_ == "acl" and infinitive(cur):
            owner = [
                c for c in _frame_owners(cur.head)
                if c.pos_ != "PRON" and c.lemma_.lower() not in TIME_NOUNS and not _day(c)
            ]
            if owner:
                return conjuncts(owner[0])  # "condemned X's decision to expel ...", "the US decision to ...": X
            if cur.head.dep_ in {"dobj", "attr"} and cur.head.head.pos_ in {"VERB", "AUX"}:
                cur = cur.head.head  # "X took a decision to expel ...": X
                continue
        if cur.dep_ == "acl" and cur.tag_ == "VBD":
            return conjuncts(_outer_noun(cur.head))
        if cur.dep_ in {"acl", "relcl"}:
            return conjuncts(cur.head)
        break
    return []


def _finite_after_base(verb: Token) -> bool:
    """Is ``verb`` a finite verb ("condemned", "says") joined to a base form in a clause below
    another verb ("demanded that X release Y and condemned Z", "urged X to stop and says")? It
    cannot share that clause: it is joined to the verb above, and shares its subject."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBD", "VBZ"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and head.tag_ == "VB"
        and head.dep_ in {"ccomp", "xcomp"}
        and head.head.pos_ in {"VERB", "AUX"}
    )


def _under(comp: Token, tok: Token) -> bool:
    """Is ``tok`` ``comp`` or within it, not joined to the verb above by a finite form ("demanded
    that X release Y and condemned Z": "condemned" is not within "release")?"""
    cur = tok
    while cur != comp:
        if _finite_after_base(cur) or cur.head == cur:
            return False
        cur = cur.head
    return True


def _outer_noun(noun: Token) -> Token:
    """The head of the noun phrase that holds ``noun`` through its prepositions: for a finite verb
    the parser hung on the last noun of "the anchor in a segment about trade called X ..."
    the doer is the anchor."""
    cur = noun
    for _ in range(6):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep" or cur.head.head.pos_ not in {"NOUN", "PROPN", "NUM"}:
            break
        cur = cur.head.head
    return cur


def _extraposed(be: Token, below: Token) -> bool:
    """ "it is vital to back X", "as vital as it is to back X": an infinitive hung straight on a
    "be" whose subject "it" stands for that infinitive."""
    return (
        be.lemma_ == "be"
        and below != be
        and below.dep_ == "xcomp"
        and below.head == be
        and infinitive(below)
    )


def _overseer(verb: Token) -> list[Token]:
    """ "was fired under the supervision of X", "carried out on the orders of X": X."""
    overseers = [o for o in prep_objects(verb, {"under", "on"}) if o.lemma_.lower() in OVERSEER_NOUNS]
    return [p for o in overseers for p in prep_objects(o, {"of"})]


def _opening_doer(verb: Token) -> list[Token]:
    """A sentence-opening participle clause that the parser took for the subject of the main verb,
    hanging the real subject on its object as an apposition: in "Dismissing X's concerns, Y, a
    spokesman, told reporters ..." Y dismisses."""
    if verb.tag_ != "VBG" or verb.i != verb.sent.start or any(c.dep_ == "aux" for c in verb.children):
        return []
    if any(c.dep_ in SUBJECTS and c != verb for c in verb.head.children):
        return []
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        named = [a for a in obj.children if a.dep_ == "appos" and a.i > obj.i and verb.doc[a.left_edge.i - 1].is_punct]
        if named:
            return conjuncts(named[0])
    return []


def _attributive(tok: Token) -> list[Token]:
    """A participle before a titled name that the parser took for a verb with an object: in
    "Visiting Thai Premier X met Y" and "told visiting Thai Premier X that ..." X is the visitor."""
    if tok.tag_ != "VBG" or tok.dep_ not in {"csubj", "xcomp"}:
        return []
    if tok.dep_ == "csubj" and tok.i != tok.sent.start:
        return []
    if any(c.dep_ == "aux" for c in tok.children):  # "wants to start visiting X"
        return []
    named = [
        c for c in tok.children
        if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1
        and any(m.dep_ in {"compound", "nmod"} and m.text[:1].isupper() for m in c.children)
    ]
    return [t for c in named for t in conjuncts(c)]


def _own_subjects(verb: Token) -> list[Token]:
    """The subject of a verb, also where the parser hangs it on the verb's auxiliary: in "his
    country was opposed to X" it may be a subject of "was"."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    if verb.dep_ == "acomp":  # "their country is firmly opposed to X": a subject of "is"
        holders.append(verb.head)
    return [t for h in holders for t in dependents(h, SUBJECTS | PASSIVE_SUBJECTS)]


def _holder(verb: Token) -> list[Token]:
    """Where the ones a passive lets go were held, named with them: "six sailors held in X had
    been allowed to leave", "citizens barred from leaving X were freed", "citizens in X"."""
    for c in verb.children:
        if c.dep_ not in PASSIVE_SUBJECTS:
            continue
        for t in c.subtree:
            if t.pos_ != "PROPN" or t.dep_ not in {"pobj", "dobj"}:
                continue
            if t.dep_ == "pobj" and t.head.lower_ in HOLDER_PREPS and t.head.head in (c, *c.children):
                return [t]
            if t.dep_ == "dobj" and t.head.lemma_.lower() in EXIT_VERBS:
                return [t]
    return []


def _stative(verb: Token) -> bool:
    """A participle used as an adjective with its own preposition: "is opposed to" (not "was
    handed over to", an act done to the subject)."""
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and verb.lower_ in STANCES:
        return any(c.dep_ == "prep" and c.lower_ in STATIVE_PREPS for c in verb.children)
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in STATIVE_VERBS
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in STATIVE_PREPS for c in verb.children)
    )


PLACE_OBJECT = "<place>"  # what triggers.tsv writes for an object that names a place: "captured Aleppo"
CLAUSE_OBJECT = "<clause>"  # for a clause or gerund as the object: "denied that it fired", "denied firing"


def _object_lemmas(verb: Token) -> set[str]:
    """Lemmas of the verb's object, with what a measure word holds ("tons of aid"),
    :data:`PLACE_OBJECT` for the name of a place and :data:`CLAUSE_OBJECT` for a clause."""
    lemmas = set()
    if any(clause_object(c) for c in verb.children):
        lemmas.add(CLAUSE_OBJECT)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a war waged by X": the noun is the object
        lemmas.add(verb.head.lemma_.lower())
    if _stative(verb):  # "is opposed to the plan": the plan is what is opposed
        lemmas.update(o.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ in STATIVE_PREPS
                      for o in pobjs(c))
    patients = _participle_subject(verb)  # "ordered the journalists released": the journalists
    for c in verb.children:
        if c.dep_ in OBJECTS or c.dep_ in PASSIVE_SUBJECTS or c in patients:
            for t in conjuncts(c):
                lemmas.add(t.lemma_.lower())
                if t.pos_ == "PROPN" and geo.named_place(t.text):
                    lemmas.add(PLACE_OBJECT)
                if t.lemma_.lower() in HELD_VIEWS and t.tag_ == "NN" and any(
                    p.dep_ == "prep" and p.lower_ in STANCE_PREPS for p in t.children
                ):
                    lemmas.add("stance")  # "the US position on trade" is a stance, "rebel positions" no
                for p in t.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        for o in pobjs(p):  # "a share of its food aid budget": budget, aid
                            lemmas.add(o.lemma_.lower())
                            lemmas.update(q.lemma_.lower() for q in o.children if q.dep_ == "compound")
                    elif p.dep_ == "compound" and not (t.pos_ == "PROPN" and p.pos_ == "PROPN"):
                        lemmas.add(p.lemma_.lower())  # not a word of a name: "the Dakota Access Pipeline"
                    elif p.dep_ == "appos":  # "labelled the group a criminal gang"
                        lemmas.add(p.lemma_.lower())
                        lemmas.update(q.lemma_.lower() for q in p.children if q.dep_ in {"amod", "compound"})
    return lemmas


def clause_object(tok: Token) -> bool:
    """Whether a verb's dependent is a clause it takes as its object: "denied (that) it fired",
    "denied firing" (not "tried to fire", an infinitive; nor a question, "would not confirm or deny
    whether he will run"; nor a clause before the verb: "the statement went on to say: X rejects")."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.i < tok.head.i:
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in tok.children):
        return False
    return tok.dep_ == "ccomp" or (tok.dep_ == "xcomp" and tok.tag_ == "VBG")


FAR_PARTICLES = _WORDS["far_particle"]  # "welcomed the Somali president to Nairobi": after its object
BLAZE_NOUNS = _WORDS["blaze_noun"]  # "died in a fire": a blaze, unless its guns are named


def _particles(verb: Token) -> set[str]:
    """Particles and prepositions right after the verb: "called on", "stood behind"."""
    return {
        c.lower_
        for c in verb.children
        if (c.dep_ == "prt" and c.i > verb.i)  # "handed the suspects over"
        or (  # "pulled its troops back"; not "gave back in January", a time
            c.dep_ in {"prep", "advmod"} and 0 < c.i - verb.i <= 3 and not any(_day(g) for g in pobjs(c))
        )
        or (  # "forced X, Y, out of the region", but not "passed it to X over the holiday"
            c.dep_ in {"prep", "advmod"}
            and c.i > verb.i
            and c.lower_ in PARTICLES
            and not any(g.dep_ == "pobj" for g in c.children)
        )
    }


def _gerund_preps(verb: Token) -> set[str]:
    """Prepositions that govern a gerund, however far: "barred the envoy from entering", "from landing"."""
    return {c.lower_ for c in verb.children if c.dep_ == "prep" and any(gerund(g) for g in c.children)}


def _modifiers(verb: Token) -> set[str]:
    """Words that qualify a verb: "test-fired" (test), "sexually abused" (sexually)."""
    return {c.lemma_.lower() for c in verb.children if c.dep_ in {"npadvmod", "advmod", "compound"}}


def _targets(head: Token, trig: Trigger, skip: set[int]) -> tuple[list[Token], bool]:
    """Recipient heads under ``head``: objects, named prepositions, or a 'between' pair."""
    out: list[Token] = []
    mutual = False
    for c in head.children:
        if c.i in skip or _clause_apposition(c):
            continue
        relative = c.lower_ in {"who", "whom"} and head.dep_ == "relcl" and head.head.pos_ in {"NOUN", "PROPN"}
        if c.dep_ in OBJECTS and relative:
            noun = head.head  # "a journalist whom she accused of lying": the journalist
            while noun.dep_ == "appos":  # "X, a Uruguayan lawyer, whom she accused": X
                noun = noun.head
            out.extend(conjuncts(noun))
        elif c.dep_ in OBJECTS and c.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.extend(_own_conjuncts(c, head))
        elif _misparsed_object(c, head):  # "jets bombed Aleppo on Tuesday", parsed as an adverbial
            out.extend(conjuncts(c))
        elif c.dep_ == "dative" and c.pos_ == "ADP":  # "granted asylum to X" parsed as a dative "to"
            out.extend(pobjs(c))
        elif c.dep_ == "prep" and c.lower_ in trig.preps and not opens_frame(c):  # "on the eve of X"
            objs = [o for o in pobjs(c) if trig.type != "REQUEST" or not _day(o)]  # "called on Sunday for ..."
            if c.lower_ == "with":  # "signed it with the mediation of X": a helper, no partner
                objs = [o for o in objs if o.lemma_.lower() not in HELP_NOUNS]
            if c.lower_ == "between":
                mutual = True
                if len(objs) == 1:  # "between the Thai and Lao ministers"
                    objs = _paired_adjectives(objs[0]) or objs
            out.extend(objs)
    if not out and head.pos_ == "VERB":
        # "vowed to demolish and destroy X": an object the parser gave only the last verb is both's
        shared = [
            c for c in head.children
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == head.i + 2 and head.doc[head.i + 1].dep_ == "cc"
        ]
        out.extend(t for c in shared[:1] for o in c.children if o.dep_ == "dobj" for t in conjuncts(o))
    return out, mutual


def _clause_apposition(noun: Token) -> bool:
    """A noun set after a comma that sums up the clause before it, which the parser took for an
    object of the clause's verb: "X charged that Y meddled, a claim Z rejected"."""
    verb = noun.head
    return (
        noun.dep_ in OBJECTS
        and noun.pos_ == "NOUN"
        and noun.left_edge.i > 0
        and noun.doc[noun.left_edge.i - 1].lower_ == ","
        and any(c.dep_ == "ccomp" and c.i < noun.i for c in verb.children)
    )


def _misparsed_object(tok: Token, verb: Token) -> bool:
    """A name right after a verb with no object, which the parser took for an adverbial ("jets
    bombed Aleppo on Tuesday": Aleppo, an "npadvmod"); not a day ("met Sunday")."""
    return (
        tok.dep_ == "npadvmod"
        and tok.pos_ == "PROPN"
        and tok.i == verb.i + 1
        and verb.pos_ == "VERB"
        and not _day(tok)
        and not any(c.dep_ in OBJECTS for c in verb.children)
    )


def _day(tok: Token) -> bool:
    """A day or month named alone ("on Sunday"), not a name the parser ended with one ("Trump Friday")."""
    return tok.lower_ in DAY_NAMES and not any(c.dep_ == "compound" for c in tok.children)


def _own_conjuncts(obj: Token, verb: Token) -> list[Token]:
    """The objects of a gerund, without a conjunct that the parser made of a second gerund's
    object: in "supplying arms and vetoing UN resolutions" the resolutions are not supplied."""
    if verb.tag_ != "VBG":
        return conjuncts(obj)
    return [
        t for t in conjuncts(obj)
        if not any(m.dep_ == "amod" and m.tag_ == "VBG" and m.i == t.left_edge.i
                   and t.doc[m.i - 1].dep_ == "cc" for m in t.children)
    ]


def _between(root: Token, own: Token | None = None) -> list[Token]:
    """A 'between X and Y' anywhere below ``root`` (the parser often hangs it elsewhere), not
    one of another noun than ``own`` ("riots after talks between X and Y" are not X's)."""
    for tok in root.subtree:
        if own is not None and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head != own:
            continue
        if tok.lower_ == "between" and tok.dep_ == "prep":
            objs = pobjs(tok)
            if objs:
                return objs
    return []


def _agreed_among(frame: Token, cand: Candidate) -> bool:
    """Whether a hostile-sounding act is one several parties agreed on among themselves, aimed at
    no one ("Russia and Saudi Arabia agreed to cut output", "agreed with Iraq to cut output"): an
    agreement, not a threat."""
    if frame.lemma_.lower() != "agree" or cand.targets:
        return False
    partners = [c for c in frame.children if c.dep_ == "prep" and c.lower_ == "with"]
    return len(cand.sources) > 1 or bool(partners)


def _infinitive_of_list(tok: Token) -> Token:
    """The first infinitive of the list a base form ``tok`` ends ("vowed to go back and shed
    blood", "pledged to quit the bloc, shut the camps and ban the party", where the parser may
    hang the later verbs on the frame word itself); else ``tok``."""
    cur = tok
    # "shed", "hit": a base form tagged past
    while (
        (cur.tag_ == "VB" or cur.lower_ == cur.lemma_.lower())
        and (cur.dep_ == "conj" or (cur.dep_ == "advcl" and not infinitive(cur)))  # not "to meet X to talk"
        and cur.head != cur
    ):
        head = cur.head
        if cur.dep_ == "conj" and head.dep_ == "xcomp" and head.tag_ == "VB":
            return head
        bare = head.lower_ == head.lemma_.lower()
        if cur.dep_ == "conj" and head.dep_ == "ccomp" and bare and not _own_subjects(cur):
            return head  # "demanded that the ministers go further and quit": the quitting is asked too
        if head.tag_ != "VB" and not bare:  # the list hangs on the frame word
            first = [c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < cur.i]
            return first[0] if first and infinitive(first[0]) else tok
        cur = head
    return tok


# a participle with one of these is a clause of its own ("rumours the islands might be handed over")
CLAUSE_MARKS = {"nsubj", "nsubjpass", "aux", "auxpass"}


def _governing_frame(tok: Token) -> Token | None:
    """A frame word (refuse, threaten, agree, urge, ...) that governs ``tok`` by complement."""
    fr = frames()
    cur = _infinitive_of_list(tok)
    for _ in range(4):
        for_clause = cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in cur.children)
        if (
            cur.dep_ not in {"xcomp", "ccomp", "dobj", "pobj", "pcomp", "acomp", "prep", "acl"} and not for_clause
        ) or cur.head == cur:
            return None  # "calling for X to resign" is a demand on X
        if cur.dep_ == "acl" and cur.tag_ in {"VBG", "VBN"} and not any(c.dep_ in CLAUSE_MARKS for c in cur.children):
            return None  # "agreed to resolutions sanctioning X": the resolutions sanction, nothing is promised
        if cur.dep_ == "ccomp" and any(
            d.lower_ in RELATIVE - {"that"} for c in cur.children if c.dep_ in SUBJECTS for d in c.subtree
        ):
            return None  # "requested by X and Y, whose leader was visiting Z": a relative clause, no complement
        came_by = cur.dep_
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in ADJUNCT_PREPS:
            return None  # "called the plan 'worrying' after meeting X": when it was said, nothing asked
        if came_by == "ccomp" and fr.get(cur.lemma_.lower()) in {"report", "comment"}:
            return None  # "failed to disclose he met X": the meeting is what was (not) told, not refused
        if (
            came_by == "xcomp"
            and fr.get(cur.lemma_.lower()) == "agree"
            and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not _actor_like(c) for c in cur.children)
        ):
            return None  # "offered five tips to help farmers": the help is what the tips are for
        if fr.get(cur.lemma_.lower()) in FRAME_TYPES:
            if any(c.dep_ == "prt" and c.lower_ in FRAME_PARTICLES for c in cur.children):
                return None  # "troops were called in to clear the square": summoned, nothing asked
            if cur.lemma_.lower() in NAMING_VERBS and misplaced_predicates(cur):
                return None  # "called the move to send troops 'unacceptable'": the move is named, nothing asked
            return cur
        if came_by == "ccomp" and cur.pos_ == "VERB":
            # "repeated its call that X ...": the clause hangs on the verb, the frame is its object
            held = [c for c in cur.children if c.dep_ == "dobj" and fr.get(c.lemma_.lower()) in FRAME_TYPES]
            if held and held[0].pos_ == "NOUN":
                return held[0]
        if cur.pos_ == "VERB" and cur.dep_ not in {"xcomp", "prep"}:
            return None
    return None


def _force_kept_open(cand: Candidate, lex: Lexicon, fr: dict[str, str]) -> Candidate | None:
    """A use of force kept open is a threat: "did not rule out strikes on X", "refused to rule
    out military action against X" (THREATEN, asserted, aimed at whom the force would be used
    against, which its phrase must name); None for anything else."""
    tok = cand.token
    if cand.trigger.pos != "VERB" or not senses.kept_open(tok) or "threaten" not in lex.verbs:
        return None
    refused = tok.dep_ == "xcomp" and fr.get(tok.head.lemma_.lower()) == "reject"
    if not refused and not any(c.dep_ == "neg" for c in tok.children):
        return None
    options = [
        o
        for o in tok.children
        if o.dep_ == "dobj"
        and (
            o.lemma_.lower() in FORCE_OPTIONS
            or any(c.dep_ in {"amod", "compound"} and c.lower_ in FORCE_MODIFIERS for c in o.children)
        )
    ]
    if not options:
        return None
    preps = [p for o in options for p in o.children if p.dep_ == "prep" and p.lower_ in FORCE_PREPS]
    targets = [t for p in preps for t in pobjs(p)]
    if not targets:
        return None  # "did not rule out military action": against whom, the sentence does not say
    threat = lex.verbs["threaten"][0]
    sources = subject_of(tok.head if refused else tok)
    return Candidate(tok, threat, threat.type, threat.cameo, None, sources, targets, denial=True)


_OPENERS = {")": "(", "]": "["}  # each closing bracket and the one it closes
_BRACKETS = {*_OPENERS, *_OPENERS.values()}


def glossed(tok: Token) -> bool:
    """Does ``tok`` lie in brackets within its sentence, an editor's or writer's gloss on a name
    ("ISIS [a group outlawed in Russia]", "Daesh (the Arabic name of the group)"), not news? Not
    a clause about someone told in them: "Pence (who cancelled his trip)", "(he was released)"."""
    sent = tok.sent
    opened = next((t for t in reversed(sent[: tok.i - sent.start]) if t.text in _BRACKETS), None)
    if opened is None or opened.text in _OPENERS:
        return False
    closer = next((t for t in sent[tok.i - sent.start + 1 :] if t.text in _BRACKETS), None)
    if closer is None or _OPENERS.get(closer.text) != opened.text:
        return False
    inside = tok.doc[opened.i + 1 : closer.i]
    return not any(t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ in {"WP", "WDT", "PRP"} for t in inside)


def find(sent: Span, lex: Lexicon) -> list[Candidate]:
    """All event candidates of a sentence, one per trigger (frames absorb their complements)."""
    fr = frames()
    out: list[Candidate] = []
    for tok in sent:
        lemma = lemma_of(tok.text, tok.lemma_)
        cand = None
        if (lemma in lex.verbs or lemma in lex.nouns or tok.lower_ in STANCES) and glossed(tok):
            continue
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in STANCES:
            lemma = STANCES[tok.lower_]  # "is firmly opposed to X", parsed as an adjective
        verbal = tok.pos_ in {"VERB", "AUX"} or (  # "Merkel phoned Rutte", "phoned" taken for an adjective
            tok.pos_ == "ADJ" and tok.dep_ == "ROOT" and {"nsubj", "dobj"} <= {c.dep_ for c in tok.children}
        )
        if (verbal or tok.lower_ in STANCES) and lemma in lex.verbs:
            cand = _verb_candidate(tok, lex.verbs[lemma])
        elif tok.pos_ in {"NOUN", "PROPN"} and lemma in lex.nouns and not senses.a_name(tok):
            cand = _noun_candidate(tok, lex.nouns[lemma], fr)
        threat = _force_kept_open(cand, lex, fr) if cand is not None else None
        if threat is not None:  # "refused to rule out military action against X": a threat to X
            out.append(threat)
            continue
        if (
            cand is None
            or senses.no_comment(cand, fr)
            or senses.disowned_purpose(cand.verb)
            or senses.shared_fault(cand)
        ):
            continue
        if senses.inanimate_doer(cand) or senses.no_event(cand):
            continue
        if not cand.sources and _summoned_envoy(cand):
            cand.implicit_source = True  # "the Dutch envoy was summoned": by the other state of the story
        warn = senses.warned_judgement(tok) if cand.type == "REJECT" and cand.trigger.pos == "VERB" else None
        if warn is not None and "criticize" in lex.verbs:
            # "warned that X would violate the law": the warning criticises X, nothing is defied yet
            blame = lex.verbs["criticize"][0]
            judged = dependents(tok, SUBJECTS)
            cand = Candidate(warn, blame, blame.type, blame.cameo, None, subject_of(warn), judged)
        if cand.type == "CONSULT" and lemma in PLEDGE_GESTURES and any(
            c.dep_ == "prep"
            and c.lower_ in PLEDGE_PREPS
            and any(g.dep_ == "pobj" and g.lemma_.lower() in _deal_nouns(lex) for g in c.children)
            for c in cand.token.children
        ):  # "shook hands on a deal": a deal sealed; "on the sidelines": a meeting
            cand.type, cand.cameo = "AGREE", lex.type_cameo["AGREE"]
        if cand.type in {"AGREE", "SUPPORT"} and cand.trigger.objects and cand.trigger.pos == "VERB":
            # "renewed Britain's commitment to defending Estonia": Estonia, not Britain
            cand.targets = [t for o in cand.targets for t in _committed_to(o)] or cand.targets
        if cand.type == "ACCUSE" and cand.trigger.pos == "NOUN":
            # "an inquiry into the senator's ties to X": the senator is the one looked into
            cand.targets = [
                next((c for c in t.children if c.dep_ == "poss"), t)
                if t.lemma_.lower() not in lex.nouns and t.lemma_.lower() not in lex.verbs
                else t
                for t in cand.targets
            ]
        if tok.lemma_.lower() in TOPIC_VERBS and cand.trigger.pos == "VERB":
            # "discussed X's missile launch": the act discussed is a topic, its sides no partners
            acts = {
                t.i
                for c in tok.children
                if c.dep_ in OBJECTS and (c.lemma_.lower() in lex.nouns or c.lemma_.lower() in lex.verbs)
                for t in c.subtree
            }
            cand.targets = [t for t in cand.targets if t.i not in acts]
        if cand.type == "ASSAULT":  # "fired a missile into the Sea of Japan", "into waters off X"
            cand.targets = [t for t in cand.targets if {t.lemma_.lower(), t.lower_}.isdisjoint(WATER_NOUNS)]
        cand.targets = [t for t in cand.targets if not _day(t)]  # "his attacks on the media on Monday": no one
        if cand.type == "ACCUSE" and cand.trigger.pos == "NOUN":
            cand.targets = _accused_not_forum(tok, cand.targets)
        verbal = cand.trigger.pos == "NOUN" and any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in VERBAL_MEDIA for c in tok.children
        ) or cand.trigger.pos == "NOUN" and any(  # "a war of words"
            o.lemma_.lower() in VERBAL_MEDIA for o in prep_objects(tok, {"of"})
        ) or cand.trigger.pos == "VERB" and tok.lemma_.lower() in BLAME_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" for g in c.children)
            for c in tok.children  # "attacked the Democrats for sinking the bill": blame
        ) or cand.trigger.pos == "VERB" and any(  # "verbally attacked the memorial"
            c.dep_ == "advmod" and c.lower_ in VERBAL_MEDIA for c in tok.children
        ) or (  # "a speech attacking the government"
            cand.trigger.pos == "VERB" and tok.dep_ == "acl" and tok.head.lemma_.lower() in VERBAL_VENUES
        ) or cand.trigger.pos == "VERB" and any(  # "attacked the minister in a statement"
            o.lemma_.lower() in VERBAL_VENUES
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in {"in", "on", "via", "through"}
            for o in pobjs(c)
        )
        if cand.type == "ASSAULT" and not _a_claim(tok, cand.trigger) and (verbal or cand.targets and (
            {cand.targets[0].lemma_.lower(), cand.targets[0].lower_} & VERBAL_TARGETS  # "attacks on the press"
        ) or any({t.lemma_.lower(), t.lower_, t.lower_.removesuffix("s")} & VERBAL_DOERS for t in cand.sources)):
            # "his attacks on the media", "attacked the plan": a verbal attack is an accusation
            if cand.trigger.lemma in STRUGGLE_VERBS and not verbal and cand.targets:
                continue  # "fighting against the reform": a campaign against a policy, no one accused
            cand.type, cand.cameo = verbal_attack(lex)
        walkout = _walkout(cand, lex) if cand.type == "ASSAULT" else None
        if walkout is not None:  # "doctors began a strike", "police to strike": a labour protest
            cand.trigger, cand.type, cand.cameo = walkout, walkout.type, walkout.cameo
        if cand.type == "CONCEDE" and cand.trigger.pos == "VERB":
            # "extended the permits for the refugees to stay": granted to the refugees
            cand.targets = _granted_for(cand.token) or cand.targets
        if not cand.targets and not cand.mutual:
            cand.targets = _purpose_recipient(cand) or (_protested(cand) if cand.type == "PROTEST" else [])
        elif not cand.mutual and not any(_actor_like(t) for t in cand.targets):
            # "called X to offer condolences after the earthquake": X, not the earthquake
            cand.targets = _purpose_recipient(cand) or cand.targets
        if senses.aimed_at_no_one(cand):
            continue  # "expressed his condolences on Twitter", "promised to lower fuel prices": aimed at no one
        purpose = tok.dep_ in {"xcomp", "advcl"} and infinitive(tok)
        if purpose and cand.targets and all(t.lower_ in OBJECT_PRONOUNS for t in cand.targets):
            # "phoned Rutte to congratulate him", "met the envoy to thank her": the one called or met
            called = [c for c in tok.head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
            cand.targets = conjuncts(called[0]) if called else cand.targets
        frame = _governing_frame(cand.light or tok)
        call = tok.head if purpose and tok.lemma_.lower() in COURTESY_VERBS else None
        if call is not None and call.lemma_.lower() in PHONE_FRAMES and "phone" in lex.verbs:
            # "called Rutte to congratulate him": a call (a consultation) made to congratulate
            callee = [t for c in call.children if c.dep_ == "dobj" for t in conjuncts(c)]
            if callee and not any(c.token == call for c in out):
                phone = lex.verbs["phone"][0]
                out.append(Candidate(call, phone, phone.type, phone.cameo, None, subject_of(call), callee))
            frame = None if frame == call else frame
        light_lemma = cand.light.lemma_.lower() if cand.light is not None else ""
        if (
            frame is None
            and fr.get(light_lemma) in FRAME_TYPES
            and light_lemma not in cand.trigger.objects
            and not _own_sense(cand.light, lex)
            and not (fr.get(light_lemma) == "agree" and cand.token.lemma_.lower() in UTTERED_NOUNS)
        ):
            frame = cand.light  # "offered help": an offer of aid is a promise; not "offered praise", given
        if frame is not None and _own_sense(frame, lex):
            frame = None
        if frame is not None and fr.get(frame.lemma_.lower()) == "reject" and senses.kept_open(cand.token):
            continue  # "declined to rule out talks": an option kept open, nothing refused
        if frame is not None and senses.a_question(frame):
            continue  # "asked whether X would be extradited": neither a demand nor an extradition
        if senses.unplanned(cand.verb, fr):
            continue  # "has no plans to meet X", "does not intend to expel ...": nothing is done
        if frame is not None and frame != tok:
            effect = FRAME_TYPES[fr[frame.lemma_.lower()]]
            claim = claim_denied(cand.verb) if effect == "REJECT" and cand.type != "REJECT" else None
            if claim is not None:
                # "dismissed reports that its jets had bombed Y": the dismissal, and the act it denies
                out.append(replace(cand, sources=list(cand.sources), targets=list(cand.targets)))
                # "dismissed a US general's claims that ...": an answer to the general
                cand.targets = [c for c in claim.children if c.dep_ == "poss"] or cand.targets
            outer = _governing_frame(frame)
            if outer is None and frame.pos_ == "NOUN" and frame.dep_ == "nsubjpass" and frame.head != frame:
                answered = frame.head  # "a request by X to arrest Y was rejected by Z": Z's answer to X
                outer = answered if fr.get(answered.lemma_.lower()) in {"reject", "agree"} else None
            if effect != "REQUEST" and outer is not None and fr[outer.lemma_.lower()] == "request":
                # "demanded that its neighbours refuse to recognise X": a demand on the neighbours
                cand.sources = []
                cand.targets = dependents(frame, SUBJECTS)
                effect = "REQUEST"
            elif (
                effect in {"AGREE", "REQUEST"}
                and frame.pos_ == "NOUN"
                and outer is not None
                and fr[outer.lemma_.lower()] in {"reject", "agree"}
                and outer.lemma_.lower() not in SUPPORTIVE
            ):
                # "turned down a Qatari offer to stage talks", "accepted the call to ...": an answer
                # to the offer's or demand's owner, made when the answer was given
                answer = {"reject": "REJECT", "agree": "CONCEDE" if effect == "REQUEST" else "AGREE"}
                effect = answer[fr[outer.lemma_.lower()]]
                cand.sources = subject_of(outer)
                cand.targets = _frame_owners(frame) or cand.targets
                cand.light = outer
            offered = cand.type == "MOBILIZE" and frame.lemma_.lower() in OFFER_FRAMES
            if effect == "AGREE" and cand.type in CONFLICT and not _agreed_among(frame, cand) and not offered:
                effect = "THREATEN"  # "vowed to retaliate", "promised to strike": a threat
            if effect == "AGREE" and cand.type == "REJECT" and frame.lemma_.lower() in PLEDGE_FRAMES:
                effect = "REJECT"  # "vowed to shoot down the bill", "pledged to veto it": a refusal to come
            accede = fr.get(frame.lemma_.lower()) == "agree" and frame.lemma_.lower() not in SUPPORTIVE
            if effect == "AGREE" and cand.type == "REQUEST" and cand.trigger.pos == "NOUN" and accede:
                effect = "CONCEDE"  # "accepted the strikers' demands": acceding to them
            if effect != cand.type:
                cand.type = effect
                cand.cameo = ACCEDE if effect == "CONCEDE" else lex.type_cameo.get(effect, cand.cameo)
            cand.frame = frame if frame != cand.light else None
            asker = outer if outer is not None and fr[outer.lemma_.lower()] == "request" else frame
            if effect == "REQUEST" and asker is not frame:
                cand.sources = subject_of(asker) or _noun_owner(asker)
            elif effect == "REQUEST":  # "urged X to ...", "called on X to ...", "demanded that X ...": X
                asked = [c for c in frame.children if c.dep_ in OBJECTS and c != cand.token]
                if cand.token.head == frame and cand.token.dep_ in OBJECTS:  # the act asked for is the object
                    # "demanded the withdrawal of Russian troops": the troops are asked to act;
                    # "requested a meeting with X": the meeting is what is asked for, X its party
                    doers = prep_objects(cand.token, {"of"})
                    asked += doers or ([] if cand.targets else [cand.token])
                preps = ASKED_PREPS | (GIVEN_FROM_PREPS if cand.trigger.type in GIVING else frozenset())
                # "on Tuesday called on X to ...": the party asked follows the asking word, and a
                # day is no party
                asked += [
                    p for p in prep_objects(frame, preps) if p.head.i > frame.i and not _day(p)
                ]
                if cand.light is frame:  # "requested aid from X", the parser hanging "from X" on the noun
                    asked += prep_objects(cand.token, preps)
                if frame.pos_ == "NOUN":  # "a reminder to Chad that it has to ...", "sent a reminder to Chad"
                    holders = [frame, frame.head] if frame.dep_ == "dobj" else [frame]
                    asked += [
                        p
                        for h in holders
                        for c in h.children
                        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                        for p in pobjs(c)
                    ]
                clause = cand.token
                while clause.dep_ == "conj" and not _own_subjects(clause):
                    clause = clause.head  # "demanded that X go further and quit": X is asked to quit
                embedded_subject = [c for c in clause.children if c.dep_ in SUBJECTS]
                cand.sources = subject_of(frame) or _noun_owner(frame)
                if asked:
                    cand.targets = conjuncts(asked[0])
                elif embedded_subject:
                    cand.targets = conjuncts(embedded_subject[0])
                elif not cand.targets and not _is_passive(frame):
                    cand.targets = [t for c in frame.children if c.dep_ == "ccomp" for s in c.children
                                    if s.dep_ in SUBJECTS for t in conjuncts(s)]
                # "the meeting was requested by X and Y": the askers are not asked
                cand.targets = [t for t in cand.targets if t not in cand.sources]
            elif not cand.sources or (
                frame.pos_ == "VERB"
                and any(s.dep_ == "poss" and s.head.dep_ in OBJECTS and s.head.head == frame for s in cand.sources)
            ):
                # "rejected the prosecutor's attempt to arrest X": the one who rejects
                cand.sources = subject_of(frame)
        elif cand.type != "REQUEST" and _ultimatum(cand):
            # "will recall its envoy unless X frees the hostages": a conditional threat
            cand.type, cand.cameo = "THREATEN", lex.type_cameo["THREATEN"]
        elif cand.type in COOPERATIVE and _conditional_offer(cand):
            # "would meet the envoy if she guaranteed their safety": an offer on a condition
            cand.type, cand.cameo = "AGREE", lex.type_cameo["AGREE"]
        elif cand.type == "REQUEST" and "visit" in lex.verbs and _courtesy_call(cand, lex):
            # "the army chief called on the president": a courtesy visit, nothing asked
            cand.trigger = lex.verbs["visit"][0]
            cand.type, cand.cameo = cand.trigger.type, cand.trigger.cameo
        elif cand.type == "COOPERATE" and cand.trigger.pos == "NOUN" and _alone(cand):
            # "Peru held naval drills off its coast": one side's exercise is a show of force
            cand.type, cand.cameo = "MOBILIZE", lex.type_cameo["MOBILIZE"]
        elif cand.type == "AGREE" and _sides_with(cand):
            # "agreed with the Kenyan president, saying ...": sharing a view is support, not a deal
            cand.type, cand.cameo = "SUPPORT", lex.type_cameo["SUPPORT"]
        elif cand.type == "ASSAULT" and _preparing(cand):
            # "the brigade prepared to renew its bombardment", "is preparing an assault": a show of force
            cand.type, cand.cameo = "MOBILIZE", lex.type_cameo["MOBILIZE"]
        elif (
            cand.type == "ASSAULT"
            and not any(t.lower_ not in DAY_NAMES and t.lemma_.lower() not in TEST_WEAPONS for t in cand.targets)
            and _object_lemmas(cand.verb) & TEST_WEAPONS
        ):
            if senses.weapon_hits(cand.verb, lex):
                continue  # "missiles fired by X hit a market": the hit is the attack, no test
            # "North Korea launched a ballistic missile": fired at no one, a weapons test
            cand.type, cand.cameo = "MOBILIZE", lex.type_cameo["MOBILIZE"]
        out.append(cand)
    _must(sent, lex, out, fr)
    _bare_frames(sent, lex, out)
    # a frame verb that is itself a trigger yields to the complement it governs; a noun
    # carried by a verb that is a trigger itself ("imposed sanctions") yields to the verb
    framed = {c.frame.i for c in out if c.frame is not None}
    lights = {
        c.light.i
        for c in out
        if c.light is not None
        and fr.get(c.light.lemma_.lower()) in FRAME_TYPES
        and c.light.lemma_.lower() not in c.trigger.objects
        and not _own_sense(c.light, lex)
    }
    framed |= lights  # "offered help": the offer is of aid, one event
    verbs = {c.token.i for c in out if c.trigger.pos == "VERB" and c.token.i not in lights}
    # "halted its mediation", "suspended aid": the noun is what the verb acts on, not an event
    things = {
        o.i: c.token.i
        for c in out
        if c.trigger.pos == "VERB" and c.trigger.objects and not c.trigger.object_is_recipient
        for o in c.token.children
        if o.dep_ in OBJECTS and o.lemma_.lower() in c.trigger.objects
    }
    # "detained for spying for X", "accused Y of shelling Z": the charge is no event
    charged = {
        c.token.i
        for c in out
        for g in [_conjunct_root(c.token)]
        if any((d.type in CHARGING or d.trigger.mode == CONVICTING) and _charged_with(g, d.token) for d in out)
    }
    framed |= charged
    # "will skip the ballot unless the premier consents to resign": the condition is no event
    framed |= {
        c.token.i
        for c in out
        for v in [c.verb, *c.verb.ancestors]
        if v.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "unless" for m in v.children)
        and any(d.verb == v.head for d in out)
    }
    return [
        c
        for c in out
        if c.token.i not in framed
        and not (c.token.i in things and (c.light is None or c.light.i != things[c.token.i]))
        and not (c.light is not None and c.light.i in verbs)
    ]


def _accused_not_forum(noun: Token, targets: list[Token]) -> list[Token]:
    """A complaint lodged with a forum ("with the WTO", "to the UN") accuses whom it names
    "against", or whose act it is "over" ("over Chile's refusal to cut tariffs"), not the forum."""
    forum = [t for t in targets if t.dep_ == "pobj" and t.head.lower_ in FORUM_PREPS]
    if not forum:
        return targets
    holders = [noun, noun.head] if noun.dep_ in OBJECTS else [noun]
    accused = [t for t in targets if t.dep_ == "pobj" and t.head.lower_ in GRIEVANCE_PREPS]
    for h in holders:
        for o in prep_objects(h, GRIEVANCE_PREPS):
            if _actor_like(o):
                accused.append(o)
            accused += [p for p in prep_objects(o, {"of"}) if _actor_like(p)]
            accused += [c for c in o.children if c.dep_ == "poss" and _actor_like(c)]
    if not accused:
        return targets
    return [t for t in targets if t not in forum and t not in accused] + list(dict.fromkeys(accused))


def verbal_attack(lex: Lexicon) -> tuple[str, str]:
    """The type and CAMEO code of an attack made with words, not force ("his attacks on the
    media", "the opposition party attacked the minister"): those of a criticism (the trigger
    ``criticize`` of ``data/triggers.tsv``)."""
    criticism = lex.verbs["criticize"][0]
    return criticism.type, criticism.cameo


def barred_entry(cand: Candidate) -> bool:
    """Is a restriction one on coming in ("barred the minister from entering the country", "banned
    travel from seven states", "an entry ban")? PLOVER codes a state's refusal to let people in as
    a rejection, and only their expulsion or holding as coercion. The coming in is what the
    trigger bars (its object, "from", "on", "to" or "into" phrase or compound), not the reason or
    time of an arrest ("detained after returning home"), nor a ban on leaving."""
    if cand.token.lemma_.lower() not in BARRING_WORDS:
        return False
    found = False
    for tok in cand.token.subtree:
        if tok.lemma_.lower() in EXIT_WORDS:
            return False  # "a travel ban on North Koreans leaving the country": kept in
        if tok.lemma_.lower() not in ENTRY_WORDS and tok.lower_ not in ENTRY_WORDS:  # "landing", not "land"
            continue
        cur = tok
        while cur != cand.token and cur.dep_ in BARRED_PATH and (cur.dep_ != "prep" or cur.lower_ in BARRED_PREPS):
            cur = cur.head
        found = found or (cur == cand.token and _into_territory(tok))
    return found


def opposed_proposal(cand: Candidate, names: Collection[int]) -> bool:
    """Is a stance against something aimed at a thing put forward ("opposed the bill", "will
    oppose the nominee") or a person or measure named, not a state or group ("opposed Gorsuch",
    "opposed Stand Your Ground"; not "opposed Turkey")? Such a stance refuses it; one against
    anything else ("opposed the launch", "opposed Greece's stance") disapproves."""
    if cand.trigger.lemma not in STANCE_VERBS or cand.trigger.pos != "VERB" or not cand.targets:
        return False
    return all(
        h.lemma_.lower() in STANCE_OBJECTS or (h.pos_ == "PROPN" and h.i not in names) for h in cand.targets
    )


def _into_territory(entry: Token) -> bool:
    """Is the coming in one into a state's territory: no place named, or a state, a place or a
    word for one ("entering Kuwait", "entry into the country"); not into a building ("from
    entering the consulate")?"""
    places = [o for o in entry.children if o.dep_ == "dobj"] + prep_objects(entry, {"into", "to"})
    return all(o.pos_ == "PROPN" or geo.home(o.text) is not None or o.lemma_.lower() in TERRITORY_WORDS for o in places)


def debaters(sectors: Iterable[str | None]) -> bool:
    """Are all these sectors of resolved actors ones whose attacks are words (parties,
    legislators: ``PARTY_SECTORS``, "the Democrats attacked X")? The actors a trigger's own
    words name as such (``VERBAL_DOERS``) are found by ``find``."""
    return all(s in PARTY_SECTORS for s in sectors)


def _charged_with(act: Token, charge: Token) -> bool:
    """``act`` is the charge behind ``charge``: "detained for spying", "arrested for plans to carry
    out attacks" (the parser may hang the clause on the arrest itself)."""
    if act.dep_ == "pcomp" and act.head.lower_ in CHARGE_PREPS and act.head.head == charge:
        return True
    if any(c.dep_ in SUBJECTS | {"mark"} for c in act.children):
        return False  # "accused X of lying while Y criticised the move": Y's act is its own
    preps = [c for c in charge.children if c.dep_ == "prep" and c.lower_ in CHARGE_PREPS]
    if any(p in act.ancestors for p in preps):
        return True  # "arrested for plotting to attack X": the attack is charged too
    # "arrested a man over plots to kill X", the parser hanging "over plots" on the man
    preps += [c for o in charge.children if o.dep_ == "dobj" for c in o.children
              if c.dep_ == "prep" and c.lower_ in CHARGE_PREPS]
    return act.dep_ == "advcl" and act.head == charge and any(
        p.i < act.i and act.left_edge.i - p.right_edge.i <= 1 for p in preps
    )  # "arrested for plotting to carry out bombings"


def _conjunct_root(tok: Token) -> Token:
    """The first of a run of conjoined words: "for plotting attacks or providing funds": plotting."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _own_sense(frame: Token, lex: Lexicon) -> bool:
    """A frame verb used in a sense of its own that its object or particle marks: "called his
    Cypriot counterpart to express sympathy" is a phone call, "called off the strike" an end to it,
    neither a call on anyone."""
    entries = [
        t for t in lex.verbs.get(frame.lemma_.lower(), []) if (t.objects and t.object_is_recipient) or t.needs_prep
    ]
    if frame.pos_ != "VERB" or not entries:
        return False
    cand = _verb_candidate(frame, entries)
    return cand is not None and cand.type != FRAME_TYPES.get(frames().get(frame.lemma_.lower(), ""))


def _protested(cand: Candidate) -> list[Token]:
    """ "began a sit-in in protest against X", "... in protest at raids by X": X."""
    out: list[Token] = []
    for o in cand.verb.subtree:
        if o.lemma_.lower() != "protest" or o.dep_ != "pobj" or o.head.lower_ != "in" or o == cand.token:
            continue
        for q in o.children:
            if q.dep_ == "prep" and q.lower_ in PROTEST_PREPS:
                for p in pobjs(q):
                    by = [b for r in p.children if r.dep_ in {"prep", "agent"} and r.lower_ == "by" for b in pobjs(r)]
                    out.extend(by or [p])
        if not out:  # "marched in protest at X", the parser hanging "at X" on the verb
            out = prep_objects(cand.verb, PROTEST_VERB_PREPS)
    return out


def _purpose_recipient(cand: Candidate) -> list[Token]:
    """ "phoned X to offer sympathy": the purpose clause's act is aimed at X; "sent an envoy to X to
    seek talks": at X, where the one sent goes."""
    verb = cand.verb
    if verb.dep_ not in {"xcomp", "advcl"} or verb.head == verb or verb.head.pos_ not in {"VERB", "ADJ"}:
        return []
    if not infinitive(verb):
        return []
    request = any(frames().get(c.lemma_.lower()) == "request" for c in verb.head.children if c.dep_ == "dobj")
    if verb.head.lemma_.lower() in SENDING_VERBS and not request:
        # "sent a delegation to X to seek ...": X, not the delegation; not "sent a request to X to
        # withdraw Y", where X is to do what is asked
        return [t for c in verb.head.children if c.lower_ == "to" for p in pobjs(c) for t in conjuncts(p)]
    objects = [c for c in verb.head.children if c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN"}]
    return [t for c in objects for t in conjuncts(c)]


def _granted_for(verb: Token) -> list[Token]:
    """The subject of a "for X to V" clause on a granting verb or its object: "extended the
    permits for the refugees to stay", "renewed the visa for X to remain" -- X is granted it."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]
    for h in holders:
        for c in h.children:
            if c.dep_ in {"advcl", "acl", "relcl"} and infinitive(c) and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children
            ):
                doers = [s for s in c.children if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}]
                if doers:
                    return conjuncts(doers[0])
            if c.dep_ == "prep" and c.lower_ == "for":  # "for X" with "to V" hung on X
                for x in pobjs(c):
                    hung = any(a.dep_ in {"acl", "relcl"} and infinitive(a) for a in x.children)
                    if hung and x.pos_ in {"NOUN", "PROPN"}:
                        return conjuncts(x)
    return []


def _deal_nouns(lex: Lexicon) -> set[str]:
    """What is signed: "deal", "accord", "treaty"."""
    return {o for t in lex.verbs.get("sign", []) for o in t.objects}


def _committed_to(obj: Token) -> list[Token]:
    """Who a pledge names after its preposition: "commitment to defending Japan", "to Japan"."""
    out: list[Token] = []
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ in FRAME_PREPS:
            out += [o for o in pobjs(c) if _actor_like(o)]
            out += [
                t
                for g in c.children
                if g.dep_ == "pcomp"
                for o in g.children
                if o.dep_ == "dobj" and _actor_like(o)
                for t in conjuncts(o)
            ]
    return out


def _frame_owners(noun: Token) -> list[Token]:
    """Whose offer, demand or proposal: "a Qatari offer", "Bolivia's demand"."""
    return [
        c
        for c in noun.children
        if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.text[:1].isupper() and c.i > noun.sent.start)
    ]


def _noun_owner(noun: Token) -> list[Token]:
    """Who holds a nominal frame: "its demand that ...", "X repeated the call that ..."."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        who = subject_of(noun.head)
        if who:
            return who
    return [c for c in noun.children if c.dep_ == "poss"]


def _ultimatum(cand: Candidate) -> bool:
    """An act made conditional on "unless" ("will cut aid unless X ..."), or a hostile act that
    "would"/"may" follow "if" ("may freeze its loans if ...")."""
    verb = cand.verb
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    marks = {
        m.lower_ for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"
    }
    if "unless" in marks:
        return True
    modal = any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in verb.children)
    return "if" in marks and modal and cand.type in CONFLICT


def _courtesy_call(cand: Candidate, lex: Lexicon) -> bool:
    """ "called on the prime minister" with nothing asked of him (no "to ...", "for ...", "that ..."):
    a courtesy visit to a dignitary, one of the visitors a host receives (``receive`` in triggers.tsv)."""
    verb = cand.token
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB" or cand.trigger.pos != "VERB":
        return False
    dignitaries = {o for t in lex.verbs.get("receive", []) if t.type == "CONSULT" for o in t.objects}
    if any(c.dep_ in {"xcomp", "ccomp", "advcl", "dobj", "dative", "conj"} for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ not in {"on", "upon", "in", "at", "during"} for c in verb.children):
        return False
    on = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i == verb.i + 1]
    called = [o for c in on for o in pobjs(c)]
    return bool(called) and all(
        ({o.lemma_.lower()} | {k.lemma_.lower() for k in o.children if k.dep_ == "compound"}) & dignitaries
        and not any(k.dep_ in {"relcl", "acl"} for k in o.children)
        for o in called
    )


def _alone(cand: Candidate) -> bool:
    """A joint act with one actor and no partner: "X conducted drills" (not "with Y", not "X and Y")."""
    if cand.mutual or cand.targets or len(cand.sources) != 1:
        return False
    words = {t.lower_ for t in cand.token.subtree} | {c.lower_ for c in cand.token.children}
    return not words & JOINT_WORDS


def _conditional_offer(cand: Candidate) -> bool:
    """A cooperative act a speaker "would"/"will" do "if" something happens."""
    verb = cand.verb
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    marks = {m.lower_ for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"}
    return "if" in marks and any(c.dep_ == "aux" and c.lower_ in OFFER_MODALS for c in verb.children)


def _sides_with(cand: Candidate) -> bool:
    """ "X agreed with Y" or "with Y's view", and on nothing: an opinion shared, not a deal made
    ("agreed with Y on a truce" or "agreed with Y to ..." is a deal)."""
    verb = cand.token
    if cand.trigger.pos != "VERB" or verb.lemma_.lower() != "agree" or cand.frame is not None:
        return False
    kids = list(verb.children)
    if any(c.dep_ in {"xcomp", "dobj"} or (c.dep_ == "ccomp" and not _a_view(c)) for c in kids):
        return False
    # "on a truce" is what was agreed; "on Friday" (a name) is only when
    preps = {c.lower_ for c in kids if c.dep_ == "prep" and not all(p.pos_ == "PROPN" for p in pobjs(c))}
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in kids) and not preps & TOPIC_PREPS


def _a_view(clause: Token) -> bool:
    """A "that" clause of a verb of agreeing that states a view, not a deal: "agrees with X that
    there is no rush" (not "agreed with X that they would meet again")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and not any(
        c.dep_ == "aux" and c.lower_ in DEAL_MODALS for c in clause.children
    )


def _preparing(cand: Candidate) -> bool:
    """An attack a verb of preparation governs: "prepared to attack", "preparing an assault"."""
    cur = cand.verb
    for _ in range(2):
        if cur.dep_ not in {"xcomp", "dobj"} or cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in PREPARE:
            return True
    return False


def _must(sent: Span, lex: Lexicon, out: list[Candidate], fr: dict[str, str]) -> None:
    """"X said (that) Y must/should do Z": X demands of Y (whatever Z is)."""
    by_token = {c.token.i: c for c in out}
    demand = lex.verbs["demand"][0]
    for tok in sent:
        # "said X is unfit and must resign": a later conjunct of the reported clause demands too
        clause = tok
        while clause.dep_ == "conj" and clause.head != clause and clause.pos_ in {"VERB", "AUX"}:
            clause = clause.head
        if clause.dep_ != "ccomp":
            continue
        say = clause.head
        # "insisted that Pakistan act": a bare subjunctive under a mandative verb is a demand too
        # (the parser may take the bare verb for a noun with a subject: "that X hand over ...")
        bare = tok.tag_ == "VB" or (tok.tag_ == "NN" and any(c.dep_ in SUBJECTS for c in tok.children))
        subjunctive = (
            say.lemma_.lower() in MANDATIVE_VERBS
            and bare
            and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
        )
        if tok.pos_ not in {"VERB", "AUX"} and not subjunctive:
            continue
        if fr.get(say.lemma_.lower()) != "report" and not subjunctive:
            continue
        if not subjunctive and not any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in tok.children):
            continue
        asked = dependents(tok, SUBJECTS | PASSIVE_SUBJECTS)
        if not asked and clause != tok:  # "X is unfit and must resign": the first conjunct's subject
            asked = dependents(clause, SUBJECTS | PASSIVE_SUBJECTS)
        if clause != tok and not any(_actor_like(t) and t.lower_ != "it" for t in asked):
            continue  # "the treaty is old, and it should not harm X": no one is asked
        if (_is_passive(tok) or tok.lemma_ == "be") and not any(_actor_like(t) for t in asked):
            continue  # "the claim should be treated with caution", "the harvest should be good": no one is asked
        if _is_passive(tok) and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
            continue  # "X's wish should not be seen as a threat": how a thing is seen, nothing asked
        if not subjunctive and tok.lemma_.lower() in ATTITUDE_VERBS:
            # "X should not expect Y to help": advice on what to expect; neither it nor the help is an act
            out[:] = [c for c in out if c.token != tok and tok not in c.token.ancestors]
            continue
        if not asked:
            continue
        cand = by_token.get(tok.i)
        if cand is None:
            cand = Candidate(tok, demand, "REQUEST", lex.type_cameo["REQUEST"], None)
            out.append(cand)
        # what Y is asked to do is the content of the demand, not an event of its own
        out[:] = [c for c in out if c is cand or c.token == tok or not _under(tok, c.token)]
        cand.type, cand.cameo = "REQUEST", lex.type_cameo["REQUEST"]
        cand.sources, cand.targets, cand.mutual = subject_of(say), asked, False


def _complement(frame: Token) -> Token | None:
    """What a frame word governs: "hoped (that) X would V", "vowed to V", "no plans to V",
    "committed to developing", "reminded X of its promise"."""
    for c in frame.children:
        if c.dep_ in {"xcomp", "ccomp", "acl"} and c.pos_ in {"VERB", "AUX"}:
            return _seen(c) or c
    for c in frame.children:
        if c.dep_ == "prep" and c.lower_ in FRAME_PREPS:
            held = [g for g in c.children if g.dep_ in {"pcomp", "pobj"}]
            if held:
                return held[0]
    return None


def _seen(verb: Token) -> Token | None:
    """What a perception verb of ``data/frames.tsv`` shows another actor doing: "wants to see Peru
    do more" wants Peru to do more."""
    if frames().get(verb.lemma_.lower()) != "perceive":
        return None
    for c in verb.children:
        if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"} and any(s.dep_ in SUBJECTS for s in c.children):
            return c
    return None


def _summoned_envoy(cand: Candidate) -> bool:
    """An envoy summoned in the passive with no summoner named ("the Dutch ambassador had been
    summoned"): a summons whose trigger names the envoy it calls in."""
    tok = cand.token
    return (
        cand.trigger.pos == "VERB"
        and bool(cand.trigger.objects)
        and tok.lemma_.lower() in SUMMONING
        and _is_passive(tok)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def _actor_like(tok: Token) -> bool:
    """A name, or a noun that names whose it is: "Hanoi", "India's concerns", "the NATO structure"."""
    return tok.pos_ == "PROPN" or owned(tok)


def _own_image(comp: Token) -> bool:
    """A complement that is how its subject is, or is seen, not an act: "to be seen as close to X",
    "to appear weak"."""
    if comp.lemma_.lower() in COPULAS:
        return True
    passive = any(c.dep_ == "auxpass" for c in comp.children)
    return passive and any(c.dep_ == "prep" and c.lower_ == "as" for c in comp.children)


def _causee(comp: Token) -> list[Token]:
    """Whom a coercive causative makes act: "make Mexico pay", "force the rebels to leave"."""
    if comp.lemma_.lower() not in coercive():
        return []
    for c in comp.children:
        if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}:
            done_by = [s for s in c.children if s.dep_ in SUBJECTS] or [o for o in comp.children if o.dep_ == "dobj"]
            return [t for s in done_by for t in conjuncts(s) if _actor_like(t) or t.pos_ == "NOUN"]
    return []


def _directs(frame: Token, comp: Token) -> bool:
    """A reporting or causative verb that makes or asks its object do something: "told Kenya to
    close the border", "forced the rebels to withdraw" -- an active, asserted verb with an object
    and a to-infinitive, not "told reporters that ...", "was forced to resign", "able to force X to"."""
    return (
        comp.dep_ == "xcomp"
        and comp.head == frame
        and infinitive(comp)
        and not _is_passive(frame)
        and not infinitive(frame)
        and any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in frame.children)
        and bool(subject_of(frame))
    )


def _bare_frames(sent: Span, lex: Lexicon, out: list[Candidate]) -> None:
    """A frame word over a verb that is no trigger is the event itself: "hoped Chile would keep
    funding the dam" (a request to Chile), "vowed to seek a settlement with the Kurds" (a promise
    to them), "has no plans to join the Chinese initiative" (a refusal). A wish that another actor
    act ("hoped Chile would sign the accord") is a request to it, whatever the act is."""
    table = frame_events()
    for tok in sent:
        alone, denied = table.get(lemma_of(tok.text, tok.lemma_), ("", ""))
        comp = _complement(tok) if (alone or denied) else None
        if comp is None:
            continue
        if senses.conditioned(tok):
            continue  # "if X were willing to talk": a condition, no promise
        if senses.foreseen_frame(tok, comp):
            continue  # "expects that X will ...", "anticipates that X will commit to Y": a forecast
        effect = frames().get(tok.lemma_.lower())
        # a light verb with an event of its own directs only its object: "ordered X to leave"
        directed = effect in DIRECTIVE_EFFECTS or effect == "light"
        if directed and not _directs(tok, comp):
            continue  # "told reporters that ...", "was forced to resign": no one made or asked to act
        if effect == "light" and not any(
            c.dep_ == "dobj" and _named(c) and c.lemma_.lower() not in FORCES for c in tok.children
        ):
            continue  # "ordered troops to withdraw", "ordered a campaign to ...": no named party made to act
        negated = senses.denied(tok)
        kind = denied if negated else alone
        if kind == "AGREE" and frames().get(comp.lemma_.lower()) == "reject":
            kind = "REJECT"  # "vowed to resist any change": a promise to oppose is a refusal
        inside = [c for c in out if _under(comp, c.token) and c.token != tok]
        own_subject = dependents(comp, SUBJECTS | PASSIVE_SUBJECTS)
        addressed = dependents(tok, {"dobj", "dative"})
        causee = _causee(comp) if kind == "AGREE" else []
        if kind == "COERCE" and _effect_of_clause(tok):
            continue  # "the talks failed, forcing X to stay on", "fighting forced the UN to leave": a cause, no coercer
        if directed and kind == "COERCE":  # "forced Greece to withdraw": Greece is coerced, its act stays
            targets = conjuncts(addressed[0])
            inside = []
        elif causee:  # "vowed to make X pay", "vowed to force X out": a threat to X
            kind, targets = "THREATEN", causee
            inside = [c for c in out if c.token != comp and _under(comp, c.token)]
        elif kind == "REQUEST":
            targets = [
                t for t in (own_subject or addressed) if t.pos_ == "PROPN" or (t.pos_ == "NOUN" and determined(t))
            ]
            if inside and not own_subject and not addressed:
                continue  # "hopes to meet X": the meeting is the event
            if any(c.type in CONFLICT for c in inside):
                continue  # "expects Russia to attack": a forecast, not a wish
            if comp.lemma_.lower() in COPULAS and not inside and not any(
                c.dep_ in {"acomp", "attr"} and frames().get(c.lemma_.lower()) == "agree" for c in comp.children
            ):
                continue  # "expects the terms to become clear": a forecast of a state
        elif kind and not inside:
            if kind == "REJECT" and senses.only_information(comp):
                continue  # "did not want to give his name": information withheld, no one refused
            if kind == "REJECT" and _own_image(comp):
                continue  # "does not want to be seen as close to X": the subject's image, nothing refused
            if kind == "REJECT" and tok.lemma_.lower() in WISH_VERBS and not own_subject and not any(
                c.dep_ == "dobj" and _actor_like(c) for c in comp.children
            ):
                continue  # "did not want to put pressure on X": a wish of its own; "to join X's plan" refuses X
            documents = _deal_nouns(lex)  # "the Minsk Agreement"
            targets = [  # "committed to sending Latvia two frigates in April": Latvia, not April
                t for t in comp.subtree
                if t.dep_ in {"dobj", "pobj", "dative"} and _actor_like(t) and t not in own_subject
                and t.lemma_.lower() not in documents and not _day(t)
            ]
            if kind == "REJECT":  # "does not want the envoy to return": a refusal aimed at the envoy
                targets = own_subject + targets
        else:
            continue
        if not targets:
            continue
        sources = subject_of(tok) if causee else _frame_holder(tok)  # "vowed to make X pay": its subject only
        trig = Trigger(tok.lemma_.lower(), "VERB", kind, None, lex.type_cameo[kind], frozenset(),
                       frozenset(), frozenset(), False)
        out[:] = [c for c in out if c not in inside]
        # "has no plans to ...": the refusal is the having, whose "no" makes it a refusal
        anchor = tok.head if negated and tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
        out.append(Candidate(anchor, trig, kind, lex.type_cameo[kind], None, sources, targets, denial=negated))


def _effect_of_clause(verb: Token) -> bool:
    """Is a causative the effect of what happened, no one's coercion: a participle after a
    clause with no subject of its own ("no candidate won, forcing X to stay on"), or one whose
    subject is fighting or a like event ("fighting in the south forced the UN to withdraw")?"""
    if senses.result_participle(verb):
        return True
    subjects = dependents(verb, SUBJECTS)
    return bool(subjects) and all(s.lower_ in CAUSE_NOUNS for s in subjects)


def _frame_holder(frame: Token) -> list[Token]:
    """Who holds a frame word: its subject ("X vowed to ..."), the owner of a frame noun ("X's
    pledge to ..."), or the subject of "is committed to ...", "is willing to ..."."""
    sources = subject_of(frame) if frame.pos_ != "NOUN" else _noun_owner(frame)
    if not sources and frame.tag_ == "VBN":  # "is committed to ..."
        sources = dependents(frame, PASSIVE_SUBJECTS | SUBJECTS)
    if not sources and frame.dep_ == "acomp":
        sources = subject_of(frame.head)
    return sources


def _weapon_subject(verb: Token) -> Token | None:
    """The subject of an active verb when it is a weapon or a blast, not an actor: "a car bomb
    exploded", "a blast ripped through the market", "a car laden with explosives blew up"."""
    if _is_passive(verb):
        return None
    for c in verb.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN":
            words = {c.lemma_.lower()} | {
                t.lemma_.lower() for t in c.subtree if t.dep_ in {"compound", "pobj"} and t.pos_ == "NOUN"
            }
            return c if words & WEAPON_NOUNS else None
    return None


def _accidental(blast: Token) -> bool:
    """ "a gas explosion", "an accidental blast at a chemical plant": an accident, not an attack
    (unless a weapon is named: "a bomb at a chemical plant")."""
    words = {t.lemma_.lower() for t in blast.subtree}
    return bool(words & ACCIDENT_WORDS) and not words & (WEAPON_NOUNS - BLAST_NOUNS)


def _struck_works(verb: Token, blast: Token) -> bool:
    """ "an explosion hit the nuclear plant": a blast of no named weapon at works of the kind
    that blow up by themselves is an accident."""
    named = {t.lemma_.lower() for t in blast.subtree}
    if blast.lemma_.lower() not in BLAST_NOUNS or named & (WEAPON_NOUNS - BLAST_NOUNS):
        return False
    struck = [t for c in verb.children if c.dep_ in OBJECTS for t in c.subtree]
    return bool({t.lemma_.lower() for t in struck} & ACCIDENT_WORDS)


def _blaze(noun: Token) -> bool:
    """ "died in a fire": a fire with nothing naming its guns or who fired it is a blaze (not
    "died in artillery fire", "in fire from the militants")."""
    return noun.lemma_.lower() in BLAZE_NOUNS and not any(
        c.dep_ in {"compound", "amod", "poss"} or (c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"})
        for c in noun.children
    )


def _weapon_candidate(tok: Token, trig: Trigger, weapon: Token) -> Candidate:
    """An attack told by its weapon: the weapon's owner, if named ("an Israeli missile"), is the
    actor (else the weapon stands in its place, no actor but where it was: "a mine near Gao");
    what it hit is its object, else the place it went off ("near a police station")."""
    targets = [t for c in tok.children if c.dep_ in OBJECTS and c.pos_ in {"NOUN", "PROPN"} for t in conjuncts(c)]
    if not targets:
        targets = prep_objects(tok, STRUCK_PREPS)
    return Candidate(tok, trig, trig.type, trig.cameo, None, _frame_owners(weapon) or [weapon], targets, False)


def _death_candidate(tok: Token, trig: Trigger) -> Candidate | None:
    """ "died in a bomb blast", "were among those who perished in an attack by X": the dead are
    hit by the attack they died in (its owner, if named, attacks); dying elsewhere is no event."""
    nouns = load_lexicon().nouns
    for o in prep_objects(tok, ATTACK_PREPS):
        words = {o.lemma_.lower()} | {m.lemma_.lower() for m in o.children if m.dep_ == "compound"}
        if _accidental(o) or _blaze(o):
            return None
        if words & WEAPON_NOUNS or any(t.type == "ASSAULT" for t in nouns.get(o.lemma_.lower(), [])):
            by = [p for q in o.children if q.dep_ in {"prep", "agent"} and q.lower_ == "by" for p in pobjs(q)]
            return Candidate(tok, trig, trig.type, trig.cameo, None, by or _frame_owners(o), subject_of(tok))
    return None


def _shielded(verb: Token) -> bool:
    """A "from" gerund in the passive: what is stopped is done to the object, not by it ("saved
    them from being deported", "blocked the nominee from being approved")."""
    return any(
        g.dep_ == "pcomp" and any(a.dep_ == "auxpass" for a in g.children)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
    )


def _their_people(verb: Token, trig: Trigger) -> list[Token]:
    """The named states whose people a recipient object counts, where the object word alone
    is too vague to be the recipient: "barred citizens of Iran and Iraq from entering"."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ not in OBJECTS or c.lemma_.lower() not in trig.excluded:
            continue
        named = [o for o in prep_objects(c, {"of", "from"}) if o.pos_ == "PROPN"]
        out.extend(t for o in named for t in conjuncts(o) if t not in out)
    return out


def _others_act(verb: Token, trig: Trigger) -> bool:
    """Is the act the verb's object names done "by" someone else: "ended a protest by students"?"""
    return any(
        p.dep_ in {"prep", "agent"} and p.lower_ == "by" and any(pobjs(p))
        for o in verb.children
        if o.dep_ == "dobj" and o.lemma_.lower() in trig.objects
        for p in o.children
    )


def _verb_candidate(tok: Token, entries: list[Trigger]) -> Candidate | None:
    if tok.lemma_.lower() in DEATH_VERBS:
        return _death_candidate(tok, entries[0])
    objs = _object_lemmas(tok)
    parts = _particles(tok) | _gerund_preps(tok)
    parts |= {  # "dismissed the group as puppets": the predicative "as" may hang on the object
        p.lower_ for o in tok.children if o.dep_ in OBJECTS for p in o.children if p.dep_ == "prep" and p.lower_ == "as"
    }
    # "welcomed the Somali president to Nairobi", "welcomed Merkel to the White House": the "to" that
    # goes with the verb may follow a long object, or hang on a named one (not "contributions to X")
    held = [tok, *(o for o in tok.children if o.dep_ in OBJECTS and o.pos_ == "PROPN")]
    parts |= {p.lower_ for h in held for p in h.children if p.dep_ == "prep" and p.i > tok.i} & FAR_PARTICLES
    weapon = _weapon_subject(tok)
    if weapon is not None:  # "the bomb went off", "a blast rocked the city": the weapon stands for the thing
        objs = objs | {weapon.lemma_.lower()}
    for trig in entries:
        named_by_prep = False
        if trig.objects and trig.needs_prep:
            # "took to the streets", "removed the interior minister as head": what the needed
            # preposition must name, whatever the object is
            if not trig.objects & {o.lemma_.lower() for o in prep_objects(tok, trig.needs_prep)}:
                continue
            named_by_prep = True  # "removed the president of the republic from office": however far
        elif trig.objects and not (trig.objects & objs):
            continue
        if trig.needs_prep and not (trig.needs_prep & parts) and not named_by_prep:
            continue
        if trig.type == "CONCEDE" and _others_act(tok, trig):
            continue  # "police ended a protest by students": the protesters conceded nothing
        if trig.object_is_recipient and "from" in trig.needs_prep and _shielded(tok):
            continue  # "kept the refugees from being deported", "blocked her from being approved"
        if trig.modifiers and not (trig.modifiers & _modifiers(tok)):
            continue
        if trig.excluded & objs and not (trig.object_is_recipient and _their_people(tok, trig)):
            continue  # "kill any hope", "curb emissions": no one is attacked
        if not objs and trig.excluded & {o.lemma_.lower() for o in prep_objects(tok, trig.preps)}:
            continue  # "fought against corruption": what the recipient's preposition names rules it out too
        if trig.type == "ASSAULT" and trig.needs_prep and objs & READMITTED:  # "took back the refugees"
            continue
        break
    else:
        return None
    nominal = tok.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} and any(c.dep_ == "det" for c in tok.children)
    if tok.tag_ == "VBN" and (tok.dep_ == "amod" or nominal):
        return None  # "the encircled city", "flew out the injured": a participle used as an adjective or noun
    if weapon is not None and trig.type == "ASSAULT":
        if _accidental(weapon) or _struck_works(tok, weapon):
            return None
        return _weapon_candidate(tok, trig, weapon)
    stative = _stative(tok)
    passive = _is_passive(tok) and not stative
    if tok.dep_ == "amod" and tok.tag_ == "VBG":  # "visiting Japanese Foreign Minister X": X visits
        return Candidate(tok, trig, trig.type, trig.cameo, None, conjuncts(tok.head), [], False)
    under = _came_under(tok)
    if under is not None:  # "the post came under shelling by X"
        return Candidate(tok, trig, trig.type, trig.cameo, None, *under)
    visitor = _attributive(tok)
    if visitor:  # "Visiting Thai Premier X met ...", parsed as a clause with X its object
        return Candidate(tok, trig, trig.type, trig.cameo, None, visitor, [], False)
    sources = subject_of(tok)
    if not sources and passive and tok.lemma_.lower() in SUMMONING:
        # "the envoy was summoned to the Turkish foreign ministry": the ministry's state summoned
        sources = [o for o in prep_objects(tok, {"to"}) if _actor_like(o)]
    site = _attack_site(sources[0]) if tok.dep_ == "relcl" and sources else None
    if site is not None and _claimant_of(site):
        sources = [site]  # "the author of a bombing at a cafe that killed nine": the bombing killed
    if sources and sources[0].pos_ == "NOUN":  # "the bombing that killed ten soldiers", claimed by X: X
        sources = _claimant_of(sources[0]) or sources
    skip: set[int] = set()
    targets, mutual = _targets(tok, trig, skip)
    if trig.object_is_recipient and trig.excluded:  # "citizens of Iran": Iran
        people = _their_people(tok, trig)
        if people:
            targets = [t for t in targets if t.lemma_.lower() not in trig.excluded] + people
    if trig.objects and not trig.object_is_recipient:  # a thing signed or sent: the recipient is in a preposition
        # "withdrew from the alliance": a needed preposition that names the recipient keeps it
        named = trig.preps & trig.needs_prep
        targets = [
            t
            for t in targets
            if (t.lemma_.lower() not in trig.objects or (t.dep_ == "pobj" and t.head.lower_ in named))
            and not (t.dep_ == "dobj" and t.pos_ == "NOUN")
        ]
        for c in tok.children:
            if c.dep_ in OBJECTS and c.lemma_.lower() in trig.objects:
                more, m2 = _targets(c, trig, skip)
                # "released the body of the dead man to X": the parser may hang "to X" on the "of" noun
                more += [
                    t for o in prep_objects(c, {"of"}) for t in _targets(o, trig, skip)[0] if t.dep_ == "pobj"
                ]
                targets.extend(t for t in more if t.dep_ != "dobj")
                mutual = mutual or m2
            elif c.dep_ in OBJECTS and not targets:  # "40 million euros of aid for Chile"
                targets.extend(p for q in c.subtree if q.dep_ == "prep" and q.lower_ in trig.preps for p in pobjs(q))
        if not targets:  # "released the British tanker", "allowed the return of UN inspectors": whose thing
            for c in tok.children:
                if c.dep_ != "dobj":
                    continue
                held = [c, *prep_objects(c, {"of"})]
                targets.extend(h for h in held if owned(h))
            if stative:  # "is opposed to Argentine mediation"
                targets.extend(
                    o
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ in STATIVE_PREPS
                    for o in pobjs(c)
                    if owned(o)
                )
    if trig.object_is_recipient and "from" in trig.preps:
        # "recaptured the port from X", "took back the town from X": X, not the port
        held = [t for t in targets if t.dep_ == "dobj" and t.pos_ == "NOUN"]
        losers = [p for h in held for p in prep_objects(h, {"from"})]
        losers += [t for t in targets if t.dep_ == "pobj" and t.head.lower_ == "from"]
        if held and losers:
            targets = losers
    if not trig.objects:  # "broke off relations with X", "pledged $5m in aid to X": it hangs on the object
        for c in tok.children:
            if c.dep_ == "dobj" and c.pos_ == "NOUN":
                more, m2 = _targets(c, trig, skip)
                targets.extend(t for t in more if t.dep_ == "pobj")
                mutual = mutual or m2
                if not m2 and not any(t.dep_ == "pobj" for t in more):
                    targets.extend(
                        p for q in c.subtree if q.dep_ == "prep" and q.lower_ in trig.preps and q.head != c
                        for p in pobjs(q)
                    )
    if not trig.objects:  # "agreed to a prisoner swap with X", "agreed on a truce with X": X, not the truce
        for o in prep_objects(tok, TOPIC_PREPS):
            partners = prep_objects(o, trig.preps - TOPIC_PREPS)
            if partners and o.pos_ == "NOUN" and not owned(o):
                targets = [t for t in targets if t != o] + partners
    if trig.type in DISAPPROVING and not targets:
        # "condemned as an outrage Peru's raid": the parser hangs the object on the "as" phrase
        targets = [a for o in prep_objects(tok, {"as"}) for a in o.children if a.dep_ == "appos" and owned(a)]
    if trig.type in DISAPPROVING and not any(t.pos_ == "PROPN" for t in targets):
        # "alleged harassment by the US", "condemned the invasion by X": the doer is the recipient;
        # also of an object the parser hung on the verb's particle ("brushed off calls by X")
        held = [c for c in tok.children if c.dep_ in OBJECTS]
        held += [
            o for c in tok.children if c.dep_ in {"prep", "prt"} and c.lower_ in trig.needs_prep for o in pobjs(c)
        ]
        for c in held:
            if c.pos_ == "NOUN":
                by = [q for q in c.children if q.dep_ in {"prep", "agent"} and q.lower_ == "by"]
                targets.extend(p for q in by for p in pobjs(q))
    if trig.type == "REQUEST" and not any(t.pos_ == "PROPN" for t in targets):
        # "called for an embargo against X", "for an inquiry into X": the demand's recipient
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                for o in pobjs(c):
                    if any(m.dep_ in {"compound", "poss"} and m.pos_ == "PROPN" for m in o.children):
                        targets.append(o)  # "called for an AU summit"
                        continue
                    targets.extend(prep_objects(o, COMPLEMENT_PREPS))
                    # "called for the release of the Turkish journalist": the one the act is about;
                    # "for the resignation of the cabinet": the one asked to act
                    asked = o.lemma_.lower() in ASKED_ACTS
                    targets.extend(p for p in prep_objects(o, {"of"}) if asked or _actor_like(p))
                # "called for suspending X", "for expelling X's envoys": the one the act would hit
                targets.extend(
                    t for g in c.children if g.dep_ == "pcomp" for o in g.children
                    if o.dep_ == "dobj" and _actor_like(o) for t in conjuncts(o)
                )
    if not targets:  # "threatened to shut off gas supplies to X": the complement's recipient
        for c in tok.children:
            if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}:
                helped = [g for g in c.children if g.dep_ == "nsubj" and g.i < c.i and g.pos_ in {"NOUN", "PROPN"}]
                if helped:  # "helped the army to push back X": the army, parsed as the subject
                    targets.extend(conjuncts(helped[0]))
                    continue
                for g in c.children:
                    if g.dep_ in OBJECTS and g.pos_ in {"NOUN", "PROPN"}:
                        targets.extend(conjuncts(g))
                        # "break off relations with X", "shut off water to X"
                        targets.extend(prep_objects(g, COMPLEMENT_PREPS))
                    elif g.dep_ == "prep" and g.lower_ in COMPLEMENT_PREPS:
                        targets.extend(pobjs(g))
    targets = _claimant(tok) or targets
    if tok.lemma_.lower() in BLAMED_VERBS and not _is_passive(tok):
        # "blamed the failed raid on the generals": the one it is blamed on (the last "on")
        held = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        on = sorted(
            (p for h in held for p in prep_objects(h, {"on"})),
            key=lambda t: t.i,
        )
        if on and (_actor_like(on[-1]) or on[-1] in targets):
            targets = conjuncts(on[-1])
    if not targets and trig.objects and trig.preps:  # "sent tanks by train to X": X
        holders = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
        targets = [p for h in holders for o in prep_objects(h, MEANS_PREPS) for p in prep_objects(o, trig.preps)]
    claimed = _claimed_attacks(tok, trig)
    if _a_claim(tok, trig) and not claimed:
        return None  # "took responsibility for the defeat": no attack
    if claimed:  # "claimed responsibility for the bombing of a hotel in X": whom or where it hit
        targets = [p for a in claimed for p in prep_objects(a, CLAIMED_PREPS)] or claimed
    if trig.type in DISAPPROVING and (not targets or all(t.lower_ in RELATIVE | {"what"} or t.pos_ == "PRON"
                                                         for t in targets)):
        targets = _what_it_called(tok) if _names_what(tok) else targets
    if not targets and tok.dep_ == "acl" and _clause_apposition(tok.head):
        targets = subject_of(tok.head.head)  # "X charged that Y meddled, a claim Z rejected": Z answers X
    # "demanding that Prime Minister X step aside ...": X (but "denied that X fired" answers an accuser)
    if not targets and not passive and CLAUSE_OBJECT not in trig.objects:
        for c in tok.children:
            if c.dep_ == "ccomp" and frames().get(c.lemma_.lower()) != "report":  # not "what it said"
                targets = dependents(c, SUBJECTS | PASSIVE_SUBJECTS)
                break
    if stative:  # "X is opposed to Y": X opposes Y
        sources = _own_subjects(tok)
        targets = [t for t in targets if t.dep_ not in PASSIVE_SUBJECTS | SUBJECTS]
    if passive and not sources and trig.type in RELEASING:
        # "sailors held in X were allowed to leave", "those barred from leaving X were freed": X
        sources = _holder(tok)
    in_attack = _attack_owner(tok) if passive and not sources else []
    sources = sources or in_attack
    if passive:
        undergoer = (
            dependents(tok, PASSIVE_SUBJECTS)
            or [t for c in _participle_subject(tok) for t in conjuncts(c)]
            or (dependents(tok.head, PASSIVE_SUBJECTS) if shared_passive(tok) else [])  # "were held and charged"
        )
        if tok.dep_ == "acl" and in_attack and not undergoer:  # "police killed in an X ambush": the police
            undergoer = conjuncts(tok.head)
        if (
            agent_participle(tok)
            and not undergoer
            and tok.head.pos_ in {"NOUN", "PROPN"}
            and trig.type not in {"CONSULT", "AGREE"}  # "talks hosted by X", "a deal offered by X": things
            # "soil occupied by X": a standing state, no act of the sentence
            and tok.head.lemma_.lower() not in TERRITORY_WORDS | HELD_GROUND
        ):
            undergoer = conjuncts(tok.head)  # "rebels backed by X and Y": the rebels, not each other
        others = [t for t in targets if t.dep_ not in PASSIVE_SUBJECTS]
        moved_to = [t for t in others if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head == tok]
        if (trig.objects or moved_to) and not trig.object_is_recipient and others:
            undergoer = []  # "the ship was released to X", "were handed over to X": X is the recipient
        targets = undergoer + others
    if tok.lemma_.lower() in TOPIC_VERBS:  # "discussed the situation in X": the topic, not a partner
        topic = {t.i for c in tok.children if c.dep_ in OBJECTS for t in c.subtree}
        partners = [t for t in targets if t.i not in topic or (t.dep_ == "pobj" and t.head.lower_ in trig.preps)]
        if partners or mutual or several(sources):
            targets = partners
    if CLAUSE_OBJECT in trig.objects:  # "denied that its jets bombed Idlib": what is denied names no recipient
        inside = {t.i for c in tok.children if clause_object(c) for t in c.subtree}
        targets = [t for t in targets if t.i not in inside]
    if trig.flip:
        sources, targets = targets[:1], sources
        if not sources and targets and not trig.preps:  # '"X is playing with fire," Y said': who says so
            sources = _speaker(tok) or (subject_of(tok.head) if tok.dep_ == "ccomp" else [])
    blamed = _to_blame(tok)
    if blamed:  # "X's mismanagement is to blame for ...": X is blamed, by whoever says so
        sources, targets = _speaker(tok.head), blamed
    # "the body was released to X", "the suspect may be handed over to X": the thing or person
    # moved is no side; whoever held it (the story's side) gave it to X
    handed = passive and not sources and trig.type not in CONFLICT and any(
        t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head == tok for t in targets
    )
    return Candidate(tok, trig, trig.type, trig.cameo, None, sources, targets, mutual, implicit_source=handed)


def _to_blame(verb: Token) -> list[Token]:
    """ "X is to blame for the crisis", "X was partly to blame": X is the one blamed."""
    head = verb.head
    if verb.lemma_.lower() not in BLAMED_VERBS or verb.dep_ not in {"xcomp", "advcl"} or head.lemma_ != "be":
        return []
    if not infinitive(verb):
        return []
    return dependents(head, SUBJECTS)


def _speaker(clause: Token) -> list[Token]:
    """Who says ``clause``, if it is reported: "the opposition says X is ...": the opposition."""
    verb = reporting_verb(clause)
    return subject_of(verb) if verb is not None else []


def _speaks_for(pronoun: Token, speaker: Token) -> bool:
    """'"We keep reminding them," he said': the "we" of a quotation is its speaker, even when the
    speaker is himself told by a pronoun that points back to someone named before."""
    return pronoun.lower_ in senses.FIRST_PERSON and speaker.lower_ in SPEAKER_PRONOUNS


def _claimant(verb: Token) -> list[Token]:
    """ "recognised the islands as part of Japan", "as Japanese territory": the state the place
    is said to belong to is what the act concerns."""
    for o in prep_objects(verb, {"as"}):
        if o.lemma_.lower() in PART_WORDS:
            # not "deported them as part of a deal with X": a place or a state's own land
            of = [p for p in prep_objects(o, {"of"}) if p.pos_ == "PROPN" or owned(p)]
            return of or _frame_owners(o)
    return []


def _a_claim(verb: Token, trig: Trigger) -> bool:
    """ "claimed responsibility", "took credit": an attack claimed (not "took back the town")."""
    return trig.type == "ASSAULT" and verb.lemma_.lower() in CLAIM_VERBS and bool(trig.objects & CLAIMED_OBJECTS)


def _claimed_attacks(verb: Token, trig: Trigger) -> list[Token]:
    """ "claimed responsibility for the attack": the attack, when the trigger is such a claim."""
    if not _a_claim(verb, trig):
        return []
    nouns = load_lexicon().nouns
    return [
        p
        for o in verb.children
        if o.dep_ == "dobj" and o.lemma_.lower() in trig.objects
        for p in prep_objects(o, {"for"})
        if any(t.type == "ASSAULT" for t in nouns.get(p.lemma_.lower(), []))
        or p.lemma_.lower() in WEAPON_NOUNS | BLAST_NOUNS
    ]


def _perpetrator_of(noun: Token) -> list[Token]:
    """ "X was named as the author of the raid", "X, the mastermind of the bombing",
    "the organiser of the raid, X": X did it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in DOER_NOUNS:
        return []
    doer = prep.head
    named = [a for a in doer.children if a.dep_ == "appos"]
    if named:
        return conjuncts(named[0])
    if doer.dep_ == "appos":
        return conjuncts(doer.head)
    if doer.dep_ in {"attr", "oprd"} or (doer.dep_ == "pobj" and doer.head.lower_ == "as"):
        verb = doer.head if doer.dep_ != "pobj" else doer.head.head
        if verb.pos_ in {"VERB", "AUX"}:
            return dependents(verb, SUBJECTS | PASSIVE_SUBJECTS)
    return []


def _claimant_of(noun: Token) -> list[Token]:
    """ "X claimed responsibility for the bombing [that killed ...]": X is the bombing's doer."""
    doer = _perpetrator_of(noun)
    if doer:
        return doer
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.dep_ != "dobj":
        return []
    verb = prep.head.head
    if verb.lemma_.lower() not in CLAIM_VERBS or prep.head.lemma_.lower() not in CLAIMED_OBJECTS:
        return []
    return subject_of(verb)


def _names_what(verb: Token) -> bool:
    """ "condemned what it called ...": the object is a free relative naming the act."""
    return any(c.dep_ == "ccomp" and any(t.lower_ == "what" for t in c.subtree) for c in verb.children)


def _what_it_called(verb: Token) -> list[Token]:
    """ "condemned what it called an unprovoked raid by X", "what it said were abuses by X": the
    doer of the thing named (its by-agent or owner), not the speaker of the naming."""
    for c in verb.children:
        if c.dep_ != "ccomp" or not any(t.lower_ == "what" for t in c.subtree):
            continue
        for named in c.subtree:
            if named.dep_ not in {"oprd", "attr"} or named.pos_ not in {"NOUN", "PROPN"}:
                continue
            by = [p for q in named.children if q.dep_ in {"prep", "agent"} and q.lower_ == "by" for p in pobjs(q)]
            return by or _frame_owners(named) or ([named] if named.pos_ == "PROPN" else [])
    return []


def struck_site(noun: Token) -> bool:
    """Does the noun name a place an act struck, as the object of "on", "in", "at" or "near": "an
    attack on a market", "a blast at a mosque that killed five"?"""
    return noun.dep_ == "pobj" and noun.head.lower_ in {"on", "in", "at", "near"} and noun.pos_ == "NOUN"


def _attack_site(noun: Token) -> Token | None:
    """The attack whose place ``noun`` is: "an attack on a market", "the bombing at the station"."""
    if not struck_site(noun):
        return None
    act = noun.head.head
    if act.pos_ != "NOUN" or not any(t.type == "ASSAULT" for t in load_lexicon().nouns.get(act.lemma_.lower(), [])):
        return None
    return act


def _attack_owner(verb: Token) -> list[Token]:
    """ "officers were killed in an IS bombing", "killed in a Shabaab ambush": the attack's owner."""
    nouns = load_lexicon().nouns
    return [
        m
        for o in prep_objects(verb, ATTACK_PREPS)
        if any(t.type == "ASSAULT" for t in nouns.get(o.lemma_.lower(), []))
        for m in _frame_owners(o)
    ]


def _came_under(tok: Token) -> tuple[list[Token], list[Token]] | None:
    """ "The post came under shelling by X", "came under fire from X": X attacks the post."""
    prep = tok.head
    if tok.dep_ in {"advcl", "xcomp"} and tok.head.lemma_.lower() == "come":
        # "came under mortar shelling by X", the parser taking "shelling" for a verb of its own
        prep = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "under" and c.i < tok.i), prep)
    elif tok.dep_ not in {"pobj", "pcomp"}:
        return None
    if prep.lower_ != "under" or prep.head.lemma_.lower() != "come":
        return None
    doers = [
        p for c in [*tok.children, *prep.head.children]  # the parser may hang "by X" on "came"
        if c.dep_ in {"prep", "agent"} and c.lower_ in DOER_PREPS for p in pobjs(c)
    ]
    hit = dependents(prep.head, SUBJECTS)
    return (doers, hit) if doers and hit else None


def _adjunct_subject(noun: Token) -> list[Token]:
    """The subject of the clause a noun trigger is an adjunct of: "Following talks with the
    Thai premier, the envoy said ...": the envoy."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ADJUNCT_PREPS or prep.head == prep:
        return []
    clause = prep.head
    if clause.pos_ not in {"VERB", "AUX"}:
        return []
    return dependents(clause, SUBJECTS)


def _paired_adjectives(noun: Token) -> list[Token]:
    """ "the Chilean and Bolivian presidents": the two national adjectives stand for the sides."""
    first = [c for c in noun.children if c.dep_ == "amod" and c.text[:1].isupper()]
    if not first:
        return []
    more = [c for c in first[0].children if c.dep_ == "conj" and c.text[:1].isupper()]
    return [first[0], *more] if more else []


def _asked_in_for_clause(head: Token) -> list[Token]:
    """The subject of a "for" clause hung on a demand noun or its light verb: "calls for Sessions to
    resign"."""
    return [
        t
        for c in head.children
        if c.dep_ in {"advcl", "acl", "relcl", "ccomp"}
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for s in c.children
        if s.dep_ in SUBJECTS
        for t in conjuncts(s)
    ]


def _destination(verb: Token) -> list[Token]:
    """The named place a verb of going reaches: "headed to Beijing", "arrived in Cairo" (a verb
    with a subject, not a noun's "to")."""
    if verb.pos_ != "VERB" or not dependents(verb, SUBJECTS | PASSIVE_SUBJECTS) and verb.dep_ != "xcomp":
        return []
    return [o for o in prep_objects(verb, {"to", "in"}) if o.pos_ == "PROPN"]


def _named_recipient(noun: Token, targets: list[Token]) -> bool:
    """A noun whose preposition names whom it hits, made anew: "a ban on Iranian travellers",
    not "his travel ban" (one already known) nor "a ban on smoking"."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    return any(_named(t) for t in targets)


def _named(tok: Token) -> bool:
    """A name, an owned noun, or a noun a proper adjective or a name places: "Iranian travellers",
    "citizens of Iran"."""
    return (
        _actor_like(tok)
        or any(m.dep_ in {"amod", "compound"} and m.text[:1].isupper() for m in tok.children)
        or any(o.pos_ == "PROPN" for o in prep_objects(tok, {"of", "from"}))
    )


def happening(verb: Token) -> bool:
    """Does ``verb``, with an event noun as its subject, tell the event happening ("protests erupted
    in X", "there were riots") or going on ("protests continued in X", with no object)?"""
    if frames().get(verb.lemma_.lower()) == "occur":
        return True
    return verb.lemma_.lower() in ASPECT_VERBS and not any(c.dep_ in {"dobj", "xcomp"} for c in verb.children)


def _walkout(cand: Candidate, lex: Lexicon) -> Trigger | None:
    """The labour-protest sense of a strike whose doers are workers ("doctors began a strike",
    "it is illegal for police to strike", "a strike by nurses"), if the word has one."""
    doers = {w.lemma_.lower() for h in cand.sources for w in (h, *(c for c in h.children if c.dep_ == "compound"))}
    if not doers & WORKER_NOUNS:
        return None
    meanings = lex.nouns.get(cand.token.lemma_.lower(), [])
    return next((t for t in meanings if t.type == "PROTEST" and (t.mode == "boycott" or not t.modifiers)), None)


def _blamed_for(noun: Token) -> bool:
    """Is ``noun`` the reason a blame is put for ("put the blame for the attack on X")? Whose act it
    was, the blame says, not the one who puts it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return False
    holder = prep.head
    return holder.lemma_.lower() in REASON_NOUNS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in REASON_NOUNS for c in holder.children
    )


def _noun_candidate(tok: Token, entries: list[Trigger], fr: dict[str, str]) -> Candidate | None:
    head = tok.head
    if _blamed_for(tok):
        return None
    carrier = head.lemma_.lower() if tok.dep_ in {"dobj", "nsubjpass"} else ""
    of_object = (
        tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB"
    )
    if of_object:
        carrier = head.head.head.lemma_.lower()  # "handed over a note of protest": carried by "handed"
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod"}}
    mods |= {o.lemma_.lower() for o in prep_objects(tok, {"of"})}
    entries = [t for t in entries if not t.excluded & mods]  # "campaign rallies" are no protest
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if tok.dep_ == "dobj" and fr.get(head.lemma_.lower()) == "light":
        # "voiced opposition to X" parsed with "to X" on the verb: still the noun's phrase
        preps |= {c.lower_ for c in head.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1}
    owned_by = any(c.dep_ == "poss" for c in tok.children)
    # "opposition to the plan", "China's opposition": a stance; "the (Russian) opposition" is a group
    entries = [t for t in entries if not t.needs_prep or t.needs_prep & preps or owned_by]
    named = {o.lemma_.lower() for o in prep_objects(tok, {p for t in entries for p in t.needs_prep})}
    # "withdrawal from the bloc": the needed preposition names one of the trigger's words
    trig = next((t for t in entries if t.needs_prep and t.objects and t.objects & named), None)
    entries = [t for t in entries if not (t.needs_prep and t.objects)]
    trig = trig or next((t for t in entries if t.modifiers and t.modifiers & mods), None)  # "hunger strike"
    trig = trig or next((t for t in entries if t.objects and carrier in t.objects), None)
    if trig is None:
        generic = [t for t in entries if not t.objects and not t.modifiers]
        if not generic:
            return None
        trig = generic[0]
    carried = trig.objects and not trig.needs_prep  # "withdrawal from the bloc": its words name no carrier
    if carried and (tok.dep_ in {"dobj", "nsubjpass"} or of_object):  # its own carrier verbs are light verbs
        fr = {**fr, carrier: "light"}  # "declared a ceasefire", "offered condolences"
    effect = fr.get(head.lemma_.lower())
    light = None
    sources: list[Token] = []
    if (
        tok.dep_ in {"dobj", "nsubjpass"}
        and head.pos_ in {"VERB", "AUX"}
        and effect in {"light", "agree", "reject", "threaten", "request"}
        and not (effect == "request" and tok.dep_ == "nsubjpass")  # "the meeting was requested by X": X asks
    ):
        light = head
        sources = subject_of(head)
    elif tok.dep_ == "nsubj" and happening(head):
        light = head  # "protests erupted in X", "protests continued in X"
    elif tok.dep_ == "attr" and effect == "occur" and any(c.dep_ == "expl" for c in head.children):
        light = head  # "there were riots in X"
    elif (
        tok.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ not in ADJUNCT_PREPS  # not "during his visit to X, he reaffirmed ..."
        and head.head.pos_ == "VERB"
        and (
            fr.get(head.head.lemma_.lower()) == "light"
            or any(c.dep_ == "dobj" and c.lemma_.lower() in LIGHT_OBJECTS for c in head.head.children)
        )
    ):
        light = head.head  # "carried out attacks on", "held talks with" (rare attachments)
        sources = subject_of(light)
    elif (
        tok.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in STATE_PREPS
        and head.head.lemma_.lower() == "be"
        and trig.type == "CONSULT"
    ):
        light = head.head  # "Turkey is in talks with Russia": Turkey talks
        sources = subject_of(light)
    elif (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.dep_ == "dobj"
        and head.head.head.pos_ == "VERB"
        and fr.get(head.head.head.lemma_.lower()) == "light"
    ):
        light = head.head.head  # "launched a wave of attacks", "held a round of talks"
        sources = subject_of(light)
    elif (
        tok.dep_ == "pobj"
        and head.lower_ == "for"
        and trig.type == "CONSULT"
        and not prep_objects(tok, {"of", "about"})  # not "talk of a rate cut"
        and _destination(head.head)
    ):
        light = head.head  # "flew to Moscow for talks": the traveller talks, there
        sources = subject_of(light)
    by = [p for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" for p in pobjs(c)]
    owner = by or [
        c
        for c in tok.children
        if c.dep_ == "poss"
        or (c.dep_ in {"amod", "compound"} and c.pos_ == "PROPN")
        or (c.dep_ in {"amod", "compound"} and c.pos_ == "ADJ" and c.text[:1].isupper())  # "Israeli", not "major"
    ]
    if owner and (not sources or bool(trig.needs_prep and trig.objects)):
        sources = owner  # "Paris welcomed Gambia's withdrawal from the bloc": Gambia withdraws
    targets, mutual = _targets(tok, trig, set())
    if not any(t.pos_ == "PROPN" for t in targets):  # "a suspension of flights to X", "withdrawal of forces from X"
        for o in prep_objects(tok, {"of"}):
            more, m2 = _targets(o, trig, set())
            targets.extend(t for t in more if t.dep_ == "pobj")
            mutual = mutual or m2
    if not targets and tok.lemma_.lower() in REASON_NOUNS:  # "put the blame for the blast on X": X's
        for o in [o for h in (tok, light) if h is not None for o in prep_objects(h, {"for"})]:
            targets.extend(t for t in _targets(o, trig, set())[0] if t.dep_ == "pobj")
    if not targets and trig.type == "REQUEST":  # "its call for Israel to halt ...": Israel is asked
        targets = _asked_in_for_clause(tok) or (_asked_in_for_clause(light) if light is not None else [])
    if light is not None:
        carried = {c.i for c in light.children if c.dep_ == "dobj" and c.lemma_.lower() in LIGHT_OBJECTS}
        more, m2 = _targets(light, trig, {tok.i} | carried)
        # "put X under arrest", "placed X on alert": with the noun in a preposition, the object counts
        # "handed the envoy a protest note", "paid X a visit": the indirect object receives it
        targets.extend(
            t
            for t in more
            if t.dep_ not in OBJECTS or tok.dep_ == "pobj" or (t.dep_ in {"dative", "iobj"} and tok.dep_ == "dobj")
        )
        mutual = mutual or m2
        if not targets and not sources:
            targets = _between(light, tok)
            mutual = bool(targets)
        if not targets and tok.dep_ == "pobj" and head.lower_ == "for":
            targets = _destination(light)
    under = _came_under(tok)
    if under is not None:  # "the post came under shelling by X"
        return Candidate(tok, trig, trig.type, trig.cameo, None, *under)
    if trig.object_is_recipient and not _named_recipient(tok, targets):
        return None  # "ordered his travel ban", "announced a ban on smoking": no one named is hit
    adjunct = _adjunct_subject(tok) if trig.type == "CONSULT" else []  # not "after an attack on X, Y said"
    if light is None and adjunct and targets and not owner and not (mutual and len(targets) >= 2):
        # "after talks with X, Y said ...": Y; not "during a meeting between X and Z, Y arose"
        return Candidate(tok, trig, trig.type, trig.cameo, None, adjunct, targets, mutual)
    if light is None and tok.dep_ == "dobj" and head.lemma_.lower() in TOPIC_VERBS:
        return None  # "discussed the sanctions on X": a topic, not an act
    if light is None and not targets and by and trig.type == "PROTEST":
        return Candidate(tok, trig, trig.type, trig.cameo, None, by, [], False)  # "a march by students"
    if light is None and not targets:
        return None  # a bare "Israeli strikes" names no recipient: too weak to code
    if light is None and not owner and mutual and trig.type in {"CONSULT", "ASSAULT"} and len(targets) >= 2:
        # "a call between X and Y", "clashes between X and Y"
        return Candidate(tok, trig, trig.type, trig.cameo, None, targets[:1], targets[1:], True)
    if light is None and not owner:  # only "the war with X": the story's side is the actor
        if tok.lemma_.lower() not in WAR_NOUNS or not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
        ):
            return None
        if tok.dep_ == "dobj" and head.pos_ == "VERB":  # "X fought a war with Y": X
            return Candidate(tok, trig, trig.type, trig.cameo, None, subject_of(head), targets, False)
        return Candidate(tok, trig, trig.type, trig.cameo, None, [], targets, False, implicit_source=True)
    if mutual and not sources and len(targets) >= 2:
        sources, targets = targets[:1], targets[1:]
    if light is not None and tok.dep_ == "dobj" and effect in {"reject", "agree"}:
        # "rejected Bolivia's demand", "the Uruguayan proposal", "an offer from X", "calls by X": X
        owners = _frame_owners(tok)
        owners += [
            p
            for c in [*tok.children, *head.children]
            if c.dep_ in {"prep", "agent"} and c.lower_ in OWNER_PREPS
            for p in pobjs(c)
        ]
        if owners:
            targets = owners
    return Candidate(tok, trig, trig.type, trig.cameo, light, sources, targets, mutual)
