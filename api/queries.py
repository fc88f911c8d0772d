"""Canned queries: GET /queries (the catalogue) and GET /queries/NAME?param=value (one of them,
its parameters typed and bound, answered like /sparql: by Accept or ?format=)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from .http import answer_response, choose_format, services, single

bp = Blueprint("queries", __name__)


@bp.get("/queries")
def catalogue():
    return jsonify({"queries": services().catalogue.describe()})


@bp.get("/queries/<name>")
def run(name: str):
    args = {key: single(request.args, key) for key in request.args if key != "format"}
    services().catalogue.get(name).bindings(args)   # an unknown query or a bad parameter before the format
    fmt = choose_format(("table",))
    return answer_response(services().canned(name, args, fmt.name))
