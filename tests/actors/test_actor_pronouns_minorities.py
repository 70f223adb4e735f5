"""Pronouns that keep one reading through a sentence ("it" the subject of the sentence before;
"him" the person acted on before), peoples living in another state ("Turkmen" in a story about
Iraq) and a description shared by two people of different states.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import actor_of, country_of, triples

# -- "it": the subject of the sentence before, for every verb it is the subject of ----------------


def test_it_is_the_last_sentence_subject_not_its_object() -> None:
    text = "Pyongyang has defied the United Nations again. It staged engine tests last week."
    assert country_of(text, "It") == "PRK"


def test_it_keeps_its_reading_for_a_second_verb() -> None:
    text = (
        "Pyongyang has defied the United Nations again. It staged engine tests last week and fired off "
        "three missiles which it called practice for an attack on American bases in Guam."
    )
    assert [t for t in triples(text) if t[0] == "MOBILIZE"] and all(
        t[1] == "PRK" for t in triples(text) if t[0] == "MOBILIZE"
    )


def test_an_object_it_is_the_state_whose_claim_it_stands_in() -> None:
    text = "Officials met on Monday. Seoul says Beijing is punishing it for hosting the missile shield."
    assert country_of(text, "it") == "KOR"


def test_an_object_it_is_not_its_own_clause_subject() -> None:
    text = "Tokyo protested on Monday. Moscow said Beijing had not informed it."
    assert country_of(text, "it") == "RUS"


# -- "him": the person acted on before, not the last speaker ---------------------------------------


def test_him_is_the_person_arrested_before_not_the_last_speaker() -> None:
    text = (
        "Russian opposition activist Ivan Petrov was arrested in January after a rally. "
        "Foreign Minister Sergei Lavrov said the West should not interfere. "
        "A Moscow court sentenced him to three years in prison on Tuesday."
    )
    actor = actor_of(text, "him")
    assert actor is not None and actor.name == "Ivan Petrov"


def test_him_without_a_person_acted_on_is_still_the_last_person() -> None:
    text = "Foreign Minister Sergei Lavrov arrived in Paris on Monday. President Macron received him warmly."
    actor = actor_of(text, "him")
    assert actor is not None and actor.country == "RUS"


# -- peoples living in another state -------------------------------------------------------------


def test_turkmen_in_a_story_about_iraq_are_iraqi() -> None:
    text = (
        "Islamic State fighters captured the Iraqi city of Kirkuk last year. "
        "Since then, thousands of Turkmen have joined militias to fight the jihadists."
    )
    assert country_of(text, "Turkmen") == "IRQ"


@pytest.mark.parametrize(
    "text",
    [
        "The Turkmen foreign minister met his Iraqi counterpart on Monday.",
        "Turkmen officials welcomed the gas deal on Monday.",
    ],
)
def test_turkmen_officials_stay_of_turkmenistan(text: str) -> None:
    assert country_of(text, "Turkmen") == "TKM"


# -- a description two people of different states share -----------------------------------------


def test_the_artist_of_two_states_is_neither_for_sure() -> None:
    text = (
        "Ukrainian artist Olena Bondar studied in Kassel. Chinese artist Li Wen exhibited there in 2007. "
        "The artist later travelled to Germany."
    )
    assert country_of(text, "artist") != "UKR"


def test_a_thing_of_one_state_named_again_keeps_its_state() -> None:
    text = "Rebels overran a Chadian army checkpoint on Monday. Two checkpoints were burned."
    assert country_of(text, "checkpoints") == "TCD"
