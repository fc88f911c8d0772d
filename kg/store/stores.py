"""The store: one interface, two implementations.

- EmbeddedStore: pyoxigraph's on-disk store (RocksDB) in a directory, the default.
- RemoteStore: any SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB, Virtuoso) reached
  through the SPARQL 1.1 Query and Update protocols with SPARQLWrapper. The server must treat
  its default graph as the union of the named graphs (oxigraph serve --union-default-graph,
  Fuseki tdb2:unionDefaultGraph true), as the embedded store does.

Each article lives in its own named graph; the default graph is the union of all of them."""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Iterable, Iterator, Protocol, Sequence
from urllib.error import HTTPError, URLError

import pyoxigraph as ox

from ..errors import BadRequest, QuerySyntaxError, StoreError

log = logging.getLogger(__name__)
FLUSH_WAIT = 60.0   # seconds; see EmbeddedStore.flush
OPTIMIZE_WAIT = 1800.0   # seconds; see EmbeddedStore.optimize
BULK_LOADER_QUADS = 20_000   # EmbeddedStore.add_graphs uses the bulk loader from this many quads

Term = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass
class QueryResult:
    """A query's answer, independent of the store that gave it."""

    kind: str                                   # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Term]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False                     # rows were cut at the row limit
    more: bool = False                          # a canned query's page: rows follow it


class NTriples(Sequence):
    """Triples as N-Triples, one a line, as pyoxigraph writes them: how kg build's workers send an
    article's graphs back. The store writes the text as it is (EmbeddedStore.add_graphs), and
    anything that reads the triples as terms has them parsed then, once."""

    __slots__ = ("data", "_terms", "_count")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._terms: list[ox.Triple] | None = None
        self._count: int | None = None

    @classmethod
    def of(cls, triples: "Iterable[ox.Triple] | NTriples") -> "NTriples":
        if isinstance(triples, NTriples):
            return triples
        return cls(ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b"")

    def lines(self) -> list[bytes]:
        """One line per triple (N-Triples escapes a literal's line breaks), each ending " .\\n"."""
        return self.data.splitlines(keepends=True)

    @property
    def terms(self) -> list[ox.Triple]:
        if self._terms is None:
            self._terms = [q.triple for q in ox.parse(self.data, format=ox.RdfFormat.N_TRIPLES)]
        return self._terms

    def __len__(self) -> int:
        if self._count is None:
            self._count = self.data.count(b"\n")
        return self._count

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(self.terms)

    def __getitem__(self, index):
        return self.terms[index]

    def __reduce__(self):
        return NTriples, (self.data,)


class Store(Protocol):
    """What the rest of the code may ask of a store."""

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int: ...
    def add_to_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int: ...
    def add_graphs(self, graphs: dict[str, list[ox.Triple]], additions: dict[str, list[ox.Triple]]) -> int: ...
    def drop_graph(self, graph: str) -> bool: ...
    def graphs(self) -> list[str]: ...
    def has_graph(self, graph: str) -> bool: ...
    def query(self, sparql: str, *, bindings: dict[str, Term] | None = None,
              default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
              max_rows: int | None = None) -> QueryResult: ...
    def update(self, sparql: str) -> None: ...
    def memo(self, key: str, compute): ...
    def optimize(self) -> None: ...
    def triples(self, graphs: list[str] | None = None) -> Iterator[ox.Triple]: ...
    def count(self) -> int: ...
    def close(self) -> None: ...


def open_store(config) -> "EmbeddedStore | RemoteStore":
    """The store the configuration names."""
    if config.store_url:
        return RemoteStore(config.store_url, config.store_update_url, timeout=config.query_timeout)
    return EmbeddedStore(config.store)


def _select_rows(solutions, max_rows: int | None) -> tuple[list[str], list[dict[str, Term]], bool]:
    variables = [v.value for v in solutions.variables]
    rows, truncated = [], False
    for solution in solutions:
        if max_rows is not None and len(rows) >= max_rows:
            truncated = True
            break
        # a solution iterates its values in the order of its variables (None where unbound):
        # 8x faster than looking each variable up by name
        rows.append({v: term for v, term in zip(variables, solution) if term is not None})
    return variables, rows, truncated


def result_from_oxigraph(answer, max_rows: int | None = None) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables, rows, truncated = _select_rows(answer, max_rows)
        return QueryResult("select", variables=variables, rows=rows, truncated=truncated)
    triples, truncated = [], False
    for triple in answer:
        if max_rows is not None and len(triples) >= max_rows:
            truncated = True
            break
        triples.append(triple)
    return QueryResult("graph", triples=triples, truncated=truncated)


def _n_quads(triples: Sequence[ox.Triple], graph: str) -> bytes:
    """The triples as N-Quads in `graph`. N-Triples ends every line with " .\\n" and escapes the line
    breaks of literals, so each line end is a triple's end: the graph's name goes before it."""
    return NTriples.of(triples).data.replace(b" .\n", f" {ox.NamedNode(graph)} .\n".encode())


class EmbeddedStore:
    """pyoxigraph on disk (or in memory when path is None)."""

    def __init__(self, path: str | Path | None, read_only: bool = False) -> None:
        self.path = None if path is None else Path(path)
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}. Is another kg process "
                             "(a server or a build) using it? Stop it or use another --store.",
                             store=str(self.path)) from None

    def memo(self, key: str, compute):
        """compute(), remembered under `key` while this handle is open when it is read-only (a
        read-only handle is a snapshot: what it sees never changes); computed each time else."""
        if not self.read_only:
            return compute()
        memos = self.__dict__.setdefault("_memos", {})
        if key not in memos:
            memos[key] = compute()
        return memos[key]

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        """The graph's triples become `triples`, in one transaction (one SPARQL update, which
        pyoxigraph applies all or nothing): a crash leaves the old graph or the new one, whole.
        A graph the store does not hold yet (the common case of a first build) is added with
        one atomic `extend`, which skips writing and parsing the update's text (3x faster)."""
        triples = list(triples)
        g = ox.NamedNode(graph)
        try:
            if not self._store.contains_named_graph(g):
                return self.add_to_graph(graph, triples)
            self._store.update(replace_graph_update(graph, triples))
        except OSError as exc:
            raise StoreError(f"writing the graph {graph} failed, the old one is kept: {exc}",
                             store=str(self.path)) from None
        return len(triples)

    def add_to_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        g = ox.NamedNode(graph)
        quads = [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]
        self._store.extend(quads)
        self._store.add_graph(g)
        return len(quads)

    def add_graphs(self, graphs: dict[str, list[ox.Triple]], additions: dict[str, list[ox.Triple]]) -> int:
        """New graphs (ones the store does not hold) and triples added to other graphs, written
        together: one atomic `extend` when few, RocksDB's bulk loader (5x faster, not atomic, so a
        crash may leave part of them; kg.build.GraphWriter says how a build recovers) from
        BULK_LOADER_QUADS quads, given it as N-Quads (each graph's triples serialized at once and
        its name put at each line's end: eight times cheaper than a Python Quad per triple).
        Returns the quads written."""
        items = list(chain(graphs.items(), additions.items()))
        count = sum(len(triples) for _, triples in items)
        data = b"".join(_n_quads(triples, graph) for graph, triples in items if triples) \
            if count >= BULK_LOADER_QUADS else b""
        try:
            if data and b"_:" not in data:   # the bulk loader renames blank nodes: those go as terms
                self._store.bulk_load(data, ox.RdfFormat.N_QUADS)
            else:
                quads = [ox.Quad(t.subject, t.predicate, t.object, g) for graph, triples in items
                         for g in (ox.NamedNode(graph),) for t in triples]
                (self._store.bulk_extend if data else self._store.extend)(quads)
            for graph, triples in items:
                if not triples:
                    self._store.add_graph(ox.NamedNode(graph))
        except OSError as exc:
            raise StoreError(f"writing {len(graphs)} new graph(s) failed: {exc}", store=str(self.path)) from None
        return count

    def drop_graph(self, graph: str) -> bool:
        g = ox.NamedNode(graph)
        if not self._store.contains_named_graph(g):
            return False
        self._store.remove_graph(g)
        return True

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def query(self, sparql: str, *, bindings: dict[str, Term] | None = None,
              default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
              max_rows: int | None = None) -> QueryResult:
        kwargs: dict = {}
        if default_graph is not None:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
        elif not _has_dataset_clause(sparql):  # the query's own FROM / FROM NAMED win over the union
            kwargs["use_default_graph_as_union"] = True
        if named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        if bindings:
            sparql, kwargs["custom_functions"] = bind_with_function(sparql, bindings)
        try:
            answer = self._store.query(sparql, **kwargs)
            return result_from_oxigraph(answer, max_rows)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"malformed query: {exc}") from None
        except OSError as exc:
            raise StoreError(f"the store failed: {exc}") from None
        except RuntimeError as exc:
            raise QuerySyntaxError(f"query cannot be evaluated: {exc}") from None

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"malformed update: {exc}") from None
        except RuntimeError as exc:  # e.g. CREATE GRAPH on a graph that exists
            raise BadRequest(f"the update cannot be applied: {exc}") from None
        except OSError as exc:
            raise StoreError(f"the update failed: {exc}") from None

    def triples(self, graphs: list[str] | None = None) -> Iterator[ox.Triple]:
        """Distinct triples of the given graphs (all named graphs and the default graph when None)."""
        if graphs is None:
            seen: set = set()
            for quad in self._store:
                if quad.triple not in seen:
                    seen.add(quad.triple)
                    yield quad.triple
            return
        seen = set()
        for graph in graphs:
            for quad in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
                if quad.triple not in seen:
                    seen.add(quad.triple)
                    yield quad.triple

    def count(self) -> int:
        """Triples of the named graphs (as RemoteStore.count): the default graph holds only build
        bookkeeping (kg.build's fingerprints)."""
        return len(self._store) - sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def flush(self, wait: float = FLUSH_WAIT) -> None:
        """Write the memtables to disk, so readers that open the store see every write in its
        files. RocksDB can leave a manual flush waiting forever with its background threads idle
        (facebook/rocksdb#13280, #15030; seen here after a 1M-quad load): the flush runs in a
        thread (pyoxigraph releases the GIL) and is waited for `wait` seconds at most. Nothing is
        lost when it does not return: every write is already in the write-ahead log, which the
        next opening of the store (a reader's or a writer's) replays."""
        if self.path is None or self.read_only:
            return
        self._waited("flush", "flush", self._store.flush, wait,
                     "every write is in the write-ahead log, replayed when the store opens")

    def optimize(self, wait: float = OPTIMIZE_WAIT) -> None:
        """Compact the store's files (RocksDB's full compaction, which also empties the
        write-ahead logs): after a large load every lookup is about a third cheaper (measured at
        10M quads: a canned query's page 39 -> 27 ms) and a reader opens the store without
        replaying logs. It costs about 2 s per million quads; waited `wait` seconds at most, as a
        flush is (a compaction cut short leaves the store as it was)."""
        if self.path is None or self.read_only:
            return
        self._waited("compaction", "compact", self._store.optimize, wait, "the store is whole, only less compact")

    def _waited(self, what: str, verb: str, work, wait: float, why_safe: str) -> None:
        """Run work() on a thread and wait for it `wait` seconds at most (a RocksDB stall is
        logged, with why going on is safe); its error as StoreError."""
        failed: list[BaseException] = []

        def run() -> None:
            try:
                work()
            except BaseException as exc:  # handed to the caller below
                failed.append(exc)

        worker = threading.Thread(target=run, name=f"kg-store-{what}", daemon=True)
        worker.start()
        worker.join(wait)
        if worker.is_alive():
            log.warning("the store's %s did not return in %.0f s (a RocksDB stall); going on: %s",
                        what, wait, why_safe)
        elif failed:
            raise StoreError(f"cannot {verb} the store at {self.path}: {failed[0]}", store=str(self.path))

    def close(self) -> None:
        self.flush()
        del self._store


class RemoteStore:
    """A SPARQL 1.1 server, over the Query and Update protocols."""

    def __init__(self, query_url: str, update_url: str | None = None, timeout: float = 30.0) -> None:
        self.query_url = query_url
        self.update_url = update_url or _guess_update_url(query_url)
        self.timeout = timeout

    # -- protocol plumbing ---------------------------------------------------------
    def _wrapper(self, url: str):
        from SPARQLWrapper import SPARQLWrapper

        client = SPARQLWrapper(url)
        client.setTimeout(int(self.timeout) + 5)
        client.setMethod("POST")
        return client

    def _raw_query(self, sparql: str, accept: str) -> bytes:
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

        client = self._wrapper(self.query_url)
        client.setQuery(sparql)
        client.setRequestMethod("postdirectly")
        client.addCustomHttpHeader("Accept", accept)
        client.setReturnFormat("json" if "json" in accept else "n3")
        try:
            response = client.query().response
            return response.read()
        except QueryBadFormed as exc:
            raise QuerySyntaxError(f"malformed query (remote store): {_tail(exc)}") from None
        except (SPARQLWrapperException, HTTPError, URLError, OSError, TimeoutError) as exc:
            raise StoreError(f"remote store {self.query_url} failed: {_tail(exc)}") from None

    def _raw_update(self, sparql: str) -> None:
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

        client = self._wrapper(self.update_url)
        client.setQuery(sparql)
        client.setRequestMethod("postdirectly")
        try:
            client.query().response.read()
        except QueryBadFormed as exc:
            raise QuerySyntaxError(f"malformed update (remote store): {_tail(exc)}") from None
        except (SPARQLWrapperException, HTTPError, URLError, OSError, TimeoutError) as exc:
            raise StoreError(f"remote store {self.update_url} failed: {_tail(exc)}") from None

    # -- the Store interface ---------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        """One SPARQL update request (drop, create, insert), which a SPARQL 1.1 server applies
        as one operation: a failure or a lost connection leaves the old graph."""
        triples = list(triples)
        self._raw_update(replace_graph_update(graph, triples))
        return len(triples)

    def add_to_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        """One SPARQL update request: all the triples or none."""
        triples = list(triples)
        self._raw_update(replace_graph_update(graph, triples, drop=False))
        return len(triples)

    def memo(self, key: str, compute):
        """compute(), each time: another client may write to the server at any moment."""
        return compute()

    def add_graphs(self, graphs: dict[str, list[ox.Triple]], additions: dict[str, list[ox.Triple]]) -> int:
        """A request per graph (each whole or not at all)."""
        return (sum(self.replace_graph(g, t) for g, t in graphs.items())
                + sum(self.add_to_graph(g, t) for g, t in additions.items()))

    def drop_graph(self, graph: str) -> bool:
        existed = self.has_graph(graph)
        self._raw_update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")
        return existed

    def graphs(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(row["g"].value for row in result.rows if isinstance(row.get("g"), ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return graph in self.graphs()

    def query(self, sparql: str, *, bindings: dict[str, Term] | None = None,
              default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
              max_rows: int | None = None) -> QueryResult:
        if default_graph is not None or named_graphs is not None:
            raise StoreError("a protocol dataset (default-graph-uri, named-graph-uri) is not supported "
                             "with a remote store; use FROM / FROM NAMED in the query")
        if bindings:
            sparql = bind_with_values(sparql, bindings)
        kind = query_kind(sparql)
        if kind == "graph":
            body = self._raw_query(sparql, "application/n-triples")
            try:
                triples = [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
            except SyntaxError as exc:
                raise StoreError(f"remote store sent a truncated or malformed answer: {exc}") from None
            truncated = max_rows is not None and len(triples) > max_rows
            return QueryResult("graph", triples=triples[:max_rows] if truncated else triples, truncated=truncated)
        body = self._raw_query(sparql, "application/sparql-results+json")
        try:
            answer = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"remote store sent a truncated or malformed answer "
                             f"(its own time limit may have cut it): {exc}") from None
        return result_from_oxigraph(answer, max_rows)

    def update(self, sparql: str) -> None:
        self._raw_update(sparql)

    def triples(self, graphs: list[str] | None = None) -> Iterator[ox.Triple]:
        if graphs is None:
            result = self.query("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
            yield from result.triples
            return
        seen: set = set()
        for graph in graphs:
            result = self.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                                bindings={"g": ox.NamedNode(graph)})
            for t in result.triples:
                if t not in seen:
                    seen.add(t)
                    yield t

    def count(self) -> int:
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(result.rows[0]["n"].value) if result.rows else 0

    def flush(self) -> None:
        pass

    def optimize(self) -> None:
        """The server keeps its own files in order."""

    def close(self) -> None:
        pass


def replace_graph_update(graph: str, triples: list[ox.Triple], *, drop: bool = True) -> str:
    """The SPARQL update that makes `graph` hold `triples` (and, with drop=False, adds them to what
    it holds), as one request: `DROP SILENT GRAPH g ; CREATE SILENT GRAPH g ; INSERT DATA { GRAPH g
    { ... } }`. The terms are written by pyoxigraph's N-Triples serializer, never pasted text;
    blank nodes keep their identity within the graph (one INSERT DATA)."""
    g = ox.NamedNode(graph)
    steps = [f"DROP SILENT GRAPH {g}"] if drop else []
    steps.append(f"CREATE SILENT GRAPH {g}")
    if triples:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        steps.append(f"INSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}")
    return " ;\n".join(steps)


def _has_dataset_clause(sparql: str) -> bool:
    from .sparql_text import outbound_clauses

    return any(c.clause in ("FROM", "FROM NAMED") for c in outbound_clauses(sparql))


def _guess_update_url(query_url: str) -> str:
    """Oxigraph serves /query and /update; Fuseki /ds/query and /ds/update (or /ds/sparql)."""
    for tail in ("/query", "/sparql"):
        if query_url.rstrip("/").endswith(tail):
            return query_url.rstrip("/")[: -len(tail)] + "/update"
    return query_url


def _tail(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return " ".join(text[-3:])[:500] if text else type(exc).__name__


def query_kind(sparql: str) -> str:
    """select | ask | graph, from the query form (prologue and comments skipped)."""
    from .sparql_text import query_form

    form = query_form(sparql)
    return {"SELECT": "select", "ASK": "ask"}.get(form, "graph")


PARAM_FUNCTION = ox.NamedNode("urn:news-kg:param")


def bind_with_function(sparql: str, bindings: dict[str, Term]) -> tuple[str, dict]:
    """Bind values for the embedded store: at the start of the top-level WHERE group, each bound
    variable gets `BIND(<urn:news-kg:param>("NAME") AS ?NAME)`, and that function, evaluated by
    pyoxigraph, hands back the value from Python. The query text carries only variable names
    (checked identifiers), never a value. (pyoxigraph's `substitutions` join on the projected
    results, so FILTERs never see them.)"""
    from .sparql_text import top_level_where_brace

    for name in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"not a variable name: {name!r}")
    pos = top_level_where_brace(sparql)
    binds = "".join(f'\n  BIND({PARAM_FUNCTION}("{name}") AS ?{name})' for name in bindings)
    values = dict(bindings)

    def param(name: ox.Literal):
        return values.get(name.value)

    return f"{sparql[:pos + 1]}{binds}\n{sparql[pos + 1:]}", {PARAM_FUNCTION: param}


def bind_with_values(sparql: str, bindings: dict[str, Term]) -> str:
    """For a remote store, which has no protocol for bound values: add a VALUES block at the
    start of the query's top-level WHERE group. The values are RDF terms written by pyoxigraph's
    N-Triples serializer (escaped as the syntax requires), never raw user text."""
    from .sparql_text import top_level_where_brace

    pos = top_level_where_brace(sparql)
    names = " ".join("?" + k for k in bindings)
    terms = " ".join(str(v) for v in bindings.values())
    return f"{sparql[:pos + 1]}\n  VALUES ({names}) {{ ({terms}) }}\n{sparql[pos + 1:]}"
