"""kg validate: the SHACL shapes (real pySHACL) pass the sample dataset (tests/helpers.py, made
through the real mapping) and report, by article and event, exactly what is wrong when one of its
triples is taken out or changed."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from helpers import fill_store, sample
from kg.owl.validate import shapes_path, validate
from kg.store.stores import EmbeddedStore
from kg.vocab import DATA_BASE, ENTITIES_GRAPH, INFERRED_GRAPH, NKG_BASE

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
S = sample()
K1, K2, K3, K4 = (S.article(k) for k in ("k1", "k2", "k3", "k4"))
MEETING, CALL = S.event("k1", "Meeting"), S.event("k2", "Call")
SUPPLY, REQUEST, ATTACK = S.event("k3", "Supply"), S.event("k3", "Request"), S.event("k4", "Attack")
UKRAINE, PATRIOT, KYIV, MACRON = (ox.NamedNode(DATA_BASE + k) for k in ("ukraine", "patriot", "kyiv", "emmanuel-macron"))
XSD_DATETIME = ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def nkg(local: str) -> ox.NamedNode:
    return ox.NamedNode(NKG_BASE + local)     # not kg.vocab.NKG: some of these terms are wrong on purpose


def day(text: str) -> ox.Literal:
    return ox.Literal(f"{text}T00:00:00", datatype=XSD_DATETIME)


def edited(graph: str, remove=(), add=()) -> dict[str, list[ox.Triple]]:
    """The sample's graphs with some triples of one graph taken out and others put in; every
    triple to take out must be there, so a case cannot pass by editing nothing."""
    graphs = {g: list(ts) for g, ts in S.graphs.items()}
    for s, p, o in remove:
        t = ox.Triple(s, p, o)
        where = graph if t in graphs[graph] else ENTITIES_GRAPH   # what an event is: in the shared graph
        assert t in graphs[where], f"{t} is not in {graph} nor in the shared graph"
        graphs[where].remove(t)
    graphs[graph] += [ox.Triple(s, p, o) for s, p, o in add]
    return graphs


def test_the_shapes_file_is_valid_shacl():
    graph = rdflib.Graph().parse(str(shapes_path()), format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = {str(o) for o in graph.objects(None, sh.targetClass)}
    assert {NKG_BASE + c for c in ("Event", "Meeting", "Call", "Supply", "Attack", "Request", "Evidence")} <= targets


def test_a_good_graph_conforms(sample_store):
    report = validate(sample_store)
    assert report.conforms and report.results == [], report.summary()
    assert report.triples > 100
    assert report.summary().startswith("The graph conforms to the shapes: 0 violation(s)")


def _evidence_in(key: str, kind: str, article: str):
    return [(S.evidence(key, kind), nkg("inArticle"), ox.NamedNode(article))]


# name: (graph, triples taken out, triples put in, focus node, property, words of the message)
BROKEN = {
    "a meeting with one participant": (
        K1, [(MEETING, nkg("participant"), MACRON)], [], MEETING, "participant", "at least two participants"),
    "a status off the list": (
        K2, [(CALL, nkg("status"), nkg("planned"))], [(CALL, nkg("status"), nkg("cancelled"))], CALL, "status",
        "exactly one status"),
    "no status": (
        K3, [(SUPPLY, nkg("status"), nkg("happened"))], [], SUPPLY, "status", "exactly one status"),
    "no source": (
        K4, [(ATTACK, nkg("source"), ox.NamedNode(K4))], [], ATTACK, "source", "at least one source"),
    "no evidence": (
        K3, [(REQUEST, nkg("evidence"), S.evidence("k3", "Request"))], [], REQUEST, "evidence",
        "at least one evidence sentence"),
    "no supplier": (
        K3, [(SUPPLY, nkg("supplier"), ox.NamedNode(DATA_BASE + "united-states"))], [], SUPPLY, "supplier",
        "has a supplier"),
    "a weapon as recipient": (
        K3, [(SUPPLY, nkg("recipient"), UKRAINE)], [(SUPPLY, nkg("recipient"), PATRIOT)], SUPPLY, "recipient",
        "person, organisation or country"),
    "a date as target": (
        K4, [(ATTACK, nkg("target"), KYIV)], [(ATTACK, nkg("target"), day("2025-07-13"))], ATTACK, "target",
        "is not a named thing of the graph"),
    "a date precision off the list": (
        K1, [(MEETING, nkg("datePrecision"), ox.Literal("day"))], [(MEETING, nkg("datePrecision"), ox.Literal("fortnight"))],
        MEETING, "datePrecision", "one of day, week, month, year"),
    "a range that ends before it starts": (
        K2, [(CALL, nkg("dateEnd"), day("2025-07-20"))], [(CALL, nkg("dateEnd"), day("2025-07-01"))], CALL, "date",
        "no later than it ends"),
    "evidence from another article": (
        K1, _evidence_in("k1", "Meeting", K1), _evidence_in("k1", "Meeting", K2), MEETING, None,
        "comes from an article that is not among the event's sources"),
    "offsets the wrong way round": (
        K4, [(S.evidence("k4", "Attack"), nkg("startChar"), ox.Literal("0", datatype=ox.NamedNode(XSD_INTEGER)))],
        [(S.evidence("k4", "Attack"), nkg("startChar"), ox.Literal("400", datatype=ox.NamedNode(XSD_INTEGER)))],
        S.evidence("k4", "Attack"), "startChar", "before its end offset"),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_graph_gets_the_right_violation(name):
    graph, remove, add, focus, prop, words = BROKEN[name]
    store = fill_store(None, edited(graph, remove, add))
    try:
        report = validate(store)
    finally:
        store.close()
    assert not report.conforms
    hits = [v for v in report.violations if v.focus == focus.value and words in v.message
            and (prop is None or v.path == NKG_BASE + prop)]
    assert hits, report.summary()
    assert all(graph in v.articles for v in hits)
    others = [v for v in report.violations if v.focus != focus.value]
    assert not others, report.summary()                     # nothing else is reported


def test_violations_are_grouped_by_article_and_event():
    broken = edited(K3, remove=[(REQUEST, nkg("status"), nkg("proposed")),
                                (SUPPLY, nkg("supplier"), ox.NamedNode(DATA_BASE + "united-states"))],
                    add=[(REQUEST, nkg("status"), nkg("maybe"))])
    store = fill_store(None, broken)
    try:
        report = validate(store)
    finally:
        store.close()
    grouped = report.by_article()
    assert list(grouped) == [K3]
    assert set(grouped[K3]) == {REQUEST.value, SUPPLY.value}
    text = report.summary()
    assert "does NOT conform: 2 violation(s)" in text
    request = REQUEST.value.removeprefix(DATA_BASE)
    assert "article id:article/k3" in text and f"id:{request}  “{S.label(REQUEST)}”" in text


def test_a_wrong_value_is_blamed_on_the_article_that_states_it():
    """The attack is described in article k4; article k1 adds a date as its target."""
    store = fill_store(None, edited(K1, add=[(ATTACK, nkg("target"), day("2025-07-13"))]))
    try:
        report = validate(store)
    finally:
        store.close()
    [violation] = report.violations
    assert violation.focus == ATTACK.value and violation.articles == [K1]
    assert violation.label == "Attack: Russia -> Kyiv (2025-07-12) [happened]" == S.label(ATTACK)


def test_two_precisions_are_a_warning_not_a_violation():
    store = fill_store(None, edited(K2, add=[(CALL, nkg("datePrecision"), ox.Literal("month"))]))
    try:
        report = validate(store)
    finally:
        store.close()
    assert report.conforms and len(report.warnings) == 1
    assert report.warnings[0].severity == "Warning" and "different precisions" in report.warnings[0].message


def test_the_inferred_graph_is_not_validated(sample_store):
    """The shapes check what the build wrote; inferred types must not hide a missing one."""
    sample_store.replace_graph(INFERRED_GRAPH, [ox.Triple(ox.NamedNode(DATA_BASE + "ev-x"),
                                                  ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                                  ox.NamedNode(NKG_BASE + "Meeting"))])
    assert validate(sample_store).conforms


@pytest.mark.slow
def test_the_seed_graph_conforms(tmp_path):
    from kg.build import build

    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip(f"no seed articles in {SEEDS}")
    store = EmbeddedStore(tmp_path / "store")
    try:
        assert build([str(p) for p in paths], store).events > 0
        report = validate(store)
    finally:
        store.close()
    assert report.conforms, report.summary()
    assert report.violations == []
