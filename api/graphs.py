"""The SPARQL 1.1 Graph Store Protocol at /rdf-graphs (indirect graph identification).

GET ?graph=IRI reads one named graph (an article's graph, or the ontology), GET ?default the
default graph (the union of all graphs), as Turtle unless asked otherwise. When updates are
enabled, PUT replaces a named graph, POST adds to it (a Turtle or N-Triples body) and DELETE
drops it; each is one transaction."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, request

from kg.errors import BadRequest, NotFound, UnsupportedMediaType
from kg.store.executor import GRAPH_BODY_FORMATS, drop_graph, read_graph, write_graph

from .http import answer_response, choose_format, no_content, require_write_access, services, single

bp = Blueprint("graphs", __name__)


@bp.route("/rdf-graphs", methods=["GET", "PUT", "POST", "DELETE"])
def graph_store():
    graph = _target()
    executor = services().executor
    if request.method == "GET":
        fmt = choose_format(("graph",))
        return answer_response(executor.read(read_graph, graph, fmt.name))
    require_write_access()
    if graph is None:
        raise BadRequest("the default graph is the union of the named graphs and cannot be written; "
                         "name a graph: ?graph=IRI")
    if request.method == "DELETE":
        if not executor.write(drop_graph, graph):
            raise NotFound(f"no graph {graph} in the store", graph=graph)
        return no_content()
    media_type = request.mimetype
    if media_type not in GRAPH_BODY_FORMATS:
        raise UnsupportedMediaType(f"send a graph as Turtle (text/turtle) or N-Triples (application/n-triples), "
                                   f"not {media_type or 'without a Content-Type'} (no JSON-LD: its contexts "
                                   "would be fetched from the web)", media_type=media_type or None)
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise BadRequest(f"the body must be UTF-8, not {charset}")
    created = executor.write(write_graph, graph, request.get_data(), media_type, replace=request.method == "PUT")
    return no_content(201 if created else 204)


def _target() -> str | None:
    """The graph a request names: ?graph=IRI, or None for ?default."""
    graph = single(request.args, "graph")
    if ("default" in request.args) == (graph is not None):
        raise BadRequest("name one graph: ?graph=IRI (a named graph) or ?default (the default graph)")
    if graph is None:
        return None
    try:
        return ox.NamedNode(graph).value
    except ValueError:
        raise BadRequest(f"graph: {graph!r} is not an absolute IRI", parameter="graph") from None
