"""What the pipeline decides once the sides are known: forces that arrive are deployed, a talk with
the press is no meeting, a done act is not dated after the news."""

from __future__ import annotations

import pytest

from coded import PUBLISHED, triples
from stormpetrel.pipeline import code_text


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Two thousand Chinese troops arrived in Cambodia on Monday.", ("MOBILIZE", "CHN", "KHM")),
        ("Indian warships arrived in Sri Lanka on Sunday.", ("MOBILIZE", "IND", "LKA")),
        ("The first Kenyan peacekeepers arrived in Haiti on Tuesday.", ("AID", "KEN", "HTI")),
        # weapons, not only troops, are deployed
        ("American missile batteries arrived in Romania on Monday.", ("MOBILIZE", "USA", "ROU")),
        ("About 120 Indian deminers arrived in Sri Lanka on Friday to clear old minefields.", ("AID", "IND", "LKA")),
        # people, not forces: a visit; private travellers pay no visit between states
        ("The Chinese defence minister arrived in Cambodia on Monday.", ("CONSULT", "CHN", "KHM")),
        ("A Chinese military delegation arrived in Cambodia on Monday.", ("CONSULT", "CHN", "KHM")),
    ],
)
def test_forces_that_arrive_are_deployed(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


@pytest.mark.parametrize(
    ("text", "event", "kept"),
    [
        ("Kenyan police arrested 40 students in Nairobi on Friday.", ("COERCE", "KEN", "KEN"), True),
        ("Thousands of Serbian students protested in Belgrade on Sunday.", ("PROTEST", "SRB", "SRB"), True),
        # both sides are only "the government of Spain": no two parties to tell apart
        ("Spanish ministers criticised the Spanish government on Monday.", ("ACCUSE", "ESP", "ESP"), False),
    ],
)
def test_an_event_within_one_state_needs_two_parties(text: str, event: tuple[str, str, str], kept: bool) -> None:
    assert (event in triples(text)) is kept


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Syrian refugees arrived in Greece on Monday.",
        "Chinese tourists visited Thailand in record numbers last year.",
    ],
)
def test_private_travellers_pay_no_visit(text: str) -> None:
    assert [e for e in triples(text) if e[0] == "CONSULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian president spoke with Russia Today about the war.",
        "The Polish president talked to Polish journalists on Monday.",
        "The Russian foreign minister met with editors of Xinhua in Moscow.",
    ],
)
def test_a_talk_with_the_press_is_no_meeting(text: str) -> None:
    assert [e for e in triples(text) if e[0] == "CONSULT"] == []


def test_a_talk_between_officials_is_still_a_meeting() -> None:
    assert ("CONSULT", "POL", "DEU") in triples("The Polish foreign minister spoke with his German counterpart.")


def test_a_done_act_is_not_dated_after_the_news() -> None:
    # the article is from 2017: an attack told in the past tense cannot have come in 2019
    events = code_text("In March 2019 Russian jets bombed a Syrian village.", "2017-02-07")
    assert [(e.event_type, e.date) for e in events] == [("ASSAULT", None)]
    planned = code_text("Russian and Syrian officials will meet in March 2019.", "2017-02-07")
    assert [(e.event_type, e.date) for e in planned] == [("CONSULT", "2019-03")]


@pytest.mark.parametrize(
    ("sport", "politics"),
    [
        (
            "Spain will travel to Portugal for the friendly match next month.",
            "Spain will travel to Portugal for talks next month.",
        ),
        (
            "Wales face a Test series against India before travelling to Japan in June.",
            "Wales face a vote on the budget before travelling to Japan in June.",
        ),
        (
            "Italy arrived in Scotland on Friday for the Six Nations opener.",
            "Italy arrived in Scotland on Friday for the summit.",
        ),
    ],
)
def test_teams_named_as_states_pay_no_visit(sport: str, politics: str) -> None:
    assert [e for e in triples(sport) if e[0] == "CONSULT"] == []
    assert [e for e in triples(politics) if e[0] == "CONSULT"] != []


def test_officials_at_a_match_still_visit() -> None:
    # a named official (a sector) is no team: the visit stays
    text = "The Russian president will visit Germany for the World Cup final."
    assert ("CONSULT", "RUS", "DEU") in triples(text)


def test_an_act_told_as_what_came_before_is_not_dated_by_the_later_one() -> None:
    text = "The Indian army chief was dismissed on Monday after he held talks with Pakistani generals."
    events = code_text(text, PUBLISHED)
    assert [(e.event_type, e.date) for e in events if e.event_type == "CONSULT"] == [("CONSULT", None)]
    text = "The Indian army chief held talks with Pakistani generals on Monday after he arrived in Lahore."
    events = code_text(text, PUBLISHED)
    assert [(e.event_type, e.date) for e in events if e.event_type == "CONSULT"] == [("CONSULT", "2022-05-09")]


def test_arriving_in_ones_own_state_is_no_visit() -> None:
    text = "The US trade envoy arrived in America on Monday after talks in Seoul."
    assert ("CONSULT", "USA", "USA") not in triples(text)


def test_one_act_told_for_two_dates_gives_two_events_with_their_own_ids() -> None:
    events = [e for e in code_text("Putin met Erdogan in Ankara in July and in September.", "2017-10-02")]
    meetings = [e for e in events if e.event_type == "CONSULT"]
    assert sorted(e.date for e in meetings) == ["2017-07", "2017-09"]
    assert len({e.event_id for e in meetings}) == 2


def test_an_act_named_again_in_its_own_sentence_is_one_event() -> None:
    # the participle clause reads the planned meeting as done; the first telling's status stands
    text = (
        "Turkish President Recep Tayyip Erdogan is set to meet Putin on Friday, becoming the first "
        "foreign leader to meet Putin this spring."
    )
    meetings = [e for e in code_text(text, PUBLISHED) if e.event_type == "CONSULT"]
    assert [e.status for e in meetings] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian government has accused the Syrian opposition of stalling, adding that it would hold "
        "the opposition responsible for any failure.",
        "Tillerson will meet South Korean Foreign Minister Yun Byung-se, whom he met in Washington in February.",
    ],
    ids=["accused-would-hold", "will-meet-whom-he-met"],
)
def test_a_done_act_a_tensed_clause_tells_beside_a_planned_one_is_its_own(text: str) -> None:
    # two acts of one kind in one sentence, one done and one to come: not one planned act
    statuses = sorted(e.status for e in code_text(text, PUBLISHED) if e.event_type in {"ACCUSE", "CONSULT"})
    assert statuses == ["asserted", "planned"]


def test_the_same_act_by_two_named_officials_of_two_arms_is_two_events() -> None:
    text = (
        "Indian Prime Minister Narendra Modi phoned his Nepalese counterpart on Monday. "
        "Indian army chief Manoj Pande also called his Nepalese counterpart."
    )
    calls = [e for e in code_text(text, PUBLISHED) if e.event_type == "CONSULT"]
    assert sorted(e.source.sector for e in calls) == ["GOV", "MIL"]


def test_an_act_told_again_by_the_same_official_is_one_event() -> None:
    text = (
        "Indian Prime Minister Narendra Modi phoned his Nepalese counterpart on Monday. "
        "Modi called his Nepalese counterpart to discuss flooding."
    )
    calls = [e for e in code_text(text, PUBLISHED) if e.event_type == "CONSULT"]
    assert len(calls) == 1


def test_the_same_act_by_two_named_officials_of_one_arm_is_two_events() -> None:
    text = (
        "Brazilian President Jair Bolsonaro criticised Argentina on Monday. "
        "Brazilian Foreign Minister Carlos Franca also criticised Argentina."
    )
    charges = [e for e in code_text(text, PUBLISHED) if e.event_type == "ACCUSE"]
    assert len(charges) == 2
    assert {e.source.country for e in charges} == {"BRA"}


@pytest.mark.parametrize(
    ("second", "targets"),
    [
        # a crowd and a party leader: two arrests
        ("Police also detained the opposition leader, Ivan Petrov.", ["CVL", "OPP"]),
        # the crowd again, its captors untold: the same arrests
        ("The protesters were detained near the Kremlin.", ["CVL"]),
    ],
    ids=["other-part", "same-part"],
)
def test_an_act_on_another_part_of_a_state_is_another_event(second: str, targets: list[str]) -> None:
    text = "Russian police detained hundreds of protesters in Moscow on Sunday. " + second
    arrests = [e for e in code_text(text, PUBLISHED) if e.event_type == "COERCE"]
    assert sorted(e.target.sector for e in arrests) == targets


def test_an_act_told_again_by_a_pronoun_for_its_author_is_one_event() -> None:
    text = (
        "Brazilian Foreign Minister Mauro Vieira criticised Argentina on Monday. "
        "He criticised Argentina over its trade policy."
    )
    charges = [e for e in code_text(text, PUBLISHED) if e.event_type == "ACCUSE"]
    assert len(charges) == 1


def test_an_act_told_as_earlier_is_not_the_dated_one_told_again() -> None:
    text = (
        "Brazilian Foreign Minister Mauro Vieira criticised Argentina on Monday. "
        "He had earlier criticised Argentina over its trade policy."
    )
    charges = [e for e in code_text(text, PUBLISHED) if e.event_type == "ACCUSE"]
    assert sorted(e.date is None for e in charges) == [False, True]


def test_a_group_named_again_by_its_kind_is_no_other_person() -> None:
    text = (
        "Amnesty International accused the Egyptian government of torture on Tuesday. "
        "The rights group accused the government of abusing detainees."
    )
    charges = [e for e in code_text(text, PUBLISHED) if e.event_type == "ACCUSE"]
    assert len(charges) == 1


def test_a_promise_not_to_allow_is_a_refusal() -> None:
    text = "Egypt declared on Monday it would not allow Sudan's envoy to come back to Cairo."
    events = code_text(text, PUBLISHED)
    assert [(e.event_type, e.source.country, e.target.country, e.status) for e in events] == [
        ("REJECT", "EGY", "SDN", "asserted")
    ]
    # a concession that simply did not happen stays a denied concession
    assert ("REJECT", "HUN", "HUN") not in triples("Hungary did not allow the migrants to cross the border.")


def test_a_visit_announced_for_days_after_the_news_is_planned_on_its_day() -> None:
    text = (
        "Tokyo's foreign ministry has announced Abe's visit to India from Jan 15 to 18, after a trade fair "
        "opened there."
    )
    visits = [e for e in code_text(text, "2017-01-13") if e.event_type == "CONSULT"]
    assert [(e.status, e.date) for e in visits] == [("planned", "2017-01-15")]


def test_the_end_of_a_detention_is_not_the_day_it_was_extended() -> None:
    text = "A Cairo court extended the detention of the Qatari reporter until March 3."
    arrests = [e for e in code_text(text, "2017-02-09") if e.event_type == "COERCE"]
    assert [e.date for e in arrests] == [None]


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        (
            "Kenya accused Uganda of arming rebels on Monday. Tanzania did not accuse Uganda of anything. "
            "Uganda denied the allegations.",
            "KEN",
        ),
        (
            "Kenya accused Uganda of arming rebels on Monday. Tanzania also accused Uganda of arming them. "
            "Uganda denied the allegations.",
            "TZA",
        ),
        (
            "Kenya accused Uganda of arming rebels on Monday. Tanzania would accuse Uganda of sheltering them "
            "if the talks failed. Uganda denied the allegations.",
            "KEN",
        ),
        (
            "Chile asked Peru on Monday to extradite the banker. Bolivia did not ask Peru to extradite him. "
            "Peru denied the request.",
            "CHL",
        ),
        (
            "Chile asked Peru on Monday to extradite the banker. Bolivia will ask Peru to extradite him. "
            "Peru denied the request.",
            "CHL",
        ),
    ],
    ids=["charge-not-made", "charge-made", "charge-if", "request-not-made", "request-to-come"],
)
def test_a_denial_answers_a_charge_or_request_made_not_one_denied_or_to_come(text: str, answered: str) -> None:
    # a charge or request the text denies, or one yet to be made, is none a denial answers
    denials = [e for e in code_text(text, PUBLISHED) if e.event_type == "REJECT" and e.target is not None]
    assert [e.target.country for e in denials] == [answered]


@pytest.mark.parametrize(
    ("text", "event", "status", "date"),
    [
        # an act the news cannot yet have seen is planned
        (
            "A demonstration by Serbian farmers against the government is to be held in Belgrade tomorrow.",
            ("PROTEST", "SRB", "SRB"),
            "planned",
            "2017-05-11",
        ),
        # an agreement or demand made is done, not planned; a demand is not dated by what it asks
        ("Russia has agreed to host a summit with Japan on May 30.", ("AGREE", "RUS", "JPN"), "asserted", "2017-05-30"),
        ("Germany urged Turkey to hold talks with Greece on May 20.", ("REQUEST", "DEU", "TUR"), "asserted", None),
    ],
)
def test_a_day_after_the_news(text: str, event: tuple[str, str, str], status: str, date: str | None) -> None:
    found = [
        (e.status, e.date)
        for e in code_text(text, "2017-05-10")
        if (e.event_type, e.source and e.source.country, e.target and e.target.country) == event
    ]
    assert found == [(status, date)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # two people the text names, of one state and one arm of it, are two parties
        ("Donald Trump criticised Barack Obama on Saturday.", ("ACCUSE", "USA", "USA")),
        ("President Jacob Zuma praised Cyril Ramaphosa, his deputy, on Monday.", ("SUPPORT", "ZAF", "ZAF")),
        # known people named by their surnames
        ("Trump criticised President Obama on Saturday.", ("ACCUSE", "USA", "USA")),
        ("Zuma praised Ramaphosa on Monday.", ("SUPPORT", "ZAF", "ZAF")),
    ],
)
def test_two_named_people_of_one_arm_of_a_state_are_two_parties(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


def test_officials_of_one_arm_named_only_by_their_state_are_one_party() -> None:
    assert triples("Dutch officials condemned the statements of Dutch officials on Monday.") == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a named person and a body of the same arm of the state that is not the person's own
        ("Chancellor Olaf Scholz criticised the finance ministry on Friday.", ("ACCUSE", "DEU", "DEU")),
        ("Emmanuel Macron asked the interior ministry to investigate the clashes.", ("REQUEST", "FRA", "FRA")),
    ],
)
def test_a_named_person_and_a_body_of_the_state_are_two_parties(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz praised his government on Friday.",  # his own
        "Olaf Scholz said on Friday that Berlin would respond.",  # the state itself
        "Emmanuel Macron visited the Elysee Palace on Friday.",  # no visit within one's own state
    ],
)
def test_a_person_and_their_own_office_or_state_are_one_party(text: str) -> None:
    assert [e for e in triples(text) if e[1] == e[2]] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the bench and the prosecution are two parties of one judiciary
        ("Greek prosecutors charged a shipowner. The judge refused the prosecution's request on Monday.", True),
        ("Greek prosecutors charged a shipowner. The judge rejected the judge's earlier order.", False),
    ],
)
def test_the_bench_and_the_prosecution_are_two_parties(text: str, kept: bool) -> None:
    assert (("REJECT", "GRC", "GRC") in triples(text)) is kept


@pytest.mark.parametrize(
    "dateline",
    ["Ramallah, occupied West Bank - ", "Simferopol, annexed Crimea - ", "Goma, besieged North Kivu - "],
)
def test_a_dateline_names_a_place_and_holds_no_event(dateline: str) -> None:
    # the story that follows is coded; the participle of its place name is no act
    events = triples(dateline + "Israeli troops raided a village near Nablus on Monday, officials said.")
    assert [e for e in events if e[0] != "ASSAULT"] == []
    assert ("ASSAULT", "ISR", "PSE") in events


def test_two_acts_dated_by_day_and_by_month_in_two_words_are_two_events() -> None:
    text = (
        "A court in Hamburg blocked the German fishing law on March 2. "
        "In refusing this month to reinstate the German fishing law, an appeals court in Berlin cited the constitution."
    )
    rejections = [e for e in code_text(text, "2017-03-20") if e.event_type == "REJECT"]
    assert sorted(e.date for e in rejections) == ["2017-03", "2017-03-02"]


def test_one_act_dated_by_day_and_by_month_in_one_word_is_one_event() -> None:
    text = (
        "A court in Hamburg blocked the German fishing law on March 2. "
        "The court blocked the German fishing law this month, saying it broke the constitution."
    )
    rejections = [e for e in code_text(text, "2017-03-20") if e.event_type == "REJECT"]
    assert [e.date for e in rejections] == ["2017-03-02"]
