"""kg export: clean OWL 2 DL that Protégé opens. The sample dataset (tests/helpers.py, made
through the real mapping), exported in each mode and format, checked by reading it back and by
the real owl-check (the OWL API, Java: slow). The seed corpus is built and checked too (slow)."""

from __future__ import annotations

import logging
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import NotAcceptable, NotFound, ParameterError
from kg.owl.export import EXPORT_BASE, OWL2_DATATYPES, export, owl_document
from helpers import sample
from kg.store.stores import EmbeddedStore
from kg.vocab import DATA_BASE, INFERRED_GRAPH, NKG_BASE, ontology_path
from test_ontology import assert_clean, owl_check

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
K1, K3 = sample().article("k1"), sample().article("k3")   # a meeting; a supply and a request
MEETING, SUPPLY = sample().event("k1", "Meeting").value, sample().event("k3", "Supply").value
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
OWL = "http://www.w3.org/2002/07/owl#"

PREFIXES = """
@prefix nkg: <https://w3id.org/news-kg/ontology#> .
@prefix id: <https://w3id.org/news-kg/id/> .
@prefix art: <https://w3id.org/news-kg/id/article/> .
@prefix ev: <https://w3id.org/news-kg/id/event/> .
@prefix evd: <https://w3id.org/news-kg/id/evidence/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
"""

# What a careless writer might put in a graph: no owl:NamedIndividual, no label, an xsd:date,
# a term the ontology lacks, a date where a thing belongs, and a pointer to another article.
DIRTY = PREFIXES + """
id:kharkiv a nkg:City ; skos:prefLabel "Kharkiv" .
ev:dirty a nkg:Attack ; rdfs:label "Attack: Russia -> Kharkiv" ; nkg:target id:kharkiv ;
    nkg:target "2025-07-13T00:00:00"^^xsd:dateTime ;
    nkg:date "2025-07-13"^^xsd:date ; nkg:datePrecision "day" ; nkg:status nkg:happened ;
    nkg:source art:k1 ; nkg:certainty "0.9" .
"""


def parse(text: str) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE)]


@pytest.fixture
def store(sample_store) -> EmbeddedStore:
    return sample_store


def exported(store, *args, fmt="turtle", **kwargs) -> list[ox.Triple]:
    body = export(store, *args, fmt=fmt, **kwargs)
    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                  "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    return [q.triple for q in ox.parse(body, format=rdf_format)]


def values(triples, subject: str, predicate: str) -> list:
    return [t.object for t in triples if t.subject.value == subject and t.predicate.value == predicate]


def individuals(triples) -> set[str]:
    return {t.subject.value for t in triples if t.subject.value.startswith(DATA_BASE)}


# --- the header and declarations ----------------------------------------------------------------

@pytest.mark.parametrize("what, graph, iri", [("all", None, EXPORT_BASE + "/all"),
                                              ("data", None, EXPORT_BASE + "/data"),
                                              ("all", K1, EXPORT_BASE + "/article/k1"),
                                              ("data", K1, EXPORT_BASE + "/article/k1/data")])
def test_one_ontology_header_with_version_label_comment_license(store, what, graph, iri):
    triples = exported(store, what, graph=graph)
    headers = [t.subject.value for t in triples if t.predicate.value == RDF_TYPE and t.object.value == OWL + "Ontology"]
    assert headers == [iri]
    version = values(triples, iri, OWL + "versionIRI")
    assert len(version) == 1 and version[0].value.startswith(iri + "/")
    assert values(triples, iri, LABEL) and values(triples, iri, "http://www.w3.org/2000/01/rdf-schema#comment")
    assert values(triples, iri, "http://purl.org/dc/terms/license")


def test_every_individual_is_declared_and_labelled(store):
    triples = exported(store)
    for iri in individuals(triples):
        types = {o.value for o in values(triples, iri, RDF_TYPE)}
        assert OWL + "NamedIndividual" in types, iri
        assert values(triples, iri, LABEL), iri


def test_ontology_only_is_the_ontology(store):
    mine = rdflib.Graph().parse(data=export(store, "ontology"), format="turtle")
    shipped = rdflib.Graph().parse(str(ontology_path()), format="turtle")
    assert isomorphic(mine, shipped)


def test_data_only_declares_the_terms_it_uses_without_the_axioms(store):
    triples = exported(store, "data")
    person = NKG_BASE + "Person"
    assert OWL + "Class" in {o.value for o in values(triples, person, RDF_TYPE)}
    assert values(triples, person, LABEL)
    assert not values(triples, person, "http://www.w3.org/2000/01/rdf-schema#subClassOf")
    assert OWL + "ObjectProperty" in {o.value for o in values(triples, NKG_BASE + "participant", RDF_TYPE)}
    assert OWL + "DatatypeProperty" in {o.value for o in values(triples, NKG_BASE + "date", RDF_TYPE)}
    assert not values(triples, "https://w3id.org/news-kg/ontology", RDF_TYPE)   # not the ontology's header
    happened = NKG_BASE + "happened"      # an ontology individual the data points to: declared, labelled
    assert OWL + "NamedIndividual" in {o.value for o in values(triples, happened, RDF_TYPE)}
    assert values(triples, happened, LABEL)


def test_one_graph_with_or_without_the_ontology(store):
    triples = exported(store, graph=K3, fmt="ntriples")
    assert SUPPLY in individuals(triples)
    assert MEETING not in individuals(triples)
    subclass = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
    assert values(triples, NKG_BASE + "Person", subclass)                       # the class hierarchy comes along
    data_only = exported(store, "data", graph=K3)
    assert individuals(data_only) == individuals(triples)
    assert not values(data_only, NKG_BASE + "Person", subclass)


def test_everything_includes_the_inferred_graph_unless_asked_not_to(store):
    fact = ox.Triple(ox.NamedNode(DATA_BASE + "sergei-lavrov"), ox.NamedNode(NKG_BASE + "spokeWith"),
                     ox.NamedNode(DATA_BASE + "wang-yi"))
    store.replace_graph(INFERRED_GRAPH, [fact])
    assert fact in exported(store)
    assert fact not in exported(store, include_inferred=False)


def test_bad_requests(store):
    with pytest.raises(NotFound):
        export(store, graph=DATA_BASE + "article/none")
    with pytest.raises(ParameterError):
        export(store, "everything")
    with pytest.raises(NotAcceptable):
        export(store, fmt="csv")


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "rdfxml", "jsonld"])
def test_formats_carry_the_same_graph(store, fmt):
    assert isomorphic(rdflib.Graph().parse(data=export(store, fmt="ntriples"), format="nt"),
                      _as_rdflib(exported(store, fmt=fmt)))


def test_writes_a_file(store, tmp_path):
    path = export(store, "data", path=tmp_path / "data.ttl")
    assert path == tmp_path / "data.ttl" and path.read_bytes() == export(store, "data")


# --- cleaning what OWL 2 DL cannot say --------------------------------------------------------------

def test_a_dirty_graph_is_cleaned_and_the_problems_reported(store, caplog):
    store.replace_graph(DATA_BASE + "article/dirty", parse(DIRTY))
    with caplog.at_level(logging.WARNING, logger="kg.export"):
        triples = exported(store)
    kharkiv, attack = DATA_BASE + "kharkiv", DATA_BASE + "event/dirty"
    assert OWL + "NamedIndividual" in {o.value for o in values(triples, kharkiv, RDF_TYPE)}
    assert values(triples, kharkiv, LABEL)                                # a label made up from its IRI
    dates = values(triples, attack, NKG_BASE + "date")                    # xsd:date -> xsd:dateTime
    assert [(d.value, d.datatype.value) for d in dates] == [("2025-07-13T00:00:00", "http://www.w3.org/2001/XMLSchema#dateTime")]
    assert {t.datatype.value for t in (t.object for t in triples) if isinstance(t, ox.Literal)} <= OWL2_DATATYPES
    assert [o.value for o in values(triples, attack, NKG_BASE + "target")] == [kharkiv]   # the date target is left out
    assert OWL + "AnnotationProperty" in {o.value for o in values(triples, NKG_BASE + "certainty", RDF_TYPE)}
    problems = owl_document(store).problems
    assert [p.kind for p in problems] == ["literal-for-object-property"]
    assert "nkg:target" in problems[0].reason and problems[0].graph == DATA_BASE + "article/dirty"
    assert any("left out" in r.message and "nkg:target" in r.message for r in caplog.records)
    assert any("nkg:certainty is not in the ontology" in r.message for r in caplog.records)


# --- owl-check: what Protégé's parser says (Java: slow) ----------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("what, graph, fmt, suffix", [
    ("all", None, "turtle", "ttl"), ("data", None, "turtle", "ttl"), ("ontology", None, "turtle", "ttl"),
    ("all", K1, "rdfxml", "owl"), ("data", K3, "turtle", "ttl"), ("all", None, "ntriples", "nt")])
def test_owl_check_passes_on_exports(store, tmp_path, what, graph, fmt, suffix):
    path = export(store, what, graph=graph, fmt=fmt, path=tmp_path / f"export.{suffix}")
    assert_clean(owl_check(path))


@pytest.mark.slow
def test_owl_check_passes_on_a_cleaned_dirty_graph(store, tmp_path):
    store.replace_graph(DATA_BASE + "article/dirty", parse(DIRTY))
    assert_clean(owl_check(export(store, path=tmp_path / "dirty.ttl")))


@pytest.mark.slow
def test_seed_graph_export_passes_owl_check(tmp_path):
    from kg.build import build

    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip(f"no seed articles in {SEEDS}")
    store = EmbeddedStore(tmp_path / "store")
    report = build([str(p) for p in paths], store)
    assert report.ok and report.events > 0
    try:
        assert owl_document(store).problems == []
        for what in ("all", "data"):
            result = owl_check(export(store, what, path=tmp_path / f"seed-{what}.ttl"))
            assert_clean(result)
            assert f"individuals: 0" not in result.stdout
    finally:
        store.close()


def _as_rdflib(triples: list[ox.Triple]) -> rdflib.Graph:
    return rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
