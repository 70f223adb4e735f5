"""Trigger words in a sense that is no event: the terms of an anonymous source, a warning of a
danger, travel advice, a forecast or a report that warns, a claim backed up, support spoken out,
an airline route, a crowd of travellers, talks over a deal, a judged deal, a definition, a thing that
lets others act, a question, and trigger objects that make no event; each beside a near neighbour
that still is an event.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import functools

import pytest
from spacy.tokens import Span, Token

from coded import event_types, has_event, nlp, triples
from stormpetrel.events import senses

events = functools.cache(triples)
types = functools.cache(event_types)


# (sentence, event type that must not be coded)
NOT_EVENTS = [
    ("A French police official, speaking on condition of anonymity to discuss the inquiry with the European "
     "Union, said two men were held.", "CONSULT"),
    ("A Peruvian official, who spoke on condition of anonymity to discuss talks with Chile, said the deal "
     "was close.", "CONSULT"),
    ("The Spanish government launched an app warning of a terrorist attack.", "ASSAULT"),
    ("Chinese officials issued a warning against travelling to Nepal.", "THREATEN"),
    ("The Spanish interior ministry issued a warning of floods.", "THREATEN"),
    ("The Italian senator warned his colleagues that anyone who opposed the bill would be doing the "
     "bidding of Russia.", "THREATEN"),
    ("A free trade deal between Kenya and Uganda would be a win for both, the Kenyan president said.", "AGREE"),
    ("Around 3,000 Tunisians travelled to Libya in 2016.", "CONSULT"),
    ("The Tory plan allows Scottish voters to buy homes.", "CONCEDE"),
    ("The old castle in Turku is a spot where the two sides discuss quarrels with Russian envoys.", "CONSULT"),
    ("Who attacked the Ukrainian convoy near Kharkiv?", "ASSAULT"),
    ("Jordan still hosts the largest number of Iraqi exiles.", "CONSULT"),
    ("Canada never offered any proof to back up its charge against Venezuela.", "REJECT"),
    ("The Dutch government won the vote, defying polls that showed a close race.", "REJECT"),
    ("Officials in Delhi declared a yellow alert over the smog.", "MOBILIZE"),
    ("Egypt has held long negotiations with Sudan over a water deal.", "AGREE"),
    ("The Turkmen candidates met with voters in theatres and cultural centres.", "CONSULT"),
    ("The French president met supporters in Lyon.", "CONSULT"),
    ('"I deeply regret this situation," the Mexican foreign minister said.', "ACCUSE"),
    ('The French government launched an app warning of a "terrorist" attack.', "THREATEN"),
    ("The Polish minister warned Germany of terrorist attacks.", "THREATEN"),
    ("The Irish leader said he would keep working to make a trade agreement with Canada a reality.", "AGREE"),
    ("The Danish candidate campaigns while promising his voters cheaper housing and more nurses.", "AGREE"),
    ("Algeria warned France about the bomber.", "THREATEN"),
    ("Near Turku a Finnish cyclist was struck by a delivery lorry.", "ASSAULT"),
    ("Moscow tried to appeal to the Russian pride of Latvian voters.", "REQUEST"),
    ("The Kenyan foreign ministry declined Al Jazeera's request for an interview.", "REJECT"),
    ("Last week, Australian senators overturned a regulation on coal mining.", "REJECT"),
    ("Beijing opposed the test, which breached UN resolutions that call for a halt to Pyongyang's missile "
     "programme.", "REQUEST"),
    ("Cannabis is legal in eight Australian states and in Canberra, which continues to ban sales.", "COERCE"),
    ("A Europol alert is a request to locate and arrest someone pending extradition.", "COERCE"),
    ("The Irish minister voiced concern about the prospect of British troops returning to the border.", "ACCUSE"),
    ("Saudi Arabia pledged to cut oil output next month.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_EVENTS)
def test_no_false_event(text: str, wrong: str) -> None:
    assert wrong not in types(text), events(text)


# (sentence, event type, source state, target state)
EVENTS = [
    ("The Kenyan police chief met the Ugandan interior minister to discuss the raid.", "CONSULT", "KEN", "UGA"),
    ("Iran issued a warning to Israel against attacking its nuclear sites.", "THREATEN", "IRN", "ISR"),
    ("North Korea warned South Korea that it could strike Seoul.", "THREATEN", "PRK", "KOR"),
    ("Russia warned Ukraine of a military attack.", "THREATEN", "RUS", "UKR"),
    ("The Nigerian police backed the Ghanaian president.", "SUPPORT", "NGA", "GHA"),
    ("The Czech speaker spoke out against Hungary.", "ACCUSE", "CZE", "HUN"),
    ("The Indian prime minister travelled to Nepal.", "CONSULT", "IND", "NPL"),
    ("More than 200 Russian sappers arrived in Syria to clear mines.", "AID", "RUS", "SYR"),
    ("Egypt reached a water deal with Sudan.", "AGREE", "EGY", "SDN"),
    ("Jordan will host the Syrian president next week.", "CONSULT", "JOR", "SYR"),
    ("The French president met the German chancellor in Lyon.", "CONSULT", "FRA", "DEU"),
    ("Turkey allowed Greece to inspect the ship.", "CONCEDE", "TUR", "GRC"),
    ("The Dutch government defied the European Commission over the budget.", "REJECT", "NLD", "EU"),
    ("China put its troops on high alert near the Indian border.", "MOBILIZE", "CHN", None),
    ("Ukraine regretted Poland's decision to close the border.", "ACCUSE", "UKR", "POL"),
    ("Iran warned Israel of a harsh response.", "THREATEN", "IRN", "ISR"),
    ("Iran rejected the US request for talks.", "REJECT", "IRN", "USA"),
    ("Russia said it was striking targets in Syria.", "ASSAULT", "RUS", "SYR"),
    ("The Security Council adopted a resolution that calls on Israel to halt settlements.", "REQUEST", "UN", "ISR"),
    ("Russia voiced concern about NATO's expansion.", "ACCUSE", "RUS", "NATO"),
    ("Russia cut gas supplies to Ukraine.", "SANCTION", "RUS", "UKR"),
    ("Erdogan welcomed Putin to Ankara.", "CONSULT", "TUR", "RUS"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), EVENTS)
def test_an_event(text: str, kind: str, source: str | None, target: str | None) -> None:
    assert has_event(events(text), kind, source, target), events(text)


def _sentence(text: str) -> Span:
    return next(iter(nlp()(text).sents))


def _word(text: str, word: str) -> Token:
    return next(t for t in _sentence(text) if t.text == word)


def test_a_question_word_opening_a_question_is_a_question() -> None:
    assert senses.wh_question(_sentence("When did a Russian court last tell the Kremlin its laws were illegal?"))
    assert not senses.wh_question(_sentence("When the court met, it told the Kremlin its laws were illegal."))
    assert not senses.wh_question(_sentence("Did the court tell the Kremlin its laws were illegal?"))
    assert not senses.wh_question(_sentence("What happened: a Kenyan court jailed two men; was it fair?"))


def test_an_airline_is_no_visitor() -> None:
    assert senses._an_airline(_word("Qatar Airways flies to Nepal six times a week.", "Airways"))
    assert senses._an_airline(_word("The airline flew to Peru for the first time.", "airline"))
    assert not senses._an_airline(_word("The Qatari emir flew to Nepal.", "emir"))


def test_a_warned_possibility_is_no_threat() -> None:
    text = "The Chilean senator warned that the quarrel over the port may become a very nasty dispute."
    assert senses._possible_harm(_word(text, "become"))
    assert not senses._possible_harm(_word("Russia warned that it could strike the port.", "strike"))
    assert not senses._possible_harm(_word("Russia warned that an attack could follow.", "follow"))


def test_the_terms_of_an_anonymous_source_are_no_talks() -> None:
    text = "A Kenyan officer, speaking on condition of anonymity to discuss the raid, said two men were held."
    assert senses._anonymous_aside(_word(text, "discuss"))
    assert not senses._anonymous_aside(_word("The Kenyan officer flew to Kampala to discuss the raid.", "discuss"))


def test_a_warned_attack_is_only_foreseen() -> None:
    assert senses._foreseen(_word("The ministry issued a warning of a terrorist attack.", "attack"))
    assert not senses._foreseen(_word("The ministry condemned the terrorist attack.", "attack"))


def test_a_willingness_to_talk_in_a_condition_is_no_event() -> None:
    text = "If Ottawa is ready to sit down and negotiate with Delhi, London will gladly help, the envoy said."
    assert ("AGREE", "CAN", None) not in events(text)
    assert senses.conditioned(_word(text, "negotiate"))
    assert not senses.conditioned(_word("Ottawa is ready to sit down and negotiate with Delhi.", "negotiate"))


def test_an_impersonal_striking_is_an_adjective() -> None:
    assert senses._it_is_striking(_word("It was striking when the minister said nothing.", "striking"))
    assert not senses._it_is_striking(_word("Russia said it was striking targets in Syria.", "striking"))


def test_not_doing_enough_to_act_is_no_act() -> None:
    text = "Critics say Ankara is not doing enough to press Damascus."
    assert senses._enough_to(_word(text, "press"))
    assert not senses._enough_to(_word("Ankara did everything to press Damascus.", "press"))


def test_a_tip_off_names_a_third_party() -> None:
    assert senses._third_party(_word("Egypt warned Israel of a plot by militants in Sinai.", "plot"))
    assert senses._third_party(_word("Morocco warned Spain about the gunman.", "gunman"))
    assert not senses._third_party(_word("Iran warned Israel of a harsh response.", "response"))


# (sentence, (type, source, target) the request must give, the act asked that must not be coded as done)
ASKED_LOOSELY = [
    ("The Iranian foreign minister, in a long interview with state television on Sunday evening, called on "
     "Iraq to expel the US troops stationed on its soil.", ("REQUEST", "IRN", "IRQ"), "COERCE"),
    ("The Kenyan president made an appeal to the United Nations to send peacekeepers to Somalia.",
     ("REQUEST", "KEN", "UN"), "AID"),
    ("The senator, who has called for a special committee to investigate Russian hacking, spoke on Monday.",
     None, "ACCUSE"),
]


@pytest.mark.parametrize(("text", "demand", "asked"), ASKED_LOOSELY, ids=["called-on", "appeal-to", "called-for"])
def test_an_act_a_request_asks_for_is_not_done(text: str, demand: tuple[str, str, str] | None, asked: str) -> None:
    assert asked not in types(text)
    if demand is not None:
        assert has_event(events(text), *demand)


def test_a_call_made_to_talk_keeps_its_talks() -> None:
    text = "The Egyptian president called Putin to discuss the war in Syria."
    assert has_event(events(text), "CONSULT", "EGY", "RUS")
