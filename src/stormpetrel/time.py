"""When an event happened: date expressions, resolved on the document's time line.

Explicit dates are anchored to the publication date ("June 20" in an article of 2021-06-19 is
2021-06-20); each day-exact date becomes the reference for what follows ("the following day");
relative expressions resolve against it or the publication date as the language demands.
A past-tense act the text does not date happens at the story's current date (the last day it
named, within two paragraphs); a perfect or present act takes the date of the report that tells
it ("have arrived, the ministry said on Thursday"); the lead sentence's perfect ("X has expelled
Y") is the news of the publication day. Other undated events stay undated: nothing is given the
publication date for want of a better one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from stormpetrel.grammar import is_future, tense

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
NARRATIVE_SENTENCES = 10  # how far the story's current date carries to undated past acts
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
_Y = r"(?<![\d-])(?P<year>1[89]\d\d|20\d\d)(?![\d-])"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("mdy", re.compile(_M + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:-\d{1,2})?(?:,?\s+" + _Y + r")?(?![\d-])", re.I)),
    (
        "dmy",
        re.compile(r"(?<![\d-])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"(?:,?\s+" + _Y + r")?", re.I),
    ),
    ("my", re.compile(_M + r",?\s+" + _Y, re.I)),
    ("m", re.compile(r"\b(?:in|since|by|until|during|early|late|mid|last|this|next)[\s-]+" + _M + r"\b", re.I)),
    ("weekday", re.compile(r"\b(?P<last>last\s+|next\s+|this\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)),
    ("rel_day", re.compile(r"\b(?P<rel>yesterday|today|tonight|tomorrow)\b", re.I)),
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
            r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|later|before)\b",
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
            r"\b(?:in\s+)?recent\s+(?:years|months|weeks|days)\b|\bwithin\s+(?:days|weeks)\b|\bto\s+this\s+day\b|\bin\s+the\s+past\b",
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

    def new_paragraph(self, index: int) -> None:
        self.paragraph = index

    def narrative_time(self) -> DateValue | None:
        """The story's current time, for a past-tense act the text does not date: the last
        day or month it named, in this paragraph or the two before."""
        if self.reference is None or self.reference.precision == "year":
            return None
        return self.reference if self.paragraph - self.reference_paragraph <= 2 else None

    def publication(self) -> DateValue | None:
        """The publication day, for what a news lead tells in the present perfect ("X has
        expelled two diplomats"): the news of the day, reported as it happens."""
        return DateValue.day(self.published) if self.published else None

    def expressions(self, sent: Span) -> list[TimeExpr]:
        """Find and resolve the date expressions of a sentence, in order."""
        text = sent.text
        taken: list[tuple[int, int]] = []
        found: list[TimeExpr] = []
        for kind, pattern in PATTERNS:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                taken.append((m.start(), m.end()))
                found.append(TimeExpr(m.group(0), span.root, kind, m))
        found.sort(key=lambda e: e.head.i)
        for expr in found:
            expr.value = self._resolve(expr)
            if expr.value is None or is_future(expr.head) or not _dates_an_act(expr.head):
                continue
            if (expr.value.precision == "day" and expr.kind != "rel_day") or (
                expr.kind == "period" and expr.value.precision == "month"
            ):
                self.reference, self.reference_paragraph = expr.value, self.paragraph
        return found

    def _resolve(self, expr: TimeExpr) -> DateValue | None:
        m, kind = expr.match, expr.kind
        pub = self.published
        future = is_future(expr.head)
        if kind in {"mdy", "dmy", "my", "m"}:
            present = not future and tense(expr.head) == "present"  # "when he visits on May 3"
            month = MONTHS[m.group("month").lower().rstrip(".")]
            year = int(m.group("year")) if m.groupdict().get("year") else None
            day = int(m.group("day")) if m.groupdict().get("day") else None
            if day is not None and not 1 <= day <= 31:
                return None
            if year is None:
                if pub is None:
                    return None
                year = _infer_year(pub, month, day or 1, future, present)
            if day is None:
                return DateValue(f"{year:04d}-{month:02d}", "month")
            try:
                return DateValue.day(dt.date(year, month, day))
            except ValueError:
                return None
        if kind == "year":
            return DateValue(m.group("year"), "year")
        if kind == "undated":
            return None
        if kind == "same":
            return self.reference
        if kind == "hours":  # "within hours, Russia condemned it": the day the story is at
            past = not future and self.reference is not None and self.reference.precision == "day"
            return self.reference if past else None
        if kind in {"following", "preceding"}:
            base = parse_date(self.reference.value) if self.reference and self.reference.precision == "day" else pub
            if base is None:
                return None
            return DateValue.day(base + dt.timedelta(days=1 if kind == "following" else -1))
        if pub is None:
            return None
        if kind == "night":  # "last night" in a morning paper: the day before
            return DateValue.day(pub - dt.timedelta(days=1))
        if kind == "rel_day":
            shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group("rel").lower()]
            return DateValue.day(pub + dt.timedelta(days=shift))
        if kind == "weekday":
            wd = WEEKDAYS[m.group("weekday").lower()]
            which = (m.group("last") or "").strip().lower()
            if which == "next" or (future and which != "last"):
                delta = (wd - pub.weekday()) % 7 or 7
                return DateValue.day(pub + dt.timedelta(days=delta))
            delta = (pub.weekday() - wd) % 7
            if which == "last" and delta == 0:
                delta = 7
            return DateValue.day(pub - dt.timedelta(days=delta))
        if kind == "ago":
            n = NUMBERS.get(m.group("n").lower(), None) if not m.group("n").isdigit() else int(m.group("n"))
            if n is None:
                return None
            unit, sign = m.group("unit").lower(), -1 if m.group("dir").lower() in {"ago", "earlier", "before"} else 1
            base = pub
            if m.group("dir").lower() != "ago":  # "two months later": later than the story's date, not today
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
            return None  # "last week": no single date, and a week has no ISO precision here
        return None


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


def _infer_year(pub: dt.date, month: int, day: int, future: bool, present: bool = False) -> int:
    """The year of a month (and day) the text gives without one, from tense and publication: a
    past act lies before publication, a future one after, a present one in the same year."""
    year = pub.year
    try:
        candidate = dt.date(year, month, min(day, 28))
    except ValueError:
        return year
    if not future and not present and candidate > pub + dt.timedelta(days=7):
        return year - 1
    if future and candidate < pub - dt.timedelta(days=31):
        return year + 1
    return year
