"""The service layer: what the HTTP API (api/) and the command line (`kg query`, `kg export`) do
with the store, through one class, so both check and limit a request the same way: ad hoc
queries are refused when they would fetch from the network (kg.store.guard), answers are cut at
config.max_rows with the same warning, canned queries bind typed parameters.

    service = Service(config)                  # in this process: the command line
    service = Service(config, Executor(config))  # in worker processes with a time limit: the API
    answer = service.query("SELECT * WHERE { ?s ?p ?o }", "json")
    answer.body, answer.media_type, answer.truncated

Each store operation is a task, a plain module-level function `task(store, *args, **kwargs)`
with arguments and result that can be pickled (kg.store.executor runs it in a worker process);
Service picks the task, passes it the configured limits and runs it on its executor."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyoxigraph as ox

from .config import Config
from .errors import BadRequest, NotFound, UnsupportedMediaType
from .store import guard
from .store.catalogue import Catalogue, Page
from .store.executor import InProcess, StoreSpec
from .store.results import format_by_name, serialize, serialize_triples
from .store.sparql_text import query_form
from .store.stores import EmbeddedStore

TRUNCATED_WARNING = "truncated"


def truncation_message(max_rows: int | None) -> str:
    """What a client is told when an answer was cut at the row limit."""
    return f"only the first {max_rows} results are given; add a LIMIT, or narrow the query, to see the rest"


@dataclass(frozen=True)
class Answer:
    """A serialized answer: what the API sends back and the command line prints."""

    body: bytes
    media_type: str
    truncated: bool = False
    more: bool = False          # a canned query's page: rows follow it (the next page's offset: page_end)
    page_end: int = 0


def answer_kinds(sparql: str) -> tuple[str, ...]:
    """The result formats a query's answer takes: ("graph",) for CONSTRUCT and DESCRIBE, else
    ("table",). An update is refused (BadRequest): queries and updates are sent apart."""
    form = query_form(sparql)
    if form == "UPDATE":
        raise BadRequest("this is an update, not a query; POST it to /sparql/update")
    return ("graph",) if form in ("CONSTRUCT", "DESCRIBE") else ("table",)


GRAPH_BODY_FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/x-turtle": ox.RdfFormat.TURTLE,
                      "application/n-triples": ox.RdfFormat.N_TRIPLES}


def graph_body_format(media_type: str | None) -> ox.RdfFormat:
    """The RDF format of a graph sent to the store: Turtle or N-Triples, else UnsupportedMediaType."""
    rdf_format = GRAPH_BODY_FORMATS.get(media_type or "")
    if rdf_format is None:
        raise UnsupportedMediaType(f"send a graph as Turtle (text/turtle) or N-Triples (application/n-triples), "
                                   f"not {media_type or 'without a Content-Type'} (no JSON-LD: its contexts "
                                   "would be fetched from the web)", media_type=media_type or None)
    return rdf_format


class Service:
    """The store's operations with the configured guard and limits. `executor` runs the tasks:
    kg.store.executor.Executor (worker processes, config.query_timeout) for the server, or by
    default kg.store.executor.InProcess (this process, no time limit) for the command line."""

    def __init__(self, config: Config, executor=None, catalogue: Catalogue | None = None) -> None:
        self.config = config
        self.catalogue = catalogue if catalogue is not None else Catalogue()
        self.executor = executor if executor is not None else InProcess(StoreSpec.from_config(config))

    def close(self) -> None:
        self.executor.close()

    # -- reads --------------------------------------------------------------------------
    def query(self, sparql: str, fmt: str, *, default_graph: list[str] | None = None,
              named_graphs: list[str] | None = None) -> Answer:
        """An ad hoc query in the format named `fmt`, refused when it would fetch from the
        network, cut at config.max_rows. default_graph / named_graphs: the protocol's dataset."""
        sparql = guard.engine_text(sparql)
        guard.check_nesting(sparql)                          # before any parser sees it
        name = format_by_name(fmt, answer_kinds(sparql)).name
        return self.executor.read(answer_query, sparql, name, max_rows=self.config.max_rows,
                                  default_graph=default_graph, named_graphs=named_graphs,
                                  allowed_services=self.config.allowed_services)

    def canned(self, name: str, args: dict[str, str], fmt: str, *, limit: str | int | None = None,
               offset: str | int | None = None) -> Answer:
        """The canned query `name` with its parameters bound (a bad one is refused before any
        work): `limit` rows (at most config.max_rows) after `offset`; without a limit, every row
        up to config.max_rows (cut with the truncation warning), as before paging existed."""
        query = self.catalogue.get(name)
        query.bindings(args)
        page = Page.parse(limit, offset, self.config.max_rows)
        return self.executor.quick(answer_canned, query, args, format_by_name(fmt, ("table",)).name,
                                  max_rows=self.config.max_rows, page=page)

    def read_graph(self, graph: str | None, fmt: str) -> Answer:
        """One named graph, or the default graph (the union of all) when None."""
        return self.executor.read(read_graph, graph, format_by_name(fmt, ("graph",)).name)

    def export(self, fmt: str, *, graph: str | None = None, what: str = "all") -> Answer:
        """The ontology and the data (what="all"), or one of them, or one article's graph, as one
        OWL document (kg.owl.export) for Protégé."""
        return self.executor.read(export_graphs, graph, format_by_name(fmt, ("graph",)).name, what=what)

    def describe_entity(self, entity_id: str, *, limit: str | int | None = None,
                        offset: str | int | None = None) -> dict:
        """An entity's labels, aliases and events (kg.store.lookup.describe): `limit` events (at
        most config.max_rows, which is also the default) after `offset`, newest first."""
        page = Page.parse(limit, offset, self.config.max_rows)
        if page.limit is None:
            page = Page(self.config.max_rows, page.offset)
        return self.executor.quick(describe_entity, entity_id, page)

    def entity_triples(self, entity_id: str, fmt: str) -> Answer:
        """What the store says about one entity, as RDF."""
        return self.executor.quick(entity_triples, entity_id, format_by_name(fmt, ("graph",)).name)

    # -- writes -------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        """A SPARQL update, refused when it would fetch from the network; all or nothing."""
        sparql = guard.engine_text(sparql)
        guard.check_nesting(sparql)                          # before any parser sees it
        # the guard parses in the writer process (time-limited, without network), then runs that text
        self.executor.write(apply_update, sparql, allowed_services=self.config.allowed_services)

    def write_graph(self, graph: str, body: bytes, media_type: str, *, replace: bool) -> bool:
        """Replace (or add to) a named graph from a Turtle or N-Triples body; True when it is new."""
        return self.executor.write(write_graph, graph, body, media_type, replace=replace)

    def drop_graph(self, graph: str) -> bool:
        """Drop a named graph; False when there was none."""
        return self.executor.write(drop_graph, graph)


# --------------------------------------------------------------------------- tasks
def _answer(result, fmt_name: str, max_rows: int | None) -> Answer:
    fmt = format_by_name(fmt_name, ("table", "graph"))
    body = serialize(result, fmt)
    if result.truncated and fmt.name == "json":
        data = json.loads(body)
        data["warning"] = {"code": TRUNCATED_WARNING, "max_rows": max_rows, "message": truncation_message(max_rows)}
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Answer(body, fmt.media_type, result.truncated)


def answer_query(store, sparql: str, fmt_name: str, *, max_rows: int | None = None,
                 default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
                 allowed_services: tuple[str, ...] = ()) -> Answer:
    """An ad hoc query, checked for outbound fetches, answered in the given format.

    default_graph / named_graphs: the protocol's default-graph-uri / named-graph-uri; when either
    is given, both define the dataset (a missing one is empty), overriding FROM clauses."""
    given = default_graph is not None or named_graphs is not None
    sparql = guard.engine_text(sparql)                      # the text the guard reads, and the store runs
    local = guard.check_query(sparql, allowed_services=allowed_services, has_graph=store.has_graph,
                              dataset_given=given)
    if given:
        default_graph, named_graphs = list(default_graph or []), list(named_graphs or [])
    elif local and isinstance(store, EmbeddedStore):
        # The embedded store answers over the union of all graphs unless given a dataset, and
        # the union would override the query's own FROM / FROM NAMED: pass them as the dataset.
        default_graph = [c.target for c in local if c.clause == "FROM"]
        named_graphs = [c.target for c in local if c.clause == "FROM NAMED"]
    result = store.query(sparql, default_graph=default_graph, named_graphs=named_graphs, max_rows=max_rows)
    return _answer(result, fmt_name, max_rows)


def answer_canned(store, query, args: dict[str, str], fmt_name: str, *, max_rows: int | None = None,
                  page: Page | None = None) -> Answer:
    """A canned query (kg.store.catalogue.CannedQuery) with its parameters bound, one page of it."""
    from dataclasses import replace

    page = page or Page()
    result = query.run(store, args, max_rows=max_rows, page=page)
    answer = _answer(result, fmt_name, max_rows)
    return replace(answer, more=result.more, page_end=page.offset + len(result.rows))


def read_graph(store, graph: str | None, fmt_name: str) -> Answer:
    """Graph Store Protocol GET: one named graph, or the default graph (the union) when None."""
    if graph is not None and not store.has_graph(graph):
        raise NotFound(f"no graph {graph} in the store", graph=graph)
    fmt = format_by_name(fmt_name, ("graph",))
    return Answer(serialize_triples(store.triples(None if graph is None else [graph]), fmt), fmt.media_type)


def export_graphs(store, graph: str | None, fmt_name: str, *, what: str = "all") -> Answer:
    """The ontology and the data (or one graph of it), as kg.owl.export writes them for Protégé."""
    from .owl.export import export

    fmt = format_by_name(fmt_name, ("graph",))
    return Answer(export(store, what, graph=graph, fmt=fmt.name), fmt.media_type)


def apply_update(store, sparql: str, *, allowed_services: tuple[str, ...] = ()) -> None:
    """A SPARQL update, refused when it would fetch from the network (kg.store.guard); all or
    nothing."""
    sparql = guard.engine_text(sparql)                      # the text the guard reads, and the store runs
    guard.check_update(sparql, allowed_services=allowed_services)
    store.update(sparql)


def write_graph(store, graph: str, body: bytes, media_type: str, *, replace: bool) -> bool:
    """Graph Store Protocol PUT (replace) or POST (add): a Turtle or N-Triples body into one named
    graph, in one transaction; the body is parsed whole first, so bad input changes nothing.
    Returns True when the graph is new."""
    rdf_format = graph_body_format(media_type)
    try:
        triples = [q.triple for q in ox.parse(body, format=rdf_format, base_iri=graph)]
    except SyntaxError as exc:
        raise BadRequest(f"the body is not valid {'Turtle' if rdf_format == ox.RdfFormat.TURTLE else 'N-Triples'}: "
                         f"{exc}; nothing was written") from None
    from .store.shared import events_told, forget_events

    node = ox.NamedNode(graph)
    created = not store.has_graph(graph)
    told = events_told(store, graph) if replace else []
    steps = [f"DROP SILENT GRAPH {node}"] if replace else []
    steps.append(f"CREATE SILENT GRAPH {node}")
    if triples:
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        steps.append(f"INSERT DATA {{ GRAPH {node} {{\n{data}\n}} }}")
    store.update(" ;\n".join(steps))
    forget_events(store, told)      # events the former graph told and no graph tells any more
    return created


def drop_graph(store, graph: str) -> bool:
    """Graph Store Protocol DELETE; False when there was no such graph. The events it told that
    no other graph tells leave the shared graph too (kg.store.shared)."""
    from .store.shared import events_told, forget_events

    told = events_told(store, graph)
    dropped = store.drop_graph(graph)
    forget_events(store, told)
    return dropped


def describe_entity(store, entity_id: str, page: Page | None = None) -> dict:
    """kg.store.lookup.describe, as a task."""
    from .store.lookup import describe

    return describe(store, entity_id, page)


def entity_triples(store, entity_id: str, fmt_name: str) -> Answer:
    """What the store says about one entity, as RDF."""
    from .store.lookup import entity_iri, triples_about

    fmt = format_by_name(fmt_name, ("graph",))
    triples = triples_about(store, entity_iri(entity_id))
    if not triples:
        raise NotFound(f"no entity {entity_id!r} in the store", entity=entity_id)
    return Answer(serialize_triples(triples, fmt), fmt.media_type)
