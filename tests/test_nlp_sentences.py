"""Splitting paragraphs into sentences: stops, and stops or headlines glued to a hyphen in
scraped text; every offset points at the original text."""

from __future__ import annotations

import re

import pytest

from stormpetrel.nlp import dateline_cut, furniture, pieces, sentences


def _split(paragraph: str) -> list[str]:
    out = sentences(paragraph)
    for offset, sentence in out:
        assert paragraph[offset : offset + len(sentence)] == sentence
    return [s for _, s in out]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The envoy left. Talks resumed on Monday.", ["The envoy left.", "Talks resumed on Monday."]),
        # a stop glued to a hyphen still ends a sentence
        (
            "The envoy left Kabul.- Talks resumed in Doha on Monday.-The Taliban sent a delegation.",
            ["The envoy left Kabul.", "Talks resumed in Doha on Monday.", "The Taliban sent a delegation."],
        ),
        ('He said.-"We will stay."', ["He said.", '"We will stay."']),
        # a run of hyphens, as scraped text marks a lost paragraph break
        (
            "The envoy left Kabul.---- Talks resumed on Monday.-- The Taliban sent a delegation.",
            ["The envoy left Kabul.", "Talks resumed on Monday.", "The Taliban sent a delegation."],
        ),
        # a headline glued to a hyphen before a wide gap
        (
            "Ceasefire talks collapse-  The envoy left Geneva on Monday.",
            ["Ceasefire talks collapse", "The envoy left Geneva on Monday."],
        ),
        # abbreviations, compounds and hyphens before lower case stay inside the sentence
        ("U.S.-Mexico talks ended on Friday.", ["U.S.-Mexico talks ended on Friday."]),
        ("Gen.-Maj. Ivanov met Mr. Smith.", ["Gen.-Maj. Ivanov met Mr. Smith."]),
        ("Talks ended.- and then resumed.", ["Talks ended.- and then resumed."]),
        ("Pro- and anti-war crowds rode a Kyiv- Lviv train.", ["Pro- and anti-war crowds rode a Kyiv- Lviv train."]),
    ],
)
def test_sentences(paragraph: str, expected: list[str]) -> None:
    assert _split(paragraph) == expected


def test_glued_stop_keeps_screened_sentences_apart() -> None:
    text = "Intro line.\nThe minister flew home.- Greece accused Turkey of violating its airspace."
    kept = pieces(text, frozenset({"accused"}))
    assert [(offset, sentence) for offset, sentence, *_ in kept] == [
        (text.index("Greece"), "Greece accused Turkey of violating its airspace.")
    ]


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        # a link's label and headline go; the story's sentence after it stays
        (
            "READ MORE: Border row deepens as talks stall On Monday, Greece summoned the Turkish envoy.",
            "On Monday, Greece summoned the Turkish envoy.",
        ),
        (
            'RELATED: Why the port deal matters "We will not sign," the minister said.',
            '"We will not sign," the minister said.',
        ),
        ("WATCH: Inside the flooded city of Beira", ""),
        # text before a link stays
        (
            "Aid agencies warned of famine in Chad RELATED: Drought spreads across Sahel",
            "Aid agencies warned of famine in Chad",
        ),
        # a table's rows and a picture's credit go whole
        ("CITY: Lyon TARGET: Two guards wounded in a knife attack ATTACKER: Local man", ""),
        ("Photo: Joe Bloggs for a news agency", ""),
        # ordinary sentences, and speakers introduced by a colon, are untouched
        (
            "Greece summoned the Turkish envoy on Monday.",
            "Greece summoned the Turkish envoy on Monday.",
        ),
        ("The minister told the BBC: we will not sign.", "The minister told the BBC: we will not sign."),
        ("Her target: a deal by May.", "Her target: a deal by May."),
    ],
)
def test_furniture_is_not_parsed(sentence: str, left: str) -> None:
    text = "Intro line.\n" + sentence
    assert pieces(text, None)[1][1].strip() == left  # whole paragraphs: furniture blanked
    words = frozenset(re.findall(r"[a-z]+", sentence.lower()))
    assert " ".join(s for _, s, *_ in pieces(text, words)) == left  # screened sentences


def test_furniture_keeps_offsets() -> None:
    text = "Intro line.\nREAD MORE: Border row deepens as talks stall On Monday, Greece summoned the Turkish envoy."
    kept = pieces(text, frozenset({"summoned"}))
    assert [(offset, sentence) for offset, sentence, *_ in kept] == [
        (text.index("On Monday"), "On Monday, Greece summoned the Turkish envoy.")
    ]


def test_a_long_run_after_a_link_label_keeps_its_words() -> None:
    # no sentence start is seen after the label, and the run is too long for a headline alone
    text = ("RELATED: Gambian leader refuses to cede power to the Senegalese-backed rival after losing "
            "the vote in the capital to him last week.")
    assert furniture(text) == [(0, len("RELATED:"))]


@pytest.mark.parametrize(
    ("sentence", "story"),
    [
        # a capitalised word after a lowercase content word starts the story's sentence
        (
            "RELATED: Gambian leader refuses to cede power Gambia's president rejected the result of the vote "
            "and refused to step down after losing to his rival last week.",
            "Gambia's president rejected",
        ),
        (
            "READ MORE: Monitors say the raids on villages may be war crimes Dutch diplomats told a meeting "
            "on Friday that they preferred a slower approach to the inquiry.",
            "Dutch diplomats told",
        ),
        (
            "READ MORE: Fishermen caught in row over quotas 'fear for jobs' Norwegian ministers met their "
            "Icelandic counterparts in Reykjavik on Monday to settle the dispute.",
            "Norwegian ministers met",
        ),
    ],
)
def test_a_headline_ends_where_a_name_follows_a_lowercase_word(sentence: str, story: str) -> None:
    assert furniture(sentence) == [(0, sentence.index(story))]


def test_a_name_after_a_function_word_is_the_headline_s_own() -> None:
    # "in Bamako", "by Malian": names inside the headline; the story's start is not seen
    text = ("READ MORE: Protesters gather in Bamako as anger grows at cuts by Malian officials over the "
            "weekend, with many shops closed in the city centre.")
    assert furniture(text) == [(0, len("READ MORE:"))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tunis, Tunisia - The Libyan delegation accused the rebels of stalling the talks.", "Tunis, Tunisia."),
        ("ANKARA (Reuters) - Turkish police detained two Dutch journalists on Friday.", "ANKARA (Reuters)."),
        ("Kampala, Uganda-- Kenyan officials met their Ugandan counterparts.", "Kampala, Uganda."),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(text: str, place: str) -> None:
    # the place is no subject of the story's first sentence; every offset still points at the text
    cut, end = dateline_cut(text)
    assert len(cut) == len(text) and cut.startswith(place)
    first = pieces(text, frozenset({"accused", "detained", "met"}))
    assert first[0][1] == place
    assert text[first[1][0] :].startswith(first[1][1])


@pytest.mark.parametrize(
    "text",
    [
        "The- US envoy -has arrived in Seoul for talks.",  # a stray hyphen after a word
        "Peru's president said on Monday that the talks - held in Lima - would go on.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline_cut(text) == (text, 0)
