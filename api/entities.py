"""GET /entities/ID: one entity (ID = the local name after https://w3id.org/news-kg/id/), its
labels, aliases and events (kg.lookup.describe) as JSON; or, by Accept or ?format=, the
statements about it as Turtle, N-Triples, JSON-LD or RDF/XML.

The JSON's events come newest first, `limit` of them (at most --max-rows, the default) after
`offset`, and so do the articles that mention the entity (`mentionedIn`, newest first, of
`mentionCount`); when events or articles follow, `more` is true and `Link: <URL of the next
page>; rel="next"`."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from kg.store.results import format_by_name

from .http import answer_response, link_next, services, single

bp = Blueprint("entities", __name__)


@bp.get("/entities/<path:entity_id>")
def entity(entity_id: str):
    fmt = _rdf_format()
    if fmt is None:
        offset = single(request.args, "offset")
        entity = services().describe_entity(entity_id, limit=single(request.args, "limit"), offset=offset)
        response = jsonify(entity)
        response.vary.add("Accept")
        if entity["more"]:              # a full page (of events or of articles): the next starts after it
            size = max(len(entity["events"]), len(entity["mentionedIn"]))
            link_next(response, size, int(offset or 0) + size)
        return response
    return answer_response(services().entity_triples(entity_id, fmt))


def _rdf_format() -> str | None:
    """An RDF format name when one is asked for (?format=turtle, Accept: text/turtle), else
    None: JSON, the default."""
    name = single(request.args, "format")
    if name:
        return None if name.lower() == "json" else format_by_name(name, ("graph",)).name
    best = request.accept_mimetypes.best_match(["application/json", "text/turtle", "application/n-triples",
                                                "application/ld+json", "application/rdf+xml"])
    return {"text/turtle": "turtle", "application/n-triples": "ntriples", "application/ld+json": "jsonld",
            "application/rdf+xml": "rdfxml"}.get(best or "")
