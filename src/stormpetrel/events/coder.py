"""Finding events in a parsed sentence: triggers, their arguments, and the words that govern them.

A verbal trigger ("met", "visited", "refuses to recognize") takes its actor from its subject
(or the agent of a passive) and its recipient from its object or a preposition the lexicon
names; a nominal trigger ("talks", "talks took place between X and Y", "voicing support for
X") needs a verb that carries it or a modifier that names its actor. Words above a trigger
(``data/frames.tsv``) turn it into a refusal, threat, promise or demand; a refused or accepted
offer or demand is aimed at its owner; an act made conditional ("will cut aid unless ...") is a
threat; an attack being prepared, or one side's exercise, is a show of force; the charge behind an
arrest or accusation, and the condition of an ultimatum, are no events of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from stormpetrel.events.lexicon import Lexicon, Trigger
from stormpetrel.status import frames

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "dative", "iobj", "attr", "oprd"}
RELATIVE = {"that", "which", "who", "whom", "whose"}
COMPLEMENT_PREPS = {"to", "with", "against", "on", "from", "toward", "towards", "into", "in"}
CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE"}
WAR_NOUNS = {"war", "offensive", "invasion", "campaign"}
FRAME_TYPES = {"reject": "REJECT", "threaten": "THREATEN", "agree": "AGREE", "request": "REQUEST"}
SUPPORTIVE = {"welcome"}  # agreeing words that do not accede to what they govern
ACCEDE = "083"  # CAMEO: accede to demands
PREPARE = {"prepare"}  # an attack being prepared is a show of force
DISAPPROVING = {"ACCUSE", "REJECT"}  # acts aimed at whoever did what they name
CHARGING = {"COERCE", "ACCUSE"}  # acts whose "for"/"of" clause is the charge
PARTICLES = {"out", "off", "back", "down", "over"}  # adverbs that complete a phrasal verb from afar
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}  # not concessions: they stay what they are
OFFER_MODALS = {"will", "would", "could", "'ll", "wo"}
CONDITIONAL_MODALS = {"will", "may", "might", "could", "'ll", "wo"}  # not "would": "if X did, Y would ..."


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

    @property
    def anchors(self) -> list[Token]:
        """The words the event hangs on: the trigger, and the verb that carries a noun trigger."""
        return [self.token] + ([self.light] if self.light is not None else [])

    @property
    def verb(self) -> Token:
        """The carrying verb of a noun trigger, else the trigger itself."""
        return self.light if self.light is not None else self.token


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.extend(_conjuncts(c))
    return out


def pobjs(prep: Token) -> list[Token]:
    out = []
    for c in prep.children:
        if c.dep_ == "pobj":
            out.extend(_conjuncts(c))
        elif c.dep_ == "prep":  # "from within", "out of"
            out.extend(pobjs(c))
    return out


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ in {"auxpass", "agent"} for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    )


def subject_of(verb: Token) -> list[Token]:
    """The subject of ``verb``, looking up through open complements, conjuncts and clauses."""
    cur = verb
    for _ in range(6):
        passive = _is_passive(cur)
        for c in cur.children:
            if passive and (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and cur == verb)):
                return pobjs(c)  # the agent, or a "by" the parser took for a preposition
            if (not passive or cur != verb) and c.dep_ in SUBJECTS | (PASSIVE_SUBJECTS if cur != verb else set()):
                # above the trigger a passive subject is the actor: "X is expected to meet Y"
                if c.lower_ in RELATIVE and cur.dep_ == "relcl":
                    return _conjuncts(cur.head)
                if c.pos_ == "PRON" and cur.dep_ == "ccomp" and frames().get(cur.head.lemma_.lower()) == "report":
                    speaker = subject_of(cur.head)  # "Iran said it would ...": Iran
                    if speaker and speaker[0].pos_ != "PRON":
                        return speaker
                return _conjuncts(c)
        if passive and cur == verb:
            return []
        if cur.dep_ == "xcomp" and cur.head != cur and cur.head.pos_ == "VERB":
            controller = [c for c in cur.head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
            if controller and frames().get(cur.head.lemma_.lower()) == "control":
                return _conjuncts(controller[0])  # "pushed Chile to drop", "forced X to withdraw": X
        if cur.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acomp"} and cur.head != cur:
            cur = cur.head
            if cur.dep_ == "prep" and cur.head != cur:  # "suspected of attacking"
                cur = cur.head
            continue
        if cur.dep_ == "acl" and cur.tag_ == "VBN":
            return []  # "the war waged by X" without its agent: the noun is no actor
        if (
            cur.dep_ == "acl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
            and (cur.head.dep_ in {"dobj", "attr"} and cur.head.head.pos_ in {"VERB", "AUX"})
        ):
            cur = cur.head.head  # "X took a decision to expel ...": X
            continue
        if cur.dep_ in {"acl", "relcl"}:
            return _conjuncts(cur.head)
        break
    return []


def _stative(verb: Token) -> bool:
    """A participle used as an adjective with its own preposition: "is opposed to"."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in {"to", "against"} for c in verb.children)
    )


def _object_lemmas(verb: Token) -> set[str]:
    """Lemmas of the verb's object, with what a measure word holds ("tons of aid")."""
    lemmas = set()
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a war waged by X": the noun is the object
        lemmas.add(verb.head.lemma_.lower())
    if _stative(verb):  # "is opposed to the plan": the plan is what is opposed
        lemmas.update(o.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "against"}
                      for o in pobjs(c))
    for c in verb.children:
        if c.dep_ in OBJECTS or c.dep_ in PASSIVE_SUBJECTS:
            for t in _conjuncts(c):
                lemmas.add(t.lemma_.lower())
                for p in t.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        for o in pobjs(p):  # "a share of its food aid budget": budget, aid
                            lemmas.add(o.lemma_.lower())
                            lemmas.update(q.lemma_.lower() for q in o.children if q.dep_ == "compound")
                    elif p.dep_ == "compound":
                        lemmas.add(p.lemma_.lower())
                    elif p.dep_ == "appos":  # "labelled the group a criminal gang"
                        lemmas.add(p.lemma_.lower())
                        lemmas.update(q.lemma_.lower() for q in p.children if q.dep_ in {"amod", "compound"})
    return lemmas


def _particles(verb: Token) -> set[str]:
    """Particles and prepositions right after the verb: "called on", "stood behind"."""
    return {
        c.lower_
        for c in verb.children
        if (c.dep_ == "prt" and c.i > verb.i)  # "handed the suspects over"
        or (c.dep_ in {"prep", "advmod"} and 0 < c.i - verb.i <= 3)  # "pulled its troops back"
        or (  # "forced X, Y, out of the region", but not "passed it to X over the holiday"
            c.dep_ in {"prep", "advmod"}
            and c.i > verb.i
            and c.lower_ in PARTICLES
            and not any(g.dep_ == "pobj" for g in c.children)
        )
    }


def _modifiers(verb: Token) -> set[str]:
    """Words that qualify a verb: "test-fired" (test), "sexually abused" (sexually)."""
    return {c.lemma_.lower() for c in verb.children if c.dep_ in {"npadvmod", "advmod", "compound"}}


def _owned(noun: Token) -> bool:
    """A noun that names whose it is: "the British tanker", "Iran's ships", "UN inspectors"."""
    return any(
        m.dep_ == "poss"
        or (m.dep_ == "amod" and m.pos_ == "ADJ" and m.text[:1].isupper())
        or (m.dep_ in {"amod", "compound"} and m.pos_ == "PROPN")
        for m in noun.children
    )


def _targets(head: Token, trig: Trigger, skip: set[int]) -> tuple[list[Token], bool]:
    """Recipient heads under ``head``: objects, named prepositions, or a 'between' pair."""
    out: list[Token] = []
    mutual = False
    for c in head.children:
        if c.i in skip:
            continue
        if c.dep_ in OBJECTS and c.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.extend(_conjuncts(c))
        elif c.dep_ == "dative" and c.pos_ == "ADP":  # "granted asylum to X" parsed as a dative "to"
            out.extend(pobjs(c))
        elif c.dep_ == "prep" and c.lower_ in trig.preps:
            objs = pobjs(c)
            if c.lower_ == "between":
                mutual = True
            out.extend(objs)
    return out, mutual


def _between(root: Token) -> list[Token]:
    """A 'between X and Y' anywhere below ``root`` (the parser often hangs it elsewhere)."""
    for tok in root.subtree:
        if tok.lower_ == "between" and tok.dep_ == "prep":
            objs = pobjs(tok)
            if objs:
                return objs
    return []


def _governing_frame(tok: Token) -> Token | None:
    """A frame word (refuse, threaten, agree, urge, ...) that governs ``tok`` by complement."""
    fr = frames()
    cur = tok
    for _ in range(4):
        if cur.dep_ not in {"xcomp", "ccomp", "dobj", "pobj", "acomp", "prep", "acl"} or cur.head == cur:
            return None
        came_by = cur.dep_
        cur = cur.head
        if fr.get(cur.lemma_.lower()) in FRAME_TYPES:
            return cur
        if came_by == "ccomp" and cur.pos_ == "VERB":
            # "repeated its call that X ...": the clause hangs on the verb, the frame is its object
            held = [c for c in cur.children if c.dep_ == "dobj" and fr.get(c.lemma_.lower()) in FRAME_TYPES]
            if held and held[0].pos_ == "NOUN":
                return held[0]
        if cur.pos_ == "VERB" and cur.dep_ not in {"xcomp", "prep"}:
            return None
    return None


def find(sent: Span, lex: Lexicon) -> list[Candidate]:
    """All event candidates of a sentence, one per trigger (frames absorb their complements)."""
    fr = frames()
    out: list[Candidate] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        cand = None
        if tok.pos_ in {"VERB", "AUX"} and lemma in lex.verbs:
            cand = _verb_candidate(tok, lex.verbs[lemma])
        elif tok.pos_ in {"NOUN", "PROPN"} and lemma in lex.nouns and not _a_name(tok):
            cand = _noun_candidate(tok, lex.nouns[lemma], fr)
        if cand is None or _no_comment(cand, fr):
            continue
        if not cand.targets and not cand.mutual:
            cand.targets = _purpose_recipient(cand) or (_protested(cand) if cand.type == "PROTEST" else [])
        frame = _governing_frame(cand.light or tok)
        light_lemma = cand.light.lemma_.lower() if cand.light is not None else ""
        if frame is None and fr.get(light_lemma) in FRAME_TYPES and light_lemma not in cand.trigger.objects:
            frame = cand.light  # "offered help": an offer of aid is a promise
        if frame is not None and frame != tok:
            effect = FRAME_TYPES[fr[frame.lemma_.lower()]]
            outer = _governing_frame(frame)
            if effect != "REQUEST" and outer is not None and fr[outer.lemma_.lower()] == "request":
                # "demanded that its neighbours refuse to recognise X": a demand on the neighbours
                cand.sources = []
                cand.targets = [t for c in frame.children if c.dep_ in SUBJECTS for t in _conjuncts(c)]
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
            if effect == "AGREE" and cand.type in CONFLICT:
                effect = "THREATEN"  # "vowed to retaliate", "promised to strike": a threat
            if effect == "AGREE" and cand.type == "REQUEST" and cand.trigger.pos == "NOUN":
                if fr.get(frame.lemma_.lower()) == "agree" and frame.lemma_.lower() not in SUPPORTIVE:
                    effect = "CONCEDE"  # "accepted the strikers' demands": acceding to them
            if effect != cand.type:
                cand.type = effect
                cand.cameo = ACCEDE if effect == "CONCEDE" else lex.type_cameo.get(effect, cand.cameo)
            cand.frame = frame if frame != cand.light else None
            asker = outer if outer is not None and fr[outer.lemma_.lower()] == "request" else frame
            if effect == "REQUEST" and asker is not frame:
                cand.sources = subject_of(asker) or _noun_owner(asker)
            elif effect == "REQUEST":  # "urged X to ...", "called on X to ...", "demanded that X ...": X
                asked = [c for c in frame.children if c.dep_ in OBJECTS]
                asked += [
                    p for c in frame.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} for p in pobjs(c)
                ]
                if frame.pos_ == "NOUN":  # "a reminder to Chad that it has to ...", "sent a reminder to Chad"
                    holders = [frame, frame.head] if frame.dep_ == "dobj" else [frame]
                    asked += [
                        p
                        for h in holders
                        for c in h.children
                        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                        for p in pobjs(c)
                    ]
                embedded_subject = [c for c in cand.token.children if c.dep_ in SUBJECTS]
                cand.sources = subject_of(frame) or _noun_owner(frame)
                if asked:
                    cand.targets = _conjuncts(asked[0])
                elif embedded_subject:
                    cand.targets = _conjuncts(embedded_subject[0])
                elif not cand.targets:
                    cand.targets = [t for c in frame.children if c.dep_ == "ccomp" for s in c.children
                                    if s.dep_ in SUBJECTS for t in _conjuncts(s)]
            elif not cand.sources:
                cand.sources = subject_of(frame)
        elif cand.type != "REQUEST" and _ultimatum(cand):
            # "will recall its envoy unless X frees the hostages": a conditional threat
            cand.type, cand.cameo = "THREATEN", lex.type_cameo["THREATEN"]
        elif cand.type in COOPERATIVE and _conditional_offer(cand):
            # "would meet the envoy if she guaranteed their safety": an offer on a condition
            cand.type, cand.cameo = "AGREE", lex.type_cameo["AGREE"]
        elif cand.type == "COOPERATE" and cand.trigger.pos == "NOUN" and _alone(cand):
            # "Peru held naval drills off its coast": one side's exercise is a show of force
            cand.type, cand.cameo = "MOBILIZE", lex.type_cameo["MOBILIZE"]
        elif cand.type == "ASSAULT" and _preparing(cand):
            # "the brigade prepared to renew its bombardment", "is preparing an assault": a show of force
            cand.type, cand.cameo = "MOBILIZE", lex.type_cameo["MOBILIZE"]
        out.append(cand)
    _must(sent, lex, out, fr)
    # a frame verb that is itself a trigger yields to the complement it governs; a noun
    # carried by a verb that is a trigger itself ("imposed sanctions") yields to the verb
    framed = {c.frame.i for c in out if c.frame is not None}
    lights = {
        c.light.i
        for c in out
        if c.light is not None
        and fr.get(c.light.lemma_.lower()) in FRAME_TYPES
        and c.light.lemma_.lower() not in c.trigger.objects
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
        if c.token.dep_ == "pcomp"
        and c.token.head.lower_ in {"for", "of"}
        and any(d.token == c.token.head.head and d.type in CHARGING for d in out)
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


def _protested(cand: Candidate) -> list[Token]:
    """ "began a sit-in in protest against X", "... in protest at raids by X": X."""
    out: list[Token] = []
    for o in cand.verb.subtree:
        if o.lemma_.lower() != "protest" or o.dep_ != "pobj" or o.head.lower_ != "in" or o == cand.token:
            continue
        for q in o.children:
            if q.dep_ == "prep" and q.lower_ in {"against", "at", "over", "of"}:
                for p in pobjs(q):
                    by = [b for r in p.children if r.dep_ in {"prep", "agent"} and r.lower_ == "by" for b in pobjs(r)]
                    out.extend(by or [p])
        if not out:  # "marched in protest at X", the parser hanging "at X" on the verb
            out = [p for q in cand.verb.children if q.dep_ == "prep" and q.lower_ in {"at", "over"} for p in pobjs(q)]
    return out


def _a_name(tok: Token) -> bool:
    """A capitalised proper noun inside a sentence is a name, not a trigger: "in March"."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i != tok.sent.start


def _purpose_recipient(cand: Candidate) -> list[Token]:
    """ "phoned X to offer sympathy": the purpose clause's act is aimed at X."""
    verb = cand.verb
    if verb.dep_ not in {"xcomp", "advcl"} or verb.head == verb or verb.head.pos_ != "VERB":
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    objects = [c for c in verb.head.children if c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN"}]
    return [t for c in objects for t in _conjuncts(c)]


def _no_comment(cand: Candidate, fr: dict[str, str]) -> bool:
    """ "declined to comment", "refused to say": a refusal to speak is no event; nor is a
    reporter's question ("said when asked whether ...")."""
    tok = cand.token
    if cand.type == "REQUEST" and tok.dep_ == "advcl" and tok.tag_ == "VBN" and not cand.sources:
        return True
    if cand.trigger.type != "REJECT" or cand.trigger.objects or cand.trigger.pos != "VERB":
        return False
    if fr.get(cand.token.lemma_.lower()) == "reject" and not cand.targets:
        return True  # "refused, saying ...": a refusal aimed at no one
    return any(c.dep_ == "xcomp" and fr.get(c.lemma_.lower()) in {"report", "comment"} for c in cand.token.children)


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



def _alone(cand: Candidate) -> bool:
    """A joint act with one actor and no partner: "X conducted drills" (not "with Y", not "X and Y")."""
    if cand.mutual or cand.targets or len(cand.sources) != 1:
        return False
    words = {t.lower_ for t in cand.token.subtree} | {c.lower_ for c in cand.token.children}
    return not words & {"joint", "with", "between", "together"}


def _conditional_offer(cand: Candidate) -> bool:
    """A cooperative act a speaker "would"/"will" do "if" something happens."""
    verb = cand.verb
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    marks = {m.lower_ for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"}
    return "if" in marks and any(c.dep_ == "aux" and c.lower_ in OFFER_MODALS for c in verb.children)


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
        if tok.pos_ not in {"VERB", "AUX"} or tok.dep_ != "ccomp" or fr.get(tok.head.lemma_.lower()) != "report":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in tok.children):
            continue
        asked = [t for c in tok.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for t in _conjuncts(c)]
        if not asked:
            continue
        cand = by_token.get(tok.i)
        if cand is None:
            cand = Candidate(tok, demand, "REQUEST", lex.type_cameo["REQUEST"], None)
            out.append(cand)
        # what Y is asked to do is the content of the demand, not an event of its own
        out[:] = [c for c in out if c is cand or tok not in c.token.ancestors]
        cand.type, cand.cameo = "REQUEST", lex.type_cameo["REQUEST"]
        cand.sources, cand.targets, cand.mutual = subject_of(tok.head), asked, False


def _verb_candidate(tok: Token, entries: list[Trigger]) -> Candidate | None:
    objs = _object_lemmas(tok)
    parts = _particles(tok)
    for trig in entries:
        if trig.objects and not (trig.objects & objs):
            continue
        if trig.needs_prep and not (trig.needs_prep & parts):
            continue
        if trig.modifiers and not (trig.modifiers & _modifiers(tok)):
            continue
        break
    else:
        return None
    nominal = tok.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} and any(c.dep_ == "det" for c in tok.children)
    if tok.tag_ == "VBN" and (tok.dep_ == "amod" or nominal):
        return None  # "the encircled city", "flew out the injured": a participle used as an adjective or noun
    passive = _is_passive(tok) and not _stative(tok)
    if tok.dep_ == "amod" and tok.tag_ == "VBG":  # "visiting Japanese Foreign Minister X": X visits
        return Candidate(tok, trig, trig.type, trig.cameo, None, _conjuncts(tok.head), [], False)
    sources = subject_of(tok)
    skip: set[int] = set()
    targets, mutual = _targets(tok, trig, skip)
    if trig.objects and not trig.object_is_recipient:  # a thing signed or sent: the recipient is in a preposition
        targets = [
            t for t in targets if t.lemma_.lower() not in trig.objects and not (t.dep_ == "dobj" and t.pos_ == "NOUN")
        ]
        for c in tok.children:
            if c.dep_ in OBJECTS and c.lemma_.lower() in trig.objects:
                more, m2 = _targets(c, trig, skip)
                targets.extend(t for t in more if t.dep_ != "dobj")
                mutual = mutual or m2
            elif c.dep_ in OBJECTS and not targets:  # "40 million euros of aid for Chile"
                targets.extend(p for q in c.subtree if q.dep_ == "prep" and q.lower_ in trig.preps for p in pobjs(q))
        if not targets:  # "released the British tanker", "allowed the return of UN inspectors": whose thing
            for c in tok.children:
                if c.dep_ != "dobj":
                    continue
                held = [c, *(o for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p))]
                targets.extend(h for h in held if _owned(h))
            if _stative(tok):  # "is opposed to Argentine mediation"
                targets.extend(
                    o
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ in {"to", "against"}
                    for o in pobjs(c)
                    if _owned(o)
                )
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
    if trig.type in DISAPPROVING and not targets:
        # "condemned as an outrage Peru's raid": the parser hangs the object on the "as" phrase
        targets = [
            a for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
            for o in pobjs(c) for a in o.children if a.dep_ == "appos" and _owned(a)
        ]
    if trig.type in DISAPPROVING and not any(t.pos_ == "PROPN" for t in targets):
        # "alleged harassment by the US", "condemned the invasion by X": the doer is the recipient
        for c in tok.children:
            if c.dep_ in OBJECTS and c.pos_ == "NOUN":
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
                    targets.extend(
                        p for q in o.children if q.dep_ == "prep" and q.lower_ in COMPLEMENT_PREPS for p in pobjs(q)
                    )
    if not targets:  # "threatened to shut off gas supplies to X": the complement's recipient
        for c in tok.children:
            if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}:
                for g in c.children:
                    if g.dep_ in OBJECTS and g.pos_ in {"NOUN", "PROPN"}:
                        targets.extend(_conjuncts(g))
                        # "break off relations with X", "shut off water to X"
                        preps = [q for q in g.children if q.dep_ == "prep" and q.lower_ in COMPLEMENT_PREPS]
                        targets.extend(p for q in preps for p in pobjs(q))
                    elif g.dep_ == "prep" and g.lower_ in COMPLEMENT_PREPS:
                        targets.extend(pobjs(g))
    if not targets and not passive:  # "demanding that Prime Minister X step aside ...": X
        for c in tok.children:
            if c.dep_ == "ccomp" and frames().get(c.lemma_.lower()) != "report":  # not "what it said"
                targets = [t for s in c.children if s.dep_ in SUBJECTS | PASSIVE_SUBJECTS for t in _conjuncts(s)]
                break
    if _stative(tok):  # "X is opposed to Y": X opposes Y
        sources = [t for c in tok.children if c.dep_ in PASSIVE_SUBJECTS | SUBJECTS for t in _conjuncts(c)]
        targets = [t for t in targets if t.dep_ not in PASSIVE_SUBJECTS | SUBJECTS]
    if passive:
        undergoer = [t for c in tok.children if c.dep_ in PASSIVE_SUBJECTS for t in _conjuncts(c)]
        others = [t for t in targets if t.dep_ not in PASSIVE_SUBJECTS]
        if trig.objects and not trig.object_is_recipient and others:
            undergoer = []  # "the ship was released to X": the thing is no recipient, X is
        targets = undergoer + others
    if trig.flip:
        sources, targets = targets[:1], sources
    return Candidate(tok, trig, trig.type, trig.cameo, None, sources, targets, mutual)


def _noun_candidate(tok: Token, entries: list[Trigger], fr: dict[str, str]) -> Candidate | None:
    head = tok.head
    carrier = head.lemma_.lower() if tok.dep_ in {"dobj", "nsubjpass"} else ""
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod"}}
    trig = next((t for t in entries if t.modifiers and t.modifiers & mods), None)  # "hunger strike"
    trig = trig or next((t for t in entries if t.objects and carrier in t.objects), None)
    if trig is None:
        generic = [t for t in entries if not t.objects and not t.modifiers]
        if not generic:
            return None
        trig = generic[0]
    if trig.objects and tok.dep_ in {"dobj", "nsubjpass"}:  # its own carrier verbs are light verbs
        fr = {**fr, carrier: "light"}  # "declared a ceasefire", "offered condolences"
    effect = fr.get(head.lemma_.lower())
    light = None
    sources: list[Token] = []
    if (
        tok.dep_ in {"dobj", "nsubjpass"}
        and head.pos_ in {"VERB", "AUX"}
        and effect in {"light", "agree", "reject", "threaten", "request"}
    ):
        light = head
        sources = subject_of(head)
    elif tok.dep_ == "nsubj" and effect == "occur":
        light = head
    elif (
        tok.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.pos_ == "VERB"
        and fr.get(head.head.lemma_.lower()) == "light"
    ):
        light = head.head  # "carried out attacks on", "held talks with" (rare attachments)
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
    by = [p for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" for p in pobjs(c)]
    owner = by or [
        c
        for c in tok.children
        if c.dep_ == "poss"
        or (c.dep_ in {"amod", "compound"} and c.pos_ == "PROPN")
        or (c.dep_ in {"amod", "compound"} and c.pos_ == "ADJ" and c.text[:1].isupper())  # "Israeli", not "major"
    ]
    if not sources and owner:
        sources = owner
    targets, mutual = _targets(tok, trig, set())
    if not any(t.pos_ == "PROPN" for t in targets):  # "a suspension of flights to X", "withdrawal of forces from X"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in pobjs(c):
                    more, m2 = _targets(o, trig, set())
                    targets.extend(t for t in more if t.dep_ == "pobj")
                    mutual = mutual or m2
    if light is not None:
        more, m2 = _targets(light, trig, {tok.i})
        # "put X under arrest", "placed X on alert": with the noun in a preposition, the object counts
        targets.extend(t for t in more if t.dep_ not in OBJECTS or tok.dep_ == "pobj")
        mutual = mutual or m2
        if not targets and not sources:
            targets = _between(light)
            mutual = bool(targets)
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
        owners = [
            c
            for c in tok.children
            if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.text[:1].isupper() and c.i > tok.sent.start)
        ]
        owners += [
            p
            for c in [*tok.children, *head.children]
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from", "of"}
            for p in pobjs(c)
        ]
        if owners:
            targets = owners
    return Candidate(tok, trig, trig.type, trig.cameo, light, sources, targets, mutual)
