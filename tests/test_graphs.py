"""kg.owl.graphs: which graphs state a triple (reason and validate blame articles with it), RDF
lists, on the sample dataset in a real store."""

from __future__ import annotations

import pyoxigraph as ox

from helpers import sample
from kg.owl.graphs import graphs_stating, named_subjects, rdf_list, triple_store
from kg.vocab import DATA_BASE, ENTITIES_GRAPH, INFERRED_GRAPH, NKG, ONTOLOGY_GRAPH, OWL, RDF, ontology_triples


def test_graphs_stating_names_the_articles_not_the_ontology_or_the_inferred_graph(sample_store):
    articles = sorted(g for g in sample().data_graphs if g.startswith(DATA_BASE + "article/"))
    assert len(articles) >= 2
    first, second = articles[:2]
    described = next(t for t in sample().graphs[ENTITIES_GRAPH] if t.predicate == NKG.participant)
    tellers = sorted({g for g, ts in sample().graphs.items()                 # what an event is: blamed on
                      if ox.Triple(described.subject, NKG.source, ox.NamedNode(g)) in ts})   # the articles telling it
    assert tellers and graphs_stating(sample_store, [described]) == tellers
    fact = next(t for t in sample().graphs[first] if t.predicate == NKG.evidence)
    assert graphs_stating(sample_store, [fact]) == [first]
    sample_store.add_to_graph(second, [fact])           # a second article says it too
    sample_store.replace_graph(INFERRED_GRAPH, [fact])  # and the reasoner (not an article)
    assert graphs_stating(sample_store, [fact]) == sorted([first, second])
    assert graphs_stating(sample_store, [fact], graphs=[second, INFERRED_GRAPH]) == sorted([second, INFERRED_GRAPH])
    assert graphs_stating(sample_store, [fact], graphs=[]) == []
    said_nowhere = ox.Triple(fact.subject, fact.predicate, ox.Literal("nowhere"))
    assert graphs_stating(sample_store, [said_nowhere]) == []
    axiom = next(t for t in ontology_triples() if t.predicate == RDF.type)
    assert graphs_stating(sample_store, [axiom]) == []                     # only in the ontology graph
    assert graphs_stating(sample_store, [axiom], graphs=[ONTOLOGY_GRAPH]) == [ONTOLOGY_GRAPH]


def test_rdf_list_and_named_subjects_on_the_ontology():
    g = triple_store(ontology_triples())
    chains = {q.subject: rdf_list(g, q.object) for q in g.quads_for_pattern(None, OWL.propertyChainAxiom, None)}
    assert chains[NKG.supplied][1] == NKG.recipient and len(chains[NKG.metWith]) == 3
    assert rdf_list(g, RDF.nil) == [] and rdf_list(g, None) == []
    assert set(named_subjects(g, RDF.type, OWL.SymmetricProperty)) == {NKG.metWith, NKG.spokeWith}
