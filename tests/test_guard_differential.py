"""The outbound-fetch guard, tested against what the engine does (issue 11): generated queries and
updates (a seeded, bounded generator) hide every outbound form (SERVICE, SERVICE SILENT, LOAD,
FROM, FROM NAMED, USING, WITH, ADD/COPY/MOVE naming a URL) among codepoint escapes, escaped
characters in prefixed names (ex:a\\#b), comments ended by \\r, strings full of quotes and
hashes, nested groups and unusual white space. Each is sent to the real server (/sparql by GET and
POST, /sparql/update with the token), and a local HTTP listener on 127.0.0.1, which every outbound
form names, must receive nothing. Twice: with the workers cut off the network (the default), and
with the network kept (worker_network=host), where only the guard stands between a query and the
listener. And: a worker cannot open a TCP connection to the listener at all (when the OS gives it
a network namespace)."""

from __future__ import annotations

import random
from pathlib import Path
from urllib.parse import urlencode

import pytest

from helpers import Listener, LiveServer, fetch, write_sample_store

pytestmark = pytest.mark.slow

TOKEN = "differential-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SEED, CASES = 20261130, 90


@pytest.fixture(scope="module")
def listener():
    web = Listener()
    yield web
    web.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return write_sample_store(tmp_path_factory.mktemp("differential") / "store")


# --------------------------------------------------------------------------- the generator
def _escape(text: str, rng: random.Random) -> str:
    """Some characters written as codepoint escapes (\\u0053 for S), as SPARQL 1.1 allows anywhere."""
    return "".join(f"\\u{ord(c):04X}" if c.isalnum() and rng.random() < 0.3 else c for c in text)


def _space(rng: random.Random) -> str:
    return rng.choice([" ", "\t", "\n", "\r", "\r\n", "  \t ", " # note\n", " #\r", " # } SERVICE\n",
                       "\n#\\u000A\n", " "])


NOISE = [
    'ex:a\\#b ?p ?o .', "ex:a\\.b ?p ?o .", "ex:a%20b ?p ?o .", '?s ?p "#" .', "?s ?p '\\'' .",
    '?s ?p """ } # " """ .', "?s ?p '''\"'''.", '?s ?p "\\u0022" .', "?s ?p <http://e/\\u0023x> .",
    '?s ?p "\\\\" .', "{ ?s ?p ?o } UNION { ?s ?p ?o }", "OPTIONAL { ?s ?p ?o }", "FILTER(?o != \"}\")",
    "?s ?p ?o .", "BIND(\"#\" AS ?h)", "{ { ?s ?p ?o } }",
]


def _noise(rng: random.Random) -> str:
    return " ".join(rng.choice(NOISE) for _ in range(rng.randint(0, 3)))


def _group(inner: str, rng: random.Random) -> str:
    for _ in range(rng.randint(0, 3)):
        inner = rng.choice(["{ %s }", "{ %s } UNION { ?s ?p ?o }", "OPTIONAL { %s }",
                            "{ SELECT * WHERE { %s } }", "MINUS { %s }"]) % inner
    return inner


def _kw(word: str, rng: random.Random) -> str:
    word = "".join(c.lower() if rng.random() < 0.3 else c for c in word)
    return _escape(word, rng) if rng.random() < 0.3 else word


def generate(url: str, n: int = CASES, seed: int = SEED) -> list[tuple[str, str]]:
    """(kind, text) pairs: kind "query" or "update"; each names the listener in an outbound form."""
    rng = random.Random(seed)
    prefix = "PREFIX ex: <http://example.org/> PREFIX web: <%s/> " % url
    out = []
    for i in range(n):
        s = lambda: _space(rng)  # noqa: E731
        target = rng.choice([f"<{url}/x{i}>", f"web:x{i}", f"<{_escape(url, rng)}/x{i}>", f"web:x\\-{i}"])
        form = rng.choice(["service", "service-silent", "from", "from-named", "load", "load-into", "using",
                           "using-named", "with", "add", "copy", "move", "update-service"])
        pre = _noise(rng)
        if form.startswith("service"):
            silent = f"{s()}{_kw('SILENT', rng)}" if form == "service-silent" else ""
            inner = f"{_kw('SERVICE', rng)}{silent}{s()}{target}{s()}{{ ?s ?p ?o }}"
            text = f"{prefix}{_kw('SELECT', rng)} *{s()}WHERE {{ {pre}{s()}{_group(inner, rng)}{s()}{_noise(rng)} }}"
            out.append(("query", text))
        elif form.startswith("from"):
            named = f"{s()}{_kw('NAMED', rng)}" if form == "from-named" else ""
            text = f"{prefix}SELECT *{s()}{_kw('FROM', rng)}{named}{s()}{target}{s()}WHERE {{ {pre} ?s ?p ?o }}"
            out.append(("query", text))
        elif form.startswith("load"):
            into = f"{s()}INTO GRAPH <http://example.org/g{i}>" if form == "load-into" else ""
            text = f"{prefix}INSERT DATA {{ ex:a ex:b {i} }} ;{s()}{_kw('LOAD', rng)}{s()}" \
                   f"{rng.choice(['', 'SILENT '])}{target}{into}"
            out.append(("update", text))
        elif form.startswith("using") or form == "with":
            clause = {"using": "USING", "using-named": "USING NAMED", "with": "WITH"}[form]
            if form == "with":
                text = f"{prefix}{_kw('WITH', rng)}{s()}{target}{s()}DELETE {{ ?s ex:gone ?o }} WHERE {{ {pre} ?s ex:gone ?o }}"
            else:
                text = f"{prefix}DELETE {{ ?s ex:gone ?o }}{s()}{_kw(clause, rng)}{s()}{target}{s()}" \
                       f"WHERE {{ {pre} ?s ex:gone ?o }}"
            out.append(("update", text))
        elif form in ("add", "copy", "move"):
            text = f"{prefix}{_kw(form.upper(), rng)}{s()}SILENT{s()}{target}{s()}TO{s()}<http://example.org/copy{i}>"
            out.append(("update", text))
        else:
            inner = f"{_kw('SERVICE', rng)}{s()}{target}{s()}{{ ?s ?p ?o }}"
            text = f"{prefix}INSERT {{ GRAPH <http://example.org/g{i}> {{ ?s ?p ?o }} }} WHERE {{ {pre} {_group(inner, rng)} }}"
            out.append(("update", text))
    return out


def test_the_generator_is_bounded_and_covers_every_form(listener):
    cases = generate(listener.url)
    assert len(cases) == CASES
    joined = "\n".join(text.upper() for _, text in cases)
    for word in ("SERVICE", "FROM", "LOAD", "USING", "WITH", "ADD", "COPY", "MOVE", "\\U00", "\\#", "\r"):
        assert word in joined or word in "\n".join(t for _, t in cases), word


def _send_all(server: LiveServer, cases: list[tuple[str, str]]) -> list[int]:
    statuses = []
    for kind, text in cases:
        if kind == "query":
            replies = [fetch("GET", server.url + "/sparql?" + urlencode({"query": text}),
                             headers={"Accept": "application/sparql-results+json"}),
                       fetch("POST", server.url + "/sparql", text.encode("utf-8"),
                             {"Content-Type": "application/sparql-query",
                              "Accept": "application/sparql-results+json"})]
        else:
            replies = [fetch("POST", server.url + "/sparql/update", text.encode("utf-8"),
                             {"Content-Type": "application/sparql-update", **AUTH}),
                       fetch("POST", server.url + "/sparql/update", urlencode({"update": text}),
                             {"Content-Type": "application/x-www-form-urlencoded", **AUTH})]
        for reply in replies:
            assert reply.status < 500, (text, reply)
            if reply.status >= 400:
                assert reply.media_type == "application/json" and "error" in reply.json()
            statuses.append(reply.status)
    return statuses


@pytest.mark.parametrize("network", ["none", "host"])
def test_no_generated_query_reaches_the_listener(store, listener, network):
    """With the workers cut off the network (none) and with only the guard (host): 0 requests."""
    listener.requests.clear()
    settings = {"store": str(store), "updates": "token", "update_token": TOKEN, "worker_network": network}
    with LiveServer(settings) as server:
        statuses = _send_all(server, generate(listener.url))
    assert listener.requests == [], f"the listener was reached: {listener.requests[:5]}"
    # the generator is not all refusals: the local forms (USING, WITH, ADD ...) were accepted
    assert 400 in statuses and any(s in (200, 204) for s in statuses)


def test_the_guard_stops_what_the_listener_proves_would_fetch(store, listener):
    """The listener is a real witness: with the endpoint allow-listed (the workers keep the
    network then), the same SERVICE query does reach it."""
    listener.requests.clear()
    endpoint = f"{listener.url}/sparql"
    with LiveServer({"store": str(store), "allowed_services": endpoint}) as server:
        reply = fetch("POST", server.url + "/sparql", f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?x ?y ?z }} }}",
                      {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
        assert reply.status == 200, reply
    assert listener.requests, "an allow-listed SERVICE reaches the listener"


# --------------------------------------------------------------------------- the namespace
def connect(store, host: str, port: int) -> str:
    """A task: try to open a TCP connection from the worker process."""
    import socket

    try:
        with socket.create_connection((host, port), timeout=2):
            return "connected"
    except OSError as exc:
        return f"refused: {exc}"


def test_a_worker_cannot_open_a_connection(store, listener, monkeypatch):
    from kg.config import Config
    from kg.store.executor import Executor

    tests = str(Path(__file__).resolve().parent)
    monkeypatch.setenv("PYTHONPATH", tests)            # so that the worker can import this task
    executor = Executor(Config.load({"store": str(store)}, environ={}))
    try:
        executor.start()
        if not executor.isolated():
            pytest.skip("this OS gives the workers no network namespace (not root, no user namespaces)")
        outcome = executor.read(connect, listener.host, listener.port)
        assert outcome.startswith("refused"), outcome
    finally:
        executor.close()
    host = Executor(Config.load({"store": str(store), "worker_network": "host"}, environ={}))
    try:
        assert host.read(connect, listener.host, listener.port) == "connected"   # the test can tell
    finally:
        host.close()
