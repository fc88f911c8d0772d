"""What every resource shares: the app's service (kg.service.Service), format choice, request
bodies, answers with their headers, write access, request limits, CORS and caching headers."""

from __future__ import annotations

import hmac
from urllib.parse import unquote_to_bytes, urlencode

from flask import Response, current_app, request

from kg.config import Config
from kg.errors import BadRequest, Forbidden, PayloadTooLarge, Unauthorized, UnsupportedMediaType
from kg.service import Answer, Service
from kg.store.results import Format, format_by_name, negotiate

TRUNCATED_HEADER = "X-KG-Truncated"
MAX_ROWS_HEADER = "X-KG-Max-Rows"


def services() -> Service:
    """What the resources work with: the app's one kg.service.Service, in app.extensions["kg"]."""
    return current_app.extensions["kg"]


# --------------------------------------------------------------------------- request values
def single(values, name: str) -> str | None:
    """The one value of a request parameter; BadRequest when it is given more than once."""
    found = values.getlist(name)
    if len(found) > 1:
        raise BadRequest(f"the parameter {name!r} is given {len(found)} times; give it once", parameter=name)
    return found[0] if found else None


def choose_format(kinds: tuple[str, ...]) -> Format:
    """?format= when given, else the Accept header."""
    name = single(request.args, "format")
    if name:
        return format_by_name(name, kinds)
    return negotiate(request.headers.get("Accept"), kinds)


def body_bytes() -> bytes:
    """The request body, which must be UTF-8 as the SPARQL protocols and Turtle require: another
    charset is UnsupportedMediaType (415)."""
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"the body must be UTF-8, not {charset}", charset=charset)
    return request.get_data()


def body_text() -> str:
    """The request body as text (body_bytes, decoded)."""
    return utf8(body_bytes(), "body")


def utf8(data: bytes, part: str) -> str:
    """`data` decoded as UTF-8; BadRequest (400) when it is not, never text with U+FFFD in place
    of what was sent. One rule for a body, a form, a path and a query string."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the {part} is not valid UTF-8 ({exc.reason} at byte {exc.start}); send text "
                         "as UTF-8 (percent-encoded in a URL or a form)", part=part) from None


FORM_TYPE = "application/x-www-form-urlencoded"


def check_utf8() -> None:
    """before_request, after check_size: the path, the query string and a form body, once
    percent-decoded, must be UTF-8 as a SPARQL body must (body_text). Werkzeug would put U+FFFD in
    place of the bad bytes and answer as if they had been sent."""
    environ = request.environ
    utf8(_wsgi_bytes(environ.get("PATH_INFO", "")), "path")      # the server has percent-decoded it
    utf8(unquote_to_bytes(_wsgi_bytes(environ.get("QUERY_STRING", ""))), "query string")
    if request.mimetype == FORM_TYPE:
        utf8(unquote_to_bytes(body_bytes()), "form body")         # cached: request.form reads it again


def _wsgi_bytes(value: str) -> bytes:
    """The bytes a WSGI environ string stands for (PEP 3333: bytes as latin-1)."""
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        return value.encode("utf-8")


# --------------------------------------------------------------------------- answers
def answer_response(answer: Answer) -> Response:
    """A serialized answer, with the row-limit signal when it was cut."""
    response = Response(answer.body, mimetype=answer.media_type)
    response.vary.add("Accept")
    response.headers.extend(truncation_headers(answer, services().config))
    return response


def truncation_headers(answer: Answer, config: Config) -> list[tuple[str, str]]:
    """The row-limit signal of an answer that was cut (none for a whole one)."""
    if not answer.truncated:
        return []
    return [(TRUNCATED_HEADER, "true"), (MAX_ROWS_HEADER, str(config.max_rows))]


def link_next(response: Response, limit: int, offset: int) -> None:
    """`Link: <this URL with limit and offset set>; rel="next"`, the other arguments kept."""
    rest = [(k, v) for k, v in request.args.items(multi=True) if k not in ("limit", "offset")]
    nxt = request.base_url + "?" + urlencode(rest + [("limit", limit), ("offset", offset)])
    response.headers["Link"] = f'<{nxt}>; rel="next"'


def no_content(status: int = 204) -> Response:
    """The answer to a write: a status and no body."""
    response = Response(status=status)
    del response.headers["Content-Type"]
    return response


# --------------------------------------------------------------------------- writes
def require_write_access() -> None:
    """Updates and graph writes: refused unless the configuration opens them; with a token,
    only for a request that carries it (Authorization: Bearer TOKEN)."""
    config = services().config
    if config.updates == "off":
        raise Forbidden("updates are off: this endpoint is read-only. An operator can start the server "
                        "with --updates token (and KG_UPDATE_TOKEN) to accept them")
    if config.updates == "token":
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode("utf-8"),
                                                                 config.update_token.encode("utf-8")):
            raise Unauthorized("updates need the server's token: send the header "
                               "'Authorization: Bearer TOKEN'")


# --------------------------------------------------------------------------- hooks
def check_size() -> None:
    """before_request: refuse a request larger than config.max_request_bytes (413) before
    reading it; a body without a length is cut by Flask at the same limit."""
    limit = services().config.max_request_bytes
    if (request.content_length or 0) > limit or len(request.query_string) > limit:
        raise PayloadTooLarge(f"the request is larger than this server's limit of {limit} bytes",
                              limit=limit)


CORS_EXPOSED = ", ".join(["ETag", "Content-Length", TRUNCATED_HEADER, MAX_ROWS_HEADER])


def add_headers(response: Response) -> Response:
    """after_request: CORS (when configured) and caching headers."""
    config = services().config
    _cors(response, config)
    if request.method in ("GET", "HEAD") and response.status_code == 200:
        if "Cache-Control" not in response.headers:
            response.headers["Cache-Control"] = cache_control(config)
        if not response.direct_passthrough:
            response.add_etag()
            response.make_conditional(request)
    elif response.status_code >= 400:
        response.headers["Cache-Control"] = "no-store"
    return response


def cache_control(config: Config) -> str:
    """Cache-Control of a successful read. With updates on, data may change at any time: caches
    must ask again (the ETag makes that cheap). Read-only data changes only when the store is rebuilt."""
    return "no-cache" if config.updates != "off" else "public, max-age=60"


def _cors(response: Response, config: Config) -> None:
    origins = config.cors_origins
    origin = request.headers.get("Origin")
    if not origins or not origin:
        return
    if "*" in origins:
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif origin in origins:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.vary.add("Origin")
    else:
        return
    response.headers["Access-Control-Expose-Headers"] = CORS_EXPOSED
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = response.headers.get("Allow", "GET, POST, OPTIONS")
        response.headers["Access-Control-Allow-Headers"] = "Accept, Authorization, Content-Type"
        response.headers["Access-Control-Max-Age"] = "600"

