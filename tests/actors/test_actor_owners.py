"""Whose a mention is: "his administration" is of whoever "he" stands for; a "Kremlin critic" is
Russian but not of the government; "the government" a local party attacks is that party's own;
"ties to X" make X another party, not the home of the one who has them.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import actor_of, coded, country_of, triples


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        (
            "Joe Biden spoke about Venezuela on Monday. Caracas has ignored him for weeks. "
            "His administration froze the assets of Venezuelan banks on Friday.",
            "administration",
            "USA",
        ),
        (
            "Emmanuel Macron talked about Mali on Tuesday. Bamako snubbed him. "
            "His ministers later cut aid to Malian schools.",
            "ministers",
            "FRA",
        ),
    ],
)
def test_possessive_pronoun_follows_the_person(text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


def test_a_named_official_serves_the_state_of_the_pronoun_that_owns_his_title() -> None:
    text = (
        "Ghana's president said on Monday that his defence minister, Kwame Mensah, "
        "had met Togolese officials in Lome."
    )
    assert country_of(text, "Mensah") == "GHA"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Kremlin critic Ivan Petrovsky denounced the Russian government.", "Petrovsky", "RUS"),
        ("A well-known Kremlin critic denounced the Russian government.", "critic", "RUS"),
    ],
)
def test_a_critic_of_a_government_is_not_of_it(text: str, word: str, country: str) -> None:
    actor = actor_of(text, word)
    assert actor is not None and actor.country == country and actor.sector != "GOV"


def test_a_critic_of_an_organisation_has_no_state_from_it() -> None:
    actor = actor_of("A longtime NATO critic spoke in Oslo.", "critic")
    assert actor is None or actor.country != "NATO"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        (
            "Moscow and Tehran held talks on Monday. "
            "Democrats launched a fresh attack on the administration over the talks.",
            "administration",
            "USA",
        ),
        (
            "Moscow and Tehran held talks on Monday. Iranian students condemned the government over the talks.",
            "government",
            "IRN",
        ),
    ],
)
def test_a_government_attacked_by_a_local_party_is_its_own(text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


def test_ties_to_a_state_do_not_place_their_holder_there() -> None:
    text = "Lawmakers met in Washington on Tuesday. A panel looked into the senator's ties to Chinese firms."
    assert country_of(text, "senator") != "CHN"


def test_a_text_adopted_by_a_body_is_that_body_s_whoever_drafted_it() -> None:
    events = triples("The Security Council adopted a French resolution condemning Syria.")
    assert ("ACCUSE", "UN", "SYR") in events
    assert ("ACCUSE", "FRA", "SYR") not in events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia condemned the detention of a Russian pilot in the United States.", "USA"),
        ("Germany criticised the arrest of a German journalist in Istanbul.", "TUR"),
        ("Ryabkov, Russia's deputy foreign minister, said the jailing of a Russian pilot in the US was unacceptable.",
         "USA"),
        # the doer named: its own state, not the place
        ("Russia condemned the US detention of a Russian pilot in Liberia.", "USA"),
    ],
    ids=["detention-in", "arrest-in-city", "jailing-judged", "doer-named"],
)
def test_an_arrest_abroad_is_the_act_of_the_state_it_is_made_in(text: str, target: str) -> None:
    assert any(t == "ACCUSE" and o == target for t, _, o in coded(text))


def test_the_regime_a_local_party_rebuffs_is_its_own() -> None:
    # "the regime", like "the government", is the state of the rebels who face it, not the story's other state
    text = (
        "Russian jets backed the Syrian army's offensive on Palmyra. "
        "Syrian rebel leaders refused to congratulate the regime."
    )
    assert ("REJECT", "SYR", "SYR") in triples(text)
