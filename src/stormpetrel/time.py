"""When an event happened: date expressions, resolved on the document's time line.

Explicit dates are anchored to the publication date ("June 20" in an article of 2021-06-19 is
2021-06-20); each day-exact date becomes the reference for what follows ("the following day");
relative expressions resolve against it or the publication date as the language demands.
A past-tense act the text does not date happens at the story's current date (the last day it
named, within two paragraphs; a date older than the past week only for a few sentences), unless
told as earlier ("X earlier criticised Y"); "this morning" is the publication day; a perfect or
present act takes the date of the report that tells it ("have arrived, the ministry said on
Thursday"); the lead sentence's perfect ("X has expelled Y") is the news of the day the
story has X speak on ("X said on Friday"), else of the publication day. Other undated events
stay undated: nothing is given the publication date for want of a better one, and a dateline
("MOSCOW, March 29") dates the report, not the events it tells.
Dates joined by "and" ("met him in July and September") time one act each. A count back from
the news dates an act exactly ("two weeks ago"; "it has been 100 days since X was arrested"),
not a rough one ("more than 50 days since") or a stretch ("in the seven years since X, ...").

What a prospective phrase names ("ahead of his meeting with Xi on Friday", "on the eve of the
summit", "prior to talks"), what a plan predicate governs ("talks are due on Friday", "the
summit, set for May 3") and the purpose of a journey ("travels to Paris to meet him tomorrow")
lie later than the clause they hang on: their weekdays resolve forward from that clause's day
(or the publication date). A time after publication never becomes the story's current date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from stormpetrel import data
from stormpetrel.grammar import (
    clause_verb,
    frames,
    infinitive,
    is_future,
    past_perfect,
    present_progressive,
    reports,
    tense,
    to_be_done,
)

_CUES = data.word_classes("cue_words.tsv")
ARRANGEMENT_VERBS = _CUES["arrangement_verb"]  # "is flying to Tokyo on Friday": an arrangement to come
AWAITING_MARKS = _CUES["awaiting_mark"]  # "before the committee starts its inquiry": yet to come
_MONTH_KINDS = {"mdy", "dmy", "my", "m"}  # expressions that name a month
REL_DAY_SHIFTS = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}
NARRATIVE_SENTENCES = 5  # a date named this many sentences back no longer times an undated act
SOON_DAYS = 60  # a noun's day this many days after the news, given without a year, is of this year

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
# the place a report is filed from, before its date: "MOSCOW, March 29", "KABUL (Reuters) -"
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]*[A-Z](?:\s*\([^)]*\))?,?\s*$")
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
DAY_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)  # words that name a day of the story
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": None,
    "few": None,
}
_M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# not a decade ("the 1970s") nor part of a range or a code; "mid-2014", "early-2015" are years
_Y = r"(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<![\d-]))(?P<year>1[89]\d\d|20\d\d)(?![\d-]|s\b)"
# "in April last year", "on May 3 of next year": the year named by its distance from the news
_RY = r"(?:\s+(?:of\s+)?(?P<yearword>last|next|this)\s+year\b(?!['\u2019]))?"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "mdy",
        re.compile(_M + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:-\d{1,2})?(?:,?\s+" + _Y + r")?(?![\d-])" + _RY, re.I),
    ),
    (
        "dmy",
        re.compile(
            r"(?<![\d-])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"(?:,?\s+" + _Y + r")?" + _RY, re.I
        ),
    ),
    ("my", re.compile(_M + r",?\s+" + _Y, re.I)),
    # a day in digits, day first, as European news gives it: "(27.01.2017)", "27.1.2017"
    ("numeric", re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\." + _Y.replace(r"(?<![\d-])", ""))),
    (
        "m",
        re.compile(
            r"\b(?:(?P<which>last|this|next)|in|since|by|until|during|early|late|mid)[\s-]+" + _M + r"\b" + _RY, re.I
        ),
    ),
    ("weekday", re.compile(r"\b(?P<last>last\s+|next\s+|this\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)),
    (
        "rel_day",
        re.compile(
            r"\b(?P<rel>the\s+day\s+(?:after\s+tomorrow|before\s+yesterday)|yesterday|today|tonight|tomorrow"
            r"|this\s+(?:morning|afternoon|evening))\b",
            re.I,
        ),
    ),
    (
        "following",
        re.compile(
            r"\b(?:the\s+)?(?:following|next|subsequent)\s+day\b|\ba\s+day\s+later\b|\bthe\s+day\s+after\b", re.I
        ),
    ),
    (
        "preceding",
        re.compile(
            r"\b(?:the\s+)?(?:previous|preceding)\s+day\b|\ba\s+day\s+(?:earlier|before)\b|\bthe\s+day\s+before\b", re.I
        ),
    ),
    ("same", re.compile(r"\bat\s+the\s+same\s+time\b|\bthe\s+same\s+day\b|\bthat\s+day\b|\bthat\s+week\b", re.I)),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|later|before|since)\b",
            re.I,
        ),
    ),
    (
        "period",
        re.compile(
            r"\b(?P<which>last|this|next|past|earlier\s+this|later\s+this)\s+(?P<unit>year|month|week)(?:'s)?\b", re.I
        ),
    ),
    (
        "undated",
        re.compile(
            r"\b(?:in\s+)?recent\s+(?:years|months|weeks|days)\b|\bwithin\s+(?:days|weeks)\b|\bto\s+this\s+day\b|\bin\s+the\s+past\b"
            r"|\b(?:some\s*time\s+)?in\s+(?:the\s+)?(?:near\s+|foreseeable\s+|distant\s+)?future\b"
            # a war of the past names an era, not the week of the news: "occupied in World War II"
            r"|\bWorld\s+War\s+(?:I{1,2}|One|Two|1|2)\b|\b(?:First|Second)\s+World\s+War\b|\bCold\s+War\b"
            # a decade: "battled the Soviet army in the 1980s"
            r"|\b(?:in\s+)?the\s+(?:early\s+|mid-?|late\s+)?(?:1[89]|20)\d0s\b"
            # an election campaign named without its year: "met the envoy twice during the campaign"
            r"|\b(?:during\s+the\s+(?:presidential\s+|election\s+)?campaign|on\s+the\s+campaign\s+trail)\b"
            r"(?!\s+(?:(?:in|of)\s+\w|last\b|this\b))",  # not "during the campaign in 2016", "... last winter"
            re.I,
        ),
    ),
    (
        "weekend",
        re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?P<which>last|this|next)\s+weekend\b", re.I),
    ),
    (
        "past_day",
        re.compile(
            r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+"
            r"(?:(?:24|twenty-four)\s+hours|day)\b",
            re.I,
        ),
    ),
    ("hours", re.compile(r"\b(?:within|in\s+a\s+few|a\s+few)\s+hours\b", re.I)),
    ("night", re.compile(r"\b(?P<rel>last\s+night|overnight)\b", re.I)),
    (
        "year",
        re.compile(
            r"(?:\b(?:in|since|by|of|from|until|during|before|after|early|late|mid)[\s-]+(?:the\s+year\s+)?)?" + _Y,
            re.I,
        ),
    ),
]


# "more than 50 days since X", "in the seven years since X": no day to count back to, or a
# stretch of time the clause fills, not the day of an act
_NOT_SINCE = re.compile(
    r"\b(?:more\s+than|over|almost|nearly|about|around|some|roughly|close\s+to"
    r"|(?:in|over|during|for|within)\s+the(?:\s+(?:past|last|first))?)\s*$",
    re.I,
)
END_WORDS = tuple(sorted(_CUES["end_word"]))  # "until April": when a state ends, not when an act was done
SPAN_WORDS = _CUES["span_word"]  # "between May 3 and 5": the first day of a span


def end_point(expr: TimeExpr) -> bool:
    """Does ``expr`` name when something ends ("extended his detention until April", "will stay
    until 2030", "halt imports through the end of 2017")? It is not the day of the act that set it."""
    if expr.text.lower().startswith(END_WORDS):
        return True
    before = _words_before(expr, 4)
    while before and before[-1] in {"the", "end", "of"}:
        before.pop()
    return bool(before) and before[-1] in END_WORDS


def _span_start(expr: TimeExpr) -> bool:
    """Does ``expr`` open a span of days ("between February 4 and 6", "from May 3 to 5")?"""
    before = _words_before(expr, 1)
    return bool(before) and before[-1] in SPAN_WORDS


def _words_before(expr: TimeExpr, n: int) -> list[str]:
    """Up to ``n`` words of its sentence just before ``expr``, lowercase (none without a span)."""
    span = expr.span
    if span is None:
        return []
    return [t.lower_ for t in span.doc[max(span.sent.start, span.start - n) : span.start]]


def _phrase_pattern(phrase: str) -> str:
    """A regex for a phrase of whole words, any spacing ("in the run-up": "run - up" too)."""
    words = (r"\s*-\s*".join(map(re.escape, w.split("-"))) for w in phrase.split())
    return r"\b" + r"\s+".join(words)


# what comes before "of", "to" or "for" in a phrase whose object lies later than the clause it
# modifies: "ahead of his meeting with Xi", "on the eve of the summit", "prior to talks"
_OPENERS = sorted(_CUES["frame_opener"], key=len, reverse=True)
_FRAME_OPENER = re.compile("(?:" + "|".join(map(_phrase_pattern, _OPENERS)) + r")\s*$", re.I)
# a predicate that sets its subject in the future: "talks are due on Friday", "the summit, set
# for May 3", "talks scheduled for Friday", "the minister is expected in Kyiv on Monday"
PLAN_PREDICATES = _CUES["plan_predicate"]
# a verb whose complement is an act still to come: "agreed to host X in April", "is committed to
# attending a summit in May" (that April, that May are the next ones)
COMMIT_WORDS = _CUES["commit_word"]
LOOK_BACK = _CUES["look_back"]  # "after the May 3 attack": a date of what came before
# words that put a framed event after the moment of the clause it modifies
FORWARD_WORDS = _CUES["forward_word"] | frozenset(WEEKDAYS)
AHEAD_MODALS = _CUES["hedge_modal"] | _CUES["capability_modal"]  # "could sign it on Tuesday": a Tuesday to come
DAY_PREPS = _CUES["day_prep"]  # "the attack on Wednesday": the attack's day
DURING_PREPS = _CUES["during_prep"]  # "in last year's war, X fled": the war's time is the clause's
OCCASION_PREPS = _CUES["occasion_prep"]  # "detained at Sunday's rally": the rally's day is the clause's
OCCASION_NOUNS = _CUES["occasion_noun"]


@dataclass(frozen=True)
class DateValue:
    value: str
    precision: str  # day, month, year

    @classmethod
    def day(cls, d: dt.date) -> DateValue:
        return cls(d.isoformat(), "day")


@dataclass
class TimeExpr:
    """A date expression in a sentence: its tokens and what it resolves to (None: undated)."""

    text: str
    head: Token
    kind: str
    match: re.Match[str]
    value: DateValue | None = None

    @cached_property
    def span(self) -> Span | None:
        """The tokens the expression covers (None when its text falls outside the parse)."""
        start = self.head.sent.start_char + self.match.start()
        return self.head.doc.char_span(start, start + len(self.match.group(0)), "expand")

    @property
    def tokens(self) -> Span:
        """The tokens the expression covers, empty when there are none."""
        return self.span or self.head.doc[0:0]

    @cached_property
    def timed(self) -> Token:
        """The word whose clause the expression times. A time between a verb of saying and the
        subject of the clause it reports belongs to the saying, however the parser hung it
        ("said on Monday it would cut ties": a past Monday)."""
        verb = clause_verb(self.head)
        said = verb.head
        if verb.dep_ == "ccomp" and said.i != verb.i and said.i < self.head.i < verb.i:
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.i > (self.tokens[-1].i if len(self.tokens) else self.head.i):
                return said
        return self.head

    @cached_property
    def future(self) -> bool:
        """Does the expression's clause speak of what is yet to come ("will meet on Friday", "a
        referendum to be held on April 16")?"""
        return is_future(self.timed) or to_be_done(clause_verb(self.timed))


def parse_date(s: str | None) -> dt.date | None:
    """An ISO date (the first ten characters of ``s``), or None."""
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


class Timeline:
    """The document's time line: the publication date and the latest reference date."""

    def __init__(self, published: str | None) -> None:
        self.published = parse_date(published)
        self.reference: DateValue | None = None
        self.paragraph = -1
        self.reference_paragraph = -1
        self.sentence = -1
        self.reference_sentence = -1
        self.reports: dict[str, DateValue] = {}  # speaker -> the first recent day they spoke on
        self.state_reports: dict[str, DateValue] = {}  # the speaker's state -> the first such day
        self.speaking_now: list[str] = []  # the lead's speakers told as speaking today ("X has told TASS")
        self.acts: dict[str, DateValue] = {}  # event type -> the first recent day an act of it is named on
        self.story: DateValue | None = None  # the last day of the week before the news the story named
        self.opening: DateValue | None = None  # such a day named by the lead or the sentence after it

    def new_paragraph(self, index: int) -> None:
        self.paragraph = index

    def new_sentence(self, index: int) -> None:
        """The story has reached its ``index``-th sentence (counted over the whole text)."""
        self.sentence = index

    def narrative_time(self) -> DateValue | None:
        """The story's current time, for a past-tense act the text does not date: the last
        day or month it named, in this paragraph or the two before. A day of the week before
        the news holds on; an older one (background: "he was killed on May 3") times only the
        acts told in the few sentences after it."""
        if self.reference is None or self.reference.precision == "year":
            return None
        if self.sentence - self.reference_sentence > NARRATIVE_SENTENCES and not self._recent(self.reference):
            return None
        return self.reference if self.paragraph - self.reference_paragraph <= 2 else None

    def publication(self) -> DateValue | None:
        """The publication day, for what a news lead tells in the present perfect ("X has
        expelled two diplomats"): the news of the day, reported as it happens."""
        return DateValue.day(self.published) if self.published else None

    def lead_time(
        self, actor: str, kind: str | None = None, states: Collection[str] = (), news: bool = True
    ) -> DateValue | None:
        """The day of the news a lead tells, undated, of ``actor`` (as written; both sides' names
        for a joint act, "X and Y have pledged"), an act of type ``kind``:
        the day of the past week the story names an act of that kind on ("gunmen have shot
        nine guards ... no group has claimed Tuesday's raid"), else the day it has them speak on ("X has asked the UN
        for help ... he said on Friday"), or a voice of their state (``states``: "Chile has
        denounced Peru ... its foreign ministry said on Tuesday"), else the day of the past week
        the lead or the sentence after it names in a clause of its own ("X has recalled its envoy.
        The envoy left on Sunday"; not "... after Y expelled Z on Sunday"), else the publication day
        for the news of a perfect or a present (``news``; a past act has no such default)."""
        if kind in self.acts:
            return self.acts[kind]
        spoken = self.report_day(actor)
        if spoken is not None:
            return spoken
        voiced = (self.state_reports[c] for c in states if c in self.state_reports)
        return next(voiced, self.opening or (self.publication() if news else None))

    def report_day(self, actor: str, now: bool = False) -> DateValue | None:
        """The first day of the past week the story has ``actor`` (a name as written) speak on
        ("Lavrov said on Tuesday"), if any; with ``now``, else the publication day when the lead
        tells them speaking today ("X has told TASS")."""
        words = set(re.findall(r"\w+", actor.lower()))

        def named(speaker: str) -> bool:  # "Sergey Lavrov" is named by "Lavrov"
            return speaker.lower().split()[-1] in words

        spoken = next((value for speaker, value in self.reports.items() if named(speaker)), None)
        if spoken is None and now and any(named(speaker) for speaker in self.speaking_now):
            return self.publication()
        return spoken

    def note_speaking(self, speaker: str | None) -> None:
        """A speaker the lead tells speaking today, undated ("X has told TASS", "X says")."""
        if speaker:
            self.speaking_now.append(speaker)

    def expressions(self, sent: Span) -> list[TimeExpr]:
        """Find and resolve the date expressions of a sentence, in order."""
        text = sent.text
        taken: list[tuple[int, int]] = []
        found: list[TimeExpr] = []
        for kind, pattern in PATTERNS:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if kind == "numeric" and _teaser_mark(text, m):
                    taken.append((m.start(), m.end()))  # nor is its year this story's
                    continue
                span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                taken.append((m.start(), m.end()))
                found.append(TimeExpr(m.group(0), span.root, kind, m))
        found += _conjoined_months(sent, found)  # "in July and September": September too
        # a dateline ("MOSCOW, March 29 /TASS/") tells when the report was filed, not what it tells
        found = [e for e in found if not _DATELINE.match(text[: e.match.start()])]
        found.sort(key=lambda e: e.head.i)
        ahead = {e.head.i for e in found if _ahead(e.head)}
        clause_day: dt.date | None = None  # the day of the clause a prospective phrase modifies
        for expr in sorted(found, key=lambda e: e.head.i in ahead):
            if expr.head.i in ahead:
                expr.value = self._resolve(expr, clause_day or self.published)
                if clause_day is None and self._far_ahead(expr.value) and _after_past_act(expr.head):
                    # "cleared the border before launching an assault in December": later than a
                    # past act of no known day; a month long after the news is the last one
                    expr.value = self._resolve(expr)
                continue
            if _day_of_another(expr):  # "the day before the vote": a day of that event, not of the story's
                named = [
                    e for e in found if e.value is not None and text[e.match.end() : expr.match.start()].strip() == ","
                ]
                expr.value = named[0].value if named else None  # "on May 4, the day after X": May 4
                continue
            expr.value = self._resolve(expr)
            if expr.value is not None and expr.value.precision == "day" and clause_day is None:
                clause_day = parse_date(expr.value.value)
            if expr.value is None or expr.future or not _dates_an_act(expr.head) or end_point(expr):
                continue
            if _span_start(expr):
                continue  # "died between February 4 and 6": a span told in passing, not the story's day
            if _in_relative(expr.head) or _pluperfect(expr.head) or bracket_owner(expr) is not None:
                continue  # "met the envoy, who had arrived on May 3": a look back, not the story's day
            if self.after_publication(expr.value) or _forward_period(expr):
                continue  # "a referendum next month", "talks later this week": not the story's time
            if (expr.value.precision == "day" and expr.kind != "rel_day") or (
                expr.kind == "period" and expr.value.precision == "month"
            ):
                self.reference, self.reference_paragraph = expr.value, self.paragraph
                self.reference_sentence = self.sentence
                if expr.value.precision == "day" and self._recent(expr.value):
                    self.story = expr.value
                    if self.sentence <= 1 and self.opening is None and _own_act(expr.head):
                        self.opening = expr.value
        return found

    def note_report(self, value: DateValue | None, speaker: str | None, state: str | None = None) -> None:
        """A day on which the story reports what ``speaker`` (of ``state``) said ("he said on
        Friday"): the first such day of the past week is the day of the news a lead tells of that
        speaker, or of that state."""
        if speaker and value is not None and value.precision == "day" and self._recent(value):
            self.reports.setdefault(speaker, value)
            if state:
                self.state_reports.setdefault(state, value)

    def note_act(self, value: DateValue | None, kind: str) -> None:
        """A day of the past week the story gives an act of type ``kind`` ("Wednesday's attack",
        "the talks on Monday"): the first is the day of the lead's news of that kind."""
        if value is not None and value.precision == "day" and self._recent(value):
            self.acts.setdefault(kind, value)

    def _recent(self, value: DateValue) -> bool:
        """Is ``value`` a day of the week before publication (or the day itself)?"""
        day = parse_date(value.value)
        return self.published is not None and day is not None and 0 <= (self.published - day).days <= 6

    def after_publication(self, value: DateValue) -> bool:
        """Does ``value`` begin after the publication date?"""
        if self.published is None:
            return False
        return value.value > self.published.isoformat()[: len(value.value)]

    def _far_ahead(self, value: DateValue | None) -> bool:
        """Does ``value`` begin more than :data:`SOON_DAYS` after the news?"""
        if value is None or self.published is None:
            return False
        first = parse_date(value.value + "-01-01"[len(value.value) - 4 :])  # "2021", "2021-05": its first day
        return first is not None and (first - self.published).days > SOON_DAYS

    def _resolve(self, expr: TimeExpr, after: dt.date | None = None) -> DateValue | None:
        """The date ``expr`` names; with ``after``, a time no earlier than that day (a date
        in a prospective phrase or a plan: "ahead of talks on Friday")."""
        m, kind = expr.match, expr.kind
        pub = self.published
        future = after is not None or expr.future
        if kind in _MONTH_KINDS:
            future = future or committed(expr.head)
            month = MONTHS[m.group("month").lower().rstrip(".")]
            year = int(m.group("year")) if m.groupdict().get("year") else None
            day = int(m.group("day")) if m.groupdict().get("day") else None
            if day is not None and not 1 <= day <= 31:
                return None
            # "when he visits on May 3"; "ties and events (on May 3)": a noun's day, which the
            # tense of the clause does not place before the news
            present = not future and (tense(expr.head) == "present" or _soon_for_noun(expr.head, pub, month, day))
            present = present or (not future and end_point(expr))  # "extended his arrest until April": the nearest
            if year is None:
                if pub is None:
                    return None
                year = _named_year(m, pub, month) or _infer_year(pub, month, day, future, present)
            if day is None:
                return DateValue(f"{year:04d}-{month:02d}", "month")
            try:
                return DateValue.day(dt.date(year, month, day))
            except ValueError:
                return None
        if kind == "numeric":
            try:
                return DateValue.day(dt.date(int(m.group("year")), int(m.group("mon")), int(m.group("day"))))
            except ValueError:
                return None
        if kind == "year":
            return DateValue(m.group("year"), "year")
        if kind == "undated":
            return None
        if kind == "same":
            ref = self.reference
            if ref is not None and ref.precision != "day" and "day" in m.group(0).lower():
                return self.story  # "last month X did Y. ... came the same day that": the story's day
            return ref
        if kind == "hours":  # "within hours, Russia condemned it": the day the story is at
            ref = self.reference
            if ref is not None and self.story is not None and not self._recent(ref):
                ref = self.story  # not the day of a look back ("had been attacked in May 2015")
            past = not future and ref is not None and ref.precision == "day"
            return ref if past else None
        if kind in {"following", "preceding"}:
            base = parse_date(self.reference.value) if self.reference and self.reference.precision == "day" else pub
            if base is None:
                return None
            return DateValue.day(base + dt.timedelta(days=1 if kind == "following" else -1))
        if pub is None:
            return None
        if kind == "past_day":  # "over the past 24 hours", a daily tally: the day up to the report
            return DateValue.day(pub - dt.timedelta(days=1))
        if kind == "night":  # "last night" in a morning paper: the day before
            return DateValue.day(pub - dt.timedelta(days=1))
        if kind == "weekend":  # the weekend before publication, or after it for what is to come
            which = (m.group("which") or "").lower()
            saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
            if which == "next" or (future and which != "last"):
                saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 or 7)
            elif which == "last" and pub.weekday() >= 5:
                saturday -= dt.timedelta(weeks=1)
            return _month_of(saturday, saturday + dt.timedelta(days=1))
        if kind == "rel_day":
            shift = REL_DAY_SHIFTS.get(" ".join(m.group("rel").lower().split()), 0)  # "this morning": today
            return DateValue.day(pub + dt.timedelta(days=shift))
        if kind == "weekday":
            wd = WEEKDAYS[m.group("weekday").lower()]
            which = (m.group("last") or "").strip().lower()
            future = future or (not which and (_scheduled_weekday(expr.head) or _modal_ahead(expr.timed)))
            if after is not None and not which:  # "ahead of talks on Friday": that day or the next Friday
                return DateValue.day(after + dt.timedelta(days=(wd - after.weekday()) % 7))
            if which == "next" or (future and which != "last"):
                delta = (wd - pub.weekday()) % 7
                if which == "next" and delta == 0:
                    delta = 7  # "next Monday" on a Monday; "will meet on Monday" on a Monday is today
                return DateValue.day(pub + dt.timedelta(days=delta))
            delta = (pub.weekday() - wd) % 7
            if which == "last" and delta == 0:
                delta = 7
            return DateValue.day(pub - dt.timedelta(days=delta))
        if kind == "ago":
            n = NUMBERS.get(m.group("n").lower(), None) if not m.group("n").isdigit() else int(m.group("n"))
            if n is None:
                return None
            way = m.group("dir").lower()
            if way == "since" and _NOT_SINCE.search(m.string[: m.start()]):
                return None
            unit, sign = m.group("unit").lower(), -1 if way in {"ago", "earlier", "before", "since"} else 1
            base = pub
            if way not in {"ago", "since"}:  # "two months later": later than the story's date, not today
                ref = self.reference
                coarse = {"day": 0, "week": 0, "month": 1, "year": 2}
                if ref is None or coarse[ref.precision] > coarse[unit]:
                    return None
                base = dt.date.fromisoformat((ref.value + "-01-01")[:10])
            if unit == "day":
                return DateValue.day(base + dt.timedelta(days=sign * n))
            if unit == "week":
                return DateValue.day(base + dt.timedelta(weeks=sign * n))
            if unit == "month":
                y, mo = divmod(base.year * 12 + base.month - 1 + sign * n, 12)
                return DateValue(f"{y:04d}-{mo + 1:02d}", "month")
            return DateValue(f"{base.year + sign * n:04d}", "year")
        if kind == "period":
            which, unit = m.group("which").lower().split()[-1], m.group("unit").lower()
            shift = {"last": -1, "past": -1, "this": 0, "next": 1}.get(which, 0)
            if unit == "year":
                return DateValue(f"{pub.year + shift:04d}", "year")
            if unit == "month":
                y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
                return DateValue(f"{y:04d}-{mo + 1:02d}", "month")
            if shift == 0:
                return DateValue(f"{pub.year:04d}-{pub.month:02d}", "month")
            # "last week", "next week": the month the whole week lies in (a week has no ISO
            # precision here); none when it spans two
            if which == "past":
                first, last = pub - dt.timedelta(days=7), pub - dt.timedelta(days=1)
            else:
                first = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift)
                last = first + dt.timedelta(days=6)
            return _month_of(first, last)
        return None


_BARE_MONTH = re.compile(_M + r"\b", re.I)


# a day in digits closing a teaser of another story ("... killed at the airport. (29.01.2015)"),
# as news sites list related stories after an article
_SENTENCE_END = re.compile(r"[.!?][\"'”]?\s+")
TEASER_SENTENCES = 2  # a teaser ends in a date: its blurb is this many sentences at most
_TEASER_DATE = re.compile(r"(?<=[.!?\"'”])\s+\((?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d\d)\)(?=\s|$)")


def teaser_dates(text: str) -> list[tuple[int, int, DateValue]]:
    """The stretches of ``text`` a closing date in digits dates: each runs from the previous such
    date to the date itself, with that day. The first teaser of a run holds only the last
    sentences before its date: the story it follows may run on in the same paragraph."""
    out: list[tuple[int, int, DateValue]] = []
    prev = -1
    for m in _TEASER_DATE.finditer(text):
        try:
            day = DateValue.day(dt.date(int(m.group("year")), int(m.group("mon")), int(m.group("day"))))
        except ValueError:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        if prev >= start:
            start = prev
        else:  # a headline and a sentence or two: not the story before them
            ends = [e.end() for e in _SENTENCE_END.finditer(text, start, m.start())]
            start = max([start, *ends[: len(ends) + 1 - TEASER_SENTENCES]])
        out.append((start, m.start(), day))
        prev = m.start()  # the next teaser opens with this date in parentheses
    return out


def _teaser_mark(text: str, m: re.Match[str]) -> bool:
    """Whether a day in digits opens the sentence in parentheses ("(29.01.2015) A general ..."):
    the date of the story before it, not of this one."""
    return text[: m.start()].strip() == "(" and text[m.end() :].startswith(")")


def _conjoined_months(sent: Span, found: list[TimeExpr]) -> list[TimeExpr]:
    """Bare month names conjoined to a month expression ("in July and September"), which the
    patterns miss for want of a preposition of their own."""
    taken = {t.i for e in found for t in e.tokens}
    out: list[TimeExpr] = []
    todo = [e for e in found if e.kind in _MONTH_KINDS]
    while todo:  # "July, August and September": each month leads to the next
        expr = todo.pop()
        for tok in (c for t in expr.tokens for c in t.children):
            if tok.dep_ != "conj" or tok.lower_.rstrip(".") not in MONTHS or tok.i in taken:
                continue
            m = _BARE_MONTH.match(sent.text, tok.idx - sent.start_char)
            if m is not None:
                out.append(TimeExpr(m.group(0), tok, "m", m))
                todo.append(out[-1])
                taken.add(tok.i)
    return out


def conjoined(expr: TimeExpr, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """The dates joined to ``expr`` by "and" ("met him in July and September", "on Monday and
    Tuesday"): the act they time happened once on each. Not a span ("between May and July")."""
    words = list(expr.tokens) or [expr.head]
    if any(t.dep_ == "pobj" and t.head.lower_ in {"between", "from"} for t in [*words, expr.head]):
        return []
    heads = {t.i: e for e in exprs if e is not expr for t in [e.head, *e.tokens]}
    out: list[TimeExpr] = []
    todo = words
    while todo:
        cur = todo.pop()
        for tok in cur.children:
            if tok.dep_ != "conj" or tok.i not in heads:
                continue
            if all(c.lower_ == "and" for c in cur.children if c.dep_ == "cc" and c.i < tok.i):
                if heads[tok.i] not in out:
                    out.append(heads[tok.i])
                todo.append(tok)
    return out


def sets_clause(noun: Token) -> bool:
    """Is the event noun ``noun``, dated by its own phrase, the time of the clause it hangs on: "in
    last year's war, X fled", "was detained at Sunday's rally" (an occasion one is at; not "hit
    out at Monday's decision", nor "after last year's war")?"""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    return prep.lower_ in DURING_PREPS or (prep.lower_ in OCCASION_PREPS and noun.lemma_.lower() in OCCASION_NOUNS)


def prospective(tok: Token) -> Token | None:
    """The preposition that sets the phrase of ``tok`` later than the clause it modifies
    ("ahead of his meeting with Xi on Friday", "before talks with Iran tomorrow", "on the eve of
    the summit", "prior to meeting Putin"), or None. The walk stays inside the phrase."""
    for _, prep in _phrase_preps(tok):
        if prep.lower_ == "before":
            return prep
        if prep.lower_ in {"of", "to", "for"} and _FRAME_OPENER.search(tok.doc[max(prep.i - 5, 0) : prep.i].text):
            return prep
    return None


def _phrase_preps(tok: Token) -> Iterator[tuple[Token, Token]]:
    """The prepositions the phrase of ``tok`` hangs by, innermost first, each with its object,
    up to the verb of the clause the phrase modifies."""
    cur = tok
    for _ in range(8):
        head = cur.head
        if head == cur:
            return
        if cur.dep_ in {"pobj", "pcomp"}:
            yield cur, head
        if head.pos_ in {"VERB", "AUX"} and head.dep_ != "pcomp":
            return
        cur = head


def _day_of_another(expr: TimeExpr) -> bool:
    """Is ``expr`` "the day after" or "the day before" something it names ("the day after the
    vote", "the day before talks began")? It counts from that event, not from the story's day."""
    if expr.kind not in {"following", "preceding"}:
        return False
    span = expr.head.sent.char_span(expr.match.start(), expr.match.end(), alignment_mode="expand")
    word = span[-1] if span is not None and len(span) else expr.head
    if word.lower_ not in {"after", "before"}:
        return False
    return word.dep_ == "mark" or any(c.dep_ in {"pobj", "pcomp"} for c in word.children)


def _after_past_act(tok: Token) -> bool:
    """Is ``tok`` in a "before" phrase of a past act ("cleared the border before launching an
    assault in December"), so later than that act only?"""
    prep = prospective(tok)
    if prep is None or prep.lower_ != "before":
        return False
    verb = prep.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    return tense(verb) == "past"


def committed(tok: Token) -> bool:
    """Does ``tok`` lie in the complement of a promise or agreement, the act promised ("agreed
    to host Xi in April", "committed to attending a summit in May", "pledged to hold a vote in
    June")? That act comes after the promise; not what a phrase in it looks back on ("agreed to
    change the law after the May 3 attack")."""
    if _looks_back(tok):
        return False
    verb = clause_verb(tok)
    cur = verb
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "pcomp", "prep", "acomp"} or cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ in {"VERB", "ADJ"} and cur.lemma_.lower() in COMMIT_WORDS:
            return True
    return False


def _looks_back(tok: Token) -> bool:
    """Does ``tok`` lie in a phrase that names what came before the clause ("after the May 3
    attack", "in the wake of the May 3 attack")?"""
    return any(
        obj.dep_ == "pobj" and (prep.lower_ in LOOK_BACK or (prep.lower_ == "of" and prep.head.lower_ in LOOK_BACK))
        for obj, prep in _phrase_preps(tok)
    )


def purpose(tok: Token) -> Token | None:
    """The infinitive of purpose that holds ``tok`` ("travels to Washington to meet Biden on
    Friday": what the travel is for comes after it), or None."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"}:
            if cur.dep_ == "advcl" and infinitive(cur) and cur.head.pos_ in {"VERB", "AUX"}:
                return cur
            if cur.dep_ != "pcomp":
                return None
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _phrase_end(frame: Token) -> int:
    return max(t.i for t in frame.subtree)


def trailing_frame(tok: Token) -> Token | None:
    """For a date that follows a prospective phrase but hangs on the verb the phrase modifies
    ("ahead of his meeting with Xi | on Friday", parsed as the speaking's Friday): the phrase's
    preposition. A date just after the phrase times what the phrase names."""
    start = tok.head if tok.dep_ == "pobj" and tok.head.pos_ == "ADP" else tok
    first = min(t.i for t in start.subtree)
    if first == tok.sent.start:
        return None
    frame = prospective(tok.doc[first - 1])
    return frame if frame is not None and _phrase_end(frame) == first - 1 else None


def plan_predicate(tok: Token) -> Token | None:
    """The predicate that sets an event noun in the future ("talks are due on Friday", "the
    summit, set for May 3", "the talks scheduled for Friday"), or the one whose date phrase
    ``tok`` heads ("due on Friday"); None when there is none."""
    for child in tok.children:  # "the summit, set for May 3", "talks due on Friday", "the planned talks"
        if child.dep_ in {"acl", "amod", "appos"} and (child.tag_ == "VBN" or child.pos_ == "ADJ") and _plans(child):
            return child
    if tok.dep_ in {"nsubj", "nsubjpass"}:  # "talks are due", "talks are scheduled for Friday"
        verb = tok.head
        if not any(c.dep_ == "xcomp" for c in verb.children):
            if _plans(verb) and (verb.tag_ == "VBN" or verb.pos_ == "ADJ"):
                return verb
            for c in verb.children:
                if c.dep_ in {"acomp", "attr"} and _plans(c):
                    return c
                if c.dep_ == "prep" and c.lower_ == "in" and verb.lemma_ == "be":  # "a visit is in the offing"
                    held = [g for g in c.children if g.dep_ == "pobj" and frames().get(g.lemma_.lower()) == "planned"]
                    if held:
                        return held[0]
    cur = tok
    for _ in range(4):  # a date in the predicate's phrase: "due on Friday", "set for May 3"
        if cur.dep_ not in {"pobj", "prep", "npadvmod", "compound", "nummod"} or cur.head == cur:
            return None
        cur = cur.head
        if _plans(cur) and (cur.tag_ == "VBN" or cur.pos_ == "ADJ"):
            return cur
        if cur.pos_ in {"VERB", "AUX"}:
            return next((c for c in cur.children if c.dep_ == "acomp" and _plans(c)), None)
    return None


def phrase_of(date_head: Token) -> Token | None:
    """The prospective phrase a date times, inside it or just after it ("ahead of talks with Xi
    on Friday"), or None: the date is the phrase's event's, not the clause's it hangs on."""
    return prospective(date_head) or trailing_frame(date_head)


def planned_noun(date_head: Token) -> Token | None:
    """The event noun a plan predicate's date belongs to ("the summit, set for May 3": the
    summit), or None."""
    plan = plan_predicate(date_head)
    return plan.head if plan is not None and plan.dep_ in {"acl", "amod", "appos"} else None


def _ahead(tok: Token) -> bool:
    """Does a date at ``tok`` time what a prospective phrase or a plan predicate names?"""
    if any(f(tok) is not None for f in (prospective, trailing_frame, plan_predicate)):
        return True
    aim = purpose(tok)
    return aim is not None and _purpose_ahead(aim)


def _purpose_ahead(verb: Token) -> bool:
    """Does an infinitive of purpose lie ahead: its act future, or timed forward ("to meet
    Biden tomorrow"; "on Friday" only when the act is not past: "travelled to Paris to meet
    him on Friday" may tell of last Friday)?"""
    main = verb.head
    if is_future(main):
        return True
    if any(_forward_word(t, strong=True) for t in verb.subtree):
        return True
    return any(t.lower_ in WEEKDAYS for t in verb.subtree) and tense(main) != "past"


def _plans(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma == "set":  # "set for May 3", not "set fire to"
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
    return lemma in PLAN_PREDICATES


def framed_status(frame: Token) -> str:
    """The status of an event in a prospective phrase: later than the act the phrase modifies,
    it is planned when that act is present or future, or when the phrase times it forward
    ("ahead of his meeting with Xi tomorrow"); a past act's phrase ("hours before his meeting
    with Xi, he said") tells of what followed it, asserted. An infinitive of purpose is planned
    only when timed forward or when the act it serves is future ("will travel to Moscow to
    meet Putin"): a present act's purpose is a headline's ("police use tear gas to disperse")."""
    if frame.pos_ in {"VERB", "AUX"}:  # the infinitive of purpose
        return "planned" if _purpose_ahead(frame) else "asserted"
    # the phrase's own words, not a relative clause's ("ahead of talks that later failed")
    words = [t for t in frame.subtree if not any(a.dep_ == "relcl" for a in _between(t, frame))]
    end = _phrase_end(frame)
    if end + 1 < frame.sent.end:  # a date just after the phrase: "ahead of talks with Xi | on Friday"
        nxt = frame.doc[end + 1]
        words += [nxt, *(c for c in nxt.children if c.dep_ == "pobj")]
    if any(_forward_word(t) for t in words):
        return "planned"
    main = clause_verb(frame)
    while main.dep_ in {"advcl", "acl", "xcomp"} and main.tag_ in {"VBG", "VBN"} and main.head != main:
        main = main.head  # "Speaking ahead of talks, the minister said"
    if is_future(main) or tense(main) in {"present", "perfect"}:
        return "planned"
    return "asserted"


def _between(tok: Token, top: Token) -> list[Token]:
    """The words from ``tok`` up to (not including) its ancestor ``top``."""
    out = []
    while tok != top and tok.head != tok:
        out.append(tok)
        tok = tok.head
    return out


def scheduled_present(verb: Token) -> bool:
    """Is ``verb`` a present tense timed ahead, a schedule ("the ministers meet next week",
    "Biden hosts Macron tomorrow"), or a present progressive so timed, an arrangement ("is
    meeting him tomorrow")? A weekday alone does not say it: "meets on Friday"."""
    if verb.pos_ not in {"VERB", "AUX"} or not (tense(verb) == "present" or present_progressive(verb)):
        return False
    for tok in verb.subtree:
        ahead = _forward_word(tok, strong=True) or (tok.lower_ in WEEKDAYS and _scheduled_weekday(tok))
        if ahead and not any(a.pos_ in {"VERB", "AUX"} for a in _between(tok, verb)[1:]):
            return True
    return False


def awaiting_present(verb: Token) -> bool:
    """Is ``verb`` a simple present in a clause that waits for it, an act still to come ("even
    before the committee starts its inquiry, ...", "once the talks begin")? Expected, not
    promised by its actor."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in AWAITING_MARKS for c in verb.children):
        return False
    if tense(verb) != "present":
        return False
    # not under a simple present, a habit: "the bill goes back and forth before both sides agree"
    return tense(verb.head) != "present"


def _scheduled_weekday(day: Token) -> bool:
    """A weekday that times a simple present act, a schedule: "she travels to Seoul on Friday",
    "the ministers meet on Monday"; not a report ("says on Friday") nor a state ("is"); or that
    times a journey or a meeting in the present progressive ("is flying to Tokyo on Friday")."""
    verb = clause_verb(day)
    if present_progressive(verb):  # "is flying to Tokyo on Friday"; not "is investigating Saturday's attack"
        return verb.lemma_.lower() in ARRANGEMENT_VERBS and day.dep_ in {"npadvmod", "pobj"}
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_ == "be" or tense(verb) != "present":
        return False
    if frames().get(verb.lemma_.lower()) == "report":
        return False
    return not any(a.pos_ in {"VERB", "AUX"} for a in _between(day, verb)[1:])


def _own_act(day: Token) -> bool:
    """Does a day time an act in a clause of its own, not a saying (another voice's day) nor
    an adverbial clause ("was tipped for the post after X fired Y on Monday": Y's day), nor
    bound a span ("attacks since Monday")?"""
    if day.dep_ == "pobj" and day.head.lower_ not in DAY_PREPS:
        return False
    verb = clause_verb(day)
    return verb.dep_ != "advcl" and not reports(verb)


def _modal_ahead(day: Token) -> bool:
    """A weekday in a clause of what may yet be done ("could sign it as early as Tuesday",
    "may meet on Friday"): a modal on a bare verb looks ahead; what may have been done has
    "have" ("may have met on Friday")."""
    verb = clause_verb(day)
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VB" and bool(auxes & AHEAD_MODALS) and not auxes & {"have", "'ve"}


def _forward_word(tok: Token, strong: bool = False) -> bool:
    """A word that times an act ahead: "tomorrow", "next", "later"; not strong, also a weekday
    or "today" (which may be past)."""
    word = tok.lower_
    if word == "next" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return False  # "next to the border"
    if strong and (word in WEEKDAYS or word == "today"):
        return False
    return word in FORWARD_WORDS


def _forward_period(expr: TimeExpr) -> bool:
    """A period to come ("next week", "later this month"), whatever month it falls in."""
    return expr.kind == "period" and expr.match.group("which").lower().split()[0] in {"next", "later"}


def _month_of(first: dt.date, last: dt.date) -> DateValue | None:
    """The month of a span of days, when they all lie in one."""
    if (first.year, first.month) != (last.year, last.month):
        return None
    return DateValue(f"{first.year:04d}-{first.month:02d}", "month")


def _in_relative(head: Token) -> bool:
    """Does a date sit in a relative clause on an object ("met the envoy, who arrived on May 3")?
    It describes that noun; the story does not move to its day (a subject's, "the law, which
    passed on Monday, ...", is what the story is telling)."""
    return any(
        a.dep_ == "relcl" and a.pos_ in {"VERB", "AUX"} and a.head.dep_ not in {"nsubj", "nsubjpass"}
        for a in head.ancestors
    )


def _pluperfect(head: Token) -> bool:
    """Is a date's clause in the past perfect ("they had agreed in a call last month")? It
    looks back from the story's time."""
    return past_perfect(clause_verb(head))


def _dates_an_act(head: Token) -> bool:
    """Does the expression date a clause or an event noun (not a title or a citation)?"""
    cur = head
    for _ in range(3):
        if cur.dep_ in {"pobj", "nummod", "compound"}:
            cur = cur.head
            continue
        if cur.dep_ == "prep":
            cur = cur.head
            continue
        break
    target = cur.head if cur.dep_ in {"npadvmod", "prep", "tmod", "advmod", "appos", "nsubj"} else cur
    return target.pos_ in {"VERB", "AUX", "NOUN"} or target.dep_ == "ROOT"


def _soon_for_noun(head: Token, pub: dt.date | None, month: int, day: int | None) -> bool:
    """A day of the weeks after the news that dates a noun ("ties and events (on May 3)"): this
    year's, whatever the tense of the clause (a day of last year would carry its year)."""
    if pub is None or day is None or not _dates_noun(head):
        return False
    try:
        ahead = (dt.date(pub.year, month, day) - pub).days
    except ValueError:
        return False
    return 0 < ahead <= SOON_DAYS


def bracket_owner(expr: TimeExpr) -> Token | None:
    """The noun a date in brackets follows ("a summit in Lima (May 3-4)"), whatever the parse
    hung the date on: it is that noun's date."""
    span = expr.span
    doc = expr.head.doc
    if span is None or span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(":
        return None
    if doc[span.end].text != ")":
        return None  # "(this week Finland and Italy)": the brackets tell more than a date
    noun = doc[span.start - 2]
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def counted_since(expr: TimeExpr) -> Token | None:
    """The verb of the clause a count of days "since" opens ("marks 100 days since X was
    arrested", "it is two weeks since they met"): the count dates that act, whatever else
    the sentence dates."""
    span = expr.span
    if expr.kind != "ago" or span is None or expr.match.group("dir").lower() != "since":
        return None
    since = span[-1]
    if since.lower_ != "since" or since.dep_ != "mark" or since.head.pos_ not in {"VERB", "AUX"}:
        return None
    return since.head


def dated_noun(head: Token) -> Token | None:
    """The noun whose day a date gives ("Wednesday's attack", "the Wednesday attack", "the
    attack on Wednesday"), or None."""
    if head.dep_ in {"poss", "compound"} and head.head.pos_ == "NOUN":
        return head.head
    prep = _phrase_top(head)
    if prep.dep_ == "prep" and prep.lower_ in DAY_PREPS and prep.head != prep and prep.head.pos_ == "NOUN":
        return prep.head
    return None


def _phrase_top(head: Token) -> Token:
    """The word a date's phrase hangs by: its preposition ("on May 3"), else the date itself."""
    cur = head
    while cur.dep_ in {"pobj", "nummod", "compound", "appos"} and cur.head != cur:
        cur = cur.head
    return cur


def _dates_noun(head: Token) -> bool:
    """Does a date hang on a noun of its clause ("the state of ties on May 3"), not on its verb?"""
    if head.i > 1 and head.doc[head.i - 1].text == "(" and head.doc[head.i - 2].pos_ in {"NOUN", "PROPN"}:
        return True  # "a summit in Lima (May 3-4)"
    cur = _phrase_top(head)
    if cur.dep_ != "prep" or cur.head == cur:
        return False
    return cur.head.pos_ in {"NOUN", "PROPN"} and cur.head.dep_ not in {"npadvmod", "tmod"}


def _named_year(m: re.Match[str], pub: dt.date, month: int) -> int | None:
    """The year a month's own words give: "in April last year", "last April" (the latest April
    before the news's month), "next April" (the first after it), "this April"."""
    words = m.groupdict()
    shift = {"last": -1, "this": 0, "next": 1}
    if words.get("yearword"):
        return pub.year + shift[words["yearword"].lower()]
    which = (words.get("which") or "").lower()
    if which == "last":
        return pub.year if month < pub.month else pub.year - 1
    if which == "next":
        return pub.year if month > pub.month else pub.year + 1
    return pub.year if which == "this" else None


def _infer_year(pub: dt.date, month: int, day: int | None, future: bool, present: bool = False) -> int:
    """The year of a month (and day) the text gives without one, from tense and publication: a
    past act lies before publication (a day up to a week after it may be a late report's, or a
    plan's: "invited X to talks in April" at the end of March), a future one after, a present
    one nearest to it."""
    year = pub.year
    try:
        candidate = dt.date(year, month, min(day or 1, 28))
    except ValueError:
        return year
    if present and not future:  # "takes office on Jan 20" near New Year: the nearest such day
        return min((year - 1, year, year + 1), key=lambda y: abs((candidate.replace(year=y) - pub).days))
    if not future and not present and candidate > pub + dt.timedelta(days=7):
        return year - 1
    if future and candidate < pub - dt.timedelta(days=31):
        return year + 1
    return year
