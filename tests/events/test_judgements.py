"""Judgements: calling another's act illegal or an aggression accuses its author; calling it
constructive supports it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from coded import triples


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Egypt said Israel's blockade was an act of aggression against its people.", ("ACCUSE", "EGY", "ISR")),
        ("Norway described the Russian raid as a grave breach of the border treaty.", ("ACCUSE", "NOR", "RUS")),
        (
            '"The Israeli law is in breach of international law," the Jordanian foreign minister said.',
            ("ACCUSE", "JOR", "ISR"),
        ),
        ("Russia called the American sanctions illegal.", ("ACCUSE", "RUS", "USA")),
        ("Beijing said the US was the aggressor.", ("ACCUSE", "CHN", "USA")),
        ("Damascus said Turkey was a terrorist state.", ("ACCUSE", "SYR", "TUR")),
        ("Seoul said the Japanese proposal was constructive.", ("SUPPORT", "KOR", "JPN")),
        # a court's ruling, and a verb that deems a thing to be what it judges
        ("A court in Ankara ruled that the Dutch ban on the rally was illegal.", ("ACCUSE", "TUR", "NLD")),
        ("The Polish government deemed the German proposal unacceptable.", ("ACCUSE", "POL", "DEU")),
    ],
)
def test_a_judgement_of_an_act_is_about_its_author(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


def test_a_judging_noun_is_not_an_act_of_its_own() -> None:
    # "an aggression" here is what the speaker calls the law, not an attack by anyone
    events = triples("The Cuban president said the American embargo was an aggression against his nation.")
    assert ("ACCUSE", "CUB", "USA") in events
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_a_neutral_description_is_no_judgement() -> None:
    assert triples("Chile said the Peruvian coast was long and the Bolivian border was quiet.") == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Chinese spokesman said Washington was meddling in the affairs of China.", ("ACCUSE", "CHN", "USA")),
        ("Russia's envoy to the EU said the bloc was in panic over the new US president.", ("ACCUSE", "RUS", "EU")),
        ("The Iranian foreign minister said Saudi Arabia was spreading lies about Tehran.", ("ACCUSE", "IRN", "SAU")),
        ("Kenya's president said Somalia seemed to be undermining the peace effort.", ("ACCUSE", "KEN", "SOM")),
    ],
)
def test_saying_something_negative_of_an_actor_accuses_it(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan said China was not meddling in the dispute.",  # negated
        "The French minister said the process was entering its hardest phase, with trials for war crimes.",
        "Spain said it was worried that the talks could collapse into chaos.",  # no actor is judged
        # "terrorists" names whom the army fought, it judges no one
        "The Iraqi defence minister said the Iraqi army had driven terrorists out of Mosul.",
    ],
)
def test_a_negated_or_unowned_criticism_accuses_nobody(text: str) -> None:
    assert not [e for e in triples(text) if e[0] == "ACCUSE"]


def test_a_reported_act_is_the_act_not_a_judgement() -> None:
    # the clause names an attack: the claim is the ASSAULT, not a second, judging event
    events = triples("Damascus said Israeli jets had attacked a Syrian army base in a brutal raid.")
    assert [e[0] for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The Estonian president pointed to Russia's military build-up and aggressive behaviour along the border.",
            ("ACCUSE", "EST", "RUS"),
        ),
        ("The Polish prime minister cited Belarus's hostile conduct and its arms build-up.", ("ACCUSE", "POL", "BLR")),
        ("The Israeli prime minister spoke of the threat from Iran.", ("ACCUSE", "ISR", "IRN")),
        (
            "Latvia's defence minister spoke of Moscow's aggressive actions in the Baltic region.",
            ("ACCUSE", "LVA", "RUS"),
        ),
    ],
)
def test_naming_another_s_hostile_conduct_accuses_it(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Indian minister pointed to the country's strong growth and its young workforce.",
        "The Kenyan minister cited Uganda's support for the peace process.",
        "The Brazilian president spoke of Argentina's long friendship with his country.",
        "The Indian minister cited China's fight against terrorism.",  # the harm is what China fights
    ],
)
def test_naming_another_s_neutral_conduct_accuses_nobody(text: str) -> None:
    assert not [e for e in triples(text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Japanese minister called the North Korean plan a threat to the region.", ("ACCUSE", "JPN", "PRK")),
        ("The Egyptian foreign minister called the Ethiopian dam project deeply concerning.", ("ACCUSE", "EGY", "ETH")),
        ("The German chancellor described the Russian moves as alarming.", ("ACCUSE", "DEU", "RUS")),
        ("Egypt condemned what it called an Israeli act of aggression.", ("ACCUSE", "EGY", "ISR")),
        ("Norway welcomed what it called a constructive Russian proposal.", ("SUPPORT", "NOR", "RUS")),
    ],
)
def test_calling_a_thing_bad_judges_its_author(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


def test_a_warning_about_another_s_act_accuses_it() -> None:
    # the warning is about what Washington's cuts do, not a threat by the speaker
    events = triples("The UN spokesman warned that abrupt cuts by Washington would undermine the reform effort.")
    assert ("ACCUSE", "UN", "USA") in events
    assert not [e for e in events if e[0] == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Iraqi army said ISIS was responsible for the killing of six farmers.", ("ACCUSE", "IRQ", "IMG")),
        ("Kabul holds Pakistan responsible for the border attacks.", ("ACCUSE", "AFG", "PAK")),
        ("The Iraqi army's press office claims that ISIS is responsible for the bombing.", ("ACCUSE", "IRQ", "IMG")),
        (
            "The Turkish minister argued that Greece was violating the demilitarised status of the islands.",
            ("ACCUSE", "TUR", "GRC"),
        ),
    ],
)
def test_holding_an_actor_responsible_for_a_harm_accuses_it(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany said its army was responsible for security at the summit.",  # a duty, not a harm
        "Japan holds the presidency of the council this year.",
        "The Chilean minister said the earthquake was a grave danger to the coast.",  # nobody did it
        "The Swedish envoy insisted that Norway had acted lawfully.",
        "Australia's prime minister said the report concerning China's trade would be released soon.",
    ],
)
def test_a_duty_or_a_natural_danger_accuses_nobody(text: str) -> None:
    assert not [e for e in triples(text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ukraine said Russia was behind the cyber attack on its power grid.", ("ACCUSE", "UKR", "RUS")),
        ("Britain said Russia bears responsibility for the poisoning.", ("ACCUSE", "GBR", "RUS")),
        (
            "Beijing's foreign ministry said in a statement that Tokyo's remarks were \"unacceptable\".",
            ("ACCUSE", "CHN", "JPN"),
        ),
        ("Russia's foreign ministry said NATO was provoking tensions in the Baltic.", ("ACCUSE", "RUS", "NATO")),
        ("The Philippine president said China was bullying smaller nations.", ("ACCUSE", "PHL", "CHN")),
        ("Athens said Ankara's actions violated international law.", ("ACCUSE", "GRC", "TUR")),
        ("The Cuban foreign minister said the American embargo was cruel and unjust.", ("ACCUSE", "CUB", "USA")),
    ],
)
def test_statements_that_blame_an_actor(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Danish minister said the team had been behind the project for years.",  # no harm
        "The Iraqi army said the checkpoint was behind the river.",
    ],
)
def test_being_behind_something_harmless_accuses_nobody(text: str) -> None:
    assert not [e for e in triples(text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The UN said the humanitarian situation in Yemen was alarming.",  # a state of affairs, no author
        "The WHO said the spread of the virus in Brazil was deeply concerning.",
        "Germany said Italy was carrying a heavy burden in the migrant crisis.",  # Italy bears it
        # a threat or danger "of" something is a risk: no one is judged
        "Canadian senators pointed to the threat of too few American insurers in the new scheme.",
        "The Kenyan minister warned of the danger of a Somali famine.",
    ],
)
def test_a_worrying_state_of_affairs_accuses_nobody(text: str) -> None:
    assert not [e for e in triples(text) if e[0] == "ACCUSE"]


def test_laying_a_burden_on_another_is_a_complaint() -> None:
    text = "The American ambassador said the UN spends too much and places a heavy burden on the United States."
    assert ("ACCUSE", "USA", "UN") in triples(text)


def test_what_the_press_reports_an_actor_failed_to_do_is_no_accusation() -> None:
    assert ("ACCUSE", "RUS", "UKR") in triples(
        "The Russian foreign minister said that the Ukrainian army failed to withdraw its heavy weapons."
    )
    said = triples("Kiev failed to withdraw its heavy weapons, the newspaper said.")
    assert not [e for e in said if e[0] == "ACCUSE"]
    assert not [
        e
        for e in triples("The Guardian reported that the Ukrainian army had failed to withdraw its heavy weapons.")
        if e[0] == "ACCUSE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Moldova called the Russian move to send more troops "unacceptable".',
        'Moldova called the Russian move to send a larger peacekeeping force "unacceptable".',
    ],
)
def test_a_move_called_unacceptable_accuses_its_author_and_asks_nothing(text: str) -> None:
    got = triples(text)
    assert ("ACCUSE", "MDA", "RUS") in got
    assert not any(e[0] == "REQUEST" for e in got)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Georgia's envoy said Moscow's provocations along the border were part of a wider plan.",
            ("ACCUSE", "GEO", "RUS"),
        ),
        ("The Japanese minister said China's aggression in the region worried Tokyo.", ("ACCUSE", "JPN", "CHN")),
        ("Vietnam said that Beijing's interference in its waters had to end.", ("ACCUSE", "VNM", "CHN")),
    ],
)
def test_an_owned_misdeed_as_the_subject_of_a_statement_accuses_its_owner(
    text: str, event: tuple[str, str, str]
) -> None:
    # what the clause goes on to say of it ("were part of a plan") judges nothing; the noun does
    assert event in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's envoy said Russia's provocations had not taken place.",  # negated
        "Chile said the threat of war from Peru was growing.",  # a harm that names no one
        "Georgia's envoy said the provocations along the border were part of a wider plan.",  # no owner
    ],
)
def test_a_misdeed_denied_or_owned_by_nobody_accuses_no_one(text: str) -> None:
    assert not [e for e in triples(text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Polish envoy said the German reasoning was unprofessional.", ("ACCUSE", "POL", "DEU")),
        ("Athens called the Turkish remarks inflammatory.", ("ACCUSE", "GRC", "TUR")),
        ("The Irish minister said the British decision was counterproductive.", ("ACCUSE", "IRL", "GBR")),
    ],
)
def test_a_rebuke_of_conduct_accuses_its_author(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


def test_a_divisive_issue_with_no_author_accuses_no_one() -> None:
    got = triples("The Irish minister said the question of the border was divisive.")
    assert not [e for e in got if e[0] == "ACCUSE"]


def test_a_misdeed_said_to_be_another_s_plot_accuses_the_plotter() -> None:
    got = triples("A Venezuelan minister said the unrest in Caracas was a shameless plot by the United States.")
    assert ("ACCUSE", "VEN", "USA") in got
    assert ("ACCUSE", "VEN", "VEN") not in got  # where it happened is not who plotted it
