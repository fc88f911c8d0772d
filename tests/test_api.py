"""The HTTP API on a real server (`python -m api.serve`, waitress) over the sample dataset
(tests/helpers.py, made through the real mapping): canned queries, /sparql
content negotiation, the graph store, export, entities, the page, caching and CORS.

Errors, limits, updates and outbound fetches have their own files (test_api_errors.py,
test_limits.py, test_updates.py, test_outbound.py)."""

from __future__ import annotations

import csv
import importlib.util
import io
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest

from helpers import LiveServer, fetch, sample, write_sample_store
from kg.store.catalogue import Catalogue
from kg.vocab import DATA_BASE

pytestmark = pytest.mark.slow

MEET_COLUMNS = ["a", "aLabel", "b", "bLabel", "status", "date", "place", "placeLabel", "topic", "topicLabel",
                "source", "evidence", "event", "sources", "sourceTitles", "sourceOutlets", "sourceUrls", "sourceDates"]
K1, K4 = sample().article("k1"), sample().article("k4")
MEETINGS = sorted(sample().event(key, "Meeting").value for key in ("k1", "k2"))
ATTACK = sample().event("k4", "Attack").value
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return write_sample_store(tmp_path_factory.mktemp("api") / "store")


@pytest.fixture(scope="module")
def server(store):
    with LiveServer({"store": str(store)}) as live:
        yield live


def get(server, path: str, **headers):
    return fetch("GET", server.url + path, headers=headers)


def bindings(reply) -> list[dict[str, str]]:
    assert reply.status == 200, reply
    return [{k: v["value"] for k, v in row.items()} for row in reply.json()["results"]["bindings"]]


def sparql_get(server, query: str, accept: str | None = None, **params):
    headers = {"Accept": accept} if accept else {}
    return fetch("GET", f"{server.url}/sparql?{urlencode({'query': query, **params}, doseq=True)}", headers=headers)


def triples_of(reply, fmt: ox.RdfFormat) -> set:
    return {q.triple for q in ox.parse(reply.body, format=fmt)}


# --------------------------------------------------------------------------- canned queries
def test_catalogue_lists_the_canned_queries_with_typed_parameters(server):
    reply = get(server, "/queries")
    assert reply.status == 200 and reply.media_type == "application/json"
    queries = reply.json()["queries"]
    assert queries == Catalogue().describe()
    meet = next(q for q in queries if q["name"] == "who-met-whom")
    assert meet["columns"] == MEET_COLUMNS
    assert [(p["name"], p["type"]) for p in meet["parameters"]] == [
        ("topic", "ref"), ("entity", "ref"), ("status", "enum"), ("since", "date"), ("until", "date-end"),
        ("min_confidence", "confidence")]
    assert {q["name"] for q in queries} >= {"who-met-whom", "who-supplied-whom", "who-attacked-whom"}


def test_who_met_whom_about_ukraine(server):
    reply = get(server, "/queries/who-met-whom?topic=Ukraine")
    assert reply.media_type == "application/sparql-results+json"
    assert reply.json()["head"]["vars"] == MEET_COLUMNS
    rows = bindings(reply)
    assert [(r["aLabel"], r["bLabel"], r["topicLabel"], r["status"]) for r in rows] == [
        ("Emmanuel Macron", "Volodymyr Zelensky", "Ukraine", "happened")]
    assert rows[0]["source"] == K1 and rows[0]["placeLabel"] == "Paris"
    assert rows[0]["evidence"].startswith("Volodymyr Zelensky met Emmanuel Macron")


@pytest.mark.parametrize("query, expected", [
    ("who-met-whom", {("Emmanuel Macron", "Volodymyr Zelensky"), ("Sergei Lavrov", "Wang Yi")}),
    ("who-met-whom?status=planned", {("Sergei Lavrov", "Wang Yi")}),
    ("who-met-whom?entity=lavrov", {("Sergei Lavrov", "Wang Yi")}),
    ("who-met-whom?topic=" + quote(DATA_BASE + "ukraine"), {("Emmanuel Macron", "Volodymyr Zelensky")}),
    ("who-met-whom?since=2025-07-14", {("Sergei Lavrov", "Wang Yi")}),
    ("who-met-whom?until=2025-07", {("Emmanuel Macron", "Volodymyr Zelensky"), ("Sergei Lavrov", "Wang Yi")}),
    ("who-met-whom?until=2025-07-13", {("Emmanuel Macron", "Volodymyr Zelensky")}),
    ("who-supplied-whom?item=Patriot", {("United States", "Ukraine")}),
    ("who-supplied-whom?supplier=USA&status=happened", {("United States", "Ukraine")}),
    ("who-attacked-whom?target=Kiev", {("Russia", "Kyiv")}),
    ("who-attacked-whom?attacker=Ukraine", set()),
])
def test_canned_query_parameters_are_bound(server, query, expected):
    rows = bindings(get(server, "/queries/" + query))
    first, second = {"who-met-whom": ("aLabel", "bLabel"), "who-supplied-whom": ("supplierLabel", "recipientLabel"),
                     "who-attacked-whom": ("attackerLabel", "targetLabel")}[query.split("?")[0]]
    assert {(r[first], r[second]) for r in rows} == expected


@pytest.mark.parametrize("query, parameter", [
    ("who-met-whom?status=maybe", "status"),
    ("who-met-whom?since=yesterday", "since"),
    ("who-met-whom?until=2025-02-30", "until"),
    ("who-met-whom?colour=red", "colour"),
    ("who-met-whom?topic=", "topic"),
    ("who-met-whom?topic=a&topic=b", "topic"),
    ("who-supplied-whom?item=" + quote("http://exa mple.org/"), "item"),
])
def test_a_bad_parameter_is_a_400_naming_it(server, query, parameter):
    reply = get(server, "/queries/" + query)
    assert reply.status == 400, reply
    error = reply.json()["error"]
    assert error["status"] == 400 and error["code"] in ("bad_parameter", "bad_request")
    assert error["parameter"] == parameter and parameter in error["message"]


def test_an_unknown_canned_query_is_a_404(server):
    reply = get(server, "/queries/who-bought-whom")
    assert reply.status == 404 and reply.json()["error"]["code"] == "not_found"
    assert "who-met-whom" in reply.json()["error"]["message"]


@pytest.mark.parametrize("accept, fmt, media_type", [
    ("application/sparql-results+json", None, "application/sparql-results+json"),
    ("application/sparql-results+xml", None, "application/sparql-results+xml"),
    ("text/csv", None, "text/csv"),
    ("text/tab-separated-values", None, "text/tab-separated-values"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", None, "application/sparql-results+json"),
    (None, "csv", "text/csv"),
    ("application/sparql-results+json", "tsv", "text/tab-separated-values"),
    (None, "xml", "application/sparql-results+xml"),
])
def test_canned_query_formats(server, accept, fmt, media_type):
    path = "/queries/who-met-whom?topic=Ukraine" + (f"&format={fmt}" if fmt else "")
    reply = fetch("GET", server.url + path, headers={"Accept": accept} if accept else {})
    assert reply.status == 200 and reply.media_type == media_type
    if media_type == "text/csv":
        table = list(csv.reader(io.StringIO(reply.text)))
        assert table[0] == MEET_COLUMNS and table[1][1] == "Emmanuel Macron"
    elif media_type == "text/tab-separated-values":
        lines = reply.text.splitlines()
        assert lines[0].split("\t") == ["?" + c for c in MEET_COLUMNS] and '"Emmanuel Macron"' in lines[1]
    elif media_type.endswith("xml"):
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(reply.body)
        assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == MEET_COLUMNS
        assert len(root.findall("r:results/r:result", ns)) == 1


def test_an_unknown_format_is_a_406(server):
    for reply in (get(server, "/queries/who-met-whom?format=turtle"),
                  get(server, "/queries/who-met-whom", Accept="image/png")):
        assert reply.status == 406 and reply.json()["error"]["code"] == "not_acceptable"


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not here")
def test_the_scorer_reads_the_canned_queries(server):
    spec = importlib.util.spec_from_file_location("score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    rows = score.fetch_rows(server.url, "who-met-whom", {"topic": score.TOPIC})
    assert [(r["aLabel"], r["bLabel"]) for r in rows] == [("Emmanuel Macron", "Volodymyr Zelensky")]
    for query, first, second, _ in score.RELATIONS.values():
        rows = score.fetch_rows(server.url, query)
        assert rows and all(first in r and second in r and "status" in r for r in rows)


# --------------------------------------------------------------------------- /sparql
SELECT_MEETINGS = """PREFIX nkg: <https://w3id.org/news-kg/ontology#>
SELECT ?event WHERE { ?event a nkg:Meeting } ORDER BY ?event"""


def test_select_by_get_form_post_and_direct_post(server):
    expected = [{"event": iri} for iri in MEETINGS]
    assert bindings(sparql_get(server, SELECT_MEETINGS)) == expected
    form = fetch("POST", server.url + "/sparql", urlencode({"query": SELECT_MEETINGS}),
                 {"Content-Type": "application/x-www-form-urlencoded"})
    assert bindings(form) == expected
    direct = fetch("POST", server.url + "/sparql", SELECT_MEETINGS, {"Content-Type": "application/sparql-query"})
    assert bindings(direct) == expected


@pytest.mark.parametrize("accept, media_type", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values")])
def test_select_formats(server, accept, media_type):
    reply = sparql_get(server, SELECT_MEETINGS, accept)
    assert reply.status == 200 and reply.media_type == media_type
    assert all(iri in reply.text for iri in MEETINGS)


@pytest.mark.parametrize("accept, expected", [("application/sparql-results+json", b'"boolean": true'),
                                              ("application/sparql-results+xml", b"<boolean>true</boolean>")])
def test_ask(server, accept, expected):
    reply = sparql_get(server, "ASK { ?s a <https://w3id.org/news-kg/ontology#Attack> }", accept)
    assert reply.status == 200 and expected in reply.body


CONSTRUCT_K4 = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{K4}> {{ ?s ?p ?o }} }}"
RDF_TYPES = [("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
             ("application/ld+json", ox.RdfFormat.JSON_LD), ("application/rdf+xml", ox.RdfFormat.RDF_XML)]


@pytest.mark.parametrize("accept, fmt", RDF_TYPES)
def test_construct_formats(server, accept, fmt):
    reply = sparql_get(server, CONSTRUCT_K4, accept)
    assert reply.status == 200 and reply.media_type == accept
    assert triples_of(reply, fmt) == set(sample().graphs[K4])


def test_construct_defaults_to_turtle_and_describe_works(server):
    reply = sparql_get(server, CONSTRUCT_K4)
    assert reply.media_type == "text/turtle" and triples_of(reply, ox.RdfFormat.TURTLE) == set(sample().graphs[K4])
    described = sparql_get(server, f"DESCRIBE <{DATA_BASE}kyiv>", "application/n-triples")
    assert described.status == 200
    assert any(t.subject == ox.NamedNode(DATA_BASE + "kyiv") for t in triples_of(described, ox.RdfFormat.N_TRIPLES))


def test_a_malformed_query_gets_the_parsers_message(server):
    reply = sparql_get(server, "SELECT * WHERE { ?x ?y }")
    assert reply.status == 400
    error = reply.json()["error"]
    assert error["code"] == "query_syntax" and "error at 1:" in error["message"]


@pytest.mark.parametrize("query, accept", [
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "text/turtle"),
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "application/sparql-results+json"),
    ("ASK { ?s ?p ?o }", "text/csv"),
])
def test_a_format_that_does_not_fit_the_query_is_a_406(server, query, accept):
    reply = sparql_get(server, query, accept)
    assert reply.status == 406 and reply.json()["error"]["code"] == "not_acceptable"


def test_an_update_sent_to_the_query_endpoint_is_refused(server):
    update = "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }"
    replies = [sparql_get(server, update),
               fetch("GET", server.url + "/sparql?" + urlencode({"update": update})),
               fetch("POST", server.url + "/sparql", update, {"Content-Type": "application/sparql-update"}),
               fetch("POST", server.url + "/sparql", urlencode({"update": update}),
                     {"Content-Type": "application/x-www-form-urlencoded"})]
    for reply in replies:
        assert reply.status in (400, 415) and "/sparql/update" in reply.json()["error"]["message"]
    assert not bindings(sparql_get(server, "SELECT * WHERE { <http://example.org/s> ?p ?o }"))


def test_protocol_dataset_and_from_select_graphs(server):
    count = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://w3id.org/news-kg/ontology#Article> }"
    assert bindings(sparql_get(server, count))[0]["n"] == "4"
    assert bindings(sparql_get(server, count, **{"default-graph-uri": [K1, K4]}))[0]["n"] == "2"
    with_from = count.replace("WHERE", f"FROM <{K1}> WHERE")
    assert bindings(sparql_get(server, with_from))[0]["n"] == "1"
    named = "SELECT ?g WHERE { GRAPH ?g { ?s a <https://w3id.org/news-kg/ontology#Article> } }"
    assert bindings(sparql_get(server, named, **{"named-graph-uri": K4})) == [{"g": K4}]
    assert bindings(sparql_get(server, named.replace("WHERE", f"FROM NAMED <{K1}> WHERE"))) == [{"g": K1}]
    bad = sparql_get(server, count, **{"default-graph-uri": "not an iri"})
    assert bad.status == 400 and bad.json()["error"]["parameter"] == "default-graph-uri"


def test_relative_iris_resolve_against_the_endpoint(server):
    rows = bindings(sparql_get(server, "SELECT ?x WHERE { BIND(<thing> AS ?x) }"))
    assert rows == [{"x": server.url + "/thing"}]


def test_service_description(server):
    reply = get(server, "/sparql")
    assert reply.status == 200 and reply.media_type == "text/turtle"
    sd = "http://www.w3.org/ns/sparql-service-description#"
    triples = triples_of(reply, ox.RdfFormat.TURTLE)
    values = {(t.predicate.value, t.object.value) for t in triples}
    assert (sd + "endpoint", server.url + "/sparql") in values
    assert (sd + "supportedLanguage", sd + "SPARQL11Query") in values
    assert (sd + "supportedLanguage", sd + "SPARQL11Update") not in values
    assert (sd + "feature", sd + "UnionDefaultGraph") in values
    assert get(server, "/sparql", Accept="application/n-triples").media_type == "application/n-triples"


# --------------------------------------------------------------------------- graph store, export, entities
def test_graph_store_reads_one_graph(server):
    reply = get(server, "/rdf-graphs?graph=" + quote(K4))
    assert reply.status == 200 and reply.media_type == "text/turtle"
    assert triples_of(reply, ox.RdfFormat.TURTLE) == set(sample().graphs[K4])
    nt = get(server, "/rdf-graphs?graph=" + quote(K4), Accept="application/n-triples")
    assert nt.media_type == "application/n-triples"
    union = triples_of(get(server, "/rdf-graphs?default", Accept="application/n-triples"), ox.RdfFormat.N_TRIPLES)
    expected = sample().triples()
    named = lambda ts: {t for t in ts if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)}
    assert len(union) == len(expected) and named(union) == named(expected)   # the ontology has blank nodes


@pytest.mark.parametrize("path, status", [("/rdf-graphs?graph=" + quote(DATA_BASE + "article/none"), 404),
                                          ("/rdf-graphs", 400), ("/rdf-graphs?graph=x%20y", 400),
                                          ("/rdf-graphs?default&graph=" + quote(K4), 400)])
def test_graph_store_errors(server, path, status):
    reply = get(server, path)
    assert reply.status == status and reply.json()["error"]["status"] == status


def test_export_is_ontology_and_data_for_protege(server):
    reply = get(server, "/export")
    assert reply.status == 200 and reply.media_type == "text/turtle"
    assert "attachment" in reply.headers["Content-Disposition"]
    triples = triples_of(reply, ox.RdfFormat.TURTLE)
    subjects = {t.subject.value for t in triples}
    owl = "http://www.w3.org/2002/07/owl#"
    assert any(t.object.value == owl + "Ontology" for t in triples)
    assert "https://w3id.org/news-kg/ontology#Meeting" in subjects           # the ontology ...
    assert MEETINGS[0] in subjects and DATA_BASE + "kyiv" in subjects   # ... and the data
    xml = get(server, "/export", Accept="application/rdf+xml")
    assert xml.media_type == "application/rdf+xml" and triples_of(xml, ox.RdfFormat.RDF_XML)
    jsonld = get(server, "/export?format=jsonld")
    assert jsonld.media_type == "application/ld+json" and triples_of(jsonld, ox.RdfFormat.JSON_LD)


def test_export_one_graph(server):
    reply = get(server, "/export?format=ntriples&graph=" + quote(K4))
    subjects = {t.subject.value for t in triples_of(reply, ox.RdfFormat.N_TRIPLES)}
    assert ATTACK in subjects and not set(MEETINGS) & subjects
    assert get(server, "/export?graph=" + quote(DATA_BASE + "article/none")).status == 404
    assert get(server, "/export?format=csv").status == 406


def test_entity_as_json(server):
    reply = get(server, "/entities/volodymyr-zelensky")
    assert reply.status == 200 and reply.media_type == "application/json"
    entity = reply.json()
    assert entity["iri"] == DATA_BASE + "volodymyr-zelensky" and entity["label"] == "Volodymyr Zelensky"
    assert entity["types"] == ["Person"] and entity["aliases"] == ["Zelensky", "Zelenskyy"]
    assert entity["mentionedIn"] == [K1] and entity["mentionCount"] == 1
    [event] = entity["events"]
    assert (event["type"], event["roles"], event["status"], event["sources"]) == ("Meeting", ["participant"],
                                                                                   "happened", [K1])
    assert event["date"].startswith("2025-07-13")
    ukraine = get(server, "/entities/ukraine").json()
    assert sorted((e["type"], tuple(e["roles"])) for e in ukraine["events"]) == [
        ("Meeting", ("topic",)), ("Request", ("requester",)), ("Supply", ("recipient",))]


def test_an_entitys_events_come_newest_first_a_page_at_a_time(server):
    whole = get(server, "/entities/ukraine").json()
    assert len(whole["events"]) == 3 and whole["more"] is False
    dates = [e["date"] or "" for e in whole["events"]]
    assert dates == sorted(dates, reverse=True)
    pages, url = [], "/entities/ukraine?limit=2"
    while url:
        reply = get(server, url)
        pages.append(reply.json())
        link = reply.headers.get("Link")
        url = link[link.index("/entities/"):link.index(">")] if link else None
    assert [len(p["events"]) for p in pages] == [2, 1] and [p["more"] for p in pages] == [True, False]
    assert [e["iri"] for p in pages for e in p["events"]] == [e["iri"] for e in whole["events"]]
    assert [a for p in pages for a in p["mentionedIn"]] == whole["mentionedIn"]      # paged alike
    assert all(p["mentionCount"] == len(whole["mentionedIn"]) for p in pages)
    assert get(server, "/entities/ukraine?limit=1&offset=5").json()["events"] == []
    for bad in ("limit=0", "limit=x", "offset=-1"):
        reply = get(server, "/entities/ukraine?" + bad)
        assert reply.status == 400 and reply.json()["error"]["parameter"] in ("limit", "offset")


def test_entity_as_rdf_and_errors(server):
    reply = get(server, "/entities/kyiv", Accept="text/turtle")
    assert reply.media_type == "text/turtle"
    assert {t.predicate.value for t in triples_of(reply, ox.RdfFormat.TURTLE)} >= {
        "http://www.w3.org/2004/02/skos/core#altLabel", "http://www.w3.org/2000/01/rdf-schema#label"}
    assert get(server, "/entities/kyiv?format=ntriples").media_type == "application/n-triples"
    assert get(server, "/entities/" + ATTACK.removeprefix(DATA_BASE)).json()["types"] == ["Attack"]
    assert get(server, "/entities/nobody").status == 404
    assert get(server, "/entities/a%20b").status == 400


# --------------------------------------------------------------------------- page, caching, CORS
def test_the_query_page_and_its_files(server):
    page = get(server, "/")
    assert page.status == 200 and page.media_type == "text/html"
    for name in ("app.js", "style.css"):
        assert get(server, "/static/" + name).status == 200
    assert get(server, "/static/missing.js").status == 404


def test_get_answers_carry_etag_and_cache_control(server):
    reply = get(server, "/queries/who-met-whom?topic=Ukraine")
    etag = reply.headers["ETag"]
    assert etag and "max-age" in reply.headers["Cache-Control"] and "Accept" in reply.headers["Vary"]
    again = get(server, "/queries/who-met-whom?topic=Ukraine", **{"If-None-Match": etag})
    assert again.status == 304 and again.body == b""
    csv_reply = get(server, "/queries/who-met-whom?topic=Ukraine", Accept="text/csv")
    assert csv_reply.headers["ETag"] != etag
    error = get(server, "/queries/who-met-whom?status=maybe")
    assert error.headers["Cache-Control"] == "no-store" and "ETag" not in error.headers


def test_cors_is_off_by_default(server):
    reply = get(server, "/queries", Origin="https://example.org")
    assert "Access-Control-Allow-Origin" not in reply.headers


def test_cors_when_configured(store):
    with LiveServer({"store": str(store), "cors_origins": "https://example.org"}) as live:
        reply = fetch("GET", live.url + "/queries/who-met-whom?format=csv", headers={"Origin": "https://example.org"})
        assert reply.headers["Access-Control-Allow-Origin"] == "https://example.org"
        assert "Origin" in reply.headers["Vary"] and "X-KG-Truncated" in reply.headers["Access-Control-Expose-Headers"]
        other = fetch("GET", live.url + "/queries", headers={"Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in other.headers
        preflight = fetch("OPTIONS", live.url + "/sparql", headers={
            "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        assert preflight.status == 200
        assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
        assert "Content-Type" in preflight.headers["Access-Control-Allow-Headers"]


# --------------------------------------------------------------------------- the same on a remote store
@pytest.fixture(scope="module")
def remote_server(oxigraph_url):
    from kg.store.stores import RemoteStore

    remote = RemoteStore(oxigraph_url)
    for graph, triples in sample().graphs.items():
        remote.replace_graph(graph, triples)
    with LiveServer({"store_url": oxigraph_url}) as live:
        yield live


def test_remote_store_answers_the_same(server, remote_server):
    for path in ("/queries/who-met-whom?topic=Ukraine", "/queries/who-attacked-whom?target=kiev"):
        assert bindings(get(remote_server, path)) == bindings(get(server, path))
    assert bindings(sparql_get(remote_server, SELECT_MEETINGS)) == bindings(sparql_get(server, SELECT_MEETINGS))
    assert get(remote_server, "/entities/ukraine").json() == get(server, "/entities/ukraine").json()
    reply = sparql_get(remote_server, CONSTRUCT_K4, "application/n-triples")
    assert triples_of(reply, ox.RdfFormat.N_TRIPLES) == set(sample().graphs[K4])
