"""Actors a phrase names apart from the state its words first suggest: the ally a title names
("US ally Japan"), the home of a senator "of Ohio", a party's legislators, a committee of the US
Congress, states named with "non-", "other countries", and a pronoun inside a phrase set
between its sentence's subject and verb.

Every sentence is invented for these tests; the people in them are made up.
"""

from __future__ import annotations

import pytest

import coded


def test_an_ally_named_in_apposition_is_the_ally_not_its_patron() -> None:
    events = coded.triples("The French president pledged full support to US ally South Korea on Monday.")
    assert coded.has_event(events, "AGREE", "FRA", "KOR")
    assert not coded.has_event(events, None, "FRA", "USA")


def test_an_ally_the_parser_takes_for_a_second_object_is_the_ally() -> None:
    events = coded.triples("The Turkish president accused NATO ally Denmark of behaving like a dictatorship.")
    assert coded.has_event(events, "ACCUSE", "TUR", "DNK")
    assert not coded.has_event(events, None, "TUR", "NATO")


def test_an_mep_no_state_places_serves_the_eu() -> None:
    assert coded.country_of("MEP Karl Brenner criticised the European Commission on Monday.", "Brenner") == "EU"


@pytest.mark.parametrize("title", ["Rep.", "Congressman"])
def test_a_member_of_congress_no_state_places_is_american(title: str) -> None:
    text = f"{title} Walter Brandt criticised the energy secretary on Monday."
    assert coded.country_of(text, "Brandt") == "USA"


def test_a_senator_of_a_us_state_is_american() -> None:
    text = "Sen. Walter Brandt of Kentucky met Chinese officials in Beijing on Monday, accusing them of cheating."
    assert coded.country_of(text, "Brandt") == "USA"


def test_a_party_senator_written_short_is_american() -> None:
    text = "Republican Sen. Walter Brandt accused Chinese President Xi Jinping of lying."
    assert coded.country_of(text, "Brandt") == "USA"


def test_a_congressional_committee_is_american_whatever_it_investigates() -> None:
    text = "The Senate Intelligence Committee opened an inquiry into Chinese spying on Monday."
    assert coded.country_of(text, "Committee") == "USA"


def test_a_state_named_with_non_is_not_the_actors_state() -> None:
    events = coded.triples("The Dutch government cut its funding for non-EU charities on Monday.")
    assert not coded.has_event(events, None, None, "EU")
    assert coded.country_of("Germany deported 20 non-EU migrants on Monday.", "migrants") is None


def test_other_countries_are_no_one_in_particular() -> None:
    text = "Chile met Peru on Monday. The refugee agency asked other countries to take in more Syrian refugees."
    assert coded.actor_of(text, "countries") is None
    partner = coded.actor_of("Chile met Peru on Monday. The other country refused.", "country")
    assert partner is not None and partner.name == "partner"  # the other side, one state


def test_a_pronoun_between_the_subject_and_its_verb_is_the_subject_s() -> None:
    # not the speaker of the sentence before
    text = (
        "Iranian President Hassan Rouhani said on Monday that the talks were over. Trump, by putting Libya on a list "
        "of states whose nationals he wants to keep out, has shown that Libya matters little to his government."
    )
    assert coded.country_of(text, "he") == "USA"


def test_a_pronoun_after_another_person_between_is_not_the_subject_s() -> None:
    text = (
        "President Walter Brandt of the United States spoke on Monday. "
        "Brandt, after Chinese President Xi Jinping said he would visit, praised the talks."
    )
    assert coded.country_of(text, "he") == "CHN"


def test_the_government_is_not_the_state_whose_own_government_the_sentence_names_apart() -> None:
    text = (
        "Thousands of refugees from Somalia live in the camp. Many fled war in Somalia. A court in Nairobi "
        "ruled that the closure of the camp was illegal. The government denied that it would abandon the "
        "refugees, saying it had made arrangements with the Somali government to resettle them."
    )
    assert not coded.has_event(coded.triples(text), "REJECT", "SOM", None)
