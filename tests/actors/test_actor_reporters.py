"""The verb of saying that reports a clause ("the minister said that Chile must sign"), looked
for from the clause itself or through the clauses joined to it.

Every sentence is invented for these tests.
"""

from __future__ import annotations

from spacy.tokens import Token

from coded import nlp
from stormpetrel import nlp as nlp_stage
from stormpetrel.grammar import reporting_verb, reports


def word(text: str, form: str) -> Token:
    """The token ``form`` of ``text``, parsed as the pipeline parses it."""
    doc = next(nlp_stage.parse([text], nlp()))[0].doc
    return next(t for t in doc if t.text == form)


def test_a_verb_of_saying_reports() -> None:
    assert reports(word("The minister said that Chile signed the deal.", "said"))
    assert not reports(word("The minister said that Chile signed the deal.", "signed"))


def test_the_verb_that_reports_a_clause_is_found_through_the_relations_asked_for() -> None:
    text = "The minister said that Chile must sign the deal first and then ratify it."
    assert reporting_verb(word(text, "sign")).text == "said"
    assert reporting_verb(word(text, "ratify")) is None  # a conjunct, not the reported clause itself
    assert reporting_verb(word(text, "ratify"), frozenset({"conj"})).text == "said"
    assert reporting_verb(word(text, "said")) is None
