"""Builds on every core, and re-runs that skip what has not changed (issue 10): a rebuild of
unchanged articles writes nothing, a changed article is the only one rebuilt, worker processes
give the graphs one process gives, and the extractor version covers what decides a graph.

Checked by behaviour, not by timing: a marker triple put into each stored graph survives a
rebuild only if that graph was never replaced. Speed lives in bench/build.py."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import ROOT, SEEDS_JSONL, copy_store, run_kg
from kg.build import (FINGERPRINT, ArticleGraphs, article_fingerprint, build, build_articles, extract_and_map,
                      extractor_files, stored_fingerprints)
from kg.errors import InputError
from kg.extract.ingest import collect, make_article
from kg.store.stores import EmbeddedStore
from kg.vocab import DATA_BASE, NKG, ONTOLOGY_GRAPH, RDF

MARK = ox.NamedNode("urn:test:untouched")


def mark_every_graph(path: Path) -> list[str]:
    """A marker triple in every article graph; replace_graph would drop it. (Not in the ontology
    graph: the build compares that graph with the shipped ontology and would rightly reload it.)"""
    store = ox.Store(str(path))
    graphs = [g.value for g in store.named_graphs() if g.value.startswith(DATA_BASE + "article/")]
    store.extend([ox.Quad(MARK, MARK, ox.Literal(g), ox.NamedNode(g)) for g in graphs])
    store.flush()
    del store
    return graphs


def quads(path: Path) -> set[ox.Quad]:
    store = ox.Store.read_only(str(path))
    try:
        return set(store)
    finally:
        del store


def marked(all_quads: set[ox.Quad]) -> set[str]:
    return {q.graph_name.value for q in all_quads if q.subject == MARK}


@pytest.fixture(scope="module")
def seeds_copy(tmp_path_factory, seeds_available) -> Path:
    """The seed corpus as a file of this test's own, to change one line of."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.jsonl"
    path.write_bytes(SEEDS_JSONL.read_bytes())
    return path


@pytest.mark.slow
def test_a_rebuild_of_unchanged_articles_writes_nothing(seed_store_path, seeds_copy, tmp_path):
    store = copy_store(seed_store_path, tmp_path / "kg-data")
    graphs = mark_every_graph(store)
    assert len(graphs) == 5
    before = quads(store)

    result = run_kg("build", str(seeds_copy), "--store", str(store))  # with the progress bar
    assert result.returncode == 0, result.stderr
    assert "built 0 article(s)" in result.stdout and "5 unchanged article(s) skipped" in result.stdout
    assert "compacted" not in result.stdout
    assert "5/5" in result.stderr and "article/s" in result.stderr  # the bar: total known, articles/s
    after = quads(store)
    assert marked(after) == set(graphs)   # no article graph was replaced
    assert after == before                # nothing changed: the same quads, even the ontology's blank nodes
                                          # (a reload of the ontology would mint new ones)


@pytest.mark.slow
def test_changing_one_article_rebuilds_only_it(seed_store_path, seeds_copy, tmp_path):
    store = copy_store(seed_store_path, tmp_path / "kg-data")
    graphs = mark_every_graph(store)
    lines = seeds_copy.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["text"] = first["text"] + "\nNorway has sent howitzers to Ukraine."
    changed = tmp_path / "seeds.jsonl"
    changed.write_text("\n".join([json.dumps(first), *lines[1:]]) + "\n", encoding="utf-8")
    article = collect([changed]).articles[0]
    graph = DATA_BASE + "article/" + article.key

    result = run_kg("build", str(changed), "--store", str(store), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "built 1 article(s)" in result.stdout and "4 unchanged article(s) skipped" in result.stdout
    assert "compacted" not in result.stdout     # one article of five: the store is not compacted again
    after = quads(store)
    assert marked(after) == set(graphs) - {graph}   # only its graph was replaced
    told = {q.subject for q in after if q.graph_name == ox.NamedNode(graph) and q.predicate == NKG.source}
    supplies = {q.subject for q in after if q.predicate == RDF.type and q.object == NKG.Supply}
    assert told & supplies, "the new sentence's supply is told by the rebuilt article"
    prints = {q.subject.value: q.object.value for q in after if q.predicate == FINGERPRINT}
    assert prints[graph] == article_fingerprint(article) and len(prints) == 5


@pytest.mark.slow
def test_worker_processes_build_the_graphs_one_process_builds(seeds_available):
    paths = [str(SEEDS_JSONL), str(ROOT / "examples")]
    stores = [EmbeddedStore(None), EmbeddedStore(None)]
    serial = build(paths, stores[0], jobs=1)
    parallel = build(paths, stores[1], jobs=2, chunk=2)   # five chunks over two workers
    assert (serial.processes, parallel.processes) == (0, 2)
    assert serial.ok and parallel.ok and serial.articles == parallel.articles == 10
    assert (serial.events, serial.triples) == (parallel.events, parallel.triples)
    ontology = ox.NamedNode(ONTOLOGY_GRAPH)  # its blank nodes differ from load to load
    got = [{q for q in s._store if q.graph_name != ontology} for s in stores]
    assert got[0] == got[1]
    assert stored_fingerprints(stores[0]) == stored_fingerprints(stores[1])
    assert len(stored_fingerprints(stores[1])) == 10


@pytest.mark.slow
def test_one_failing_article_is_its_own_error_and_the_others_are_extracted():
    from kg.extract.nlp import gazetteer, pipeline

    good = make_article("Norway has sent howitzers to Ukraine.", origin="feed.jsonl:1")
    bad = make_article("Talks. " * 200_000, origin="feed.jsonl:2")       # 1.4M characters: spaCy's E088
    other = make_article("Russian drones attacked Odesa.", origin="b.txt")
    got = list(extract_and_map([good, bad, other], pipeline(), gazetteer()))
    assert [type(g).__name__ for g in got] == ["ArticleGraphs", "InputError", "ArticleGraphs"]
    error = got[1]
    assert isinstance(error, InputError) and error.details == {"file": "feed.jsonl", "line": 2}
    assert error.message.startswith("feed.jsonl:2: extraction failed") and "E088" in error.message
    assert isinstance(got[0], ArticleGraphs) and got[0].fingerprint == article_fingerprint(good)


def test_the_fingerprint_covers_the_article_and_the_extractor():
    article = make_article("Ministers met in Geneva.", origin="a.txt")
    assert article_fingerprint(article) == article_fingerprint(replace(article))
    for change in ({"text": "Ministers met in Paris."}, {"title": "T"}, {"published": date(2025, 1, 1)},
                   {"url": "https://x/1"}, {"outlet": "Wire"}, {"origin": "b.txt"}, {"id": "a"}):
        assert article_fingerprint(replace(article, **change)) != article_fingerprint(article), change
    with_id = replace(article, id="a1")   # the graph names its id, not its file: moving the file changes nothing
    assert article_fingerprint(replace(with_id, origin="elsewhere/a.txt")) == article_fingerprint(with_id)
    names = {p.relative_to(ROOT / "kg").as_posix() for p in extractor_files()}
    assert {"extract/pipeline.py", "extract/events.py", "extract/data/people.json", "extract/data/boilerplate.json",
            "mapping.py", "families.py", "vocab.py"} <= names


@pytest.mark.slow
def test_a_large_build_compacts_the_store_and_a_small_one_does_not(tmp_path):
    """A build that writes at least a quarter as many articles as the store held compacts it
    (Store.optimize: cheaper lookups after a load); one changed article among many does not."""
    def one(n: int, extra: str = "") -> object:
        return make_article(f"Zelensky met Scholz in Berlin on Monday to discuss air defence. {extra}".strip(),
                            "test", id=f"a{n}")

    store = EmbeddedStore(tmp_path / "kg")
    first = build_articles([one(n) for n in range(5)], store)
    assert first.articles == 5 and first.compaction_seconds > 0
    again = build_articles([one(0, "They met again in Kyiv.")], store)
    assert again.articles == 1 and again.compaction_seconds == 0
    assert len(stored_fingerprints(store)) == 5
    assert store.query("ASK { ?e a <https://w3id.org/news-kg/ontology#Meeting> }").boolean
    store.close()
