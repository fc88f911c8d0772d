"""Every error has one JSON shape (KGError.to_dict()) and the right status: the project's own
errors, Flask's 404/405/413, and unexpected exceptions (500, no traceback in the body)."""

from __future__ import annotations

import threading
from urllib.parse import quote

import pytest

from api import create_app
from helpers import LiveServer, fetch, write_sample_store
from kg.errors import ConfigError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return write_sample_store(tmp_path_factory.mktemp("errors") / "store")


@pytest.fixture(scope="module")
def server(store):
    with LiveServer({"store": str(store), "max_request_bytes": 4096}) as live:
        yield live


def assert_error(reply, status: int, code: str | None = None) -> dict:
    assert reply.status == status, reply
    assert reply.media_type == "application/json"
    body = reply.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["status"] == status and isinstance(error["code"], str) and error["message"]
    if code:
        assert error["code"] == code
    return error


@pytest.mark.parametrize("method, path, status, code", [
    ("GET", "/nothing-here", 404, "not_found"),
    ("GET", "/queries/who-met-whom/extra", 404, "not_found"),
    ("DELETE", "/queries", 405, "method_not_allowed"),
    ("PUT", "/sparql?query=ASK%7B%7D", 405, "method_not_allowed"),
    ("GET", "/sparql/update", 405, "method_not_allowed"),
    ("POST", "/export", 405, "method_not_allowed"),
])
def test_flask_errors_have_the_one_shape(server, method, path, status, code):
    error = assert_error(fetch(method, server.url + path), status, code)
    if status == 405:
        assert error["allowed"] and method not in error["allowed"]


def test_405_says_which_methods_are_allowed(server):
    reply = fetch("DELETE", server.url + "/sparql")
    assert set(reply.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


def test_a_request_over_the_size_limit_is_a_413(server):
    query = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 5000
    error = assert_error(fetch("POST", server.url + "/sparql", query, {"Content-Type": "application/sparql-query"}),
                         413, "payload_too_large")
    assert error["limit"] == 4096 and "4096" in error["message"]
    assert_error(fetch("GET", server.url + "/sparql?query=" + quote(query)), 413, "payload_too_large")
    form = "query=" + quote(query)
    assert_error(fetch("POST", server.url + "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"}),
                 413, "payload_too_large")


def test_a_body_without_a_length_is_cut_at_the_limit(server):
    import http.client
    from urllib.parse import urlsplit

    import socket

    url = urlsplit(server.url)
    # one chunk over the limit and no end: the server must answer without waiting for the rest
    # (the whole request goes out in one send, so the server's early answer cannot break the pipe)
    chunk = b"ASK {} # " + b"x" * 9000
    request = (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
               b"Transfer-Encoding: chunked\r\n\r\n" + f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
    with socket.create_connection((url.hostname, url.port), timeout=30) as sock:
        sock.sendall(request)
        response = http.client.HTTPResponse(sock)
        response.begin()
        assert response.status == 413 and b'"payload_too_large"' in response.read()


@pytest.mark.parametrize("headers, body, status, code", [
    ({}, "ASK {}", 415, "unsupported_media_type"),
    ({"Content-Type": "text/plain"}, "ASK {}", 415, "unsupported_media_type"),
    ({"Content-Type": "application/sparql-query; charset=UTF-16"}, "ASK {}".encode("utf-16"), 415, None),
    ({"Content-Type": "application/sparql-query"}, b"ASK { \xff }", 400, "bad_request"),
    ({"Content-Type": "application/sparql-query"}, "  ", 400, "bad_request"),
    ({"Content-Type": "application/x-www-form-urlencoded"}, "query=ASK%7B%7D&query=ASK%7B%7D", 400, "bad_request"),
    ({"Content-Type": "application/sparql-query"}, "SELECT ?x WHERE {", 400, "query_syntax"),
])
def test_bad_protocol_requests(server, headers, body, status, code):
    assert_error(fetch("POST", server.url + "/sparql", body, headers), status, code)


def test_errors_are_not_cached(server):
    reply = fetch("GET", server.url + "/nothing-here")
    assert reply.headers["Cache-Control"] == "no-store"


def test_an_unexpected_exception_is_a_500_without_a_traceback(store):
    """A route that fails as a bug would; served over real HTTP by werkzeug in a thread."""
    from werkzeug.serving import make_server

    app = create_app({"store": str(store)})

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internal detail")

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        reply = fetch("GET", f"http://127.0.0.1:{server.server_port}/boom")
    finally:
        server.shutdown()
        thread.join(timeout=10)
        app.extensions["kg"].executor.close()
    error = assert_error(reply, 500, "internal_error")
    assert "secret" not in reply.text and "Traceback" not in reply.text and "logged" in error["message"]


def test_configurations_the_app_refuses(tmp_path, store):
    with pytest.raises(ConfigError, match="no store"):
        create_app({"store": str(tmp_path / "missing")})
    with pytest.raises(ConfigError, match="loopback"):
        create_app({"store": str(store), "updates": "open", "host": "0.0.0.0"})
    with pytest.raises(ConfigError, match="token"):
        create_app({"store": str(store), "updates": "token"})
    with pytest.raises(ConfigError, match="unknown setting"):
        create_app({"store": str(store), "colour": "red"})


def test_kg_serve_refuses_open_updates_on_a_public_address(store):
    server = LiveServer({"store": str(store), "updates": "open", "host": "0.0.0.0"})
    with pytest.raises(RuntimeError, match="loopback"):
        server.start()

