"""Actors placed by their context: a titled official or a crowd the sentence places in one state,
ethnic communities where they live, misspelled state names, office holders by title and surname,
and the word lists the resolver reads.

Every sentence is invented for these tests; the people in them are made up (except where a
test is about the bundled list of office holders).
"""

from __future__ import annotations

import pytest

import coded
from stormpetrel.actors import gazetteer, resolve
from stormpetrel.model import Actor


def actor_of(text: str, word: str, year: int | None = 2021) -> Actor | None:
    return coded.actor_of(text, word, year)  # these stories are read in 2021 unless told


def country_of(text: str, word: str, year: int | None = 2021) -> str | None:
    return coded.country_of(text, word, year)


# -- a titled official or a domestic body, placed by the one state the sentence names --------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Judge Tomas Valdero fined three Peruvian mayors for fraud on Monday.", "Valdero", "PER"),
        ("President Anil Moravec cut short a trip abroad and flew home to Slovakia.", "Moravec", "SVK"),
        ("President Lena Ostrova jailed two Moldovan opposition journalists.", "Ostrova", "MDA"),
        ("President Lena Ostrova broke her promise to the Moldovan people.", "Ostrova", "MDA"),
        ("The opposition vowed to blockade the ministry in Tbilisi.", "opposition", "GEO"),
        ("Thousands of students marched in Nairobi to demand lower fees.", "Thousands", "KEN"),
        ("Inmates set fire to a prison in Bamako, Mali's capital, on Sunday.", "Inmates", "MLI"),
    ],
)
def test_one_state_in_the_sentence_places_an_untitled_actor(text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the state named is the other party, not the official's own
        ("President Anil Moravec warned of reprisals against Hungary.", "Moravec"),
        ("President Anil Moravec criticised Hungary on Monday.", "Moravec"),
        ("President Anil Moravec held friendly talks with the Hungarian leader.", "Moravec"),
        # two states: no guess
        ("President Anil Moravec said Slovakia and Hungary would talk.", "Moravec"),
    ],
)
def test_a_state_that_is_a_party_does_not_place_the_official(text: str, word: str) -> None:
    assert country_of(text, word) is None


def test_an_official_in_a_story_about_several_states_is_not_placed_by_one_sentence() -> None:
    text = (
        "Chile and Peru held talks on fishing rights on Monday.\n"
        "Minister Ana Roldan then met farmers in Lima."
    )
    assert country_of(text, "Roldan") is None


def test_a_crowd_in_a_story_about_several_states_is_placed_where_it_acts() -> None:
    text = (
        "Chile and Peru held talks on fishing rights on Monday.\n"
        "Thousands of fishermen protested in Lima on Tuesday."
    )
    assert country_of(text, "Thousands") == "PER"


def test_a_named_group_places_the_official_in_its_state() -> None:
    text = "President Pedro Almira agreed to hold talks with UNITA next month."
    assert country_of(text, "Almira") == "AGO"


# -- ethnic communities, where they live ----------------------------------------------------


def test_ethnic_group_belongs_to_the_state_it_acts_in() -> None:
    assert country_of("Some 300 ethnic Hungarians demonstrated in Romania on Sunday.", "Hungarians") == "ROU"
    assert country_of("Some 300 Hungarians demonstrated in Romania on Sunday.", "Hungarians") == "HUN"


def test_a_minority_belongs_to_the_state_it_lives_in() -> None:
    assert country_of("The Hungarian minority in Slovakia protested the new law.", "minority") == "SVK"
    assert country_of("Hungarian officials in Slovakia protested the new law.", "officials") == "HUN"


def test_ethnic_community_living_in_one_state() -> None:
    assert country_of("Yoruba elders endorsed the governor's plan.", "elders") == "NGA"
    assert country_of("Chechen fighters ambushed a convoy on Friday.", "fighters") == "RUS"


# -- the table: NGOs, peace missions, armed groups, regions ----------------------------------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Red Cross workers paused their food convoys on Monday.", "workers", "NGO"),
        ("KFOR troops patrolled the border.", "troops", "NATO"),
        ("The RENAMO fighters laid down their arms.", "fighters", "MOZ"),
        ("The government of Sindh province ordered new patrols.", "government", "PAK"),
    ],
)
def test_table_entries(text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


# -- misspelled state names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "country"), [("Ethopia", "ETH"), ("Afganistan", "AFG"), ("Phillippines", "PHL")]
)
def test_a_state_name_with_a_letter_dropped_or_doubled(word: str, country: str) -> None:
    assert country_of(f"{word} has agreed to reopen the border crossing.", word) == country


@pytest.mark.parametrize("word", ["Columbia", "Americas", "Greens", "Angela"])
def test_words_near_a_state_name_are_not_that_state(word: str) -> None:
    gaz = gazetteer.load(coded.nlp())
    assert gaz.fuzzy_name(word) is None


# -- office holders by title and surname -----------------------------------------------------


def test_known_office_holder_by_title_and_surname() -> None:
    assert country_of("President Bush signed the farm bill on Monday.", "Bush", 2003) == "USA"


def test_unknown_surname_with_a_title_stays_unresolved() -> None:
    assert country_of("President Zorvalek signed the farm bill on Monday.", "Zorvalek") is None


# -- the word lists live in data -------------------------------------------------------------


def test_word_lists_are_read_from_data() -> None:
    assert "delegation" in resolve.GENERIC_HEADS
    assert {"side", "nation"} <= resolve.PLURAL_GROUP
    assert resolve.TITLE_SYNONYMS["naval"] == "navy"
    assert "he" in resolve.PERSON_PRONOUNS and "they" in resolve.GROUP_PRONOUNS
    assert "in" in resolve.LOCATIVE_PREPS and "against" in resolve.PARTY_PREPS


# -- possessives and relations ---------------------------------------------------------------


def test_their_forces_are_the_subjects_forces() -> None:
    actor = actor_of("Bosnian Croats said on Friday that their troops would guard the bridge.", "troops")
    assert actor is not None and actor.country == "BIH" and actor.sector == "MIL"


def test_relations_with_a_state_stand_for_that_state() -> None:
    assert country_of("Chad threatened to cut relations with Sudan over the raid.", "relations") == "SDN"
    assert country_of("The rebels ended all contact with Kenya last week.", "contact") == "KEN"
    assert country_of("Ghana may soon restore ties with Korea and Sudan.", "ties") == "SDN"
    assert country_of("The cabinet approved swift action against Eritrea.", "action") == "ERI"
    assert country_of("Congress voted to allow arms sales to Taiwan.", "sales") == "TWN"
    assert country_of("Benin kept refusing entry to Togolese traders.", "entry") == "TGO"
    # a subject is not the other side of itself
    assert country_of("Sanctions against Cuba hurt its economy.", "Sanctions") is None


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    text = "The Kurdistan Workers' Party released a statement urging Ankara to reopen the village schools."
    assert country_of(text, "statement") == "TUR"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("A human rights group accused the police of torture.", "group", "NGO"),
        ("A Chilean human rights group accused the police of torture.", "group", "CHL"),
        ("Zairean troops crossed the river.", "troops", "COD"),
        ("Kampuchean guerrillas blew up a railway bridge.", "guerrillas", "KHM"),
    ],
)
def test_descriptions_of_ngos_and_former_state_names(text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


def test_soviet_era_is_not_russia() -> None:
    assert country_of("Soviet-era tanks rolled past the stand.", "tanks") is None


def test_a_surname_with_a_title_of_another_branch_is_not_the_office_holder() -> None:
    assert country_of("Judge Bush dismissed the case on Monday.", "Bush", 2003) is None


def test_abbreviated_titles_before_a_name() -> None:
    actor = actor_of("Maj. Gen. Tomas Ruiz stepped aside so that Bolivia's new cabinet could be sworn in.", "Ruiz")
    assert actor is not None and (actor.country, actor.sector, actor.name) == ("BOL", "MIL", "Tomas Ruiz")
    assert country_of("Sen. Ana Ruiz criticised the Bolivian police.", "Ruiz") == "BOL"


def test_a_sponsor_is_not_the_actor() -> None:
    assert country_of("A Rwandan-backed militia seized the mine on Sunday.", "militia") is None
    assert country_of("Saudi-backed Yemeni fighters shelled the port.", "fighters") == "YEM"
    assert country_of("The US-led coalition struck the bridge.", "coalition") == "USA"


def test_an_office_holder_written_without_diacritics() -> None:
    assert country_of("Gerhard Schroeder criticised the plan on Monday.", "Schroeder", 2003) == "DEU"
    assert country_of("Gerhard Schroder criticised the plan on Monday.", "Schroder", 2003) == "DEU"


def test_an_allys_possessor_is_another_party() -> None:
    ally = "Gunmen killed the commander of Iran's proxy ally in eastern Syria on Sunday."
    own = "Gunmen killed the commander of Iran's navy in eastern Syria on Sunday."
    assert coded.country_of(own, "commander") == "IRN"
    assert coded.country_of(ally, "commander") != "IRN"


def test_a_local_group_named_with_a_government_is_of_its_state() -> None:
    # a story about several states: only the government named with it places the opposition
    text = "Russia and Iran met in Astana on Monday. The opposition and the Venezuelan government held talks on Friday."
    assert coded.country_of(text, "opposition") == "VEN"


def test_a_headline_short_form_of_korea_is_a_state() -> None:
    assert coded.country_of("N Korea fired a missile on Sunday.", "Korea") == "PRK"
    assert coded.country_of("Talks with S. Korea ended.", "Korea") == "KOR"


def test_a_meeting_belongs_to_the_body_that_said_it_would_hold_it() -> None:
    text = "The UN Security Council said it would hold consultations on Monday. The meeting was requested by France."
    assert ("REQUEST", "FRA", "UN") in coded.triples(text)


def test_a_statement_belongs_to_whoever_its_own_clause_says_issued_it() -> None:
    text = (
        "Iran and Iraq held talks on Monday. Egypt rejected the statement issued in Doha by the Qatari "
        "foreign ministry."
    )
    assert ("REJECT", "EGY", "QAT") in coded.triples(text)


def test_a_state_owned_company_acts_for_its_state() -> None:
    assert ("SANCTION", "RUS", "UKR") in coded.triples("Gazprom cut gas supplies to Ukraine on Monday.")


def test_a_city_an_organisation_is_based_in_is_not_its_state() -> None:
    text = "A London-based monitoring group accused Turkey of killing civilians."
    assert coded.country_of(text, "group") != "GBR"
