"""Real SPARQL clients against the endpoint: SPARQLWrapper (Python) and Apache Jena's rsparql and
rupdate (Java, through /work/shared/tools/jena/jena)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from helpers import LiveServer, sample, write_sample_store
from kg.vocab import DATA_BASE

pytestmark = pytest.mark.slow

TOKEN = "client-token"
MEETINGS = """PREFIX nkg: <https://w3id.org/news-kg/ontology#>
SELECT ?event ?label WHERE { ?event a nkg:Meeting ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }
ORDER BY ?event"""
KYIV = f"CONSTRUCT WHERE {{ <{DATA_BASE}kyiv> ?p ?o }}"
MEETING_IRIS = sorted(sample().event(key, "Meeting").value for key in ("k1", "k2"))
JENA = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "tools" / "jena" / "jena"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return write_sample_store(tmp_path_factory.mktemp("clients") / "store")


@pytest.fixture(scope="module")
def server(store):
    with LiveServer({"store": str(store), "updates": "token", "update_token": TOKEN}) as live:
        yield live


def client(server, query: str, fmt=JSON, method: str | None = None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.url + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql


# --------------------------------------------------------------------------- SPARQLWrapper
@pytest.mark.parametrize("method", [None, POST])
def test_sparqlwrapper_select(server, method):
    result = client(server, MEETINGS, method=method).queryAndConvert()
    assert [b["event"]["value"] for b in result["results"]["bindings"]] == MEETING_IRIS


def test_sparqlwrapper_select_as_xml_and_csv(server):
    xml = client(server, MEETINGS, XML).queryAndConvert()
    assert len(xml.getElementsByTagName("result")) == 2
    table = client(server, MEETINGS, CSV).queryAndConvert().decode("utf-8").splitlines()
    assert table[0] == "event,label" and len(table) == 3


def test_sparqlwrapper_ask_and_construct(server):
    assert client(server, "ASK { ?s a <https://w3id.org/news-kg/ontology#Attack> }").queryAndConvert()["boolean"]
    graph = client(server, KYIV, TURTLE).queryAndConvert()
    parsed = rdflib.Graph().parse(data=graph, format="turtle")
    labels = {str(o) for o in parsed.objects(rdflib.URIRef(DATA_BASE + "kyiv"), rdflib.SKOS.altLabel)}
    assert labels == {"Kiev"}


def test_sparqlwrapper_sees_a_bad_query(server):
    with pytest.raises(QueryBadFormed):
        client(server, "SELECT * WHERE { ?s ?p }").query()


def test_sparqlwrapper_update_needs_the_token(server):
    update = SPARQLWrapper(server.url + "/sparql", updateEndpoint=server.url + "/sparql/update")
    update.setMethod(POST)
    update.setQuery('INSERT DATA { GRAPH <http://example.org/w> { <http://example.org/s> <http://example.org/p> "w" } }')
    with pytest.raises(SPARQLWrapperException):
        update.query()
    update.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    assert update.query().response.status == 204
    assert client(server, 'ASK { <http://example.org/s> <http://example.org/p> "w" }').queryAndConvert()["boolean"]


# --------------------------------------------------------------------------- Jena
needs_jena = pytest.mark.skipif(not (JENA.exists() and shutil.which("java") and Path("/usr/share/java/jena-cmds.jar").exists()),
                                reason="Apache Jena is not installed (apt-get install libapache-jena-java)")


def jena(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(JENA), *args], capture_output=True, text=True, timeout=180)


@needs_jena
def test_rsparql_select(server, tmp_path):
    query = tmp_path / "meetings.rq"
    query.write_text(MEETINGS)
    result = jena("rsparql", "--service", server.url + "/sparql", "--query", str(query), "--results=json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert [r["label"]["value"] for r in rows] == [sample().label(ox.NamedNode(iri)) for iri in MEETING_IRIS]
    assert {r["label"]["value"] for r in rows} == {"Meeting: Volodymyr Zelensky, Emmanuel Macron (2025-07-13) [happened]",
                                                   "Meeting: Wang Yi, Sergei Lavrov (2025-07-20) [planned]"}


@needs_jena
def test_rsparql_construct_and_ask(server):
    result = jena("rsparql", "--service", server.url + "/sparql", KYIV)
    assert result.returncode == 0, result.stderr
    parsed = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert (rdflib.URIRef(DATA_BASE + "kyiv"), rdflib.RDFS.label, rdflib.Literal("Kyiv")) in parsed
    ask = jena("rsparql", "--service", server.url + "/sparql", "ASK { ?s a <https://w3id.org/news-kg/ontology#Supply> }")
    assert ask.returncode == 0 and "Yes" in ask.stdout


@needs_jena
def test_rsparql_reports_a_bad_query(server):
    result = jena("rsparql", "--service", server.url + "/sparql", "--results=json", "SELECT * WHERE { ?s ?p }")
    assert result.returncode != 0 or "400" in result.stdout + result.stderr


@needs_jena
def test_rupdate_on_an_open_server(tmp_path):
    store = write_sample_store(tmp_path / "store")
    with LiveServer({"store": str(store), "updates": "open"}) as live:
        result = jena("rupdate", "--service", live.url + "/sparql/update",
                      'INSERT DATA { GRAPH <http://example.org/j> { <http://example.org/s> <http://example.org/p> "jena" } }')
        assert result.returncode == 0, result.stderr
        ask = jena("rsparql", "--service", live.url + "/sparql", 'ASK { <http://example.org/s> ?p "jena" }')
        assert "Yes" in ask.stdout
