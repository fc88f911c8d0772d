"""Every error is the one JSON shape, also those the HTTP server answers before the app sees the
request (issue 11, item 9), and invalid UTF-8 is a 400 wherever it is sent: path, query string,
form body or SPARQL body. Raw requests over a socket to the real server (api.serve, what
`kg serve` runs), so nothing in between tidies them up."""

from __future__ import annotations

import json
import socket
from urllib.parse import quote, urlsplit

import pytest

from helpers import LiveServer, fetch, write_sample_store

pytestmark = pytest.mark.slow

LIMIT = 4096
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = write_sample_store(tmp_path_factory.mktemp("wsgi-errors") / "store")
    with LiveServer({"store": str(store), "max_request_bytes": LIMIT, "updates": "open"}) as live:
        yield live


def raw(server, data: bytes, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    """Send `data` as it is, read the answer to the end: (status, headers, body)."""
    url = urlsplit(server.url)
    with socket.create_connection((url.hostname, url.port), timeout=timeout) as sock:
        sock.sendall(data)
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer.partition(b"\r\n\r\n")[2]) < _length(answer):
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, headers, body


def _length(answer: bytes) -> int:
    for line in answer.partition(b"\r\n\r\n")[0].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 1 << 30


def assert_json_error(status: int, headers: dict[str, str], body: bytes, expected: int, code: str) -> dict:
    assert status == expected, (status, headers, body)
    assert headers["content-type"].split(";")[0] == "application/json", headers
    assert headers.get("cache-control") == "no-store"
    document = json.loads(body)
    assert set(document) == {"error"}
    error = document["error"]
    assert error["status"] == expected and error["code"] == code and error["message"], error
    return error


# --------------------------------------------------------------------------- refused by the server
def test_a_url_over_the_header_limit_is_a_json_431(server):
    """A request line longer than the server reads in headers (256 KiB): sent without its end, so
    the server has read all of it when it answers."""
    status, headers, body = raw(server, b"GET /sparql?query=" + b"A" * 270_000)
    error = assert_json_error(status, headers, body, 431, "headers_too_large")
    assert error["limit"] == 262144 and "POST" in error["message"]


def test_a_body_over_the_limit_is_a_json_413_before_it_is_sent(server):
    status, headers, body = raw(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query"
                                        b"\r\nContent-Length: %d\r\n\r\n" % (LIMIT + 1))
    error = assert_json_error(status, headers, body, 413, "payload_too_large")
    assert error["limit"] == LIMIT and str(LIMIT) in error["message"]


def test_a_chunked_body_over_the_limit_is_a_json_413(server):
    chunk = b"ASK {} # " + b"x" * 2000
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(3)) + b"0\r\n\r\n"
    status, headers, body = raw(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query"
                                        b"\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks)
    assert assert_json_error(status, headers, body, 413, "payload_too_large")["limit"] == LIMIT


@pytest.mark.parametrize("request_bytes, status, code, says", [
    (b"GET /queries/\xff HTTP/1.1\r\nHost: x\r\n\r\n", 400, "bad_request", "not a valid URI"),
    (b"GET /queries/\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n", 400, "bad_request", "percent-encoded as UTF-8"),
    (b"NOT HTTP AT ALL\r\n\r\n", 400, "bad_request", "not valid HTTP"),
    (b"GET /queries HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", 400, "bad_request", "not valid HTTP"),
    (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n", 400, "bad_request", "Content-Length"),
    (b"POST /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501, "not_implemented", "chunked"),
], ids=["raw-byte-ff-in-path", "raw-utf8-in-path", "no-request-line", "bad-header", "bad-content-length",
        "unknown-transfer-encoding"])
def test_malformed_requests_are_json_errors(server, request_bytes, status, code, says):
    error = assert_json_error(*raw(server, request_bytes), status, code)
    assert says in error["message"]


def test_the_server_still_answers_after_refusing(server):
    raw(server, b"NOT HTTP AT ALL\r\n\r\n")
    assert fetch("GET", server.url + "/queries").status == 200


# --------------------------------------------------------------------------- one rule for UTF-8
QUERY = "ASK { FILTER(true) } # "


@pytest.mark.parametrize("method, target, headers, body, part", [
    ("GET", "/sparql?query=" + quote(QUERY) + "%FF", {}, None, "query string"),
    ("POST", "/sparql", FORM, b"query=" + quote(QUERY).encode() + b"%FF", "form body"),
    ("POST", "/sparql", FORM, b"query=" + quote(QUERY).encode() + b"\xff", "form body"),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query"}, QUERY.encode() + b"\xff", "body"),
    ("GET", "/queries/who-met-whom%FF", {}, None, "path"),
    ("GET", "/queries/who-met-whom?person=%C3%28", {}, None, "query string"),
])
def test_invalid_utf8_is_a_400_wherever_it_is_sent(server, method, target, headers, body, part):
    reply = fetch(method, server.url + target, body, headers)
    error = assert_json_error(reply.status, {k.lower(): v for k, v in reply.headers.items()}, reply.body,
                              400, "bad_request")
    assert error["part"] == part and "UTF-8" in error["message"]


@pytest.mark.parametrize("method, target, headers, body", [
    ("GET", "/sparql?query=" + quote(QUERY + "é"), {}, None),
    ("POST", "/sparql", FORM, "query=" + quote(QUERY + "é")),
    ("POST", "/sparql", FORM, ("query=" + quote(QUERY)).encode() + "é".encode()),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query"}, QUERY + "é"),
])
def test_the_same_requests_in_utf8_are_answered(server, method, target, headers, body):
    reply = fetch(method, server.url + target, body, {"Accept": "application/sparql-results+json", **headers})
    assert reply.status == 200 and reply.json()["boolean"] is True, reply


@pytest.mark.parametrize("headers, body", [
    (FORM, b"update=" + quote('INSERT DATA { <urn:x:s> <urn:x:p> "').encode() + b"%E9" + quote('" }').encode()),
    ({"Content-Type": "application/sparql-update"}, b'INSERT DATA { <urn:x:s> <urn:x:p> "\xe9" }'),
])
def test_an_update_in_bad_utf8_is_refused_and_writes_nothing(server, headers, body):
    reply = fetch("POST", server.url + "/sparql/update", body, headers)
    assert reply.status == 400 and reply.json()["error"]["part"] in ("form body", "body"), reply
    ask = fetch("GET", server.url + "/sparql?query=" + quote("ASK { <urn:x:s> ?p ?o }"),
                headers={"Accept": "application/sparql-results+json"})
    assert ask.json()["boolean"] is False
