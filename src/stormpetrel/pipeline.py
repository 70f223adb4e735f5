"""Text to events: the stages in order, one document at a time."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Span

from stormpetrel import nlp as nlp_stage
from stormpetrel import places, status
from stormpetrel.actors import gazetteer
from stormpetrel.actors.resolve import DocumentActors, SentenceMarks
from stormpetrel.events import coder, lexicon
from stormpetrel.grammar import is_future, tree_distance
from stormpetrel.model import Actor, Document, Event, Evidence
from stormpetrel.time import DateValue, TimeExpr, Timeline

NEEDS_TARGET = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "SANCTION", "ACCUSE"}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
PARTNER_FILL = {"CONSULT", "AGREE", "COOPERATE"}
QUOTES = ('"', "\u201c", "\u201d", "'", "\u2018")
MAX_DATE_DISTANCE = 7


def code(documents: Iterable[Document], nlp: Language | None = None) -> Iterator[tuple[Document, list[Event]]]:
    """Code documents, streaming: yields each document with its events."""
    nlp = nlp or nlp_stage.load()
    gaz = gazetteer.load(nlp)
    lex = lexicon.load()
    batch: list[Document] = []

    def run(docs: list[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for doc, segs in zip(docs, nlp_stage.parse((d.text for d in docs), nlp), strict=True):
            yield doc, code_segments(doc, segs, gaz, lex)

    for doc in documents:
        batch.append(doc)
        if len(batch) >= 32:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)


def code_text(text: str, published: str | None = None, doc_id: str = "text", nlp: Language | None = None) -> list[Event]:
    """Code one text; the simplest entry point."""
    return next(code([Document(doc_id, text, published)], nlp))[1]


def code_segments(doc: Document, segs: list[nlp_stage.Segment], gaz: gazetteer.Gazetteer, lex: lexicon.Lexicon) -> list[Event]:
    timeline = Timeline(doc.published)
    year = timeline.published.year if timeline.published else None
    actors = DocumentActors(gaz, year)
    events: list[Event] = []
    speaker: str | None = None  # who speaks in a quotation that spans paragraphs
    for seg in segs:
        para_ref: DateValue | None = None
        quoted = seg.doc.text.startswith(QUOTES)
        if not quoted:
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
                    if expr is None and para_ref is not None and event.status == "asserted":
                        value = para_ref  # narrative continues in the paragraph's time
                    if value is not None:
                        event.date, event.date_precision = value.value, value.precision
                    if event.attribution is None and speaker is not None:
                        event.attribution = speaker
                    events.append(event)
                    actors.remember(event.source)
                    actors.remember(event.target)
            for expr in exprs:
                if expr.value is not None and not is_future(expr.head):
                    para_ref = expr.value
                elif expr.kind == "undated":
                    para_ref = None
            opener = status.quote_opener(sent)
            if opener:
                speaker = opener
    return _merge(events)


def _attach_dates(cands: list[coder.Candidate], exprs: list[TimeExpr]) -> dict[int, TimeExpr]:
    """Give each date expression to the nearest trigger in the parse."""
    out: dict[int, TimeExpr] = {}
    for expr in exprs:
        best = None
        for cand in cands:
            anchors = [cand.token] + ([cand.light] if cand.light is not None else [])
            d = min(tree_distance(expr.head, a) for a in anchors)
            if d <= MAX_DATE_DISTANCE and (best is None or d < best[0]):
                best = (d, cand)
        if best is None:
            continue
        d = best[0]
        for cand in cands:  # triggers as near as the nearest share it ("met ... and discussed")
            anchors = [cand.token] + ([cand.light] if cand.light is not None else [])
            if min(tree_distance(expr.head, a) for a in anchors) <= d + 1 and cand.token.i not in out:
                out[cand.token.i] = expr
    return out


def _resolve_side(heads: list, marks: SentenceMarks, actors: DocumentActors) -> list[Actor]:
    out: list[Actor] = []
    for head in heads:
        actor = actors.resolve(head, marks)
        if actor is None:
            continue
        out.extend(actor.members or [actor])
    return out


def _events(doc: Document, seg: nlp_stage.Segment, sent: Span, cand: coder.Candidate, marks: SentenceMarks,
            actors: DocumentActors, gaz: gazetteer.Gazetteer, lex: lexicon.Lexicon) -> list[Event]:
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
    sources = [a for a in sources if a.country]
    targets = [a for a in targets if a.country]
    mutual = cand.mutual
    if not sources:
        return []
    if not targets and len(sources) >= 2 and len({a.country for a in sources}) >= 2:
        sources, targets, mutual = sources[:1], [a for a in sources[1:] if a.country != sources[0].country], True
    if not targets and cand.type in PARTNER_FILL and not cand.targets:
        partner = actors.partner_of(sources[0].country)
        if partner:
            targets = [Actor(text="", name=gaz.country_name(partner), country=partner)]
    if not targets and cand.type in NEEDS_TARGET:
        return []
    st = status.status(cand.token, cand.light)
    attribution = status.attribution(cand.token)
    anchors = [cand.token] + ([cand.light] if cand.light is not None else [])
    location = places.locate(anchors, marks, gaz.country_names)
    context = sorted({lex.contexts[t.lemma_.lower()] for a in anchors for t in a.subtree if t.lemma_.lower() in lex.contexts})
    start, end = seg.offset + sent.start_char, seg.offset + sent.end_char
    text = doc.text[start:end]
    out = []
    for s in sources:
        for t in targets or [None]:
            if t is not None and s.country == t.country and mutual:
                continue
            ev = Event(
                doc_id=doc.id, event_type=cand.type, mode=cand.trigger.mode if cand.type == cand.trigger.type else None,
                context=context, cameo=cand.cameo[:2], source=s, target=t, date=None, date_precision=None,
                status=st, location=location, attribution=attribution,
                evidence=Evidence(text, start, end, cand.token.text),
            )
            ev.cameo_code = cand.cameo  # type: ignore[attr-defined]
            ev.mutual = mutual  # type: ignore[attr-defined]
            out.append(ev)
            if mutual and cand.type in SYMMETRIC:
                break
    return out


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
            if ev.date and (not other.date or len(ev.date) > len(other.date)):
                other.date, other.date_precision = ev.date, ev.date_precision
            other.location = other.location or ev.location
            other.attribution = other.attribution or ev.attribution
            break
        else:
            kept.append(ev)
    for ev in kept:
        ev.event_id = _event_id(ev)
    return kept


def _event_id(ev: Event) -> str:
    parts = [ev.doc_id, str(ev.evidence.start), ev.evidence.trigger, ev.event_type,
             ev.source.country if ev.source else "", ev.target.country if ev.target else ""]
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]
