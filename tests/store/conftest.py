"""Fixtures for the store's tests: a spaCy pipeline loaded once, coding helpers, a fresh store.

Every sentence in these tests is written for them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from stormpetrel import nlp as nlp_stage
from stormpetrel.model import Actor, Document, Event, Evidence, Location
from stormpetrel.pipeline import code
from stormpetrel.store import Store


@pytest.fixture(scope="session")
def nlp():
    return nlp_stage.load()


@pytest.fixture
def coded(nlp):
    """``coded(doc_id, text, published, source=..., url=...)``: a Document and its pipeline events."""

    def run(doc_id: str, text: str, published: str | None = None, **meta) -> tuple[Document, list[Event]]:
        doc = Document(doc_id, text, published, **meta)
        return next(code([doc], nlp))

    return run


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store(tmp_path / "events.duckdb") as s:
        yield s


def make_event(
    doc_id: str,
    event_type: str,
    source: str,
    target: str | None,
    date: str | None = None,
    status: str = "asserted",
    mutual: bool = False,
    start: int = 0,
    sentence: str = "A sentence written for the test.",
    location: Location | None = None,
    sector: str | None = None,
) -> Event:
    """An Event record built by hand, for the deduplication rule's edge cases."""
    precision = {4: "year", 7: "month", 10: "day"}.get(len(date)) if date else None
    return Event(
        doc_id=doc_id,
        event_type=event_type,
        mode=None,
        context=[],
        cameo="04",
        source=Actor(text=source.lower(), name=source, country=source, sector=sector),
        target=Actor(text=target.lower(), name=target, country=target) if target else None,
        date=date,
        date_precision=precision,
        status=status,
        location=location,
        attribution=None,
        evidence=Evidence(sentence, start, start + len(sentence), "met", 0),
        cameo_code="040",
        mutual=mutual,
    )


@pytest.fixture
def event():
    return make_event
