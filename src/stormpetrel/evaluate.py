"""Score coded events against gold annotations.

Gold formats
============

``stormpetrel`` (the project's own format) is a JSON object::

    {"documents": [
        {"id": "doc-1",
         "path": "articles/doc-1.txt",       # optional: relative to the gold file's
                                              # folder, absolute, or "demo:<article_id>"
         "text": "...",                       # optional
         "published": "2021-06-20",           # optional, YYYY-MM-DD
         "events": [
            {"source": ["USA"],               # acceptable country codes; [] = not scored
             "target": ["RUS", "BLR"],        # acceptable codes; [] = no target required
             "types": ["ACCUSE"],             # acceptable PLOVER types (first = primary)
             "mutual": false,                 # source and target may be swapped
             "date": "2021-06",               # or null
             "precision": "month",            # day, month, year or none
             "status": "asserted",            # or null = not scored
             "core": true,                    # false: a system may find or skip it freely
             "note": "free text"}]}]}

A ``demo:<article_id>`` path names a document of the bundled demo corpus; it is
recorded as is and the caller resolves the text.  Other paths are made absolute
(relative ones against the gold file's folder); :meth:`GoldDocument.load_text`
reads them on demand.

``plover-gsr`` is the PLOVER Gold Standard Records file
``PLOVER_GSR_CAMEO.txt`` (Copyright 2016 by the Open Event Data Alliance,
licensed under the Creative Commons Attribution-ShareAlike 4.0 International
License, https://github.com/openeventdata/PLOVER).  It is a JSON list of
records; the record whose ``event`` is ``DOCUMENT`` documents the file and is
skipped.  Every other record is one single-sentence document (``id``, ``text``;
no publication date) with one gold event: ``event`` is a PLOVER 0.5 type and
``source``/``target`` are lists of ``{"actorText", "code", "sector"}`` (or
``""`` or missing).  The 0.5 types are mapped to the current 16 with
:data:`GSR_TYPE_MAP` (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE ->
ACCUSE, FIGHT -> ASSAULT, the others to themselves).  A compound actor accepts
any of its members' codes; legacy non-ISO state codes are normalised with
:data:`CODE_ALIASES` (JAP -> JPN, ITL -> ITA, VTN -> VNM); IGO, NGO, IMG, PSE,
ISM and the like are kept.  The file holds two different records with the id
``PLOVER-GSR01-COERCE-0004``: document ids must be unique, so a repeated id
gets a ``#2`` (``#3``...) suffix.  GSR events are core, not mutual, and carry
no date (precision ``none``) and no status (not scored).

Scoring
=======

:func:`score` matches predictions to gold events document by document with a
maximum-weight one-to-one assignment (Hungarian algorithm): first as many full
matches (:func:`event_matches`) as possible, then, among those, as few
predictions as possible that a non-core gold event could have absorbed, then as
many equal statuses as possible.  Matched core events are true positives,
unmatched core events false negatives; an unmatched prediction that matches a
non-core gold event is ignored, any other is a false positive.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from stormpetrel.model import PLOVER_TYPES, STATUSES

__all__ = [
    "CODE_ALIASES",
    "GSR_TYPE_MAP",
    "IGO_CODES",
    "PRECISIONS",
    "DocumentResult",
    "GoldDocument",
    "GoldEvent",
    "GoldFormatError",
    "Report",
    "TypeScore",
    "codes_match",
    "date_matches",
    "event_matches",
    "group_predictions",
    "load_gold",
    "normalise_code",
    "score",
]

GOLD_FORMATS: tuple[str, ...] = ("stormpetrel", "plover-gsr")
PRECISIONS: tuple[str, ...] = ("day", "month", "year", "none")
NONE_TYPE = "NONE"  # confusion-matrix column: no prediction shares the gold actors

#: PLOVER 0.5 event types (as in the GSR file) -> the current 16 types.
GSR_TYPE_MAP: dict[str, str] = {t: t for t in PLOVER_TYPES} | {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

#: Non-ISO codes that clearly mean a state -> ISO 3166-1 alpha-3.  JAP, ITL and
#: VTN occur in the GSR file (CAMEO legacy); ROM, ZAR and TMP are withdrawn ISO codes.
CODE_ALIASES: dict[str, str] = {
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "ROM": "ROU",
    "ZAR": "COD",
    "TMP": "TLS",
}

#: Codes that count as international organisations.  Gold ``IGO`` accepts any of them.
# fmt: off
IGO_CODES: frozenset[str] = frozenset({
    "NATO", "UN", "EU", "AU", "ASEAN", "OPEC", "LAS", "OSCE", "CSTO", "SCO", "GCC",
    "ECOWAS", "OIC", "IAEA", "IMF", "WB", "WTO", "WHO", "ICC", "BRICS", "G7", "G20",
    "CIS", "OAS", "IGO", "UNO", "EUR",
})
# fmt: on

#: CAMEO spellings of IGOs -> the spelling the coder uses (both sides are mapped).
_IGO_SYNONYMS: dict[str, str] = {"UNO": "UN", "EUR": "EU"}

_DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_PRECISION_LENGTH = {"year": 4, "month": 7, "day": 10}
_LENGTH_PRECISION = {4: "year", 7: "month", 10: "day"}


# ---------------------------------------------------------------------------
# Gold records


class GoldFormatError(ValueError):
    """A gold file is malformed; the message names the file and the problem."""


@dataclass
class GoldEvent:
    """One gold event: what a prediction must have to match it."""

    types: list[str]
    source: list[str] = field(default_factory=list)  # [] = not scored
    target: list[str] = field(default_factory=list)  # [] = no target required
    mutual: bool = False
    date: str | None = None
    precision: str = "none"
    status: str | None = None  # None = not scored
    core: bool = True
    note: str | None = None

    @property
    def primary_type(self) -> str:
        """The first accepted type: the event's row in per-type figures."""
        return self.types[0]


@dataclass
class GoldDocument:
    id: str
    text: str | None = None
    path: str | None = None
    published: str | None = None
    events: list[GoldEvent] = field(default_factory=list)

    def load_text(self) -> str | None:
        """The document text: ``text`` if given, else the file at ``path`` (UTF-8).

        Returns None for ``demo:`` paths (the caller resolves those) and when
        neither text nor path is given.
        """
        if self.text is not None:
            return self.text
        if self.path is None or self.path.startswith("demo:"):
            return None
        return Path(self.path).read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# Loading


def load_gold(path: str | Path, fmt: str = "stormpetrel") -> list[GoldDocument]:
    """Read a gold file in ``fmt`` (``stormpetrel`` or ``plover-gsr``).

    Raises ValueError naming the file and the problem on malformed input.
    """
    path = Path(path)
    if fmt not in GOLD_FORMATS:
        raise GoldFormatError(f"{path}: unknown gold format {fmt!r} (expected one of {', '.join(GOLD_FORMATS)})")
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read gold file: {exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{path}: not valid JSON: {exc}") from exc
    if fmt == "plover-gsr":
        return _load_gsr(path, data)
    return _load_stormpetrel(path, data)


def _load_gsr(path: Path, data: Any) -> list[GoldDocument]:
    if not isinstance(data, list):
        raise GoldFormatError(f"{path}: a plover-gsr file must hold a JSON list of records")
    docs: list[GoldDocument] = []
    seen: dict[str, int] = {}
    for i, rec in enumerate(data):
        where = f"{path}: record {i}"
        if not isinstance(rec, dict):
            raise GoldFormatError(f"{where}: expected a JSON object")
        old_type = rec.get("event")
        if old_type == "DOCUMENT":
            continue
        rec_id = rec.get("id")
        if not isinstance(rec_id, str) or not rec_id:
            raise GoldFormatError(f"{where}: missing or empty 'id'")
        where = f"{path}: record {rec_id!r}"
        if not isinstance(old_type, str) or old_type.upper() not in GSR_TYPE_MAP:
            raise GoldFormatError(f"{where}: unknown event type {old_type!r}")
        text = rec.get("text")
        if text is not None and not isinstance(text, str):
            raise GoldFormatError(f"{where}: 'text' must be a string")
        seen[rec_id] = seen.get(rec_id, 0) + 1
        doc_id = rec_id if seen[rec_id] == 1 else f"{rec_id}#{seen[rec_id]}"
        event = GoldEvent(
            types=[GSR_TYPE_MAP[old_type.upper()]],
            source=_gsr_codes(rec.get("source"), where),
            target=_gsr_codes(rec.get("target"), where),
        )
        docs.append(GoldDocument(id=doc_id, text=text, path=None, published=None, events=[event]))
    return docs


def _gsr_codes(actors: Any, where: str) -> list[str]:
    """Codes of a GSR actor list; "", null or a stray string mean no actor."""
    if not isinstance(actors, list):
        return []
    codes: list[str] = []
    for actor in actors:
        if not isinstance(actor, dict):
            raise GoldFormatError(f"{where}: actor entries must be objects, got {actor!r}")
        code = normalise_code(actor.get("code"))
        if code and code not in codes:
            codes.append(code)
    return codes


def _load_stormpetrel(path: Path, data: Any) -> list[GoldDocument]:
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise GoldFormatError(f"{path}: a stormpetrel gold file must be an object with a 'documents' list")
    docs: list[GoldDocument] = []
    ids: set[str] = set()
    for i, doc in enumerate(data["documents"]):
        where = f"{path}: document {i}"
        if not isinstance(doc, dict):
            raise GoldFormatError(f"{where}: expected a JSON object")
        doc_id = doc.get("id")
        if not isinstance(doc_id, str) or not doc_id:
            raise GoldFormatError(f"{where}: missing or empty 'id'")
        where = f"{path}: document {doc_id!r}"
        if doc_id in ids:
            raise GoldFormatError(f"{where}: duplicate document id")
        ids.add(doc_id)
        text = _optional_str(doc, "text", where)
        published = _optional_str(doc, "published", where)
        if published is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
            raise GoldFormatError(f"{where}: 'published' must be YYYY-MM-DD, got {published!r}")
        doc_path = _optional_str(doc, "path", where)
        if doc_path is not None and not doc_path.startswith("demo:"):
            p = Path(doc_path)
            doc_path = str(p if p.is_absolute() else (path.parent / p).resolve())
        events = doc.get("events", [])
        if not isinstance(events, list):
            raise GoldFormatError(f"{where}: 'events' must be a list")
        parsed = [_parse_gold_event(ev, f"{where}, event {j}") for j, ev in enumerate(events)]
        docs.append(GoldDocument(id=doc_id, text=text, path=doc_path, published=published, events=parsed))
    return docs


def _optional_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise GoldFormatError(f"{where}: {key!r} must be a string or null, got {value!r}")
    return value


def _code_list(ev: dict[str, Any], key: str, where: str) -> list[str]:
    value = ev.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(c, str) and c.strip() for c in value):
        raise GoldFormatError(f"{where}: {key!r} must be a list of country codes, got {value!r}")
    codes: list[str] = []
    for c in value:
        code = normalise_code(c)
        if code and code not in codes:
            codes.append(code)
    return codes


def _parse_gold_event(ev: Any, where: str) -> GoldEvent:
    if not isinstance(ev, dict):
        raise GoldFormatError(f"{where}: expected a JSON object")
    types = ev.get("types")
    if not isinstance(types, list) or not types or not all(isinstance(t, str) for t in types):
        raise GoldFormatError(f"{where}: 'types' must be a non-empty list of PLOVER types")
    types = [t.strip().upper() for t in types]
    bad = [t for t in types if t not in PLOVER_TYPES]
    if bad:
        raise GoldFormatError(f"{where}: unknown PLOVER type(s) {', '.join(bad)}")
    mutual = ev.get("mutual", False)
    core = ev.get("core", True)
    for key, value in (("mutual", mutual), ("core", core)):
        if not isinstance(value, bool):
            raise GoldFormatError(f"{where}: {key!r} must be true or false, got {value!r}")
    date = _optional_str(ev, "date", where)
    if date is not None and not _DATE_RE.fullmatch(date):
        raise GoldFormatError(f"{where}: 'date' must be YYYY, YYYY-MM or YYYY-MM-DD, got {date!r}")
    precision = ev.get("precision")
    if precision is None:  # infer from the date's form
        precision = _LENGTH_PRECISION[len(date)] if date else "none"
    if precision not in PRECISIONS:
        raise GoldFormatError(f"{where}: 'precision' must be one of {', '.join(PRECISIONS)}, got {precision!r}")
    if precision != "none":
        if date is None:
            raise GoldFormatError(f"{where}: precision {precision!r} needs a date")
        if len(date) < _PRECISION_LENGTH[precision]:
            raise GoldFormatError(f"{where}: date {date!r} is coarser than precision {precision!r}")
    status = _optional_str(ev, "status", where)
    if status is not None:
        status = status.strip().lower()
        if status not in STATUSES:
            raise GoldFormatError(f"{where}: 'status' must be one of {', '.join(STATUSES)} or null, got {status!r}")
    return GoldEvent(
        types=types,
        source=_code_list(ev, "source", where),
        target=_code_list(ev, "target", where),
        mutual=mutual,
        date=date,
        precision=precision,
        status=status,
        core=core,
        note=_optional_str(ev, "note", where),
    )


# ---------------------------------------------------------------------------
# Matching rules


def normalise_code(code: str | None) -> str | None:
    """Upper-case a country/IGO code and map legacy state codes (JAP -> JPN, ...)."""
    if code is None:
        return None
    code = code.strip().upper()
    if not code:
        return None
    return CODE_ALIASES.get(code, code)


def _canonical(code: str) -> str:
    return _IGO_SYNONYMS.get(code, code)


def codes_match(gold_codes: list[str], predicted: str | None) -> bool:
    """Does a predicted code satisfy a gold list of acceptable codes?

    An empty gold list accepts anything (the side is not scored).  Codes are
    normalised on both sides; gold ``IGO`` accepts any code in
    :data:`IGO_CODES`; ``UNO``/``UN`` and ``EUR``/``EU`` are the same.
    A predicted generic ``IGO`` does not satisfy a specific gold IGO.
    """
    if not gold_codes:
        return True
    pred = normalise_code(predicted)
    if pred is None:
        return False
    pred = _canonical(pred)
    for gold in gold_codes:
        g = normalise_code(gold)
        if g is None:
            continue
        if g == "IGO" and pred in IGO_CODES:
            return True
        if _canonical(g) == pred:
            return True
    return False


def _date_precision(date: str) -> str | None:
    if not _DATE_RE.fullmatch(date):
        return None
    return _LENGTH_PRECISION[len(date)]


def date_matches(gold_date: str | None, gold_precision: str | None, predicted_date: str | None) -> bool:
    """Does a predicted date agree with the gold date at the gold precision?

    Precision ``none`` (or null, or no gold date) means the text gives no
    date: only a null prediction matches.  Otherwise the prediction, cut to
    the gold precision, must equal the gold date; a prediction coarser than
    the gold precision does not match.
    """
    predicted_date = predicted_date or None
    if gold_precision in (None, "none") or gold_date is None:
        return predicted_date is None
    if predicted_date is None:
        return False
    pred_precision = _date_precision(predicted_date)
    if pred_precision is None:
        return False
    need = _PRECISION_LENGTH[gold_precision]
    if _PRECISION_LENGTH[pred_precision] < need or len(gold_date) < need:
        return False
    return predicted_date[:need] == gold_date[:need]


def _as_dict(pred: Any) -> dict[str, Any]:
    if isinstance(pred, dict):
        return pred
    to_dict = getattr(pred, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"a prediction must be a dict or have to_dict(), got {type(pred).__name__}")


def _country(actor: Any) -> str | None:
    if actor is None:
        return None
    if isinstance(actor, str):
        return actor or None
    if isinstance(actor, dict):
        return actor.get("country")
    return getattr(actor, "country", None)


def _pred_type(pred: dict[str, Any]) -> str:
    return str(pred.get("event_type") or "").strip().upper()


def _pred_date(pred: dict[str, Any]) -> str | None:
    """The predicted date, cut to the predicted precision when that is coarser."""
    date = pred.get("date")
    if not isinstance(date, str) or not date:
        return None
    precision = pred.get("date_precision")
    if precision in _PRECISION_LENGTH:
        date = date[: _PRECISION_LENGTH[precision]]
    return date


def _sides_right(gold: GoldEvent, pred: dict[str, Any]) -> tuple[bool, bool]:
    """(source right, target right) in the better orientation (swapped only if mutual)."""
    src, tgt = _country(pred.get("source")), _country(pred.get("target"))
    straight = (codes_match(gold.source, src), codes_match(gold.target, tgt))
    if not gold.mutual:
        return straight
    swapped = (codes_match(gold.source, tgt), codes_match(gold.target, src))
    return max(straight, swapped, key=lambda s: (s[0] and s[1], s[0] + s[1]))


def _actors_match(gold: GoldEvent, pred: dict[str, Any]) -> bool:
    src_ok, tgt_ok = _sides_right(gold, pred)
    return src_ok and tgt_ok


def event_matches(gold: GoldEvent, pred: dict[str, Any], *, check_date: bool = True) -> bool:
    """Does a predicted event dict match a gold event?

    The predicted type must be accepted; source and target countries must
    match (an empty gold list is not checked; a null predicted actor fails a
    non-empty list); a mutual event also matches with the sides swapped; the
    date must match at the gold precision when ``check_date``.
    """
    pred = _as_dict(pred)
    if _pred_type(pred) not in gold.types:
        return False
    if not _actors_match(gold, pred):
        return False
    return not check_date or date_matches(gold.date, gold.precision, _pred_date(pred))


def _status_equal(gold: GoldEvent, pred: dict[str, Any]) -> bool:
    status = pred.get("status")
    return gold.status is not None and isinstance(status, str) and status.strip().lower() == gold.status


# ---------------------------------------------------------------------------
# Assignment


def _max_weight_matching(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one assignment; weight <= 0 means no edge.

    Hungarian algorithm (shortest augmenting paths with potentials), O(n^2 m).
    Returns (row, column) pairs with positive weight.
    """
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    if not n_rows or not n_cols:
        return []
    transpose = n_rows > n_cols
    if transpose:
        weights = [list(col) for col in zip(*weights, strict=True)]
        n_rows, n_cols = n_cols, n_rows
    cost = [[-max(w, 0) for w in row] for row in weights]
    inf = float("inf")
    u = [0.0] * (n_rows + 1)
    v = [0.0] * (n_cols + 1)
    owner = [0] * (n_cols + 1)  # owner[j] = row (1-based) assigned to column j
    way = [0] * (n_cols + 1)
    for i in range(1, n_rows + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (n_cols + 1)
        used = [False] * (n_cols + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta = inf
            j1 = 0
            row = cost[i0 - 1]
            ui0 = u[i0]
            for j in range(1, n_cols + 1):
                if not used[j]:
                    cur = row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(n_cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = []
    for j in range(1, n_cols + 1):
        i = owner[j]
        if i and weights[i - 1][j - 1] > 0:
            pairs.append((j - 1, i - 1) if transpose else (i - 1, j - 1))
    return sorted(pairs)


def _lexicographic(edges: dict[tuple[int, int], tuple[int, ...]], n_pred: int, n_gold: int) -> list[list[int]]:
    """Weights that rank matchings by size first, then by each 0/1 criterion in turn."""
    k = min(n_pred, n_gold) + 1
    weights = [[0] * n_gold for _ in range(n_pred)]
    for (p, g), criteria in edges.items():
        w = 1
        for c in criteria:
            w = w * k + c
        weights[p][g] = w
    return weights


# ---------------------------------------------------------------------------
# Report


@dataclass
class TypeScore:
    """Figures for one PLOVER type: recall by gold primary type, precision by predicted type."""

    gold: int = 0  # core gold events whose primary type is this one
    tp_gold: int = 0  # ... of which matched
    predicted: int = 0  # scored predictions (TP + FP) of this type
    tp_predicted: int = 0  # ... of which matched
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0


@dataclass
class DocumentResult:
    """Per-document outcome (indices into the gold events and the predictions)."""

    doc_id: str
    matches: list[tuple[int, int]] = field(default_factory=list)  # (gold index, prediction index)
    false_negatives: list[int] = field(default_factory=list)  # gold indices
    false_positives: list[int] = field(default_factory=list)  # prediction indices
    ignored: list[int] = field(default_factory=list)  # predictions absorbed by non-core events


@dataclass
class Report:
    documents: int = 0
    gold_core: int = 0
    gold_noncore: int = 0
    predicted: int = 0  # predictions in gold documents
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    core_recall: float = 0.0
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    actor_evaluated: int = 0
    actor_both_correct: int = 0
    actor_accuracy: float | None = None
    source_evaluated: int = 0
    source_correct: int = 0
    source_accuracy: float | None = None
    target_evaluated: int = 0
    target_correct: int = 0
    target_accuracy: float | None = None
    date_evaluated: int = 0
    date_correct: int = 0
    date_accuracy: float | None = None
    status_evaluated: int = 0
    status_correct: int = 0
    status_accuracy: float | None = None
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    unknown_documents: list[str] = field(default_factory=list)  # prediction keys not in the gold
    details: list[DocumentResult] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (tuples become lists)."""
        return json.loads(json.dumps(asdict(self)))

    def render(self) -> str:
        """A readable plain-text report."""
        lines = [
            (
                f"Documents: {self.documents}   gold events: {self.gold_core} core"
                f" + {self.gold_noncore} non-core   predictions: {self.predicted}"
            ),
            "",
            "Overall",
            f"  precision {_pct(self.precision)}   recall {_pct(self.recall)}   F1 {_pct(self.f1)}",
            f"  TP {self.tp}   FP {self.fp}   FN {self.fn}   ignored (non-core) {self.ignored}",
        ]
        if self.unknown_documents:
            lines.append(f"  predictions for {len(self.unknown_documents)} document(s) not in the gold were skipped")
        rows = [
            [
                t,
                str(s.gold),
                str(s.tp_gold),
                _pct(s.recall),
                str(s.predicted),
                str(s.tp_predicted),
                _pct(s.precision),
                _pct(s.f1),
            ]
            for t, s in self.per_type.items()
        ]
        lines += ["", "Per type (recall by gold type, precision by predicted type)"]
        lines += _table(["type", "gold", "found", "R", "pred", "correct", "P", "F1"], rows, indent=2)
        lines += [
            "",
            "Accuracy",
            f"  actors, both right : {_ratio(self.actor_both_correct, self.actor_evaluated, self.actor_accuracy)}",
            f"  source right       : {_ratio(self.source_correct, self.source_evaluated, self.source_accuracy)}",
            f"  target right       : {_ratio(self.target_correct, self.target_evaluated, self.target_accuracy)}",
            f"  date               : {_ratio(self.date_correct, self.date_evaluated, self.date_accuracy)}",
            f"  status             : {_ratio(self.status_correct, self.status_evaluated, self.status_accuracy)}",
        ]
        if self.confusion:
            columns = sorted({c for row in self.confusion.values() for c in row}, key=_type_order)
            rows = [
                [g, *(str(self.confusion[g].get(c, 0) or "") for c in columns)]
                for g in sorted(self.confusion, key=_type_order)
            ]
            lines += [
                "",
                "Confusion (rows: gold type, columns: predicted type with the same actors)",
            ]
            lines += _table(["gold \\ pred", *columns], rows, indent=2)
        return "\n".join(lines) + "\n"


def _type_order(t: str) -> tuple[int, str]:
    return (PLOVER_TYPES.index(t) if t in PLOVER_TYPES else len(PLOVER_TYPES), t)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _ratio(num: int, den: int, value: float | None) -> str:
    return f"{_pct(value):>6}  ({num}/{den})"


def _table(header: list[str], rows: list[list[str]], indent: int = 0) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    pad = " " * indent

    def fmt(row: list[str]) -> str:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        return pad + "  ".join(cells).rstrip()

    return [
        fmt(header),
        pad + "  ".join("-" * w for w in widths),
        *(fmt(r) for r in rows),
    ]


def _div(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------------------
# Scoring


def group_predictions(events: Iterable[Any]) -> dict[str, list[dict[str, Any]]]:
    """Group predicted event dicts (or objects with ``to_dict``) by ``doc_id``."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for ev in events:
        d = _as_dict(ev)
        grouped.setdefault(str(d.get("doc_id")), []).append(d)
    return grouped


def score(gold_docs: list[GoldDocument], predictions: dict[str, Sequence[Any]]) -> Report:
    """Score predictions (doc_id -> predicted event dicts) against gold documents.

    Documents missing from ``predictions`` count as having no predictions;
    predictions for documents not in the gold are skipped and listed in
    ``Report.unknown_documents``.
    """
    report = Report(documents=len(gold_docs))
    gold_ids = {doc.id for doc in gold_docs}
    report.unknown_documents = sorted(k for k in predictions if k not in gold_ids)
    type_scores: dict[str, TypeScore] = {}

    def ts(t: str) -> TypeScore:
        return type_scores.setdefault(t, TypeScore())

    for doc in gold_docs:
        preds = [_as_dict(p) for p in predictions.get(doc.id, ())]
        core = [i for i, g in enumerate(doc.events) if g.core]
        noncore = [g for g in doc.events if not g.core]
        report.gold_core += len(core)
        report.gold_noncore += len(noncore)
        report.predicted += len(preds)

        absorbable = [any(event_matches(g, p) for g in noncore) for p in preds]

        # Main assignment: most full matches; then fewest absorbable predictions used;
        # then most equal statuses.
        edges: dict[tuple[int, int], tuple[int, ...]] = {}
        for pi, p in enumerate(preds):
            for ci, gi in enumerate(core):
                g = doc.events[gi]
                if event_matches(g, p):
                    edges[(pi, ci)] = (
                        0 if absorbable[pi] else 1,
                        int(_status_equal(g, p)),
                    )
        pairs = _max_weight_matching(_lexicographic(edges, len(preds), len(core)))
        matched_pred = {pi: core[ci] for pi, ci in pairs}
        matched_gold = {core[ci]: pi for pi, ci in pairs}

        result = DocumentResult(doc_id=doc.id, matches=sorted((gi, pi) for pi, gi in matched_pred.items()))
        result.false_negatives = [gi for gi in core if gi not in matched_gold]
        for pi in range(len(preds)):
            if pi in matched_pred:
                continue
            (result.ignored if absorbable[pi] else result.false_positives).append(pi)
        report.details.append(result)
        report.tp += len(pairs)
        report.fn += len(result.false_negatives)
        report.fp += len(result.false_positives)
        report.ignored += len(result.ignored)

        for gi in core:
            s = ts(doc.events[gi].primary_type)
            s.gold += 1
            s.tp_gold += gi in matched_gold
        for pi in (*matched_pred, *result.false_positives):
            s = ts(_pred_type(preds[pi]) or NONE_TYPE)
            s.predicted += 1
            s.tp_predicted += pi in matched_pred

        # Status accuracy on the matched pairs.
        for pi, gi in matched_pred.items():
            g = doc.events[gi]
            if g.status is not None:
                report.status_evaluated += 1
                report.status_correct += _status_equal(g, preds[pi])

        # Date accuracy: one-to-one matching ignoring the date, preferring date matches.
        date_edges: dict[tuple[int, int], tuple[int, ...]] = {}
        for pi, p in enumerate(preds):
            for ci, gi in enumerate(core):
                g = doc.events[gi]
                if event_matches(g, p, check_date=False):
                    date_edges[(pi, ci)] = (int(date_matches(g.date, g.precision, _pred_date(p))),)
        for pi, ci in _max_weight_matching(_lexicographic(date_edges, len(preds), len(core))):
            report.date_evaluated += 1
            report.date_correct += date_edges[(pi, ci)][0]

        # Actor accuracy and the confusion matrix, per core gold event.
        for gi in core:
            g = doc.events[gi]
            # Actor accuracy: the same-type prediction with the most sides right
            # (then the matched one).
            sides = {pi: _sides_right(g, p) for pi, p in enumerate(preds) if _pred_type(p) in g.types}
            if sides:
                rank = {pi: (all(ok), sum(ok), matched_gold.get(gi) == pi) for pi, ok in sides.items()}
                src_ok, tgt_ok = sides[max(rank, key=rank.__getitem__)]
                report.actor_evaluated += 1
                report.actor_both_correct += src_ok and tgt_ok
                if g.source:
                    report.source_evaluated += 1
                    report.source_correct += src_ok
                if g.target:
                    report.target_evaluated += 1
                    report.target_correct += tgt_ok

            # Confusion: the prediction sharing the gold actors, preferring the
            # matched one, then one of an accepted type.
            same_actors = {
                pi: (matched_gold.get(gi) == pi, _pred_type(p) in g.types)
                for pi, p in enumerate(preds)
                if _actors_match(g, p)
            }
            if same_actors:
                best = max(same_actors, key=same_actors.__getitem__)
                predicted_type = _pred_type(preds[best]) or NONE_TYPE
            else:
                predicted_type = NONE_TYPE
            row = report.confusion.setdefault(g.primary_type, {})
            row[predicted_type] = row.get(predicted_type, 0) + 1

    report.precision = _div(report.tp, report.tp + report.fp)
    report.recall = report.core_recall = _div(report.tp, report.tp + report.fn)
    report.f1 = _f1(report.precision, report.recall)
    for s in type_scores.values():
        s.precision = _div(s.tp_predicted, s.predicted)
        s.recall = _div(s.tp_gold, s.gold)
        s.f1 = _f1(s.precision, s.recall)
    report.per_type = {t: type_scores[t] for t in sorted(type_scores, key=_type_order)}
    report.confusion = {
        g: {c: report.confusion[g][c] for c in sorted(report.confusion[g], key=_type_order)}
        for g in sorted(report.confusion, key=_type_order)
    }
    report.actor_accuracy = _div(report.actor_both_correct, report.actor_evaluated) if report.actor_evaluated else None
    report.source_accuracy = _div(report.source_correct, report.source_evaluated) if report.source_evaluated else None
    report.target_accuracy = _div(report.target_correct, report.target_evaluated) if report.target_evaluated else None
    report.date_accuracy = _div(report.date_correct, report.date_evaluated) if report.date_evaluated else None
    report.status_accuracy = _div(report.status_correct, report.status_evaluated) if report.status_evaluated else None
    return report


# ---------------------------------------------------------------------------
# Command line


def _read_predictions(path: Path) -> list[dict[str, Any]]:
    """Predicted events from a JSON list, a {"events": [...]} object, or JSON Lines."""
    raw = path.read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return [json.loads(line) for line in raw.splitlines() if line.strip()]
    if isinstance(data, dict):  # {"events": [...]} or a one-line JSON Lines file
        data = data.get("events", [data])
    if not isinstance(data, list):
        raise TypeError(f"{path}: expected a list of predicted events")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score predicted PLOVER events against a gold file.")
    parser.add_argument("gold", type=Path)
    parser.add_argument("predictions", type=Path, help="JSON list, {'events': [...]} or JSON Lines")
    parser.add_argument("--format", default="stormpetrel", choices=GOLD_FORMATS)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report = score(
        load_gold(args.gold, args.format),
        group_predictions(_read_predictions(args.predictions)),
    )
    sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n" if args.json else report.render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
