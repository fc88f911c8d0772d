"""kg.vocab's helpers for people and query text: one short form of an IRI or a term for every
message (export problems, reasoning explanations, validation reports), PREFIX lines from PREFIXES.
(tests/test_ontology.py checks the closed vocabulary against the ontology.)"""

from __future__ import annotations

import doctest

import pyoxigraph as ox
import pytest

from kg import vocab
from kg.vocab import DATA_BASE, NKG, NKG_BASE, PREFIXES, RDFS, XSD, short_iri, short_term, sparql_prefixes


def test_doctests():
    assert doctest.testmod(vocab).failed == 0


@pytest.mark.parametrize("iri, short", [
    (DATA_BASE + "event/3f2a", "id:event/3f2a"),            # readable, though not valid Turtle
    (DATA_BASE + "vladimir-putin", "id:vladimir-putin"),
    (NKG_BASE + "Meeting", "nkg:Meeting"),
    (RDFS.label.value, "rdfs:label"),
    (XSD.dateTime.value, "xsd:dateTime"),
    ("https://schema.org/Person", "schema:Person"),
    ("http://example.org/x", "<http://example.org/x>"),    # no prefix for it
    (DATA_BASE + "a b", f"<{DATA_BASE}a b>"),                # not a name after the prefix
    (DATA_BASE + "x?y=1", f"<{DATA_BASE}x?y=1>"),
    (NKG_BASE, "nkg:"),
])
def test_short_iri(iri, short):
    assert short_iri(iri) == short


def test_every_prefix_is_used_for_its_namespace():
    for prefix, base in PREFIXES.items():
        assert short_iri(base + "x") == f"{prefix}:x"


@pytest.mark.parametrize("term, short", [
    (NKG.attacker, "nkg:attacker"),
    (ox.Literal("Kyiv"), '"Kyiv"'),
    (ox.Literal("Kyjiw", language="de"), '"Kyjiw"@de'),
    (ox.Literal("2025-07-13T00:00:00", datatype=XSD.dateTime), '"2025-07-13T00:00:00"^^xsd:dateTime'),
    (ox.Literal('say "no"'), '"say \\"no\\""'),
    (ox.Literal("x", datatype=ox.NamedNode("http://example.org/dt")), '"x"^^<http://example.org/dt>'),
    (ox.BlankNode("b0"), "_:b0"),
])
def test_short_term(term, short):
    assert short_term(term) == short


def test_sparql_prefixes_make_a_query_that_runs():
    store = ox.Store()
    store.add(ox.Quad(NKG.attacker, RDFS.label, ox.Literal("attacker")))
    text = sparql_prefixes("nkg", "rdfs") + "SELECT ?l WHERE { nkg:attacker rdfs:label ?l }"
    assert [row["l"].value for row in store.query(text)] == ["attacker"]
    with pytest.raises(KeyError):
        sparql_prefixes("nope")
