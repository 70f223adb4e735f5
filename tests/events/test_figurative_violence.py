"""Violence verbs used of words, votes and talks in events/coder.py and data/triggers.tsv."""

from __future__ import annotations

import functools

from stormpetrel.pipeline import code_text

PUB = "2023-04-12"


@functools.cache
def events(text: str) -> list[tuple]:
    return [(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code_text(text, PUB)]


def types(text: str) -> set[str]:
    return {e[0] for e in events(text)}


def test_fighting_a_position_in_talks_is_a_rejection() -> None:
    assert events("Germany fought the US position on trade at the G20.") == [("REJECT", "DEU", "USA")]


def test_fighting_an_army_is_still_an_assault() -> None:
    assert ("ASSAULT", "UKR", "RUS") in events("Ukrainian troops fought Russian forces in Bakhmut.")


def test_fighting_an_ideology_attacks_no_one() -> None:
    assert "ASSAULT" not in types("The partisans fought fascism in the hills for years.")


def test_shooting_down_a_proposal_is_a_rejection() -> None:
    assert events("Israel shot down the French peace proposal.") == [("REJECT", "ISR", "FRA")]


def test_shooting_down_a_drone_is_still_an_assault() -> None:
    assert ("ASSAULT", "IRN", "USA") in events("Iran shot down an American drone.")


def test_a_vow_to_shoot_down_a_bill_is_a_refusal_not_an_agreement() -> None:
    got = types("Senate Democrats vowed to shoot down the Republican bill.")
    assert "REJECT" in got
    assert not got & {"AGREE", "ASSAULT"}


def test_torpedoing_talks_is_a_rejection_and_a_ship_no_rejection() -> None:
    assert "REJECT" in types("Israel torpedoed the peace talks with the Palestinians.")
    assert "REJECT" not in types("A German submarine torpedoed the ship.")


def test_killing_a_bill_is_a_rejection_and_no_assault() -> None:
    got = types("Turkey killed the deal with Greece.")
    assert "REJECT" in got
    assert "ASSAULT" not in got


def test_an_attack_made_in_a_statement_is_an_accusation() -> None:
    assert events("The Kremlin attacked the Ukrainian president in a statement.") == [("ACCUSE", "RUS", "UKR")]
    assert events("The Kremlin attacked the Ukrainian president on Twitter.") == [("ACCUSE", "RUS", "UKR")]


def test_an_attack_during_a_speech_is_no_accusation() -> None:
    assert "ACCUSE" not in types("Gunmen attacked the crowd during the president's speech.")


def test_a_film_shot_in_a_city_attacks_no_one() -> None:
    assert not events("The second season of the series was shot in Berlin.")


def test_attacking_a_ban_is_an_accusation() -> None:
    assert events("The EU attacked the American ban on steel imports.") == [("ACCUSE", "EU", "USA")]


def test_attacking_a_stance_is_words_but_attacking_positions_is_force() -> None:
    assert ("ACCUSE", "IRN", "USA") in events("Iran attacked the US position on the nuclear deal.")
    assert "ASSAULT" in types("Syrian troops attacked rebel positions near Idlib.")


def test_battling_a_quota_is_a_rejection_and_battling_fighters_an_assault() -> None:
    assert "ASSAULT" not in types("Hungary battled the EU migration quota for two years.")
    assert "ASSAULT" in types("Kurdish forces battled Islamic State fighters in Raqqa.")


def test_fighting_against_an_ill_attacks_no_one() -> None:
    assert "ASSAULT" not in types("Romania has been fighting against corruption for years.")
    assert "ASSAULT" in types("Kurdish forces fought against Turkish troops near Afrin.")


def test_attacks_on_the_press_on_a_named_day_are_words() -> None:
    text = "The Hungarian premier stepped up his attacks on the Hungarian press on Monday."
    assert "ASSAULT" not in types(text)
    assert "ACCUSE" in types(text)


def test_an_attack_on_someone_for_what_they_did_is_blame() -> None:
    got = events("The US president attacked the Democrats on Friday for blocking his tax reform.")
    assert ("ACCUSE", "USA", "USA") in got
    assert not any(t == "ASSAULT" for t, _, _ in got)


def test_a_war_of_words_is_words() -> None:
    got = events("Iran escalated its war of words against the United States.")
    assert ("ACCUSE", "IRN", "USA") in got
    assert not any(t == "ASSAULT" for t, _, _ in got)


def test_attacks_on_the_press_stay_words_when_the_parser_adds_another_object() -> None:
    got = events("In his repeated attacks on the press, the US president has an ally in his adviser.")
    assert not any(t == "ASSAULT" for t, _, _ in got)
