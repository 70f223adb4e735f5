"""Words that point back to a place or a state the sentence named: "authorities there", "that
country"."""

from __future__ import annotations

import pytest

from coded import country_of, triples
from stormpetrel.actors import resolve

THERE = "After floods swept across Nigeria, authorities there closed the border with Cameroon."
TWO_PLACES = "Floods hit towns in Kenya and Uganda; officials there blamed Ethiopia for the dam."
THAT_COUNTRY = "Kenya closed its border with Somalia on Monday, blaming that country for the attacks."
SPEAKER = "France criticised Russia on Monday, and Germany said that country had broken the deal."
THE_COUNTRY = "Heavy floods struck Malawi last week. The country appealed to the United Nations for food aid."
THE_COUNTRY_THEN_IT = "Cyclones struck Madagascar in March. The nation asked donors for help. It also accused France."
DESCRIBED = "Ghana criticised Nigeria on Monday. The West African nation accused Togo of smuggling."


def test_authorities_there_are_of_the_place_named_before() -> None:
    assert country_of(THERE, "authorities") == "NGA"


def test_without_the_pointer_the_authorities_are_of_no_state(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resolve.DocumentActors, "_place_there", lambda self, head, marks: None)
    assert country_of(THERE, "authorities") != "NGA"


def test_there_after_two_places_points_to_neither() -> None:
    assert country_of(TWO_PLACES, "officials") not in {"KEN", "UGA"}


def test_that_country_is_the_state_named_last() -> None:
    assert ("ACCUSE", "KEN", "SOM") in triples(THAT_COUNTRY)
    assert country_of(THAT_COUNTRY, "country") == "SOM"


def test_the_country_doing_an_act_is_the_state_named_last() -> None:
    assert country_of(THE_COUNTRY, "country") == "MWI"
    assert ("REQUEST", "MWI", "UN") in triples(THE_COUNTRY)


def test_a_later_it_stands_for_the_country_as_well() -> None:
    assert ("ACCUSE", "MDG", "FRA") in triples(THE_COUNTRY_THEN_IT)


def test_a_described_nation_is_not_simply_the_last_named() -> None:
    assert country_of(DESCRIBED, "nation") != "NGA"


def test_that_country_is_not_the_speaker_s_own() -> None:
    assert country_of(SPEAKER, "country") != "DEU"
