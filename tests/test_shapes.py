"""kg validate: the SHACL shapes (real pySHACL) pass a graph written as docs/data-model.md shows
and report, by article and event, exactly what is wrong in a broken one."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.store.stores import EmbeddedStore
from kg.owl.validate import shapes_path, validate
from kg.vocab import DATA_BASE, INFERRED_GRAPH, NKG_BASE, ONTOLOGY_GRAPH, ontology_path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
A1, A2 = DATA_BASE + "article/a1", DATA_BASE + "article/a2"
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


def entity(key: str, cls: str, label: str, article: str) -> str:
    return (f'id:{key} a nkg:{cls}, owl:NamedIndividual ; rdfs:label "{label}" ; skos:prefLabel "{label}" ; '
            f'nkg:mentionedIn art:{article} .\n')


def evidence(key: str, text: str, start: int, article: str, trigger: str) -> str:
    return (f'evd:{key} a nkg:Evidence, owl:NamedIndividual ; rdfs:label "{text}" ; nkg:text "{text}" ; '
            f'nkg:trigger "{trigger}" ; nkg:startChar {start} ; nkg:endChar {start + len(text)} ; '
            f'nkg:inArticle art:{article} .\n')


ARTICLE_1 = PREFIXES + 'art:a1 a nkg:Article, owl:NamedIndividual ; rdfs:label "Talks in Beijing" .\n' + \
    entity("wang-yi", "Person", "Wang Yi", "a1") + entity("sergei-lavrov", "Person", "Sergei Lavrov", "a1") + \
    entity("beijing", "City", "Beijing", "a1") + entity("sanctions", "Topic", "sanctions", "a1") + """
ev:m1 a nkg:Meeting, owl:NamedIndividual ; rdfs:label "Meeting: Wang Yi, Sergei Lavrov (2025-07-13)" ;
    nkg:participant id:wang-yi, id:sergei-lavrov ; nkg:status nkg:happened ;
    nkg:date "2025-07-13T00:00:00"^^xsd:dateTime ; nkg:datePrecision "day" ; nkg:place id:beijing ;
    nkg:topic id:sanctions ; nkg:source art:a1 ; nkg:evidence evd:e1 .
ev:c1 a nkg:Call, owl:NamedIndividual ; rdfs:label "Call: Wang Yi, Sergei Lavrov (week of 2025-07-07)" ;
    nkg:participant id:wang-yi, id:sergei-lavrov ; nkg:status nkg:planned ;
    nkg:date "2025-07-07T00:00:00"^^xsd:dateTime ; nkg:datePrecision "week" ;
    nkg:dateEnd "2025-07-13T00:00:00"^^xsd:dateTime ; nkg:source art:a1 ; nkg:evidence evd:e2 .
""" + evidence("e1", "Wang Yi met Sergei Lavrov in Beijing.", 0, "a1", "met") + \
    evidence("e2", "They will speak by phone this week.", 40, "a1", "speak")

ARTICLE_2 = PREFIXES + 'art:a2 a nkg:Article, owl:NamedIndividual ; rdfs:label "Patriots and strikes" .\n' + \
    entity("germany", "Country", "Germany", "a2") + entity("ukraine", "Country", "Ukraine", "a2") + \
    entity("russia", "Country", "Russia", "a2") + entity("kyiv", "City", "Kyiv", "a2") + \
    entity("patriot", "WeaponSystem", "Patriot", "a2") + """
ev:s1 a nkg:Supply, owl:NamedIndividual ; rdfs:label "Supply: Germany -> Ukraine" ;
    nkg:supplier id:germany ; nkg:recipient id:ukraine ; nkg:item id:patriot ; nkg:status nkg:happened ;
    nkg:source art:a2 ; nkg:evidence evd:e3 .
ev:k1 a nkg:Attack, owl:NamedIndividual ; rdfs:label "Attack: Russia -> Kyiv" ;
    nkg:attacker id:russia ; nkg:target id:kyiv ; nkg:weapon id:patriot ; nkg:status nkg:happened ;
    nkg:source art:a2 ; nkg:evidence evd:e4 .
ev:r1 a nkg:Request, owl:NamedIndividual ; rdfs:label "Request: Ukraine -> Germany" ;
    nkg:requester id:ukraine ; nkg:addressee id:germany ; nkg:item id:patriot ; nkg:status nkg:proposed ;
    nkg:source art:a2 ; nkg:evidence evd:e5 .
""" + evidence("e3", "Germany sent Patriots to Ukraine.", 0, "a2", "sent") + \
    evidence("e4", "Russia shelled Kyiv.", 40, "a2", "shelled") + \
    evidence("e5", "Ukraine asked Germany for Patriots.", 80, "a2", "asked")


def make_store(path: Path, article_1: str = ARTICLE_1, article_2: str = ARTICLE_2) -> EmbeddedStore:
    store = EmbeddedStore(path)
    store.replace_graph(ONTOLOGY_GRAPH, [q.triple for q in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)])
    for graph, text in ((A1, article_1), (A2, article_2)):
        store.replace_graph(graph, [q.triple for q in ox.parse(text.encode(), format=ox.RdfFormat.TURTLE)])
    return store


@pytest.fixture
def store(tmp_path):
    store = make_store(tmp_path / "store")
    yield store
    store.close()


def test_the_shapes_file_is_valid_shacl():
    graph = rdflib.Graph().parse(str(shapes_path()), format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = {str(o) for o in graph.objects(None, sh.targetClass)}
    assert {NKG_BASE + c for c in ("Event", "Meeting", "Call", "Supply", "Attack", "Request", "Evidence")} <= targets


def test_a_good_graph_conforms(store):
    report = validate(store)
    assert report.conforms and report.results == [], report.summary()
    assert report.triples > 100
    assert report.summary().startswith("The graph conforms to the shapes: 0 violation(s)")


# name: (graph, text replaced, replacement, focus node, property, words of the message)
BROKEN = {
    "a meeting with one participant": (
        A1, "nkg:participant id:wang-yi, id:sergei-lavrov ; nkg:status nkg:happened",
        "nkg:participant id:wang-yi ; nkg:status nkg:happened", "event/m1", "participant", "at least two participants"),
    "a status off the list": (
        A1, "nkg:status nkg:planned", "nkg:status nkg:cancelled", "event/c1", "status", "exactly one status"),
    "no status": (
        A2, "nkg:recipient id:ukraine ; nkg:item id:patriot ; nkg:status nkg:happened ;",
        "nkg:recipient id:ukraine ; nkg:item id:patriot ;", "event/s1", "status", "exactly one status"),
    "no source": (
        A2, "nkg:weapon id:patriot ; nkg:status nkg:happened ;\n    nkg:source art:a2 ;",
        "nkg:weapon id:patriot ; nkg:status nkg:happened ;", "event/k1", "source", "at least one source"),
    "no evidence": (
        A2, "nkg:source art:a2 ; nkg:evidence evd:e5 .", "nkg:source art:a2 .", "event/r1", "evidence",
        "at least one evidence sentence"),
    "no supplier": (
        A2, "nkg:supplier id:germany ; ", "", "event/s1", "supplier", "has a supplier"),
    "a topic as recipient": (
        A2, "nkg:recipient id:ukraine", "nkg:recipient id:patriot", "event/s1", "recipient",
        "person, organisation or country"),
    "a date as target": (
        A2, "nkg:target id:kyiv", 'nkg:target "2025-07-13T00:00:00"^^xsd:dateTime', "event/k1", "target",
        "is not a named thing of the graph"),
    "a date precision off the list": (
        A1, 'nkg:datePrecision "day"', 'nkg:datePrecision "fortnight"', "event/m1", "datePrecision",
        "one of day, week, month, year"),
    "a range that ends before it starts": (
        A1, 'nkg:dateEnd "2025-07-13T00:00:00"^^xsd:dateTime', 'nkg:dateEnd "2025-07-01T00:00:00"^^xsd:dateTime',
        "event/c1", "date", "no later than it ends"),
    "evidence from another article": (
        A1, "nkg:inArticle art:a1 .\nevd:e2", "nkg:inArticle art:a2 .\nevd:e2", "event/m1", None,
        "comes from an article that is not among the event's sources"),
    "offsets the wrong way round": (
        A2, "nkg:startChar 40 ;", "nkg:startChar 400 ;", "evidence/e4", "startChar", "before its end offset"),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_graph_gets_the_right_violation(tmp_path, name):
    graph, old, new, focus, prop, words = BROKEN[name]
    texts = {A1: ARTICLE_1, A2: ARTICLE_2}
    assert old in texts[graph], "the test's replacement must apply"
    texts[graph] = texts[graph].replace(old, new, 1)
    store = make_store(tmp_path / "store", texts[A1], texts[A2])
    try:
        report = validate(store)
    finally:
        store.close()
    assert not report.conforms
    hits = [v for v in report.violations if v.focus == DATA_BASE + focus and words in v.message
            and (prop is None or v.path == NKG_BASE + prop)]
    assert hits, report.summary()
    assert all(graph in v.articles for v in hits)
    others = [v for v in report.violations if v.focus != DATA_BASE + focus]
    assert not others, report.summary()                     # nothing else is reported


def test_violations_are_grouped_by_article_and_event(tmp_path):
    broken = ARTICLE_2.replace("nkg:status nkg:proposed", "nkg:status nkg:maybe").replace("nkg:supplier id:germany ; ", "")
    store = make_store(tmp_path / "store", article_2=broken)
    try:
        report = validate(store)
    finally:
        store.close()
    grouped = report.by_article()
    assert list(grouped) == [A2]
    assert set(grouped[A2]) == {DATA_BASE + "event/r1", DATA_BASE + "event/s1"}
    text = report.summary()
    assert "does NOT conform: 2 violation(s)" in text
    assert "article id:article/a2" in text and "id:event/r1  “Request: Ukraine -> Germany”" in text


def test_a_wrong_value_is_blamed_on_the_article_that_states_it(tmp_path):
    """The attack is described in article 2; article 1 adds a date as its target."""
    store = make_store(tmp_path / "store", ARTICLE_1 + 'ev:k1 nkg:target "2025-07-13T00:00:00"^^xsd:dateTime .\n')
    try:
        report = validate(store)
    finally:
        store.close()
    [violation] = report.violations
    assert violation.focus == DATA_BASE + "event/k1" and violation.articles == [A1]
    assert violation.label == "Attack: Russia -> Kyiv"


def test_two_precisions_are_a_warning_not_a_violation(tmp_path):
    store = make_store(tmp_path / "store", ARTICLE_1.replace('nkg:datePrecision "week"', 'nkg:datePrecision "week", "month"'))
    try:
        report = validate(store)
    finally:
        store.close()
    assert report.conforms and len(report.warnings) == 1
    assert report.warnings[0].severity == "Warning" and "different precisions" in report.warnings[0].message


def test_the_inferred_graph_is_not_validated(store):
    """The shapes check what the build wrote; inferred types must not hide a missing one."""
    store.replace_graph(INFERRED_GRAPH, [ox.Triple(ox.NamedNode(DATA_BASE + "ev-x"),
                                                  ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                                  ox.NamedNode(NKG_BASE + "Meeting"))])
    assert validate(store).conforms


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
