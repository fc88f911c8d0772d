"""GET /sparql?query=... answered without Flask's dispatch (api.sparql.PlainGet): the same
status, body and headers as the Flask route gives the same request, on a real store with the real
store workers; every other request, and every error, still goes through Flask."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from werkzeug.test import Client

from api.app import create_app
from helpers import write_sample_store

SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 5"
ASK = "ASK { ?s ?p ?o }"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3"
RELATIVE = "SELECT ?x WHERE { BIND(<relative/thing> AS ?x) }"
MANY = "SELECT ?s WHERE { ?s ?p ?o }"                      # cut at max_rows


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return write_sample_store(tmp_path_factory.mktemp("plain") / "store")


def make_app(store, **settings):
    app = create_app({"store": str(store), "max_rows": 3, **settings})
    flask_views = []
    app.before_request_funcs.setdefault(None, []).insert(0, lambda: flask_views.append(1) and None)
    return app, flask_views


@pytest.fixture(scope="module")
def app(store):
    app, views = make_app(store)
    yield app, views
    app.extensions["kg"].executor.close()


def both(app, query: str, headers: dict | None = None, base_url: str = "http://kg.example:8080"):
    """(the plain path's response, the Flask route's response) to GET /sparql?query=..."""
    url = "/sparql?" + urlencode({"query": query})
    plain = Client(app).get(url, headers=headers or {}, base_url=base_url)
    routed = Client(app.wsgi_app.wrapped).get(url, headers=headers or {}, base_url=base_url)
    return plain, routed


def same(plain, routed) -> None:
    assert plain.status == routed.status
    assert plain.data == routed.data
    drop = {"Date"}
    assert {k: v for k, v in plain.headers.items() if k not in drop} == \
        {k: v for k, v in routed.headers.items() if k not in drop}
    assert ("Date" in plain.headers) == ("Date" in routed.headers)


@pytest.mark.parametrize("query, accept", [
    (SELECT, "application/sparql-results+json"),
    (SELECT, "application/sparql-results+xml"),
    (SELECT, "text/csv"),
    (SELECT, "text/tab-separated-values"),
    (SELECT, None),
    (SELECT, "*/*"),
    (SELECT, "text/html;q=0.9, application/sparql-results+xml;q=1.0"),
    (ASK, "application/sparql-results+json"),
    (CONSTRUCT, "text/turtle"),
    (CONSTRUCT, "application/n-triples"),
    (RELATIVE, "application/sparql-results+json"),   # BASE: the endpoint's URL, as the protocol suggests
    (MANY, "application/sparql-results+json"),       # cut: the row-limit headers
])
def test_an_answer_is_the_one_the_route_gives(app, query, accept):
    app, views = app
    before = len(views)
    plain, routed = both(app, query, {"Accept": accept} if accept else {})
    same(plain, routed)
    assert plain.status_code == 200
    assert len(views) == before + 1                  # the plain request never reached Flask's hooks


def test_relative_iris_resolve_against_the_endpoint(app):
    plain, _ = both(app[0], RELATIVE, {"Accept": "text/csv"})
    assert plain.text.splitlines() == ["x", "http://kg.example:8080/relative/thing"]


def test_a_cut_answer_says_so(app):
    plain, _ = both(app[0], MANY, {"Accept": "text/csv"})
    assert plain.headers["X-KG-Truncated"] == "true" and plain.headers["X-KG-Max-Rows"] == "3"
    assert len(plain.text.splitlines()) == 1 + 3


@pytest.mark.parametrize("query, accept, status, code", [
    ("SELECT ?s WHERE { ?s ?p", None, 400, "query_syntax"),                       # malformed
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", None, 400, "bad_request"),        # an update
    (SELECT, "text/turtle", 406, "not_acceptable"),                               # no such format for a table
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", None, 400, "forbidden_clause"),
])
def test_an_error_is_the_one_the_route_gives(app, query, accept, status, code):
    plain, routed = both(app[0], query, {"Accept": accept} if accept else {})
    same(plain, routed)
    assert plain.status_code == status
    assert plain.json["error"]["code"] == code
    assert plain.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("url, headers", [
    ("/sparql?" + urlencode({"query": SELECT, "format": "csv"}), {}),             # another parameter
    ("/sparql?" + urlencode([("query", SELECT), ("query", ASK)]), {}),           # twice
    ("/sparql?query=", {}),                                                      # empty
    ("/sparql?query=%FF", {}),                                                    # not UTF-8
    ("/sparql", {}),                                                             # the service description
    ("/sparql?" + urlencode({"query": SELECT}), {"Origin": "http://elsewhere.example"}),
    ("/sparql?" + urlencode({"query": SELECT}), {"If-None-Match": '"x"'}),
])
def test_other_requests_go_through_flask(app, url, headers):
    app, views = app
    before = len(views)
    reply = Client(app).get(url, headers=headers)
    assert len(views) == before + 1
    assert reply.status_code in (200, 400)


def test_a_conditional_request_for_a_plain_answer_is_not_modified(app):
    app, _ = app
    plain, _ = both(app, SELECT)
    again = Client(app).get("/sparql?" + urlencode({"query": SELECT}),
                            headers={"If-None-Match": plain.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""


def test_cors_headers_still_come_with_a_query_from_an_allowed_origin(store):
    app, _ = make_app(store, cors_origins=["http://elsewhere.example"])
    try:
        reply = Client(app).get("/sparql?" + urlencode({"query": ASK}), headers={"Origin": "http://elsewhere.example"})
    finally:
        app.extensions["kg"].executor.close()
    assert reply.status_code == 200
    assert reply.headers["Access-Control-Allow-Origin"] == "http://elsewhere.example"


def test_with_updates_on_caches_must_ask_again(store):
    app, _ = make_app(store, updates="open")
    try:
        plain, routed = both(app, SELECT)
    finally:
        app.extensions["kg"].executor.close()
    same(plain, routed)
    assert plain.headers["Cache-Control"] == "no-cache"
