"""The query-text helpers of the SPARQL endpoint, on their own: the outbound-fetch guard
(kg.guard), the protocol's using-graph-uri (api.sparql.add_using) and the base IRI
(api.sparql.with_base)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from api.sparql import add_using, with_base
from kg.store import guard
from kg.errors import BadRequest, ForbiddenClause, QuerySyntaxError

URL = "http://127.0.0.1:9/sparql"


@pytest.mark.parametrize("query", [
    f"SELECT * WHERE {{ SERVICE <{URL}> {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ SERVICE SILENT <{URL}> {{ ?s ?p ?o }} }}",
    f"select * {{ service <{URL}> {{ ?s ?p ?o }} }}",
    "PREFIX e: <http://127.0.0.1:9/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }",
    "SELECT * { SERVICE ?endpoint { ?s ?p ?o } }",
    "SELECT * { SERVICE <relative> { ?s ?p ?o } }",
    "SELECT * { SERVICE <http://127.0.0.1:9/\\u0073parql> { ?s ?p ?o } }",
    f"SELECT * {{ ?s ?p ?o MINUS {{ SERVICE <{URL}> {{ ?s ?p ?o }} }} }}",
])
def test_queries_that_would_fetch_are_refused(query):
    with pytest.raises(ForbiddenClause) as caught:
        guard.check_query(query)
    assert caught.value.details["clause"] in ("SERVICE", "LOAD")
    assert caught.value.status == 400 and caught.value.message.startswith(caught.value.details["clause"])


@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/sparql>" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/sparql>",
    "SELECT ?service WHERE { ?service ?p <http://example.org/LOAD> }",
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service ex:from }",
])
def test_words_in_strings_iris_comments_and_names_are_not_clauses(query):
    assert guard.check_query(query) == []


def test_an_allowed_service_passes_by_iri_or_prefixed_name():
    assert guard.check_query(f"SELECT * {{ SERVICE <{URL}> {{ ?s ?p ?o }} }}", allowed_services=(URL,)) == []
    assert guard.check_query("PREFIX e: <http://127.0.0.1:9/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }",
                             allowed_services=(URL,)) == []
    with pytest.raises(ForbiddenClause):
        guard.check_query("SELECT * { SERVICE <http://127.0.0.1:9/other> { ?s ?p ?o } }", allowed_services=(URL,))


def test_from_must_name_a_graph_of_the_store():
    held = {"http://example.org/g1"}.__contains__
    local = guard.check_query("PREFIX ex: <http://example.org/> SELECT * FROM ex:g1 FROM NAMED <http://example.org/g1> "
                              "WHERE { ?s ?p ?o }", has_graph=held)
    assert [(c.clause, c.target) for c in local] == [("FROM", "http://example.org/g1"),
                                                     ("FROM NAMED", "http://example.org/g1")]
    for clause in ("FROM", "FROM NAMED"):
        with pytest.raises(ForbiddenClause, match=f"^{clause} <http://example.org/web>"):
            guard.check_query(f"SELECT * {clause} <http://example.org/web> WHERE {{ ?s ?p ?o }}", has_graph=held)
    # the protocol's dataset overrides FROM, so FROM is not checked then
    assert guard.check_query("SELECT * FROM <http://example.org/web> { ?s ?p ?o }", has_graph=held,
                             dataset_given=True) == []


def test_updates_may_not_load_or_call_services():
    with pytest.raises(ForbiddenClause, match="^LOAD"):
        guard.check_update(f"LOAD <{URL}>")
    with pytest.raises(QuerySyntaxError):           # an update is no query: the guard's parser says so
        guard.check_query(f"LOAD <{URL}>")
    with pytest.raises(ForbiddenClause, match="^LOAD"):
        guard.check_update(f"CLEAR ALL ; LOAD SILENT <{URL}> INTO GRAPH <http://example.org/g>")
    with pytest.raises(ForbiddenClause, match="^SERVICE"):
        guard.check_update(f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{URL}> {{ ?s ?p ?o }} }}")
    guard.check_update(f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{URL}> {{ ?s ?p ?o }} }}", allowed_services=(URL,))
    guard.check_update("INSERT DATA { <http://example.org/s> <http://example.org/p> 'LOAD <x>' }")


def test_add_using_puts_the_dataset_before_each_where():
    update = ("PREFIX ex: <http://example.org/> INSERT DATA { ex:a ex:b ex:c } ; "
              "DELETE { ?s ex:p ?o } INSERT { ?s ex:q ?o } WHERE { ?s ex:p ?o { SELECT ?s WHERE { ?s ?p ?o } } } ; "
              "INSERT { ?s ex:r 1 } WHERE { ?s ?p ?o }")
    out = add_using(update, ["http://example.org/g1"], ["http://example.org/g2"])
    assert out.count("USING <http://example.org/g1> USING NAMED <http://example.org/g2>\nWHERE") == 2
    ox.Store().update(out)          # still valid SPARQL
    with pytest.raises(BadRequest, match="one way only"):
        add_using("WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", ["http://example.org/g1"], [])
    with pytest.raises(BadRequest):
        add_using("DELETE { ?s ?p ?o } USING <http://example.org/g> WHERE { ?s ?p ?o }", [], ["http://example.org/g1"])


def test_with_base_only_when_there_are_relative_iris():
    absolute = "SELECT * WHERE { <http://example.org/s> ?p ?o }"
    assert with_base(absolute, "http://127.0.0.1:5000/sparql") == absolute
    relative = with_base("SELECT * WHERE { <s> ?p ?o }", "http://127.0.0.1:5000/sparql")
    assert relative.startswith("BASE <http://127.0.0.1:5000/sparql>\n")
    assert list(ox.Store().query(relative)) == []
