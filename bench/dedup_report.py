"""Cross-article deduplication on a stored corpus: events before and after merging, and a
random sample of merged events (more than one document) with their mentions, to check by hand.

Usage: python bench/dedup_report.py DB [SAMPLE] [SEED]
"""

from __future__ import annotations

import random
import sys

from stormpetrel.store import Store


def main() -> None:
    db = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    with Store(db, read_only=True) as store:
        counts = store.counts()
        events = list(store.events())
        merged = [e for e in events if e["n_documents"] > 1]
        print(f"documents                      {counts['documents']:,}")
        print(f"mentions (events if unmerged)  {counts['mentions']:,}")
        print(f"events after merging           {counts['events']:,}")
        print(f"mentions per event             {counts['mentions'] / max(counts['events'], 1):.3f}")
        print(f"events reported by >1 document {len(merged):,}")
        for e in random.Random(seed).sample(merged, min(size, len(merged))):
            print(f"\n== {e['event_id']} {e['event_type']} {e['source_country']} -> {e['target_country']} "
                  f"{e['date']} [{e['status']}] {e['n_mentions']} mentions, {e['n_documents']} documents")
            for m in store.mentions(e["event_id"]):
                sentence = " ".join(m["sentence"].split())
                print(f"   {m['input_id']} ({m['published']}): {sentence[:300]}")


if __name__ == "__main__":
    main()
