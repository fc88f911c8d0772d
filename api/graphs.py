"""The SPARQL 1.1 Graph Store Protocol at /rdf-graphs (indirect graph identification).

GET ?graph=IRI reads one named graph (an article's graph, or the ontology), GET ?default the
default graph (the union of all graphs), as Turtle unless asked otherwise. When updates are
enabled, PUT replaces a named graph, POST adds to it (a Turtle or N-Triples body) and DELETE
drops it; each is one transaction."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, request

from kg.errors import BadRequest, NotFound
from kg.service import graph_body_format

from .http import answer_response, body_bytes, choose_format, no_content, require_write_access, services, single

bp = Blueprint("graphs", __name__)


@bp.route("/rdf-graphs", methods=["GET", "PUT", "POST", "DELETE"])
def graph_store():
    graph = _target()
    service = services()
    if request.method == "GET":
        fmt = choose_format(("graph",))
        return answer_response(service.read_graph(graph, fmt.name))
    require_write_access()
    if graph is None:
        raise BadRequest("the default graph is the union of the named graphs and cannot be written; "
                         "name a graph: ?graph=IRI")
    if request.method == "DELETE":
        if not service.drop_graph(graph):
            raise NotFound(f"no graph {graph} in the store", graph=graph)
        return no_content()
    graph_body_format(request.mimetype)       # the media type is checked before the charset
    created = service.write_graph(graph, body_bytes(), request.mimetype, replace=request.method == "PUT")
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
