"""One service layer (kg.service) under the API and the command line: `kg query` meets the same
outbound-fetch guard, row limit and truncation warning as /sparql, and lists the same catalogue as
GET /queries; a body in another charset than UTF-8 is a 415 wherever a body is read. The real
`kg` console script and the real app on a real store; no mocks."""

from __future__ import annotations

import csv
import io
import json

import pytest

from api import create_app
from conftest import run_kg
from helpers import write_sample_store

SERVICE_QUERY = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
EVERY_LABEL = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?x ?label WHERE { ?x rdfs:label ?label }"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return write_sample_store(tmp_path_factory.mktemp("service") / "store")


@pytest.fixture(scope="module")
def client(store):
    app = create_app({"store": str(store), "max_rows": 2, "updates": "open"})
    yield app.test_client()
    app.extensions["kg"].executor.close()


def rq(tmp_path, text: str):
    path = tmp_path / "query.rq"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_kg_query_refuses_a_service_clause_as_the_endpoint_does(store, client, tmp_path):
    reply = client.post("/sparql", data=SERVICE_QUERY, content_type="application/sparql-query")
    assert reply.status_code == 400
    message = reply.get_json()["error"]["message"]
    assert message.startswith("SERVICE <http://127.0.0.1:9/sparql>: this server does not query other endpoints")

    result = run_kg("query", rq(tmp_path, SERVICE_QUERY), "--store", str(store), timeout=120)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == f"kg query: error: {message}"


def test_kg_query_cuts_at_max_rows_with_the_endpoints_warning(store, client, tmp_path):
    reply = client.post("/sparql", data=EVERY_LABEL, content_type="application/sparql-query",
                        headers={"Accept": "application/sparql-results+json"})
    assert reply.status_code == 200 and reply.headers["X-KG-Truncated"] == "true"
    warning = reply.get_json()["warning"]
    assert warning["max_rows"] == 2

    path = rq(tmp_path, EVERY_LABEL)
    result = run_kg("query", path, "--max-rows", "2", "--store", str(store), timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 2
    assert result.stderr.strip() == f"kg query: warning: {warning['message']}"

    as_json = run_kg("query", path, "--max-rows", "2", "--format", "json", "--store", str(store), timeout=120)
    assert json.loads(as_json.stdout)["warning"] == warning

    within = run_kg("query", path, "--store", str(store), timeout=120)     # the default limit, 10000
    assert within.returncode == 0 and within.stderr == ""
    assert len(list(csv.DictReader(io.StringIO(within.stdout)))) > 2


def test_kg_query_list_prints_the_catalogue(store, client):
    result = run_kg("query", "--list", "--store", str(store), timeout=120)
    assert result.returncode == 0, result.stderr
    queries = client.get("/queries").get_json()["queries"]
    names = [line.split(":")[0] for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert names == [q["name"] for q in queries]
    since = next(p for p in queries[0]["parameters"] if p["name"] == "since")
    assert f"--param since=... (date): {since['description']}" in result.stdout


def test_a_wrong_charset_is_415_for_a_query_and_for_a_graph(client):
    query = client.post("/sparql", data="ASK {}".encode("latin-1"),
                        content_type="application/sparql-query; charset=ISO-8859-1")
    graph = client.put("/rdf-graphs?graph=http://example.org/g", data='<http://example.org/s> <http://example.org/p> "é" .'
                       .encode("latin-1"), content_type="text/turtle; charset=ISO-8859-1")
    for reply in (query, graph):
        assert reply.status_code == 415, reply.get_data()
        error = reply.get_json()["error"]
        assert error["code"] == "unsupported_media_type" and error["charset"] == "iso-8859-1"
        assert error["message"] == "the body must be UTF-8, not iso-8859-1"
    assert client.get("/rdf-graphs?graph=http://example.org/g").status_code == 404   # nothing was written
