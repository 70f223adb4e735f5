"""Ingest speed against the plain spaCy pipeline, on the same texts, machine and cores.

(a) `stormpetrel ingest --demo --limit N` into a fresh database: the whole pipeline, storing;
(b) the full `en_core_web_sm` pipeline (`nlp.pipe`, every component) over the same texts.
Each runs in its own process; the script prints articles/s, words/s and peak RSS of each and
the ratio.

Usage: python bench/ingest_vs_spacy.py [N ...]   (default: 500 and 3824)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
BASELINE = """
import sys, spacy
from stormpetrel.ingest import demo
from stormpetrel.nlp import model_name
texts = [d.text for d in demo.articles(int(sys.argv[1]))]
nlp = spacy.load(model_name())
for _ in nlp.pipe(texts, batch_size=64):
    pass
"""


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of a child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")
    return took, usage.ru_maxrss / 1024


def main() -> None:
    from stormpetrel.ingest import demo

    sizes = [int(a) for a in sys.argv[1:]] or [500, 3824]
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    for n in sizes:
        docs = list(demo.articles(n))
        words = sum(len(d.text.split()) for d in docs)
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.duckdb"
            ours = run([str(BIN / "stormpetrel"), "ingest", "--demo", "--limit", str(n), "--db", str(db), "--quiet"])
        base = run([sys.executable, "-c", BASELINE, str(n)])
        print(f"\n{len(docs):,} articles, {words:,} words")
        print(f"  {'':28} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'peak RSS MiB':>13}")
        for name, (took, rss) in (("stormpetrel ingest (store)", ours), ("spaCy nlp.pipe, full", base)):
            print(f"  {name:28} {took:8.1f} {len(docs) / took:11.1f} {words / took:9.0f} {rss:13.0f}")
        print(f"  ratio (articles/s, ours / spaCy): {base[0] / ours[0]:.2f}x")


if __name__ == "__main__":
    main()
