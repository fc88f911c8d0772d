"""kg.build.GraphWriter: new article graphs gathered and written together (the bulk loader once
they are many), replaced graphs written whole, fingerprints only for graphs the store holds."""

from __future__ import annotations

import pyoxigraph as ox

from kg.build import FINGERPRINT, ArticleGraphs, GraphWriter, stored_fingerprints
from kg.store.stores import BULK_LOADER_QUADS, EmbeddedStore
from kg.vocab import ENTITIES_GRAPH

EX = "https://example.org/"


def article(n: int, size: int, tag: str = "v1") -> ArticleGraphs:
    graph = f"{EX}article/{n}"
    triples = [ox.Triple(ox.NamedNode(f"{EX}event/{n}/{i}"), ox.NamedNode(EX + "says"), ox.Literal(f"{tag} {i}"))
               for i in range(size)]
    shared = [ox.Triple(ox.NamedNode(f"{EX}entity/{n % 7}"), ox.NamedNode(EX + "label"), ox.Literal(f"E{n % 7}"))]
    return ArticleGraphs(graph, triples, shared, f"fp-{n}-{tag}")


def graph_values(store: EmbeddedStore, graph: str) -> set[str]:
    return {t.object.value for t in store.triples([graph])}


def test_many_new_graphs_go_in_whole_with_their_fingerprints(tmp_path):
    store = EmbeddedStore(tmp_path / "kg")
    items = [article(n, 300) for n in range(2 * BULK_LOADER_QUADS // 300)]   # past the bulk loader's threshold
    writer = GraphWriter(store, {})
    for item in items:
        writer.write(item)
    writer.close()
    assert stored_fingerprints(store) == {i.graph: i.fingerprint for i in items}
    for item in items[:: len(items) // 10]:
        assert graph_values(store, item.graph) == {f"v1 {i}" for i in range(300)}
    assert len(list(store.triples([ENTITIES_GRAPH]))) == 7
    assert store.count() == len(items) * 300 + 7
    store.close()


def test_a_graph_held_without_fingerprint_is_replaced_not_merged(tmp_path):
    """What a build killed between the bulk write and the fingerprints leaves: the next build
    writes the graph again whole."""
    store = EmbeddedStore(tmp_path / "kg")
    stale = article(1, 5, "old")
    store.add_graphs({stale.graph: stale.triples}, {})
    assert stored_fingerprints(store) == {}
    writer = GraphWriter(store, stored_fingerprints(store))
    writer.write(article(1, 3, "new"))
    writer.write(article(2, 2))
    writer.close()
    assert graph_values(store, article(1, 0).graph) == {"new 0", "new 1", "new 2"}
    assert graph_values(store, article(2, 0).graph) == {"v1 0", "v1 1"}
    assert stored_fingerprints(store) == {article(1, 0).graph: "fp-1-new", article(2, 0).graph: "fp-2-v1"}
    store.close()


def test_the_same_article_twice_in_one_run_keeps_the_later_version(tmp_path):
    store = EmbeddedStore(tmp_path / "kg")
    writer = GraphWriter(store, {})
    writer.write(article(3, 4, "first"))       # queued
    writer.write(article(3, 2, "second"))      # the queue goes first, then this replaces it
    writer.close()
    assert graph_values(store, article(3, 0).graph) == {"second 0", "second 1"}
    assert len(list(store._store.quads_for_pattern(None, FINGERPRINT, None))) == 1
    assert stored_fingerprints(store) == {article(3, 0).graph: "fp-3-second"}
    store.close()
