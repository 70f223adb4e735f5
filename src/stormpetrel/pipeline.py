"""Text to events: the stages in order, one document at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Span

from stormpetrel import nlp as nlp_stage
from stormpetrel import places, status
from stormpetrel.actors import gazetteer
from stormpetrel.actors.resolve import DocumentActors, SentenceMarks
from stormpetrel.events import coder, lexicon
from stormpetrel.grammar import governs, tree_distance
from stormpetrel.model import SYMMETRIC, Actor, Document, Event, Evidence
from stormpetrel.time import TimeExpr, Timeline

NEEDS_TARGET = {
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
    "REQUEST",
    "SANCTION",
    "ACCUSE",
    "ASSAULT",
}
PARTNER_FILL = {"CONSULT", "AGREE", "COOPERATE"}
# an act announced for the future is a statement of intent: a promise or a threat
INTENT = {
    "COOPERATE": "AGREE",
    "AID": "AGREE",
    "CONCEDE": "AGREE",
    "RETREAT": "AGREE",
    "SUPPORT": "AGREE",
    "SANCTION": "THREATEN",
    "COERCE": "THREATEN",
    "ASSAULT": "THREATEN",
    "PROTEST": "THREATEN",
}
# acts whose unplaced human targets are taken to be of the place or the actor's own state
DOMESTIC = {"ACCUSE", "COERCE", "ASSAULT", "PROTEST", "RETREAT", "CONCEDE", "REQUEST", "AID"}
MAX_DATE_DISTANCE = 7


def code(
    documents: Iterable[Document], nlp: Language | None = None, screen: bool = True
) -> Iterator[tuple[Document, list[Event]]]:
    """Code documents, streaming: yields each document with its events. With ``screen``, only
    sentences that hold a trigger word are parsed (much faster, nearly as accurate)."""
    nlp = nlp or nlp_stage.load()
    gaz = gazetteer.load(nlp)
    lex = lexicon.load()
    batch: list[Document] = []

    def run(docs: list[Document]) -> Iterator[tuple[Document, list[Event]]]:
        keep = lexicon.screen_words() if screen else None
        for doc, segs in zip(docs, nlp_stage.parse((d.text for d in docs), nlp, keep=keep), strict=True):
            yield doc, code_segments(doc, segs, gaz, lex)

    for doc in documents:
        batch.append(doc)
        if len(batch) >= 32:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)


def code_text(
    text: str, published: str | None = None, doc_id: str = "text", nlp: Language | None = None
) -> list[Event]:
    """Code one text; the simplest entry point."""
    return next(code([Document(doc_id, text, published)], nlp))[1]


def code_segments(
    doc: Document, segs: list[nlp_stage.Segment], gaz: gazetteer.Gazetteer, lex: lexicon.Lexicon
) -> list[Event]:
    timeline = Timeline(doc.published)
    year = timeline.published.year if timeline.published else None
    actors = DocumentActors(gaz, year)
    events: list[Event] = []
    speaker: str | None = None  # who speaks in a quotation that spans paragraphs
    for seg in segs:
        timeline.new_paragraph(seg.index)
        if seg.first and not seg.quoted:
            speaker = None
        for sent in seg.doc.sents:
            marks = actors.marks(sent)
            actors.note_sentence(sent, marks)
            exprs = timeline.expressions(sent)
            cands = coder.find(sent, lex)
            dates = _attach_dates(cands, exprs)
            for cand in cands:
                for event in _events(doc, seg, sent, cand, marks, actors, gaz, lex):
                    expr = dates.get(cand.token.i)
                    value = expr.value if expr is not None else None
                    if expr is None and event.status == "asserted" and _narrative(cand):
                        value = timeline.narrative_time()  # the story goes on at its last date
                    if value is not None:
                        event.date, event.date_precision = value.value, value.precision
                    if event.attribution is None and speaker is not None:
                        event.attribution = speaker
                    events.append(event)
                    actors.remember(event.source)
                    actors.remember(event.target)
            opener = status.quote_opener(sent)
            if opener:
                speaker = opener
    return _merge(events)


def _narrative(cand: coder.Candidate) -> bool:
    """A past-tense report of a single act: it happens at the story's current time."""
    verb = cand.verb
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _attach_dates(cands: list[coder.Candidate], exprs: list[TimeExpr]) -> dict[int, TimeExpr]:
    """Give each trigger the date expression nearest to it in the parse (an expression may
    serve several triggers: "met ... and discussed ... on June 8")."""
    pairs = []
    triggers = {c.token.i for c in cands}
    for expr in exprs:
        owner = expr.head.head
        if expr.head.dep_ in {"poss", "compound", "amod", "nmod", "nummod"} and owner.pos_ == "NOUN":
            during = owner.dep_ == "pobj" and owner.head.lower_ in {"in", "during", "amid", "throughout"}
            if owner.i in triggers:  # "last year's war": the war's date
                pairs.append((0, expr.head.i, owner.i, expr))
                if not during:
                    continue
            elif not during:
                continue  # "after last year's war": the date is the war's, not the act's
        for cand in cands:
            near = [tree_distance(expr.head, a) for a in cand.anchors if governs(expr.head, a)]
            if near and min(near) <= MAX_DATE_DISTANCE:
                pairs.append((min(near), expr.head.i, cand.token.i, expr))
    out: dict[int, TimeExpr] = {}
    for _, _, trig, expr in sorted(pairs, key=lambda p: p[:3]):
        out.setdefault(trig, expr)
    return out


def _resolve_each(heads: list, marks: SentenceMarks, actors: DocumentActors) -> list[Actor | None]:
    return [actors.resolve(h, marks) for h in heads]


def _resolve_side(heads: list, marks: SentenceMarks, actors: DocumentActors) -> list[Actor]:
    out: list[Actor] = []
    for head in heads:
        actor = actors.resolve(head, marks)
        if actor is None:
            continue
        out.extend(actor.members or [actor])
    return out


def _events(
    doc: Document,
    seg: nlp_stage.Segment,
    sent: Span,
    cand: coder.Candidate,
    marks: SentenceMarks,
    actors: DocumentActors,
    gaz: gazetteer.Gazetteer,
    lex: lexicon.Lexicon,
) -> list[Event]:
    sources = _resolve_side(cand.sources, marks, actors)
    targets = _resolve_side(cand.targets, marks, actors)
    # partners: "his counterpart", "the host nation", "the country" stand for the other side
    for side, other in ((sources, targets), (targets, sources)):
        known = next((a.country for a in other if a.country), None)
        for a in side:
            if a.country is None and a.name == "partner":
                a.country, a.name = actors.partner_of(known), None
                if a.country:
                    a.name = gaz.country_name(a.country)
            if "counterpart" in a.text.lower() and a.sector is None:  # same office, other side
                a.sector = next((o.sector for o in other if o.sector), None)
    anchors = cand.anchors
    location = places.locate(anchors + cand.targets, marks, gaz.country_names)
    home = location.country if location and location.country else None
    # people the text does not place ("killing one person", "arresting 12 demonstrators")
    # are of the country where it happens, or else of the actor's own
    for head, actor in zip(cand.targets, _resolve_each(cand.targets, marks, actors), strict=True):
        if cand.type not in DOMESTIC:
            break
        if (
            (actor is None or actor.country is None)
            and head.pos_ in {"NOUN", "NUM", "PROPN"}
            and (head.i in marks.terms or head.pos_ == "NUM")
        ):
            sector = marks.terms[head.i].sector if head.i in marks.terms else None
            inside = next((marks.names[t.i].entry.code for t in head.subtree if t.i in marks.names), None)
            country = inside or home or next((a.country for a in sources if a.country), None)
            if country:
                targets.append(Actor(text=head.text, name=None, country=country, sector=sector))
    sources = [a for a in sources if a.country]
    targets = [a for a in targets if a.country]
    if not sources and targets and cand.type == "ASSAULT":
        # "a roadside bomb near Samarra killed ...", "was killed in a car bombing in Beirut":
        # unidentified attackers in the country where it happened
        where = home or next(
            (marks.names[t.i].entry.code for h in cand.sources for t in h.subtree if t.i in marks.names), None
        )
        if where:
            sources = [Actor(text="", name=None, country=where, sector="UAF")]
    if not targets and sources and cand.type in {"ACCUSE", "REJECT"} and cand.targets:
        # a thing condemned or rejected ("condemned the statements", "rejected the plan")
        # whose owner the sentence does not name: the state the story is about
        thing = cand.targets[0]
        if thing.pos_ == "NOUN" and thing.i not in marks.terms:
            other = actors.salient(exclude={a.country for a in sources})
            if other:
                targets = [Actor(text=thing.text, name=gaz.country_name(other[0]), country=other[0])]
    if not targets and home and cand.type == "ASSAULT" and sources:  # an attack in a place: on that state
        targets = [Actor(text="", name=gaz.country_name(home), country=home)]
    if not targets and cand.type in {"PROTEST", "COERCE"} and sources:  # aimed at home: the government, the people
        country = home or sources[0].country
        sector = "GOV" if cand.type == "PROTEST" else None
        targets = [Actor(text="", name=gaz.country_name(country), country=country, sector=sector)]
    mutual = cand.mutual
    if not sources:  # "Plans to expand cooperation between the two countries were agreed upon"
        pair = [a for a in _resolve_side(_pair_heads(cand), marks, actors) if a.country]
        if len(pair) >= 2 and not targets:
            sources, targets, mutual = pair[:1], pair[1:2], True
    if not sources and cand.implicit_source:  # "the war with Armenia in 2020": the story's own side
        sources = [
            Actor(text="", name=gaz.country_name(c), country=c)
            for c in actors.salient(exclude={a.country for a in targets})[:1]
        ]
    if not sources:
        return []
    if (
        not targets
        and len(sources) >= 2
        and len({a.country for a in sources}) >= 2
        and cand.type in SYMMETRIC | {"SUPPORT"}
    ):
        sources, targets, mutual = sources[:1], [a for a in sources[1:] if a.country != sources[0].country], True
    if (
        not targets
        and not cand.targets
        and (cand.type in PARTNER_FILL or (cand.light is not None and cand.type == "SUPPORT"))
    ):
        partner = actors.partner_of(sources[0].country)
        if partner:
            targets = [Actor(text="", name=gaz.country_name(partner), country=partner)]
    if not targets and cand.type in NEEDS_TARGET:
        return []
    st = status.status(cand.token, cand.light)
    event_type, cameo = cand.type, cand.cameo
    if st == "hypothetical" and event_type in {"THREATEN", "REQUEST", "REJECT"}:
        st = "asserted"  # "threatened to ... unless ...": the threat itself was made
    if st == "planned" and event_type in INTENT:
        event_type = INTENT[event_type]
        cameo, st = lex.type_cameo[event_type], "asserted"
    attribution = status.attribution(cand.token)
    context = sorted(
        {lex.contexts[t.lemma_.lower()] for a in anchors for t in a.subtree if t.lemma_.lower() in lex.contexts}
    )
    start, end = seg.offset + sent.start_char, seg.offset + sent.end_char
    text = doc.text[start:end]
    out = []
    cross = any(s.country != t.country for s in sources for t in targets)
    for s in sources:
        for t in targets or [None]:
            if t is not None and s.country == t.country and (mutual or cross):
                continue
            ev = Event(
                doc_id=doc.id,
                event_type=event_type,
                mode=cand.trigger.mode if event_type == cand.trigger.type else None,
                context=context,
                cameo=cameo[:2],
                source=s,
                target=t,
                date=None,
                date_precision=None,
                status=st,
                location=location,
                attribution=attribution,
                evidence=Evidence(text, start, end, cand.token.text, seg.index),
                cameo_code=cameo,
                mutual=mutual,
            )
            out.append(ev)
            if mutual and event_type in SYMMETRIC:
                break
    return out


def _pair_heads(cand: coder.Candidate) -> list:
    """Heads below the trigger that name two parties: 'between X and Y', 'the two countries'."""
    root = cand.verb
    heads = []
    for tok in root.subtree:
        if tok.lower_ == "between" and tok.dep_ == "prep":
            heads.extend(coder.pobjs(tok))
        elif tok.lemma_.lower() in {"country", "nation", "state", "side"} and any(
            c.lower_ in {"two", "both"} for c in tok.children
        ):
            heads.append(tok)
    return heads


def _key(ev: Event) -> tuple:
    s = ev.source.country if ev.source else None
    t = ev.target.country if ev.target else None
    pair = tuple(sorted((s or "", t or ""))) if ev.event_type in SYMMETRIC else (s, t)
    return (ev.event_type, pair, ev.status)


def _merge(events: list[Event]) -> list[Event]:
    """One event per real-world event within a document: same type, actors and status, and
    compatible dates (equal, or one of them undated)."""
    kept: list[Event] = []
    for ev in events:
        for other in kept:
            if _key(other) != _key(ev):
                continue
            if other.date and ev.date and not (other.date.startswith(ev.date) or ev.date.startswith(other.date)):
                continue
            # a plan is one event however often it is mentioned; so is an act told once by its
            # day and once by its month; otherwise, only when told nearby
            summary = bool(other.date and ev.date and other.date != ev.date)
            if ev.status != "planned" and not summary:
                if abs(other.evidence.paragraph - ev.evidence.paragraph) > 1:
                    continue
                if bool(other.date) != bool(ev.date) and other.evidence.paragraph != ev.evidence.paragraph:
                    continue
            if other.date and ev.date and not (other.date.startswith(ev.date) or ev.date.startswith(other.date)):
                continue
            if ev.date and (not other.date or len(ev.date) > len(other.date)):
                other.date, other.date_precision = ev.date, ev.date_precision
                other.evidence, other.source, other.target = ev.evidence, ev.source, ev.target
            other.location = other.location or ev.location
            other.attribution = other.attribution or ev.attribution
            break
        else:
            kept.append(ev)
    for ev in kept:
        ev.event_id = ev.stable_id()
    return kept
