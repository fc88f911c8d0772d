"""Updates only when asked: SPARQL Update (POST /sparql/update) and Graph Store Protocol writes
(PUT/POST/DELETE /rdf-graphs) are refused unless configured; with `token` they need the bearer
token; writes are seen by the next query; bad input (or an update past the time limit) changes
nothing."""

from __future__ import annotations

from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest

from helpers import LiveServer, fetch, sample, write_sample_store
from kg.store.stores import EmbeddedStore
from kg.vocab import DATA_BASE

pytestmark = pytest.mark.slow

TOKEN = "correct-horse-battery-staple"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EX = "http://example.org/"
INSERT = f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> \"new\" }} }}"
K1 = sample().article("k1")
MEETING_K1, MEETING_K2 = sample().event("k1", "Meeting").value, sample().event("k2", "Meeting").value


@pytest.fixture
def store(tmp_path):
    return write_sample_store(tmp_path / "store")


@pytest.fixture
def token_server(store):
    with LiveServer({"store": str(store), "updates": "token", "update_token": TOKEN, "query_timeout": 3,
                     "max_request_bytes": 20000}) as live:
        yield live


def update(server, text: str, headers: dict | None = None, form: bool = False, **params):
    url = server.url + "/sparql/update" + ("?" + urlencode(params, doseq=True) if params else "")
    if form:
        return fetch("POST", url, urlencode({"update": text}),
                     {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})})
    return fetch("POST", url, text, {"Content-Type": "application/sparql-update", **(headers or {})})


def ask(server, query: str) -> bool:
    reply = fetch("POST", server.url + "/sparql", query, {"Content-Type": "application/sparql-query",
                                                          "Accept": "application/sparql-results+json"})
    assert reply.status == 200, reply
    return reply.json()["boolean"]


def graph_url(server, graph: str) -> str:
    return f"{server.url}/rdf-graphs?graph={quote(graph, safe='')}"


def snapshot(server) -> list[str]:
    """Every quad of the store, as sorted N-Quads lines (through a CONSTRUCT over all graphs)."""
    reply = fetch("GET", server.url + "/sparql?" + urlencode({
        "query": "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"}), headers={"Accept": "text/tab-separated-values"})
    assert reply.status == 200
    return sorted(reply.text.splitlines()[1:])


# --------------------------------------------------------------------------- off, token, open
def test_updates_are_off_by_default(store):
    with LiveServer({"store": str(store)}) as live:
        before = snapshot(live)
        for reply in (update(live, INSERT), update(live, INSERT, AUTH, form=True),
                      fetch("PUT", graph_url(live, EX + "g"), "<a:s> <a:p> <a:o> .", {"Content-Type": "text/turtle"}),
                      fetch("POST", graph_url(live, K1), "<a:s> <a:p> <a:o> .", {"Content-Type": "text/turtle"}),
                      fetch("DELETE", graph_url(live, K1))):
            assert reply.status == 403, reply
            assert reply.json()["error"]["code"] == "forbidden" and "read-only" in reply.json()["error"]["message"]
        assert snapshot(live) == before
        description = fetch("GET", live.url + "/sparql").text
        assert "SPARQL11Update" not in description


def test_updates_need_the_token(token_server):
    before = snapshot(token_server)
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                    {"Authorization": "Basic " + TOKEN}, {"Authorization": f"Bearer {TOKEN}x"}):
        reply = update(token_server, INSERT, headers)
        assert reply.status == 401, (headers, reply)
        assert reply.json()["error"]["code"] == "unauthorized" and reply.headers["WWW-Authenticate"].startswith("Bearer")
        assert fetch("DELETE", graph_url(token_server, K1), headers=headers).status == 401
    assert snapshot(token_server) == before

    assert update(token_server, INSERT, AUTH).status == 204
    assert ask(token_server, f'ASK {{ <{EX}s> <{EX}p> "new" }}'), "the next query sees the write"
    assert update(token_server, f"DELETE DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> \"new\" }} }}", AUTH,
                  form=True).status == 204
    assert not ask(token_server, f"ASK {{ <{EX}s> ?p ?o }}")
    assert "SPARQL11Update" in fetch("GET", token_server.url + "/sparql").text


def test_open_updates_need_no_token(store):
    with LiveServer({"store": str(store), "updates": "open"}) as live:
        assert update(live, INSERT).status == 204
        assert ask(live, f"ASK {{ <{EX}s> ?p ?o }}")


def test_using_graph_uri_sets_the_update_dataset(token_server):
    text = f"INSERT {{ GRAPH <{EX}copy> {{ ?e a <{EX}Seen> }} }} WHERE {{ ?e <https://w3id.org/news-kg/ontology#source> ?a }}"
    assert update(token_server, text, AUTH, **{"using-graph-uri": K1}).status == 204
    assert ask(token_server, f"ASK {{ GRAPH <{EX}copy> {{ <{MEETING_K1}> a <{EX}Seen> }} }}")
    assert not ask(token_server, f"ASK {{ GRAPH <{EX}copy> {{ <{MEETING_K2}> a <{EX}Seen> }} }}")
    clash = update(token_server, f"WITH <{K1}> " + text.replace("GRAPH <http://example.org/copy>", ""), AUTH,
                   **{"using-graph-uri": K1})
    assert clash.status == 400 and "one way only" in clash.json()["error"]["message"]


# --------------------------------------------------------------------------- the graph store
TURTLE = f"""@prefix ex: <{EX}> .
ex:zelensky ex:met ex:macron ; ex:said "hello"@en .
<relative> ex:p ex:o .
"""


def test_graph_store_writes(token_server):
    url = graph_url(token_server, EX + "notes")
    put = fetch("PUT", url, TURTLE, {"Content-Type": "text/turtle", **AUTH})
    assert put.status == 201
    read = fetch("GET", url, headers={"Accept": "application/n-triples"})
    assert read.status == 200 and len(read.text.strip().splitlines()) == 3
    assert f"<{EX}relative>" in read.text, "relative IRIs resolve against the graph's IRI"

    again = fetch("PUT", url, f"<{EX}a> <{EX}b> <{EX}c> .", {"Content-Type": "application/n-triples", **AUTH})
    assert again.status == 204
    assert fetch("GET", url, headers={"Accept": "application/n-triples"}).text.strip() == f"<{EX}a> <{EX}b> <{EX}c> ."
    added = fetch("POST", url, f"<{EX}a> <{EX}b> <{EX}d> .", {"Content-Type": "text/turtle; charset=utf-8", **AUTH})
    assert added.status == 204
    assert len(fetch("GET", url, headers={"Accept": "application/n-triples"}).text.strip().splitlines()) == 2

    assert fetch("DELETE", url, headers=AUTH).status == 204
    assert fetch("GET", url).status == 404
    assert fetch("DELETE", url, headers=AUTH).status == 404
    assert fetch("PUT", token_server.url + "/rdf-graphs?default", TURTLE,
                 {"Content-Type": "text/turtle", **AUTH}).status == 400


def test_a_graph_put_is_seen_by_the_canned_queries(token_server):
    nkg, idb = "https://w3id.org/news-kg/ontology#", DATA_BASE
    article = f"""@prefix nkg: <{nkg}> . @prefix id: <{idb}> .
<{idb}event/k9> a nkg:Meeting ; nkg:participant id:wang-yi, id:emmanuel-macron ; nkg:status nkg:happened ;
    nkg:topic id:ukraine ; nkg:source <{idb}article/k9> ; nkg:evidence <{idb}evidence/k9> .
<{idb}evidence/k9> nkg:inArticle <{idb}article/k9> ; nkg:text "Wang Yi met Emmanuel Macron to discuss Ukraine." .
"""
    assert fetch("PUT", graph_url(token_server, idb + "article/k9"), article,
                 {"Content-Type": "text/turtle", **AUTH}).status == 201
    reply = fetch("GET", token_server.url + "/queries/who-met-whom?topic=Ukraine",
                  headers={"Accept": "application/sparql-results+json"})
    pairs = {(b["aLabel"]["value"], b["bLabel"]["value"]) for b in reply.json()["results"]["bindings"]}
    assert pairs == {("Emmanuel Macron", "Volodymyr Zelensky"), ("Emmanuel Macron", "Wang Yi")}


# --------------------------------------------------------------------------- bad input loses nothing
def test_bad_input_loses_nothing(token_server):
    before = snapshot(token_server)
    k1 = fetch("GET", graph_url(token_server, K1), headers={"Accept": "application/n-triples"}).text
    bad = [
        (update(token_server, "INSERT DATA { <a:s> <a:p> ", AUTH), 400),
        (update(token_server, INSERT + f" ; LOAD <{EX}data.ttl>", AUTH), 400),
        # the second operation fails when it runs: the whole update is rolled back
        # (an update that cannot be applied is the client's error: 400)
        (update(token_server, INSERT + f" ; CREATE GRAPH <{K1}>", AUTH), 400),
        (fetch("PUT", graph_url(token_server, K1), "<a:s> <a:p> ", {"Content-Type": "text/turtle", **AUTH}), 400),
        (fetch("POST", graph_url(token_server, K1), '{"@id": "a:s"}', {"Content-Type": "application/ld+json", **AUTH}),
         415),
        (fetch("PUT", graph_url(token_server, K1), "<a:s> <a:p> <a:o> .\n" * 2000,
               {"Content-Type": "text/turtle", **AUTH}), 413),
        (fetch("POST", token_server.url + "/sparql/update", INSERT, {"Content-Type": "text/plain", **AUTH}), 415),
        (update(token_server, INSERT, AUTH, form=True, update="CLEAR ALL"), 400),
        (update(token_server, "CLEAR ALL", {"Authorization": "Bearer nope"}), 401),
    ]
    for reply, status in bad:
        assert reply.status == status, reply
        assert reply.json()["error"]["status"] == status
    assert snapshot(token_server) == before
    assert fetch("GET", graph_url(token_server, K1), headers={"Accept": "application/n-triples"}).text == k1


def test_an_update_past_the_time_limit_writes_nothing(token_server):
    before = snapshot(token_server)
    slow = (f"INSERT {{ GRAPH <{EX}g> {{ <{EX}count> <{EX}is> ?n }} }} WHERE {{ "
            "{ SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?w { ?a ?b ?c } GRAPH ?x { ?d ?e ?f } "
            "GRAPH ?y { ?g ?h ?i } GRAPH ?z { ?j ?k ?l } } } }")      # an update's default graph is not the union
    reply = update(token_server, INSERT + " ;\n" + slow, AUTH)
    assert reply.status == 503 and reply.json()["error"]["code"] == "query_timeout"
    assert snapshot(token_server) == before
    assert update(token_server, INSERT, AUTH).status == 204, "a fresh writer takes over"
    assert ask(token_server, f"ASK {{ <{EX}s> ?p ?o }}")


def test_a_store_written_by_another_process_is_seen_without_a_restart(store):
    """`kg build` into the served store (between queries): the readers reopen it."""
    with LiveServer({"store": str(store)}) as live:
        assert not ask(live, f"ASK {{ <{EX}built> ?p ?o }}")
        writer = EmbeddedStore(store)
        writer.replace_graph(EX + "built", [ox.Triple(ox.NamedNode(EX + "built"), ox.NamedNode(EX + "p"), ox.Literal("x"))])
        writer.close()
        assert ask(live, f"ASK {{ <{EX}built> ?p ?o }}")
