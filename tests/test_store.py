"""The same store tests on the embedded store and on a real Oxigraph server."""

from __future__ import annotations

import uuid

import pyoxigraph as ox
import pytest

from kg.errors import QuerySyntaxError
from kg.store.catalogue import Catalogue
from kg.store.stores import EmbeddedStore, RemoteStore

EX = "http://example.org/"


@pytest.fixture(params=["embedded", pytest.param("remote", marks=pytest.mark.slow)])   # remote: a server
def store(request, tmp_path):
    if request.param == "embedded":
        s = EmbeddedStore(tmp_path / "kg-data")
    else:
        s = RemoteStore(request.getfixturevalue("oxigraph_url"))
    yield s
    s.close()


def graph_name() -> str:
    return f"{EX}graph/{uuid.uuid4().hex}"


def triple(s: str, p: str, o: str | ox.Literal) -> ox.Triple:
    obj = o if isinstance(o, ox.Literal) else ox.NamedNode(EX + o)
    return ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + p), obj)


def test_replace_graph_replaces_never_duplicates(store):
    g = graph_name()
    store.replace_graph(g, [triple("a", "p", "b"), triple("a", "p", "c")])
    store.replace_graph(g, [triple("a", "p", "b")])
    assert set(store.triples([g])) == {triple("a", "p", "b")}
    assert store.has_graph(g)


def test_drop_graph(store):
    g = graph_name()
    store.replace_graph(g, [triple("x", "p", "y")])
    assert store.drop_graph(g) is True
    assert list(store.triples([g])) == []
    assert store.drop_graph(g) is False


def test_default_graph_is_the_union_of_named_graphs(store):
    g1, g2 = graph_name(), graph_name()
    marker = uuid.uuid4().hex
    store.replace_graph(g1, [triple(marker, "p", "one")])
    store.replace_graph(g2, [triple(marker, "p", "two")])
    result = store.query(f"SELECT ?o WHERE {{ <{EX}{marker}> ?p ?o }} ORDER BY ?o")
    assert [row["o"].value for row in result.rows] == [EX + "one", EX + "two"]


def test_ask_and_construct(store):
    g = graph_name()
    marker = uuid.uuid4().hex
    store.replace_graph(g, [triple(marker, "p", ox.Literal("v"))])
    assert store.query(f"ASK {{ <{EX}{marker}> ?p \"v\" }}").boolean is True
    assert store.query(f"ASK {{ <{EX}{marker}> ?p \"w\" }}").boolean is False
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ BIND(<{EX}{marker}> AS ?s) ?s ?p ?o }}")
    assert result.kind == "graph" and result.triples == [triple(marker, "p", ox.Literal("v"))]


def test_row_limit_signalled(store):
    g = graph_name()
    marker = uuid.uuid4().hex
    store.replace_graph(g, [triple(marker, "p", f"o{i}") for i in range(5)])
    result = store.query(f"SELECT ?o WHERE {{ <{EX}{marker}> ?p ?o }}", max_rows=3)
    assert len(result.rows) == 3 and result.truncated
    result = store.query(f"SELECT ?o WHERE {{ <{EX}{marker}> ?p ?o }}", max_rows=5)
    assert len(result.rows) == 5 and not result.truncated


def test_malformed_query_raises_syntax_error(store):
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT ?x WHERE { ?x ")


def test_bound_values_filter_and_cannot_inject(store):
    g = graph_name()
    marker = uuid.uuid4().hex
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    store.replace_graph(g, [ox.Triple(ox.NamedNode(EX + marker), label, ox.Literal("Kyiv")),
                            ox.Triple(ox.NamedNode(EX + marker + "2"), label, ox.Literal("Lviv"))])
    q = (f"SELECT ?s WHERE {{ ?s <{label.value}> ?l FILTER(STRSTARTS(STR(?s), \"{EX}{marker}\")) "
         "FILTER(!BOUND(?param_name) || LCASE(?l) = LCASE(?param_name)) }")
    assert len(store.query(q).rows) == 2
    rows = store.query(q, bindings={"param_name": ox.Literal("kyiv")}).rows
    assert [r["s"].value for r in rows] == [EX + marker]
    evil = ox.Literal('kyiv") || true || ("')
    assert store.query(q, bindings={"param_name": evil}).rows == []
    assert store.query(f"ASK {{ <{EX}{marker}> ?p ?o }}").boolean  # nothing was changed


def test_canned_queries_run_on_both_stores(store):
    for query in Catalogue().queries.values():
        result = query.run(store, {})
        assert result.variables == list(query.columns)


def test_from_clause_selects_the_default_graph(tmp_path):
    s = EmbeddedStore(tmp_path / "kg-data")
    g1, g2 = graph_name(), graph_name()
    s.replace_graph(g1, [triple("a", "p", "one")])
    s.replace_graph(g2, [triple("a", "p", "two")])
    rows = s.query(f"SELECT ?o FROM <{g1}> WHERE {{ ?s ?p ?o }}").rows
    assert [r["o"].value for r in rows] == [EX + "one"]
    s.close()
    reader = EmbeddedStore(tmp_path / "kg-data", read_only=True)
    assert reader.count() == 2
    reader.close()  # a read-only store closes without flushing


def test_optimize_keeps_every_quad(store):
    """Compaction after a build (kg.build): the same quads before and after."""
    graphs = {graph_name(): [triple(f"s{n}", "p", ox.Literal(f"{n} {i}")) for i in range(50)] for n in range(30)}
    store.add_graphs(graphs, {})
    before = {(g, t) for g in graphs for t in store.triples([g])}
    store.optimize()
    assert {(g, t) for g in graphs for t in store.triples([g])} == before and len(before) == 30 * 50



AWKWARD = [ox.Literal("ends a sentence .\nthen a line"), ox.Literal('a "quote" and a \\ backslash .'),
           ox.Literal("Зеленський . \r\n", language="uk"), ox.Literal("2024-03-01T00:00:00",
           datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")), ox.Literal(" . "),
           ox.NamedNode(EX + "o%20dd?x=1#frag")]


def test_bulk_writes_keep_every_term_as_it_was(tmp_path):
    """Past the bulk loader's threshold, add_graphs hands the store N-Quads made from each graph's
    N-Triples: literals that hold line breaks, " ." and quotes, language tags, datatypes and odd
    IRIs come back the same terms, each in its own graph; a batch with a blank node (which the
    bulk loader would rename) keeps it."""
    from kg.store.stores import BULK_LOADER_QUADS

    store = EmbeddedStore(tmp_path / "kg-data")
    per = len(AWKWARD) * 50
    graphs = {graph_name(): [ox.Triple(ox.NamedNode(f"{EX}s{n}/{i}"), ox.NamedNode(EX + "p"), o)
                             for i in range(50) for o in AWKWARD] for n in range(BULK_LOADER_QUADS // per + 1)}
    shared = {graph_name(): [triple("e", "label", AWKWARD[0])]}
    written = store.add_graphs(graphs, shared)
    assert written == sum(map(len, graphs.values())) + 1 >= BULK_LOADER_QUADS
    for g, triples in [*graphs.items(), *shared.items()]:
        assert set(store.triples([g])) == set(triples)
    node = ox.BlankNode("kept")
    blank = {graph_name(): [ox.Triple(node, ox.NamedNode(EX + "p"), ox.Literal(str(i))) for i in range(BULK_LOADER_QUADS)]}
    store.add_graphs(blank, {graph_name(): [ox.Triple(node, ox.NamedNode(EX + "q"), AWKWARD[1])]})
    assert {t.subject for g in store.graphs() for t in store.triples([g]) if isinstance(t.subject, ox.BlankNode)} == {node}
    store.close()

def test_a_reader_opened_after_compaction_sees_every_quad(tmp_path):
    writer = EmbeddedStore(tmp_path / "kg-data")
    graphs = {graph_name(): [triple(f"s{n}", "p", ox.Literal(f"{n} {i}")) for i in range(50)] for n in range(30)}
    writer.add_graphs(graphs, {})
    writer.optimize()
    writer.close()
    reader = EmbeddedStore(tmp_path / "kg-data", read_only=True)
    assert {(g, t) for g in graphs for t in reader.triples([g])} == \
        {(g, t) for g, triples in graphs.items() for t in triples}
    reader.optimize()                      # a read-only store is left alone
    reader.close()
