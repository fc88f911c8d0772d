"""The server under hostile load (issue 11): deep nesting is refused before the engine sees it
(400), a query that would eat the machine is stopped at the worker's memory cap (503 JSON), a
runaway query sent every second does not starve cheap ones (and none waits past the time
limit), and a build writing to the store beside the server gives no 500."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from helpers import ROOT, LiveServer, fetch, write_sample_store

pytestmark = pytest.mark.slow

JSON = "application/sparql-results+json"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CHEAP = "SELECT ?event WHERE { ?event a <https://w3id.org/news-kg/ontology#Meeting> }"
HOG = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return write_sample_store(tmp_path_factory.mktemp("load-limits") / "store")


def post(url: str, text: str, timeout: float = 60):
    return fetch("POST", url + "/sparql", text.encode("utf-8"),
                 {"Content-Type": "application/sparql-query", "Accept": JSON}, timeout=timeout)


def test_deep_nesting_is_refused_before_the_engine(store):
    with LiveServer({"store": str(store), "updates": "open"}) as live:
        deep = {
            "braces": "SELECT * WHERE " + "{" * 10_000 + "?s ?p ?o" + "}" * 10_000,
            "optional": "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * 3000 + "}" * 3000 + " }",
            "union": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 20_000) + " }",
            "parentheses": "SELECT * WHERE { BIND(" + "(" * 10_000 + "1" + ")" * 10_000 + " AS ?x) }",
        }
        for name, text in deep.items():
            reply = post(live.url, text)
            assert reply.status == 400, (name, reply)
            error = reply.json()["error"]
            assert error["code"] == "query_too_deep" and "at most" in error["message"], (name, error)
        update = fetch("POST", live.url + "/sparql/update",
                       "INSERT { ?s ?p ?o } WHERE " + "{" * 5000 + "?s ?p ?o" + "}" * 5000,
                       {"Content-Type": "application/sparql-update"})
        assert update.status == 400 and update.json()["error"]["code"] == "query_too_deep"
        # nesting within the limit is answered, and no worker died on the way
        fine = post(live.url, "SELECT * WHERE " + "{" * 50 + "?s ?p ?o" + "}" * 50 + " LIMIT 1")
        assert fine.status == 200, fine
        assert "stopped unexpectedly" not in live.log


def test_a_query_past_the_memory_cap_is_stopped_with_503(store):
    cap = 512 * 2**20
    with LiveServer({"store": str(store), "query_memory": cap, "query_timeout": 60}) as live:
        start = time.monotonic()
        reply = post(live.url, HOG, timeout=90)
        seconds = time.monotonic() - start
        assert reply.status == 503, reply
        assert reply.media_type == "application/json"
        error = reply.json()["error"]
        assert error["code"] == "query_memory" and "memory" in error["message"] and error["memory"] == cap
        assert seconds < 60, f"stopped by the time limit ({seconds:.1f} s), not the memory cap"
        assert post(live.url, CHEAP).status == 200, "a fresh worker took its place"
        print(f"\nthe ORDER BY over a cross join was stopped at the memory cap after {seconds:.1f} s")


def test_a_runaway_every_second_does_not_starve_cheap_queries(store):
    """For 20 s a runaway cross-join COUNT arrives every second; meanwhile a client sends a canned
    query and a cheap SPARQL query in turn. Their p50 stays under 50 ms; no request (runaways
    included) waits past the time limit, and the runaways are answered 503 with Retry-After."""
    limit = 10.0
    with LiveServer({"store": str(store), "query_timeout": limit, "query_workers": 4}) as live:
        for _ in range(3):                                   # warm up every worker
            assert fetch("GET", live.url + "/queries/who-met-whom").status == 200
            assert post(live.url, CHEAP).status == 200
        runaways: list = []
        stop = time.monotonic() + 20

        def runaway() -> None:
            started = time.monotonic()
            reply = post(live.url, RUNAWAY, timeout=limit + 30)
            runaways.append((reply, time.monotonic() - started))

        threads: list[threading.Thread] = []

        def dispatch() -> None:                               # one runaway a second, on time
            for i in range(20):
                time.sleep(max(0.0, stop - 20 + i - time.monotonic()))
                thread = threading.Thread(target=runaway)
                thread.start()
                threads.append(thread)

        dispatcher = threading.Thread(target=dispatch)
        dispatcher.start()
        canned, sparql, refused = [], [], []
        while time.monotonic() < stop:
            for path, times in (("canned", canned), ("sparql", sparql)):
                started = time.monotonic()
                reply = fetch("GET", live.url + "/queries/who-met-whom") if path == "canned" else post(live.url, CHEAP)
                times.append(time.monotonic() - started)
                assert reply.status in (200, 503), (path, reply)
                if reply.status == 503:                       # busy, said within the limit
                    assert reply.json()["error"]["reason"] == "busy" and reply.headers["Retry-After"]
                    refused.append(path)
            time.sleep(0.05)
        dispatcher.join()
        for thread in threads:
            thread.join(timeout=limit + 40)

    assert len(threads) == 20 and len(runaways) == len(threads)
    for reply, seconds in runaways:
        assert reply.status == 503, reply
        assert reply.headers.get("Retry-After") and reply.json()["error"]["code"] == "query_timeout"
        assert seconds <= limit + 3, f"a runaway waited and ran {seconds:.1f} s (limit {limit} s)"
    for name, times in (("canned", canned), ("sparql", sparql)):
        p50 = statistics.median(times)
        print(f"\n{name}: {len(times)} requests, p50 {p50 * 1000:.1f} ms, max {max(times) * 1000:.0f} ms")
        assert p50 < 0.050, f"{name} p50 {p50 * 1000:.1f} ms"
        assert max(times) <= limit + 1, f"{name} waited {max(times):.1f} s"
    assert refused.count("canned") == 0, "the canned query has workers of its own"
    assert len(refused) <= len(sparql) // 10, f"{len(refused)} cheap queries refused as busy"


WRITER = """
import sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r})
import pyoxigraph as ox
from kg.store.stores import EmbeddedStore
store = EmbeddedStore({path!r})
p = ox.NamedNode("https://example.org/build/p")
end = time.monotonic() + {seconds}
i = 0
while time.monotonic() < end:
    triples = [ox.Triple(ox.NamedNode(f"https://example.org/build/s{{j}}"), p, ox.Literal(f"{{i}}-{{j}}"))
               for j in range(300)]
    store.replace_graph(f"https://example.org/build/{{i % 50}}", triples)
    store.flush()
    i += 1
store.close()
print(i)
"""


def test_a_build_beside_the_server_gives_no_500(tmp_path):
    """A process writing graph after graph (as `kg build` does, flushing and compacting) while
    the server answers many requests: every answer is 200 (readers reopen, and retry once when
    RocksDB lost a file to the writer)."""
    path = write_sample_store(tmp_path / "store")
    with LiveServer({"store": str(path), "query_workers": 2}) as live:
        writer = subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT), tests=str(ROOT / "tests"),
                                                                     path=str(path), seconds=10)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        statuses: dict[int, int] = {}
        try:
            while writer.poll() is None:
                for reply in (post(live.url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                              fetch("GET", live.url + "/queries/who-met-whom")):
                    statuses[reply.status] = statuses.get(reply.status, 0) + 1
                    assert reply.status not in (500, 502), (reply, live.log[-3000:])   # 503 (time limit) may happen
        finally:
            out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err[-2000:]
        print(f"\n{int(out)} graphs written beside {sum(statuses.values())} requests: {statuses}")
        # reads wait while a write runs, so on a loaded machine few are answered in those 10 s (CI
        # saw 2, one a 503 at the time limit): what matters is that some are (200), that none failed
        # (no 500 or 502: checked above), and that once the writer is done every read is answered
        assert int(out) > 10 and statuses.get(200, 0) >= 1
        for _ in range(3):
            for reply in (post(live.url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                          fetch("GET", live.url + "/queries/who-met-whom")):
                assert reply.status == 200, (reply, live.log[-3000:])


WRITE_ONE = """
import sys
sys.path.insert(0, {root!r})
import pyoxigraph as ox
from kg.store.stores import EmbeddedStore
store = EmbeddedStore({path!r})
store.replace_graph("https://example.org/build/one", [ox.Triple(ox.NamedNode("https://example.org/build/s"),
                    ox.NamedNode("https://example.org/build/p"), ox.Literal("written"))])
store.flush()
store.close()
"""


def die_once_beside_a_writer(store, marker: str, path: str) -> int:
    """A reader's task (run in a worker process): the first time, a build in another process writes
    to the store, and this worker dies as one does when its files vanish under a query (RocksDB's
    read-only mode loops on the error until the memory cap aborts the worker); after, it counts."""
    if not os.path.exists(marker):
        Path(marker).touch()
        subprocess.run([sys.executable, "-c", WRITE_ONE.format(root=str(ROOT), path=path)], check=True)
        os.abort()
    return store.count()


def died_once(store, marker: str) -> int:
    """The same death with no writer at work: not the store's doing, so not tried again."""
    if not os.path.exists(marker):
        Path(marker).touch()
        os.abort()
    return store.count()


def test_a_reader_that_dies_while_a_build_writes_is_run_again(tmp_path, monkeypatch):
    """A read whose worker died while another process was writing to the store is run again on a
    fresh worker and answered, not reported as a query too large (an abort looks like the memory
    cap) or a server error; the same death with no writer at work is still reported."""
    from kg.config import Config
    from kg.errors import KGError
    from kg.store.executor import Executor

    monkeypatch.setenv("PYTHONPATH", str(ROOT / "tests"))         # the workers import this module
    path = write_sample_store(tmp_path / "store")
    executor = Executor(Config.load({"store": str(path), "query_workers": 1, "query_timeout": 60}))
    try:
        (tmp_path / "warm").touch()
        before = executor.read(died_once, str(tmp_path / "warm"))         # the store as it was
        marker = tmp_path / "died"
        assert executor.read(die_once_beside_a_writer, str(marker), str(path)) == before + 1
        assert marker.exists()
        with pytest.raises(KGError) as caught:
            executor.read(died_once, str(tmp_path / "alone"))
        assert caught.value.status in (502, 503)
        assert executor.read(died_once, str(tmp_path / "alone")) == before + 1   # the worker was replaced
    finally:
        executor.close()


def grow_beside_a_writer(store, marker: str, path: str) -> int:
    """A reader's task: the first time, a build in another process writes to the store and the task
    grows as a runaway read does (-1 if it is let run); after, it counts."""
    if not os.path.exists(marker):
        Path(marker).touch()
        subprocess.run([sys.executable, "-c", WRITE_ONE.format(root=str(ROOT), path=path)], check=True)
        held = [bytearray(64 * 2**20) for _ in range(16)]         # 1 GB, touched
        time.sleep(3)
        return -1 if held else 0
    return store.count()


def test_a_read_that_grows_while_a_build_writes_is_stopped_early_and_run_again(tmp_path, monkeypatch):
    """A read that grows by hundreds of MB while a writer in another process replaces the store's
    files (RocksDB's read-only mode can loop on a vanished file's error, keeping every error) is
    stopped before its memory cap, and run again on a fresh worker; a read that grows as much with
    no writer at work runs to its end."""
    from kg.config import Config
    from kg.store.executor import Executor

    monkeypatch.setenv("PYTHONPATH", str(ROOT / "tests"))
    path = write_sample_store(tmp_path / "store")
    # a server as large as a busy one (the workers it starts must not take its size for theirs: a
    # process started by fork and exec inherits its parent's peak resident memory)
    ballast = [bytearray(64 * 2**20) for _ in range(24)]
    executor = Executor(Config.load({"store": str(path), "query_workers": 1, "query_timeout": 60}))
    executor.start()
    try:
        (tmp_path / "warm").touch()
        before = executor.read(died_once, str(tmp_path / "warm"))
        del ballast
        assert executor.read(grow_beside_a_writer, str(tmp_path / "grew"), str(path)) == before + 1
        assert executor.read(grow_alone, str(tmp_path / "alone")) == -1
    finally:
        executor.close()


def grow_alone(store, marker: str) -> int:
    """As grow_beside_a_writer, with no writer at work."""
    held = [bytearray(64 * 2**20) for _ in range(16)]
    time.sleep(0.5)
    return -1 if held else 0
