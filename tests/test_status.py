"""Event status (asserted, planned, uncertain, negated, hypothetical) and attribution.

Every sentence is invented for these tests. Each names the event it holds (type, source and
target states) so that a test fails when the event is missing as well as when its status is
wrong.
"""

from __future__ import annotations

import functools

import pytest

from stormpetrel import nlp, status
from stormpetrel.model import STATUSES, Event
from stormpetrel.pipeline import code_text

PUB = "2021-06-17"


@functools.cache
def code(text: str, published: str | None = PUB) -> tuple[Event, ...]:
    return tuple(code_text(text, published=published))


def find(text: str, event_type: str, source: str, target: str | None) -> Event:
    """The single event of ``event_type`` between the two states coded from ``text``."""
    events = code(text)
    hits = [e for e in events if e.event_type == event_type
            and e.source is not None and e.source.country == source
            and (target is None or (e.target is not None and e.target.country == target))]
    got = [(e.event_type, e.source and e.source.country, e.target and e.target.country, e.status) for e in events]
    assert len(hits) == 1, f"expected one {event_type} {source}->{target}, got {got}"
    return hits[0]


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


CASES = [
    # planned
    ("The Turkish president will visit Azerbaijan next month.", "CONSULT", "TUR", "AZE", "planned"),
    ("The Turkish president is to visit Azerbaijan next month.", "CONSULT", "TUR", "AZE", "planned"),
    ("The Turkish president plans to visit Azerbaijan next month.", "CONSULT", "TUR", "AZE", "planned"),
    ("Kenya will host the Ethiopian prime minister next week.", "CONSULT", "KEN", "ETH", "planned"),
    pytest.param("The Turkish president is expected to meet the Azerbaijani president in Baku.",
                 "CONSULT", "TUR", "AZE", "planned",
                 id="is-expected-to-meet"),
    pytest.param("The Indian prime minister is scheduled to visit Nepal.", "CONSULT", "IND", "NPL", "planned",
                 id="is-scheduled-to-visit"),
    pytest.param("Turkish president to visit Azerbaijan", "CONSULT", "TUR", "AZE", "planned",
                 id="headline-infinitive"),
    # a simple present in a clause that waits for it is still to come; a present habit is no plan
    pytest.param("Even before the US Senate panel begins its inquiry into Russian interference, critics objected.",
                 "ACCUSE", "USA", "RUS", "planned", id="before-it-begins"),
    pytest.param("Before the US Senate panel began its inquiry into Russian interference, critics objected.",
                 "ACCUSE", "USA", "RUS", "asserted", id="before-it-began"),
    # a sanction announced is a sanction decided (planned); only a condition makes it a threat
    ("The European Union will impose sanctions on Belarus next month.", "SANCTION", "EU", "BLR", "planned"),
    pytest.param("The Indian prime minister's plan to visit Nepal was announced on Monday.",
                 "CONSULT", "IND", "NPL", "planned", id="a-plan-to-visit"),
    # "is to blame" is a judgement made now, not a plan
    ("Kenya said Somalia's mismanagement was to blame for the crisis.", "ACCUSE", "KEN", "SOM", "asserted"),
    # uncertain
    ("Armenian troops allegedly attacked Azerbaijani positions.", "ASSAULT", "ARM", "AZE", "uncertain"),
    ("The Turkish foreign minister reportedly met his Iranian counterpart.", "CONSULT", "TUR", "IRN", "uncertain"),
    ("It is believed that Armenian troops attacked Azerbaijani positions.", "ASSAULT", "ARM", "AZE", "uncertain"),
    ("Armenian troops may have attacked Azerbaijani positions.", "ASSAULT", "ARM", "AZE", "uncertain"),
    ("Credible sources state that Armenian troops attacked Azerbaijani positions.",
     "ASSAULT", "ARM", "AZE", "uncertain"),
    ("Unconfirmed reports say Armenian troops attacked Azerbaijani positions.", "ASSAULT", "ARM", "AZE", "uncertain"),
    ("It is to be assumed that Armenian troops attacked Azerbaijani positions.",
     "ASSAULT", "ARM", "AZE", "uncertain"),
    ("It is uncertain whether Armenian troops attacked Azerbaijani positions.",
     "ASSAULT", "ARM", "AZE", "uncertain"),
    ("It is uncertain how many weapons Iran supplied to Armenia.", "AID", "IRN", "ARM", "uncertain"),
    pytest.param("Armenian troops are suspected of attacking Azerbaijani positions.",
                 "ASSAULT", "ARM", "AZE", "uncertain",
                 id="suspected-of"),
    # negated
    ("The Turkish foreign minister did not meet his Iranian counterpart.", "CONSULT", "TUR", "IRN", "negated"),
    ("The Greek prime minister has not visited Turkey.", "CONSULT", "GRC", "TUR", "negated"),
    ("Greece never condemned Turkey.", "ACCUSE", "GRC", "TUR", "negated"),
    ("Greece no longer backs the Turkish proposal.", "SUPPORT", "GRC", "TUR", "negated"),
    ("No talks were held between Greece and Turkey.", "CONSULT", "GRC", "TUR", "negated"),
    ("Greece and Turkey held no talks.", "CONSULT", "GRC", "TUR", "negated"),
    pytest.param("There have been zero attacks on Kenyan soil by Somali rebels since 2015.",
                 "ASSAULT", "SOM", "KEN", "negated", id="zero-attacks"),
    pytest.param("Greece denied that it had attacked Turkey.", "ASSAULT", "GRC", "TUR", "negated",
                 id="denied-that"),
    pytest.param("Turkey accused Greece of sending troops to the island. The Greek prime minister has not "
                 "confirmed or denied that his troops landed there.", "REJECT", "GRC", "TUR", "negated",
                 id="not-confirmed-or-denied"),
    pytest.param("The Greek minister did not meet or call his Turkish counterpart.",
                 "CONSULT", "GRC", "TUR", "negated", id="not-a-or-b"),
    # a negation stays in its own conjunct: "did not ... but ..."
    pytest.param("The Greek minister did not travel to Ankara but condemned Turkey's aggression.",
                 "ACCUSE", "GRC", "TUR", "asserted", id="not-but"),
    pytest.param("The Greek minister did not travel abroad, yet he met his Turkish counterpart in Athens.",
                 "CONSULT", "GRC", "TUR", "asserted", id="not-yet-own-subject"),
    # a negated clause does not deny the event that dates it, nor an act only meant
    pytest.param("Armenia has not fought a war since a border war with Azerbaijan in 1994.",
                 "ASSAULT", "ARM", "AZE", "asserted", id="not-since-the-war"),
    pytest.param("Greece has not carried out its threat to impose tariffs on Turkish imports.",
                 "SANCTION", "GRC", "TUR", "negated", id="threat-not-carried-out"),
    # what an onlooker or a third state says is to come is a forecast, not a plan
    pytest.param("A former Greek diplomat said the European Union would impose sanctions on Turkey.",
                 "SANCTION", "EU", "TUR", "uncertain", id="former-official-forecast"),
    pytest.param("The European Union will impose sanctions on Belarus, a German columnist wrote.",
                 "SANCTION", "EU", "BLR", "uncertain", id="columnist-forecast-after"),
    pytest.param("The European Union will impose sanctions on Belarus, Lithuanian officials said.",
                 "SANCTION", "EU", "BLR", "uncertain", id="third-state-forecast"),
    pytest.param("The European Union will impose sanctions on Belarus, Belarusian officials said.",
                 "SANCTION", "EU", "BLR", "planned", id="party-announces"),
    # a past that did not happen
    pytest.param("France drafted a resolution that would have imposed sanctions on Syria.",
                 "SANCTION", "FRA", "SYR", "hypothetical", id="would-have-imposed"),
    # a readiness to act is a plan
    pytest.param("The Turkish president confirmed his readiness to visit Azerbaijan.",
                 "CONSULT", "TUR", "AZE", "planned", id="readiness-to-visit"),
    # a refusal only imagined
    pytest.param("Even if Greece refuses to repay Germany, the bank will survive.",
                 "REJECT", "GRC", "DEU", "hypothetical", id="even-if-refuses"),
    pytest.param("Greece refused to repay Germany.", "REJECT", "GRC", "DEU", "asserted", id="refused"),
    pytest.param("In case the Kenyan federation refuses to pay Uganda, the league will go to court.",
                 "REJECT", "KEN", "UGA", "hypothetical", id="in-case-refuses"),
    pytest.param("The Ugandan league will go to court in case Kenya refuses to pay Uganda.",
                 "REJECT", "KEN", "UGA", "hypothetical", id="in-case-after"),
    # hypothetical
    ("If Russia attacked Ukraine, the European Union would impose sanctions on Russia.",
     "ASSAULT", "RUS", "UKR", "hypothetical"),
    ("Turkey would condemn Armenia if it attacked Azerbaijan.", "ACCUSE", "TUR", "ARM", "hypothetical"),
    pytest.param("If Iran halts enrichment, the United States will lift its sanctions on Iran.",
                 "RETREAT", "USA", "IRN", "hypothetical",
                 id="if-will"),
    # a refusal made by negating a wish or a willingness is asserted, not a negated event
    pytest.param("Greece does not want the Turkish minister to return.", "REJECT", "GRC", "TUR", "asserted",
                 id="does-not-want"),
    # a conditional sanction is a threat, and the threat was made
    pytest.param("Unless Iran halts enrichment, the United States will impose sanctions on Iran.",
                 "THREATEN", "USA", "IRN", "asserted",
                 id="unless-will"),
    # an act named in the subject of another clause is not what that clause denies; one that
    # did not take place is
    pytest.param("The Russian attack on the Ukrainian port was not a surprise.", "ASSAULT", "RUS", "UKR",
                 "asserted", id="subject-of-a-judgement"),
    pytest.param("The Russian attack on the Ukrainian port did not take place.", "ASSAULT", "RUS", "UKR",
                 "negated", id="subject-that-did-not-happen"),
    # the act of a claim the clause rejects is denied; the rejection itself is made
    pytest.param("The Kremlin rejected suggestions that Russia might hold talks with the United States.",
                 "CONSULT", "RUS", "USA", "negated", id="rejected-suggestion"),
    pytest.param("The White House pushed back on reports that American officials met Iranian envoys in Oman.",
                 "CONSULT", "USA", "IRN", "negated", id="pushed-back-on-reports"),
    pytest.param("A spokesman pushed back against suggestions at the briefing that Mexico cooperated with Russia.",
                 "COOPERATE", "MEX", "RUS", "negated", id="claim-clause-after-a-phrase"),
    pytest.param("Officials in Ankara dismissed reports that Turkish jets had bombed Iraq.",
                 "REJECT", "TUR", "IRQ", "asserted", id="dismissal-made"),
    pytest.param("Reports said that Turkish jets had bombed Iraq.", "ASSAULT", "TUR", "IRQ", "uncertain",
                 id="report-not-rejected"),
    # asserted
    ("Armenian troops attacked Azerbaijani positions.", "ASSAULT", "ARM", "AZE", "asserted"),
    # a means to act only held is possible; with "no" or under a negation the act is not done
    pytest.param("Estonia has the power to expel the Russian envoy.", "SANCTION", "EST", "RUS", "hypothetical",
                 id="means-held"),
    pytest.param("Estonia used its power to expel the Russian envoy.", "SANCTION", "EST", "RUS", "asserted",
                 id="means-used"),
    pytest.param("Estonia does not have sufficient proof to charge the Russian envoy.", "ACCUSE", "EST", "RUS",
                 "negated", id="means-lacked"),
    pytest.param("Estonia has no intention to expel the Russian envoy.", "SANCTION", "EST", "RUS", "negated",
                 id="no-intention"),
    # a relative clause tells what is known of its noun, whatever the clause around it doubts
    pytest.param("Trade has been uncertain since the rise of Modi, who accused Pakistan of harbouring militants.",
                 "ACCUSE", "IND", "PAK", "asserted", id="relative-clause-under-doubt"),
    pytest.param("It is unclear whether the claim that Turkish jets bombed Iraq is true.",
                 "ASSAULT", "TUR", "IRQ", "uncertain", id="claim-clause-under-doubt"),
    pytest.param("Neither France nor Germany attended the summit in Moscow.", "CONSULT", "DEU", "RUS", "negated",
                 id="neither-nor"),
    ("The Turkish foreign minister met his Iranian counterpart in Ankara.", "CONSULT", "TUR", "IRN", "asserted"),
    # a meeting only timed or possible is not held
    ("No date has yet been fixed for talks between Serbia and Kosovo.", "CONSULT", "SRB", "KOS", "planned"),
    ("Officials in Ankara have set a date for a summit between Turkey and Greece.", "CONSULT", "TUR", "GRC", "planned"),
    ("Diplomats weigh the possibility of talks between Macron and Putin.", "CONSULT", "FRA", "RUS", "hypothetical"),
    # an event prepared for or awaited is yet to come; one looked back on is done
    ("As the Danish premier prepares for her meeting with Macron, her aides urged caution.",
     "CONSULT", "DNK", "FRA", "planned"),
    ("The envoy's trip is meant to prepare the meeting between Macron and Putin.", "CONSULT", "FRA", "RUS", "planned"),
    ("The Danish premier looked at her meeting with Macron as a success.", "CONSULT", "DNK", "FRA", "asserted"),
    # an intent called off is not done; one announced is
    ("Moscow dropped its plan to expel the American diplomats.", "SANCTION", "RUS", "USA", "negated"),
    ("Ankara has reversed its decision to expel the Dutch ambassador.", "SANCTION", "TUR", "NLD", "negated"),
    ("Moscow announced a decision to expel ten British diplomats.", "SANCTION", "RUS", "GBR", "asserted"),
    # a participle that names its doer describes its noun as known: what the clause around the
    # noun plans or what vague sources report is not said of it
    ("A Cuban suspect arrested by Mexican police will be sent home.", "COERCE", "MEX", "CUB", "asserted"),
    ("Kurdish fighters backed by Washington took the town, sources said.", "SUPPORT", "USA", None, "asserted"),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target", "status"), CASES)
def test_status(text: str, event_type: str, source: str, target: str, status: str) -> None:
    assert status in STATUSES
    assert find(text, event_type, source, target).status == status


def test_hypothetical_applies_to_both_clauses_of_a_condition() -> None:
    text = "If Russia attacked Ukraine, the European Union would impose sanctions on Russia."
    sanctions = [e for e in code(text) if e.event_type in {"SANCTION", "COERCE"}]
    assert sanctions, "the sanctions are not coded"
    assert {e.status for e in sanctions} == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Azerbaijan refuses to recognize the Armenian government.", "AZE", "ARM"),
        ("Iran refuses to recognize Israel.", "IRN", "ISR"),
        ("Iran declined to condemn Russia.", "IRN", "RUS"),
        ("Iran refused to meet the American envoy.", "IRN", "USA"),
        # a negated acceptance is a refusal too
        ("Iran will not accept new talks with the United States.", "IRN", "USA"),
        ("Serbia will not recognise Kosovo.", "SRB", "KOS"),
    ],
)
def test_a_refusal_is_an_asserted_reject_not_a_negated_event(text: str, source: str, target: str) -> None:
    events = code(text)
    ev = find(text, "REJECT", source, target)
    assert ev.status == "asserted"
    assert all(e.status != "negated" for e in events)
    assert [e.event_type for e in events] == ["REJECT"]  # the refused act is not coded as well


# -- attribution -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Azerbaijani Defense Ministry reported that Armenian troops shelled Azerbaijani villages.",
         {"azerbaijani", "defense", "ministry"}),
        ("The Azerbaijani Defense Ministry said that Armenian troops shelled Azerbaijani villages.",
         {"azerbaijani", "defense", "ministry"}),
        pytest.param("Armenian troops shelled Azerbaijani villages, according to the ministry.", {"ministry"},
                     id="according-after"),
        pytest.param("According to the Azerbaijani Defense Ministry, Armenian troops shelled Azerbaijani villages.",
                     {"azerbaijani", "defense", "ministry"},
                     id="according-before"),
        # the day a statement came out is no source
        pytest.param("Armenian troops have shelled Azerbaijani villages, says a statement issued on Friday.",
                     {"statement"}, id="statement-on-a-day"),
    ],
)
def test_attribution_in_the_sentence(text: str, words: set[str]) -> None:
    ev = find(text, "ASSAULT", "ARM", "AZE")
    assert ev.attribution is not None
    assert words <= set(ev.attribution.lower().split())


def test_unattributed_event_has_no_attribution() -> None:
    assert find("Armenian troops shelled Azerbaijani villages.", "ASSAULT", "ARM", "AZE").attribution is None


@pytest.mark.parametrize("quotes", [('"', '"'), ("\u201c", "\u201d")], ids=["straight", "curly"])
def test_speaker_introducing_a_quoted_paragraph_is_its_attribution(quotes: tuple[str, str]) -> None:
    o, c = quotes
    text = (
        "The Armenian foreign minister said:\n"
        f"{o}Azerbaijani troops shelled Armenian villages on Monday.{c}\n"
        f"{o}Turkey has supported Azerbaijan from the start.{c}\n"
        "Separately, Greece condemned Turkey."
    )
    events = code(text)
    shelling = find(text, "ASSAULT", "AZE", "ARM")
    support = find(text, "SUPPORT", "TUR", "AZE")
    for ev in (shelling, support):
        assert ev.attribution is not None
        assert {"armenian", "foreign", "minister"} <= set(ev.attribution.lower().split())
    # the quotation ends: the next, unquoted paragraph is the reporter's own
    condemn = find(text, "ACCUSE", "GRC", "TUR")
    assert condemn.attribution is None, [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # the speaker named after the quotation, or before it, speaks every sentence of it
        'Armenian Prime Minister Nikol Pashinyan spoke in Yerevan. "Azerbaijani troops shelled our villages. '
        'We have asked Russia to send peacekeepers. This must stop," Pashinyan said.',
        "Armenian Prime Minister Nikol Pashinyan spoke in Yerevan. Pashinyan told reporters: "
        "\u201cThis must stop. Azerbaijani troops shelled Armenian villages. "
        "We have asked Russia to send peacekeepers.\u201d",
    ],
    ids=["speaker-after", "speaker-before"],
)
def test_a_quotation_of_several_sentences_is_its_speaker_s(text: str) -> None:
    shelling = find(text, "ASSAULT", "AZE", "ARM")
    assert shelling.attribution is not None and "Pashinyan" in shelling.attribution.split()
    request = find(text, "REQUEST", "ARM", "RUS")  # "we" is the speaker
    assert request.source is not None and request.source.name == "Nikol Pashinyan"


@pytest.mark.parametrize(
    "text",
    [
        # the quotation's speaker is "he", who is the person named before it
        'Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on Friday. "We have asked Russia to send '
        'peacekeepers. This must stop," he said.',
        'Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on Friday. He told reporters: "This must stop. '
        'We have asked Russia to send peacekeepers."',
        'Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on Friday. "We urge Russia to send '
        'peacekeepers," he said.',
        # a quotation of paragraphs its speaker opened before them
        'Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on Friday. He told reporters:\n'
        '"This must stop."\n"We have asked Russia to send peacekeepers."',
    ],
    ids=["after", "before", "same-sentence", "paragraphs"],
)
def test_the_we_of_a_quotation_whose_speaker_is_he_is_the_person_before(text: str) -> None:
    request = find(text, "REQUEST", "ARM", "RUS")
    assert request.source is not None and request.source.name == "Nikol Pashinyan"


@pytest.mark.parametrize(
    "text",
    [
        'Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on Friday. "Azerbaijani troops shelled '
        'Armenian villages. This must stop," he said.',
        "Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on Friday. He said Azerbaijani troops had "
        "shelled Armenian villages.",
    ],
    ids=["quotation", "reported-clause"],
)
def test_what_he_says_is_attributed_to_the_person_he_stands_for(text: str) -> None:
    assert find(text, "ASSAULT", "AZE", "ARM").attribution == "Nikol Pashinyan"


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target", "expected"),
    [
        # an event noun whose own predicate forecasts it
        ("Talks between Greece and Turkey are likely to be tense.", "CONSULT", "GRC", "TUR", "uncertain"),
        ("Talks between Greece and Turkey are expected to be tense.", "CONSULT", "GRC", "TUR", "planned"),
        # an act a modal enabling clause only makes possible
        ("Such drones could allow Turkey to attack Greece.", "ASSAULT", "TUR", "GRC", "hypothetical"),
        ("Such drones could allow Turkey to threaten Greece.", "THREATEN", "TUR", "GRC", "hypothetical"),
        ("The new drones allowed Turkey to attack Greece.", "ASSAULT", "TUR", "GRC", "asserted"),
        # a negation on the first of two conjoined clauses is not the second's
        ("The Greek minister did not resign and criticised Turkey.", "ACCUSE", "GRC", "TUR", "asserted"),
        ("Greece is not a threat and will meet Turkey.", "CONSULT", "GRC", "TUR", "planned"),
        ("The Greek minister did not meet or call Turkish officials.", "CONSULT", "GRC", "TUR", "negated"),
    ],
)
def test_forecasts_capabilities_and_conjoined_negation(
    text: str, event_type: str, source: str, target: str, expected: str
) -> None:
    assert find(text, event_type, source, target).status == expected


# a conjunct is not governed by the verb it is joined to; doubts, modals of need or ability and
# pledges keep an act from being told as done
@pytest.mark.parametrize(
    ("text", "event_type", "source", "target", "expected"),
    [
        ("The Egyptian minister has both denied and acknowledged his role in the attack on Libya.",
         "CONCEDE", "EGY", None, "asserted"),
        ("The Turkish minister remains unconvinced that Syria shelled Turkish troops.",
         "ASSAULT", "SYR", "TUR", "uncertain"),
        ("The Turkish minister is not convinced that Syria shelled Turkish troops.",
         "ASSAULT", "SYR", "TUR", "uncertain"),
        ("Senator Smith suggested Brazil should use that lever, threatening to cut trade with Argentina.",
         "THREATEN", "BRA", "ARG", "hypothetical"),
        ("Biden can make a deal with Venezuela.", "AGREE", "USA", "VEN", "hypothetical"),
    ],
    ids=["conjoined-denial", "unconvinced", "not-convinced", "should-participle", "can"],
)
def test_what_is_not_told_as_done(text: str, event_type: str, source: str, target: str | None, expected: str) -> None:
    assert find(text, event_type, source, target).status == expected


def test_what_a_pledged_campaign_would_do_is_a_threat() -> None:
    text = "The Philippine president won after pledging a campaign to end crime by killing thousands of drug dealers."
    assert not [e for e in code(text) if e.event_type == "ASSAULT"]
    assert find(text, "THREATEN", "PHL", "PHL").status == "asserted"


def test_a_promise_not_to_do_something_is_a_promise_made() -> None:
    text = "In promising not to allow foreign troops to stay in Canada, the minister misled voters."
    assert find(text, "AGREE", "CAN", None).status == "asserted"


def test_a_participle_beside_a_denial_is_not_denied() -> None:
    text = "Ghana denies the claim, accusing Togo in turn of sheltering the rebels."
    assert find(text, "ACCUSE", "GHA", "TGO").status == "asserted"
    assert find(text, "REJECT", "GHA", "TGO").status == "asserted"


# a condition outweighs a negation; a rule's or a future act's "as soon as" clause is a condition;
# "no guarantee" leaves what it governs uncertain
@pytest.mark.parametrize(
    ("text", "event_type", "source", "target", "expected"),
    [
        ("If France does not support Italy, Germany will step in.", "SUPPORT", "FRA", "ITA", "hypothetical"),
        ("France did not support Italy.", "SUPPORT", "FRA", "ITA", "negated"),
        ("The treaty entitles Poland to aid as soon as Russia threatens Lithuania.",
         "THREATEN", "RUS", "LTU", "hypothetical"),
        ("Germany will sanction Russia as soon as Moscow attacks Poland.", "ASSAULT", "RUS", "POL", "hypothetical"),
        ("Russia threatened Poland as soon as the treaty was signed.", "THREATEN", "RUS", "POL", "asserted"),
        ("There is no sign that the EU will allow Scotland to rejoin.",
         "CONCEDE", "EU", "GBR", "uncertain"),
    ],
    ids=["if-not", "not", "rule-as-soon-as", "future-as-soon-as", "past-as-soon-as", "no-guarantee"],
)
def test_conditions_and_doubts(text: str, event_type: str, source: str, target: str | None, expected: str) -> None:
    assert find(text, event_type, source, target).status == expected


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target", "expected"),
    [
        # litotes: not hesitating to act is acting
        ("Turkey has not hesitated to attack Kurdish positions in Iraq.", "ASSAULT", "TUR", "IRQ", "asserted"),
        ("Turkey did not attack Kurdish positions in Iraq.", "ASSAULT", "TUR", "IRQ", "negated"),
        # the means of an act only made possible, or planned, is not done either
        ("The deal would allow Serbia to end the row by negotiating a border with Kosovo.",
         "CONSULT", "SRB", "KOS", "hypothetical"),
        ("Serbia will end the row by negotiating a border with Kosovo.", "CONSULT", "SRB", "KOS", "planned"),
        ("Serbia ended the row by negotiating a border with Kosovo.", "CONSULT", "SRB", "KOS", "asserted"),
        # a demand that someone not act is a demand made
        ("The Greek minister said Turkey should not send troops to Cyprus.", "REQUEST", "GRC", "TUR", "asserted"),
        # one of a group to have acted: done, not something the subject "is to" do
        ("Spain was one of the nations to condemn Portugal over the release of the gunman.", "ACCUSE", "ESP", "PRT",
         "asserted"),
        ("Italy is to condemn France over the release of the gunman.", "ACCUSE", "ITA", "FRA", "planned"),
    ],
    ids=["not-hesitated", "not-attacked", "means-of-enabled", "means-of-planned", "means-of-done",
         "demand-not-to", "one-of-those-to", "is-to"],
)
def test_litotes_and_means(text: str, event_type: str, source: str, target: str | None, expected: str) -> None:
    assert find(text, event_type, source, target).status == expected


def test_a_visit_in_the_offing_is_planned() -> None:
    text = "A visit to Beijing by the French foreign minister is in the offing, I am told."
    assert find(text, "CONSULT", "FRA", "CHN").status == "planned"


# a modal of obligation: an act only owed is none (senses drop it), one only advised or possible
# is hypothetical, and one a reported "must" demands is a demand
@pytest.mark.parametrize(
    ("text", "verb", "is_owed", "is_unreal"),
    [
        ("The Chilean government must approve the loan before the bank can pay it.", "approve", True, True),
        ("Colombia has to protect these migrants from the gangs.", "protect", True, False),
        ("The mayor said Ecuador must pay the debt.", "pay", False, True),
        ("The mayor said Ecuador has to pay the debt.", "pay", True, False),
        ("Uruguay can sign a deal with Paraguay.", "sign", False, True),
        ("Uruguay signed a deal with Paraguay.", "sign", False, False),
    ],
    ids=["must", "has-to", "reported-must", "reported-has-to", "can", "done"],
)
def test_modal_of_obligation(text: str, verb: str, is_owed: bool, is_unreal: bool) -> None:
    tok = next(t for t in nlp.load()(text) if t.lemma_ == verb)
    assert status.owed(tok, status.frames()) is is_owed
    assert status.unreal(tok) is is_unreal


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("Russia refrained from attacking Ukraine.", "ASSAULT", "RUS", "UKR"),
        ("China held off on retaliating against the US tariffs.", None, "CHN", "USA"),
        ("The Chadian army was unable to stop Libyan fighters from crossing the border.", "COERCE", "TCD", "LBY"),
    ],
)
def test_an_act_forgone_is_negated(text: str, event_type: str | None, source: str, target: str) -> None:
    events = [e for e in code(text) if e.source.country == source and e.target and e.target.country == target
              and (event_type is None or e.event_type == event_type)]
    assert events and all(e.status == "negated" for e in events)


def test_an_act_after_a_forgone_one_is_done() -> None:
    assert find("Russia held off for weeks and then attacked Ukraine.", "ASSAULT", "RUS", "UKR").status == "asserted"


def test_what_a_state_could_not_stop_is_still_done_by_the_other() -> None:
    # the fighters cross; it is the stopping that did not happen
    got = code("The Chadian army was unable to stop Libyan fighters from attacking Chadian villages.")
    assert any(e.event_type == "ASSAULT" and e.source.country == "LBY" and e.status == "asserted" for e in got)
    assert not any(e.event_type == "ASSAULT" and e.source.country == "TCD" for e in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia and Chile are close to agreeing a pact on water rights.", "planned"),
        ("Bolivia and Chile were close to agreeing a pact on water rights.", "uncertain"),
        ("Bolivia and Chile agreed a pact on water rights.", "asserted"),
    ],
)
def test_an_act_nearly_reached_is_not_done(text: str, expected: str) -> None:
    assert find(text, "AGREE", "BOL", "CHL").status == expected


def test_a_meeting_held_on_a_date_is_asserted() -> None:
    assert find("Serbia and Kosovo held talks on the date set by the EU.", "CONSULT", "SRB", "KOS").status == "asserted"


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target", "expected"),
    [
        ("The Malian cabinet has committed to reversing last week's decision to withdraw from the African Union.",
         "AGREE", "MLI", "AU", "asserted"),
        ("The Zambian president vowed to drop plans to expel the Chinese ambassador.", "AGREE", "ZMB", "CHN",
         "asserted"),
        ("The Malian government scrapped its plan to expel the French ambassador.", "SANCTION", "MLI", "FRA",
         "negated"),
    ],
    ids=["committed-to-reverse", "vowed-to-drop", "scrapped"],
)
def test_a_promise_to_call_off_an_act_is_a_promise(
    text: str, event_type: str, source: str, target: str, expected: str
) -> None:
    assert find(text, event_type, source, target).status == expected


def test_a_promise_to_call_off_a_sanction_is_no_threat() -> None:
    text = "The Namibian cabinet pledged to rescind last week's decision to withdraw from the Commonwealth."
    assert not [e for e in code(text) if e.event_type in {"THREATEN", "SANCTION"}]


def test_quotations_find_their_speaker_after_or_before_them() -> None:
    text = (
        'The talks ended.\n"Kenya will not wait. Uganda must act," Ruto said on Monday.\n'
        "The envoy told reporters: \u201cWe are ready.\u201d\n"
        '"We will go," she said.\n'
        'A "so-called deal" was mocked.'
    )
    found = [(text[start:end], who) for start, end, who in status.quotations(text)]
    assert found == [
        ('"Kenya will not wait. Uganda must act,"', "Ruto"),
        ("\u201cWe are ready.\u201d", "The envoy"),
        ('"We will go,"', "she"),
    ]


# -- hedging adjectives ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Russia's alleged attack on Georgian troops angered Tbilisi.",
        "The suspected Russian attack on Georgian troops angered Tbilisi.",
        "Moscow's alleged plans to sell missiles to Iran angered Israel.",
    ],
    ids=["alleged-attack", "suspected-attack", "alleged-plans-to"],
)
def test_a_hedging_adjective_on_the_event_noun_makes_it_uncertain(text: str) -> None:
    statuses = {e.status for e in code_text(text, "2022-05-10") if e.source and e.source.country == "RUS"}
    assert statuses == {"uncertain"}


def test_a_hedging_adjective_elsewhere_leaves_the_act_asserted() -> None:
    events = [e for e in code_text("Russia attacked Georgian troops in the alleged breakaway region.", "2022-05-10")
              if e.event_type == "ASSAULT"]
    assert [e.status for e in events] == ["asserted"]


def test_a_past_act_after_which_a_future_one_comes_is_done() -> None:
    # "would cut ties after the police stopped them": the stopping, in the past tense, is its cause
    text = (
        "Kenya said it would cut ties with Uganda after Ugandan police stopped Kenyan ministers "
        "from speaking at a rally."
    )
    assert find(text, "COERCE", "UGA", "KEN").status == "asserted"
    assert find(text, "SANCTION", "KEN", "UGA").status == "planned"


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("Nor did Chile accuse Peru of spying.", "ACCUSE", "CHL", "PER"),
        ("Chile criticised Bolivia but did not blame Lima, nor did it threaten Peru.", "THREATEN", "CHL", "PER"),
        ("Chile neither condemned nor praised Peru.", "ACCUSE", "CHL", "PER"),
        ("Chile neither condemned nor praised Peru.", "SUPPORT", "CHL", "PER"),
    ],
    ids=["nor-opening", "nor-conjunct", "neither", "neither-nor"],
)
def test_nor_and_neither_deny_the_verb_they_mark(text: str, event_type: str, source: str, target: str) -> None:
    assert find(text, event_type, source, target).status == "negated"


def test_the_clause_before_nor_keeps_its_own_status() -> None:
    text = "Chile criticised Bolivia but did not blame Lima, nor did it threaten Peru."
    assert find(text, "ACCUSE", "CHL", "BOL").status == "asserted"
