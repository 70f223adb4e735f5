"""Mentions of people the news names by pronoun, courtesy title or office alone: a pronoun in a
phrase put before its sentence's subject stands for that subject; "he" is the subject of the
sentence before rather than its object, else the last person named (even one of no known state),
and never an organisation; "his country" in what a state's actor reports is that state; "Mr X" is
the office holder of that surname; "the Taoiseach" is Ireland's; and names written into one word
("U.S.-led").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import actor_of, country_of, triples

# -- a pronoun before the subject it stands for -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        (
            "Taoiseach Enda Kenny arrived in Moscow on Monday. "
            "Ahead of his talks with Vladimir Putin, Mr Kenny said the French president would also attend.",
            "his",
            "IRL",
        ),
        (
            "President Vladimir Putin hosted the summit. "
            "Speaking before her meeting with the Russian leader, Chancellor Angela Merkel said "
            "the European Commission would decide.",
            "her",
            "DEU",
        ),
        (
            "Chancellor Angela Merkel met the press in Berlin. "
            "When he landed in Ankara, Prime Minister Binali Yildirim said the Greek minister was welcome.",
            "he",
            "TUR",
        ),
    ],
)
def test_a_pronoun_before_the_subject_is_that_subject(text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


def test_a_pronoun_after_the_subject_is_not_moved_forward() -> None:
    text = "Prime Minister Justin Trudeau flew home. President Enrique Pena Nieto said his visit had gone well."
    assert country_of(text, "his") == "MEX"


# -- "he" is a person ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Shinzo Abe on Monday. "
            "He later criticised Pakistan.",
            "IND",
        ),
        (
            "Chancellor Angela Merkel met Russian President Vladimir Putin in Sochi. "
            "She said the talks were useful. She later criticised the European Commission.",
            "DEU",
        ),
    ],
)
def test_a_subject_pronoun_is_the_last_subject_not_the_last_object(text: str, country: str) -> None:
    assert triples(text, "2017-03-14")[-1][1] == country


def test_an_organisation_is_not_he() -> None:
    text = (
        "Taoiseach Enda Kenny spoke in Dublin on Monday. "
        "The European Union criticised the tariffs on Tuesday. He welcomed the criticism."
    )
    assert country_of(text, "He") == "IRL"


def test_a_ministry_named_with_its_state_is_not_he() -> None:
    text = (
        "The Kazakh Foreign Ministry said on Sunday that both delegations had been invited. "
        "He also accused foreign powers of meddling."
    )
    assert country_of(text, "He") != "KAZ"


def test_he_is_the_last_person_named_even_of_no_known_state() -> None:
    text = (
        "The Kazakh foreign ministry said on Sunday that both delegations had been invited. "
        "Ahmad Karimi, who was named chief negotiator, told a Saudi channel that the team was united. "
        "He also accused foreign powers of meddling."
    )
    actor = actor_of(text, "He")
    assert actor is not None and actor.name == "Ahmad Karimi" and actor.country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("President Donald Trump spoke on Sunday. The Chinese government said that his country was opposed.", "CHN"),
        ("Chancellor Angela Merkel spoke on Sunday. His country will not yield, the Iranian government said.", "IRN"),
    ],
)
def test_his_country_is_the_reporters(text: str, country: str) -> None:
    assert country_of(text, "country") == country


# -- courtesy titles and offices ------------------------------------------------------------------


def test_mr_and_a_surname_is_the_office_holder_of_the_year() -> None:
    text = "Mr Kenny said on Tuesday that the talks had gone well."
    assert country_of(text, "Kenny", 2017) == "IRL"
    assert country_of(text, "Kenny", 2022) is None  # no longer in office


def test_mr_and_an_unknown_surname_is_nobody_known() -> None:
    assert country_of("Mr Hollowbrook said on Tuesday that the talks had gone well.", "Hollowbrook") is None


def test_the_taoiseach_is_irish() -> None:
    assert country_of("The Taoiseach criticised the new tariffs.", "Taoiseach") == "IRL"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Grigory Karasin received the Georgian envoy.", "Karasin", "RUS"),
        ("Oana Lungescu said the alliance was ready.", "Lungescu", "NATO"),
        ("General Joseph Votel ordered an inquiry.", "Votel", "USA"),
        ("Linas Linkevicius met the German envoy.", "Linkevicius", "LTU"),
        ("Riyad Mansour told reporters the vote was a success.", "Mansour", "PSE"),
    ],
)
def test_more_office_holders_of_2017(text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


# -- names inside one word, and places -----------------------------------------------------------


def test_a_coalition_led_by_a_state_is_that_states() -> None:
    assert country_of("The U.S.-led coalition bombed the bridge.", "coalition") == "USA"


def test_a_force_backed_by_a_state_is_not_that_states() -> None:
    assert country_of("U.S.-backed fighters took the bridge.", "fighters") != "USA"


def test_crimean_authorities_are_of_crimea() -> None:
    assert country_of("The Crimean authorities welcomed the visitors.", "authorities") == "UKR"


def test_a_name_is_written_with_its_capitals() -> None:
    # "Russia Today" is a broadcaster; "visited Russia today" names the state
    assert ("CONSULT", "TWN", "RUS") in triples("The Taiwanese deputy foreign minister visited Russia today.")
