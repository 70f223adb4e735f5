"""Ingesting a corpus: read, skip what is stored, code (here or on Dask), store in batches.

Each batch is one transaction, so a run killed at any point and started again completes with
nothing lost or doubled: stored documents are recognised by their content hash and skipped
before they are coded.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from stormpetrel.ingest import InputError
from stormpetrel.model import Document
from stormpetrel.store import Store


@dataclass
class Summary:
    """What one ingest run did."""

    documents_new: int = 0
    documents_skipped: int = 0  # already stored, or repeated in the input
    documents_failed: int = 0
    events_new: int = 0
    mentions_new: int = 0
    seconds: float = 0.0
    errors: list[InputError] = field(default_factory=list)

    def render(self) -> str:
        rate = self.documents_new / self.seconds if self.seconds else 0.0
        return (
            f"documents: {self.documents_new:,} new, {self.documents_skipped:,} skipped as already stored, "
            f"{self.documents_failed:,} failed\n"
            f"events: {self.events_new:,} new; mentions: {self.mentions_new:,} added\n"
            f"took {self.seconds:.1f}s ({rate:.1f} new documents/s)"
        )


def ingest(
    items: Iterable[Document | InputError],
    store: Store,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = 32,
    on_error: Callable[[InputError], None] | None = None,
    on_batch: Callable[[Summary], None] | None = None,
) -> Summary:
    """Code and store documents; bad inputs are recorded in the store and reported."""
    summary = Summary()
    start = time.perf_counter()
    seen: set[str] = set()

    def fresh() -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                summary.documents_failed += 1
                summary.errors.append(item)
                store.add_error(item.input, item.problem)
                if on_error:
                    on_error(item)
                continue
            key = Store.document_id(item)
            if key in seen or store.has_document(key):
                summary.documents_skipped += 1
                continue
            seen.add(key)
            yield item

    if workers or scheduler:
        from stormpetrel.scale import code_distributed

        coded = code_distributed(fresh(), workers=workers, scheduler=scheduler)
    else:
        from stormpetrel.pipeline import code

        coded = code(fresh())
    batch = []
    for pair in coded:
        batch.append(pair)
        if len(batch) >= batch_size:
            _write(store, batch, summary, start, on_batch)
            batch = []
    if batch:
        _write(store, batch, summary, start, on_batch)
    summary.seconds = time.perf_counter() - start
    return summary


def _write(store, batch, summary: Summary, start: float, on_batch) -> None:  # type: ignore[no-untyped-def]
    result = store.add(batch)
    summary.documents_new += result.documents_new
    summary.documents_skipped += result.documents_skipped
    summary.events_new += result.events_new
    summary.mentions_new += result.mentions_new
    summary.seconds = time.perf_counter() - start
    if on_batch:
        on_batch(summary)
