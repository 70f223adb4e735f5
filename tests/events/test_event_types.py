"""Acts coded as the right PLOVER type: a law struck down, entry prevented, a court's sentence,
a rival dismissed as something, an insult, a vow to make another act.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import coded

PUB = "2021-06-08"


def events(text: str) -> list[tuple]:
    return list(coded(text, PUB))


def types(text: str) -> set[str]:
    return {e[0] for e in events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The visa ban was struck down by an appeals court in Oregon.", "REJECT"),
        ("Poland's top court struck down the Czech mining decree.", "REJECT"),
        ("Hungary prevented the entry of Syrian refugees.", "REJECT"),
        # a measure halted, suspended or frozen by a court
        ("A court in Vienna halted the Slovak fishing ban on Monday.", "REJECT"),
        ("Poland's top court suspended the Czech mining decree.", "REJECT"),
        ("A Dutch court froze the Belgian port regulation.", "REJECT"),
    ],
)
def test_a_law_struck_down_or_entry_prevented_is_a_rejection(text: str, expected: str) -> None:
    assert expected in types(text)
    assert not types(text) & {"ASSAULT", "COERCE"}


def test_striking_a_place_is_still_an_attack() -> None:
    assert ("ASSAULT", "ISR", "SYR") in events("Israeli jets struck Syrian army positions.")


def test_aid_halted_or_assets_frozen_are_still_sanctions() -> None:
    assert ("SANCTION", "DEU", "MLI") in events("Germany halted its aid to Mali on Monday.")
    assert ("SANCTION", "DEU", "RUS") in events("Germany froze the assets of two Russian banks.")


def test_preventing_a_rally_is_still_coercion() -> None:
    assert "COERCE" in types("Belarusian police prevented a rally by Polish activists in Grodno.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Thai court sentenced a Belgian man to ten years in jail for murdering a local guide.",
         ("SANCTION", "THA", "BEL")),
        ("An Iranian court convicted a British aid worker of spying for Israel.", ("SANCTION", "IRN", "GBR")),
    ],
)
def test_a_sentence_or_conviction_is_a_sanction_and_its_charge_no_event(text: str, expected: tuple) -> None:
    assert expected in events(text)
    assert types(text) == {"SANCTION"}  # neither ACCUSE nor the murder or spying charged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin dismissed the Russian opposition as a Western puppet.", ("ACCUSE", "RUS", "RUS")),
        ("Duterte called the American ambassador a gangster.", ("ACCUSE", "PHL", "USA")),
    ],
)
def test_dismissing_or_calling_someone_names_is_an_accusation(text: str, expected: tuple) -> None:
    assert expected in events(text)
    assert "REJECT" not in types(text)


def test_dismissing_a_claim_is_still_a_rejection() -> None:
    assert ("REJECT", "RUS", "UKR") in events("Moscow dismissed the Ukrainian accusations as nonsense.")


def test_an_opposition_to_something_is_still_a_stance() -> None:
    assert ("ACCUSE", "CHN", "USA") in events("China voiced its opposition to the American missile shield.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump vowed to force Mexico to pay for the wall.", ("THREATEN", "USA", "MEX")),
        ("Erdogan vowed to make the Netherlands pay a price.", ("THREATEN", "TUR", "NLD")),
        ("Trump has vowed to make Canada cover the cost of the border fence.", ("THREATEN", "USA", "CAN")),
    ],
)
def test_a_vow_to_make_another_act_is_a_threat_to_it(text: str, expected: tuple) -> None:
    assert expected in events(text)
    assert "AGREE" not in types(text)


def test_a_vow_to_persuade_is_no_threat() -> None:
    assert "THREATEN" not in types("Merkel vowed to persuade Poland to accept more refugees.")


def test_a_word_inside_a_name_is_no_object() -> None:
    # "Access" in a pipeline's name is no access blocked: the lawsuit is the act
    text = "Sioux activists in North Dakota sued the US Army in July to block the Dakota Access Pipeline."
    assert "PROTEST" not in types(text)


def test_blocking_a_named_road_is_still_a_protest() -> None:
    assert "PROTEST" in types("Greek farmers blocked the Egnatia Highway near the Turkish border.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan president welcomed the Somali president to Nairobi on Monday.", ("CONSULT", "KEN", "SOM")),
        ("Ruto welcomed Somali President Hassan Sheikh Mohamud to State House.", ("CONSULT", "KEN", "SOM")),
        ("The Kenyan president welcomed the Somali decision.", ("SUPPORT", "KEN", "SOM")),
        ("Kenya welcomed Somalia's contributions to the peace talks.", ("SUPPORT", "KEN", "SOM")),
    ],
)
def test_a_guest_welcomed_to_a_place_is_hosted(text: str, expected: tuple) -> None:
    assert expected in events(text)


def test_protesting_one_s_innocence_denies_a_charge() -> None:
    got = types("The Georgian journalist, on trial in Baku, has protested his innocence.")
    assert "REJECT" in got
    assert "PROTEST" not in got
