"""Reasoning: check the graph against the ontology with HermiT, and write what follows from it.

The entry point, reason(), over three parts: kg.owl.hermit runs HermiT, kg.owl.rules applies the
property axioms as SPARQL rules, kg.owl.explain says in plain words why a graph is inconsistent.

reason(store) builds the same OWL 2 DL document `kg export` writes (ontology and every article
graph, without the previous inferred graph), loads it into an owlready2 World of its own and runs
HermiT (Java), which

- decides whether the graph is consistent: an attack whose target is a date, a person who is
  also a country, a city taking part in a meeting, an event with two statuses are not;
- finds the classes of every individual (an entity named only as a participant is an agent).

The shortcut facts (metWith, spokeWith, supplied, attacked, and the symmetric counterparts)
follow from property chains in the ontology. HermiT can list them
(hermit_property_values=True) but that costs time with the graph's size, so by default the same
axioms are applied as rules (SPARQL CONSTRUCT, to a fixpoint; kg.owl.rules) on the document; tests check that
both give the same facts. Self-loops (each participant "met with" itself, which the chains
entail) are left out.

The inferred facts that are not already stated go to their own named graph,
https://w3id.org/news-kg/graph/inferred, so they can be told apart and dropped.

When the graph is inconsistent, reason raises InconsistentGraph, whose message explains each
conflict in plain words with the axioms behind it (kg.owl.explain), and drops the stale inferred
graph. Java problems raise ReasonerError.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..errors import InconsistentGraph
from ..vocab import INFERRED_GRAPH, OWL, RDF
from .explain import Explanation, explain
from .export import Ontology, OwlDocument, load_ontology, owl_document
from .hermit import run_hermit
from .rules import apply_rules, helper_properties, symmetric_reverses

# Problems of the export that are conflicts with a property's range, not just unsayable in OWL.
ILL_TYPED = ("literal-for-object-property", "iri-for-data-property", "bad-literal")


@dataclass
class ReasonReport:
    """What reasoning found and wrote."""

    consistent: bool
    input_triples: int = 0
    individuals: int = 0
    inferred_types: int = 0
    inferred_property_values: int = 0
    written: int = 0                 # triples in the inferred graph
    hermit_seconds: float = 0.0
    rules_seconds: float = 0.0
    seconds: float = 0.0
    explanations: list[Explanation] = field(default_factory=list)

    def summary(self) -> str:
        if not self.consistent:
            head = f"The graph is INCONSISTENT ({len(self.explanations)} problem(s) found):"
            return "\n".join([head] + [f"{i}. {e}" for i, e in enumerate(self.explanations, 1)])
        return (f"The graph is consistent: {self.input_triples} triples, {self.individuals} individuals. "
                f"Inferred {self.inferred_types} types and {self.inferred_property_values} property values "
                f"({self.written} new triples in {INFERRED_GRAPH}). "
                f"HermiT {self.hermit_seconds:.1f} s, rules {self.rules_seconds:.1f} s, total {self.seconds:.1f} s.")


def reason(store, *, write: bool = True, hermit_property_values: bool = False) -> ReasonReport:
    """Check the store's graphs with HermiT and write the inferred graph (see the module doc).

    write: replace the inferred graph with the new facts (False: only report them).
    hermit_property_values: let HermiT list the property values instead of the rules.
    Raises InconsistentGraph (details["explanations"] lists the conflicts) or ReasonerError."""
    started = time.perf_counter()
    doc = owl_document(store, "all", include_inferred=False)
    ontology = load_ontology(store)
    report = ReasonReport(consistent=True, input_triples=len(doc.triples))
    ill_typed = [p for p in doc.problems if p.kind in ILL_TYPED]

    t0 = time.perf_counter()
    consistent, inferred = run_hermit(doc, property_values=hermit_property_values)
    report.hermit_seconds = time.perf_counter() - t0

    if not consistent or ill_typed:
        report.consistent = False
        report.explanations = explain(doc, ontology, ill_typed, store)
        report.seconds = time.perf_counter() - started
        if write:
            store.drop_graph(INFERRED_GRAPH)
        raise InconsistentGraph(
            report.summary() + f"\n(The stale graph {INFERRED_GRAPH} was dropped.)" * write,
            explanations=[e.to_dict() for e in report.explanations])

    individuals = _individuals(doc, ontology)
    report.individuals = len(individuals)
    stated = set(doc.triples)
    types = [t for t in inferred if t.predicate == RDF.type]
    if hermit_property_values:
        inferred += symmetric_reverses(doc.triples + inferred, ontology)
    else:
        t0 = time.perf_counter()
        inferred = types + apply_rules(doc.triples + types, ontology)
        report.rules_seconds = time.perf_counter() - t0
    new = _keep_new_facts(inferred, stated, individuals, ontology)
    report.inferred_types = sum(1 for t in new if t.predicate == RDF.type)
    report.inferred_property_values = len(new) - report.inferred_types
    if write:
        report.written = store.replace_graph(INFERRED_GRAPH, new)
    report.seconds = time.perf_counter() - started
    return report


def _keep_new_facts(inferred: list[ox.Triple], stated: set, individuals: set[str],
                    ontology: Ontology) -> list[ox.Triple]:
    """Facts about the data's individuals that are not stated already, without helper
    properties (selfMeeting), self-loops or owl:Thing."""
    helpers = helper_properties(ontology)
    keep = []
    for t in dict.fromkeys(inferred):
        if t in stated or t.subject.value not in individuals or t.predicate.value in helpers:
            continue
        if t.predicate == RDF.type and (t.object == OWL.Thing or t.object.value not in ontology.classes):
            continue
        if t.predicate != RDF.type and (t.subject == t.object or t.predicate.value not in ontology.object_properties):
            continue
        keep.append(t)
    return sorted(keep, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def _individuals(doc: OwlDocument, ontology: Ontology) -> set[str]:
    """The data's individuals: what the document declares owl:NamedIndividual, less the ontology's own."""
    return {t.subject.value for t in doc.triples
            if t.predicate == RDF.type and t.object == OWL.NamedIndividual} - ontology.individuals

