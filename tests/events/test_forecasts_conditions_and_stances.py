"""Forecasts and views of onlookers, dangers foreseen, acts passed over, conditions, possibilities,
stances held, information withheld, visits to places that are no state bodies and verbal attacks:
none of them an act (or no armed one); each beside a similar sentence that still codes.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from coded import coded, has_event


@pytest.mark.parametrize(
    "text, kind, source, target",
    [
        # an onlooker's forecast is no planned act
        ("I think the EU will recognise Kosovo within a year, a Dutch analyst said.", None, "EU", "KOS"),
        ("Spain will recognise Kosovo next year, an expert in Madrid said.", None, "ESP", "KOS"),
        # a forecast verb over what another will do foresees it, whatever the frame below it
        ("A Danish analyst anticipates that Sweden will commit to NATO.", "AGREE", "SWE", "NATO"),
        ("The Swedish minister said she expects that Finland will sign the accord with Norway within weeks.",
         "REQUEST", "SWE", "FIN"),
        # a condition is no act
        ("The strife would ease if Israeli leaders were willing to talk with the Palestinians.", None, "ISR", "PSE"),
        ("Peru would profit if Chile were willing to talk with Bolivia.", None, "CHL", "BOL"),
        # what anyone of a kind might do is no act
        ("A worker might agree to the contract with Germany.", "AGREE", None, None),
        # withholding information refuses no one
        ("The French ministry declined to provide details about the Italian request.", "REJECT", None, None),
        ("A Russian soldier who did not want to give his name said the unit had left.", "REJECT", None, None),
        # a stance described in a relative clause is no new act
        ("German lawmakers who oppose the Polish bill met on Monday.", "ACCUSE", "DEU", None),
        ("German lawmakers who oppose the Polish bill met on Monday.", "REJECT", "DEU", None),
        # a visit to a university is no visit to a state
        ("The Chinese foreign minister arrived at a university in Texas.", "CONSULT", None, None),
        # fighting a policy is opposition, no armed attack
        ("British Conservatives are fighting against the EU's migration policy.", None, "GBR", "EU"),
        # a danger foreseen for others is no threat
        ("The Indian minister warned Pakistan and China could be drifting toward a clash.", "THREATEN", None, None),
        # an act still pending is not done
        ("Malaysia has yet to hand over the seized ship to Indonesia.", None, "MYS", "IDN"),
        # "allowed (that) X was": an admission, no concession
        ("The Senate leader allowed the extra aid was one of several Russian ideas.", "CONCEDE", None, None),
        # a readiness an onlooker reads into a state, and onlookers who agree, are views
        ("Turkey is ready to increase its support for the Kurdish parties in Iraq, Turkish analysts say.",
         "AGREE", "TUR", None),
        ("Dimitrov, a Bulgarian defence analyst, said Greece was willing to talk with Albania.", "AGREE", "GRC", "ALB"),
        ("Ankara wants to mediate between Baku and Yerevan, the Turkish experts agreed.", "AGREE", None, None),
        # a state of things a warning foresees threatens no one
        ("The UN warned that Chad, Mali and Niger are close to a food emergency.", "THREATEN", None, None),
        # an act passed over for another is not done
        ("The Iraqi Kurds should bargain with Turkey rather than fighting against Ankara.", "ASSAULT", None, None),
        ("The Iraqi army shelled Mosul instead of talking with Iran.", "CONSULT", None, None),
        # a spokeswoman's attack is words
        ("Labour's spokeswoman attacked the Lib Dems in a speech on Monday.", "ASSAULT", None, None),
        ("The Turkish president verbally attacked the Dutch government.", "ASSAULT", None, None),
    ],
)
def test_no_such_event(text: str, kind: str | None, source: str | None, target: str | None) -> None:
    assert not has_event(coded(text), kind, source, target)


@pytest.mark.parametrize(
    "text, kind, source, target",
    [
        # the actor's own announced plan is still coded
        ("The French government said it will recognise Palestine.", None, "FRA", "PSE"),
        # a willingness stated outright is a promise
        ("Israeli leaders are willing to negotiate with the Palestinians.", "AGREE", "ISR", "PSE"),
        # a readiness the state's own minister states is a promise
        ("Greece is willing to talk with Albania, the Greek foreign minister said.", "AGREE", "GRC", "ALB"),
        # so is being ready or prepared to do what is no event itself
        ("Moscow is ready to restore contacts with Washington, the Russian foreign minister said.",
         "AGREE", "RUS", "USA"),
        ("Japan is prepared to establish links with Mongolia, its foreign minister said.", "AGREE", "JPN", "MNG"),
        # a warning of what the warner will do is a threat
        ("The Chadian president warned that his troops are ready to strike Boko Haram in Niger.",
         "THREATEN", "TCD", None),
        # a warning of what the other's act would be to the warner is a threat
        ("The EU commissioner warned Serbia that any return to the old border would be a red line for its bid.",
         "THREATEN", "EU", "SRB"),
        # experts a body sends act for it
        ("UN experts investigating the fighting in Mali accused Burkina Faso of arming rebels.",
         "ACCUSE", "UN", "BFA"),
        # the act chosen over another is coded
        ("The Iraqi army held talks with Iran rather than besieging Mosul.", "CONSULT", "IRQ", "IRN"),
        # expecting another to act is a demand
        ("Sweden expects Finland to sign the accord with Norway.", "REQUEST", "SWE", "FIN"),
        # a named minister's possible deal is still hedged news
        ("The German minister might agree to the deal with France.", "AGREE", "DEU", "FRA"),
        # refusing access is a refusal
        ("Iran refused to provide access to the IAEA inspectors.", "REJECT", "IRN", "IAEA"),
        # a stance taken is an act
        ("German lawmakers opposed the Polish plan on Monday.", "REJECT", "DEU", None),
        # a clause about the one blamed still tells of the blame
        ("The Turkish cleric Ankara blames for the coup denied it.", "ACCUSE", "TUR", None),
        # a visit to a state is a visit
        ("Putin visited Syria on Tuesday.", "CONSULT", "RUS", "SYR"),
        # fighting a state is an attack
        ("German troops are fighting against Russia.", "ASSAULT", "DEU", "RUS"),
        # a consequence named is a threat
        ("Germany warned Russia would face consequences.", "THREATEN", "DEU", "RUS"),
        # a handover done is coded
        ("Malaysia handed over the seized ship to Indonesia.", None, "MYS", "IDN"),
        # letting people in is a concession
        ("Israel allowed the Palestinian workers to enter.", "CONCEDE", "ISR", "PSE"),
        # a spokeswoman's attack is an accusation
        ("Labour's spokeswoman attacked the Lib Dems in a speech on Monday.", "ACCUSE", "GBR", "GBR"),
        ("The Turkish president verbally attacked the Dutch government.", "ACCUSE", "TUR", "NLD"),
        # without "verbally" a president's attack may be armed
        ("The Turkish president attacked the Dutch government.", "ASSAULT", "TUR", "NLD"),
    ],
)
def test_still_coded(text: str, kind: str | None, source: str | None, target: str | None) -> None:
    assert has_event(coded(text), kind, source, target)
