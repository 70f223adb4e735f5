"""The vocabulary of military alignment: forces trained for another state, arms sold, exported,
shipped, transferred or received, weapons procured, alliances formed, defence pacts
inked or ratified, joint manoeuvres, a courtesy call on a dignitary (a visit, not a demand), and
a delegation sent to a state (a visit)."""

from __future__ import annotations

from coded import coded
from stormpetrel.pipeline import code_text


def test_officers_training_another_states_forces_is_military_aid() -> None:
    assert ("AID", "TUR", "AZE") in coded("Turkish officers trained Azerbaijani special forces.")


def test_training_fighters_of_a_group_is_aid_to_it() -> None:
    assert ("AID", "IRN", "YEM") in coded("Iranian instructors trained Houthi fighters last year.")


def test_training_for_years_is_no_event() -> None:
    assert coded("He trained for years in Ankara before he joined the Turkish army.") == ()


def test_a_team_training_athletes_is_no_aid() -> None:
    assert not any(t == "AID" for t, _, _ in coded("Russian coaches trained Chinese gymnasts in Moscow."))


def test_the_train_is_no_event() -> None:
    assert coded("The train from Baku to Tbilisi was delayed by snow.") == ()


def test_selling_fighter_jets_to_a_state_is_military_cooperation() -> None:
    assert ("COOPERATE", "PAK", "NGA") in coded("Pakistan sold fighter jets to Nigeria last year.")


def test_selling_weapons_is_military_cooperation() -> None:
    assert ("COOPERATE", "ISR", "AZE") in coded("Israel sold weapons and drones to Azerbaijan.")


def test_selling_shares_or_rice_is_no_arms_deal() -> None:
    assert coded("The company sold its shares to foreign investors.") == ()
    assert coded("Pakistan sold rice to Iran.") == ()
    assert coded("Germany sold its shares in the tank maker.") == ()


def test_exporting_drones_is_military_cooperation() -> None:
    assert ("COOPERATE", "TUR", "UKR") in coded("Turkey exported drones to Ukraine.")


def test_exporting_aircraft_parts_is_no_arms_deal() -> None:
    assert coded("Brazil exported aircraft parts to Mexico.") == ()


def test_a_promised_arms_sale_is_an_agreement() -> None:
    assert ("AGREE", "PAK", "AZE") in coded("Pakistan will sell JF-17 fighters to Azerbaijan.")


def test_missiles_delivered_are_aid() -> None:
    assert ("AID", "RUS", "TUR") in coded("Russia delivered S-400 missiles to Turkey.")


def test_tanks_transferred_are_aid() -> None:
    assert ("AID", "DEU", "POL") in coded("Germany transferred tanks to Poland.")


def test_transferred_prisoners_or_funds_are_no_arms_transfer() -> None:
    assert coded("The bank transferred funds to Kenya.") == ()
    assert not any(t == "AID" for t, _, _ in coded("The club transferred the striker to Madrid."))


def test_weapons_shipped_are_aid() -> None:
    assert ("AID", "RUS", "ARM") in coded("Russia shipped weapons to Armenia.")


def test_cars_shipped_are_no_aid() -> None:
    assert coded("The firm shipped cars to Germany.") == ()


def test_military_advisers_sent_are_aid() -> None:
    assert ("AID", "TUR", "LBY") in coded("Turkey sent military advisers to Libya.")


def test_drones_received_are_aid_from_the_giver() -> None:
    assert ("AID", "TUR", "AZE") in coded("Azerbaijan received Bayraktar drones from Turkey.")


def test_a_letter_received_is_no_aid() -> None:
    assert not any(t == "AID" for t, _, _ in coded("Iran received a letter from the Saudi king."))


def test_weapons_procured_from_a_state_are_military_cooperation() -> None:
    assert ("COOPERATE", "AZE", "ISR") in coded("The Azerbaijani army procured drones from Israel.")


def test_office_supplies_procured_are_no_event() -> None:
    assert coded("The ministry procured office furniture from a local firm.") == ()


def test_a_military_alliance_formed_is_support() -> None:
    assert ("SUPPORT", "TUR", "AZE") in coded("Turkey formed an alliance with Azerbaijan.")


def test_a_coalition_or_a_group_formed_is_no_alliance() -> None:
    assert coded("The Labour party formed a coalition with the Greens.") == ()
    assert coded("The rebels formed a new group.") == ()


def test_a_defence_deal_inked_is_support() -> None:
    assert ("SUPPORT", "TUR", "QAT") in coded("Turkey and Qatar inked a defence deal.")


def test_a_defence_pact_ratified_is_support() -> None:
    got = coded("The Turkish parliament ratified the defence pact with Azerbaijan.")
    assert ("SUPPORT", "TUR", "AZE") in got


def test_a_budget_ratified_is_no_event() -> None:
    assert coded("Parliament ratified the budget.") == ()


def test_joint_manoeuvres_are_military_cooperation() -> None:
    got = coded("Turkish and Azerbaijani troops held joint manoeuvres near Ganja.")
    assert ("COOPERATE", "TUR", "AZE") in got


def test_one_sides_manoeuvres_are_a_show_of_force() -> None:
    assert any(t == "MOBILIZE" and s == "RUS" for t, s, _ in coded("Russia held naval manoeuvres in the Baltic."))


def test_a_drivers_manoeuvre_is_no_event() -> None:
    assert coded("The driver made a dangerous manoeuvre.") == ()


def test_a_courtesy_call_on_a_president_is_a_visit() -> None:
    events = code_text("Pakistan's air chief called on the Azerbaijani president in Baku.", "2022-05-10")
    assert [(e.event_type, e.mode, e.source.country, e.target and e.target.country) for e in events] == [
        ("CONSULT", "visit", "PAK", "AZE")
    ]


def test_calling_on_a_president_to_act_is_still_a_demand() -> None:
    got = coded("Turkey called on the Armenian president to stop the project.")
    assert ("REQUEST", "TUR", "ARM") in got
    assert not any(t == "CONSULT" for t, _, _ in got)


def test_calling_on_an_organisation_for_help_is_still_a_demand() -> None:
    assert not any(t == "CONSULT" for t, _, _ in coded("Russia called on the president for help."))


def test_troops_offered_to_a_state_are_help_promised_not_a_threat() -> None:
    assert ("AGREE", "PAK", "AZE") in coded("Pakistan offered to send troops to Azerbaijan.")
    assert ("THREATEN", "RUS", "UKR") in coded("Russia threatened to send troops to Ukraine.")


def test_a_royal_touching_down_abroad_visits_for_their_state() -> None:
    got = coded("Prince William touched down in Paris on Friday for a two-day visit.")
    assert ("CONSULT", "GBR", "FRA") in got


def test_a_plane_touching_down_visits_no_one() -> None:
    assert coded("The plane touched down in Moscow on Monday.") == ()


def test_sending_a_delegation_to_a_state_is_a_visit() -> None:
    assert ("CONSULT", "PRK", "MYS") in coded("North Korea sent a high-level delegation to Malaysia on Monday.")


def test_sending_troops_is_no_visit() -> None:
    assert not any(t == "CONSULT" for t, _, _ in coded("North Korea sent troops to the border with China."))
