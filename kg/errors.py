"""One error hierarchy. Every error carries a stable code, a message that says what went
wrong and what to do, and the HTTP status the API answers it with."""

from __future__ import annotations


class KGError(Exception):
    """Base of every error the project raises on purpose."""

    code = "kg_error"
    status = 500

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = {k: v for k, v in details.items() if v is not None}

    def to_dict(self) -> dict:
        """The one JSON error shape: {"error": {"code", "message", "status", ...details}}."""
        return {"error": {"code": self.code, "message": self.message, "status": self.status, **self.details}}


class ConfigError(KGError):
    code, status = "config_error", 500


class InputError(KGError):
    """An article file that cannot be read: binary, empty, bad encoding, bad JSON line."""

    code, status = "bad_input", 400


class BadRequest(KGError):
    code, status = "bad_request", 400


class ParameterError(BadRequest):
    code = "bad_parameter"


class QuerySyntaxError(BadRequest):
    code = "query_syntax"


class ForbiddenClause(BadRequest):
    """A query clause that would make the server fetch from the network (SERVICE, LOAD, FROM <url>)."""

    code = "forbidden_clause"


class NotAcceptable(KGError):
    code, status = "not_acceptable", 406


class UnsupportedMediaType(KGError):
    code, status = "unsupported_media_type", 415


class NotFound(KGError):
    code, status = "not_found", 404


class MethodNotAllowed(KGError):
    code, status = "method_not_allowed", 405


class Unauthorized(KGError):
    code, status = "unauthorized", 401


class Forbidden(KGError):
    code, status = "forbidden", 403


class PayloadTooLarge(KGError):
    code, status = "payload_too_large", 413


class QueryTimeout(KGError):
    """A query stopped at the time limit, or not started within it (reason "busy"); details carry
    retry_after (seconds), which the API also sends as Retry-After."""

    code, status = "query_timeout", 503


class QueryTooLarge(KGError):
    """A query stopped because it needed more memory than a query may use (config.query_memory)."""

    code, status = "query_memory", 503


class QueryTooDeep(BadRequest):
    """A query or update nested deeper (or chained longer) than the server reads."""

    code = "query_too_deep"


class StoreError(KGError):
    """The store failed: a remote SPARQL server unreachable or answering with an error."""

    code, status = "store_error", 502


class QueryFileError(ConfigError):
    """A canned query file under queries/ is broken; start-up stops with its name."""

    code = "query_file"


class ReasonerError(KGError):
    code, status = "reasoner_error", 500


class InconsistentGraph(ReasonerError):
    code, status = "inconsistent", 409
