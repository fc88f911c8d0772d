"""The HTTP API: create_app() builds the Flask app, one blueprint per resource.

    /sparql, /sparql/update   SPARQL 1.1 Protocol (api.sparql)
    /rdf-graphs               Graph Store Protocol (api.graphs)
    /queries, /queries/NAME   canned queries (api.queries)
    /export                   the ontology and data for Protégé (api.export)
    /entities/ID              one entity (api.entities)
    /, /static/, /openapi.json  the query page and the API description (api.pages)

Configuration flows one way: create_app(config) takes a kg.config.Config, or a dict of overrides
for Config.load (defaults < KG_* environment < overrides); nothing here reads the environment."""

from __future__ import annotations

_APP = ("create_app", "is_loopback", "check_updates_bind", "BLUEPRINTS")


def __getattr__(name: str):
    """create_app and its checks, imported on first use: `kg build` and the other commands that
    never serve start without loading Flask."""
    if name in _APP:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
