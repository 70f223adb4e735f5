"""Text to events: the stages in order, one document at a time."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache, partial

from spacy.language import Language
from spacy.tokens import Span, Token

from stormpetrel import data, sides, status
from stormpetrel import nlp as nlp_stage
from stormpetrel import time as time_stage
from stormpetrel.actors import gazetteer
from stormpetrel.actors.resolve import CLAIM_STATUSES, PERSON_PRONOUNS, TRIAL_SIDES, DocumentActors, SentenceMarks
from stormpetrel.events import coder, judgements, lexicon
from stormpetrel.grammar import (
    TIME_NOUNS,
    clause_verb,
    frames,
    governs,
    infinitive,
    is_future,
    main_clause,
    past_perfect,
    reporting_verb,
    reports,
    tense,
    tree_distance,
)
from stormpetrel.model import SYMMETRIC, Actor, Document, Event, Evidence
from stormpetrel.time import DAY_WORDS, DateValue, TimeExpr, Timeline, awaiting_present

# an act announced for the future is a statement of intent: a promise or a threat (a sanction
# announced is a sanction decided, planned; made conditional, the coder has made it a threat)
INTENT = {
    "COOPERATE": "AGREE",
    "AID": "AGREE",
    "CONCEDE": "AGREE",
    "RETREAT": "AGREE",
    "SUPPORT": "AGREE",
    "COERCE": "THREATEN",
    "ASSAULT": "THREATEN",
    "PROTEST": "THREATEN",
}
MAX_DATE_DISTANCE = 7
_FORCES = data.word_classes("cue_words.tsv")
FORCES = coder.FORCES  # "troops arrived in": a deployment
AID_FORCES = _FORCES["aid_force"]  # "peacekeepers arrived in": protection or relief
AID_FORCES_CAMEO = "074"
PRIVATE_VISITORS = _FORCES["private_visitor"]  # sectors whose travels are no visit between states
PRESS = _FORCES["press_sector"]  # "speaking to CNN": an interview, no meeting
HOME_AID_RECIPIENTS = _FORCES["home_aid_recipient"]  # aid within one state goes only to the displaced
SPORT_WORDS = _FORCES["sport_word"]  # "match", "World Cup": a sports report
SPORT_EVENT_TYPES = _FORCES["sport_event_type"]  # what teams named as states seem to do
REFUSABLE = _FORCES["refusable"]  # "will not accept new talks": a refusal
ACCEPTANCES = {"AGREE", "CONCEDE", "SUPPORT"}
# what plain people (sector CVL: residents, voters, passengers) do as a party to a political event:
# protest, riot, demand, accuse, threaten to protest; a vote, a poll or a kindness is no agreement,
# support or refusal ("voters rejected the bid", "people offered support")
CIVIL_TYPES = {"PROTEST", "ASSAULT", "COERCE", "REQUEST", "ACCUSE", "THREATEN"}
# what an event of these types leaves the document to answer (a later denial, a refusal), once
# made or reported as likely ("may accuse X"): not "did not accuse X", "would accuse X if ...", "will ask X"
CLAIM_KINDS = {"ACCUSE": "charge", "REQUEST": "ask"}
PRIOR_ADVERBS = _FORCES["prior_adverb"]  # "X earlier criticised Y": before the story's day
PRIOR_MODIFIERS = _FORCES["prior_modifier"]  # "refused during previous talks": an earlier occasion
OWN_TIME_MARKS = _FORCES["own_time_mark"]  # "met him twice before he took office": timed by that
EARLIER_MARKS = _FORCES["earlier_mark"]  # "sacked in May after he lied": the lie came earlier
SET_IN_PREPS = _FORCES["set_in_prep"]  # "said during a meeting with X": the meeting is as past as the saying
ASIDE_MARKS = {",", "(", "-", "--", "\u2014"}  # what sets off a relative clause that adds to its noun
BLAST_NOUNS = _FORCES["blast_noun"]  # "Thursday's blast": the day of the attack a lead tells
# words after which a mention goes on past its head ("the first minister in Edinburgh")
MENTION_BREAKS = frozenset({"in", "at", "of", "from", "for", "on", "with", "to", "who", "which", "that"})


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
        keep = _screen_words() if screen else None
        for doc, segs in zip(docs, nlp_stage.parse((d.text for d in docs), nlp, keep=keep), strict=True):
            yield doc, code_segments(doc, segs, gaz, lex)

    for doc in documents:
        batch.append(doc)
        if len(batch) >= 32:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)


@lru_cache(maxsize=1)
def _screen_words() -> frozenset[str]:
    """Words that make a sentence worth parsing: a trigger's, a judging word, or a day's or
    month's name (a sentence that only dates what the story tells next still moves its time
    line)."""
    return lexicon.screen_words() | judgements.screen_words() | DAY_WORDS


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
    earlier_acts: set[int] = set()  # events told as before the story's time ("had earlier accused X")
    told_done: set[int] = set()  # events a tensed clause tells ("has met", "whom he met"), not an infinitive's
    speaker: str | None = None  # who speaks in a quotation that spans paragraphs
    opened_by: Actor | None = None  # ... when the document knows them: the "we" of its paragraphs
    paragraphs = nlp_stage.segments(doc.text)
    cut = nlp_stage.dateline_cut(paragraphs[0][1])[1] if paragraphs else 0
    actors.datelined = cut > 0
    dateline_end = paragraphs[0][0] + cut if cut else -1  # "Ramallah, occupied West Bank -": a place, no act
    lead_end = _lead_end(paragraphs)
    starts = _sentence_starts(paragraphs)
    lead_news: list[Event] = []  # the lead's undated news: dated by the day the story names
    stances: list[tuple[Event, str]] = []  # undated stances a speaker told: dated by the day they spoke on
    teasers = time_stage.teaser_dates(doc.text)  # other stories' teasers, each closed by its date
    quotations = status.quotations(doc.text, paragraphs)  # '"S1. S2," Merkel said': S1 is Merkel's too
    voices: dict[tuple[int, int, str], Actor | None] = {}
    actors.foresee(sent for seg in segs for sent in seg.doc.sents)
    for seg in segs:
        timeline.new_paragraph(seg.index)
        if seg.first and not seg.quoted:
            speaker = opened_by = None
        for sent in seg.doc.sents:
            timeline.new_sentence(bisect.bisect_right(starts, seg.offset + sent.start_char) - 1)
            marks = actors.marks(sent)
            actors.note_sentence(sent, marks)
            inner = _quoted_by(quotations, seg.offset + sent.start_char, seg.offset + sent.end_char)
            if inner is not None and inner not in voices:  # "we", "I" in it: the speaker
                voices[inner] = actors.speaker(inner[2])  # "he": as its first sentence begins
            # a paragraph of a quotation its speaker opened before it ("X told reporters:"): X's
            actors.voice = voices[inner] if inner is not None else (opened_by if seg.quoted else None)
            exprs = timeline.expressions(sent)
            for expr in exprs:
                who = _speaker(clause_verb(expr.head), actors, marks)
                timeline.note_report(expr.value, who and who.name, who and who.country)
                noun = time_stage.dated_noun(expr.head)
                for trig in lex.nouns.get(noun.lemma_.lower(), []) if noun is not None else []:
                    timeline.note_act(expr.value, trig.type)  # "Wednesday's attack": the lead's attack
                if noun is not None and noun.lemma_.lower() in BLAST_NOUNS:
                    timeline.note_act(expr.value, "ASSAULT")  # "Thursday's blast": the lead's bombing
            if seg.offset + sent.start_char < lead_end:
                _note_lead_speakers(sent, exprs, actors, marks, timeline)
            if seg.offset + sent.end_char <= dateline_end:
                cands = []
            else:
                cands = judgements.find(sent, lex, coder.find(sent, lex), partial(_names_actor, actors, marks))
            dates, earlier = _attach_dates(cands, exprs)
            # "supplied them as they battled X in the 1980s": a sentence set in an era, not the story's day
            past_era = any(e.kind == "undated" and not is_future(e.head) for e in exprs)
            sport = bool(cands) and sporting(sent)  # only asked of sentences with events
            teaser = _teaser_day(teasers, seg.offset + sent.start_char) if cands else None
            for cand in cands:
                for event in _events(doc, seg, sent, cand, marks, actors, gaz, lex):
                    if sport and _between_teams(event):
                        continue  # "England travel to Australia for the Test series": a match, no visit
                    expr = dates.get(cand.token.i)
                    value = expr.value if expr is not None else None
                    if expr is None and cand.token.i not in earlier and not past_era:
                        in_lead = seg.offset + sent.start_char < lead_end
                        value, news = _implied_date(event, cand, timeline, teaser, in_lead)
                        if news:
                            lead_news.append(event)
                        teller = _stance_teller(cand) if value is None and event.status == "asserted" else None
                        who = _speaker(teller, actors, marks) if teller is not None else None
                        if who is not None and who.name:
                            stances.append((event, who.name))
                    dated = [(event, value)]
                    if expr is not None and value is not None:  # "met him in July and September": two meetings
                        more = time_stage.conjoined(expr, exprs)
                        dated += [(dataclasses.replace(event), e.value) for e in more if e.value is not None]
                    for event, value in dated:
                        if value is not None and timeline.after_publication(value) and _done(event, cand, value):
                            if expr is not None and _own_date(cand, expr):
                                event.status = "planned"  # "announced her visit to Chile from May 3": yet to come
                            else:
                                value = None  # a done act is not dated after the news that tells it
                        elif value is not None and timeline.after_publication(value) and _done_frame(event, cand):
                            if _done_frame(event, cand) != "agree":  # a promise keeps the day of what it promises
                                value = None  # "urged X to hold talks on May 20": the urging is done
                        elif value is not None and timeline.after_publication(value) and _ahead(event, cand, expr):
                            # "will meet on May 3 to sign a deal": the deal is yet to come; "a protest is to
                            # be held tomorrow": what the news cannot yet have seen is planned
                            event.status = "planned"
                        if value is not None:
                            event.date, event.date_precision = value.value, value.precision
                        said = _named_speaker(inner[2], voices[inner], actors) if inner is not None else speaker
                        if event.attribution is None and said is not None:
                            event.attribution = said
                        if _before_story(cand.verb):
                            earlier_acts.add(id(event))
                        if tense(cand.verb) is not None:
                            told_done.add(id(event))
                        events.append(event)
                    actors.remember(event.source)
                    actors.remember(event.target)
                    actors.note_act(cand.token.lemma_.lower(), event.source)
            opener = status.quote_opener(sent)
            if opener:
                opened_by = actors.speaker(opener)
                speaker = _named_speaker(opener, opened_by, actors)  # "He said:": whom "he" stands for
    for event in lead_news:
        parties = [a for a in (event.source, event.target if event.mutual else None) if a is not None]
        # "X and Y have pledged": either one's day
        # between two states, a voice of the doer's state speaks for it ("Chile has denounced Peru
        # ... its foreign ministry said on Tuesday"); within one, every voice is of that state
        doer, other = event.source, event.target
        states = [doer.country] if doer and other and doer.country and other.country not in {None, doer.country} else []
        names = " ".join(a.text for a in parties)
        news = timeline.lead_time(names, event.event_type, states, news=event.date is not None)
        if news is not None:
            event.date, event.date_precision = news.value, news.precision
    for event, who in stances:
        spoken = timeline.report_day(who, now=True)
        if spoken is not None and event.date is None:
            event.date, event.date_precision = spoken.value, spoken.precision
    return _merge(events, frozenset(gaz.country_names.values()), frozenset(gaz.body_names), earlier_acts, told_done)


# the sport phrases of many tokens ("World Cup", "Test series"), as whole words of a sentence
_MANY_TOKENS = sorted((w for w in SPORT_WORDS if " " in w or "-" in w), key=len, reverse=True)
_SPORT_PHRASES = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, _MANY_TOKENS)) + r")(?![^\W_])")


def sporting(sent: Span) -> bool:
    """Does a sentence report sport ("the World Cup match", "the Test series", "their coach")?"""
    if any(t.lower_ in SPORT_WORDS or t.lemma_.lower() in SPORT_WORDS for t in sent):
        return True
    return _SPORT_PHRASES.search(" ".join(sent.text.lower().split())) is not None


def _between_teams(event: Event) -> bool:
    """An event a sports report seems to tell between two states named bare ("England",
    "Australia"): their teams travelling, meeting or beating each other. Named officials,
    police or fans (a sector) keep their events: "the sports minister visited", "fans attacked
    police"."""
    return (
        event.event_type in SPORT_EVENT_TYPES
        and event.target is not None
        and event.source.sector is None
        and event.target.sector is None
    )


def _speaker(verb: Token, actors: DocumentActors, marks: SentenceMarks) -> Actor | None:
    """Who speaks in a reporting clause ("he said on Friday"), or None."""
    if not reports(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    # "Russia's envoy, Zamir Kabulov, has told TASS": the envoy is the person named beside the post
    names = sorted([subject, *(c for c in subject.children if c.dep_ == "appos")], key=lambda t: t.pos_ != "PROPN")
    found = [a for a in (actors.resolve(n, marks) for n in names) if a is not None]
    return next((a for a in found if a.name), found[0] if found else None)


def _note_lead_speakers(
    sent: Span, exprs: list[TimeExpr], actors: DocumentActors, marks: SentenceMarks, timeline: Timeline
) -> None:
    """Note who a lead sentence tells speaking today, undated ("X is ready to ..., Kabulov has
    told TASS"): they speak on the day of the news."""
    told = {clause_verb(e.head).i for e in exprs}  # "said on Tuesday": that speaker's day is given
    for verb in sent:
        if verb.i not in told and reports(verb) and tense(verb) in {"perfect", "present"}:
            who = _speaker(verb, actors, marks)
            timeline.note_speaking(who.name if who is not None else None)


def _names_actor(actors: DocumentActors, marks: SentenceMarks, head: Token) -> bool:
    """Does a noun phrase name a state or organisation (not a thing: "it", "the process")?"""
    if head.lower_ in {"it", "this", "that"}:
        return False
    actor = actors.resolve(head, marks)
    return actor is not None and actor.country is not None


def _teaser_day(teasers: list[tuple[int, int, DateValue]], offset: int) -> DateValue | None:
    """The closing date of the teaser a sentence starting at ``offset`` lies in, if any."""
    return next((day for start, end, day in teasers if start <= offset < end), None)


def _lead_end(paragraphs: list[tuple[int, str]]) -> int:
    """Where the document's first sentence (its lead) ends, from its paragraphs (``nlp.segments``);
    a dateline that is a sentence of its own ("MOSCOW, February 9. /TASS/.") is not the lead."""
    if not paragraphs:
        return 0
    offset, para = paragraphs[0]
    first = [s for s in nlp_stage.sentences(para) if not nlp_stage.dateline_sentence(s[1])]
    return offset + first[0][0] + len(first[0][1]) if first else offset + len(para)


def _sentence_starts(paragraphs: list[tuple[int, str]]) -> list[int]:
    """Where each sentence of the text starts (all of them, parsed or not), from its paragraphs."""
    return [off + start for off, para in paragraphs for start, _ in nlp_stage.sentences(para)]


def _done(event: Event, cand: coder.Candidate, value: DateValue) -> bool:
    """Is the event told as done (not planned; in the past or perfect tense), or as done now in
    a year yet to come ("we call upon X" beside "elections due in 2030"; not "meets him on
    June 28", nor "lays the groundwork for a visit in April")?"""
    told = tense(cand.verb)
    now = told == "present" and cand.token.pos_ == "VERB" and value.precision == "year"
    return event.status != "planned" and (told in {"past", "perfect"} or now)


def _done_frame(event: Event, cand: coder.Candidate) -> str | None:
    """The kind of the frame ("request", "threaten", "agree", "reject") when the event is that
    frame's act told as done ("urged X to hold talks", "threatened to strike"), not the act it
    frames; else None."""
    frame = cand.frame
    if frame is None or frame.pos_ != "VERB" or event.status != "asserted":
        return None
    kind = frames().get(frame.lemma_.lower())
    if kind not in {"request", "threaten", "agree", "reject"} or tense(frame) not in {"past", "perfect"}:
        return None
    return kind


def _ahead(event: Event, cand: coder.Candidate, expr: TimeExpr | None) -> bool:
    """Is an asserted act dated after the news still to come ("a rally is to be held tomorrow",
    "will meet on May 3 to sign a deal")? Not a promise or demand made of it ("is committed to
    attending a summit in May": the commitment stands), nor when its date's own clause tells it
    as done ("on Dec 17, jets harassed ...": a day the time zones of writer and reader disagree on)."""
    if event.status != "asserted" or cand.frame is not None:
        return False
    return expr is None or tense(expr.head) != "past"


def _own_date(cand: coder.Candidate, expr: TimeExpr) -> bool:
    """Does a date phrase inside an event noun's own phrase time it ("her visit to Chile from
    May 3 to 5")? The noun's date, not its clause's."""
    return cand.token.pos_ == "NOUN" and cand.token in expr.head.ancestors


def _narrative(cand: coder.Candidate) -> bool:
    """A past-tense report of a single act: it happens at the story's current time. Not a
    past perfect ("before her death, she had opposed the plan"), what came before the
    clause it hangs on ("comes days after a report accused X"), an act told as earlier ("X
    earlier criticised Y") nor one that picks out a noun ("the courts that blocked the ban"):
    those lie earlier. Talks a clause is set in ("said during a meeting with X", "after talks
    with X") are as past as the clause."""
    verb = cand.verb
    prep = cand.token.head
    set_in = cand.token.dep_ == "pobj" and prep.lower_ in SET_IN_PREPS and prep.head.pos_ in {"VERB", "AUX"}
    if cand.light is None and set_in:
        verb = prep.head  # "in his meeting with X, Trump said ...": the meeting is as past as the saying
    verb = _served(verb)
    if _before_story(verb) or _told_earlier(verb) or _timed_otherwise(verb) or _identifying(verb):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" and a.dep_ in {"aux", "auxpass"} for a in verb.children)


def _identifying(verb: Token) -> bool:
    """Is ``verb`` in a relative clause that tells which one its noun is ("the courts that blocked
    the first ban", "a reporter who asked him"), not one set off by a comma ("the minister, who
    attended the ceremony, said ...")? What picks a noun out is known from before: it happened on
    no day the story has reached."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ != "relcl" or any(c.dep_ == "mark" for c in verb.children):
        return False  # "a disgrace that workers had to strike": what the noun says, told as news
    first = verb.left_edge.i
    return first == 0 or verb.doc[first - 1].text not in ASIDE_MARKS


def _served(verb: Token) -> Token:
    """The past act an infinitive of purpose, with no subject of its own, serves ("phoned Rutte
    to offer her congratulations", "flew to Baku to express support"): done, it was done then.
    Otherwise the verb itself."""
    if (
        verb.dep_ in {"xcomp", "advcl"}
        and infinitive(verb)
        and verb.head.tag_ == "VBD"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return verb.head
    return verb


def _before_story(verb: Token) -> bool:
    """Is the act told as one before the story's time: a past perfect ("before her death, she
    had opposed the plan") or "earlier" ("Rouhani earlier criticised the deal")? (In reported
    speech, "said it had attacked", the act is the one reported.)"""
    if past_perfect(verb) and main_clause(verb):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in PRIOR_ADVERBS for c in verb.children)


def _timed_otherwise(verb: Token) -> bool:
    """Does the clause time its act by something no date names ("resigned three weeks into the
    job", "met him in the months before he took office", "when he was a minister")? Then the
    story's current day is not its day."""
    for c in verb.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_NOUNS and not any(
            t.lower_ in DAY_WORDS for t in c.subtree
        ):
            return True  # "three weeks into the job"; not "Saturday night"
        if c.dep_ == "prep" and any(o.tag_ == "NNS" and o.lemma_.lower() in TIME_NOUNS for o in coder.pobjs(c)):
            return True  # "in the months before", "for years"
        if c.dep_ == "prep" and c.lower_ in SET_IN_PREPS and any(
            a.dep_ == "amod" and a.lower_ in PRIOR_MODIFIERS and o.lemma_.lower() not in TIME_NOUNS
            for o in coder.pobjs(c)
            for a in o.children
        ):
            return True  # "during previous rounds of talks", "at an earlier meeting": an earlier occasion
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in OWN_TIME_MARKS for m in c.children):
            return True
    return False


def _implied_date(
    event: Event, cand: coder.Candidate, timeline: Timeline, teaser: DateValue | None, in_lead: bool
) -> tuple[DateValue | None, bool]:
    """The date of an act its sentence does not date, and whether it is the lead's news of the
    day (which the day its speaker is reported on may replace): the closing day of the other
    story's teaser it lies in; else, for an asserted act, the story's current day for a
    past-tense act, or the publication day for the lead's perfect or present ("has expelled",
    "accuses"); the lead's past act, undated, is news too, of a day only the story may give."""
    if teaser is not None:
        return teaser, False  # "... were killed at the airport. (29.01.2015)": that story's day
    if event.status != "asserted":
        return None, False
    value = timeline.narrative_time() if _narrative(cand) else None  # the story goes on at its last date
    if value is None and in_lead and tense(_finite(cand.verb)) in {"perfect", "present"}:
        return timeline.publication(), True
    if value is None and in_lead and tense(cand.verb) == "past" and _narrative(cand) and cand.verb.dep_ != "relcl":
        # "seven people were killed in a blast ...": the day the story gives it, if any; not what
        # a relative clause recalls ("the widow of the gunman who killed 49 people ...")
        return None, True
    return value, False


def _finite(verb: Token) -> Token:
    """The tensed verb an infinitive complement hangs from ("have vowed to return and shed blood":
    have vowed), through infinitives of purpose ("has agreed to send a mission to investigate X");
    else the verb itself."""
    cur = verb
    while cur.head != cur:
        if cur.dep_ == "conj" and cur.tag_ == "VB":  # "to return home and shed blood": as "return"
            cur = cur.head
        elif cur.dep_ in {"xcomp", "advcl"} and infinitive(cur):
            cur = cur.head
        else:
            break
    return cur


def _stance_teller(cand: coder.Candidate) -> Token | None:
    """The past or perfect reporting verb that tells the act as its speaker's present stance
    ("Moscow is ready to restore contacts with X, Lavrov said"; "the minister said Russia supports
    X"; "..., the envoy has told TASS"): the stance is taken on the day its speaker spoke."""
    if tense(cand.verb) != "present":
        return None
    told = (t for t in cand.verb.sent if t.tag_ == "VBD" or (t.tag_ == "VBN" and tense(t) == "perfect"))
    return next((t for t in told if _reports(t, cand.verb)), None)


def _told_earlier(verb: Token) -> bool:
    """Is ``verb`` in a clause that tells what came before a present act or state ("the
    delivery comes days after a report accused X"), or before a day the sentence names ("passed
    on June 2, after X called for Y")? It lies before it, on no day the story has reached."""
    cur = verb
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    after = any(c.dep_ == "mark" and c.lower_ == "after" for c in cur.children)
    if cur.dep_ != "advcl" or cur.head == cur or not after:
        return False
    if tense(cur.head) == "present":
        return True
    # "the resolution passed on June 2, after Somalia called for X": before the day named
    inside = {t.i for t in cur.subtree}
    return any(t.lower_ in DAY_WORDS for t in cur.sent if t.i not in inside)


def _event_subject(noun: Token) -> bool:
    """Is ``noun`` an event named as the doer of a clause ("Monday's bombing killed 12", "last
    year's war displaced thousands")? What it did, it did on its date."""
    return noun.dep_ == "nsubj" and noun.lemma_.lower() in lexicon.load().nouns


def _waged(noun: Token, cands: list[coder.Candidate]) -> Token | None:
    """The trigger of a verb that does what its object, an event noun, names ("fought a 2006
    war", "carried out the 2015 attack"): one act, of the noun's date; not a verb of another
    act ("condemned the 2015 attack")."""
    if noun.dep_ != "dobj":
        return None
    kinds = {c.token.i: c.type for c in cands}
    verb = noun.head
    return verb if verb.i in kinds and kinds[verb.i] == kinds[noun.i] else None


def _what_it_did(noun: Token) -> list[Token]:
    """The verbs of relative clauses that tell what an act named by ``noun`` did ("the 2014
    bombing, which killed 30 people"; "the December 19 attack on a Berlin market, which killed
    12", whichever noun the parse hung the clause on)."""
    if noun.lemma_.lower() not in lexicon.load().nouns:
        return []
    heads = [noun, *(o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    told = [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in c.children)  # which, that
    ]
    return told + [c for v in told for c in v.conjuncts]  # "which killed 12 and wounded 48"


def _attach_dates(cands: list[coder.Candidate], exprs: list[TimeExpr]) -> tuple[dict[int, TimeExpr], set[int]]:
    """Give each trigger the date expression nearest to it in the parse (an expression may
    serve several triggers: "met ... and discussed ... on June 8"); also the triggers of acts
    told as what came before a dated one, which no other date of the story is given to."""
    pairs = []
    earlier: set[int] = set()
    triggers = {c.token.i for c in cands}
    for expr in exprs:
        if time_stage.end_point(expr):
            continue  # "extended his detention until April": the day it ends, not the act's
        counted = time_stage.counted_since(expr)  # "marks 100 days since X was arrested"
        if counted is not None:
            pairs += [(0, expr.head.i, c.token.i, expr) for c in cands if c.verb == counted]
        bracketed = time_stage.bracket_owner(expr)
        if bracketed is not None:  # "discussed a summit in Lima (May 3-4)": the summit's days
            if bracketed.i in triggers:
                pairs.append((0, expr.head.i, bracketed.i, expr))
            continue
        owner = expr.head.head
        of_day = expr.head.dep_ == "compound" and owner.lemma_.lower() in TIME_NOUNS  # "on Thursday morning": a date
        if expr.head.dep_ in {"poss", "compound", "amod", "nmod", "nummod"} and owner.pos_ == "NOUN" and not of_day:
            # "in last year's war, X fled": the clause's time; not "denied any role in the 2015 attack"
            during = time_stage.sets_clause(owner)
            for verb in _what_it_did(owner):  # "the 2014 bombing, which killed 30 people"
                if verb.i in triggers:
                    pairs.append((0, expr.head.i, verb.i, expr))
            if owner.i in triggers:  # "last year's war": the war's date
                pairs.append((0, expr.head.i, owner.i, expr))
                waged = _waged(owner, cands)
                if waged is not None:  # "fought a 2006 war": the war's year
                    pairs.append((0, expr.head.i, waged.i, expr))
                if not during:
                    continue
            elif _event_subject(owner) and owner.head.i in triggers:
                pairs.append((0, expr.head.i, owner.head.i, expr))  # "Monday's bombing killed 12": on Monday
                continue
            elif not during:
                continue  # "after last year's war": the date is the war's, not the act's
        noun = time_stage.planned_noun(expr.head)
        if noun is not None and noun.i in triggers:  # "the summit, set for May 3"
            pairs.append((0, expr.head.i, noun.i, expr))
        phrase = time_stage.phrase_of(expr.head)
        for cand in cands:
            if phrase is not None and all(time_stage.prospective(a) != phrase for a in cand.anchors):
                continue  # "criticised X ahead of talks on Friday": Friday is the talks' day
            governed = [a for a in cand.anchors if governs(expr.head, a)]
            if cand.token.pos_ == "NOUN" and cand.light is None and _owned_elsewhere(cand.token, expr.head):
                continue  # "said on Friday that she deplored the minister's attacks": told of, not dated
            if any(_earlier(expr.head, a) for a in governed):
                earlier.add(cand.token.i)  # "sacked in May after he lied": the lie is not dated by it
                continue
            near = [tree_distance(expr.head, a) for a in governed]
            if near and min(near) <= MAX_DATE_DISTANCE:
                pairs.append((min(near), expr.head.i, cand.token.i, expr))
    out: dict[int, TimeExpr] = {}
    # a date inside the trigger's own phrase wins over one of a clause above it: "will meet the envoy for
    # a first time on May 6, the ministry said Friday", "a day before X announced her visit to Chile
    # from May 3": May 6 is the meeting's day, May 3 the visit's
    for _, _, trig, expr in sorted(pairs, key=lambda p: (not _within(p[3].head, p[2]), p[0], p[1], p[2])):
        out.setdefault(trig, expr)
    for cand in cands:
        if cand.token.i not in out and cand.token.i not in earlier and tense(cand.verb) in {"perfect", "present"}:
            report = next((e for e in exprs if _reports(clause_verb(e.head), cand.verb)), None)
            if report is not None:  # "troops have arrived in X, the ministry said on Thursday"
                out[cand.token.i] = report
        if cand.token.i not in out:
            fronts = [e for e in exprs if e.value is not None and _fronts(e, clause_verb(cand.verb), exprs)]
            fronted = max(fronts, key=lambda e: len(e.value.value), default=None)  # "In May | last year"
            if fronted is not None:  # "In May last year, the minister travelled to Iran"
                out[cand.token.i] = fronted
        if cand.token.i not in out:
            text = next((e for e in exprs if _dates_antecedent(e.head, clause_verb(cand.verb))), None)
            if text is not None:  # "the resolution adopted on May 3, which demands ...": its day
                out[cand.token.i] = text
    return out, earlier - set(out)


def _named_speaker(who: str, voice: Actor | None, actors: DocumentActors) -> str | None:
    """The name a quotation is attributed to: its speaker as named, or whom "he" or "she" stands
    for (``voice``, the person found for them); a pronoun that points to no one is no name."""
    if who.strip().lower() not in status.SPEAKER_PRONOUNS:
        return who
    return _person_name(voice, actors)


def _pronoun_reporter(trigger: Token, actors: DocumentActors, marks: SentenceMarks) -> str | None:
    """'He said Azerbaijan had shelled the villages': the person "he" stands for reports it."""
    verb = reporting_verb(clause_verb(trigger), frozenset({"xcomp", "conj"}))
    if verb is None or not any(c.dep_ == "nsubj" and c.lower_ in status.SPEAKER_PRONOUNS for c in verb.children):
        return None
    return _person_name(_speaker(verb, actors, marks), actors)


def _person_name(actor: Actor | None, actors: DocumentActors) -> str | None:
    """A person's name for an attribution; not a state's or a body's ("Russian", "China")."""
    if actor is None or not actor.name or actor.name.lower() in actors.gaz.body_names:
        return None
    return actor.name


def _quoted_by(quotations: list[tuple[int, int, str]], start: int, end: int) -> tuple[int, int, str] | None:
    """The quotation (start, end, speaker) a sentence lies wholly inside (not the sentence that
    names the speaker, whose own words tell who speaks)."""
    return next((q for q in quotations if q[0] <= start and end <= q[1]), None)


def _owned_elsewhere(noun: Token, date_head: Token) -> bool:
    """Is ``noun`` an act its owner's name marks as known ("Trump's attacks"; not "his condolences"),
    told in a clause below the one a date stands in? The date is the telling's."""
    if not any(c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"} for c in noun.children) or _within(date_head, noun.i):
        return False
    told, telling = clause_verb(noun), clause_verb(date_head)
    return told != telling and told in telling.subtree


def _within(date_head: Token, trigger: int) -> bool:
    """Does a date phrase lie inside the phrase of the trigger at index ``trigger``?"""
    return any(a.i == trigger for a in date_head.ancestors)


def _earlier(date_head: Token, anchor: Token) -> bool:
    """Whether ``anchor`` lies in what came before the dated act, which the date does not date:
    a clause of "after" or "because" ("was sacked in May after he discussed sanctions"), or
    a cause given by "for" ("resigned on Monday for misleading the vice president"), or a past
    perfect in what "after" names ("quit in May after reports that he had lied")."""
    above = {a.i for a in date_head.ancestors} | {date_head.i}
    cur = anchor
    looked_back = False  # a past perfect on the way: "after reports that he had discussed sanctions"
    while cur.i not in above:
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in cur.children):
            return True
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in EARLIER_MARKS:
            return True
        looked_back = looked_back or past_perfect(cur)
        if looked_back and cur.dep_ == "pobj" and cur.head.lower_ in EARLIER_MARKS:
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _fronts(expr: TimeExpr, verb: Token, exprs: list[TimeExpr]) -> bool:
    """Does a date stand just before the clause of ``verb``, set off by a comma ("In May last
    year, the minister travelled to Iran"), whatever the parse hung it on?"""
    spans = {e.head.i: e.span for e in exprs}
    dated = {t.i for sp in spans.values() if sp is not None for t in sp}
    span = spans[expr.head.i]
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), verb)
    first = min(t.i for t in subject.subtree) if subject is not verb else verb.i
    if span is None or span.end > first:
        return False
    between = expr.head.doc[span.end : first]
    return any(t.text == "," for t in between) and all(t.is_punct or t.i in dated for t in between)


def _dates_antecedent(date_head: Token, verb: Token) -> bool:
    """Does a date time the noun a present-tense relative clause describes ("the statement
    adopted on May 3, which urges both sides to ...")? What a text says, it says from
    the day it was made."""
    if verb.dep_ != "relcl" or tense(verb) != "present" or verb.head.pos_ != "NOUN":
        return False
    noun, cur = verb.head, date_head
    for _ in range(6):
        if cur.dep_ not in {"pobj", "prep", "acl", "nummod", "compound", "npadvmod", "nmod"}:
            return False
        if cur.dep_ == "acl" and cur.tag_ != "VBN":
            return False
        cur = cur.head
        if cur == noun:
            return True
    return False


def _reports(verb: Token, act: Token) -> bool:
    """Is ``verb`` a reporting verb whose clause and the act's are one statement ("X has
    arrived, the ministry said", "the ministry said X has arrived")?"""
    if not reports(verb):
        return False
    act = clause_verb(act)
    return (verb.head == act and verb.dep_ in {"advcl", "parataxis", "ccomp", "conj"}) or (
        act.head == verb and act.dep_ in {"ccomp", "parataxis"}
    )


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
    resolved = sides.resolve(cand, marks, actors, gaz)
    if resolved is None:
        return []
    who, location = resolved
    sources, targets, mutual = who.sources, who.targets, who.mutual
    st = status.event_status(cand)
    event_type, cameo = _by_forces(cand, lex)
    if event_type == "CONSULT" and cand.trigger.mode == "visit" and all(s.sector in PRIVATE_VISITORS for s in sources):
        return []  # "thousands of refugees arrived in Greece", "Chinese tourists visited Paris": no diplomacy
    if event_type == "CONSULT" and any(a.sector in PRESS for a in [*sources, *targets]):
        return []  # "told CNN", "in an interview with the BBC": a statement to the press, no meeting
    if st == "planned" and (
        status.forecast_by_observer(cand.token) or _told_by_other(cand, [*sources, *targets], marks)
    ):
        st = "uncertain"  # "analysts say Iran will retaliate": a forecast, no promise or plan
    if st == "planned" and event_type in INTENT and not awaiting_present(clause_verb(cand.token)):
        event_type = INTENT[event_type]
        cameo, st = lex.type_cameo[event_type], "asserted"
    if event_type == "ACCUSE" and coder.opposed_proposal(cand, marks.names):
        event_type, cameo = "REJECT", lex.type_cameo["REJECT"]  # "opposed the bill", "oppose the nominee"
    if event_type == "COERCE" and coder.barred_entry(cand):
        event_type, cameo = "REJECT", lex.type_cameo["REJECT"]  # "barred the minister from entering"
    if event_type == "ASSAULT" and sources and coder.debaters(s.sector for s in sources):
        event_type, cameo = coder.verbal_attack(lex)  # "the opposition party attacked the minister"
    words = {t.lemma_.lower() for t in (cand.token, cand.light, cand.frame) if t is not None}
    if st == "negated" and event_type in ACCEPTANCES and not mutual and words & REFUSABLE:
        event_type, cameo, st = "REJECT", lex.type_cameo["REJECT"], "asserted"  # "will not accept": a refusal
    elif st == "negated" and event_type == "CONCEDE" and not mutual and is_future(cand.token):
        event_type, cameo, st = "REJECT", lex.type_cameo["REJECT"], "asserted"  # "will not allow X": a refusal
    kind = CLAIM_KINDS.get(cand.type)
    if kind is not None and not mutual and st in CLAIM_STATUSES:
        for t in targets:
            for s in sources:
                actors.note_claim(kind, t.country, s)
    attribution = status.attribution(cand.token) or _pronoun_reporter(cand.token, actors, marks)
    context = sorted(
        {lex.contexts[t.lemma_.lower()] for a in cand.anchors for t in a.subtree if t.lemma_.lower() in lex.contexts}
    )
    start, end = seg.offset + sent.start_char, seg.offset + sent.end_char
    text = doc.text[start:end]
    out = []
    cross = any(s.country != t.country for s in sources for t in targets)
    for s in sources:
        for t in targets or [None]:
            at_home = t is not None and s.country == t.country
            if at_home and (mutual or cross or not _two_parties(s, t, gaz)):
                continue
            if s.sector == "CVL" and event_type not in CIVIL_TYPES:
                continue
            if at_home and event_type != "ASSAULT" and _private_pair(s, t, actors.story_people):
                continue
            visit = cand.trigger.mode == "visit"
            if t is not None and s.country == t.country and visit and not _person(t, gaz.body_names):
                continue  # "the envoy arrives as the US economy slows", "Putin visited the Kremlin": no visit
            if t is not None and s.country == t.country and event_type == "AID" and t.sector not in HOME_AID_RECIPIENTS:
                continue  # "the tax credit helps people pay", "provided support to its firms": policy, no aid
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


def _private_pair(source: Actor, target: Actor, story_people: Collection[str]) -> bool:
    """Is one side a person the story's one state alone places (``story_people``), and the other
    no body of the state: another such person or plain people ("X sued Y", "X urged people to stay
    home")? A private matter, not an event between parties of the state; unless an attack."""
    for one, other in ((source, target), (target, source)):
        if one.sector is None and one.name in story_people and other.sector in {None, "CVL"}:
            return True
    return False


def _told_by_other(cand: coder.Candidate, parties: list[Actor], marks: SentenceMarks) -> bool:
    """Is an act yet to come told by a speaker the sentence names as of a third state, neither
    the actor's nor its object's ("the EU will recognise China, Russian officials said"): a
    forecast, not a plan the parties announced."""
    verb = status.clause_reporter(cand.token)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or not parties or any(p.country is None for p in parties):
        return False
    states = {marks.names[t.i].entry.code for t in subject.subtree if t.i in marks.names}
    return bool(states) and not states & {p.country for p in parties}


def _two_parties(source: Actor, target: Actor, gaz: gazetteer.Gazetteer) -> bool:
    """Within one state, an event needs two parties the data can tell apart: police and
    protesters, the government and the press, a group and the government, or two people the
    text names ("President X recalled his finance minister Y"), or the holders of two offices
    ("the king sacked the interior minister", "the prime minister met the first minister").
    "Dutch officials condemned the statements of Dutch officials" is no event between two
    parties."""
    if source.sector != target.sector:
        return True
    if source.sector == "PTY" and source.name is not None and target.name not in {None, source.name}:
        return True  # two parties the gazetteer names apart ("Labour" and "the Lib Dems")
    if _person(source, gaz.body_names) and _person(target, gaz.body_names):
        return source.name != target.name
    if {_trial_side(source), _trial_side(target)} == {"bench_noun", "prosecution_noun"}:
        return True  # "the magistrate rejected the prosecutors' plea": court and prosecution
    if _office(source, gaz) is not None and _person(target, gaz.body_names):
        return True  # "the king asked him (X) to form a government": an office and a person named apart
    office = _office(target, gaz)
    if office is not None and _office(source, gaz) not in {None, office}:
        # "the king sacked the interior minister", "the prime minister met the first minister":
        # the holders of two offices
        return True
    return _body_of(source, target, gaz) or _body_of(target, source, gaz)


def _office(actor: Actor, gaz: gazetteer.Gazetteer) -> str | None:
    """The title a mention's head ends in, if one, the longest the table knows ("the interior
    minister": minister; "the prime minister in Rome": prime minister)."""
    words = actor.text.lower().replace(",", " ").split()
    cut = next((i for i, w in enumerate(words) if i and w in MENTION_BREAKS), len(words))
    words = [*words[: cut - 1], _head_word(" ".join(words[:cut]))] if cut else []
    for n in range(min(3, len(words)), 0, -1):
        for tail in (tuple(words[-n:]), (*words[-n:-1], words[-1].removesuffix("s"))):
            term = gaz.terms.get(tail)
            if term is not None and term[2] == "title":
                return term[0]
    return None


def _trial_side(actor: Actor) -> str | None:
    """The side of a trial an actor of the judiciary is on, by its head noun: the bench ("the
    court", "a judge") or the prosecution ("prosecutors")."""
    head = _head_word(actor.text).lower().removesuffix("s")
    return next((kind for kind in TRIAL_SIDES if head in TRIAL_SIDES[kind]), None) if actor.sector == "JUD" else None


def _body_of(person: Actor, body: Actor, gaz: gazetteer.Gazetteer) -> bool:
    """A named person and a body of the state that is not the person's own ("President Ana Ruiz
    asked the interior ministry to act", "Senator Ana Ruiz criticised the Senate"): two parties.
    Not the state itself, its capital or a thing ("Putin said Moscow would respond", "defended
    the raid"), nor the person's own office ("the Trump administration", "his party")."""
    if not _person(person, gaz.body_names) or _person(body, gaz.body_names) or body.name == person.name:
        return False
    words = body.text.lower().split()
    if not words or words[0] in {"his", "her", "its", "their"} or (person.name or "").split()[-1] in body.text:
        return False
    seat = (body.name or "").lower()
    return (seat in gaz.seat_names and " ".join(words).endswith(seat)) or words[-1] in gaz.body_nouns


def _by_forces(cand: coder.Candidate, lex: lexicon.Lexicon) -> tuple[str, str]:
    """The candidate's type and CAMEO code, save that troops who "arrive in" or "travel to" a
    country are deployed there, not visiting: peacekeepers, deminers and medics to help
    (AID, "provide military protection or peacekeeping"), other forces in a show of force."""
    if cand.type != "CONSULT" or cand.trigger.mode != "visit" or not cand.sources:
        return cand.type, cand.cameo
    words = {t.lemma_.lower() for h in cand.sources for t in h.subtree}
    if words & AID_FORCES:
        return "AID", AID_FORCES_CAMEO
    if words & FORCES:
        return "MOBILIZE", lex.type_cameo["MOBILIZE"]
    return cand.type, cand.cameo


def _key(ev: Event) -> tuple:
    s = ev.source.country if ev.source else None
    t = ev.target.country if ev.target else None
    pair = tuple(sorted((s or "", t or ""))) if ev.event_type in SYMMETRIC else (s, t)
    return (ev.event_type, pair, ev.status)


def _restated(first: Event, ev: Event, told: Collection[int] = ()) -> bool:
    """The same act named again in the sentence that told it, once as done and once as planned
    ("is set to meet X on Friday, becoming the second leader to meet X"; "travels to X to meet Y
    tomorrow"): one planned act. Not when a tensed clause tells the done one (``told``: the ids
    of such events): "has met both sides and is set to meet them again" is two acts."""
    done = first if first.status == "asserted" else ev
    return (
        first.evidence.start == ev.evidence.start
        and _key(first)[:2] == _key(ev)[:2]
        and {first.status, ev.status} == {"asserted", "planned"}
        and id(done) not in told
    )


def _other_agent(first: Event, ev: Event, states: Collection[str]) -> bool:
    """The same act by another named person of another arm of the state, told in another
    sentence: "President X phoned his counterpart ... army chief Y also called his counterpart"
    (GOV and MIL) are two calls; "the delegation" and "the navy chief" may be one visit."""
    a, b = first.source, ev.source
    return (
        first.evidence.start != ev.evidence.start
        and a is not None
        and b is not None
        and a.sector is not None
        and b.sector is not None
        and a.sector != b.sector
        and all(_named_person(x, states) for x in (a, b))
    )


def _named_person(actor: Actor, states: Collection[str]) -> bool:
    """An actor written with a name of several words that is no state's ("Vladimir Putin", not
    "Russia", "the Russian delegation")."""
    name = actor.name or ""
    return " " in name and name not in states and name in actor.text


def _person(actor: Actor | None, bodies: Collection[str]) -> bool:
    """A person known by a proper name of several words, written so, by the surname or as a
    pronoun ("he" for Vladimir Putin); no state, body or group ("Amnesty International", "the
    rights group")."""
    if actor is None or not actor.name:
        return False
    words = actor.name.split()
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and actor.name.lower() not in bodies
        and (actor.name in actor.text or actor.text.lower() in PERSON_PRONOUNS or _head_word(actor.text) == words[-1])
    )


def _head_word(text: str) -> str:
    """The last word of a mention, without a possessive: "President Obama's" gives "Obama", "the
    court's" gives "court"."""
    words = text.split()
    return words[-1].removesuffix("'s").removesuffix("’s") if words else ""


def _other_person(first: Event, ev: Event, bodies: Collection[str]) -> bool:
    """Acts of two different people told in two sentences: "X criticised the US ... Y, too,
    criticised it" are two criticisms, whatever the arms of the state they serve."""
    return (
        first.evidence.start != ev.evidence.start
        and _person(first.source, bodies)
        and _person(ev.source, bodies)
        and first.source is not None
        and ev.source is not None
        and first.source.name != ev.source.name
    )


def _other_sectors(first: Event, ev: Event) -> bool:
    """Do two acts of one type between the same states name different parts of them on one
    side ("dozens were arrested" and "the opposition leader was arrested": a crowd and a
    party, two arrests)? Told in two sentences, they are two acts."""
    if first.evidence.start == ev.evidence.start:
        return False

    def sectors(e: Event) -> tuple[str | None, str | None]:
        return (e.source.sector if e.source else None, e.target.sector if e.target else None)

    a, b = sectors(first), sectors(ev)
    ways = [b, b[::-1]] if ev.event_type in SYMMETRIC else [b]
    return all(any(x and y and x != y for x, y in zip(a, way, strict=True)) for way in ways)


def _same_act_word(a: Event, b: Event) -> bool:
    """Do two tellings name their act by one word, by its first letters ("attack", "attacked";
    "meet", "meeting"; an irregular form, "met", is another word)?"""
    x, y = a.evidence.trigger.lower(), b.evidence.trigger.lower()
    return x[:4] == y[:4] if min(len(x), len(y)) >= 4 else x[:3] == y[:3]


def _merge(
    events: list[Event],
    states: Collection[str] = (),
    bodies: Collection[str] = (),
    earlier: Collection[int] = (),
    told: Collection[int] = (),
) -> list[Event]:
    """One event per real-world event within a document: same type, actors and status (or one
    act told as done and as planned in one sentence), and compatible dates (equal, or one of
    them undated); not the acts of two people named in two sentences, nor, told in two, acts on
    two parts of a state (a crowd and a party: :func:`_other_sectors`) (``states`` and ``bodies``:
    the names of states, and of states, bodies and groups in lower case), nor an undated act
    told as earlier (``earlier``: the ids of such events) and a dated one ("accused X on
    Monday ... had earlier accused X of ..."), nor, told in two sentences by two words, a done
    act dated by its day and one dated by its month (:func:`_same_act_word`); ``told``: the ids
    of acts a tensed clause tells (:func:`_restated`)."""
    kept: list[Event] = []
    for ev in events:
        for other in kept:
            if _key(other) != _key(ev) and not _restated(other, ev, told):
                continue
            if any(id(a) in earlier and not a.date and b.date for a, b in ((ev, other), (other, ev))):
                continue
            if _other_agent(other, ev, states) or _other_person(other, ev, bodies) or _other_sectors(other, ev):
                continue
            if other.date and ev.date and not (other.date.startswith(ev.date) or ev.date.startswith(other.date)):
                continue
            # a plan is one event however often it is mentioned; so is an act told once by its
            # day and once by its month by one word or in one sentence; otherwise, only when told nearby
            summary = bool(other.date and ev.date and other.date != ev.date)
            told_apart = other.evidence.start != ev.evidence.start and not _same_act_word(other, ev)
            if summary and ev.status != "planned" and told_apart:
                continue  # "refusing this month to reinstate the ban" and "the ban was frozen on Feb 3": two acts
            if ev.status != "planned" and not summary:
                if abs(other.evidence.paragraph - ev.evidence.paragraph) > 1:
                    continue
                if bool(other.date) != bool(ev.date) and other.evidence.paragraph != ev.evidence.paragraph:
                    continue
            if ev.date and (not other.date or len(ev.date) > len(other.date)):
                other.date, other.date_precision = ev.date, ev.date_precision
                other.evidence, other.source, other.target = ev.evidence, ev.source, ev.target
            if other.status != ev.status:  # restated: planned
                other.status = "planned"
            other.location = other.location or ev.location
            other.attribution = other.attribution or ev.attribution
            break
        else:
            kept.append(ev)
    seen: Counter[str] = Counter()
    for ev in kept:  # "met him in July and in September": two events, two ids
        first = ev.stable_id()
        ev.occurrence = seen[first]
        seen[first] += 1
        ev.event_id = ev.stable_id()
    return kept
