"""The OpenAPI 3.1 description of the HTTP API, served at /openapi.json.

Built in code so that it shares its facts with the app: the canned queries' names and
parameters come from the catalogue, the formats from kg.results, the limits from the
configuration. tests/test_openapi.py checks its paths and methods against the app's url_map."""

from __future__ import annotations

from kg.config import Config
from kg.store.catalogue import Catalogue
from kg.store.results import FORMATS

TABLE_TYPES = [f.media_type for f in FORMATS if f.kind == "table"]
GRAPH_TYPES = [f.media_type for f in FORMATS if f.kind == "graph"]
TABLE_NAMES = [f.name for f in FORMATS if f.kind == "table"]
GRAPH_NAMES = [f.name for f in FORMATS if f.kind == "graph"]


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/{name}"}


def _content(types: list[str], schema: dict | None = None) -> dict:
    return {t: {"schema": schema or {"type": "string"}} for t in types}


def _errors(*statuses: int) -> dict:
    words = {400: "Bad request: malformed query, bad parameter, forbidden clause (SERVICE, LOAD, FROM <url>)",
             401: "The bearer token is missing or wrong", 403: "Updates are off",
             404: "Not found", 405: "Method not allowed", 406: "No acceptable format",
             413: "The request is larger than the limit", 415: "Unsupported media type",
             502: "The store failed", 503: "The time limit was hit (or no worker was free within it)"}
    out = {str(s): {"description": words[s], "content": {"application/json": {"schema": _ref("schemas/Error")}}}
           for s in statuses}
    out["500"] = {"description": "Unexpected error (logged; no traceback is sent)",
                  "content": {"application/json": {"schema": _ref("schemas/Error")}}}
    return out


READ_ERRORS = (400, 404, 406, 413, 502, 503)
WRITE_ERRORS = (400, 401, 403, 413, 415, 502, 503)


def document(config: Config, catalogue: Catalogue) -> dict:
    """The OpenAPI document for an app with this configuration and catalogue."""
    truncated = {
        "X-KG-Truncated": {"description": f"`true` when the answer was cut at the row limit "
                                          f"({config.max_rows} rows); SPARQL JSON answers then also carry "
                                          "a top-level `warning` object {code: truncated, max_rows, message}",
                           "schema": {"type": "string", "enum": ["true"]}},
        "X-KG-Max-Rows": {"description": "The row limit, when the answer was cut", "schema": {"type": "integer"}},
        "ETag": {"description": "A validator for If-None-Match (304 when unchanged)", "schema": {"type": "string"}},
    }
    table_answer = {"200": {"description": "SELECT results (SPARQL JSON, XML, CSV or TSV by Accept or ?format=)",
                            "headers": truncated, "content": _content(TABLE_TYPES)}}
    query_answer = {"200": {"description": "SELECT/ASK results as SPARQL JSON, XML, CSV or TSV; CONSTRUCT/"
                                           "DESCRIBE results as Turtle, N-Triples, JSON-LD or RDF/XML (by Accept); "
                                           "without a query, the service description (Turtle)",
                            "headers": truncated, "content": _content(TABLE_TYPES + GRAPH_TYPES)}}
    graph_answer = {"200": {"description": "RDF (Turtle unless Accept or ?format= asks otherwise)",
                            "content": _content(GRAPH_TYPES)}}
    dataset = [{"name": "default-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
                "description": "A graph of the dataset's default graph (repeatable); overrides FROM"},
               {"name": "named-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
                "description": "A named graph of the dataset (repeatable); overrides FROM NAMED"}]
    using = [{"name": "using-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
             {"name": "using-named-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}]
    graph_param = [{"name": "graph", "in": "query", "schema": {"type": "string", "format": "iri"},
                    "description": "The named graph (an article's IRI, or the ontology graph)"},
                   {"name": "default", "in": "query", "allowEmptyValue": True, "schema": {"type": "string"},
                    "description": "The default graph (the union of all graphs), instead of ?graph="}]
    write = {"security": [{"bearer": []}] if config.updates == "token" else [{"bearer": []}, {}]}
    names = sorted(catalogue.queries)

    paths = {
        "/sparql": {
            "get": {"summary": "SPARQL 1.1 Protocol query (or, without ?query, the service description)",
                    "operationId": "sparqlGet", "tags": ["SPARQL"],
                    "parameters": [{"name": "query", "in": "query", "schema": {"type": "string"},
                                    "description": "The SPARQL query"}, *dataset, _ref("parameters/format")],
                    "responses": {**query_answer, **_errors(*READ_ERRORS)}},
            "post": {"summary": "SPARQL 1.1 Protocol query, as a form (query=) or as application/sparql-query",
                     "operationId": "sparqlPost", "tags": ["SPARQL"], "parameters": dataset,
                     "requestBody": {"required": True, "content": {
                         "application/x-www-form-urlencoded": {"schema": {
                             "type": "object", "required": ["query"], "properties": {
                                 "query": {"type": "string"},
                                 "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                                 "named-graph-uri": {"type": "array", "items": {"type": "string"}}}}},
                         "application/sparql-query": {"schema": {"type": "string"}}}},
                     "responses": {**query_answer, **_errors(*READ_ERRORS, 415)}},
        },
        "/sparql/update": {
            "post": {"summary": "SPARQL 1.1 Update (refused unless the server enables updates; with "
                                "`--updates token` it needs Authorization: Bearer TOKEN). In updates the "
                                "default graph is the store's own, not the union: use GRAPH or USING.",
                     "operationId": "sparqlUpdate", "tags": ["SPARQL"], "parameters": using, **write,
                     "requestBody": {"required": True, "content": {
                         "application/x-www-form-urlencoded": {"schema": {
                             "type": "object", "required": ["update"], "properties": {
                                 "update": {"type": "string"},
                                 "using-graph-uri": {"type": "array", "items": {"type": "string"}},
                                 "using-named-graph-uri": {"type": "array", "items": {"type": "string"}}}}},
                         "application/sparql-update": {"schema": {"type": "string"}}}},
                     "responses": {"204": {"description": "Done, in one transaction"}, **_errors(*WRITE_ERRORS)}},
        },
        "/rdf-graphs": {
            "get": {"summary": "Graph Store Protocol: read one graph", "operationId": "graphGet",
                    "tags": ["Graph store"], "parameters": [*graph_param, _ref("parameters/graphFormat")],
                    "responses": {**graph_answer, **_errors(*READ_ERRORS)}},
            "put": {"summary": "Replace a named graph (updates enabled)", "operationId": "graphPut",
                    "tags": ["Graph store"], "parameters": graph_param, **write,
                    "requestBody": _ref("requestBodies/graph"),
                    "responses": {"201": {"description": "Created"}, "204": {"description": "Replaced"},
                                  **_errors(*WRITE_ERRORS)}},
            "post": {"summary": "Add to a named graph (updates enabled)", "operationId": "graphPost",
                     "tags": ["Graph store"], "parameters": graph_param, **write,
                     "requestBody": _ref("requestBodies/graph"),
                     "responses": {"201": {"description": "Created"}, "204": {"description": "Added"},
                                   **_errors(*WRITE_ERRORS)}},
            "delete": {"summary": "Drop a named graph (updates enabled)", "operationId": "graphDelete",
                       "tags": ["Graph store"], "parameters": graph_param, **write,
                       "responses": {"204": {"description": "Dropped"}, **_errors(*WRITE_ERRORS, 404)}},
        },
        "/queries": {
            "get": {"summary": "The catalogue of canned queries: name, summary, columns, typed parameters",
                    "operationId": "listQueries", "tags": ["Canned queries"],
                    "responses": {"200": {"description": "The catalogue", "content": {"application/json": {
                        "schema": {"type": "object", "properties": {
                            "queries": {"type": "array", "items": _ref("schemas/CannedQuery")}}}}}},
                        **_errors()}},
        },
        "/queries/{name}": {
            "get": {"summary": "Run a canned query with its parameters bound (e.g. "
                               "/queries/who-met-whom?topic=Ukraine); its parameters are listed by GET /queries",
                    "operationId": "runQuery", "tags": ["Canned queries"],
                    "parameters": [{"name": "name", "in": "path", "required": True,
                                    "schema": {"type": "string", "enum": names}},
                                   *_canned_parameters(catalogue), _ref("parameters/format"),
                                   *_paging("rows")],
                    "responses": {**table_answer, **_errors(*READ_ERRORS)}},
        },
        "/export": {
            "get": {"summary": "The ontology and the data together as OWL 2 DL, ready for Protégé",
                    "operationId": "export", "tags": ["Export"],
                    "parameters": [{"name": "graph", "in": "query", "schema": {"type": "string"},
                                    "description": "Only this graph (an article's IRI)"},
                                   _ref("parameters/graphFormat")],
                    "responses": {**graph_answer, **_errors(*READ_ERRORS)}},
        },
        "/entities/{entity_id}": {
            "get": {"summary": "One entity: labels, aliases and events (JSON), or its statements as RDF",
                    "operationId": "entity", "tags": ["Entities"],
                    "parameters": [{"name": "entity_id", "in": "path", "required": True,
                                    "schema": {"type": "string"}, "example": "vladimir-putin",
                                    "description": "The local name after https://w3id.org/news-kg/id/"},
                                   {"name": "format", "in": "query",
                                    "schema": {"type": "string", "enum": ["json", *GRAPH_NAMES]}},
                                   *_paging("events of the JSON answer (newest first)")],
                    "responses": {"200": {"description": "The entity", "content": {
                        "application/json": {"schema": _ref("schemas/Entity")}, **_content(GRAPH_TYPES)}},
                        **_errors(*READ_ERRORS)}},
        },
        "/": {"get": {"summary": "The query page", "operationId": "page", "tags": ["Page"],
                      "responses": {"200": {"description": "HTML", "content": _content(["text/html"])},
                                    **_errors()}}},
        "/static/{filename}": {"get": {"summary": "The query page's files", "operationId": "static",
                                       "tags": ["Page"],
                                       "parameters": [{"name": "filename", "in": "path", "required": True,
                                                       "schema": {"type": "string"}}],
                                       "responses": {"200": {"description": "A file"}, **_errors(404)}}},
        "/openapi.json": {"get": {"summary": "This document", "operationId": "openapi", "tags": ["Page"],
                                  "responses": {"200": {"description": "OpenAPI 3.1",
                                                        "content": _content(["application/json"], {"type": "object"})},
                                                **_errors()}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "News knowledge graph API", "version": "0.1.0",
                 "description": "Who met, supplied and attacked whom, from news articles: canned queries, a "
                                "SPARQL 1.1 endpoint (Protocol, Graph Store Protocol, service description), "
                                "export for Protégé and entity lookup. Limits: each query may run "
                                f"{config.query_timeout:g} s (then 503) and return {config.max_rows} rows "
                                "(then X-KG-Truncated: true); requests may be "
                                f"{config.max_request_bytes} bytes (then 413). The server never fetches from "
                                "the web: SERVICE (unless allow-listed), LOAD and FROM <url> are refused "
                                "with 400. Every error has the JSON shape of components/schemas/Error.",
                 "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}},
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "The server's update token (KG_UPDATE_TOKEN)"}},
            "parameters": {
                "format": {"name": "format", "in": "query", "description": "A format name instead of Accept",
                           "schema": {"type": "string", "enum": TABLE_NAMES + GRAPH_NAMES}},
                "graphFormat": {"name": "format", "in": "query", "description": "A format name instead of Accept",
                                "schema": {"type": "string", "enum": GRAPH_NAMES}},
            },
            "requestBodies": {"graph": {"required": True, "content": {
                "text/turtle": {"schema": {"type": "string"}}, "application/n-triples": {"schema": {"type": "string"}}}}},
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                    "type": "object", "required": ["code", "message", "status"],
                    "properties": {"code": {"type": "string", "examples": ["query_syntax", "query_timeout"]},
                                   "message": {"type": "string"}, "status": {"type": "integer"}},
                    "additionalProperties": True}}},
                "CannedQuery": {"type": "object", "properties": {
                    "name": {"type": "string"}, "summary": {"type": "string"}, "query": {"type": "string"},
                    "columns": {"type": "array", "items": {"type": "string"}},
                    "parameters": {"type": "array", "items": {"type": "object", "properties": {
                        "name": {"type": "string"}, "type": {"type": "string"}, "required": {"type": "boolean"},
                        "description": {"type": "string"}, "choices": {"type": "array", "items": {"type": "string"}}}}}}},
                "Entity": {"type": "object", "properties": {
                    "id": {"type": "string"}, "iri": {"type": "string"}, "label": {"type": ["string", "null"]},
                    **{k: {"type": "array", "items": {"type": "string"}}
                       for k in ("types", "labels", "aliases", "sameAs", "mentionedIn")},
                    "events": {"type": "array", "items": {"type": "object", "properties": {
                        "iri": {"type": "string"}, "type": {"type": "string"}, "label": {"type": ["string", "null"]},
                        "roles": {"type": "array", "items": {"type": "string"}},
                        "status": {"type": ["string", "null"]}, "date": {"type": ["string", "null"]},
                        "datePrecision": {"type": ["string", "null"]}, "dateEnd": {"type": ["string", "null"]},
                        "sources": {"type": "array", "items": {"type": "string"}}}}},
                    "mentionCount": {"type": "integer", "description": "How many articles mention the entity "
                                                                       "(mentionedIn: a page of them, newest first)"},
                    "more": {"type": "boolean", "description": "Whether events or articles follow this page"}}},
            },
        },
    }


def _paging(what: str) -> list[dict]:
    """limit and offset, for an answer paged by `what`."""
    return [{"name": "limit", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1},
             "description": f"How many {what} (at most the row limit); a page with more after it carries "
                            "Link: <next page>; rel=\"next\""},
            {"name": "offset", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 0},
             "description": f"How many {what} to skip"}]


def _canned_parameters(catalogue: Catalogue) -> list[dict]:
    """The canned queries' parameters (their union; each query takes some of them)."""
    seen: dict[str, dict] = {}
    for query in catalogue.queries.values():
        for p in query.params:
            entry = seen.setdefault(p.name, {"name": p.name, "in": "query", "required": False,
                                             "schema": {"type": "string"},
                                             "description": f"A {p.type} parameter; GET /queries says what it "
                                                            "means for each query that takes it (x-queries)"})
            if p.choices:
                entry["schema"] = {"type": "string", "enum": list(p.choices)}
            entry.setdefault("x-queries", []).append(query.name)
    return list(seen.values())
