"""How far two hand codings of the same articles agree, scored as ``stormpetrel evaluate``
scores the coder: each file's core events, taken as predictions (first listed type and codes),
against the other file as the key.

    python bench/agreement.py tests/gold/demo-heldout4.json tests/gold/demo-heldout4-second.json

It prints P/R/F1 both ways, on core events and on all events. Two people who agree this well
set the ceiling a coder can be asked to reach on the same key.
"""

from __future__ import annotations

import sys

from stormpetrel import evaluate


def as_predictions(gold: list[evaluate.GoldDocument], core_only: bool) -> dict[str, list[dict]]:
    """One coder's events in the form the scorer reads predictions in."""
    return {
        doc.id: [
            {
                "event_type": e.types[0],
                "source": {"country": e.source[0] if e.source else None},
                "target": {"country": e.target[0] if e.target else None},
                "date": e.date,
                "date_precision": None if e.precision == "none" else e.precision,
                "status": e.status,
            }
            for e in doc.events
            if e.core or not core_only
        ]
        for doc in gold
    }


def main(first: str, second: str) -> None:
    a, b = evaluate.load_gold(first), evaluate.load_gold(second)
    if {d.id for d in a} != {d.id for d in b}:
        sys.exit(f"{first} and {second} do not code the same documents")
    for events, core_only in (("core events", True), ("all events", False)):
        for key, coded, label in ((a, b, "first as key"), (b, a, "second as key")):
            r = evaluate.score(key, as_predictions(coded, core_only))
            print(f"{events:11s} {label:13s} P/R/F1 {r.precision:.2f}/{r.recall:.2f}/{r.f1:.2f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
