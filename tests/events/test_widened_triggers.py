"""Trigger senses widened to their usual objects: forces of every kind deployed, a bill pulled,
someone barred from acting, visas and deadlines extended, confidence in someone, a claim or
allegation against someone, aid sent or carried "for" its recipients, a ban announced on a named
people, citizens of named states barred from entering, imports from a named state banned, a strike
over pay, a matter looked into, a suspect questioned, an official removed, sacked or suspended, a vote
against a bill, dissidents freed, villages burned; a state that dissociates itself from a text,
officials who leave their posts, strikers back at work, a walkout, suspects taken into custody or
remanded, a rebuke issued, a plea denied; a result greeted, a scuffle with police, a dossier given,
defences bolstered, a ruling countered."""

from __future__ import annotations

import pytest

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


def test_aid_sent_for_a_people_names_its_recipient_in_the_for_phrase() -> None:
    got = coded("Indonesia sent 300 tonnes of rice for the Rohingya on Tuesday.")
    assert ("AID", "IDN", "MMR") in got


def test_a_ship_carrying_aid_for_refugees_is_aid_to_them() -> None:
    got = coded("A Turkish ship carrying food and medicine for Syrian refugees reached the port.")
    assert any(t == "AID" and s == "TUR" and r == "SYR" for t, s, r in got)


def test_a_ship_carrying_cargo_is_no_aid() -> None:
    got = coded("A Greek ship carrying crude oil for Chinese refineries left the port.")
    assert not any(t == "AID" for t, _, _ in got)


def test_a_deadline_extended_for_refugees_is_a_concession_to_them() -> None:
    got = coded("Iran extended the deadline for Afghan migrants to leave the country until June.")
    assert ("CONCEDE", "IRN", "AFG") in got


def test_a_ban_announced_on_a_named_people_coerces_them() -> None:
    got = coded("Russia announced a ban on Georgian wine imports on Friday.")
    assert ("COERCE", "RUS", "GEO") in got


def test_a_known_ban_named_by_its_owner_is_no_new_coercion() -> None:
    got = coded("The senator, who opposed his travel ban on Somalis, spoke on Monday.")
    assert not any(t == "COERCE" for t, _, _ in got)


def test_a_ban_on_a_practice_names_no_one() -> None:
    got = coded("The Irish government announced a ban on smoking in pubs.")
    assert not any(t == "COERCE" for t, _, _ in got)


def test_barring_citizens_of_named_states_from_entering_rejects_those_states() -> None:
    got = coded("Kuwait has barred nationals of Syria and Yemen from entering Kuwait.")
    assert ("REJECT", "KWT", "SYR") in got


def test_a_ban_announced_on_citizens_of_a_named_state_coerces_it() -> None:
    got = coded("Bahrain announced a ban on citizens of Qatar on Monday.")
    assert ("COERCE", "BHR", "QAT") in got


def test_stopping_or_blocking_named_people_from_acting_coerces_them() -> None:
    assert ("COERCE", "HUN", "SYR") in coded("Hungary blocked the Syrian migrants from crossing the border.")
    assert ("COERCE", "EGY", "QAT") in coded("Egyptian police stopped the Qatari envoy from entering the building.")


def test_keeping_people_from_being_harmed_coerces_no_one() -> None:
    got = coded("A German court stopped the Afghan families from being deported.")
    assert not any(t == "COERCE" for t, _, _ in got)


def test_a_request_met_is_a_concession_not_a_meeting() -> None:
    got = coded("The Chilean government met the Peruvian request for more fishing quotas on Monday.")
    assert ("CONCEDE", "CHL", "PER") in got
    assert not any(t == "CONSULT" for t, _, _ in got)


def test_imports_halted_from_a_state_sanction_it() -> None:
    assert ("SANCTION", "JPN", "KOR") in coded("Japan halted all fish imports from South Korea on Saturday.")


def test_a_helper_named_with_a_signing_is_no_partner() -> None:
    got = coded("Chile and Peru signed a fisheries treaty in 1998 with the mediation of the United Nations.")
    assert not any("UN" in (s, t) for _, s, t in got)
    assert any({s, t} == {"CHL", "PER"} for _, s, t in got)


def test_banning_imports_from_a_state_is_a_sanction() -> None:
    got = coded("Moscow banned imports of Moldovan wine on Monday.")
    assert ("SANCTION", "RUS", "MDA") in got
    assert not any(e[0] == "COERCE" for e in got)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Teachers in Kenya began a strike over pay on Monday.", "KEN"),
        ("Nurses in Malawi staged a strike over unpaid salaries.", "MWI"),
        ("The police strike in Vitoria, Brazil, ended on Sunday.", "BRA"),
    ],
)
def test_a_strike_over_pay_or_by_police_is_a_protest(text: str, state: str) -> None:
    assert any(e[0] == "PROTEST" and e[1] == state for e in coded(text))


def test_looking_into_a_matter_is_an_inquiry_but_looking_into_a_request_is_not() -> None:
    assert ("ACCUSE", "GHA", "TGO") in coded("Ghanaian police are looking into the Togolese smuggling ring.")
    assert not any(e[0] == "ACCUSE" for e in coded("Ghana will look into the Togolese request."))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Syrian troops fired on protesters in Deraa.", ("ASSAULT", "SYR", "SYR")),
        ("Israeli soldiers fired upon Palestinian fishermen off Gaza.", ("ASSAULT", "ISR", "PSE")),
        ("Indian troops fired at Pakistani posts across the Line of Control.", ("ASSAULT", "IND", "PAK")),
    ],
    ids=["fired-on", "fired-upon", "fired-at"],
)
def test_firing_on_someone_is_an_assault(text: str, want: tuple[str, str, str]) -> None:
    assert want in coded(text)


def test_being_fired_on_a_weekday_is_no_assault() -> None:
    got = coded("The Brazilian finance minister was fired on Tuesday by the president.")
    assert not any(t == "ASSAULT" for t, _, _ in got)


def test_opposition_voiced_to_an_act_is_an_accusation_however_the_phrase_attaches() -> None:
    got = coded("The Chinese foreign ministry voiced opposition to the North Korean launch at a briefing on Monday.")
    assert ("ACCUSE", "CHN", "PRK") in got


@pytest.mark.parametrize(
    "text",
    [
        "The Jordanian king on Tuesday removed Ali Haddad as head of the security council.",
        "The Jordanian king on Tuesday removed the interior minister as head of the security council.",
        "The Jordanian king sacked the interior minister on Tuesday.",
        "The Jordanian government suspended two judges on Tuesday.",
    ],
)
def test_an_official_removed_sacked_or_suspended_is_coerced_at_home(text: str) -> None:
    assert ("COERCE", "JOR", "JOR") in coded(text)


def test_a_suspended_flight_is_no_coercion_of_a_person() -> None:
    got = coded("The Jordanian airline suspended two flights to Cairo on Tuesday.")
    assert not any(t == "COERCE" for t, _, _ in got)


def test_a_vote_against_a_bill_is_a_rejection_of_its_authors() -> None:
    got = coded("Hungarian lawmakers voted against the government's education bill on Tuesday.")
    assert ("REJECT", "HUN", "HUN") in got


@pytest.mark.parametrize(
    "text",
    [
        "Israel blocked a British activist from entering the country on Sunday.",
        "Turkey barred the Dutch ambassador from returning to Ankara on Monday.",
        "The Danish government barred the Iranian minister's plane from landing.",
    ],
)
def test_a_bar_on_coming_in_is_a_rejection(text: str) -> None:
    got = coded(text)
    assert any(t == "REJECT" for t, _, _ in got)
    assert not any(t == "COERCE" for t, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian authorities detained the journalist after he returned to Cairo on Monday.",
        "Malaysia imposed a travel ban on North Koreans leaving the country on Monday.",
    ],
)
def test_an_arrest_after_arriving_or_a_ban_on_leaving_stays_coercion(text: str) -> None:
    assert any(t == "COERCE" for t, _, _ in coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chilean prosecutors questioned the former mining minister for nine hours on Monday.",
        "Chilean police interrogated the former mining minister on Monday.",
    ],
)
def test_a_suspect_questioned_is_an_investigation(text: str) -> None:
    assert ("ACCUSE", "CHL", "CHL") in coded(text)


def test_dissidents_freed_are_a_release() -> None:
    assert ("RETREAT", "CUB", "CUB") in coded("The Cuban government freed 50 dissidents on Friday.")


def test_villages_burned_by_troops_are_coercion_but_a_burned_flag_is_not() -> None:
    assert ("COERCE", "MMR", "MMR") in coded("Myanmar troops burned villages in the north on Monday.")
    assert not any(t == "COERCE" for t, _, _ in coded("Protesters burned a flag outside the embassy."))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Some states, including Chile and Peru, dissociated themselves from the text.", ("REJECT", "CHL", None)),
        ("The Czech deputy minister left the government on Monday after the vote.", ("RETREAT", "CZE", "CZE")),
        ("Hundreds of striking Chilean miners returned to work on Sunday.", ("CONCEDE", "CHL", "CHL")),
        ("Polish police took three Belarusian activists into custody.", ("COERCE", "POL", "BLR")),
        ("A Kenyan court remanded the Ugandan suspect in custody.", ("COERCE", "KEN", "UGA")),
        ("The Japanese foreign minister issued a sharp rebuke to China.", ("ACCUSE", "JPN", "CHN")),
        ("The Chilean Supreme Court denied the Peruvian prisoner's plea for release.", ("REJECT", "CHL", "PER")),
        ("The Danish prime minister greeted the Dutch election result with relief.", ("SUPPORT", "DNK", "NLD")),
        ("Georgian police scuffled with Armenian protesters at the border post.", ("ASSAULT", "GEO", "ARM")),
        ("Ankara gave Berlin a dossier on suspected militants.", ("COOPERATE", "TUR", "DEU")),
        ("Estonia moved on Monday to bolster its defences along the border with Russia.", ("MOBILIZE", "EST", None)),
        ("The Czech minister issued an order to counter the Slovak ruling.", ("REJECT", "CZE", "SVK")),
    ],
)
def test_a_widened_sense_is_its_event(text: str, event: tuple[str, str, str | None]) -> None:
    got = coded(text)
    assert event in got if event[2] else any(t == event[0] and s == event[1] for t, s, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "The Czech minister left Prague on Monday.",
        "Chilean miners returned to Santiago on Sunday.",
        "The Kenyan delegation took a taxi into the city.",
        "The Danish prime minister greeted the Dutch king at the airport.",
        "The Turkish minister gave Berlin a warning about the rally.",
        "The Czech minister issued an order to counter terrorism.",
    ],
)
def test_a_widened_verb_in_its_plain_sense_is_no_event(text: str) -> None:
    kinds = {"RETREAT", "CONCEDE", "COERCE", "SUPPORT", "COOPERATE", "REJECT"}
    assert not any(t in kinds for t, _, _ in coded(text))
