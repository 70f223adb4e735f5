"""The trigger lexicon agrees with PLOVER's CAMEO cross-walk (read from ../shared)."""

from __future__ import annotations

import re

from reference import CROSSWALK, need
from stormpetrel import data
from stormpetrel.events import lexicon
from stormpetrel.model import PLOVER_TYPES


def _crosswalk() -> dict[str, str]:
    table = {}
    for line in need(CROSSWALK).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def test_every_trigger_has_a_plover_type_and_a_known_cameo_code() -> None:
    lex = lexicon.load()
    walk = _crosswalk()
    wrong = []
    for entries in [*lex.verbs.values(), *lex.nouns.values()]:
        for t in entries:
            assert t.type in PLOVER_TYPES, t
            assert t.cameo in walk, f"{t.lemma}: CAMEO {t.cameo} is not in the cross-walk"
            if walk[t.cameo] != t.type:
                wrong.append(f"{t.lemma} ({t.pos}) {t.cameo}: {walk[t.cameo]} in the cross-walk, {t.type} here")
    assert not wrong, "\n".join(wrong)


def test_default_cameo_code_per_type() -> None:
    lex = lexicon.load()
    walk = _crosswalk()
    assert set(lex.type_cameo) == set(PLOVER_TYPES)
    for plover_type, code in lex.type_cameo.items():
        assert walk.get(code) == plover_type, (plover_type, code)


def test_every_frame_word_has_one_row() -> None:
    lemmas = [row["lemma"] for row in data.rows("frames.tsv")]
    assert sorted({w for w in lemmas if lemmas.count(w) > 1}) == []


def test_an_irregular_form_maps_to_its_lemma() -> None:
    assert lexicon.lemma_of("retook", "retook") == "retake"
    assert lexicon.lemma_of("hoped", "hop") == "hope"
    assert lexicon.lemma_of("met", "meet") == "meet"


def test_a_trigger_object_can_be_required_and_excluded_at_once() -> None:
    cut = [t for t in lexicon.load().verbs["cut"] if "oil" in t.objects]
    assert cut and all("output" in t.excluded for t in cut)
