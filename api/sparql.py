"""The SPARQL endpoint: SPARQL 1.1 Protocol queries at /sparql, updates at /sparql/update.

Queries: GET ?query=, POST application/x-www-form-urlencoded (query=), POST
application/sparql-query; default-graph-uri / named-graph-uri select the dataset (the default
graph is otherwise the union of all graphs). SELECT/ASK answer as SPARQL JSON, XML, CSV or TSV,
CONSTRUCT/DESCRIBE as Turtle, N-Triples, JSON-LD or RDF/XML, by Accept (or ?format=). GET /sparql
without a query answers the service description (Turtle).

Updates (off unless configured): POST application/x-www-form-urlencoded (update=) or
application/sparql-update, with using-graph-uri / using-named-graph-uri."""

from __future__ import annotations

import re
from typing import Callable
from urllib.parse import parse_qsl

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, request
from werkzeug.http import generate_etag, http_date, quote_etag
from werkzeug.utils import get_content_type
from werkzeug.wrappers import Request

from kg.errors import BadRequest, UnsupportedMediaType
from kg.service import answer_kinds
from kg.store.results import negotiate, serialize_triples
from kg.store.sparql_text import tokens
from kg.vocab import ENTAILMENT_NS, FORMATS_NS, RDF, RDFS, RDFS_NS, SD_NS

from .http import (answer_response, body_text, cache_control, choose_format, no_content, require_write_access,
                   services, truncation_headers)

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


@bp.route("/sparql", methods=["GET", "POST"])
def query():
    text, default_graph, named_graphs = _read_query()
    if text is None:
        return service_description()
    fmt = choose_format(answer_kinds(text))
    answer = services().query(with_base(text, lambda: request.base_url), fmt.name,
                              default_graph=default_graph, named_graphs=named_graphs)
    return answer_response(answer)


@bp.route("/sparql/update", methods=["POST"])
def update():
    require_write_access()
    text, using, using_named = _read_update()
    if using or using_named:
        text = add_using(text, using, using_named)
    services().update(with_base(text, lambda: request.base_url))
    return no_content()


# --------------------------------------------------------------------------- the common request, without Flask
# What a plain GET /sparql?query=... may not carry to be answered by PlainGet: headers that ask
# for CORS or a conditional answer, and a body.
_NOT_PLAIN = ("HTTP_ORIGIN", "HTTP_IF_NONE_MATCH", "HTTP_IF_MATCH", "HTTP_IF_MODIFIED_SINCE",
              "HTTP_IF_UNMODIFIED_SINCE", "HTTP_IF_RANGE", "HTTP_TRANSFER_ENCODING")


class PlainGet:
    """WSGI middleware for the protocol's commonest request: GET /sparql with one `query`
    parameter and nothing else. Flask's dispatch (request context, hooks, routing, response
    object) costs about as much as the store worker answering a small query, so that request is
    answered here, with what query() and the after-request hooks would send: the same body,
    status and headers. Every other request (`wrapped`, the Flask app's own WSGI callable), and
    every error (a bad query, a format not acceptable, a timeout), goes through Flask: the one
    place errors take their JSON shape."""

    def __init__(self, app: Flask, wrapped) -> None:
        self.app, self.wrapped = app, wrapped

    def __call__(self, environ, start_response):
        service = self.app.extensions["kg"]
        text = _plain_query(environ, service.config.max_request_bytes)
        if text is None:
            return self.wrapped(environ, start_response)
        try:
            fmt = negotiate(environ.get("HTTP_ACCEPT"), answer_kinds(text))
            answer = service.query(with_base(text, lambda: Request(environ).base_url), fmt.name)
        except Exception as exc:  # noqa: BLE001 - answered by the app's error handlers
            return self._error(environ, start_response, exc)
        body = answer.body
        start_response("200 OK", [
            ("Content-Type", get_content_type(answer.media_type, "utf-8")),
            ("Content-Length", str(len(body))),
            ("Vary", "Accept"),
            *truncation_headers(answer, service.config),
            ("Cache-Control", cache_control(service.config)),
            ("ETag", quote_etag(generate_etag(body))),
            ("Date", http_date()),
        ])
        return [body]

    def _error(self, environ, start_response, exc: Exception):
        """The app's answer to an error met on the plain path, as if its view had raised it."""
        app = self.app
        with app.request_context(environ):
            response = app.process_response(app.make_response(app.handle_user_exception(exc)))
        return response(environ, start_response)


def _plain_query(environ, max_bytes: int) -> str | None:
    """The query text of a plain GET /sparql?query=... (see PlainGet), else None."""
    if environ.get("REQUEST_METHOD") != "GET" or environ.get("PATH_INFO") != "/sparql":
        return None
    if any(name in environ for name in _NOT_PLAIN) or environ.get("CONTENT_LENGTH") not in (None, "", "0"):
        return None
    qs = environ.get("QUERY_STRING", "")
    if len(qs) > max_bytes:
        return None
    try:
        pairs = parse_qsl(qs, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        return None
    if len(pairs) != 1 or pairs[0][0] != "query" or not pairs[0][1].strip():
        return None
    return pairs[0][1]


# --------------------------------------------------------------------------- reading requests
def _read_query() -> tuple[str | None, list[str] | None, list[str] | None]:
    """(query text, default graphs, named graphs) of a protocol request; no text for a bare GET."""
    args = request.args
    if request.method == "GET":
        if "update" in args:
            raise BadRequest("an update cannot be sent with GET; POST it to /sparql/update")
        if "query" not in args:
            return None, None, None
        text, params = _one(args.getlist("query"), "query"), [args]
    elif request.mimetype == UPDATE_TYPE:
        raise UnsupportedMediaType("this is the query endpoint; POST updates to /sparql/update")
    else:
        text, params = _read_post("query", QUERY_TYPE, "update",
                                  "this is an update, not a query; POST it to /sparql/update")
    if not text.strip():
        raise BadRequest("the query is empty")
    default_graph = _graphs(params, "default-graph-uri")
    named_graphs = _graphs(params, "named-graph-uri")
    return text, default_graph, named_graphs


def _read_update() -> tuple[str, list[str], list[str]]:
    """(update text, using graphs, using named graphs) of a protocol request."""
    text, params = _read_post("update", UPDATE_TYPE, "query", "this is a query, not an update; send it to /sparql")
    if not text.strip():
        raise BadRequest("the update is empty")
    return text, _graphs(params, "using-graph-uri") or [], _graphs(params, "using-named-graph-uri") or []


def _read_post(name: str, body_type: str, other: str, other_message: str) -> tuple[str, list]:
    """(text, parameter sources) of a POSTed query or update (`name`): a form field, or the whole
    body of `body_type`. A form that carries the `other` operation is refused with other_message."""
    args = request.args
    if request.mimetype == FORM:
        if other in request.form:
            raise BadRequest(other_message)
        text, params = _one(request.form.getlist(name) + args.getlist(name), name), [request.form, args]
    elif request.mimetype == body_type:
        if name in args:
            raise BadRequest(f"the {name} is the body of an {body_type} request; do not also give ?{name}=")
        text, params = body_text(), [args]
    else:
        article = "an" if name == "update" else "a"
        raise UnsupportedMediaType(f"POST {article} {name} as {FORM} ({name}=...) or as {body_type}, not "
                                   f"{request.mimetype or 'without a Content-Type'}",
                                   media_type=request.mimetype or None)
    return text, params


def _one(values: list[str], name: str) -> str:
    if len(values) != 1:
        raise BadRequest(f"give exactly one {name!r} parameter, not {len(values)}", parameter=name)
    return values[0]


def _graphs(sources, name: str) -> list[str] | None:
    """The IRIs of a repeatable dataset parameter, or None when it is absent."""
    values = [v for source in sources for v in source.getlist(name)]
    if not values:
        return None
    for value in values:
        try:
            ox.NamedNode(value)
        except ValueError:
            raise BadRequest(f"{name}: {value!r} is not an absolute IRI", parameter=name) from None
    return values


# --------------------------------------------------------------------------- query text
_ABSOLUTE = re.compile(r"^<[A-Za-z][A-Za-z0-9+.\-]*:")


def with_base(text: str, endpoint: str | Callable[[], str]) -> str:
    """The text with `BASE <endpoint>` in front when it uses relative IRIs: the endpoint is the
    base IRI the protocol suggests (without a base, relative IRIs are a syntax error). `endpoint`
    may be a function giving it, asked only then."""
    if not any(t.kind == "iri" and not _ABSOLUTE.match(t.text) for t in tokens(text)):
        return text
    try:
        base = ox.NamedNode(endpoint() if callable(endpoint) else endpoint)
    except ValueError:
        return text
    return f"BASE {base}\n{text}"


def add_using(text: str, graphs: list[str], named: list[str]) -> str:
    """The protocol's using-graph-uri / using-named-graph-uri as USING / USING NAMED clauses of
    every DELETE/INSERT ... WHERE operation. An update that names its own dataset (USING, USING
    NAMED or WITH) conflicts with them: BadRequest. (DELETE WHERE takes no dataset clause.)"""
    toks = tokens(text)
    clash = next((t.text.upper() for t in toks if t.kind == "word" and t.text.upper() in ("USING", "WITH")), None)
    if clash:
        raise BadRequest(f"the update has a {clash} clause and the request gives using-graph-uri or "
                         "using-named-graph-uri: give the dataset one way only")
    clause = "".join(f" USING {ox.NamedNode(g)}" for g in graphs) + \
        "".join(f" USING NAMED {ox.NamedNode(g)}" for g in named)
    depth, at = 0, []
    for prev, tok in zip([None, *toks], toks):
        if tok.text == "{":
            depth += 1
        elif tok.text == "}":
            depth -= 1
        elif depth == 0 and tok.kind == "word" and tok.text.upper() == "WHERE" and prev is not None \
                and prev.text == "}":
            at.append(tok.start)
    for start in reversed(at):
        text = f"{text[:start]}{clause.strip()}\n{text[start:]}"
    return text


# --------------------------------------------------------------------------- service description
SD = SD_NS
FORMATS = FORMATS_NS
RESULT_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD", "RDF_XML"]


def service_description() -> Response:
    """The SPARQL 1.1 Service Description of this endpoint (Turtle unless asked otherwise)."""
    config = services().config
    fmt = choose_format(("graph",))
    n = ox.NamedNode
    rdf_type, service = RDF.type, ox.BlankNode()
    dataset, default = ox.BlankNode(), ox.BlankNode()
    t = ox.Triple
    triples = [
        t(service, rdf_type, n(SD + "Service")),
        t(service, n(SD + "endpoint"), n(request.base_url)),
        t(service, n(SD + "supportedLanguage"), n(SD + "SPARQL11Query")),
        t(service, n(SD + "feature"), n(SD + "UnionDefaultGraph")),
        t(service, n(SD + "defaultEntailmentRegime"), n(ENTAILMENT_NS + "Simple")),
        t(service, n(SD + "defaultDataset"), dataset),
        t(dataset, rdf_type, n(SD + "Dataset")),
        t(dataset, n(SD + "defaultGraph"), default),
        t(default, rdf_type, n(SD + "Graph")),
        t(service, RDFS.comment, ox.Literal(
            f"News knowledge graph. Each query may run {config.query_timeout:g} s and return "
            f"{config.max_rows} rows; SERVICE and LOAD are refused"
            + (f" except for {', '.join(config.allowed_services)}" if config.allowed_services else "")
            + ". Updates: " + ({"off": "off", "open": "POST to /sparql/update",
                                "token": "POST to /sparql/update with a bearer token"}[config.updates]) + ".")),
    ]
    triples += [t(service, n(SD + "resultFormat"), n(FORMATS + name)) for name in RESULT_FORMATS]
    if config.updates != "off":
        triples.append(t(service, n(SD + "supportedLanguage"), n(SD + "SPARQL11Update")))
    if config.allowed_services:
        triples.append(t(service, n(SD + "feature"), n(SD + "BasicFederatedQuery")))
    prefixes = {"sd": SD, "formats": FORMATS, "rdfs": RDFS_NS}
    response = Response(serialize_triples(triples, fmt, prefixes), mimetype=fmt.media_type)
    response.vary.add("Accept")
    return response
