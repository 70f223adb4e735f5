"""Tests for stormpetrel.evaluate (small invented gold documents and predictions)."""

from __future__ import annotations

import itertools
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

try:
    from stormpetrel import evaluate as ev
except ImportError:  # package not installed: use the source tree
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from stormpetrel import evaluate as ev

from stormpetrel.model import PLOVER_TYPES

GSR_FILE = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "reference"
    / "plover"
    / "gold_standard_records"
    / "PLOVER_GSR_CAMEO.txt"
)


def pred(
    event_type: str,
    source: str | None = None,
    target: str | None = None,
    *,
    date: str | None = None,
    precision: str | None = None,
    status: str = "asserted",
    doc_id: str = "d1",
) -> dict[str, Any]:
    """A predicted event dict as the coder emits it."""

    def actor(code: str | None) -> dict[str, Any] | None:
        if code is None:
            return None
        return {"text": code, "name": None, "country": code, "sector": "GOV"}

    return {
        "doc_id": doc_id,
        "event_type": event_type,
        "mode": None,
        "source": actor(source),
        "target": actor(target),
        "date": date,
        "date_precision": precision,
        "status": status,
        "evidence": {"sentence": "", "start": 0, "end": 0},
    }


def gold(types: str | list[str], source=(), target=(), **kw: Any) -> ev.GoldEvent:
    types = [types] if isinstance(types, str) else types
    return ev.GoldEvent(types=types, source=list(source), target=list(target), **kw)


def doc(*events: ev.GoldEvent, doc_id: str = "d1") -> ev.GoldDocument:
    return ev.GoldDocument(id=doc_id, events=list(events))


# ---------------------------------------------------------------------------
# Codes


def test_normalise_code_maps_legacy_state_codes() -> None:
    assert ev.normalise_code("JAP") == "JPN"
    assert ev.normalise_code("ITL") == "ITA"
    assert ev.normalise_code(" usa ") == "USA"
    assert ev.normalise_code("IGO") == "IGO"
    assert ev.normalise_code("PSE") == "PSE"
    assert ev.normalise_code("") is None
    assert ev.normalise_code(None) is None


def test_codes_match_countries_and_aliases() -> None:
    assert ev.codes_match(["USA"], "USA")
    assert ev.codes_match(["USA", "GBR"], "GBR")  # compound actor: any member
    assert not ev.codes_match(["USA"], "CAN")
    assert ev.codes_match(["JAP"], "JPN")
    assert ev.codes_match(["JPN"], "jap")
    assert ev.codes_match(["ITL"], "ITA")
    assert not ev.codes_match(["USA"], None)
    assert ev.codes_match([], None)  # empty gold list: side not scored
    assert ev.codes_match([], "FRA")


def test_codes_match_igo() -> None:
    assert "NATO" in ev.IGO_CODES and "UN" in ev.IGO_CODES
    for code in ("NATO", "UN", "EU", "AU", "IAEA", "IGO"):
        assert ev.codes_match(["IGO"], code)
    assert not ev.codes_match(["IGO"], "USA")
    assert not ev.codes_match(["IGO"], "NGO")
    assert ev.codes_match(["UNO"], "UN")
    assert ev.codes_match(["UN"], "UNO")
    assert ev.codes_match(["EUR"], "EU")
    assert not ev.codes_match(["EUR"], "UN")
    assert not ev.codes_match(
        ["NATO"], "IGO"
    )  # a generic prediction is not specific enough
    assert not ev.codes_match(["NATO"], "EU")


# ---------------------------------------------------------------------------
# Dates


def test_date_precision_none_requires_null_prediction() -> None:
    assert ev.date_matches(None, "none", None)
    assert not ev.date_matches(None, "none", "2021-06-20")
    assert ev.date_matches(None, None, None)


def test_date_precision_day_month_year() -> None:
    assert ev.date_matches("2021-06-20", "day", "2021-06-20")
    assert not ev.date_matches("2021-06-20", "day", "2021-06-21")
    assert not ev.date_matches("2021-06-20", "day", "2021-06")  # coarser than gold
    assert not ev.date_matches("2021-06-20", "day", None)
    assert ev.date_matches("2021-06", "month", "2021-06-20")
    assert ev.date_matches("2021-06", "month", "2021-06")
    assert not ev.date_matches("2021-06", "month", "2021-07-01")
    assert not ev.date_matches("2021-06", "month", "2021")
    assert ev.date_matches("2021", "year", "2021-12-31")
    assert not ev.date_matches("2021", "year", "2020-12-31")
    assert not ev.date_matches("2021", "year", "20 June 2021")  # not ISO


def test_event_matches_uses_predicted_precision() -> None:
    g = gold("AGREE", ["USA"], date="2021-06", precision="month")
    # a day-shaped date flagged as month precision is read as a month
    assert ev.event_matches(
        g, pred("AGREE", "USA", date="2021-06-01", precision="month")
    )
    g_day = gold("AGREE", ["USA"], date="2021-06-01", precision="day")
    assert not ev.event_matches(
        g_day, pred("AGREE", "USA", date="2021-06-01", precision="month")
    )


# ---------------------------------------------------------------------------
# Event matching


def test_event_matches_type_actors_and_date() -> None:
    g = gold(["REQUEST", "ACCUSE"], ["USA"], ["RUS"])
    assert ev.event_matches(g, pred("REQUEST", "USA", "RUS"))
    assert ev.event_matches(g, pred("ACCUSE", "USA", "RUS"))
    assert not ev.event_matches(g, pred("THREATEN", "USA", "RUS"))
    assert not ev.event_matches(g, pred("REQUEST", "RUS", "USA"))  # not mutual
    assert not ev.event_matches(g, pred("REQUEST", "USA", None))  # target required
    assert not ev.event_matches(g, pred("REQUEST", "USA", "RUS", date="2021-01-01"))
    assert ev.event_matches(
        g, pred("REQUEST", "USA", "RUS", date="2021-01-01"), check_date=False
    )


def test_event_matches_empty_sides_not_checked() -> None:
    g = gold("PROTEST", ["FRA"])
    assert ev.event_matches(g, pred("PROTEST", "FRA", None))
    assert ev.event_matches(g, pred("PROTEST", "FRA", "DEU"))
    assert not ev.event_matches(g, pred("PROTEST", None, "FRA"))
    assert ev.event_matches(gold("PROTEST"), pred("PROTEST"))


def test_mutual_events_match_either_orientation() -> None:
    g = gold("CONSULT", ["IND"], ["PAK"], mutual=True)
    assert ev.event_matches(g, pred("CONSULT", "IND", "PAK"))
    assert ev.event_matches(g, pred("CONSULT", "PAK", "IND"))
    assert not ev.event_matches(g, pred("CONSULT", "PAK", "CHN"))
    g_one_sided = gold("CONSULT", ["IND"], ["PAK"])
    assert not ev.event_matches(g_one_sided, pred("CONSULT", "PAK", "IND"))


# ---------------------------------------------------------------------------
# Scoring


def test_two_identical_predictions_give_one_tp_one_fp() -> None:
    docs = [doc(gold("ASSAULT", ["RUS"], ["UKR"]))]
    p = pred("ASSAULT", "RUS", "UKR")
    report = ev.score(docs, {"d1": [p, dict(p)]})
    assert (report.tp, report.fp, report.fn) == (1, 1, 0)
    assert report.precision == pytest.approx(0.5)
    assert report.recall == pytest.approx(1.0)
    assert report.f1 == pytest.approx(2 / 3)
    assert report.details[0].matches == [(0, 0)]
    assert report.details[0].false_positives == [1]


def test_matching_is_maximal_not_greedy() -> None:
    # The first prediction fits both gold events; the second only the first one.
    docs = [
        doc(
            gold("CONSULT", ["IND"], ["PAK"], mutual=True),
            gold("CONSULT", ["PAK"], ["IND"]),
        )
    ]
    preds = [pred("CONSULT", "PAK", "IND"), pred("CONSULT", "IND", "PAK")]
    report = ev.score(docs, {"d1": preds})
    assert (report.tp, report.fp, report.fn) == (2, 0, 0)


def test_non_core_events_are_ignored() -> None:
    docs = [
        doc(
            gold("ACCUSE", ["USA"], ["CHN"]),
            gold("REJECT", ["CHN"], ["USA"], core=False),
            gold("THREATEN", ["CHN"], ["USA"], core=False),
        )
    ]
    preds = [
        pred("ACCUSE", "USA", "CHN"),
        pred("REJECT", "CHN", "USA"),  # matches a non-core event: ignored
        pred("REJECT", "CHN", "USA"),  # again: still ignored (already used or not)
        pred("SANCTION", "USA", "CHN"),  # matches nothing: FP
    ]
    report = ev.score(docs, {"d1": preds})
    assert (report.tp, report.fp, report.fn, report.ignored) == (1, 1, 0, 2)
    assert report.gold_core == 1 and report.gold_noncore == 2
    assert report.details[0].ignored == [1, 2]
    assert "REJECT" not in report.per_type  # ignored predictions count nowhere
    assert report.per_type["SANCTION"].predicted == 1
    assert "THREATEN" not in report.confusion  # unmatched non-core: not a FN


def test_prediction_absorbable_by_non_core_is_not_spent_on_core() -> None:
    # Both predictions match the core event; the second also matches a non-core one.
    docs = [
        doc(
            gold("AID", ["USA"], ["HTI"]),
            gold("AID", ["USA"], [], core=False),
        )
    ]
    preds = [pred("AID", "USA", "HTI"), pred("AID", "USA", "HTI")]
    report = ev.score(docs, {"d1": preds})
    assert (report.tp, report.fp, report.fn, report.ignored) == (1, 0, 0, 1)


def test_per_type_figures() -> None:
    docs = [
        doc(
            gold("AGREE", ["ISR"], ["PSE"], mutual=True),
            gold("ASSAULT", ["ISR"], ["PSE"]),
            gold("ASSAULT", ["PSE"], ["ISR"]),
            doc_id="a",
        ),
        doc(gold(["REQUEST", "ACCUSE"], ["FRA"], ["IRN"]), doc_id="b"),
    ]
    predictions = {
        "a": [
            pred("AGREE", "PSE", "ISR", doc_id="a"),  # TP (mutual)
            pred("ASSAULT", "ISR", "PSE", doc_id="a"),  # TP
            pred("ASSAULT", "ISR", "EGY", doc_id="a"),  # FP
            pred("PROTEST", "PSE", "ISR", doc_id="a"),  # FP
        ],
        "b": [pred("ACCUSE", "FRA", "IRN", doc_id="b")],  # TP via alternative type
    }
    report = ev.score(docs, predictions)
    assert (report.tp, report.fp, report.fn) == (3, 2, 1)
    assert report.core_recall == report.recall == pytest.approx(3 / 4)
    assert report.precision == pytest.approx(3 / 5)
    assault = report.per_type["ASSAULT"]
    assert (assault.gold, assault.tp_gold, assault.predicted, assault.tp_predicted) == (
        2,
        1,
        2,
        1,
    )
    assert assault.recall == pytest.approx(0.5)
    assert assault.precision == pytest.approx(0.5)
    assert assault.f1 == pytest.approx(0.5)
    # recall is counted under the gold's first type, precision under the predicted type
    assert (
        report.per_type["REQUEST"].gold == 1
        and report.per_type["REQUEST"].recall == 1.0
    )
    assert report.per_type["REQUEST"].predicted == 0
    assert (
        report.per_type["ACCUSE"].gold == 0
        and report.per_type["ACCUSE"].precision == 1.0
    )
    assert report.per_type["PROTEST"].precision == 0.0
    assert list(report.per_type) == [t for t in PLOVER_TYPES if t in report.per_type]


def test_confusion_matrix() -> None:
    docs = [
        doc(
            gold("THREATEN", ["PRK"], ["KOR"]),
            gold("ASSAULT", ["PRK"], ["KOR"]),
            gold("COERCE", ["SDN"], []),
            gold("AID", ["JPN"], ["IDN"]),
        )
    ]
    preds = [
        pred("THREATEN", "PRK", "KOR"),  # correct
        pred("ASSAULT", "PRK", "KOR"),  # correct
        pred("ASSAULT", "SDN", "SSD"),  # COERCE coded as ASSAULT
        pred("AID", "CHN", "IDN"),  # wrong source: AID row gets NONE
    ]
    report = ev.score(docs, {"d1": preds})
    assert report.confusion == {
        "AID": {"NONE": 1},
        "THREATEN": {"THREATEN": 1},
        "COERCE": {"ASSAULT": 1},
        "ASSAULT": {"ASSAULT": 1},
    }
    text = report.render()
    header = next(line for line in text.splitlines() if "gold \\ pred" in line)
    assert header.split()[3:] == ["THREATEN", "ASSAULT", "NONE"]
    assert "SANCTION" not in text  # only rows and columns that occur


def test_actor_date_and_status_accuracy() -> None:
    docs = [
        doc(
            gold(
                "SANCTION",
                ["USA"],
                ["IRN"],
                date="2020-01",
                precision="month",
                status="asserted",
            ),
            gold(
                "SANCTION",
                ["GBR"],
                ["IRN"],
                date="2020-01-03",
                precision="day",
                status="planned",
            ),
            gold("MOBILIZE", ["RUS"], [], status=None),
            gold("RETREAT", ["ISR"], ["LBN"]),
        )
    ]
    preds = [
        pred(
            "SANCTION", "USA", "IRN", date="2020-01-15", status="asserted"
        ),  # TP, status right
        pred(
            "SANCTION", "GBR", "IRN", date="2020-01-04", status="asserted"
        ),  # date wrong
        pred("MOBILIZE", "RUS", None, status="planned"),  # TP, status not scored
        pred("RETREAT", "ISR", "SYR"),  # type right, target wrong
    ]
    report = ev.score(docs, {"d1": preds})
    assert (report.tp, report.fp, report.fn) == (2, 2, 2)
    # actors: all four gold events have a same-type prediction; three have both sides right
    assert (report.actor_both_correct, report.actor_evaluated) == (3, 4)
    assert (report.source_correct, report.source_evaluated) == (4, 4)
    assert (report.target_correct, report.target_evaluated) == (2, 3)
    assert report.target_accuracy == pytest.approx(2 / 3)
    # dates: among the three type-and-actor matches, two have the right date
    assert (report.date_correct, report.date_evaluated) == (2, 3)
    # status: among the two TPs only the SANCTION one has a gold status
    assert (report.status_correct, report.status_evaluated) == (1, 1)
    assert report.status_accuracy == 1.0


def test_missing_and_unknown_documents() -> None:
    docs = [doc(gold("AGREE", ["ARM"], ["AZE"]), doc_id="x")]
    report = ev.score(
        docs, {"elsewhere": [pred("AGREE", "ARM", "AZE", doc_id="elsewhere")]}
    )
    assert (report.tp, report.fp, report.fn) == (0, 0, 1)
    assert report.unknown_documents == ["elsewhere"]
    assert report.precision == 0.0 and report.actor_accuracy is None
    assert report.confusion == {"AGREE": {"NONE": 1}}


def test_report_render_and_to_dict() -> None:
    docs = [doc(gold("SUPPORT", ["DEU"], ["UKR"], status="asserted"))]
    report = ev.score(docs, ev.group_predictions([pred("SUPPORT", "DEU", "UKR")]))
    text = report.render()
    assert "TP 1" in text and "FP 0" in text and "FN 0" in text
    assert "SUPPORT" in text and "100.0%" in text
    assert "status" in text and "date" in text
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["tp"] == 1 and data["per_type"]["SUPPORT"]["f1"] == 1.0
    assert data["details"][0]["matches"] == [[0, 0]]


def test_max_weight_matching_against_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(200):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        weights = [
            [rng.choice([0, 0, 1, 3, 5, 8]) for _ in range(cols)] for _ in range(rows)
        ]
        pairs = ev._max_weight_matching(weights)
        assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
        assert all(weights[r][c] > 0 for r, c in pairs)
        best = 0
        for perm in itertools.permutations(range(max(rows, cols)), rows):
            best = max(best, sum(weights[r][c] for r, c in enumerate(perm) if c < cols))
        assert sum(weights[r][c] for r, c in pairs) == best


# ---------------------------------------------------------------------------
# Loading


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_stormpetrel_gold(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "one.txt").write_text("Invented text.", encoding="utf-8")
    gold_file = write_json(
        tmp_path / "gold.json",
        {
            "documents": [
                {
                    "id": "one",
                    "path": "texts/one.txt",
                    "published": "2022-03-01",
                    "events": [
                        {
                            "source": ["jap"],
                            "target": [],
                            "types": ["consult"],
                            "mutual": True,
                            "date": "2022-02",
                            "status": "Planned",
                            "note": "invented",
                        },
                        {
                            "source": ["UNO"],
                            "target": ["ITL"],
                            "types": ["AID"],
                            "core": False,
                        },
                    ],
                },
                {"id": "two", "path": "demo:article-7", "events": []},
                {"id": "three", "text": "Inline text.", "path": "/abs/three.txt"},
            ]
        },
    )
    docs = ev.load_gold(gold_file)
    assert [d.id for d in docs] == ["one", "two", "three"]
    one = docs[0]
    assert one.path == str((tmp_path / "texts" / "one.txt").resolve())
    assert one.load_text() == "Invented text."
    assert one.published == "2022-03-01"
    first, second = one.events
    assert first == ev.GoldEvent(
        types=["CONSULT"],
        source=["JPN"],
        target=[],
        mutual=True,
        date="2022-02",
        precision="month",  # inferred from the date
        status="planned",
        core=True,
        note="invented",
    )
    assert (second.source, second.target, second.core, second.precision) == (
        ["UNO"],
        ["ITA"],
        False,
        "none",
    )
    assert docs[1].path == "demo:article-7" and docs[1].load_text() is None
    assert docs[2].path == "/abs/three.txt" and docs[2].load_text() == "Inline text."
    assert docs[2].events == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('[{"id": "a"}]', "'documents' list"),
        ('{"documents": [{"events": []}]}', "'id'"),
        ('{"documents": [{"id": "a"}, {"id": "a"}]}', "duplicate"),
        ('{"documents": [{"id": "a", "events": [{"source": ["USA"]}]}]}', "'types'"),
        ('{"documents": [{"id": "a", "events": [{"types": ["FIGHT"]}]}]}', "FIGHT"),
        (
            '{"documents": [{"id": "a", "events": [{"types": ["AID"], "precision": "day"}]}]}',
            "needs a date",
        ),
        (
            '{"documents": [{"id": "a", "events": [{"types": ["AID"], "date": "2021", "precision": "day"}]}]}',
            "coarser",
        ),
        (
            '{"documents": [{"id": "a", "events": [{"types": ["AID"], "date": "June 2021"}]}]}',
            "'date'",
        ),
        (
            '{"documents": [{"id": "a", "events": [{"types": ["AID"], "source": "USA"}]}]}',
            "'source'",
        ),
        (
            '{"documents": [{"id": "a", "events": [{"types": ["AID"], "status": "maybe"}]}]}',
            "'status'",
        ),
        (
            '{"documents": [{"id": "a", "events": [{"types": ["AID"], "core": "yes"}]}]}',
            "'core'",
        ),
    ],
)
def test_load_gold_malformed(tmp_path: Path, content: str, problem: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json") as info:
        ev.load_gold(bad)
    assert problem in str(info.value)


def test_load_gold_bad_format_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown gold format"):
        ev.load_gold(write_json(tmp_path / "g.json", {"documents": []}), fmt="acled")
    with pytest.raises(ValueError, match="cannot read"):
        ev.load_gold(tmp_path / "absent.json")


def test_load_plover_gsr_small(tmp_path: Path) -> None:
    records = [
        {"id": "GSR-DOCUMENT-0001", "event": "DOCUMENT", "comment": "about this file"},
        {
            "id": "GSR-DEMAND-0001",
            "event": "DEMAND",
            "text": "Invented sentence one.",
            "source": [
                {"actorText": "a", "code": "JAP", "sector": "GOV"},
                {"actorText": "b", "code": "ITL"},
            ],
            "target": "",
        },
        {
            "id": "GSR-FIGHT-0001",
            "event": "FIGHT",
            "text": "Invented sentence two.",
            "source": [{"actorText": "c", "code": "IMG"}],
            "target": [{"actorText": "d", "code": "IGO"}],
        },
        {"id": "GSR-FIGHT-0001", "event": "INVESTIGATE", "text": "Invented three."},
        {
            "id": "GSR-DISAPPROVE-0001",
            "event": "DISAPPROVE",
            "text": "Four.",
            "target": "diplomatic",
        },
    ]
    docs = ev.load_gold(write_json(tmp_path / "gsr.txt", records), fmt="plover-gsr")
    assert [d.id for d in docs] == [
        "GSR-DEMAND-0001",
        "GSR-FIGHT-0001",
        "GSR-FIGHT-0001#2",
        "GSR-DISAPPROVE-0001",
    ]
    assert all(d.published is None and len(d.events) == 1 for d in docs)
    demand = docs[0].events[0]
    assert demand == ev.GoldEvent(types=["REQUEST"], source=["JPN", "ITA"], target=[])
    assert (
        demand.precision == "none"
        and demand.status is None
        and demand.core
        and not demand.mutual
    )
    assert docs[0].text == "Invented sentence one."
    assert docs[1].events[0].types == ["ASSAULT"]
    assert (docs[1].events[0].source, docs[1].events[0].target) == (["IMG"], ["IGO"])
    assert docs[2].events[0].types == ["ACCUSE"] and docs[2].events[0].source == []
    assert docs[3].events[0].types == ["ACCUSE"] and docs[3].events[0].target == []

    # A compound gold source accepts any member; gold IGO accepts any IGO.
    predictions = {
        "GSR-DEMAND-0001": [pred("REQUEST", "ITA", "USA", doc_id="GSR-DEMAND-0001")],
        "GSR-FIGHT-0001": [pred("ASSAULT", "IMG", "NATO", doc_id="GSR-FIGHT-0001")],
    }
    report = ev.score(docs, predictions)
    assert (report.tp, report.fp, report.fn) == (2, 0, 2)


def test_load_plover_gsr_malformed(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"gsr\.txt.*JSON list"):
        ev.load_gold(write_json(tmp_path / "gsr.txt", {"id": "x"}), fmt="plover-gsr")
    with pytest.raises(ValueError, match="unknown event type 'PARLEY'"):
        ev.load_gold(
            write_json(
                tmp_path / "gsr.txt", [{"id": "x", "event": "PARLEY", "text": "t"}]
            ),
            fmt="plover-gsr",
        )


def test_load_real_plover_gsr_file() -> None:
    if not GSR_FILE.is_file():
        pytest.skip(f"PLOVER gold standard records not found at {GSR_FILE}")
    docs = ev.load_gold(GSR_FILE, fmt="plover-gsr")
    events = [e for d in docs for e in d.events]
    assert len(docs) == len(events) == 322
    assert len({d.id for d in docs}) == 322
    assert all(len(e.types) == 1 and e.types[0] in PLOVER_TYPES for e in events)
    codes = {c for e in events for c in (*e.source, *e.target)}
    assert {"JAP", "ITL", "VTN"}.isdisjoint(codes)
    assert {"JPN", "ITA", "IGO", "PSE"} <= codes
    assert all(d.text for d in docs)
    # A perfect coder scores perfectly on its own gold.
    predictions = {
        d.id: [
            pred(
                e.types[0],
                e.source[0] if e.source else None,
                e.target[0] if e.target else None,
                doc_id=d.id,
            )
            for e in d.events
        ]
        for d in docs
    }
    report = ev.score(docs, predictions)
    assert (report.tp, report.fp, report.fn) == (322, 0, 0)
    assert report.f1 == 1.0


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold_file = write_json(
        tmp_path / "gold.json",
        {
            "documents": [
                {"id": "d1", "events": [{"source": ["KEN"], "types": ["PROTEST"]}]}
            ]
        },
    )
    preds_file = tmp_path / "preds.jsonl"
    preds_file.write_text(json.dumps(pred("PROTEST", "KEN")) + "\n", encoding="utf-8")
    assert ev.main([str(gold_file), str(preds_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tp"] == 1
