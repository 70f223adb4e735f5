"""The spaCy stage alone, stock pipeline against ours (``nlp.load(fast=True)``), on the
sentences coding parses (screened) of the first N demo articles: seconds for each, and
every token's annotations compared (text, tag, POS, morphology, lemma, label, head).

Usage: python bench/parse_profile.py [N] [--all]   (default 500 articles; --all: every
paragraph, unscreened)
"""

from __future__ import annotations

import sys
import time

from stormpetrel import nlp, pipeline
from stormpetrel.ingest import demo


def annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--all"]
    n = int(args[0]) if args else 500
    keep = None if "--all" in sys.argv else pipeline._screen_words()
    texts = [nlp.normalise(piece[1]) for article in demo.articles(n) for piece in nlp.pieces(article.text, keep)]
    results = {}
    for fast in (False, True):
        model = nlp.load(fast=fast)
        list(model.pipe(texts[:50]))  # warm-up
        t0 = time.perf_counter()
        docs = list(model.pipe(texts, batch_size=64))
        took = time.perf_counter() - t0
        results[fast] = docs
        print(f"{'ours ' if fast else 'stock'}  {' '.join(model.pipe_names)}: {took:.2f} s")
    stock, ours = results[False], results[True]
    tokens = sum(len(d) for d in stock)
    fast_model = nlp.load(fast=True)
    component = fast_model.get_pipe("stormpetrel_attributes") if fast_model.has_pipe("stormpetrel_attributes") else None
    if component is not None:
        handed = sum(component.may_match_longer(d) for d in ours)  # labels of whitespace tokens aside
        print(f"sentences where the Matcher of longer patterns ran: {handed:,}")
    differ = [i for i, (a, b) in enumerate(zip(stock, ours, strict=True)) if annotations(a) != annotations(b)]
    print(f"sentences {len(texts):,}, tokens {tokens:,}, sentences differing {len(differ)}")
    for i in differ[:5]:
        for a, b in zip(annotations(stock[i]), annotations(ours[i]), strict=True):
            if a != b:
                print("  stock", a, "\n  ours ", b)


if __name__ == "__main__":
    main()
