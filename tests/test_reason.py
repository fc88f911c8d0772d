"""kg reason: HermiT (real Java, through owlready2: slow) finds the sample dataset consistent and
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
from kg.mapping import shortcut_triples
from kg.store.stores import EmbeddedStore
from kg.vocab import DATA_BASE, ENTITIES_GRAPH, INFERRED_GRAPH, NKG_BASE, ONTOLOGY_GRAPH

from helpers import fill_store, sample

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
S = sample()
K1, K2, K3, K4 = (S.article(k) for k in ("k1", "k2", "k3", "k4"))
MEETING, PLANNED, CALL = S.event("k1", "Meeting"), S.event("k2", "Meeting"), S.event("k2", "Call")
SUPPLY, REQUEST, ATTACK = S.event("k3", "Supply"), S.event("k3", "Request"), S.event("k4", "Attack")


hermit = pytest.mark.slow      # starts Java


def iri(local: str) -> ox.NamedNode:
    return ox.NamedNode(DATA_BASE + local)


def nkg(local: str) -> ox.NamedNode:
    return ox.NamedNode(NKG_BASE + local)


# The sample dataset with facts left for the reasoner: the shortcuts the mapping writes
# (metWith, spokeWith, supplied, attacked) are taken out but for one direction of one meeting,
# and "Kaja Kallas" has no class: she is only a participant of the call.
SHORTCUTS = {t for x in S.extractions for event in x.events for t in shortcut_triples(event)}
KEPT = ox.Triple(iri("volodymyr-zelensky"), nkg("metWith"), iri("emmanuel-macron"))
UNTYPED = ox.Triple(iri("kaja-kallas"), ox.NamedNode(RDF_TYPE), nkg("Person"))
ARTICLES = [K1, K2, K3, K4]
DATA = [*ARTICLES, ENTITIES_GRAPH]


def make_store(path: Path, graph: str | None = None, extra: list[ox.Triple] = ()) -> EmbeddedStore:
    """The sample, as above, with `extra` triples stated in `graph`."""
    assert KEPT in SHORTCUTS and UNTYPED in S.graphs[ENTITIES_GRAPH]
    graphs = {g: [t for t in ts if (t not in SHORTCUTS or t == KEPT) and t != UNTYPED] for g, ts in S.graphs.items()}
    if graph is not None:
        graphs[graph] = graphs.get(graph, []) + list(extra)
    return fill_store(path, graphs)


@pytest.fixture
def store(tmp_path):
    store = make_store(tmp_path / "store")
    yield store
    store.close()


def inferred(store) -> set[ox.Triple]:
    return set(store.triples([INFERRED_GRAPH]))


# --- a consistent graph, enriched ---------------------------------------------------------------------

@hermit
def test_a_consistent_graph_is_enriched(store):
    report = reason(store)
    assert report.consistent and report.written == len(inferred(store)) > 0
    facts = inferred(store)
    expected = {
        ox.Triple(iri("emmanuel-macron"), nkg("metWith"), iri("volodymyr-zelensky")),  # metWith is symmetric
        ox.Triple(iri("wang-yi"), nkg("metWith"), iri("sergei-lavrov")),     # the chain from the meeting ...
        ox.Triple(iri("sergei-lavrov"), nkg("metWith"), iri("wang-yi")),
        ox.Triple(iri("wang-yi"), nkg("spokeWith"), iri("kaja-kallas")),      # ... from the call
        ox.Triple(iri("kaja-kallas"), nkg("spokeWith"), iri("wang-yi")),
        ox.Triple(iri("united-states"), nkg("supplied"), iri("ukraine")),    # supplier^-1 o recipient
        ox.Triple(iri("russia"), nkg("attacked"), iri("kyiv")),              # attacker^-1 o target
    }
    assert expected <= facts
    assert SHORTCUTS - {KEPT} <= facts                         # every shortcut the mapping writes, derived
    kallas_types = {t.object.value for t in facts if t.subject == iri("kaja-kallas") and t.predicate.value == RDF_TYPE}
    assert NKG_BASE + "Agent" in kallas_types                                   # range of participant
    assert ox.Triple(iri("wang-yi"), ox.NamedNode(RDF_TYPE), ox.NamedNode("https://schema.org/Person")) in facts


@hermit
def test_the_inferred_graph_holds_only_new_facts_without_helpers_or_self_loops(store):
    reason(store)
    facts = inferred(store)
    stated = set(store.triples([*DATA, ONTOLOGY_GRAPH]))
    assert not facts & stated
    assert not any(t.subject == t.object for t in facts)                         # no "Wang Yi met Wang Yi"
    assert not any(t.predicate in (nkg("selfMeeting"), nkg("selfCall")) for t in facts)
    assert not any(t.object.value == "http://www.w3.org/2002/07/owl#Thing" for t in facts)
    assert {t.subject.value for t in facts} <= {t.subject.value for t in stated}  # about our individuals only


@hermit
def test_the_inferred_graph_is_replaced_and_can_be_dropped(store):
    before = set(store.triples(DATA))
    reason(store)
    first = inferred(store)
    reason(store)                                   # the old inferred graph is not read back in
    assert inferred(store) == first
    assert set(store.triples(DATA)) == before       # the article and entity graphs are untouched
    assert store.drop_graph(INFERRED_GRAPH) and not store.has_graph(INFERRED_GRAPH)
    assert reason(store, write=False).written == 0 and not store.has_graph(INFERRED_GRAPH)


@hermit
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


@hermit
def test_reasoning_uses_a_world_of_its_own(store):
    reason(store)
    assert not any("news-kg" in o.base_iri for o in owlready2.default_world.ontologies.values())


# --- broken graphs, caught ---------------------------------------------------------------------------

def day(text: str) -> ox.Literal:
    return ox.Literal(f"{text}T00:00:00", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime"))


RDF_TYPE_IRI = ox.NamedNode(RDF_TYPE)
BROKEN = {
    # name: (the article that states the extra triples, the triples, words the message must contain,
    #        an axiom the explanation must name, the graphs that state what conflicts)
    "a person is not a country": (
        K2, [ox.Triple(iri("wang-yi"), RDF_TYPE_IRI, nkg("Country"))],
        ["“Wang Yi”", "a country", "a person", "disjoint"], "DisjointClasses(nkg:Place nkg:Person)",
        [ENTITIES_GRAPH, K2]),
    "an attack whose target is a date": (
        K4, [ox.Triple(ATTACK, nkg("target"), day("2025-07-13"))],
        [f"“{S.label(ATTACK)}”", "target", "2025-07-13", "not a value"], "ObjectPropertyRange(nkg:target nkg:Thing)",
        [K4]),
    "a city taking part in a meeting": (
        K2, [ox.Triple(PLANNED, nkg("participant"), iri("beijing"))],
        ["“Beijing”", "a city", "participant", "every agent is a country, an organisation or a person"],
        "SubClassOf(nkg:Agent ObjectUnionOf(nkg:Country nkg:Organization nkg:Person))", [ENTITIES_GRAPH, K2]),
    "an event with two statuses": (
        K1, [ox.Triple(MEETING, nkg("status"), nkg("planned"))],
        ["two values of status", "happened", "planned"], "FunctionalProperty(nkg:status)", [K1]),
    "a date that is not a date": (
        K3, [ox.Triple(REQUEST, nkg("date"), ox.Literal("last week"))],
        [f"“{S.label(REQUEST)}”", "'last week'", "xsd:dateTime"], "DataPropertyRange(nkg:date xsd:dateTime)", [K3]),
    "a participant of a supply": (
        K3, [ox.Triple(SUPPLY, nkg("participant"), iri("wang-yi"))],
        [f"“{S.label(SUPPLY)}”", "a supply", "a call or a meeting"],
        "ObjectPropertyDomain(nkg:participant ObjectUnionOf(nkg:Call nkg:Meeting))", [K3]),
    "an article as a target": (
        K4, [ox.Triple(ATTACK, nkg("target"), ox.NamedNode(K4))],
        ["“Drones strike Kyiv”", "an article", "a named thing"], "DisjointClasses(nkg:Article nkg:Thing)", [K4]),
    "a date precision off the list": (
        K1, [ox.Triple(MEETING, nkg("datePrecision"), ox.Literal("fortnight"))],
        ["'fortnight'", "one of 'day', 'week', 'month', 'year'"], 'DataOneOf("day" "week" "month" "year")', [K1]),
}


@hermit
@pytest.mark.parametrize("name", list(BROKEN))
def test_an_inconsistent_graph_is_caught_and_explained(tmp_path, name):
    graph, extra, words, axiom, stated_in = BROKEN[name]
    store = make_store(tmp_path / "store", graph, extra)
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
        named = [e for e in explanations if axiom in "; ".join(e["axioms"])]
        assert all(e["graphs"] == sorted(stated_in) for e in named), named          # where it is stated
        assert caught.value.status == 409 and caught.value.code == "inconsistent"
        assert not store.has_graph(INFERRED_GRAPH)                                  # stale facts dropped
    finally:
        store.close()


@hermit
def test_the_explanation_names_the_articles_that_state_the_conflict(tmp_path):
    """Beijing is a city (the entities graph, from article k2); article k5 makes it a participant."""
    other = DATA_BASE + "article/k5"
    store = make_store(tmp_path / "store", other, [ox.Triple(PLANNED, nkg("participant"), iri("beijing"))])
    try:
        with pytest.raises(InconsistentGraph) as caught:
            reason(store)
    finally:
        store.close()
    [explanation] = caught.value.details["explanations"]
    assert explanation["subject"] == DATA_BASE + "beijing"
    assert explanation["graphs"] == [ENTITIES_GRAPH, other]
    assert f"stated in: {ENTITIES_GRAPH}, {other}" in caught.value.message


@hermit
@pytest.mark.parametrize("name", [n for n in BROKEN if n != "an attack whose target is a date"])
def test_hermit_itself_finds_the_inconsistency(tmp_path, name):
    """Not only the explainer: HermiT (Java) says so. (A date as a target cannot be said in OWL 2
    DL at all; kg reason reports it from the range before HermiT sees the graph.)"""
    graph, extra, *_ = BROKEN[name]
    store = make_store(tmp_path / "store", graph, extra)
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
