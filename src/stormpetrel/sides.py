"""Who did it, to whom: a candidate's argument heads resolved to actors, then completed by a
short, ordered list of named steps.

The coder finds the words that name each side ("Russian President Vladimir Putin", "his
counterpart", "12 demonstrators"); :func:`resolve` turns them into actors and, where the text
leaves a side implicit, applies the steps in :data:`STEPS` in order. Each step reads a
:class:`Context` and may change the :class:`Sides`; each is documented with the kind of sentence
it serves. An event needs a source, and the types in :data:`NEEDS_TARGET` need a target too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from stormpetrel import data, places
from stormpetrel.actors import gazetteer
from stormpetrel.actors.resolve import DocumentActors, SentenceMarks
from stormpetrel.events import coder
from stormpetrel.model import SYMMETRIC, Actor, Location

# types that are no event without a recipient
NEEDS_TARGET = frozenset(
    {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "REQUEST", "SANCTION", "ACCUSE", "ASSAULT"}
)
# types that stand alone when the text names no recipient ("the minister resigned"), but not
# when it names one that cannot be placed ("released the prisoners" of no known state)
ALONE = frozenset({"RETREAT"})
# types whose unplaced human targets are taken to be of the place or of the actor's own state
DOMESTIC = frozenset({"ACCUSE", "COERCE", "ASSAULT", "PROTEST", "RETREAT", "CONCEDE", "REQUEST", "AID"})
# types that, with no named recipient, are with the actor's usual partner in the story
PARTNER_FILL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_CUES = data.word_classes("cue_words.tsv")
OPPOSING_PREPS = _CUES["opposing_prep"]  # "in protest at X", "a war against X"
PAIR_NOUNS = _CUES["pair_noun"]  # "the two countries", "both sides"
PAIR_WORDS = _CUES["pair_word"]


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

    def named_inside(self, heads: list[Token]) -> str | None:
        """The first state named within the phrases of ``heads``."""
        names = self.marks.names
        return next((names[t.i].entry.code for h in heads for t in h.subtree if t.i in names), None)


@dataclass
class Sides:
    sources: list[Actor]
    targets: list[Actor]
    mutual: bool


def expand(heads: list[Token], marks: SentenceMarks, actors: DocumentActors) -> list[Actor]:
    """The actors the heads name; a compound actor ("X and Y") gives its members."""
    out: list[Actor] = []
    for head in heads:
        actor = actors.resolve(head, marks)
        if actor is not None:
            out.extend(actor.members or [actor])
    return out


# ---------------------------------------------------------------------------
# The steps, in the order they run


def partners(ctx: Context, sides: Sides) -> None:
    """"his counterpart", "the host nation", "the country": the other side's partner in the
    story (else the other party of the last event it took part in); a counterpart without an
    office holds the same office as the other side."""
    for side, other in ((sides.sources, sides.targets), (sides.targets, sides.sources)):
        known = next((a.country for a in other if a.country), None)
        for a in side:
            if a.country is None and a.name == "partner":
                a.country, a.name = ctx.actors.partner_of(known) or _last_other(ctx.actors, known), None
                if a.country:
                    a.name = ctx.gaz.country_name(a.country)
            if "counterpart" in a.text.lower() and a.sector is None:
                a.sector = next((o.sector for o in other if o.sector), None)


def unplaced_people(ctx: Context, sides: Sides) -> None:
    """"killing one person", "arresting 12 demonstrators": people the text does not place are of
    the country named in their phrase, else of the place of the event, else of the actor's."""
    cand = ctx.cand
    if cand.type not in DOMESTIC:
        return
    for head in cand.targets:
        actor = ctx.actors.resolve(head, ctx.marks)
        if actor is not None and actor.country is not None:
            continue
        if head.pos_ not in {"NOUN", "NUM", "PROPN"} or not (head.i in ctx.marks.terms or head.pos_ == "NUM"):
            continue
        sector = ctx.marks.terms[head.i].sector if head.i in ctx.marks.terms else None
        country = (
            ctx.named_inside([head]) or ctx.home or next((a.country for a in sides.sources if a.country), None)
        )
        if country:
            sides.targets.append(Actor(text=head.text, name=None, country=country, sector=sector))


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
            found = [a for a in expand(subjects, ctx.marks, ctx.actors) if a.country]
            if found:
                sides.targets = found[:1]
                return


def placed_only(ctx: Context, sides: Sides) -> None:
    """Actors the document cannot place in a state or organisation are dropped."""
    sides.sources = [a for a in sides.sources if a.country]
    sides.targets = [a for a in sides.targets if a.country]


def unknown_attacker(ctx: Context, sides: Sides) -> None:
    """"a mine near Gao killed ...", "died in a truck bombing in Kandahar": an
    unidentified attacker in the country where it happened."""
    if sides.sources or not sides.targets or ctx.cand.type != "ASSAULT":
        return
    near = places.locate(ctx.cand.sources, ctx.marks, ctx.gaz.country_names)  # "a bombing near Samarra"
    where = ctx.home or ctx.named_inside(ctx.cand.sources) or (near.country if near else None)
    if where:
        sides.sources = [Actor(text="", name=None, country=where, sector="UAF")]


def unowned_thing(ctx: Context, sides: Sides) -> None:
    """"condemned the statements", "rejected the plan": a thing whose owner the sentence does
    not name is taken to be of the state the story is about."""
    cand = ctx.cand
    if sides.targets or not sides.sources or cand.type not in {"ACCUSE", "REJECT"} or not cand.targets:
        return
    thing = cand.targets[0]
    if thing.pos_ == "NOUN" and thing.i not in ctx.marks.terms:
        other = ctx.actors.salient(exclude={a.country for a in sides.sources})
        if other:
            sides.targets = [ctx.state(other[0], thing.text)]


def attacked_place(ctx: Context, sides: Sides) -> None:
    """An attack on a place with no other recipient is an attack on that state."""
    if not sides.targets and ctx.home and ctx.cand.type == "ASSAULT" and sides.sources:
        sides.targets = [ctx.state(ctx.home)]


def opposed_party(ctx: Context, sides: Sides) -> None:
    """"marched in protest at Uganda's decision", "filled the square in defiance of Moroccan
    authorities", "massed tanks for a strike on Armenia": a protest, show of force or
    threat with no recipient is aimed at the state its "against", "at", "over" or "of" phrase
    names."""
    if sides.targets or not sides.sources or ctx.cand.type not in {"PROTEST", "MOBILIZE", "THREATEN"}:
        return
    own = {a.country for a in sides.sources}
    for tok in ctx.cand.verb.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ not in OPPOSING_PREPS:
            continue
        found = [a for a in expand([tok], ctx.marks, ctx.actors) if a.country and a.country not in own]
        if found:
            sides.targets = found[:1]
            return


def aimed_at_home(ctx: Context, sides: Sides) -> None:
    """A protest with no named recipient is aimed at the government where it is held; coercion
    with none, or a threat of it ("threatened to impose a curfew"), at the people there (or of
    the actor's own state); so is a concession ("lifted the state of emergency in the north")."""
    kind = ctx.cand.trigger.type if ctx.cand.type == "THREATEN" else ctx.cand.type
    if sides.targets or not sides.sources or kind not in {"PROTEST", "COERCE", "CONCEDE"}:
        return
    sector = "GOV" if kind == "PROTEST" else None
    sides.targets = [ctx.state(ctx.home or sides.sources[0].country, sector=sector)]


def named_pair(ctx: Context, sides: Sides) -> None:
    """"A deal to widen trade between the two states was reached": with no actor,
    the two parties named below the trigger, either way round."""
    if sides.sources:
        return
    pair = [a for a in expand(_pair_heads(ctx.cand), ctx.marks, ctx.actors) if a.country]
    if len(pair) >= 2 and not sides.targets:
        sides.sources, sides.targets, sides.mutual = pair[:1], pair[1:2], True


def story_side(ctx: Context, sides: Sides) -> None:
    """"after the border war with Eritrea": the story's own side is the actor."""
    if sides.sources or not ctx.cand.implicit_source:
        return
    salient = ctx.actors.salient(exclude={a.country for a in sides.targets})
    sides.sources = [ctx.state(c) for c in salient[:1]]


def compound_actor(ctx: Context, sides: Sides) -> None:
    """"Chile and Peru signed a trade deal": a joint act of two states with no other
    recipient is between them."""
    srcs = sides.sources
    if (
        not sides.targets
        and len(srcs) >= 2
        and len({a.country for a in srcs}) >= 2
        and ctx.cand.type in SYMMETRIC | {"SUPPORT"}
    ):
        sides.sources = srcs[:1]
        sides.targets = [a for a in srcs[1:] if a.country != srcs[0].country]
        sides.mutual = True


def partner_fill(ctx: Context, sides: Sides) -> None:
    """"The ministers met again on Friday": a meeting or agreement with no recipient in the
    sentence is with the actor's partner in the story."""
    cand = ctx.cand
    if sides.targets or cand.targets or not sides.sources:
        return
    if cand.type in PARTNER_FILL or (cand.light is not None and cand.type == "SUPPORT"):
        partner = ctx.actors.partner_of(sides.sources[0].country)
        if partner:
            sides.targets = [ctx.state(partner)]


Step = Callable[[Context, Sides], None]
STEPS: tuple[Step, ...] = (
    partners,
    unplaced_people,
    condition_party,
    placed_only,
    unknown_attacker,
    unowned_thing,
    attacked_place,
    opposed_party,
    aimed_at_home,
    named_pair,
    story_side,
    compound_actor,
    partner_fill,
)


def resolve(
    cand: coder.Candidate, marks: SentenceMarks, actors: DocumentActors, gaz: gazetteer.Gazetteer
) -> tuple[Sides, Location | None] | None:
    """The sides of a candidate and where it happened, or None when it cannot be an event."""
    location = places.locate(cand.anchors + cand.targets, marks, gaz.country_names)
    ctx = Context(cand, marks, actors, gaz, location)
    sides = Sides(expand(cand.sources, marks, actors), expand(cand.targets, marks, actors), cand.mutual)
    for step in STEPS:
        step(ctx, sides)
    if not sides.sources:
        return None
    if not sides.targets and (cand.type in NEEDS_TARGET or (cand.type in ALONE and cand.targets)):
        return None
    return sides, location


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
