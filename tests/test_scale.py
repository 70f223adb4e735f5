"""The Dask scale-out: real local clusters, checked against the pipeline run in one process."""

from __future__ import annotations

import time
from collections.abc import Iterator

import psutil  # a dependency of distributed
import pytest

from stormpetrel import pipeline
from stormpetrel.model import Document
from stormpetrel.scale import BatchError, code_distributed

TEXTS = [
    "The Turkish foreign minister met his Iranian counterpart in Ankara on Tuesday.",
    "Japan and South Korea signed an agreement on maritime security in Tokyo on Friday.",
    "Brazil accused Venezuela of sheltering armed groups along the border.",
    "Indian troops shelled positions held by Pakistani forces in Kashmir on Sunday.",
    "Germany pledged humanitarian aid to Sudan after the floods.",
    "The Egyptian government rejected the Ethiopian proposal on the dam.",
    "Thousands of students protested against the government in Santiago on Monday.",
    "Russia threatened to impose sanctions on Lithuania over the transit ban.",
    "The United States imposed new sanctions on North Korea last week.",
    "France withdrew its ambassador from Mali on Thursday.",
    "Kenya asked Somalia to release the detained fishermen.",
    "The Canadian prime minister praised Mexico for its cooperation on migration.",
]
DOCS = [Document(f"doc-{i:02d}", text, "2023-05-10") for i, text in enumerate(TEXTS)]


def _dicts(results) -> list[tuple[str, list[dict]]]:
    return [(doc.id, [e.to_dict() for e in events]) for doc, events in results]


@pytest.fixture(scope="module")
def expected() -> list[tuple[str, list[dict]]]:
    return _dicts(pipeline.code(DOCS))


def _workers() -> set[int]:
    """Worker processes below this one (not multiprocessing's resource tracker, which lives on)."""
    out = set()
    for proc in psutil.Process().children(recursive=True):
        try:
            if "resource_tracker" not in " ".join(proc.cmdline()):
                out.add(proc.pid)
        except psutil.Error:
            pass
    return out


def _gone(pids: set[int], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE for p in pids):
            return True
        time.sleep(0.2)
    return False


def test_same_events_in_input_order_reading_lazily(expected):
    assert any(events for _, events in expected) and any(not events for _, events in expected)
    pulled = []  # how many documents the driver had read when each result came out
    read = 0

    def source() -> Iterator[Document]:
        nonlocal read
        for doc in DOCS:
            read += 1
            yield doc

    results = []
    for doc, events in code_distributed(source(), workers=2, batch_size=3, max_in_flight=2):
        pulled.append(read)
        results.append((doc, events))
    assert _dicts(results) == expected
    # at most two batches out, and one more sent as the first is handed over: 9 of 12 read
    assert pulled[0] <= 9 < len(DOCS)


def test_early_break_closes_the_local_cluster():
    before = _workers()
    during: set[int] = set()
    for doc, _ in code_distributed(iter(DOCS), workers=2, batch_size=3):
        during = _workers() - before
        assert doc.id == "doc-00"
        break
    assert len(during) >= 2  # the two worker processes were running
    assert _gone(during), f"worker processes still alive: {sorted(during)}"


def test_existing_scheduler_is_used_and_left_running(expected):
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        results = list(code_distributed(DOCS, scheduler=cluster.scheduler_address, batch_size=4))
        assert _dicts(results) == expected
        with Client(cluster.scheduler_address, set_as_default=False) as client:
            assert len(client.nthreads()) == 1  # the cluster and its worker are still up

        # a batch that fails on a worker names its first document; nothing is silently dropped
        bad = [*DOCS[:4], Document("first-of-bad-batch", "Chile recalled its envoy."), Document("broken", None)]
        seen = []
        with pytest.raises(BatchError, match="batch 2 .*'first-of-bad-batch'.*TypeError") as info:
            for doc, _ in code_distributed(bad, scheduler=cluster.scheduler_address, batch_size=2):
                seen.append(doc.id)
        assert info.value.doc_ids == ["first-of-bad-batch", "broken"]
        assert seen == [d.id for d in DOCS[: len(seen)]]  # what came out before the failure is in order
    finally:
        cluster.close()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"workers": 2, "scheduler": "tcp://127.0.0.1:8786"},
        {"workers": 0},
        {"workers": 1, "batch_size": 0},
        {"workers": 1, "max_in_flight": 0},
    ],
)
def test_bad_arguments_are_refused_before_anything_starts(kwargs):
    with pytest.raises(ValueError):
        code_distributed(DOCS, **kwargs)
