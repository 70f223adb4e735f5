"""Trigger senses widened to their usual objects: forces of every kind deployed, a bill pulled,
someone barred from acting, visas extended, confidence in someone, a claim or allegation
against someone."""

from __future__ import annotations

from coded import coded


def test_marines_deployed_near_a_border_are_a_mobilization() -> None:
    got = coded("The United States deployed about 200 Marines near the Syrian border.")
    assert ("MOBILIZE", "USA", "SYR") in got


def test_commandos_and_paratroopers_deployed_are_a_mobilization() -> None:
    got = coded("The Pentagon deployed commandos and paratroopers to Niger on Tuesday.")
    assert ("MOBILIZE", "USA", "NER") in got


def test_deployed_software_is_no_mobilization() -> None:
    got = coded("The company deployed new software across its offices in Germany.")
    assert not any(t == "MOBILIZE" for t, _, _ in got)


def test_a_bill_pulled_is_a_retreat() -> None:
    got = coded("Facing defeat, the Republican leadership in the US Congress pulled the tax bill on Friday.")
    assert any(t == "RETREAT" and s == "USA" for t, s, _ in got)


def test_barring_named_people_from_acting_coerces_them() -> None:
    got = coded("North Korea barred Malaysian diplomats from leaving Pyongyang.")
    assert ("COERCE", "PRK", "MYS") in got


def test_barring_people_of_unnamed_countries_is_not_aimed_at_the_barring_state() -> None:
    got = coded("The US president tried to bar refugees from seven countries from travelling to the United States.")
    assert ("COERCE", "USA", "USA") not in got


def test_visas_extended_are_a_concession_to_their_holders() -> None:
    got = coded("Thailand extended the visas of Ukrainian tourists by three months.")
    assert ("CONCEDE", "THA", "UKR") in got


def test_confidence_in_a_leader_is_support() -> None:
    got = coded("The German chancellor expressed confidence in the Greek prime minister.")
    assert ("SUPPORT", "DEU", "GRC") in got


def test_confidence_that_something_will_happen_is_no_support() -> None:
    got = coded("The Russian and Turkish leaders voiced confidence that they could reach a deal with Iran.")
    assert not any(t == "SUPPORT" for t, _, _ in got)


def test_allegations_made_against_a_government_are_an_accusation() -> None:
    got = coded("The French opposition made allegations against the Russian government.")
    assert ("ACCUSE", "FRA", "RUS") in got


def test_a_repeated_claim_of_another_state_s_involvement_is_an_accusation() -> None:
    got = coded("The Russian spokesman repeated his claim of Ukrainian involvement in the attack.")
    assert ("ACCUSE", "RUS", "UKR") in got


def test_a_claim_of_sovereignty_accuses_no_one() -> None:
    got = coded("Vietnam repeated its claim of sovereignty over the islands.")
    assert not any(t == "ACCUSE" for t, _, _ in got)
