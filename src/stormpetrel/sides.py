"""Who did it, to whom: a candidate's argument heads resolved to actors, then completed by a
short, ordered list of named steps.

The coder finds the words that name each side ("Russian President Vladimir Putin", "his
counterpart", "12 demonstrators"); :func:`resolve` turns them into actors and, where the text
leaves a side implicit, applies the steps in :data:`STEPS` in order. Each step reads a
:class:`Context` and may change the :class:`Sides`; each is documented with the kind of sentence
it serves. An event needs a source, and the types in :data:`NEEDS_TARGET` need a target too,
but for a plea to the world at large ("appealed to international donors"), asked of no one state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from stormpetrel import data, geo, places, status
from stormpetrel.actors import gazetteer
from stormpetrel.actors.resolve import (
    ALLY_HEADS,
    DEMONSTRATIVES,
    HOME_BODIES,
    LOCAL_SECTORS,
    PARTY_SECTORS,
    PLURAL_GROUP,
    QUARREL_SECTORS,
    STATE_BODIES,
    WORLD_WORDS,
    DocumentActors,
    SentenceMarks,
    destinations,
    marked,
    negated_name,
    preps_up_to,
    spoken_to_outlet,
)
from stormpetrel.events import coder, lexicon
from stormpetrel.events.syntax import trailing
from stormpetrel.grammar import agent_participle, reporting_verb, reports
from stormpetrel.model import SYMMETRIC, Actor, Location
from stormpetrel.time import DAY_WORDS

# types that are no event without a recipient (a pledge or refusal to no one named is mostly a
# campaign promise, a plan or an opinion)
NEEDS_TARGET = frozenset(
    "AGREE CONSULT SUPPORT COOPERATE AID CONCEDE REQUEST SANCTION ACCUSE ASSAULT THREATEN REJECT".split()
)
# of those, what parties of several states do together, each the other's party ("the two sides
# failed to agree")
JOINT_ALONE = frozenset({"AGREE", "REJECT"})
# what one does about one's own office: leaves it, agrees to leave it, refuses to ("threatened to
# resign" threatens no one)
LEAVING_TYPES = frozenset({"RETREAT", "AGREE", "REJECT"})
# types that stand alone when the text names no recipient ("the minister resigned"), but not
# when it names one that cannot be placed ("released the prisoners" of no known state)
ALONE = frozenset({"RETREAT"})
# types whose unplaced human targets are taken to be of the place or of the actor's own state
DOMESTIC = frozenset({"ACCUSE", "COERCE", "ASSAULT", "PROTEST", "RETREAT", "CONCEDE", "REQUEST", "AID"})
# types of meeting or promise whose unplaced recipient, a body that sits at home ("met
# lawmakers"), is of the actor's own state when the sentence names no other
MEETING_TYPES = frozenset({"CONSULT", "AGREE"})
HOME_SECTORS = frozenset({"LEG", "JUD"})
LAW_SECTORS = frozenset({"COP", "JUD"})  # police and courts, who hold, charge and try people
# who, by type, holds the people they act on: police, courts and forces arrest, courts and police
# charge, police shoot (what forces "advance on" by name is more often a town than a person)
HOLDERS = {"COERCE": LAW_SECTORS | {"MIL"}, "ASSAULT": frozenset({"COP"}), "ACCUSE": LAW_SECTORS}
# types that, with no named recipient, are with the actor's usual partner in the story
PARTNER_FILL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# types of acts done with words: a participle of one right after a noun is that noun's
# ("responded to the mother calling for an inquiry")
SAID_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "AGREE", "THREATEN", "PROTEST", "SUPPORT"})
# types that a government and a group of its own state can do together, one to the other
# ("the government and the rebels swapped prisoners", "held talks", "clashed")
JOINT = SYMMETRIC | {"RETREAT", "ASSAULT"}
_ACTOR_WORDS = data.word_classes("actor_words.tsv")
NATION_NOUNS = _ACTOR_WORDS["nation_noun"]  # "the nation" a leader addresses is his own
PLEA_NOUNS = _ACTOR_WORDS["plea_noun"]  # "denied the request": a plea a court may refuse
ADDRESS_TYPES = frozenset({"REQUEST", "AGREE"})  # "urged the nation", "promised the country"
# sectors of parties at home: an act that names one is among them, not with the story's partner
DOMESTIC_PARTIES = LOCAL_SECTORS | PARTY_SECTORS
# sectors whose "the government" is their own state's: parties at home and its elites ("a former
# chancellor said the government should ...")
HOME_CRITICS = DOMESTIC_PARTIES | {"ELI"}
# a story names its own state more than this many times as often as any other: a domestic story
DOMESTIC_RATIO = 2
_CUES = data.word_classes("cue_words.tsv")
AIMED_PREPS = _CUES["aimed_prep"]  # "fired rockets into X", "shots at X"
OPPOSING_PREPS = _CUES["opposing_prep"]  # "in protest at X", "a war against X"
VICTIM_PREPS = _CUES["victim_prep"]  # "an attack on X", "violence against X": X is who it was done to
DIVISION_WORDS = _CUES["division_word"]  # "Co Galway": the county of Galway
SEPARATION_NOUNS = _CUES["separation_noun"]  # "independence from X": X is opposed
PAIR_NOUNS = _CUES["pair_noun"]  # "the two countries", "both sides"
PAIR_WORDS = _CUES["pair_word"]
_CODER_WORDS = data.word_classes("coder_words.tsv")
EXAMPLE_PREPS = _CODER_WORDS["example_prep"]  # "seven countries, including Iran": Iran is one of them
STATE_WEAPONS = _CODER_WORDS["state_weapon"]  # "an airstrike": no unknown attacker
HOST_VERBS = _CODER_WORDS["host_verb"]  # "a summit hosted by Japan": Japan is the host
PEOPLE_MODES = _CODER_WORDS["people_mode"]  # coercion of people, not land or goods
PLACE_KINDS = frozenset({"country", "capital", "region"})  # gazetteer names that are places
CAPITAL_NOUNS = _CODER_WORDS["capital_noun"]  # "a bomb in the capital": the story's state's capital
WATER_NOUNS = _CODER_WORDS["water_noun"]  # "a missile test into the Sea of Japan": not aimed at Japan
ALIEN_WORDS = _CODER_WORDS["alien_word"]  # "accused foreign powers": of no state the text names
MOURNING_WORDS = _CODER_WORDS["mourning_word"]  # "condolences over the deaths of Turkish soldiers"
SIT_IN_VERBS = _CODER_WORDS["sit_in_verb"]  # "activists occupied the bank's offices": a protest
CIVIL_SECTORS = _CODER_WORDS["civil_sector"]
RETAKEN_PEOPLE = _CODER_WORDS["retaken_people"]  # "recaptured the rebel commander": someone, not a place
RETAKING_VERBS = _CODER_WORDS["retaking_verb"]  # "retook the city": regained, from no one named
DENIAL_VERBS = _CODER_WORDS["denial_verb"]  # "denied the charges"
CONDUCT_CHARGES = _CODER_WORDS["conduct_charge"]  # "denied any wrongdoing": the denier's own conduct
# "denied the allegations"; one's own conduct denied is a charge too: "denied any wrongdoing"
DENIED_CHARGES = _CODER_WORDS["denied_charge"] | CONDUCT_CHARGES
MEANS_VERBS = _ACTOR_WORDS["means_verb"]  # "used an airbase to launch strikes": the airbase is a means
ASKED_THINGS = _ACTOR_WORDS["asked_thing"]  # "denied the request": answers whoever asked
WORLD_ADDRESSEES = _ACTOR_WORDS["world_addressee"]  # "appealed to international donors": to no one state
STATE_ACT_VERBS = _ACTOR_WORDS["state_act_verb"]  # "was arrested", "was deported": only a state does it
LAND_NOUNS = _ACTOR_WORDS["land_noun"]  # "deported from the country"; not "expelled from the party"
RECIPROCAL_VERBS = _ACTOR_WORDS["reciprocal_verb"]  # "X and Y clashed": with each other
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her"})  # "recalled its ambassador": the doer's own
SHARED_PREPS = _ACTOR_WORDS["shared_prep"]  # "the border with X", "trade with X": X is the other party
SUBJECT_PREPS = _ACTOR_WORDS["subject_prep"]  # "a meeting on Syria": Syria is what it is about
DEPLOY_SITE_PREPS = _ACTOR_WORDS["deploy_site_prep"]  # "deployed troops around X"
BRANDING_PREPS = _ACTOR_WORDS["branding_prep"]  # "slammed it as an attack from X": X is blamed
# types of acts that may brand what they are aimed at ("dismissed the report as a smear by X")
BRANDING_TYPES = frozenset({"ACCUSE", "REJECT"})
# what joins a clause to the one a reporting verb governs ("said the bloc must agree first, then sign")
REPORTED_LINKS = frozenset({"xcomp", "conj", "advcl"})


@dataclass
class Context:
    """What the steps may read: the candidate, the sentence's marks, the document's actors."""

    cand: coder.Candidate
    marks: SentenceMarks
    actors: DocumentActors
    gaz: gazetteer.Gazetteer
    location: Location | None

    @property
    def home(self) -> str | None:
        """The country where the event takes place, when the sentence places it."""
        return self.location.country if self.location and self.location.country else None

    def state(self, code: str, text: str = "", sector: str | None = None) -> Actor:
        return Actor(text=text, name=self.gaz.country_name(code), country=code, sector=sector)

    def placed(self, heads: list[Token]) -> list[Actor]:
        """The actors the heads name that the document places in a state or organisation: "X and
        Y" gives both, "the protesters" none unless the text says whose."""
        return [a for a in expand(heads, self.marks, self.actors) if a.country]

    def named_inside(self, heads: list[Token]) -> str | None:
        """The first state named within the phrases of ``heads`` ("the leader of Iran's proxy"
        is not Iran's; "more civilians than Russian strikes" are not Russia's)."""
        names = self.marks.names
        return next(
            (
                names[t.i].entry.code
                for h in heads
                for t in h.subtree
                if t.i in names
                and not (t.dep_ == "poss" and t.head.lemma_.lower() in ALLY_HEADS)
                and not _compared(t, h)
                and not negated_name(t)  # "non-EU migrants" are not the EU's
            ),
            None,
        )


def _compared(tok: Token, head: Token) -> bool:
    """Is ``tok`` in a comparison below ``head`` ("more civilians than Russian strikes")?"""
    return any(p.lower_ == "than" for p in preps_up_to(tok, head))


@dataclass
class Sides:
    sources: list[Actor]
    targets: list[Actor]
    mutual: bool


def expand(heads: list[Token], marks: SentenceMarks, actors: DocumentActors) -> list[Actor]:
    """The actors the heads name; a compound actor ("X and Y") gives its members, and a group
    no one can place gives the members it lists ("some countries, including X and Y")."""
    out: list[Actor] = []
    for head in heads:
        actor = actors.resolve(head, marks)
        if actor is not None and (actor.country or actor.members):
            out.extend(actor.members or [actor])
            continue
        listed = [o for c in head.children if c.lower_ in EXAMPLE_PREPS for o in coder.pobjs(c)]
        if listed:
            out.extend(expand(listed, marks, actors))
        elif actor is not None:
            out.append(actor)
    return out


# ---------------------------------------------------------------------------
# The steps, in the order they run


def means_used(ctx: Context, sides: Sides) -> None:
    """"used an airbase in Iran to launch strikes on militants in Syria": what the actor used for
    the act is no recipient of it; the act's own "on" or "against" phrase names who it hit."""
    cand = ctx.cand
    verb = cand.verb
    if verb.dep_ not in {"xcomp", "advcl"} or verb.head.lemma_.lower() not in MEANS_VERBS:
        return
    means = {t.i for t in cand.targets if t.dep_ == "dobj" and t.head.i == verb.head.i}
    if not means:
        return
    own = [o for w in (cand.token, verb) for o in coder.prep_objects(w, VICTIM_PREPS)]
    kept = expand([t for t in cand.targets if t.i not in means], ctx.marks, ctx.actors)
    hit = ctx.placed(own)
    if not hit:  # "militants in Syria": people of the state their phrase names
        named = ctx.named_inside(own)
        hit = [ctx.state(named, own[0].text)] if named else []
    sides.targets = kept + hit


def mediated_pair(ctx: Context, sides: Sides) -> None:
    """"The US envoy urged the two sides to return to talks": the two sides an outsider deals with
    are the story's two states other than the outsider's own, not the outsider and one of them."""
    own = {a.country for a in sides.sources if a.country}
    if not own or sides.mutual:
        return
    for head in ctx.cand.targets:
        if head.lemma_.lower() not in PLURAL_GROUP:
            continue
        actor = ctx.actors.resolve(head, ctx.marks)
        if actor is None or not actor.members or not own & {m.country for m in actor.members}:
            continue
        others = [c for c in ctx.actors.salient(exclude=own) if c not in ctx.gaz.non_state_codes][:2]
        if len(others) < 2:
            continue
        kept = [t for t in sides.targets if t.text != head.text]  # the pair's members bear its words
        sides.targets = list({t.country: t for t in kept + [ctx.state(c, head.text) for c in others]}.values())


def gathering_venue(ctx: Context, sides: Sides) -> None:
    """"suspended the talks in Vienna", "postponed the summit in Minsk": the place a gathering is
    held is its venue, not a party to what is done to it; the act is aimed at the gathering's
    parties, the actor's partner in the story (not the venue's state)."""
    cand = ctx.cand
    if cand.type in {"CONSULT", "ASSAULT"} or not cand.targets:
        return
    nouns = lexicon.load().nouns
    venues = [
        h
        for h in cand.targets
        if h.dep_ == "pobj"
        and h.head.lower_ in places.PLACE_PREPS
        and h.head.head.pos_ == "NOUN"
        and any(t.type == "CONSULT" for t in nouns.get(h.head.head.lemma_.lower(), []))
        and (h.i in ctx.marks.names or h.pos_ == "PROPN")
    ]
    if not venues:
        return
    sides.targets = expand([h for h in cand.targets if h not in venues], ctx.marks, ctx.actors)
    held = {a.country for a in expand(venues, ctx.marks, ctx.actors)}
    own = next((a.country for a in sides.sources if a.country), None)
    partner = ctx.actors.partner_of(own)
    if not sides.targets and partner and partner not in held:
        sides.targets = [ctx.state(partner)]


def partners(ctx: Context, sides: Sides) -> None:
    """"his counterpart", "the host nation", "the country": the other side's partner in the
    story (else the other party of the last event it took part in); a counterpart without an
    office holds the same office as the other side. "the government" facing a party or group
    that acts at home is that party's own."""
    for side, other in ((sides.sources, sides.targets), (sides.targets, sides.sources)):
        known = next((a.country for a in other if a.country), None)
        for a in side:
            home = next((o.country for o in other if o.country and o.sector in HOME_CRITICS), None)
            if home in ctx.gaz.non_state_codes:  # "rights groups urged the administration": the story's
                home = ctx.actors.main_state()
            if a.country is None and a.name == "partner" and home and _head_lemma(ctx, a) in HOME_BODIES:
                a.country, a.name = home, ctx.gaz.country_name(home)  # "opposition leader X accused the government"
            if a.country is None and a.name == "partner" and _own_nation(ctx, a, other, known):
                a.country, a.name = known, ctx.gaz.country_name(known)  # "the PM urged the nation to unite"
            if a.country is None and a.name == "partner":
                a.country, a.name = ctx.actors.partner_of(known) or _last_other(ctx.actors, known), None
                if a.country:
                    a.name = ctx.gaz.country_name(a.country)
            if "counterpart" in a.text.lower() and a.sector is None:
                a.sector = next((o.sector for o in other if o.sector), None)


def _own_nation(ctx: Context, actor: Actor, other: list[Actor], known: str | None) -> bool:
    """Is "the nation" or "the country" that a state's official urges or promises something his
    own: the other side is an official of that state and the sentence names no other state
    ("the premier urged the nation to stay united")?"""
    if known is None or ctx.cand.type not in ADDRESS_TYPES or _head_lemma(ctx, actor) not in NATION_NOUNS:
        return False  # "visited the country" is a journey abroad
    if not any(o.country == known and o.sector in STATE_BODIES for o in other):
        return False  # "the army spokesman urged the country to stay calm" speaks for the state too
    named = {m.entry.code for m in ctx.marks.names.values() if m.entry.kind not in {"person", "none"}}
    return named <= {known}


def own_envoy(ctx: Context, sides: Sides) -> None:
    """"Armenia recalled its ambassador": one's own envoy or troops called back are no target;
    the state they leave is, the story's partner when the sentence names none."""
    cand = ctx.cand
    if cand.type not in {"SANCTION", "RETREAT"} or not sides.sources or not sides.targets:
        return
    own = {a.country for a in sides.sources}
    if any(a.country not in own for a in sides.targets):
        return
    if not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for h in cand.targets for c in h.children):
        return
    partner = ctx.actors.partner_of(sides.sources[0].country)
    sides.targets = [ctx.state(partner)] if partner else []


def _head_lemma(ctx: Context, actor: Actor) -> str:
    """The head word of the phrase an actor was read from ("the government of fraud": government),
    else the phrase's last word."""
    words = actor.text.lower().split()
    head = next((h for h in ctx.cand.sources + ctx.cand.targets if h.lower_ in words), None)
    return head.lemma_.lower() if head is not None else words[-1] if words else ""


def misattached_clause(ctx: Context, sides: Sides) -> None:
    """Two parses that hand a verb the subject of another clause. "She said X's action against Y
    is possible, and warned the country": a past verb joined to the present clause of a report,
    or to a state it describes ("said Kenya was on notice, and imposed sanctions"), is the
    reporter's (the parser joins it to the reported clause). "responded to the mother
    calling for an inquiry": a participle that follows the noun it modifies is that noun's act
    (the parser hangs it on the main verb)."""
    cand = ctx.cand
    verb = cand.verb
    if cand.light is not None or cand.frame is not None or any(c.dep_ in coder.SUBJECTS for c in verb.children):
        return
    head = verb.head
    if head == verb:
        return
    # or joined to a state the report describes in the past: "said Kenya was on notice, and imposed sanctions"
    described = head.lemma_ == "be" and any(c.dep_ in {"acomp", "attr", "prep"} for c in head.children)
    bare = not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    joined = verb.dep_ == "conj" and verb.tag_ == "VBD" and (head.tag_ in {"VBZ", "VBP"} or (described and bare))
    said = reporting_verb(head) if joined else None
    if said is not None and said.tag_ == "VBD":
        reporter = _subjects(said)
        if reporter and set(reporter) != set(cand.sources):
            sides.sources = expand(reporter, ctx.marks, ctx.actors)
        return
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and cand.type in SAID_TYPES and trailing(verb):
        reporter = _reporter_above(head)
        if reporter and set(reporter) != set(cand.sources):
            found = expand(reporter, ctx.marks, ctx.actors)
            if any(a.country for a in found):
                sides.sources = found
                return
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and cand.type in SAID_TYPES and verb.i > 0:
        noun = verb.doc[verb.i - 1]
        if noun.pos_ == "NOUN" and noun.dep_ in {"pobj", "dobj"} and noun.head.i < noun.i and noun not in cand.sources:
            sides.sources = expand([noun], ctx.marks, ctx.actors)


def _reporter_above(clause: Token) -> list[Token]:
    """The subjects of the reporting verb a reported clause hangs from ("X said that the bloc must
    agree the terms first, ..."): X."""
    said = reporting_verb(clause, REPORTED_LINKS)
    return _subjects(said) if said is not None else []


def _subjects(verb: Token) -> list[Token]:
    """The verb's own subjects, without their conjuncts: "X said": X."""
    return [c for c in verb.children if c.dep_ in coder.SUBJECTS]


def site_doer(ctx: Context, sides: Sides) -> None:
    """"an attack on a Lisbon cafe that killed nine people": the parser gives the killing to the
    cafe; the place an act struck attacks no one, so the attacker is left unknown."""
    cand = ctx.cand
    if cand.type != "ASSAULT":
        return
    sites = [h for h in cand.sources if coder.struck_site(h) and h.i not in ctx.marks.terms]
    if sites:
        sides.sources = expand([h for h in cand.sources if h not in sites], ctx.marks, ctx.actors)


def branded_author(ctx: Context, sides: Sides) -> None:
    """"slammed the probe as a political stunt from Republicans", "dismissed the report as a smear
    by the opposition": a thing branded as someone's act is aimed at that someone, not at whoever
    the thing itself would point back to."""
    cand = ctx.cand
    if cand.type not in BRANDING_TYPES or any(_marked(t, ctx.marks) for t in cand.targets):
        return
    authors = [
        who
        for prep in cand.verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for by in noun.children
        if by.dep_ == "prep" and by.lower_ in BRANDING_PREPS
        for who in by.children
        if who.dep_ == "pobj"
    ]
    found = ctx.placed(authors)
    if found:
        sides.targets = found


def _marked(tok: Token, marks: SentenceMarks) -> bool:
    """Does the word name an actor itself (a gazetteer name, a sector term or a pronoun)?"""
    return marked(tok, marks) or tok.pos_ == "PRON"


def refuser(ctx: Context, sides: Sides) -> None:
    """"The Netherlands refused to let Turkish ministers hold rallies": a refusal to let others
    act is the refuser's, aimed at those it would not let act (not at a place of its own they
    would have gone to)."""
    cand, frame = ctx.cand, ctx.cand.frame
    if cand.type != "REJECT" or frame is None or status.frames().get(frame.lemma_.lower()) != "reject":
        return
    subjects = _subjects(frame)
    if not subjects or any(h in subjects for h in cand.sources):
        return
    who = ctx.placed(subjects)
    if not who or any(a.country == who[0].country for a in sides.sources):
        return
    # "refused to let the minister visit Rotterdam": aimed at the minister, not the refuser's own city
    aimed = [a for a in sides.targets if a.country and a.country not in {w.country for w in who}]
    sides.targets = aimed or [a for a in sides.sources if a.country] or sides.targets
    sides.sources = who


def sit_in(ctx: Context, sides: Sides) -> None:
    """"activists blockaded the bank's offices", "students occupied the ministry": civilians who
    seize or block a place protest; they do not coerce."""
    cand = ctx.cand
    if cand.type != "COERCE" or cand.token.lemma_.lower() not in SIT_IN_VERBS or not sides.sources:
        return
    if all(a.sector in CIVIL_SECTORS for a in sides.sources):
        cand.type, cand.cameo = "PROTEST", lexicon.load().type_cameo["PROTEST"]


def state_act_doer(ctx: Context, sides: Sides) -> None:
    """"Two reporters were arrested in Minsk", "the suspect was deported from Malaysia", "the
    arrest of a pilot in the US": an act only a state does, in the passive with no agent or as a
    noun with no doer, is done by the state where it happened (the
    place the sentence names), else by the state the story is about. The state of the one acted
    on is no clue when the sentence names no place: a story about two states whose citizen of
    one was held leaves the doer unknown."""
    cand = ctx.cand
    verb = cand.token
    if sides.sources or cand.sources or cand.implicit_source:
        return
    if cand.trigger.pos == "NOUN":  # "the arrest of a Russian pilot in the US": the US arrested him
        held = ctx.actors.held_in(verb, ctx.marks)
        if held is not None:
            sides.sources = [ctx.state(held)]
        return
    if verb.lemma_.lower() not in STATE_ACT_VERBS or verb.tag_ != "VBN":
        return
    kids = list(verb.children)
    if not (any(c.dep_ == "auxpass" for c in kids) or coder.shared_passive(verb)) or any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in kids
    ):
        return
    left = coder.prep_objects(verb, {"from"})
    if any(o.pos_ == "NOUN" and o.lemma_.lower() not in LAND_NOUNS for o in left) and cand.type != "RETREAT":
        return  # "expelled from the party", "from school": no state's act
    where = coder.prep_objects(verb, places.PLACE_PREPS | {"from"})
    # the place's own phrase: "in a Moscow court", not "at a hearing about a pledge concerning migrants"
    place = ctx.home or ctx.named_inside([t for o in where for t in ctx.actors.np_tokens(o) if t.i in ctx.marks.names])
    if place in ctx.gaz.non_state_codes:
        place = None
    if place is None:
        place = _town_state(ctx, verb)  # "a man who attacked a guard on a Lyon bus was jailed"
    if place is None:
        place = ctx.actors.main_state()
        patient = ctx.named_inside(cand.targets)
        others = [c for c in ctx.actors.salient(exclude={place}) if c not in ctx.gaz.non_state_codes]
        if patient is not None and patient != place:
            return  # "a Tunisian was detained" in a story about France: perhaps held abroad
        if place is not None and patient == place and others:
            return  # "a Russian was detained" in a story about Russia and Ukraine: held by either
    if place is not None:
        sides.sources = [ctx.state(place)]


def _town_state(ctx: Context, verb: Token) -> str | None:
    """The one state of the towns the clause sets things in that no name marks ("on a Leeds
    tram", "in Bowling Green"), found in the place list by their whole names ("at John F.
    Kennedy International Airport" is no town called Kennedy)."""
    found = set()
    for tok in verb.subtree:
        if tok.pos_ != "PROPN" or tok.i in ctx.marks.names or tok.i in ctx.marks.terms:
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
            continue  # a word of a longer name, looked up whole at its last word
        if not any(a.dep_ == "prep" and a.lower_ in places.PLACE_PREPS | {"on"} for a in tok.ancestors):
            continue
        words = places.full_name(tok, verb).split()
        while len(words) > 1 and words[0].lower() in DIVISION_WORDS:
            words = words[1:]  # "Co Galway"
        code = geo.home(" ".join(words))
        if code is not None:
            found.add(code)
    return next(iter(found)) if len(found) == 1 else None


def unplaced_people(ctx: Context, sides: Sides) -> None:
    """"killing one person", "arresting 12 demonstrators": people the text does not place are of
    the country named in their phrase, else of the place of the event, else of the actor's."""
    cand = ctx.cand
    met = cand.type in MEETING_TYPES and _of_one_state(ctx, sides)
    if cand.type not in DOMESTIC and not met:
        return
    for head in cand.targets:
        actor = ctx.actors.resolve(head, ctx.marks)
        if actor is not None and actor.country is not None:
            continue
        if head.pos_ not in {"NOUN", "NUM", "PROPN"} or not (
            head.i in ctx.marks.terms or head.pos_ == "NUM" or _held_person(ctx, sides, head)
        ):
            continue
        if met and ctx.marks.terms.get(head.i) is not None and ctx.marks.terms[head.i].sector not in HOME_SECTORS:
            continue
        if any(c.i in ctx.marks.names and negated_name(c) for c in head.children):
            continue  # "non-EU migrants": of a state the text does not say
        sector = ctx.marks.terms[head.i].sector if head.i in ctx.marks.terms else None
        country = (
            ctx.named_inside([head])
            or ctx.home
            or _struck_by_main_act(ctx)
            or _struck_site(ctx)
            or (None if _from_the_air(cand) else next((a.country for a in sides.sources if a.country), None))
        )
        if country:
            sides.targets.append(Actor(text=head.text, name=None, country=country, sector=sector))


def _a_person(ctx: Context, head: Token) -> bool:
    """Does ``head`` name a person, by a name the tables give to one or by a name that is not a place's?"""
    if head.i in ctx.marks.names:
        return ctx.marks.names[head.i].entry.kind == "person"
    return head.pos_ == "PROPN" and head.i not in ctx.marks.terms and geo.home(head.text) is None


def _held_person(ctx: Context, sides: Sides, head: Token) -> bool:
    """A person the tables do not know, named as the one a state's police, courts or forces
    arrest or charge, or its police shoot ("police detained Ali Hassan", "prosecutors charged Ana
    Ruiz"): one of the state that holds them, as far as the text says."""
    if head.i in ctx.marks.names or not _a_person(ctx, head):
        return False
    # a person's name: so labelled, or a name of two words ("Ivan Petrov", "Mr Lee"), not a town
    named = head.ent_type_ == "PERSON" or (
        head.ent_type_ == "" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)
    )
    if not named:
        return False
    holders = HOLDERS.get(ctx.cand.type, frozenset())
    # or the state itself, as the doer of an act only a state does ("X was charged with fraud")
    implied = ctx.cand.type in HOLDERS and ctx.cand.token.lemma_.lower() in STATE_ACT_VERBS
    return any(
        a.country and (a.sector in holders or (implied and not a.text and a.sector is None)) for a in sides.sources
    )


def _of_one_state(ctx: Context, sides: Sides) -> bool:
    """Are the actors of one state, and does the sentence name no other ("the senator met
    lawmakers": at home)?"""
    own = {a.country for a in sides.sources if a.country}
    if len(own) != 1:
        return False
    named = {m.entry.code for m in ctx.marks.names.values()} - ctx.gaz.non_state_codes
    return named <= own


def denied_charge(ctx: Context, sides: Sides) -> None:
    """"denied the charges", "denied any wrongdoing", "denied that it had ...": a denial with no
    named accuser answers the story's other side (a state named at least as often as the
    denier's), else the denier's own state (a domestic story); "denied the ministry's request",
    "rejected Democratic requests": an owner the text does not place is of the denier's own state."""
    cand = ctx.cand
    verb = cand.verb  # "denied the charges", "dismissed the accusations" (the noun its own trigger)
    if cand.type != "REJECT" or verb.lemma_.lower() not in DENIAL_VERBS or not sides.sources:
        return
    own = next((a.country for a in sides.sources if a.country), None)
    if own is None:
        return
    if sides.targets:
        for a in sides.targets:
            if a.country is None and a.sector is not None and not a.members:
                a.country = own
        return
    asked = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.lemma_.lower() in ASKED_THINGS and not any(m.dep_ == "poss" for m in c.children)
    ]
    only_asked = bool(asked) and set(cand.targets) <= set(asked)  # no recipient but the thing asked
    askers = ctx.actors.claimants("ask", own) if only_asked else []
    if askers:
        # "the court denied the request": the request the story said someone made of the court's state
        sides.targets = askers
        return
    # "resisted calls to resign": calls no one in the story is told to have made answer its other side
    owned = {c.i for c in asked if any(p.dep_ == "prep" and p.lower_ in {"from", "by"} for p in c.children)}
    said = [c for c in asked if only_asked and c.i not in owned]
    said += [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DENIED_CHARGES]
    said += [c for c in verb.children if coder.clause_object(c)]  # "denied that it fired", "denied firing"
    if cand.targets and not said and all(t.dep_ in {"amod", "compound", "poss"} for t in cand.targets):
        # "rejected Democratic requests": an owner of no known state is a domestic one
        sides.targets = [ctx.state(own)]
        return
    if not said:
        return
    accuser = _joined_speaker(ctx, verb, own)
    if accuser is not None:
        # "X said ..., but Y denied the claims": the denial answers X
        sides.targets = [accuser]
        return
    accusers = ctx.actors.claimants("charge", own)
    if accusers:
        # "X concluded that Russia hacked ... The Kremlin denied the allegations": the denial answers X
        sides.targets = accusers
        return
    counts = ctx.actors.salience
    others = ctx.actors.salient(exclude={own})
    if all(c.lemma_.lower() in CONDUCT_CHARGES or _own_conduct(ctx, c, own) for c in said):
        # "denied any wrongdoing", "denied meeting Russian officials": a denial of one's own conduct
        # answers no other state, not even one the denied act names
        sides.targets = [ctx.state(own)]
        return
    domestic = not others or counts[others[0]] < counts[own]
    sides.targets = [ctx.state(own if domestic else others[0])]


def _own_conduct(ctx: Context, said: Token, own: str) -> bool:
    """Whether a denied clause tells the denier's own conduct: a gerund ("denied meeting him"), or
    a clause whose subject is a pronoun, the denier's own ("denied that its jets fired", "that any
    of his aides met X") or of the denier's state ("denied that Turkish troops entered Iraq")."""
    if not coder.clause_object(said):
        return False
    if said.dep_ == "xcomp":
        return True
    subjects = [c for c in said.children if c.dep_ in coder.SUBJECTS | coder.PASSIVE_SUBJECTS]
    if any(s.tag_ == "PRP" or any(t.tag_ == "PRP$" for t in s.subtree) for s in subjects):
        return True
    placed = ctx.placed(subjects)
    return bool(placed) and all(a.country == own for a in placed)


def _joined_speaker(ctx: Context, verb: Token, own: str) -> Actor | None:
    """The speaker of a report the denial's clause is joined to ("X said ..., but Y denied the
    claims"), when of another state."""
    cur, joined = verb, False
    while cur.head != cur:
        joined = joined or cur.dep_ == "conj"
        cur = cur.head
        if joined and reports(cur):
            subjects = [c for c in cur.children if c.dep_ == "nsubj"]
            found = [a for a in ctx.placed(subjects) if a.country != own]
            return found[0] if found else None
    return None


def retaken_home(ctx: Context, sides: Sides) -> None:
    """"Iraqi forces retook their second city", "the coalition helped retake Iraq's second city": a
    place of the actor's own state, or one whose owner is named, retaken names no one it was taken
    from (not "retook a village in Cambodia", nor "retook it from X", nor "rebels seized the town")."""
    cand = ctx.cand
    trig = cand.trigger
    if cand.type != "ASSAULT" or not trig.object_is_recipient or "from" not in trig.preps or not trig.objects:
        return
    if trig.lemma not in RETAKING_VERBS:
        return  # "the rebels seized the town": taken from its state
    if any(t.dep_ == "pobj" and t.head.lower_ == "from" for t in cand.targets):
        return
    own = {a.country for a in sides.sources if a.country}
    held = [t for t in cand.targets if t.dep_ == "dobj" and t.lemma_.lower() not in RETAKEN_PEOPLE]
    if not own or not held or len(held) < len(cand.targets):
        return
    # "retook Iraq's second city" (for Iraq, from someone unnamed), or a town of the actor's own
    if all(any(c.dep_ == "poss" for c in t.children) for t in held) or all(a.country in own for a in sides.targets):
        sides.targets = []


def condition_party(ctx: Context, sides: Sides) -> None:
    """"vowed to quit the pact if Chile builds the dam", "unless Peru
    rescinds the law": a threat with no other recipient is aimed at whoever must meet its
    condition."""
    if sides.targets or ctx.cand.type != "THREATEN":
        return
    verb = ctx.cand.verb
    for clause in [*verb.subtree, *(c for a in verb.ancestors for c in a.children)]:
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if clause.dep_ == "advcl" and marks & {"if", "unless"}:
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            found = ctx.placed(subjects)
            if found:
                sides.targets = found[:1]
                return


def placed_only(ctx: Context, sides: Sides) -> None:
    """Actors the document cannot place in a state or organisation are dropped."""
    sides.sources = [a for a in sides.sources if a.country]
    sides.targets = [a for a in sides.targets if a.country]


def fight_between(ctx: Context, sides: Sides) -> None:
    """"the war between Armenia and Azerbaijan killed thousands": what a fight between two
    named sides does, they do to each other."""
    cand = ctx.cand
    if sides.sources or cand.type != "ASSAULT":
        return
    between = [o for h in cand.sources for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
               for o in coder.pobjs(c)]
    pair = ctx.placed(between)
    if len({a.country for a in pair}) >= 2:
        other = [a for a in pair if a.country != pair[0].country]
        sides.sources, sides.targets, sides.mutual = pair[:1], other[:1], True


def unknown_attacker(ctx: Context, sides: Sides) -> None:
    """"a mine near Gao killed ...", "died in a truck bombing in Kandahar": an
    unidentified attacker in the country where it happened. "Gunmen opened fire on a bus in
    Karachi", "a car bomb exploded near a police station in Kabul": what was hit, placed by
    no name of its own, is of that country (with the sector its phrase names: the police)."""
    cand = ctx.cand
    if sides.sources or cand.type != "ASSAULT" or cand.implicit_source or not (sides.targets or cand.targets):
        return  # ("the war with X" is the story's side's: story_side)
    if status.status(cand.token, cand.light) in {"planned", "hypothetical"}:
        return  # no one threatens or plans as an unknown attacker
    if cand.verb.dep_ == "pcomp" and cand.verb.head.lower_ == "for":
        return  # "practice for striking bases", "preparations for attacking": no attack yet
    # "an airstrike killed ...", "were killed in an air raid": some state's air force, not an unknown attacker
    doers = cand.sources + coder.prep_objects(cand.verb, coder.ATTACK_PREPS)
    if any(t.lemma_.lower() in STATE_WEAPONS for h in doers for t in h.subtree):
        return
    near = places.locate(cand.sources, ctx.marks, ctx.gaz.country_names)  # "a bombing near Samarra"
    where = ctx.home or ctx.named_inside(cand.sources) or (near.country if near else None)
    where = where or _struck_place(ctx)
    if not where:
        return
    foreigners = sides.targets and all(a.country != where for a in sides.targets)
    if foreigners and all(_a_person(ctx, h) for h in cand.targets):
        return  # "Kim was attacked at Kuala Lumpur's airport": a foreigner killed abroad, by no one known
    if not sides.targets:
        # a thing or place hit; not a person or a day named, nor the missile fired
        hit = [h for h in cand.targets if h.pos_ == "NOUN" and h.lemma_.lower() not in cand.trigger.objects]
        if not hit:
            return
        sector = next((ctx.marks.terms[t.i].sector for h in hit for t in h.subtree if t.i in ctx.marks.terms), None)
        sides.targets = [ctx.state(where, hit[0].text, sector)]
    sides.sources = [Actor(text="", name=None, country=where, sector="UAF")]


def unnamed_crowd(ctx: Context, sides: Sides) -> None:
    """"There were riots in Kinshasa", "protests erupted in Minsk": a protest whose crowd the
    sentence does not name is by people of the place where it happened (else of the state the
    story is about), against their state."""
    cand = ctx.cand
    if sides.sources or cand.sources or cand.type != "PROTEST" or cand.implicit_source:
        return
    if cand.light is None or cand.trigger.pos != "NOUN" or not coder.happening(cand.light):
        return  # only a protest that happened ("there were riots"), not one carried out by no one named
    if status.status(cand.token, cand.light) in {"planned", "hypothetical", "negated", "uncertain"}:
        return  # a protest called for, feared or denied has no crowd
    story = [c for c in ctx.actors.salient() if c not in ctx.gaz.non_state_codes]
    where = ctx.home or next(iter(story), None)  # "there were riots on Tuesday": the story's
    if where is None:
        return
    sides.sources = [ctx.state(where, "", "CVL")]
    sides.targets = sides.targets or [ctx.state(where)]


def unowned_thing(ctx: Context, sides: Sides) -> None:
    """"condemned the statements", "rejected the plan": a thing whose owner the sentence does
    not name is taken to be of the other state the story is about; in a story about the actor's
    own state (named more than :data:`DOMESTIC_RATIO` times as often as any other), or when the
    actor is a party at home ("the opposition rejected the plan"), of that state. A thing whose
    phrase names whom it was done to ("condemned the attack on the embassy") is left to no one:
    the condemnation is aimed at whoever did it; one whose relative clause names who made it
    ("criticised the tone the president has taken") is that maker's; one named as known ("the
    test") by an act the story has told a state doing ("North Korea tested a missile") is that
    state's."""
    cand = ctx.cand
    if sides.targets or not sides.sources or cand.type not in {"ACCUSE", "REJECT"} or not cand.targets:
        return
    thing = cand.targets[0]
    if thing.pos_ != "NOUN" or thing.i in ctx.marks.terms:
        return
    if _names_victim(thing, ctx.marks):
        return  # "condemned the attack on the embassy": aimed at whoever did it, not the one hit
    if any(c.dep_ == "amod" and c.lower_ in ALIEN_WORDS for c in thing.children):
        return  # "accused foreign powers of meddling": neither the actor's state nor the story's other
    # a relative clause whose verb takes the thing for its object: "the tone the president adopted"
    made_by = [c for c in thing.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB" and not _has_object(c)]
    makers = [s for c in made_by for s in c.children if s.dep_ == "nsubj"]
    made = ctx.placed([m for m in makers if m.pos_ in {"NOUN", "PROPN"}])
    if made:  # "criticised the line the new minister has taken": the president's
        sides.targets = made[:1]
        return
    states = {a.country for a in sides.sources if a.country}
    doer = ctx.actors.doer_of(thing.lemma_.lower()) if _definite(thing) else None
    if doer is not None and doer not in states:  # "X tested a missile ... Japan condemned the test": X's
        sides.targets = [ctx.state(doer, thing.text)]
        return
    own = next(iter(states)) if len(states) == 1 else None  # "both countries condemned it": no one's own
    other = ctx.actors.salient(exclude={a.country for a in sides.sources})
    counts = ctx.actors.salience
    judged = cand.trigger.lemma.startswith("judgement:")  # "said the earthquake was a danger": nobody's
    domestic = counts[other[0]] * DOMESTIC_RATIO < counts[own] if other else not judged
    if own in ctx.gaz.non_state_codes:
        own = None  # "rights groups criticised the camps": the NGO's "own" thing is no one's
    if own is not None and all(a.sector in QUARREL_SECTORS for a in sides.sources):
        domestic = True  # "Republicans rebuffed those calls": a party's quarrel is at home
    if own is not None and domestic:
        # a domestic story ("the opposition denounced the probe"): the thing is of the actor's own state
        sides.targets = [ctx.state(own, thing.text)]
    elif other:  # ("condemned the statements" with no other state named: no one is judged)
        sides.targets = [ctx.state(other[0], thing.text)]


def _definite(thing: Token) -> bool:
    """Is a thing named as one the reader knows ("the test", "this move", "such drills")?"""
    return any(c.dep_ in {"det", "amod", "predet"} and c.lower_ in DEMONSTRATIVES for c in thing.children)


def _has_object(verb: Token) -> bool:
    """An object of the verb's own, not the relative pronoun that stands for the thing ("the plan
    that the president drafted")."""
    return any(c.dep_ in {"dobj", "attr", "prep"} and c.tag_ not in {"WDT", "WP"} for c in verb.children)


def _names_victim(thing: Token, marks: SentenceMarks) -> bool:
    """ "the attack on the Polish embassy", "acts of violence against Kurdish villagers": a thing
    whose own phrase (not a clause or phrase further down) names, after one of
    :data:`VICTIM_PREPS`, the actor it was done to."""
    nouns = [thing, *coder.prep_objects(thing, {"of"})]
    return any(
        t.i in marks.names or t.i in marks.terms
        for n in nouns
        for o in coder.prep_objects(n, VICTIM_PREPS)
        for t in o.subtree
    )


def attacked_place(ctx: Context, sides: Sides) -> None:
    """An attack on a place with no other recipient is an attack on that state."""
    if not sides.targets and ctx.home and ctx.cand.type == "ASSAULT" and sides.sources:
        sides.targets = [ctx.state(ctx.home)]


def opposed_party(ctx: Context, sides: Sides) -> None:
    """"marched in protest at Uganda's decision", "filled the square in defiance of Moroccan
    authorities", "massed tanks for a strike on Armenia", "rioted, demanding independence from
    Sudan": a protest, show of force or threat with no recipient is aimed at the state its
    "against", "at", "over" or "of" phrase names, or the one it would part "from"."""
    if sides.targets or not sides.sources or ctx.cand.type not in {"PROTEST", "MOBILIZE", "THREATEN"}:
        return
    own = {a.country for a in sides.sources}
    verb = ctx.cand.verb
    # "ran tests and fired rockets it called a rehearsal for striking X": not the tests.
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for t in c.subtree}
    for tok in verb.subtree:
        if tok.dep_ != "pobj" or tok.i in joined:
            continue
        prep = tok.head
        # "demanding independence from Indonesia": the state they would leave
        parting = prep.lower_ == "from" and prep.head.lemma_.lower() in SEPARATION_NOUNS
        if prep.lower_ not in OPPOSING_PREPS and not parting:
            continue
        if prep.head.lemma_.lower() in WATER_NOUNS:  # "into the Sea of Japan": no one is opposed
            continue
        found = [a for a in ctx.placed([tok]) if a.country not in own]
        if found:
            sides.targets = found[:1]
            return


def mourned_dead(ctx: Context, sides: Sides) -> None:
    """"offered condolences to the families of those killed in Afghanistan", "condolences over
    the death of Turkish soldiers": sympathy no one named receives goes to the state of the dead,
    the first other state its phrase names."""
    cand = ctx.cand
    if sides.targets or not sides.sources or cand.token.lemma_.lower() not in MOURNING_WORDS:
        return
    own = {a.country for a in sides.sources}
    words = [w for w in (cand.token, cand.light) if w is not None]
    objects = [*cand.targets, *(o for w in words for p in w.children if p.dep_ == "prep" for o in coder.pobjs(p))]
    state = next((c for o in objects if (c := ctx.named_inside([o])) and c not in own), None)
    if state is not None and state not in ctx.gaz.non_state_codes:
        sides.targets = [ctx.state(state)]


def aimed_at_home(ctx: Context, sides: Sides) -> None:
    """A protest with no named recipient is aimed at the government where it is held; coercion
    with none, or a threat of it ("threatened to impose a curfew"), at the people there (or of
    the actor's own state); so is a concession ("lifted the state of emergency in the north").
    An armed group or an organisation has no people of its own: what it does at no named place
    ("the militants seized the town") is done in the state the story is about."""
    kind = ctx.cand.trigger.type if ctx.cand.type == "THREATEN" else ctx.cand.type
    if sides.targets or not sides.sources or kind not in {"PROTEST", "COERCE", "CONCEDE"}:
        return
    many = _many_states(ctx.cand.verb) if kind == "COERCE" else []
    if many:  # "banned travellers from seven countries": aimed at people of other states
        named = ctx.placed([o for t in many for p in t.children if p.lower_ in EXAMPLE_PREPS for o in coder.pobjs(p)])
        sides.targets = named  # "..., including Iran and Syria"
        return
    sector = "GOV" if kind == "PROTEST" else None
    if kind == "COERCE" and ctx.cand.trigger.mode in PEOPLE_MODES:
        sector = "CVL"  # "there were eight arrests in Lyon": people were held there
    # "a protest by Ugandan students in Nairobi": where the protesters are is where it is held
    held = places.locate(ctx.cand.sources, ctx.marks, ctx.gaz.country_names) if kind == "PROTEST" else None
    place = ctx.home or (held.country if held is not None and held.country else None)
    if place is None and len({a.country for a in sides.sources}) > 1:
        return  # "Germany and Austria sought to prevent rallies on their soil": each at home, no one state's
    where = place or sides.sources[0].country
    if where in ctx.gaz.non_state_codes:
        where = next((c for c in ctx.actors.salient() if c not in ctx.gaz.non_state_codes), None)
    if where is not None:
        sides.targets = [ctx.state(where, sector=sector)]


def _many_states(verb: Token) -> list[Token]:
    """The nouns of several states the clause names without listing them ("from seven
    countries", "citizens of several Muslim nations")."""
    return [
        t
        for t in verb.subtree
        if t.lemma_.lower() in NATION_NOUNS
        and t.tag_ == "NNS"
        and any(c.dep_ in {"nummod", "amod"} for c in t.children)
    ]


def attended_gathering(ctx: Context, sides: Sides) -> None:
    """"attended a ceremony in Lithuania", "attended the summit in Brussels", "attended a forum
    hosted by Japan": attending a gathering abroad is a visit to its host (the party that holds
    it, else the state of the place named); at home it is no visit, and no one else's."""
    cand = ctx.cand
    if sides.targets or not sides.sources or not _attending(cand):
        return
    own = {a.country for a in sides.sources}
    host = _host(ctx)
    if host is not None and host not in own:
        sides.targets = [ctx.state(host)]


def journey_made_for(ctx: Context, sides: Sides) -> None:
    """"headed to Jordan to take part in a summit", "flew to Seoul to join the talks": a meeting
    a journey is made for, with no party named, is with the state the journey ends in."""
    cand = ctx.cand
    if cand.type != "CONSULT" or sides.targets or not sides.sources:
        return
    verb = cand.light or cand.verb
    while verb.dep_ in {"xcomp", "advcl", "conj", "prep", "pobj"} and verb.head.i != verb.i:
        verb = verb.head
        ends = destinations(verb)
        if ends:
            named = ctx.named_inside(ends)
            if named is not None and named not in {a.country for a in sides.sources}:
                sides.targets = [ctx.state(named)]
            return


def shared_with(ctx: Context, sides: Sides) -> None:
    """"closed the border crossings with Niger", "suspended trade with Qatar": a measure on
    something shared with another state, naming no one else, is aimed at that state."""
    cand = ctx.cand
    if cand.type not in {"COERCE", "SANCTION"} or sides.targets or not sides.sources:
        return
    own = {a.country for a in sides.sources}
    things = [c for c in cand.verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    preps = [p for t in things for p in t.children if p.dep_ == "prep" and p.lower_ in SHARED_PREPS]
    found = {ctx.named_inside(coder.pobjs(p)) for p in preps} - {None} - ctx.gaz.non_state_codes
    if len(found) == 1 and not found & own:
        sides.targets = [ctx.state(next(iter(found)))]


def deployment_site(ctx: Context, sides: Sides) -> None:
    """"deployed 300 marines in and around Raqqa, Syria", "sent commandos near Kidal", "massed
    troops on the Ukrainian border": forces sent to a place abroad, with no party named, are sent
    to the state of that place."""
    cand = ctx.cand
    if cand.type != "MOBILIZE" or cand.trigger.mode != "troops" or sides.targets or not sides.sources:
        return  # a missile test is sent nowhere
    own = {a.country for a in sides.sources}
    sent = [cand.verb, *(c for c in cand.verb.children if c.dep_ == "dobj")]  # "sent troops to X"
    preps = [c for w in sent for c in w.children if c.dep_ == "prep" and c.lower_ in DEPLOY_SITE_PREPS]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ in DEPLOY_SITE_PREPS]
    found = set()
    for obj in (o for p in preps for o in coder.pobjs(p)):
        if obj.lemma_.lower() in WATER_NOUNS:
            continue  # "into the Sea of Japan": no state's land
        named = ctx.named_inside([obj])
        if named is None and obj.pos_ == "PROPN" and obj.i not in ctx.marks.terms:
            named = geo.home(obj.text)  # "near Kidal": a town of one state
        if named is not None:
            found.add(named)
    found -= ctx.gaz.non_state_codes
    if len(found) == 1 and not found & own:
        sides.targets = [ctx.state(next(iter(found)))]


def named_pair(ctx: Context, sides: Sides) -> None:
    """"A deal to widen trade between the two states was reached": with no actor,
    the two parties named below the trigger, either way round (a protest is no one's with another)."""
    if sides.sources or ctx.cand.type == "PROTEST":
        return
    pair = ctx.placed(_pair_heads(ctx.cand))
    if len(pair) >= 2 and not sides.targets:
        sides.sources, sides.targets, sides.mutual = pair[:1], pair[1:2], True


def helped_other(ctx: Context, sides: Sides) -> None:
    """"foreign intervention helped the army to push back insurgents": help given to a state
    body the sentence does not place goes to the story's other state, not the helper's own."""
    cand = ctx.cand
    if cand.type != "AID" or len(sides.targets) != 1 or not sides.sources:
        return
    own = {a.country for a in sides.sources if a.country}
    target = sides.targets[0]
    if len(own) != 1 or target.country not in own or target.sector not in STATE_BODIES or target.members:
        return
    heads = [h for h in cand.targets if h.pos_ == "NOUN"]
    if not heads or ctx.named_inside(heads) or any(c.dep_ == "poss" for h in heads for c in h.children):
        return  # "helped Russian troops", "helped its own army"
    other = [c for c in ctx.actors.salient(exclude=own) if c not in ctx.gaz.non_state_codes]
    if other:
        target.country, target.name = other[0], ctx.gaz.country_name(other[0])


def story_side(ctx: Context, sides: Sides) -> None:
    """"after the border war with Eritrea": the story's own side is the actor."""
    if sides.sources or not ctx.cand.implicit_source:
        return
    salient = ctx.actors.salient(exclude={a.country for a in sides.targets})
    states = [c for c in salient if c not in ctx.gaz.non_state_codes]  # not the UN the story named
    sides.sources = [ctx.state(c) for c in states[:1]]


def agreed_between(ctx: Context, sides: Sides) -> None:
    """"Erdogan and Trump agreed to act jointly against ISIL": states that agree together agree
    with each other; whom their plan concerns is no party to the agreement."""
    cand = ctx.cand
    if cand.type != "AGREE" or cand.token.lemma_.lower() != "agree" or len({a.country for a in sides.sources}) < 2:
        return
    partners = {o.i for o in coder.prep_objects(cand.token, {"with"})}
    if not any(h.i in partners for h in cand.targets):
        sides.targets = []


def compound_actor(ctx: Context, sides: Sides) -> None:
    """"Chile and Peru signed a trade deal", "Armenia and Azerbaijan clashed": a joint act of
    two states with no other recipient is between them."""
    srcs = sides.sources
    if ctx.cand.trigger.mode == "visit" and ctx.cand.targets:
        return  # "X and Y visited the museum": a place both saw, not a meeting of the two
    # "clashed", "exchanged fire", "swapped prisoners": with each other (a government "clashes" in words)
    reciprocal = any(t.lemma_.lower() in RECIPROCAL_VERBS for t in ctx.cand.anchors) and (
        (ctx.cand.type == "ASSAULT" and not any(a.sector == "GOV" for a in srcs)) or ctx.cand.type == "RETREAT"
    )
    backers = ctx.cand.type == "SUPPORT" and agent_participle(ctx.cand.verb)
    if (
        not sides.targets
        and len(srcs) >= 2
        and len({a.country for a in srcs}) >= 2
        and (ctx.cand.type in SYMMETRIC | {"SUPPORT"} or reciprocal)
        and not backers  # "forces backed by X and Y": both back the forces, not each other
    ):
        sides.sources = srcs[:1]
        sides.targets = [a for a in srcs[1:] if a.country != srcs[0].country]
        sides.mutual = True
        return
    # "the government and rebel groups swapped prisoners": a joint act of a government and a
    # group of its own state is between them
    gov = next((a for a in srcs if a.sector == "GOV"), None)
    local = [a for a in srcs if gov is not None and a.country == gov.country and a.sector in LOCAL_SECTORS]
    if not sides.targets and local and len({a.country for a in srcs}) == 1 and ctx.cand.type in JOINT:
        sides.sources, sides.targets = [gov], local[:1]
        return
    # "President X and Speaker Y met at the White House": a meeting of two people of one state
    people = [a for a in srcs if a.name and " " in a.name and a.name in a.text]
    if (
        not sides.targets
        and len(people) == 2
        and len(srcs) == 2
        and people[0].country == people[1].country
        and people[0].name != people[1].name
        and ctx.cand.type in SYMMETRIC
    ):
        sides.sources, sides.targets = people[:1], people[1:]


def offer_maker(ctx: Context, sides: Sides) -> None:
    """"accepted an invitation from the Spanish king", "agreed to a proposal by Chile": an
    agreement with no other recipient is with whoever made what it accepts."""
    cand = ctx.cand
    if sides.targets or not sides.sources or cand.type != "AGREE":
        return
    verb = cand.verb
    accepted = [c for c in verb.children if c.dep_ == "dobj"]
    accepted += coder.prep_objects(verb, {"to", "on"})
    makers = [
        o
        for a in accepted
        for c in a.children
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}
        for o in coder.pobjs(c)
    ]
    own = {a.country for a in sides.sources}
    found = [a for a in ctx.placed(makers) if a.country not in own]
    if found:
        sides.targets = found[:1]


def partner_fill(ctx: Context, sides: Sides) -> None:
    """"The ministers met again on Friday": a meeting or agreement with no recipient in the
    sentence is with the actor's partner in the story, unless it is what the meeting is about
    ("the Council will meet on Syria")."""
    cand = ctx.cand
    if sides.targets or cand.targets or not sides.sources:
        return
    if _attending(cand) and _host(ctx) is not None:
        return  # a gathering at home is no meeting with anyone in particular
    if any(a.sector in CIVIL_SECTORS for a in sides.sources) or any(
        h.pos_ == "NOUN" and h.i not in ctx.marks.terms and h.i not in ctx.marks.names for h in cand.sources
    ):
        return  # "not all locals agree", "students agreed": people, not a party to the story's dealings
    own = {t.i for h in cand.sources for t in h.subtree}
    if any(
        t.i not in own and t.i in ctx.marks.terms and ctx.marks.terms[t.i].sector in DOMESTIC_PARTIES
        for t in cand.verb.subtree
    ):
        return  # "reluctant to agree to the opposition's demands": a party at home, not the partner
    if cand.trigger.mode == "visit" and _visited_elsewhere(ctx, sides):
        return
    body = _body_of_gathering(ctx, sides)
    if body is not None:
        sides.targets = [body]
        return
    if cand.type in PARTNER_FILL or (cand.light is not None and cand.type == "SUPPORT"):
        partner = ctx.actors.partner_of(sides.sources[0].country)
        if partner and partner not in _subject_states(ctx):
            sides.targets = [ctx.state(partner)]


def _subject_states(ctx: Context) -> set[str]:
    """The states the trigger's "on", "about" phrase names: "a meeting on Syria" is about Syria."""
    words = [w for w in (ctx.cand.token, ctx.cand.light) if w is not None]
    return {
        ctx.marks.names[t.i].entry.code
        for w in words
        for c in w.children
        if c.dep_ == "prep" and c.lower_ in SUBJECT_PREPS
        for t in c.subtree
        if t.i in ctx.marks.names
    }


def _body_of_gathering(ctx: Context, sides: Sides) -> Actor | None:
    """The organisation whose gathering a noun names ("took part in Security Council
    discussions", "joined NATO talks"): the actor deals with that body, not with a partner."""
    cand = ctx.cand
    if cand.trigger.pos != "NOUN" or cand.type != "CONSULT":
        return None
    own = {a.country for a in sides.sources}
    for mod in cand.token.children:
        if mod.dep_ not in {"compound", "amod", "nmod"} or mod.i > cand.token.i:
            continue
        for t in mod.subtree:
            m = ctx.marks.names.get(t.i)
            if m is not None and m.entry.kind == "igo" and m.entry.code not in own:
                return ctx.state(m.entry.code, ctx.gaz.country_name(m.entry.code) or m.entry.alias, m.entry.sector)
    return None


def _visited_elsewhere(ctx: Context, sides: Sides) -> bool:
    """A visit is to the place it names, not to the story's partner: "began his visit in Japan"
    (set as the target here); "made visits in all four regions", "visits in Canada's provinces"
    (places of the actor's own state, or many: no one's); a region's adjective ("his Asian
    tour") names no state either. A place not named ("a visit to the capital") is left to the
    partner."""
    cand = ctx.cand
    words = [w for w in (cand.token, cand.verb, cand.light) if w is not None]
    where = [
        o
        for w in words
        for o in coder.prep_objects(w, places.PLACE_PREPS | {"to"})
        if o.pos_ in {"NOUN", "PROPN"} and o.lower_ not in DAY_WORDS  # a place, not "in 2010" or "in May"
    ]
    own = {a.country for a in sides.sources}
    modifiers = [c for c in cand.token.children if c.dep_ in {"amod", "compound"}]
    named = ctx.named_inside(where) or next(  # "his Japan visit", "a NATO summit"
        (ctx.marks.names[c.i].entry.code for c in modifiers if c.i in ctx.marks.names), None
    )
    if named is not None and named not in own:
        sides.targets = [ctx.state(named)]
        return True
    regional = any(c.text[:1].isupper() and c.i not in ctx.marks.names for c in modifiers)
    # a place of the actor's own state, or many places ("in all four regions"): no one's
    return regional or named is not None or any(o.tag_ in {"NNS", "NNPS"} for o in where)


def plea_refused_at_home(ctx: Context, sides: Sides) -> None:
    """"The supreme court denied that petition", "the judges rejected the latest appeal", "a
    federal judge blocked the revised travel ban": a plea a court refuses, made by no one the
    sentence names, was made in the court's own state; a measure it halts or strikes down (the
    object its trigger requires), owned by no one the sentence names, is its own state's."""
    cand = ctx.cand
    if cand.type != "REJECT" or sides.targets or not sides.sources or cand.targets:
        return
    own = sides.sources[0].country
    if own is None or own in ctx.gaz.non_state_codes:
        return
    if any(a.sector != "JUD" or a.country != own for a in sides.sources):
        return
    # a measure a plain refusal names; not one a defiance breaks ("the judge is violating the law")
    refusable = PLEA_NOUNS | (frozenset() if cand.trigger.mode else cand.trigger.objects)
    refused = [o for o in cand.verb.children if o.dep_ in {"dobj", "nsubjpass"} and o.lemma_.lower() in refusable]
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for p in refused for c in p.children)
    if refused and not owned:
        sides.targets = [ctx.state(own, refused[0].text)]


def own_state_asked(ctx: Context, sides: Sides) -> None:
    """"The president wants the United States to leave the pact", "the speaker said the country
    must enforce the deal": a state's own servant who asks his state by its name states its
    policy, and asks no one."""
    cand = ctx.cand
    if cand.type != "REQUEST" or not sides.sources or not sides.targets or not cand.targets:
        return
    own = sides.sources[0].country
    if own is None or any(a.country != own or a.sector not in STATE_BODIES for a in sides.sources):
        return
    names = ctx.marks.names
    if all(h.i in names and names[h.i].entry.kind == "country" and names[h.i].entry.code == own for h in cand.targets):
        sides.targets = []


def office_left(ctx: Context, sides: Sides) -> None:
    """"The minister resigned", "Flynn stepped down", "withdrew his nomination", "refused to step
    down": one who leaves an office (or agrees or refuses to) gives it back to the state or body it
    belongs to, the leaver's own, when the text names no other."""
    cand = ctx.cand
    if cand.trigger.mode != "resign" or cand.type not in LEAVING_TYPES or sides.targets:
        return
    if any(h.lemma_.lower() not in cand.trigger.objects for h in cand.targets):
        return  # "withdrew his nomination": the office given up, no recipient named
    if len(sides.sources) != 1:
        return
    leaver = sides.sources[0]
    if leaver.country is not None:
        sides.targets = [ctx.state(leaver.country)]


Step = Callable[[Context, Sides], None]
STEPS: tuple[Step, ...] = (
    misattached_clause,
    means_used,
    mediated_pair,
    site_doer,
    branded_author,
    partners,
    own_envoy,
    gathering_venue,
    refuser,
    sit_in,
    state_act_doer,
    unplaced_people,
    denied_charge,
    condition_party,
    placed_only,
    fight_between,
    unknown_attacker,
    unnamed_crowd,
    unowned_thing,
    attacked_place,
    opposed_party,
    shared_with,
    mourned_dead,
    aimed_at_home,
    attended_gathering,
    journey_made_for,
    deployment_site,
    named_pair,
    helped_other,
    story_side,
    agreed_between,
    compound_actor,
    offer_maker,
    partner_fill,
    retaken_home,
    plea_refused_at_home,
    own_state_asked,
    office_left,
)


def resolve(
    cand: coder.Candidate, marks: SentenceMarks, actors: DocumentActors, gaz: gazetteer.Gazetteer
) -> tuple[Sides, Location | None] | None:
    """The sides of a candidate and where it happened, or None when it cannot be an event."""
    location = places.locate(cand.anchors + cand.targets, marks, gaz.country_names) or _scene(cand, marks, actors, gaz)
    ctx = Context(cand, marks, actors, gaz, location)
    # "told Al Jazeera", "spoke to Xinhua": an outlet spoken to is a medium, not a party
    targets = [h for h in cand.targets if not spoken_to_outlet(h, marks)]
    sides = Sides(expand(cand.sources, marks, actors), expand(targets, marks, actors), cand.mutual)
    for step in STEPS:
        step(ctx, sides)
    if not sides.sources:
        return None
    # a recipient named that cannot be placed: "released the prisoners" of no known state, "invited
    # the actor and his wife to a gala" (a trigger whose object is its recipient)
    unplaced = cand.type in ALONE or (cand.trigger.object_is_recipient and cand.type == cand.trigger.type)
    joint = len({a.country for a in sides.sources}) > 1  # "X and Y failed to agree": each the other's party
    needs_target = cand.type in NEEDS_TARGET and not (joint and cand.type in JOINT_ALONE)
    if not sides.targets and cand.type == "REQUEST" and any(map(_world_at_large, targets)):
        return sides, location  # "appealed to international donors for $100m": a plea to no one state
    if not sides.targets and (needs_target or (unplaced and cand.targets)):
        return None
    return sides, location


def _world_at_large(head: Token) -> bool:
    """Does a recipient stand for the world at large ("international donors", "the international
    community", "the world"), not for a party the text could place?"""
    lemma = head.lemma_.lower()
    worldwide = any(c.dep_ == "amod" and c.lower_ in WORLD_WORDS for c in head.children)
    return lemma in WORLD_ADDRESSEES and (lemma != "community" or worldwide)


def _last_other(actors: DocumentActors, country: str | None) -> str | None:
    """The state of the last actor met other than ``country``."""
    if country is None:
        return None
    return next((a.country for a in reversed(actors.recent) if a.country and a.country != country), None)


def _pair_heads(cand: coder.Candidate) -> list[Token]:
    """Heads below the trigger that name two parties: 'between X and Y', 'the two countries'."""
    heads = []
    for tok in cand.verb.subtree:
        if tok.lower_ == "between" and tok.dep_ == "prep":
            heads.extend(coder.pobjs(tok))
        elif tok.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in PAIR_WORDS for c in tok.children):
            heads.append(tok)
    return heads


def _scene(cand: coder.Candidate, marks: SentenceMarks, actors: DocumentActors, gaz: gazetteer.Gazetteer
           ) -> Location | None:
    """Where an attack happened when its own words name no place: the clause a participle
    follows ("a bomb exploded near a police station in Kabul, killing ..."), the clause that says
    how ("were killed when a bomb hit their vehicle in Kandahar"), the attack it is joined to
    ("killed 12 villagers and abducted 30 in Kenya"), the phrase of a doer that is no actor ("a
    bombing in Quetta killed"), or the place attacked ("bombed Idlib"); a capital it does not
    name is the story's state's."""
    if cand.type != "ASSAULT":
        return None
    verb = cand.verb
    own_subject = any(c.dep_ in coder.SUBJECTS | coder.PASSIVE_SUBJECTS for c in verb.children)
    around = [verb.head] if verb.dep_ in {"advcl", "conj"} and verb.tag_ == "VBG" and not own_subject else []
    verbs = lexicon.load().verbs
    around += [
        c for c in verb.children
        if c.dep_ == "advcl"
        or (c.dep_ == "conj" and any(t.type == "ASSAULT" for t in verbs.get(c.lemma_.lower(), [])))
    ]
    doers = [h for h in cand.sources if h.pos_ == "NOUN" and actors.resolve(h, marks) is None]
    around += [t for h in doers for t in h.subtree if t.pos_ == "NOUN"]  # "an attack on a mosque in Kano"
    found = places.locate(around, marks, gaz.country_names) or places.struck(cand.targets, marks)
    if found is None and _in_the_capital(around + cand.anchors + cand.targets, marks):
        story = next(iter(actors.salient()), None)  # "a blast in the capital": the story's state's
        found = Location(gaz.country_name(story), story) if story else None
    return found


def _in_the_capital(heads: list[Token], marks: SentenceMarks) -> bool:
    """ "in the capital", "near the capital": a capital the text does not name."""
    return any(
        o.lemma_.lower() in CAPITAL_NOUNS and not any(t.i in marks.names for t in o.subtree)
        for h in heads
        for o in coder.prep_objects(h, places.PLACE_PREPS)
    )


def _attending(cand: coder.Candidate) -> bool:
    """A gathering attended: a visit-mode noun carried by one of its own verbs ("attended a ceremony")."""
    trig = cand.trigger
    return (
        cand.type == "CONSULT"
        and trig.pos == "NOUN"
        and trig.mode == "visit"
        and cand.light is not None
        and cand.light.lemma_.lower() in trig.objects
    )


def _host(ctx: Context) -> str | None:
    """Who holds a gathering: the party that hosts it or whose it is ("hosted by Japan", "the
    funeral of the Thai king"), else the state its place names ("in Brussels": the EU, "in Vilnius")."""
    noun = ctx.cand.token
    held = [
        p
        for c in noun.children
        if c.dep_ == "acl" and c.lemma_.lower() in HOST_VERBS
        for q in c.children
        if q.dep_ in {"agent", "prep"} and q.lower_ == "by"
        for p in coder.pobjs(q)
    ]
    held += coder.prep_objects(noun, {"of"})
    found = [a.country for a in ctx.placed(held)]
    if found:
        return found[0]
    for anchor in ctx.cand.anchors:
        named = ctx.named_inside(coder.prep_objects(anchor, places.PLACE_PREPS))
        if named:
            return named
    return ctx.home


def _struck_by_main_act(ctx: Context) -> str | None:
    """The state the act a participle follows was aimed into or at: "fired shells into
    Afghanistan, killing four civilians": the victims are of it."""
    verb = ctx.cand.verb
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj"} or verb.head.i == verb.i:
        return None
    if any(c.dep_ in coder.SUBJECTS | coder.PASSIVE_SUBJECTS for c in verb.children):
        return None
    aimed = [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS and c.i < verb.i]
    return ctx.named_inside(aimed)


def _from_the_air(cand: coder.Candidate) -> bool:
    """ "US airstrikes killed 20 civilians": a strike from the air says nothing of where its victims
    live (the state that flies it mostly strikes abroad)."""
    return any(t.lemma_.lower() in STATE_WEAPONS for h in cand.sources for t in h.subtree)


def _struck_site(ctx: Context) -> str | None:
    """The state of the place a relative clause of killing hangs on: "an attack on a Lisbon
    cafe that killed nine people", "a blast at a Kabul mosque that killed five": the victims
    are of it."""
    verb = ctx.cand.verb
    if verb.dep_ != "relcl" or ctx.cand.type != "ASSAULT" or not coder.struck_site(verb.head):
        return None
    return ctx.named_inside([verb.head])


def _struck_place(ctx: Context) -> str | None:
    """A place that is itself what was hit: "explosions rocked central Kabul"."""
    if ctx.cand.implicit_source or ctx.cand.trigger.pos != "VERB":
        return None
    for head in ctx.cand.targets:
        m = ctx.marks.names.get(head.i)
        if head.dep_ == "dobj" and head.pos_ == "PROPN" and m is not None and m.entry.kind in PLACE_KINDS:
            return m.entry.code
    return None
