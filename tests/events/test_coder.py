"""Frame words in events/coder.py: what an agreement among parties is, and what a frame governs."""

from __future__ import annotations

import functools

from stormpetrel import nlp
from stormpetrel.events import coder, lexicon
from stormpetrel.pipeline import code_text

PUB = "2023-04-12"


@functools.cache
def events(text: str) -> list[tuple]:
    return [(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code_text(text, PUB)]


def test_parties_agreeing_to_cut_their_own_output_agree_and_threaten_no_one() -> None:
    got = events("Kuwait and Algeria agreed to cut oil output by half a million barrels a day.")
    assert any(e[0] == "AGREE" for e in got)
    assert not any(e[0] == "THREATEN" for e in got)


def test_agreeing_with_a_partner_to_cut_output_is_an_agreement_with_it() -> None:
    assert ("AGREE", "KWT", "DZA") in events("Kuwait agreed with Algeria to cut oil output next year.")


def test_a_vow_to_strike_is_still_a_threat() -> None:
    assert ("THREATEN", "IRN", "ISR") in events("Iran vowed to strike Israel.")


def test_a_refusal_to_talk_is_a_rejection() -> None:
    got = events("Seoul says that Tokyo's refusal to talk directly to Pyongyang is blocking any progress.")
    assert ("REJECT", "JPN", "PRK") in got
    assert not any(e[0] == "CONSULT" for e in got)


def test_a_launch_on_the_eve_of_a_holiday_strikes_no_one() -> None:
    got = events("Last year, Iran launched a long-range missile on the eve of Israel's national holiday.")
    assert not any(e[0] == "ASSAULT" for e in got)
    assert ("ASSAULT", "IRN", "ISR") in events("Iran launched a long-range missile on Israel.")


def test_a_vow_to_resist_is_a_rejection_not_an_agreement() -> None:
    got = events("Poland vowed to resist the migrant quota plan of the European Commission.")
    assert ("REJECT", "POL", "EU") in got
    assert not any(e[0] == "AGREE" for e in got)


def test_a_participle_after_an_agreement_is_no_promise() -> None:
    # the resolutions sanction; agreeing to them promises no threat
    got = events("Brazil reluctantly agreed to Security Council resolutions sanctioning Eritrea.")
    assert ("SANCTION", "UN", "ERI") in got
    assert not any(e[0] == "THREATEN" for e in got)



def test_volunteering_to_meet_is_an_offer() -> None:
    got = code_text("Qatar volunteered to meet the Saudi envoy in Kuwait.", PUB)
    assert [(e.event_type, e.source.country, e.target.country) for e in got] == [("AGREE", "QAT", "SAU")]


def test_an_object_shared_by_two_joined_verbs_is_the_first_one_s_too() -> None:
    got = code_text("Nigeria vowed to demolish and destroy Boko Haram.", PUB)
    assert [(e.event_type, e.target and e.target.text) for e in got] == [("THREATEN", "Boko Haram")]


def test_blame_put_on_a_state_after_its_reason_accuses_that_state() -> None:
    # the parser hangs "on Peru" on the reason ("the clash on Peru"); the blame is what lands on it
    assert events("Chile put the blame for the border clash on Peru.") == [("ACCUSE", "CHL", "PER")]
    # and the attack is not the blamer's own
    assert events("Moscow put the blame for the attack on Kiev.") == [("ACCUSE", "RUS", "UKR")]
    assert ("ACCUSE", "CHL", "PER") in events("The Chilean minister pinned the blame for the blast on Peru.")


def test_a_finite_verb_joined_to_a_demanded_act_is_the_demander_s_own() -> None:
    # "condemned" cannot share the bare "release" clause: Qatar condemned, Egypt is asked to release
    got = events("Qatar demanded that Egypt release the journalist and condemned Cairo for his detention.")
    assert ("REQUEST", "QAT", "EGY") in got
    assert ("ACCUSE", "QAT", "EGY") in got
    assert not any(e[1] == "EGY" for e in got)


def test_protests_that_go_on_in_a_place_are_a_protest_there() -> None:
    assert events("Protests continued in Santiago on Sunday.") == [("PROTEST", "CHL", "CHL")]
    assert events("Rallies against the reform resumed in Lima on Monday.") == [("PROTEST", "PER", "PER")]


def test_a_protest_that_goes_on_doing_something_else_is_not_told_by_the_verb() -> None:
    # "continued to ..." governs another act; no protest is told as going on here
    assert events("The talks continued to stall in Geneva on Sunday.") == []


def test_a_strike_by_workers_is_a_walkout_not_an_attack() -> None:
    assert events("Nurses in Ghana began a strike on Monday.") == [("PROTEST", "GHA", "GHA")]
    assert events("Ghanaian jets carried out a strike on the rebel camp in Togo.")[0][0] == "ASSAULT"


def test_a_second_act_demanded_in_one_clause_is_demanded_of_the_same_party() -> None:
    doc = nlp.load()("Opposition senators demanded that the ministers go further and quit their posts.")
    quit_ = next(c for c in coder.find(doc[:], lexicon.load()) if c.token.lower_ == "quit")
    assert quit_.type == "REQUEST" and quit_.frame is not None and quit_.frame.lower_ == "demanded"
    assert [t.text for t in quit_.targets] == ["ministers"]
