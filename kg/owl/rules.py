"""The property axioms of the ontology as SPARQL rules.

The shortcut facts (metWith, spokeWith, supplied, attacked, and the symmetric counterparts)
follow from property chains in the ontology. HermiT can list them, but that costs time with the
graph's size, so kg reason applies the same axioms as SPARQL CONSTRUCT rules, to a fixpoint;
tests check that both give the same facts.

    rules = property_rules(ontology)          # one CONSTRUCT per chain, symmetry, inverse...
    new = apply_rules(triples, ontology)      # what they derive that the triples lack
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from ..vocab import OWL, RDF, RDFS
from .export import Ontology
from .graphs import named_subjects, rdf_list, triple_store


def property_rules(ontology: Ontology) -> list[str]:
    """SPARQL CONSTRUCT rules giving the object property values the ontology entails through
    property chains, symmetry, inverses and transitivity: the values HermiT lists. Like HermiT's
    listing, they leave out values that hold only through a sub-property (nkg:source is a
    sub-property of prov:wasDerivedFrom; query nkg:source)."""
    g = triple_store(ontology.triples)
    selfs = _self_classes(g)
    rules = [_chain_rule(g, t.subject, rdf_list(g, t.object), selfs)
             for t in g.quads_for_pattern(None, OWL.propertyChainAxiom, None)]
    for p in named_subjects(g, RDF.type, OWL.SymmetricProperty):
        rules.append(f"CONSTRUCT {{ ?y {p} ?x }} WHERE {{ ?x {p} ?y }}")
    for p in named_subjects(g, RDF.type, OWL.TransitiveProperty):
        rules.append(f"CONSTRUCT {{ ?x {p} ?z }} WHERE {{ ?x {p} ?y . ?y {p} ?z }}")
    for t in g.quads_for_pattern(None, OWL.inverseOf, None):
        if isinstance(t.subject, ox.NamedNode) and isinstance(t.object, ox.NamedNode):
            p, q = t.subject, t.object
            rules.append(f"CONSTRUCT {{ ?y {q} ?x }} WHERE {{ ?x {p} ?y }}")
            rules.append(f"CONSTRUCT {{ ?y {p} ?x }} WHERE {{ ?x {q} ?y }}")
    return rules


def apply_rules(triples: list[ox.Triple], ontology: Ontology) -> list[ox.Triple]:
    """The new triples the property rules derive from the triples (ontology included), to a fixpoint."""
    g = triple_store(triples)
    rules = property_rules(ontology)
    new: list[ox.Triple] = []
    while True:
        found = {t for rule in rules for t in g.query(rule)}
        found = [t for t in found if ox.Quad(t.subject, t.predicate, t.object) not in g]
        if not found:
            return new
        g.extend(ox.Quad(t.subject, t.predicate, t.object) for t in found)
        new += found


def symmetric_reverses(triples: list[ox.Triple], ontology: Ontology) -> list[ox.Triple]:
    """(y p x) for every (x p y) with p symmetric. owlready2 leaves these out of HermiT's answer
    (it takes a symmetric property as its own inverse, so the reverse looks known already)."""
    symmetric = {p.value for p in named_subjects(triple_store(ontology.triples), RDF.type, OWL.SymmetricProperty)}
    return [ox.Triple(t.object, t.predicate, t.subject) for t in triples
            if t.predicate.value in symmetric and isinstance(t.object, ox.NamedNode)]


def helper_properties(ontology: Ontology) -> set[str]:
    """The properties P used only in `C subClassOf (P some Self)` to build chains (nkg:selfMeeting):
    their values are a means, not facts to report."""
    return set(_self_classes(triple_store(ontology.triples)))


def _chain_rule(g: ox.Store, prop, steps: list, selfs: dict[str, list[ox.NamedNode]]) -> str:
    """One CONSTRUCT for `steps ⊑ prop`. A step is a property, an inverse, or a property P used
    in `C subClassOf (P some Self)` (selfs), which holds from every C to itself."""
    patterns, current, n = [], "?x0", 0
    for step in steps:
        if isinstance(step, ox.NamedNode) and step.value in selfs:
            alternatives = [f"{{ {current} {step} {current} }}"] + [
                f"{{ {current} a/{RDFS.subClassOf}* {c} }}" for c in selfs[step.value]]
            patterns.append(" UNION ".join(alternatives))
            continue
        n += 1
        nxt = f"?x{n}"
        inverse = next((t.object for t in g.quads_for_pattern(step, OWL.inverseOf, None)), None)
        if isinstance(step, ox.BlankNode) and inverse is not None:
            patterns.append(f"{nxt} {inverse} {current}")
        else:
            patterns.append(f"{current} {step} {nxt}")
        current = nxt
    return f"CONSTRUCT {{ ?x0 {prop} {current} }} WHERE {{ {' . '.join(patterns)} }}"


def _self_classes(g: ox.Store) -> dict[str, list[ox.NamedNode]]:
    """property IRI -> the classes C with C subClassOf (property some Self)."""
    out: dict[str, list] = defaultdict(list)
    for t in g.quads_for_pattern(None, OWL.hasSelf, None):
        prop = next((q.object for q in g.quads_for_pattern(t.subject, OWL.onProperty, None)), None)
        for q in g.quads_for_pattern(None, RDFS.subClassOf, t.subject):
            if prop is not None:
                out[prop.value].append(q.subject)
    return out
