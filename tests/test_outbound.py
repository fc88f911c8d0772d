"""No outbound fetches: SERVICE, FROM <url>, FROM NAMED <url>, LOAD and JSON-LD contexts never
make the server open a connection, unless an operator allow-lists the endpoint. A local HTTP
server (127.0.0.1 only) stands for the web: it must receive no request, and the client gets a
clear 400 (or 415) naming the clause. With the endpoint allow-listed, the same server is asked,
which shows that it would have seen a fetch."""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest

from helpers import Listener, LiveServer, fetch, write_sample_store
from kg.vocab import DATA_BASE

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def web():
    w = Listener()
    yield w
    w.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return write_sample_store(tmp_path_factory.mktemp("outbound") / "store")


@pytest.fixture(scope="module")
def server(store):
    with LiveServer({"store": str(store), "updates": "open"}) as live:
        yield live


@pytest.fixture(autouse=True)
def no_request_seen(request, web):
    web.requests.clear()
    yield
    if "allowed" not in request.node.name:
        assert web.requests == [], "the server opened a connection"


def query(server, text: str, accept: str = "application/sparql-results+json"):
    return fetch("POST", server.url + "/sparql", text, {"Content-Type": "application/sparql-query", "Accept": accept})


QUERIES = {
    "service": "SELECT * WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }",
    "service-silent": "SELECT * WHERE { SERVICE SILENT <{url}/sparql> { ?s ?p ?o } }",
    "service-lowercase": "select * where { service <{url}/sparql> { ?s ?p ?o } }",
    "service-prefixed": "PREFIX web: <{url}/> SELECT * WHERE { SERVICE web:sparql { ?s ?p ?o } }",
    "service-variable": "SELECT * WHERE { VALUES ?e { <{url}/sparql> } SERVICE ?e { ?s ?p ?o } }",
    "service-nested": "SELECT * WHERE { ?x a ?t OPTIONAL { { SELECT ?s WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } } } } }",
    "service-escaped-iri": "SELECT * WHERE { SERVICE <{url}/\\u0073parql> { ?s ?p ?o } }",
    "service-commented": "SELECT * WHERE { SERVICE # a comment\n <{url}/sparql> { ?s ?p ?o } }",
    "service-ask": "ASK { SERVICE <{url}/sparql> { ?s ?p ?o } }",
    "service-construct": "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }",
    "from": "SELECT * FROM <{url}/data.ttl> WHERE { ?s ?p ?o }",
    "from-named": "SELECT * FROM NAMED <{url}/data.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "from-construct": "CONSTRUCT { ?s ?p ?o } FROM <{url}/data.ttl> WHERE { ?s ?p ?o }",
    "describe-from": "DESCRIBE ?s FROM <{url}/data.ttl> WHERE { ?s ?p ?o }",
}


@pytest.mark.parametrize("name", QUERIES)
def test_queries_that_would_fetch_are_refused(server, web, name):
    text = QUERIES[name].replace("{url}", web.url)
    accept = "text/turtle" if text.lstrip().startswith(("CONSTRUCT", "DESCRIBE")) else "application/sparql-results+json"
    reply = query(server, text, accept)
    assert reply.status == 400, reply
    error = reply.json()["error"]
    assert error["code"] == "forbidden_clause"
    clause = "SERVICE" if "service" in name else "FROM NAMED" if "named" in name else "FROM"
    assert error["clause"] == clause and error["message"].startswith(clause)


def test_a_get_query_is_checked_too(server, web):
    text = f"SELECT * WHERE {{ SERVICE <{web.url}/sparql> {{ ?s ?p ?o }} }}"
    reply = fetch("GET", server.url + "/sparql?" + urlencode({"query": text}))
    assert reply.status == 400 and reply.json()["error"]["clause"] == "SERVICE"


def test_from_naming_a_graph_of_the_store_is_a_local_selection(server):
    reply = query(server, f"SELECT (COUNT(*) AS ?n) FROM <{DATA_BASE}article/k1> WHERE {{ ?s ?p ?o }}")
    assert reply.status == 200 and int(reply.json()["results"]["bindings"][0]["n"]["value"]) > 10


UPDATES = {
    "load": "LOAD <{url}/data.ttl>",
    "load-silent-into": "LOAD SILENT <{url}/data.ttl> INTO GRAPH <http://example.org/g>",
    "load-after-insert": "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 } ; LOAD <{url}/data.ttl>",
    "service-in-where": "INSERT { GRAPH <http://example.org/g> { ?s ?p ?o } } WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }",
}


@pytest.mark.parametrize("name", UPDATES)
def test_updates_that_would_fetch_are_refused(server, web, name):
    text = UPDATES[name].replace("{url}", web.url)
    for reply in (fetch("POST", server.url + "/sparql/update", text, {"Content-Type": "application/sparql-update"}),
                  fetch("POST", server.url + "/sparql/update", urlencode({"update": text}),
                        {"Content-Type": "application/x-www-form-urlencoded"})):
        assert reply.status == 400, reply
        assert reply.json()["error"]["clause"] == ("LOAD" if "load" in name else "SERVICE")
    ask = query(server, "ASK { GRAPH ?g { <http://example.org/s> ?p ?o } }")
    assert ask.json()["boolean"] is False, "nothing of a refused update was written"


def test_json_ld_contexts_are_never_fetched(server, web):
    """A JSON-LD body (whose context would be fetched) is not accepted by the graph store; and
    JSON-LD answers are written without contexts."""
    body = json.dumps({"@context": web.url + "/context.jsonld", "@id": "http://example.org/s", "name": "x"})
    reply = fetch("PUT", f"{server.url}/rdf-graphs?graph={quote('http://example.org/g')}", body,
                  {"Content-Type": "application/ld+json"})
    assert reply.status == 415 and "Turtle" in reply.json()["error"]["message"]
    answer = query(server, f"CONSTRUCT WHERE {{ <{DATA_BASE}kyiv> ?p ?o }}", "application/ld+json")
    assert answer.status == 200 and answer.media_type == "application/ld+json"
    assert json.loads(answer.body)


def test_an_allowed_service_is_asked(store, web):
    """The positive control: with the endpoint allow-listed, the query reaches it."""
    with LiveServer({"store": str(store), "allowed_services": web.url + "/sparql"}) as live:
        reply = query(live, f"SELECT ?x WHERE {{ SERVICE <{web.url}/sparql> {{ ?x ?p ?o }} }}")
        assert reply.status == 200, reply
        assert reply.json()["results"]["bindings"] == [{"x": {"type": "literal", "value": "remote"}}]
        assert web.requests and web.requests[0].startswith(("GET /sparql", "POST /sparql"))
        other = query(live, f"SELECT * WHERE {{ SERVICE <{web.url}/other> {{ ?s ?p ?o }} }}")
        assert other.status == 400 and web.url + "/sparql" in other.json()["error"]["message"]
        assert len(web.requests) == 1
        description = fetch("GET", live.url + "/sparql").text
        assert "BasicFederatedQuery" in description
