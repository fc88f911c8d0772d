"""The OpenAPI document served at /openapi.json describes exactly the app's routes and methods,
names every canned query, and is a valid OpenAPI 3.1 document."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from api import create_app
from helpers import LiveServer, fetch, write_sample_store
from kg.store.catalogue import Catalogue

IGNORED_METHODS = {"HEAD", "OPTIONS"}
SETTINGS = {"updates": "token", "update_token": "t"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return write_sample_store(tmp_path_factory.mktemp("openapi") / "store")


@pytest.fixture(scope="module")
def app(store):
    app = create_app({"store": str(store), **SETTINGS})
    yield app
    app.extensions["kg"].executor.close()


@pytest.fixture(scope="module")
def doc(app):
    """The document as the app answers it (Flask's test client; the live server: below)."""
    reply = app.test_client().get("/openapi.json")
    assert reply.status_code == 200 and reply.mimetype == "application/json"
    return reply.get_json()


@pytest.mark.slow   # starts a server
def test_the_live_server_serves_the_same_document(store, doc):
    with LiveServer({"store": str(store), **SETTINGS}) as live:
        reply = fetch("GET", live.url + "/openapi.json")
    assert reply.status == 200 and reply.media_type == "application/json"
    assert reply.json() == doc


def routes(app) -> set[tuple[str, str]]:
    """(OpenAPI path, method) of every rule: /queries/<name> becomes /queries/{name}."""
    out = set()
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule.rule)
        out |= {(path, m.lower()) for m in rule.methods - IGNORED_METHODS}
    return out


def test_the_document_describes_exactly_the_routes(app, doc):
    described = {(path, method) for path, item in doc["paths"].items() for method in item
                 if method in ("get", "put", "post", "delete", "patch")}
    assert described == routes(app)


def test_path_parameters_match_the_rules(doc):
    for path, item in doc["paths"].items():
        names = set(re.findall(r"{([a-z_]+)}", path))
        for operation in item.values():
            declared = {p["name"] for p in operation.get("parameters", []) if "in" in p and p["in"] == "path"}
            assert declared == names, path


def test_every_operation_documents_the_error_shape(doc):
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            assert operation["operationId"] and operation["summary"], (path, method)
            errors = {code: r for code, r in operation["responses"].items() if code.startswith(("4", "5"))}
            assert "500" in errors, (path, method)
            for response in errors.values():
                assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}


def test_the_canned_queries_and_their_parameters_are_named(doc):
    operation = doc["paths"]["/queries/{name}"]["get"]
    name = next(p for p in operation["parameters"] if p.get("name") == "name")
    catalogue = Catalogue()
    assert name["schema"]["enum"] == sorted(catalogue.queries)
    documented = {p["name"] for p in operation["parameters"] if "name" in p} - {"name"}
    assert documented == {p.name for q in catalogue.queries.values() for p in q.params} | {"limit", "offset"}
    entity = doc["paths"]["/entities/{entity_id}"]["get"]
    assert {"limit", "offset"} <= {p["name"] for p in entity["parameters"] if "name" in p}
    assert doc["components"]["schemas"]["Entity"]["properties"]["more"]["type"] == "boolean"


def test_writes_are_marked_as_needing_the_token(doc):
    for path, method in [("/sparql/update", "post"), ("/rdf-graphs", "put"), ("/rdf-graphs", "delete")]:
        assert {"bearer": []} in doc["paths"][path][method]["security"]
    assert doc["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"


def test_every_reference_resolves(doc):
    text = json.dumps(doc)
    for ref in set(re.findall(r'"\$ref": "#/([^"]+)"', text)):
        node = doc
        for part in ref.split("/"):
            node = node[part]


def test_it_is_valid_openapi(doc, tmp_path):
    """With openapi-spec-validator where it is installed (this venv, or the machine's python3)."""
    try:
        from openapi_spec_validator import validate
    except ImportError:
        python = shutil.which("python3")
        probe = python and subprocess.run([python, "-c", "import openapi_spec_validator"], capture_output=True)
        if not probe or probe.returncode:
            pytest.skip("openapi-spec-validator is not installed")
        path = tmp_path / "openapi.json"
        path.write_text(json.dumps(doc))
        result = subprocess.run([python, "-c", "import json, sys; from openapi_spec_validator import validate; "
                                 "validate(json.load(open(sys.argv[1])))", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr[-3000:]
        return
    validate(doc)
