"""Who does an act named in a possessed noun, an infinitive list or an apposition.

"X's decision to expel ..." is X's act, also as the object of another verb, and so is "the
American decision to expel ..."; a frame verb over it
still acts itself ("the court rejected the prosecutor's attempt to arrest him"). A list of
infinitives under a pledge stays pledged, even where the parser hangs the later verbs on the
pledge. Praise or criticism "offered" is given, not promised. An apposition that tells what a
body belongs to ("a NATO member", "a US ally") does not name the actor. A name the parser takes
for an adverbial right after its verb is still the verb's object. Every sentence is written for
these tests.
"""

from __future__ import annotations

from coded import coded


def test_a_possessed_decision_is_its_owners_act() -> None:
    assert ("SANCTION", "RUS", "USA") in coded("Russia's decision to expel two US diplomats angered Washington.")


def test_a_possessed_decision_is_its_owners_act_when_another_verb_governs_it() -> None:
    got = coded("Washington condemned Russia's decision to expel two US diplomats.")
    assert ("SANCTION", "RUS", "USA") in got
    assert ("ACCUSE", "USA", "RUS") in got


def test_a_decision_a_states_name_qualifies_is_that_states_act() -> None:
    # "the US decision", "the American decision": the state written before the noun owns it
    for text in (
        "Moscow condemned the US decision to expel two Russian diplomats.",
        "Moscow condemned the American decision to expel two Russian diplomats.",
    ):
        got = coded(text)
        assert ("SANCTION", "USA", "RUS") in got
        assert ("SANCTION", "RUS", "USA") not in got


def test_a_frame_verb_over_a_possessed_attempt_acts_itself() -> None:
    got = coded("The Polish court rejected the German prosecutor's attempt to arrest the Polish senator.")
    assert any(t == "REJECT" and s == "POL" for t, s, _ in got)
    assert not any(t == "REJECT" and s == "DEU" for t, s, _ in got)


def test_every_verb_of_a_pledged_list_is_pledged() -> None:
    got = coded("The Dutch party leader has pledged to quit the EU, shut every mosque and ban Turkish imams.")
    assert not any(t == "COERCE" for t, _, _ in got)


def test_praise_and_criticism_offered_are_given() -> None:
    assert ("SUPPORT", "TUR", "RUS") in coded("The Turkish president offered praise for the Russian leader.")
    assert ("ACCUSE", "USA", "RUS") in coded("The US president offered sharp criticism of the Russian attack.")


def test_talks_offered_are_still_an_offer() -> None:
    assert ("AGREE", "DEU", "UKR") in coded("Germany offered talks to Ukraine.")


def test_a_membership_apposition_names_no_actor() -> None:
    got = coded("The country, a NATO member, imprisoned dozens of reporters in 2016.")
    assert not any(s == "NATO" for _, s, _ in got)


def test_an_ally_apposition_names_no_actor() -> None:
    got = coded("Japan, a US ally, condemned the North Korean missile launch.")
    assert ("ACCUSE", "JPN", "PRK") in got
    assert not any(s == "USA" for _, s, _ in got)


def test_a_name_parsed_as_an_adverbial_is_still_the_object() -> None:
    assert ("ASSAULT", "RUS", "SYR") in coded("Russian jets bombed Aleppo on Tuesday.")


def test_an_unnamed_doer_of_a_passive_act_is_not_a_people_named_deep_in_the_clause() -> None:
    got = coded(
        "Last year the Dutch politician was convicted of incitement at a hearing about his vow to cut "
        "the count of Moroccans living there."
    )
    assert not any(s == "MAR" for _, s, _ in got)


def test_curbing_capital_outflows_coerces_no_one() -> None:
    got = coded("The Chinese government moved to curb capital outflows in December.")
    assert not any(t == "COERCE" for t, _, _ in got)


def test_two_titled_leaders_joined_by_and_both_act() -> None:
    # parsed as one phrase headed by the second name, the first hung on it as a modifier
    text = "President Trump and Indian Prime Minister Narendra Modi strongly urged Pakistan to curb militant groups."
    found = coded(text)
    assert ("REQUEST", "USA", "PAK") in found
    assert ("REQUEST", "IND", "PAK") in found


def test_whom_a_relative_clause_acts_on_is_the_noun_it_hangs_on() -> None:
    text = "Chile's foreign minister met the Peruvian ambassador, whom she accused of lying to parliament."
    assert ("ACCUSE", "CHL", "PER") in coded(text)


def test_whom_after_an_apposition_is_the_person_it_describes() -> None:
    text = "Chile's foreign minister met UN envoy Juan Vargas, a Peruvian lawyer, whom she accused of bias."
    assert [e for e in coded(text) if e[0] == "ACCUSE"] == [("ACCUSE", "CHL", "UN")]
