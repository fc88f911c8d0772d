"""GET /export: the ontology and the data together as one OWL 2 DL document (kg.export), ready
for Protégé. Turtle by default; ?format= or Accept for N-Triples, JSON-LD or RDF/XML; ?graph=IRI
for one article's graph (with the declarations it needs)."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, request

from kg.errors import BadRequest

from .http import answer_response, choose_format, services, single

bp = Blueprint("export", __name__)

EXTENSIONS = {"turtle": "ttl", "ntriples": "nt", "jsonld": "jsonld", "rdfxml": "owl"}


@bp.get("/export")
def export():
    graph = single(request.args, "graph")
    if graph is not None:
        try:
            graph = ox.NamedNode(graph).value
        except ValueError:
            raise BadRequest(f"graph: {graph!r} is not an absolute IRI", parameter="graph") from None
    fmt = choose_format(("graph",))
    response = answer_response(services().export(fmt.name, graph=graph))
    response.headers["Content-Disposition"] = f'attachment; filename="news-kg.{EXTENSIONS[fmt.name]}"'
    return response
