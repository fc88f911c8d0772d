"""One JSON shape for every error (KGError.to_dict()), with the right status: the project's own
errors, Flask's (404, 405, 413, ...) and unexpected exceptions (500, logged, no traceback sent)."""

from __future__ import annotations

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

        limit = services().config.max_request_bytes
        error = kg_errors.PayloadTooLarge(f"the request is larger than this server's limit of {limit} bytes",
                                          limit=limit)
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
    error = KGError("an unexpected error occurred on the server; it has been logged")
    error.code = "internal_error"
    return error_response(error)


def register(app: Flask) -> None:
    app.register_error_handler(KGError, error_response)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
