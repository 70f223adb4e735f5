"""Finding events in a parsed sentence: triggers, their arguments, and the words that govern them.

A verbal trigger ("met", "visited", "refuses to recognize") takes its actor from its subject
(or the agent of a passive) and its recipient from its object or a preposition the lexicon
names; a nominal trigger ("talks", "a meeting occurred between X and Y", "voicing support for
X") needs a verb that carries it or a modifier that names its actor. Words above a trigger
(``data/frames.tsv``) turn it into a refusal, threat, promise or demand.
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
            if passive and c.dep_ == "agent":
                return pobjs(c)
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
            cur = cur.head.head  # "X made a decision to ban ...": X
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
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in {"to", "against"} for c in verb.children)
    )


def _object_lemmas(verb: Token) -> set[str]:
    """Lemmas of the verb's object, with what a measure word holds ("tons of aid")."""
    lemmas = set()
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a war waged by X": the noun is the object
        lemmas.add(verb.head.lemma_.lower())
    for c in verb.children:
        if c.dep_ in OBJECTS or c.dep_ in PASSIVE_SUBJECTS:
            for t in _conjuncts(c):
                lemmas.add(t.lemma_.lower())
                for p in t.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        lemmas.update(o.lemma_.lower() for o in pobjs(p))
                    elif p.dep_ == "compound":
                        lemmas.add(p.lemma_.lower())
    return lemmas


def _particles(verb: Token) -> set[str]:
    """Particles and prepositions right after the verb: "called on", "stood behind"."""
    return {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep"} and 0 < c.i - verb.i <= 2}


def _targets(head: Token, trig: Trigger, skip: set[int]) -> tuple[list[Token], bool]:
    """Recipient heads under ``head``: objects, named prepositions, or a 'between' pair."""
    out: list[Token] = []
    mutual = False
    for c in head.children:
        if c.i in skip:
            continue
        if c.dep_ in OBJECTS and c.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.extend(_conjuncts(c))
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
        cur = cur.head
        if fr.get(cur.lemma_.lower()) in FRAME_TYPES:
            return cur
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
        elif tok.pos_ in {"NOUN", "PROPN"} and lemma in lex.nouns:
            cand = _noun_candidate(tok, lex.nouns[lemma], fr)
        if cand is None:
            continue
        frame = _governing_frame(cand.light or tok)
        if frame is None and cand.light is not None and fr.get(cand.light.lemma_.lower()) in FRAME_TYPES:
            frame = cand.light  # "offered assistance": an offer of aid is a promise
        if frame is not None and frame != tok:
            effect = FRAME_TYPES[fr[frame.lemma_.lower()]]
            if effect == "AGREE" and cand.type in CONFLICT:
                effect = "THREATEN"  # "vowed to retaliate", "promised to strike": a threat
            if effect != cand.type:
                cand.type = effect
                cand.cameo = lex.type_cameo.get(effect, cand.cameo)
            cand.frame = frame if frame != cand.light else None
            if effect == "REQUEST":  # "urged X to ...", "called on X to ...", "demanded that X ...": X
                asked = [c for c in frame.children if c.dep_ in OBJECTS]
                asked += [
                    p for c in frame.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} for p in pobjs(c)
                ]
                embedded_subject = [c for c in cand.token.children if c.dep_ in SUBJECTS]
                cand.sources = subject_of(frame)
                if asked:
                    cand.targets = _conjuncts(asked[0])
                elif embedded_subject:
                    cand.targets = _conjuncts(embedded_subject[0])
            elif not cand.sources:
                cand.sources = subject_of(frame)
        out.append(cand)
    _must(sent, lex, out, fr)
    # a frame verb that is itself a trigger yields to the complement it governs; a noun
    # carried by a verb that is a trigger itself ("imposed sanctions") yields to the verb
    framed = {c.frame.i for c in out if c.frame is not None}
    lights = {c.light.i for c in out if c.light is not None and fr.get(c.light.lemma_.lower()) in FRAME_TYPES}
    framed |= lights  # "offered assistance": the offer is of aid, one event
    verbs = {c.token.i for c in out if c.trigger.pos == "VERB" and c.token.i not in lights}
    return [c for c in out if c.token.i not in framed and not (c.light is not None and c.light.i in verbs)]


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
        break
    else:
        return None
    passive = _is_passive(tok) and not _stative(tok)
    if tok.dep_ == "amod" and tok.tag_ == "VBG":  # "visiting US Secretary of State X": X visits
        return Candidate(tok, trig, trig.type, trig.cameo, None, _conjuncts(tok.head), [], False)
    sources = subject_of(tok)
    skip: set[int] = set()
    targets, mutual = _targets(tok, trig, skip)
    if trig.objects and not trig.object_is_recipient:  # a thing signed or sent: the recipient is in a preposition
        targets = [t for t in targets if t.lemma_.lower() not in trig.objects]
        for c in tok.children:
            if c.dep_ in OBJECTS and c.lemma_.lower() in trig.objects:
                more, m2 = _targets(c, trig, skip)
                targets.extend(t for t in more if t.dep_ != "dobj")
                mutual = mutual or m2
            elif c.dep_ in OBJECTS and not targets:  # "70 million dollars of aid for Romania"
                targets.extend(p for q in c.subtree if q.dep_ == "prep" and q.lower_ in trig.preps for p in pobjs(q))
    if not targets:  # "threatened to cut off electricity to X": the complement's recipient
        for c in tok.children:
            if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}:
                for g in c.children:
                    if g.dep_ in OBJECTS and g.pos_ in {"NOUN", "PROPN"}:
                        targets.extend(_conjuncts(g))
                        # "break off relations with X", "cut off electricity to X"
                        preps = [q for q in g.children if q.dep_ == "prep" and q.lower_ in COMPLEMENT_PREPS]
                        targets.extend(p for q in preps for p in pobjs(q))
                    elif g.dep_ == "prep" and g.lower_ in COMPLEMENT_PREPS:
                        targets.extend(pobjs(g))
    if not targets and not passive:  # "demanding that President X abandon ...": X
        for c in tok.children:
            if c.dep_ == "ccomp" and frames().get(c.lemma_.lower()) != "report":  # not "what it said"
                targets = [t for s in c.children if s.dep_ in SUBJECTS | PASSIVE_SUBJECTS for t in _conjuncts(s)]
                break
    if _stative(tok):  # "X is opposed to Y": X opposes Y
        sources = [t for c in tok.children if c.dep_ in PASSIVE_SUBJECTS | SUBJECTS for t in _conjuncts(c)]
        targets = [t for t in targets if t.dep_ not in PASSIVE_SUBJECTS | SUBJECTS]
    if passive:
        targets = [t for c in tok.children if c.dep_ in PASSIVE_SUBJECTS for t in _conjuncts(c)] + [
            t for t in targets if t.dep_ not in PASSIVE_SUBJECTS
        ]
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
    if trig.objects and tok.dep_ in {"dobj", "nsubjpass"}:  # its own carrier verbs count as light
        fr = {**fr, carrier: fr.get(carrier) or "light"}
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
    owner = [
        c for c in tok.children if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.pos_ in {"PROPN", "ADJ"})
    ]
    if not sources and owner:
        sources = owner
    targets, mutual = _targets(tok, trig, set())
    if light is not None:
        more, m2 = _targets(light, trig, {tok.i})
        targets.extend(t for t in more if t.dep_ not in OBJECTS)
        mutual = mutual or m2
        if not targets and not sources:
            targets = _between(light)
            mutual = bool(targets)
    if light is None and not targets:
        return None  # a bare "Israeli strikes" names no recipient: too weak to code
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
        # "rejected North Korea's demand", "the Venezuelan proposal", "an offer from X", "calls by X": X
        owners = [
            c
            for c in tok.children
            if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.text[:1].isupper() and c.i > tok.sent.start)
        ]
        owners += [
            p
            for c in [*tok.children, *head.children]
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}
            for p in pobjs(c)
        ]
        if owners:
            targets = owners
    return Candidate(tok, trig, trig.type, trig.cameo, light, sources, targets, mutual)
