"""Trigger words used in a sense that is no political act: a partial subject, a private
invitation, an option left open, a suspect's help to an inquiry, police work against crime,
control of no one, an admission, a forecast of a state, a charge behind an arrest, a comparison
("as opposed to"), what a text lets people do, a handshake that seals no deal, a wish about one's
own image, an act only urged ("pressure to resign"), a missile fired that hit someone (no
weapons test), a phone charged, one's own error regretted; each beside a
similar sentence that still is an event. An act done to no one ("no strikes were carried out")
is an event all the same, negated.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import functools

import pytest

from coded import event_types, has_event, triples
from stormpetrel.pipeline import code_text

PUB = "2023-06-02"

events = functools.cache(functools.partial(triples, published=PUB))
types = functools.partial(event_types, published=PUB)


# (sentence, event type that must not be coded)
NOT_EVENTS = [
    ("Not all farmers in Kenya agree with the president's land plan.", "SUPPORT"),
    ("The Canadian prime minister invited the singer for a holiday at his lodge.", "AGREE"),
    ("French police ruled out that the fire at the depot was arson.", "REJECT"),
    ("The Greek minister did not rule out that this quarrel might go to court.", "REJECT"),
    ("The Belgian suspect is cooperating with German investigators.", "COOPERATE"),
    ("Spanish police dispatched a unit to counter drug trafficking in the port.", "MOBILIZE"),
    ("Irish ministers are eager to seize control.", "COERCE"),
    ("The US president gave everything in this campaign, said the Speaker.", "CONCEDE"),
    # a habit is no event
    ("The Polish president travels to Kyiv monthly.", "CONSULT"),
    # "in" with a time is no particle: "gave back in May" is no "gave in"
    ("The account the Irish minister gave back in May was questioned by Britain.", "CONCEDE"),
    ('"Sweden has won this argument," the Danish premier conceded after the vote.', "CONCEDE"),
    ("The Danish premier conceded that Sweden had won the argument.", "CONCEDE"),
    ("Ireland expects Britain to become clearer about its plans.", "REQUEST"),
    ("The Irish premier expects Britain to be on the list of rivals.", "REQUEST"),
    ("The Dutch senators declined to name the witnesses.", "REJECT"),
    ("Germany has recognised the value of Polish labour.", "SUPPORT"),
    ("Dozens of Britons were arrested for plotting attacks or providing money to terrorist groups.", "AID"),
    ("North Korea rejected a UN statement that labelled what it called routine missile launches a threat.",
     "THREATEN"),
    ("As opposed to Greece, Portugal has kept its budget deficit low.", "ACCUSE"),
    ("The Polish parliament passed a law allowing Ukrainian refugees to stay.", "CONCEDE"),
    ("A new Kenyan regulation allows farmers to grow more maize.", "CONCEDE"),
    # a permission to no one named, for what is no act an event is made of
    ("The Kenyan school allowed the boy to use the library.", "CONCEDE"),
    ("The Chilean airline started allowing passengers to carry two bags.", "CONCEDE"),
    # a thing banned, not a people or a freedom
    ("The Indian government banned high-value currency notes.", "COERCE"),
    ("The Kenyan government banned the hunting of elephants.", "COERCE"),
    # an office passed on in turn, no ground given up
    ("The Chadian president handed over the rotating presidency of the African Union to Guinea.", "RETREAT"),
    ("The Indian and Pakistani leaders shook hands at the summit.", "AGREE"),
    ("The Indian and Pakistani leaders shook hands on the sidelines of the summit.", "AGREE"),
    ("The Irish premier does not want to be seen as too close to the American president.", "REJECT"),
    ("The Spanish premier, who faces pressure from his own party to resign, flew to Rome.", "RETREAT"),
    ("Lying to parliament is grounds for the minister to resign, the Spanish opposition said.", "RETREAT"),
    ("Two missiles fired by Taliban fighters on Monday hit worshippers in Kandahar.", "MOBILIZE"),
    ("The Pakistani government mobilized all its resources for the relief effort in Sindh.", "MOBILIZE"),
    ("The Democratic Party mobilized thousands of volunteers against the Republican senator.", "MOBILIZE"),
    ("The Kenyan president mobilised funds for the Somali refugees.", "MOBILIZE"),
    # an accident investigated accuses no one
    ("Irish police are investigating the crash on the road near Limerick.", "ACCUSE"),
    ("Kenyan officials are probing the stampede at the Nairobi stadium.", "ACCUSE"),
    # a device charged, one's own error regretted: no one accused
    ("A Scottish man was hurt as he charged his phone in Glasgow, Scottish police said.", "ACCUSE"),
    ("The Dutch broadcaster said it deeply regretted the error in its report on Belgium.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_EVENTS)
def test_no_false_event(text: str, wrong: str) -> None:
    assert wrong not in types(text), events(text)


def test_an_act_done_to_no_one_is_a_negated_event_not_an_asserted_one() -> None:
    coded = code_text("Pentagon officials said no US strikes had been carried out in Somalia on Friday.", PUB)
    assert [e.status for e in coded if e.event_type == "ASSAULT"] == ["negated"]


# (sentence, event type, source state, target state): near neighbours that still are events
STILL_EVENTS = [
    ("Two missiles fired by Taliban fighters on Monday hit worshippers in Kandahar.", "ASSAULT", "AFG", "AFG"),
    ("A missile fired by North Korea on Monday landed in the sea.", "MOBILIZE", "PRK", None),
    ("The Spanish premier resigned under pressure from his own party.", "RETREAT", "ESP", None),
    ("Armenia mobilised its reservists on Sunday.", "MOBILIZE", "ARM", None),
    ("Ireland does not want to join the Russian plan.", "REJECT", "IRL", "RUS"),
    ("The Kenyan court allowed opposition leaders to leave the country.", "CONCEDE", "KEN", None),
    ("The Indian and Pakistani leaders shook hands at the summit.", "CONSULT", "IND", "PAK"),
    ("Poland allowed Ukrainian refugees to stay.", "CONCEDE", "POL", "UKR"),
    ("The Ivorian court allowed Ouattara to run in the election.", "CONCEDE", "CIV", None),
    ("Russia handed over two islands to Japan.", "RETREAT", "RUS", "JPN"),
    ("Moscow banned the opposition rally.", "COERCE", "RUS", "RUS"),
    ("Sudan allowed the aid agencies to deliver food in Darfur.", "CONCEDE", "SDN", None),
    ("Portugal opposed Greece's stance on the budget.", "ACCUSE", "PRT", "GRC"),
    ("Farmers in Kenya agree with the president's land plan.", "SUPPORT", "KEN", "KEN"),
    ("Portugal offered help to Mozambique after the floods.", "AGREE", "PRT", "MOZ"),
    ("The Canadian prime minister invited the Mexican president for talks in Ottawa.", "AGREE", "CAN", "MEX"),
    ("Greece ruled out talks with Turkey over the islands.", "REJECT", "GRC", "TUR"),
    ("Belgium is cooperating with Germany on border checks.", "COOPERATE", "BEL", "DEU"),
    ("Spain dispatched warships to the Libyan coast.", "MOBILIZE", "ESP", None),
    ("Malian rebels seized control of Kidal.", "COERCE", None, None),
    ("The Malian government finally gave in to pressure from Algeria.", "CONCEDE", "MLI", None),
    ("Iran conceded the disputed islands to the Emirates.", "CONCEDE", "IRN", "ARE"),
    ("Kazakhstan expects China to pay its debt by June.", "REQUEST", "KAZ", "CHN"),
    ("Ireland expects Britain to be ready for talks soon.", "REQUEST", "IRL", "GBR"),
    ("Serbia declined to recognise Kosovo.", "REJECT", "SRB", None),
    ("Brazil recognised the new government of Bolivia.", "SUPPORT", "BRA", "BOL"),
    ("German police arrested two Syrians for plotting to attack a market in Berlin.", "COERCE", "DEU", "SYR"),
    ("Russia issued a threat to Ukraine on Monday.", "THREATEN", "RUS", "UKR"),
    ("Irish police are investigating the killing of a Polish man in Dublin.", "ACCUSE", "IRL", "POL"),
    ("Scottish police charged a Polish man with fraud in Glasgow.", "ACCUSE", "GBR", "POL"),
    ("Belgium regretted the Dutch decision to close the border.", "ACCUSE", "BEL", "NLD"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), STILL_EVENTS)
def test_still_an_event(text: str, kind: str, source: str | None, target: str | None) -> None:
    assert has_event(events(text), kind, source, target), events(text)


def test_charge_behind_arrest_keeps_a_separate_clause() -> None:
    evs = events('Britain accused Russia of "breaking its promises" and "bullying" its neighbours while France '
                 "and Germany also criticised the move.")
    assert {"GBR", "FRA", "DEU"} <= {e[1] for e in evs if e[0] == "ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters worked through the night to put out a fire at a warehouse in Lyon on Monday.",
        "The carmaker said it had received 40 reports of fires in Germany and Austria.",
    ],
)
def test_a_fire_that_burns_is_no_shooting(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


def test_fire_opened_on_people_is_still_shooting() -> None:
    assert "ASSAULT" in event_types("Gunmen opened fire on a bus in Karachi on Monday.")
