"""The query page (GET /, its files under /static/) and the API's description (GET /openapi.json)."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify

from .http import services
from .openapi import document

bp = Blueprint("pages", __name__)


@bp.get("/")
def index():
    return current_app.send_static_file("index.html")


@bp.get("/openapi.json")
def openapi():
    return jsonify(document(services().config, services().catalogue))
