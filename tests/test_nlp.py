"""The parser's copy of the text: same length, so offsets stay true, and easier to parse."""

from __future__ import annotations

import pytest

from stormpetrel.nlp import normalise


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("\u201cWe condemn it,\u201d he said \u2014 twice.", '"We condemn it," he said - twice.'),
        # a hyphen where a space was lost, next to a quotation mark or after a comma
        ('the bloc-"condemns" the law', 'the bloc "condemns" the law'),
        ("on Friday,-the envoy left", "on Friday, the envoy left"),
        ('the "Regulation Bill"-passed', 'the "Regulation Bill" passed'),
        ("Members-of parliament met the-Kenyan envoy", "Members of parliament met the Kenyan envoy"),
        ("The Chilean army-has denied a-new report.-The", "The Chilean army has denied a new report. The"),
        ("Chile-signed an accord and repeatedly-criticized the plan",
         "Chile signed an accord and repeatedly criticized the plan"),
        # a time glued to the verb after it
        ("over the weekend-accused Chile and last night-signed it",
         "over the weekend accused Chile and last night signed it"),
        # real compounds stay whole
        ("Turkish-backed rebels and a so-called deal", "Turkish-backed rebels and a so-called deal"),
        ("a state-of-the-art, black-and-white cease-fire", "a state-of-the-art, black-and-white cease-fire"),
        ("a would-be spy and a sought-after An-26 over U.S.-led lines",
         "a would-be spy and a sought-after An-26 over U.S.-led lines"),
        ("Kremlin-backed rebels and a newly-elected mayor co-founded a party",
         "Kremlin-backed rebels and a newly-elected mayor co-founded a party"),
        ("a year-long truce and a day-old ceasefire", "a year-long truce and a day-old ceasefire"),
        # a double quote that stands for an apostrophe inside a word; quotation marks stay
        ('Chile doesn"t want the Peruvian"s plan', "Chile doesn't want the Peruvian's plan"),
        ('he said "the talks" will go on', 'he said "the talks" will go on'),
    ],
)
def test_normalise(text: str, parsed: str) -> None:
    assert normalise(text) == parsed
    assert len(normalise(text)) == len(text)


# Sentences for the attribute ruler's special cases: one-word rules ("a", "the", "that", "I",
# "n't", "'d", "something", "been"), rules on labels ("it" as subject or object, "do" as a main
# verb, auxiliaries), words that could begin a longer rule ("there is", "gon na", "ca n't",
# "let's", "got", "y'all"), and whitespace tokens.
RULER_CASES = [
    "Turkey's foreign minister met his Iranian counterpart on Monday.",
    "I think that the envoy, who had been there, said it was something that nobody wanted.",
    "We can't and won't accept it; they'd said they were being ignored, and I'd agree.",
    "There is no deal and there were no talks, but it does what it has to do.",
    "They're gonna sanction him and we got ta respond, let's be clear, y'all ain't ready.",
    "Nothin' was done  because the   rebels  got there first, he said.\n\nThe army had left.",
    "Nothin' was done  because the   rebels  came first, he said.\n\nThe army had left.",
    "THAT IS WHY THE UN ASKED US, SINCE YOU HAD NOT, TO DO IT OURSELVES.",
    "If Moscow doesn't withdraw, NATO will; those troops' commanders gets orders.",
]


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_fast_attributes_match_the_stock_pipeline() -> None:
    from stormpetrel.nlp import load

    stock, fast = load(fast=False), load(fast=True)
    assert "stormpetrel_attributes" in fast.pipe_names
    assert {"attribute_ruler", "lemmatizer"} <= set(stock.pipe_names)
    component = fast.get_pipe("stormpetrel_attributes")
    with fast.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        longer = [component.may_match_longer(fast(text)) for text in RULER_CASES]
    assert longer == [False, False, False, True, True, True, False, False, False]
    for _ in range(2):  # the second time from the caches
        for text in RULER_CASES:
            assert _annotations(fast(text)) == _annotations(stock(text)), text
    for ours, theirs in zip(fast.pipe(RULER_CASES), stock.pipe(RULER_CASES), strict=True):
        assert _annotations(ours) == _annotations(theirs)
    # the special cases are really there: rules by word, by label, and for whitespace
    doc = fast(RULER_CASES[1])
    assert [(t.pos_, t.lemma_) for t in doc if t.lower_ in ("i", "been")] == [("PRON", "I"), ("AUX", "be")]
    assert any(t.is_space and t.pos_ == "SPACE" for t in fast(RULER_CASES[6]))
    assert [t.lemma_ for t in fast(RULER_CASES[2]) if t.lower_ == "n't"] == ["not", "not"]
    # and the longer patterns: a copula after "there", "gon na", "let's", "y'all", "ai n't"
    doc = fast(RULER_CASES[3])
    assert [(t.pos_, t.lemma_) for t in doc if t.lower_ in ("is", "were")] == [("VERB", "be")] * 2
    lemmas = {t.lower_: t.lemma_ for t in fast(RULER_CASES[4])}
    assert [lemmas[w] for w in ("gon", "na", "ta", "'s", "y'", "ai")] == ["go", "to", "to", "us", "you", "be"]
