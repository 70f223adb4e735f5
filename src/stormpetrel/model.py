"""Typed records that flow between the pipeline's stages.

Nothing here imports anything else of stormpetrel: every stage speaks these records.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
STATUSES: tuple[str, ...] = ("asserted", "planned", "uncertain", "negated", "hypothetical")
# types whose two sides are interchangeable: a meeting, an agreement, a joint operation
SYMMETRIC: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True)
class Document:
    """One article: its text as given, and what is known about it."""

    id: str
    text: str
    published: str | None = None  # YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass
class Actor:
    """Who acts or is acted upon, resolved to a state (or IGO) and a sector."""

    text: str  # as written in the sentence
    name: str | None = None  # a person's or body's name, or the state's name
    country: str | None = None  # ISO 3166-1 alpha-3 or an IGO code
    sector: str | None = None  # PLOVER sector code (GOV, MIL, ...)
    members: list[Actor] = field(default_factory=list)  # compound actors ("X and Y")

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector}


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Evidence:
    sentence: str
    start: int  # character offsets into the original document text
    end: int
    trigger: str = ""
    paragraph: int = 0  # index of the paragraph (non-blank line) in the document


@dataclass
class Event:
    doc_id: str
    event_type: str
    mode: str | None
    context: list[str]
    cameo: str | None
    source: Actor | None
    target: Actor | None
    date: str | None
    date_precision: str | None  # day, month, year or None
    status: str
    location: Location | None
    attribution: str | None
    evidence: Evidence
    event_id: str = ""
    cameo_code: str | None = None  # the full CAMEO code behind ``cameo``
    mutual: bool = False  # either side could be the actor (a meeting, a joint agreement)
    # how many events of the document came before with the same sentence, trigger, type and states
    # ("met him in July and in September": two meetings, one sentence)
    occurrence: int = 0

    def stable_id(self, doc_id: str | None = None) -> str:
        """A hash of the document, where the sentence starts, the trigger, the type and the states
        (and the occurrence, from the second such event on): the same report always gets the same id."""
        parts = [
            self.doc_id if doc_id is None else doc_id,
            str(self.evidence.start),
            self.evidence.trigger,
            self.event_type,
            (self.source.country if self.source else None) or "",
            (self.target.country if self.target else None) or "",
        ]
        if self.occurrence:
            parts.append(str(self.occurrence))
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "cameo_code": self.cameo_code,
            "mutual": self.mutual,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "status": self.status,
            "location": asdict(self.location) if self.location else None,
            "attribution": self.attribution,
            "evidence": {
                "sentence": self.evidence.sentence,
                "start": self.evidence.start,
                "end": self.evidence.end,
                "trigger": self.evidence.trigger,
            },
        }
