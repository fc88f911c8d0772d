"""End to end: `kg serve` (conftest.seed_server_url) on the seed corpus built by `kg build`, asked
over HTTP as the scorer and a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest

from helpers import fetch
from kg.vocab import DATA_BASE

pytestmark = pytest.mark.slow

MEET_COLUMNS = ["a", "aLabel", "b", "bLabel", "status", "date", "place", "placeLabel", "topic", "topicLabel",
                "source", "evidence", "event", "sources", "sourceTitles", "sourceOutlets", "sourceUrls", "sourceDates"]


def rows(url: str) -> list[dict]:
    reply = fetch("GET", url, headers={"Accept": "application/sparql-results+json"})
    assert reply.status == 200, reply
    return [{k: v["value"] for k, v in b.items()} for b in reply.json()["results"]["bindings"]]


def test_who_met_whom_about_ukraine_on_the_seeds(seed_server_url):
    reply = fetch("GET", seed_server_url + "/queries/who-met-whom?topic=Ukraine")
    assert reply.status == 200 and reply.json()["head"]["vars"] == MEET_COLUMNS
    found = rows(seed_server_url + "/queries/who-met-whom?topic=Ukraine")
    everything = rows(seed_server_url + "/queries/who-met-whom")
    assert found and len(found) <= len(everything)
    assert all(r["source"].startswith(DATA_BASE + "article/") and r["evidence"] for r in found)


def test_every_article_is_a_graph_and_every_entity_can_be_looked_up(seed_server_url):
    query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <https://w3id.org/news-kg/ontology#Article> } }"
    [count] = rows(seed_server_url + "/sparql?" + urlencode({"query": query}))
    assert int(count["n"]) >= 1
    for row in rows(seed_server_url + "/queries/who-met-whom")[:5]:
        local = row["a"][len(DATA_BASE):]
        entity = fetch("GET", seed_server_url + "/entities/" + quote(local))
        assert entity.status == 200, entity
        assert entity.json()["label"] == row["aLabel"] and entity.json()["events"]


def test_the_export_opens_as_one_ontology(seed_server_url):
    reply = fetch("GET", seed_server_url + "/export")
    assert reply.status == 200 and reply.media_type == "text/turtle"
    triples = [q.triple for q in ox.parse(reply.body, format=ox.RdfFormat.TURTLE)]
    owl_ontology = ox.NamedNode("http://www.w3.org/2002/07/owl#Ontology")
    assert sum(t.object == owl_ontology for t in triples) == 1


def test_the_scorer_runs_against_the_server(seed_server_url):
    from conftest import GOLD, SCORER

    if not (SCORER.exists() and GOLD.exists()):
        pytest.skip("the scorer or its gold file is missing")
    result = subprocess.run([sys.executable, str(SCORER), str(GOLD), "--endpoint", seed_server_url, "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)["scores"]
    assert {"Meeting", "Supply", "Attack", "Meeting about Ukraine"} <= set(scores)
