"""Scale-out with Dask: the pipeline, unchanged, run on many processes or machines.

``code_distributed`` wraps :func:`stormpetrel.pipeline.code`: documents go out in batches, each
batch is coded by ``pipeline.code`` on a Dask worker (which loads the spaCy model once, on its
first batch), and the results come back to the driver in input order. Nothing here reaches
inside a stage; see docs/dask.md for running it on one machine or on a cluster.

The driver reads its input lazily and keeps at most ``max_in_flight`` batches submitted but
not yet handed to the consumer (a reorder buffer keyed by batch number), so memory does not
grow with the size of the corpus.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from stormpetrel import __version__, pipeline
from stormpetrel import nlp as nlp_stage
from stormpetrel.model import Document, Event

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

WORKER_WAIT = 60.0  # seconds to wait for a worker to join an existing cluster
WORKER_MEMORY = 1_000_000_000  # bytes a worker may need (the small model takes ~700 MB)


class BatchError(RuntimeError):
    """A batch failed on a worker; names the batch and the documents in it."""

    def __init__(self, batch: int, doc_ids: list[str], cause: BaseException) -> None:
        self.batch = batch
        self.doc_ids = doc_ids
        self.cause = cause
        first = doc_ids[0] if doc_ids else "?"
        super().__init__(
            f"batch {batch} ({len(doc_ids)} documents, first {first!r}) failed on a Dask worker: "
            f"{type(cause).__name__}: {cause}"
        )


def code_batch(batch: list[Document], model: str | None = None) -> list[tuple[Document, list[Event]]]:
    """Code one batch on a worker. Module-level so it pickles by reference; the model loads once
    per worker process (``nlp.load`` is cached)."""
    return list(pipeline.code(batch, nlp_stage.load(model)))


def worker_version() -> str:
    return __version__


def default_workers() -> int:
    """One worker per CPU, but no more than the available memory holds."""
    import psutil  # a dependency of distributed

    cpus = os.cpu_count() or 1
    return max(1, min(cpus, psutil.virtual_memory().available // WORKER_MEMORY))


def code_distributed(
    documents: Iterable[Document],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = 16,
    max_in_flight: int | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """Code documents on a Dask cluster, yielding each document with its events in input order.

    ``workers=N`` starts a local cluster of N single-threaded worker processes, closed when
    the iteration ends (completed, failed or abandoned); ``scheduler="tcp://host:8786"`` uses an
    existing cluster (only the client is closed). With neither, a local cluster of one worker
    per CPU (as memory allows) is started. ``max_in_flight`` bounds the batches submitted and
    not yet yielded (default: twice the cluster's worker threads). A batch that fails on a
    worker raises :class:`BatchError` naming its first document.
    """
    if workers is not None and scheduler is not None:
        raise ValueError("give workers (a local cluster) or scheduler (an existing one), not both")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    if max_in_flight is not None and max_in_flight < 1:
        raise ValueError(f"max_in_flight must be at least 1, not {max_in_flight}")
    if scheduler is None and workers is None:
        workers = default_workers()
    # the driver's model setting holds on every worker, whatever their environment says
    model = nlp_stage.model_name()
    return _run(documents, workers, scheduler, batch_size, max_in_flight, model)


def _run(
    documents: Iterable[Document],
    workers: int | None,
    scheduler: str | None,
    batch_size: int,
    max_in_flight: int | None,
    model: str,
) -> Iterator[tuple[Document, list[Event]]]:
    cluster: LocalCluster | None = None
    client: Client | None = None
    pending: dict[Future, tuple[int, list[str]]] = {}
    try:
        client, cluster = _connect(workers, scheduler)
        limit = max_in_flight or 2 * max(1, sum(client.nthreads().values()))
        yield from _stream(client, documents, batch_size, limit, model, pending)
    finally:
        if client is not None and cluster is None and pending:  # a shared cluster: free its workers
            try:
                client.cancel(list(pending))
            except Exception:  # the cluster may already be gone; closing is what matters
                pass
        pending.clear()
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def _connect(workers: int | None, scheduler: str | None) -> tuple[Client, LocalCluster | None]:
    from distributed import Client, LocalCluster

    if scheduler is not None:
        client = Client(scheduler, set_as_default=False)
        try:
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT)
            except TimeoutError as exc:
                raise RuntimeError(
                    f"no Dask worker joined the scheduler at {scheduler} in {WORKER_WAIT:.0f} s"
                ) from exc
            versions = set(client.run(worker_version).values())
            if versions - {__version__}:
                raise RuntimeError(
                    f"workers run stormpetrel {', '.join(sorted(versions))}, this driver {__version__}: "
                    "install the same version everywhere"
                )
        except BaseException:
            client.close()
            raise
        return client, None
    logging.getLogger("distributed").setLevel(logging.WARNING)
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.WARNING,
    )
    try:
        client = Client(cluster, set_as_default=False)
    except BaseException:
        cluster.close()
        raise
    return client, cluster


def _stream(
    client: Client,
    documents: Iterable[Document],
    batch_size: int,
    limit: int,
    model: str,
    pending: dict[Future, tuple[int, list[str]]],
) -> Iterator[tuple[Document, list[Event]]]:
    from distributed import as_completed

    source = iter(documents)
    run = uuid.uuid4().hex[:8]
    finished = as_completed(loop=client.loop)  # not the default client's: we may not be it
    ready: dict[int, list[tuple[Document, list[Event]]]] = {}  # the reorder buffer
    submitted = 0  # batches sent
    emitted = 0  # batches handed to the consumer; the next to hand is number ``emitted``
    exhausted = False

    def fill() -> None:
        nonlocal submitted, exhausted
        while not exhausted and submitted - emitted < limit:
            batch = list(islice(source, batch_size))
            if not batch:
                exhausted = True
                return
            key = f"stormpetrel-code-{run}-{submitted}"
            future = client.submit(code_batch, batch, model, key=key, pure=False)
            pending[future] = (submitted, [d.id for d in batch])
            finished.add(future)
            submitted += 1

    fill()
    while emitted < submitted:
        if emitted not in ready:
            future = next(finished)
            number, ids = pending.pop(future)
            try:
                ready[number] = future.result()
            except Exception as exc:
                raise BatchError(number, ids, exc) from exc
            finally:
                future.release()
            continue
        results = ready.pop(emitted)
        emitted += 1
        fill()  # keep the workers busy while the consumer takes this batch
        yield from results
