"""Small helpers over pyoxigraph graphs, shared by reasoning, explaining and validation."""

from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

from ..vocab import ENTITIES_GRAPH, INFERRED_GRAPH, NKG, ONTOLOGY_GRAPH, RDF


def triple_store(triples: Iterable[ox.Triple]) -> ox.Store:
    """An in-memory store of the triples (in its default graph), to query or look up patterns in."""
    g = ox.Store()
    g.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return g


def rdf_list(g: ox.Store, node) -> list:
    """The members of the RDF list (rdf:first, rdf:rest) that starts at node."""
    items = []
    while node is not None and node != RDF.nil:
        items += [q.object for q in g.quads_for_pattern(node, RDF.first, None)]
        node = next((q.object for q in g.quads_for_pattern(node, RDF.rest, None)), None)
    return items


def named_subjects(g: ox.Store, predicate: ox.NamedNode, obj) -> list[ox.NamedNode]:
    """The named (not blank) subjects of the triples (?s predicate obj)."""
    return [q.subject for q in g.quads_for_pattern(None, predicate, obj) if isinstance(q.subject, ox.NamedNode)]


def graphs_stating(store, triples: Iterable[ox.Triple], graphs: Iterable[str] | None = None) -> list[str]:
    """The named graphs of the store that state any of the triples, sorted: among the given
    graphs, else the article graphs (every graph but the ontology and the inferred graph).
    So a fact is blamed on the articles that wrote it."""
    allowed = set(graphs) if graphs is not None else None
    found: set[str] = set()
    for t in triples:
        result = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                             bindings={"s": t.subject, "p": t.predicate, "o": t.object})
        stating = {r["g"].value for r in result.rows}
        if ENTITIES_GRAPH in stating:   # what an event is lives once in the shared graph: the articles telling it said it
            telling = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s <%s> ?a } }" % NKG.source.value,
                                  bindings={"s": t.subject})
            tellers = {r["g"].value for r in telling.rows}
            if tellers:
                stating = (stating - {ENTITIES_GRAPH}) | tellers
        found |= stating
    if allowed is not None:
        return sorted(found & allowed)
    return sorted(found - {ONTOLOGY_GRAPH, INFERRED_GRAPH})
