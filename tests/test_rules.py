"""kg.owl.rules: the ontology's property axioms as SPARQL rules, on tiny graphs (the shipped
ontology, and a small one of our own for transitivity and inverses), and on the sample dataset.
kg.owl.hermit.without_property_chains: what HermiT is spared. No Java here."""

from __future__ import annotations

import pyoxigraph as ox

from helpers import sample
from kg.owl.export import Ontology
from kg.owl.hermit import without_property_chains
from kg.owl.rules import apply_rules, helper_properties, property_rules, symmetric_reverses
from kg.vocab import DATA_BASE, NKG, NKG_BASE, OWL, OWL_NS, RDF, ontology_triples

PREFIXES = f"""
@prefix nkg: <{NKG_BASE}> .
@prefix id: <{DATA_BASE}> .
@prefix ex: <http://example.org/> .
@prefix owl: <{OWL_NS}> .
"""


def turtle(text: str) -> list[ox.Triple]:
    return [q.triple for q in ox.parse((PREFIXES + text).encode(), format=ox.RdfFormat.TURTLE)]


def shipped() -> Ontology:
    return Ontology.from_triples(list(ontology_triples()))


def iri(local: str) -> ox.NamedNode:
    return ox.NamedNode(DATA_BASE + local)


def triples(*spo: tuple[str, ox.NamedNode, str]) -> set[ox.Triple]:
    return {ox.Triple(iri(s), p, iri(o)) for s, p, o in spo}


def test_a_meeting_gives_met_with_both_ways_and_nothing_else():
    data = turtle("id:m1 a nkg:Meeting ; nkg:participant id:a, id:b .")
    new = set(apply_rules(data + list(ontology_triples()), shipped()))
    # the chain entails the self-loops too; reason() drops them, the rules do not
    assert new == triples(("a", NKG.metWith, "b"), ("b", NKG.metWith, "a"),
                          ("a", NKG.metWith, "a"), ("b", NKG.metWith, "b"))


def test_a_call_gives_spoke_with_not_met_with():
    data = turtle("id:c1 a nkg:Call ; nkg:participant id:a, id:b .")
    new = set(apply_rules(data + list(ontology_triples()), shipped()))
    assert ox.Triple(iri("a"), NKG.spokeWith, iri("b")) in new
    assert not any(t.predicate == NKG.metWith for t in new)


def test_supply_and_attack_shortcuts_run_one_way():
    data = turtle("""
        id:s1 a nkg:Supply ; nkg:supplier id:germany ; nkg:recipient id:ukraine ; nkg:item id:patriot .
        id:k1 a nkg:Attack ; nkg:attacker id:russia ; nkg:target id:kyiv .""")
    new = set(apply_rules(data + list(ontology_triples()), shipped()))
    assert new == triples(("germany", NKG.supplied, "ukraine"), ("russia", NKG.attacked, "kyiv"))


def test_a_stated_fact_is_not_new_and_its_reverse_is():
    data = turtle("id:a nkg:metWith id:b .")
    assert apply_rules(data + list(ontology_triples()), shipped()) == [ox.Triple(iri("b"), NKG.metWith, iri("a"))]


def test_the_rules_read_the_ontology_they_are_given():
    """Transitivity to a fixpoint (three rounds for a path of four links) and inverses both ways."""
    ontology = Ontology.from_triples(turtle("""
        ex:partOf a owl:ObjectProperty, owl:TransitiveProperty .
        ex:hasPart a owl:ObjectProperty ; owl:inverseOf ex:partOf ."""))
    assert len(property_rules(ontology)) == 3
    data = turtle("id:a ex:partOf id:b . id:b ex:partOf id:c . id:c ex:partOf id:d . id:d ex:partOf id:e .")
    new = set(apply_rules(data, ontology))
    part_of, has_part = ox.NamedNode("http://example.org/partOf"), ox.NamedNode("http://example.org/hasPart")
    chain = "abcde"
    closure = {(x, y) for i, x in enumerate(chain) for y in chain[i + 1:]}
    assert {(t.subject.value[len(DATA_BASE):], t.object.value[len(DATA_BASE):])
            for t in new if t.predicate == part_of} == closure - {tuple(p) for p in ("ab", "bc", "cd", "de")}
    assert {(t.object.value[len(DATA_BASE):], t.subject.value[len(DATA_BASE):])
            for t in new if t.predicate == has_part} == closure


def test_symmetric_reverses_and_helper_properties_of_the_shipped_ontology():
    stated = [ox.Triple(iri("a"), NKG.metWith, iri("b")), ox.Triple(iri("m1"), NKG.participant, iri("a"))]
    assert symmetric_reverses(stated, shipped()) == [ox.Triple(iri("b"), NKG.metWith, iri("a"))]
    assert helper_properties(shipped()) == {NKG.selfMeeting.value, NKG.selfCall.value}


def test_every_supply_of_the_sample_dataset_gives_supplied():
    data = sample().triples()
    suppliers, recipients = {}, {}
    for t in data:
        if t.predicate == NKG.supplier:
            suppliers.setdefault(t.subject, set()).add(t.object)
        elif t.predicate == NKG.recipient:
            recipients.setdefault(t.subject, set()).add(t.object)
    expected = {ox.Triple(s, NKG.supplied, r) for event in suppliers.keys() & recipients.keys()
                for s in suppliers[event] for r in recipients[event]}
    assert expected, "the sample dataset has a supply with both roles"
    new = apply_rules(list(data), shipped())
    assert {t for t in new if t.predicate == NKG.supplied} == expected - data


def test_hermit_is_spared_the_chains_and_only_them():
    onto = list(ontology_triples())
    kept = without_property_chains(onto)
    dropped = set(onto) - set(kept)
    assert not any(t.predicate == OWL.propertyChainAxiom for t in kept)
    assert all(t.predicate == OWL.propertyChainAxiom or isinstance(t.subject, ox.BlankNode) for t in dropped)
    # the rest is whole: every blank node kept is still pointed to, the Self restrictions stay
    pointed = {t.object for t in kept}
    assert all(t.subject in pointed for t in kept if isinstance(t.subject, ox.BlankNode))
    assert sum(1 for t in kept if t.predicate == OWL.hasSelf) == 2
    assert sum(1 for t in kept if t.predicate == RDF.type and t.object == OWL.ObjectProperty) == \
        sum(1 for t in onto if t.predicate == RDF.type and t.object == OWL.ObjectProperty)
