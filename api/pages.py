"""The query page (GET /, its files under /static/) and the API's description (GET /openapi.json)."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, current_app

bp = Blueprint("pages", __name__)

OPENAPI = Path(__file__).resolve().parent / "openapi.json"


@bp.get("/")
def index():
    return current_app.send_static_file("index.html")


@bp.get("/openapi.json")
def openapi():
    return Response(OPENAPI.read_bytes(), mimetype="application/json")
