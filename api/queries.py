"""Canned queries: GET /queries (the catalogue) and GET /queries/NAME?param=value (one of them,
its parameters typed and bound, answered like /sparql: by Accept or ?format=)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from kg.store.executor import answer_canned

from .http import answer_response, choose_format, services, single

bp = Blueprint("queries", __name__)


@bp.get("/queries")
def catalogue():
    return jsonify({"queries": services().catalogue.describe()})


@bp.get("/queries/<name>")
def run(name: str):
    query = services().catalogue.get(name)
    args = {key: single(request.args, key) for key in request.args if key != "format"}
    query.bindings(args)                     # a bad parameter is a 400 before any work
    fmt = choose_format(("table",))
    answer = services().executor.read(answer_canned, query, args, fmt.name, max_rows=services().config.max_rows)
    return answer_response(answer)
