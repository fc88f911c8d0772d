"""One JSON shape for every error (KGError.to_dict()), with the right status: the project's own
errors, Flask's (404, 405, 413, ...), unexpected exceptions (500, logged, no traceback sent), and
the errors the HTTP server answers before the app sees the request (protocol_error: a request line
or headers too long, 431; a body over the limit, 413; a malformed request, 400), which api.serve
sends with error_body."""

from __future__ import annotations

import json
import logging

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from kg import errors as kg_errors
from kg.errors import KGError

log = logging.getLogger(__name__)

# Flask's own errors, as the project's error classes
_BY_STATUS = {400: kg_errors.BadRequest, 401: kg_errors.Unauthorized, 403: kg_errors.Forbidden,
              404: kg_errors.NotFound, 405: kg_errors.MethodNotAllowed, 406: kg_errors.NotAcceptable,
              413: kg_errors.PayloadTooLarge, 415: kg_errors.UnsupportedMediaType}


def error_response(error: KGError):
    response = jsonify(error.to_dict())
    response.status_code = error.status
    if isinstance(error, kg_errors.Unauthorized):
        response.headers["WWW-Authenticate"] = 'Bearer realm="kg"'
    if error.status == 503 and error.details.get("retry_after"):
        response.headers["Retry-After"] = str(error.details["retry_after"])
    return response


def _http_error(exc: HTTPException):
    status = exc.code or 500
    if status == 404:
        error = kg_errors.NotFound(f"no such resource: {request.path}; /openapi.json lists the API")
    elif status == 405:
        allowed = sorted(getattr(exc, "valid_methods", None) or [])
        error = kg_errors.MethodNotAllowed(f"{request.method} is not allowed on {request.path}; "
                                           f"use {', '.join(allowed) or 'another method'}", allowed=allowed)
    elif status == 413:
        from .http import services

        error = too_large(services().config.max_request_bytes)
    else:
        cls = _BY_STATUS.get(status)
        error = cls(exc.description or exc.name) if cls else KGError(exc.description or exc.name)
        if cls is None:
            error.code, error.status = "http_error", status
    response = error_response(error)
    if status == 405 and getattr(exc, "valid_methods", None):
        response.headers["Allow"] = ", ".join(exc.valid_methods)
    return response


def _unexpected(exc: Exception):
    log.exception("unexpected error on %s %s", request.method, request.path)
    return error_response(internal_error())


def internal_error() -> KGError:
    error = KGError("an unexpected error occurred on the server; it has been logged")
    error.code = "internal_error"
    return error


def too_large(limit: int) -> kg_errors.PayloadTooLarge:
    return kg_errors.PayloadTooLarge(f"the request is larger than this server's limit of {limit} bytes",
                                     limit=limit)


def _with_status(code: str, status: int, message: str, **details) -> KGError:
    error = KGError(message, **details)
    error.code, error.status = code, status
    return error


def protocol_error(status: int, detail: str, *, max_request_bytes: int, max_header_bytes: int) -> KGError:
    """The error for what the HTTP server refused before the app saw it: its status and its own
    description (`detail`) of what was wrong."""
    if status == 431:
        return _with_status("headers_too_large", 431, f"the request line and headers are larger than this "
                            f"server's limit of {max_header_bytes} bytes; send a long query in the body of a "
                            "POST (application/sparql-query) rather than in the URL", limit=max_header_bytes)
    if status == 413:
        return too_large(max_request_bytes)
    if status == 400 and detail.strip() == "Bad URI":
        return kg_errors.BadRequest("the request target is not a valid URI: write the path and query "
                                    "string in ASCII, anything else percent-encoded as UTF-8")
    if status == 400:
        return kg_errors.BadRequest(f"the request is not valid HTTP/1.1: {detail.strip()}")
    if status == 501:
        return _with_status("not_implemented", 501, f"{detail.strip()} (a body may be sent with "
                            "Content-Length or Transfer-Encoding: chunked)")
    if status >= 500:
        return internal_error()
    return _with_status("http_error", status, detail.strip())


def error_body(error: KGError) -> bytes:
    """The JSON body of an error answered outside Flask, as error_response writes it."""
    return (json.dumps(error.to_dict(), separators=(",", ":")) + "\n").encode("utf-8")


def register(app: Flask) -> None:
    app.register_error_handler(KGError, error_response)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
