"""Where the tests find reference material: ../shared (skipped, saying why, where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GSR = SHARED / "reference" / "plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
CROSSWALK = SHARED / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
SAMPLE = SHARED / "samples" / "pakistan-azerbaijan-2021-06-19.txt"
GOLD = ROOT / "tests" / "gold"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the reference material in ../shared is not beside this checkout")
    return path
