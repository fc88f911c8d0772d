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


def test_graphs_as_the_workers_send_them_go_in_as_the_same_terms(tmp_path):
    """kg build's workers send N-Triples (to_wire); from_wire keeps them as text (NTriples), which
    the bulk loader takes as it is: the store holds the same terms as when the writer is given
    pyoxigraph terms, the entity descriptions many articles share once, and the events of an
    article are counted off the text."""
    from kg.build import events_of, from_wire, to_wire
    from kg.store.stores import NTriples
    from kg.vocab import NKG

    awkward = [ox.Literal('line\nbreak " . <x> .'), ox.Literal("ça", language="fr"),
               ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))]

    def item(n: int) -> ArticleGraphs:
        graph = f"{EX}article/{n}"
        triples = [ox.Triple(ox.NamedNode(f"{EX}event/{n}/{i}"), ox.NamedNode(EX + "says"), o)
                   for i in range(120) for o in awkward]
        triples += [ox.Triple(ox.NamedNode(f"{EX}event/{n}/{i}"), NKG.source, ox.NamedNode(graph)) for i in range(5)]
        shared = [ox.Triple(ox.NamedNode(f"{EX}entity/{n % 7}"), ox.NamedNode(EX + "label"), awkward[0])]
        return ArticleGraphs(graph, triples, shared, f"fp-{n}")

    items = [item(n) for n in range(2 * BULK_LOADER_QUADS // 365)]
    wired = from_wire([to_wire(i) for i in items])
    assert all(isinstance(w.triples, NTriples) for w in wired)
    assert [events_of(w) for w in wired] == [events_of(i) for i in items] == [5] * len(items)
    stores = []
    for name, batch in (("terms", items), ("wire", wired)):
        store = EmbeddedStore(tmp_path / name)
        writer = GraphWriter(store, {})
        for x in batch:
            writer.write(x)
        writer.close()
        stores.append(store)
    terms, wire = stores
    assert set(wire._store) == set(terms._store)
    assert len(list(wire.triples([ENTITIES_GRAPH]))) == 7
    assert set(wire.triples([items[3].graph])) == set(items[3].triples)
    assert stored_fingerprints(wire) == {i.graph: i.fingerprint for i in items}
    for store in stores:
        store.close()
