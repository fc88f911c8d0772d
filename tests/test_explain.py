"""kg.owl.explain without Java: the plain-words causes of an inconsistency, found in the axioms of
a small ontology of our own and of the shipped one. (tests/test_reason.py runs them after HermiT.)"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.owl.explain import explain
from kg.owl.export import Ontology, OwlDocument
from kg.vocab import DATA_BASE, NKG_BASE, OWL_NS, RDFS_NS, XSD_NS, ontology_triples

PREFIXES = f"""
@prefix nkg: <{NKG_BASE}> .
@prefix id: <{DATA_BASE}> .
@prefix ex: <http://example.org/> .
@prefix owl: <{OWL_NS}> .
@prefix rdfs: <{RDFS_NS}> .
@prefix xsd: <{XSD_NS}> .
"""
SMALL = """
ex:count a owl:DatatypeProperty ; rdfs:range xsd:unsignedInt .
ex:size a owl:DatatypeProperty, owl:FunctionalProperty .
"""


def turtle(text: str) -> list[ox.Triple]:
    return [q.triple for q in ox.parse((PREFIXES + text).encode(), format=ox.RdfFormat.TURTLE)]


def explained(data: str, ontology: list[ox.Triple]) -> list:
    doc = OwlDocument("http://example.org/doc", ontology + turtle(data))
    return explain(doc, Ontology.from_triples(ontology), [])


@pytest.mark.parametrize("value, fits", [
    ('"3"^^xsd:integer', True), ('"0"^^xsd:unsignedInt', True),
    ('"-1"^^xsd:integer', False), ('"2.5"^^xsd:decimal', False), ('"three"', False),
])
def test_a_value_outside_the_range_of_a_data_property(value, fits):
    found = explained(f"id:a ex:count {value} .", turtle(SMALL))
    clashes = [e for e in found if "must be a value of type xsd:unsignedInt" in e.message]
    assert bool(clashes) is not fits, found
    if clashes:
        assert clashes[0].subject == DATA_BASE + "a"
        assert "DataPropertyRange(<http://example.org/count> xsd:unsignedInt)" in clashes[0].axioms


def test_two_values_of_a_functional_property_but_not_one_value_twice():
    [e] = [e for e in explained('id:a ex:size "1"^^xsd:integer, "2"^^xsd:integer .', turtle(SMALL))
           if "is functional" in e.message]
    assert "FunctionalProperty(<http://example.org/size>)" in e.axioms and len(e.triples) == 2
    same = explained('id:a ex:size "1"^^xsd:integer, "1.0"^^xsd:decimal .', turtle(SMALL))
    assert not [e for e in same if "is functional" in e.message]        # equal numbers in OWL


def test_a_person_who_is_said_to_be_a_country_in_the_shipped_ontology():
    found = explained('id:x a nkg:Person, nkg:Country ; rdfs:label "X" .', list(ontology_triples()))
    [e] = [e for e in found if e.subject == DATA_BASE + "x"]
    assert "“X” (id:x) cannot be" in e.message and "disjoint" in e.message
    assert any(a.startswith("DisjointClasses(") for a in e.axioms)


def test_no_cause_found_says_how_to_ask_protege():
    [e] = explained("id:a ex:count 3 .", turtle(SMALL))
    assert "Protégé" in e.message and e.axioms == []
