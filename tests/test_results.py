"""kg.store.results: which format an Accept header or a format name gets, when the answer is 406,
and that what is written reads back as the same result (parsed by pyoxigraph, not by us)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import NotAcceptable
from kg.store.results import format_by_name, negotiate, serialize, serialize_triples
from kg.store.stores import QueryResult

TABLE, GRAPH = ("table",), ("graph",)


@pytest.mark.parametrize("accept, kinds, name", [
    (None, TABLE, "json"), ("", TABLE, "json"), (None, GRAPH, "turtle"),
    ("*/*", TABLE, "json"), ("*/*", GRAPH, "turtle"),
    ("text/csv", TABLE, "csv"), ("text/tab-separated-values", TABLE, "tsv"),
    ("application/sparql-results+xml", TABLE, "xml"), ("application/json", TABLE, "json"),
    ("TEXT/CSV", TABLE, "csv"),
    ("text/csv;q=0.5, application/sparql-results+xml", TABLE, "xml"),           # the higher q wins
    ("text/csv, application/sparql-results+xml", TABLE, "csv"),                 # equal q: the first listed
    ("image/png, text/csv;q=0.1", TABLE, "csv"),                                # what can be given
    ("text/*", TABLE, "csv"), ("text/*", GRAPH, "turtle"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", TABLE, "json"),             # a browser
    ("application/n-triples", GRAPH, "ntriples"), ("text/plain", GRAPH, "ntriples"),
    ("application/ld+json", GRAPH, "jsonld"), ("application/rdf+xml", GRAPH, "rdfxml"),
    ("application/x-turtle", GRAPH, "turtle"),
    ("application/n-quads", ("graph", "dataset"), "nquads"),
])
def test_negotiate(accept, kinds, name):
    assert negotiate(accept, kinds).name == name


@pytest.mark.parametrize("accept, kinds", [
    ("image/png", TABLE), ("text/turtle", TABLE), ("application/sparql-results+json", GRAPH),
    ("text/csv;q=0", TABLE), ("*/*;q=0", GRAPH), ("application/n-quads", GRAPH),
])
def test_nothing_acceptable_is_a_406_naming_what_is_offered(accept, kinds):
    with pytest.raises(NotAcceptable) as caught:
        negotiate(accept, kinds)
    assert caught.value.status == 406 and caught.value.code == "not_acceptable"
    assert caught.value.details["accept"] == accept
    offered = "application/sparql-results+json" if kinds == TABLE else "text/turtle"
    assert offered in caught.value.message


@pytest.mark.parametrize("name, kinds, expected", [
    ("csv", TABLE, "text/csv"), ("TSV", TABLE, "text/tab-separated-values"), ("srj", TABLE, "application/sparql-results+json"),
    ("ttl", GRAPH, "text/turtle"), ("nt", GRAPH, "application/n-triples"), ("owl", GRAPH, "application/rdf+xml"),
    ("json-ld", GRAPH, "application/ld+json"), ("text/turtle", GRAPH, "text/turtle"),
])
def test_format_by_name(name, kinds, expected):
    assert format_by_name(name, kinds).media_type == expected


@pytest.mark.parametrize("name, kinds", [("turtle", TABLE), ("csv", GRAPH), ("pdf", TABLE + GRAPH)])
def test_an_unknown_or_unsuitable_format_name_is_a_406(name, kinds):
    with pytest.raises(NotAcceptable) as caught:
        format_by_name(name, kinds)
    assert caught.value.details["format"] == name


ALICE = ox.NamedNode("http://example.org/alice")
SELECT = QueryResult("select", variables=["who", "said", "when"], rows=[
    {"who": ALICE, "said": ox.Literal('a "quoted", comma\tand tab', language="en"),
     "when": ox.Literal("2025-07-13T00:00:00", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime"))},
    {"who": ox.BlankNode("b1")},                                  # unbound values stay unbound
])
RESULTS_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                   "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


@pytest.mark.parametrize("name", ["json", "xml", "tsv"])
def test_select_results_read_back_the_same(name):
    body = serialize(SELECT, format_by_name(name, TABLE))
    solutions = ox.parse_query_results(body, format=RESULTS_FORMATS[name])
    assert [v.value for v in solutions.variables] == SELECT.variables
    rows = [{v: s[v] for v in SELECT.variables if s[v] is not None} for s in solutions]
    assert rows[0] == SELECT.rows[0] and set(rows[1]) == {"who"} and isinstance(rows[1]["who"], ox.BlankNode)


def test_csv_is_plain_values():
    """SPARQL CSV drops datatypes and languages: the values, as a spreadsheet wants them."""
    text = serialize(SELECT, format_by_name("csv", TABLE)).decode("utf-8")
    assert text.split("\r\n") == ["who,said,when", 'http://example.org/alice,"a ""quoted"", comma\tand tab",'
                                  "2025-07-13T00:00:00", "_:b1,,", ""]


@pytest.mark.parametrize("name, expected", [("json", True), ("xml", False)])
def test_ask_results(name, expected):
    body = serialize(QueryResult("ask", boolean=expected), format_by_name(name, TABLE))
    assert bool(ox.parse_query_results(body, format=RESULTS_FORMATS[name])) is expected


def test_formats_that_do_not_fit_the_result_are_406():
    with pytest.raises(NotAcceptable, match="ASK"):
        serialize(QueryResult("ask", boolean=True), format_by_name("csv", TABLE))
    with pytest.raises(NotAcceptable, match="for graphs"):
        serialize(SELECT, format_by_name("turtle", GRAPH))
    with pytest.raises(NotAcceptable, match="for SELECT and ASK"):
        serialize_triples([], format_by_name("json", TABLE))


@pytest.mark.parametrize("name, rdf_format", [("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
                                              ("jsonld", ox.RdfFormat.JSON_LD), ("rdfxml", ox.RdfFormat.RDF_XML)])
def test_graph_results_read_back_the_same(name, rdf_format):
    triples = [ox.Triple(ALICE, ox.NamedNode("https://w3id.org/news-kg/ontology#metWith"),
                         ox.NamedNode("http://example.org/bob")),
               ox.Triple(ALICE, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("Alice", language="en"))]
    body = serialize(QueryResult("graph", triples=triples), format_by_name(name, GRAPH))
    assert {q.triple for q in ox.parse(body, format=rdf_format)} == set(triples)
    if name == "turtle":
        assert b"@prefix nkg: <https://w3id.org/news-kg/ontology#>" in body      # our prefixes, for people
