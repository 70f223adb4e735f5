"""Coding speed on the demo corpus: articles/s and words/s of `stormpetrel code`'s pipeline.

Usage: python bench/code_speed.py [N]   (default 500 articles)
"""

from __future__ import annotations

import resource
import sys
import time

from stormpetrel import nlp, pipeline
from stormpetrel.ingest import demo


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    docs = list(demo.articles(n))
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    model = nlp.load()
    pipeline.code_text("Warm-up: Turkey's foreign minister met his Iranian counterpart.", nlp=model)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    events = sum(len(evs) for _, evs in pipeline.code(docs, model))
    took = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles        {len(docs):,}")
    print(f"words           {words:,}")
    print(f"events          {events:,}")
    print(f"model load      {load:.1f} s")
    print(f"coding          {took:.1f} s")
    print(f"articles/s      {len(docs) / took:.1f}")
    print(f"words/s         {words / took:,.0f}")
    print(f"peak RSS        {rss:,.0f} MiB")


if __name__ == "__main__":
    main()
