"""kg reason: HermiT (real Java, through owlready2) finds a consistent graph consistent and
enriches it, finds broken graphs inconsistent, and the message says why in plain words.
The inferred facts go to their own named graph; the shortcut rules give what HermiT gives."""

from __future__ import annotations

from pathlib import Path

import owlready2
import pyoxigraph as ox
import pytest

from kg.errors import InconsistentGraph, ReasonerError
from kg.owl.export import load_ontology, owl_document
from kg.owl.hermit import run_hermit
from kg.owl.reason import reason
from kg.owl.rules import apply_rules, property_rules
from kg.store.stores import EmbeddedStore
from kg.vocab import DATA_BASE, INFERRED_GRAPH, NKG_BASE, ONTOLOGY_GRAPH, ontology_path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
ARTICLE = DATA_BASE + "article/a1"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# One article in the shape of docs/data-model.md, with some facts left for the reasoner: the
# build wrote metWith one way only and no spokeWith, supplied or attacked, and "Kaja Kallas" is
# only a participant (no class).
GRAPH = """
@prefix nkg: <https://w3id.org/news-kg/ontology#> .
@prefix id: <https://w3id.org/news-kg/id/> .
@prefix art: <https://w3id.org/news-kg/id/article/> .
@prefix ev: <https://w3id.org/news-kg/id/event/> .
@prefix evd: <https://w3id.org/news-kg/id/evidence/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

art:a1 a nkg:Article, owl:NamedIndividual ; rdfs:label "Talks and strikes" .
id:wang-yi a nkg:Person, owl:NamedIndividual ; rdfs:label "Wang Yi" ; nkg:mentionedIn art:a1 .
id:sergei-lavrov a nkg:Person, owl:NamedIndividual ; rdfs:label "Sergei Lavrov" ; nkg:mentionedIn art:a1 .
id:kaja-kallas a owl:NamedIndividual ; rdfs:label "Kaja Kallas" ; nkg:mentionedIn art:a1 .
id:germany a nkg:Country, owl:NamedIndividual ; rdfs:label "Germany" ; nkg:mentionedIn art:a1 .
id:ukraine a nkg:Country, owl:NamedIndividual ; rdfs:label "Ukraine" ; nkg:mentionedIn art:a1 .
id:russia a nkg:Country, owl:NamedIndividual ; rdfs:label "Russia" ; nkg:mentionedIn art:a1 .
id:kyiv a nkg:City, owl:NamedIndividual ; rdfs:label "Kyiv" ; nkg:mentionedIn art:a1 .
id:beijing a nkg:City, owl:NamedIndividual ; rdfs:label "Beijing" ; nkg:mentionedIn art:a1 .
id:patriot a nkg:WeaponSystem, owl:NamedIndividual ; rdfs:label "Patriot" ; nkg:mentionedIn art:a1 .

ev:m1 a nkg:Meeting, owl:NamedIndividual ; rdfs:label "Meeting: Wang Yi, Sergei Lavrov (2025-07-13)" ;
    nkg:participant id:wang-yi, id:sergei-lavrov ; nkg:status nkg:happened ;
    nkg:date "2025-07-13T00:00:00"^^xsd:dateTime ; nkg:datePrecision "day" ; nkg:place id:beijing ;
    nkg:source art:a1 ; nkg:evidence evd:e1 .
id:wang-yi nkg:metWith id:sergei-lavrov .
ev:c1 a nkg:Call, owl:NamedIndividual ; rdfs:label "Call: Wang Yi, Kaja Kallas" ;
    nkg:participant id:wang-yi, id:kaja-kallas ; nkg:status nkg:planned ; nkg:source art:a1 ; nkg:evidence evd:e2 .
ev:s1 a nkg:Supply, owl:NamedIndividual ; rdfs:label "Supply: Germany -> Ukraine" ;
    nkg:supplier id:germany ; nkg:recipient id:ukraine ; nkg:item id:patriot ; nkg:status nkg:happened ;
    nkg:source art:a1 ; nkg:evidence evd:e3 .
ev:k1 a nkg:Attack, owl:NamedIndividual ; rdfs:label "Attack: Russia -> Kyiv" ;
    nkg:attacker id:russia ; nkg:target id:kyiv ; nkg:status nkg:happened ; nkg:source art:a1 ; nkg:evidence evd:e4 .
ev:r1 a nkg:Request, owl:NamedIndividual ; rdfs:label "Request: Ukraine -> Germany" ;
    nkg:requester id:ukraine ; nkg:addressee id:germany ; nkg:item id:patriot ; nkg:status nkg:proposed ;
    nkg:source art:a1 ; nkg:evidence evd:e5 .
evd:e1 a nkg:Evidence, owl:NamedIndividual ; rdfs:label "e1" ; nkg:text "Wang Yi met Sergei Lavrov." ;
    nkg:trigger "met" ; nkg:startChar 0 ; nkg:endChar 26 ; nkg:inArticle art:a1 .
evd:e2 a nkg:Evidence, owl:NamedIndividual ; rdfs:label "e2" ; nkg:text "Wang will call Kallas." ;
    nkg:trigger "call" ; nkg:startChar 27 ; nkg:endChar 49 ; nkg:inArticle art:a1 .
evd:e3 a nkg:Evidence, owl:NamedIndividual ; rdfs:label "e3" ; nkg:text "Germany sent Patriots to Ukraine." ;
    nkg:trigger "sent" ; nkg:startChar 50 ; nkg:endChar 83 ; nkg:inArticle art:a1 .
evd:e4 a nkg:Evidence, owl:NamedIndividual ; rdfs:label "e4" ; nkg:text "Russia shelled Kyiv." ;
    nkg:trigger "shelled" ; nkg:startChar 84 ; nkg:endChar 104 ; nkg:inArticle art:a1 .
evd:e5 a nkg:Evidence, owl:NamedIndividual ; rdfs:label "e5" ; nkg:text "Ukraine asked Germany for Patriots." ;
    nkg:trigger "asked" ; nkg:startChar 105 ; nkg:endChar 140 ; nkg:inArticle art:a1 .
"""


def iri(local: str) -> ox.NamedNode:
    return ox.NamedNode(DATA_BASE + local)


def nkg(local: str) -> ox.NamedNode:
    return ox.NamedNode(NKG_BASE + local)


def make_store(path: Path, extra: str = "") -> EmbeddedStore:
    store = EmbeddedStore(path)
    store.replace_graph(ONTOLOGY_GRAPH, [q.triple for q in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)])
    store.replace_graph(ARTICLE, [q.triple for q in ox.parse((GRAPH + extra).encode(), format=ox.RdfFormat.TURTLE)])
    return store


@pytest.fixture
def store(tmp_path):
    store = make_store(tmp_path / "store")
    yield store
    store.close()


def inferred(store) -> set[ox.Triple]:
    return set(store.triples([INFERRED_GRAPH]))


# --- a consistent graph, enriched ---------------------------------------------------------------------

def test_a_consistent_graph_is_enriched(store):
    report = reason(store)
    assert report.consistent and report.written == len(inferred(store)) > 0
    facts = inferred(store)
    expected = {
        ox.Triple(iri("sergei-lavrov"), nkg("metWith"), iri("wang-yi")),     # metWith is symmetric
        ox.Triple(iri("wang-yi"), nkg("spokeWith"), iri("kaja-kallas")),      # the chain from the call ...
        ox.Triple(iri("kaja-kallas"), nkg("spokeWith"), iri("wang-yi")),
        ox.Triple(iri("germany"), nkg("supplied"), iri("ukraine")),          # supplier^-1 o recipient
        ox.Triple(iri("russia"), nkg("attacked"), iri("kyiv")),              # attacker^-1 o target
    }
    assert expected <= facts
    kallas_types = {t.object.value for t in facts if t.subject == iri("kaja-kallas") and t.predicate.value == RDF_TYPE}
    assert NKG_BASE + "Agent" in kallas_types                                   # range of participant
    assert ox.Triple(iri("wang-yi"), ox.NamedNode(RDF_TYPE), ox.NamedNode("https://schema.org/Person")) in facts


def test_the_inferred_graph_holds_only_new_facts_without_helpers_or_self_loops(store):
    reason(store)
    facts = inferred(store)
    stated = set(store.triples([ARTICLE, ONTOLOGY_GRAPH]))
    assert not facts & stated
    assert not any(t.subject == t.object for t in facts)                         # no "Wang Yi met Wang Yi"
    assert not any(t.predicate in (nkg("selfMeeting"), nkg("selfCall")) for t in facts)
    assert not any(t.object.value == "http://www.w3.org/2002/07/owl#Thing" for t in facts)
    assert {t.subject.value for t in facts} <= {t.subject.value for t in stated}  # about our individuals only


def test_the_inferred_graph_is_replaced_and_can_be_dropped(store):
    before = set(store.triples([ARTICLE]))
    reason(store)
    first = inferred(store)
    reason(store)                                   # the old inferred graph is not read back in
    assert inferred(store) == first
    assert set(store.triples([ARTICLE])) == before  # the article graph is untouched
    assert store.drop_graph(INFERRED_GRAPH) and not store.has_graph(INFERRED_GRAPH)
    assert reason(store, write=False).written == 0 and not store.has_graph(INFERRED_GRAPH)


def test_the_rules_give_the_facts_hermit_gives(store, tmp_path):
    """At scale the shortcuts come from SPARQL rules; on a small graph HermiT (with the chains)
    gives exactly the same facts."""
    reason(store, hermit_property_values=True)
    by_hermit = inferred(store)
    reason(store)
    assert inferred(store) == by_hermit
    assert len(property_rules(load_ontology(store))) == 4 + 2      # four chains, two symmetric properties


def test_rules_alone(store):
    doc = owl_document(store, include_inferred=False)
    new = set(apply_rules(doc.triples, load_ontology(store)))
    assert ox.Triple(iri("kaja-kallas"), nkg("spokeWith"), iri("wang-yi")) in new
    assert ox.Triple(iri("wang-yi"), nkg("metWith"), iri("wang-yi")) in new        # entailed; reason() drops it


def test_reasoning_uses_a_world_of_its_own(store):
    reason(store)
    assert not any("news-kg" in o.base_iri for o in owlready2.default_world.ontologies.values())


# --- broken graphs, caught ---------------------------------------------------------------------------

BROKEN = {
    # name: (extra triples, words the message must contain, an axiom the explanation must name)
    "a person is not a country": (
        "id:wang-yi a nkg:Country .",
        ["“Wang Yi”", "a country", "a person", "disjoint"], "DisjointClasses(nkg:Place nkg:Person)"),
    "an attack whose target is a date": (
        'ev:k1 nkg:target "2025-07-13T00:00:00"^^xsd:dateTime .',
        ["“Attack: Russia -> Kyiv”", "target", "2025-07-13", "not a value"], "ObjectPropertyRange(nkg:target nkg:Thing)"),
    "a city taking part in a meeting": (
        "ev:m1 nkg:participant id:beijing .",
        ["“Beijing”", "a city", "participant", "every agent is a country, an organisation or a person"],
        "SubClassOf(nkg:Agent ObjectUnionOf(nkg:Country nkg:Organization nkg:Person))"),
    "an event with two statuses": (
        "ev:m1 nkg:status nkg:planned .",
        ["two values of status", "happened", "planned"], "FunctionalProperty(nkg:status)"),
    "a date that is not a date": (
        'ev:c1 nkg:date "last week" .',
        ["“Call: Wang Yi, Kaja Kallas”", "'last week'", "xsd:dateTime"], "DataPropertyRange(nkg:date xsd:dateTime)"),
    "a participant of a supply": (
        "ev:s1 nkg:participant id:wang-yi .",
        ["“Supply: Germany -> Ukraine”", "a supply", "a call or a meeting"],
        "ObjectPropertyDomain(nkg:participant ObjectUnionOf(nkg:Call nkg:Meeting))"),
    "an article as a target": (
        "ev:k1 nkg:target art:a1 .",
        ["“Talks and strikes”", "an article", "a named thing"], "DisjointClasses(nkg:Article nkg:Thing)"),
    "a date precision off the list": (
        'ev:m1 nkg:datePrecision "fortnight" .',
        ["'fortnight'", "one of 'day', 'week', 'month', 'year'"], 'DataOneOf("day" "week" "month" "year")'),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_an_inconsistent_graph_is_caught_and_explained(tmp_path, name):
    extra, words, axiom = BROKEN[name]
    store = make_store(tmp_path / "store", extra)
    store.replace_graph(INFERRED_GRAPH, [ox.Triple(iri("x"), nkg("metWith"), iri("y"))])   # stale
    try:
        with pytest.raises(InconsistentGraph) as caught:
            reason(store)
        message = caught.value.message
        assert message.startswith("The graph is INCONSISTENT")
        for word in words:
            assert word in message, f"{word!r} not in:\n{message}"
        explanations = caught.value.details["explanations"]
        assert any(axiom in "; ".join(e["axioms"]) for e in explanations), explanations
        assert all(e["graphs"] == [ARTICLE] for e in explanations)                 # where it is stated
        assert caught.value.status == 409 and caught.value.code == "inconsistent"
        assert not store.has_graph(INFERRED_GRAPH)                                  # stale facts dropped
    finally:
        store.close()


def test_the_explanation_names_the_articles_that_state_the_conflict(tmp_path):
    """Beijing is a city in article 1; article 2 makes it a participant."""
    store = make_store(tmp_path / "store")
    other = DATA_BASE + "article/a2"
    store.replace_graph(other, [ox.Triple(iri("event/m1"), nkg("participant"), iri("beijing"))])
    try:
        with pytest.raises(InconsistentGraph) as caught:
            reason(store)
    finally:
        store.close()
    [explanation] = caught.value.details["explanations"]
    assert explanation["subject"] == DATA_BASE + "beijing"
    assert explanation["graphs"] == [ARTICLE, other]
    assert f"stated in: {ARTICLE}, {other}" in caught.value.message


@pytest.mark.parametrize("name", [n for n in BROKEN if n != "an attack whose target is a date"])
def test_hermit_itself_finds_the_inconsistency(tmp_path, name):
    """Not only the explainer: HermiT (Java) says so. (A date as a target cannot be said in OWL 2
    DL at all; kg reason reports it from the range before HermiT sees the graph.)"""
    store = make_store(tmp_path / "store", BROKEN[name][0])
    try:
        consistent, _ = run_hermit(owl_document(store, include_inferred=False))
        assert consistent is False
    finally:
        store.close()


def test_without_java_the_reasoner_says_what_to_install(store, monkeypatch):
    monkeypatch.setattr(owlready2, "JAVA_EXE", "/nonexistent/java")
    with pytest.raises(ReasonerError, match="Java"):
        reason(store)


@pytest.mark.slow
def test_the_seed_graph_is_consistent(tmp_path):
    from kg.build import build

    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip(f"no seed articles in {SEEDS}")
    store = EmbeddedStore(tmp_path / "store")
    try:
        assert build([str(p) for p in paths], store).events > 0
        report = reason(store)
        assert report.consistent and report.individuals > 50
        assert store.has_graph(INFERRED_GRAPH)
    finally:
        store.close()
