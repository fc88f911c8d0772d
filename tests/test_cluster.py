"""kg build --workers N / --scheduler ADDR (kg/cluster.py): extraction on a real Dask LocalCluster
(worker processes), each worker writing to a real `oxigraph serve` that the test starts.

- the same input built on the cluster and on the embedded store gives the same `kg stats`, the
  same canned-query answers (through `kg serve --store-url` in front of the Oxigraph server) and
  the same `kg export`; a second run skips every stored article;
- a worker killed with SIGKILL in the middle of a build: its batch runs again elsewhere, the build
  finishes with exit status 3 and says which batch ran again, and the graph is the embedded one;
- the server killed in the middle of a build: exit status 2 naming the server; restarted, the next
  run skips the articles already stored and finishes the graph."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import BIN, ROOT, SEEDS_JSONL, free_port, kg_command, run_kg, stop, wait_for
from helpers import LiveServer, fetch

pytest.importorskip("distributed", reason="the cluster extra is not installed (pip install -e '.[cluster]')")
pytestmark = pytest.mark.slow

EXAMPLES = ROOT / "examples"
QUERIES = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


class Oxigraph:
    """`oxigraph serve --union-default-graph` on a directory and a loopback port; restartable."""

    def __init__(self, location: Path) -> None:
        exe = BIN / "oxigraph"
        if not exe.exists():
            pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
        self.exe, self.location, self.port = exe, location, free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def start(self) -> "Oxigraph":
        self.proc = subprocess.Popen([str(self.exe), "serve", "--location", str(self.location), "--bind",
                                      f"127.0.0.1:{self.port}", "--union-default-graph"],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        wait_for(self.url + "?query=ASK%7B%7D", self.proc)
        return self

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            stop(self.proc)
            self.proc = None

    def article_graphs(self) -> int:
        return self.count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/news-kg/ontology#Article> } }")

    def fingerprints(self) -> int:
        return self.count("SELECT (COUNT(*) AS ?n) WHERE { ?g <https://w3id.org/news-kg/build#fingerprint> ?f }")

    def count(self, query: str) -> int:
        request = urllib.request.Request(self.url + "?" + urllib.parse.urlencode({"query": query}),
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=10) as reply:
            return int(json.load(reply)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def oxigraph(tmp_path):
    server = Oxigraph(tmp_path / "oxigraph").start()
    yield server
    server.stop()


def repeated_seeds(path: Path, copies: int) -> Path:
    """The seed articles `copies` times, each copy its own article (its own id)."""
    rows = [json.loads(line) for line in SEEDS_JSONL.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            for row in rows:
                out.write(json.dumps({**row, "id": f"{row['id']}-copy{n}"}) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(tmp_path_factory, seeds_available) -> tuple[Path, Path]:
    """20 articles (the seeds four times) and their embedded build, the graph the faults must not change."""
    where = tmp_path_factory.mktemp("cluster-reference")
    corpus = repeated_seeds(where / "corpus.jsonl", 4)
    embedded_build([corpus], where / "kg-data")
    return corpus, where / "kg-data"


def same_graph_in_process(store: Path, url: str) -> None:
    """What `kg stats` and `kg export` print, by the functions they call (no process start-up)."""
    from kg.owl.export import export
    from kg.store.stats import stats as store_stats
    from kg.store.stores import EmbeddedStore, RemoteStore

    remote, local = RemoteStore(url), EmbeddedStore(store, read_only=True)
    try:
        assert store_stats(remote) == store_stats(local)
        mine, theirs = (sorted(line for line in export(s, fmt="ntriples").decode("utf-8").splitlines()
                               if "_:" not in line) for s in (remote, local))
        assert mine == theirs
    finally:
        local.close()


def embedded_build(paths: list[Path], store: Path) -> None:
    result = run_kg("build", *map(str, paths), "--store", str(store), "--no-progress")
    assert result.returncode == 0, result.stderr


def stats(*where: str) -> dict:
    result = run_kg("stats", *where)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def export_lines(*where: str) -> tuple[list[str], object]:
    """`kg export` as N-Triples: the sorted lines without blank nodes, and the graph (rdflib) to
    compare the ontology's anonymous classes by isomorphism."""
    from rdflib import Graph
    from rdflib.compare import to_isomorphic

    result = run_kg("export", "-f", "ntriples", *where)
    assert result.returncode == 0, result.stderr
    lines = sorted(line for line in result.stdout.splitlines() if line.strip() and "_:" not in line)
    return lines, to_isomorphic(Graph().parse(data=result.stdout, format="nt"))


def same_graph(store: Path, url: str) -> None:
    assert stats("--store-url", url) == stats("--store", str(store))
    remote_lines, remote_graph = export_lines("--store-url", url)
    local_lines, local_graph = export_lines("--store", str(store))
    assert set(remote_lines) - set(local_lines) == set() and set(local_lines) - set(remote_lines) == set()
    assert remote_lines == local_lines
    assert remote_graph == local_graph


def canned_rows(server_url: str, name: str) -> list[str]:
    reply = fetch("GET", f"{server_url}/queries/{name}?format=csv")
    assert reply.status == 200, reply.body[:300]
    header, *rows = reply.body.decode("utf-8").splitlines()
    return [header, *sorted(rows)]


# --------------------------------------------------------------------------- equivalence
def test_cluster_build_is_the_embedded_build(tmp_path, oxigraph, seeds_available):
    paths = [EXAMPLES, SEEDS_JSONL]
    store = tmp_path / "kg-data"
    embedded_build(paths, store)

    result = run_kg("build", *map(str, paths), "--store-url", oxigraph.url, "--workers", "2", "--batch-size", "3")
    assert result.returncode == 0, result.stderr
    assert "built 10 article(s) on 2 worker(s)" in result.stdout
    assert "ran again" not in result.stdout
    assert "article/s" in result.stderr or "article" in result.stderr  # one progress bar for the cluster
    same_graph(store, oxigraph.url)

    # kg serve in front of the Oxigraph server answers the canned queries as on the embedded store
    with LiveServer({"store_url": oxigraph.url}) as remote, LiveServer({"store": str(store)}) as local:
        for name in QUERIES:
            rows = canned_rows(remote.url, name)
            assert rows == canned_rows(local.url, name)
            assert len(rows) > 1, name
        filtered = "/queries/who-met-whom?format=csv&topic=Ukraine"
        assert fetch("GET", remote.url + filtered).body == fetch("GET", local.url + filtered).body
        refused = fetch("GET", remote.url + "/sparql?" + urllib.parse.urlencode(
            {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}))
        assert refused.status == 400 and json.loads(refused.body)["error"]["code"] == "forbidden_clause"

    # a second run finds every article stored with the same fingerprint and builds nothing
    again = run_kg("build", *map(str, paths), "--store-url", oxigraph.url, "--workers", "2", "--no-progress")
    assert again.returncode == 0, again.stderr
    assert "built 0 article(s)" in again.stdout and "10 unchanged article(s) skipped" in again.stdout
    same_graph(store, oxigraph.url)


def test_cluster_flags_need_a_server(tmp_path):
    result = run_kg("build", str(EXAMPLES), "--store", str(tmp_path / "kg-data"), "--workers", "2")
    assert result.returncode == 2
    assert "--store-url" in result.stderr
    assert not (tmp_path / "kg-data").exists()


def interrupted_build(args: list[str], progress, fault, what: str) -> tuple[int, str, str]:
    """`kg build ARGS` (batches of 2) in a process of its own; once progress() counts 4, fault()
    strikes, and the build runs to its end: (exit status, stdout, stderr)."""
    build = subprocess.Popen(kg_command("build", *args, "--batch-size", "2", "--no-progress"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while progress() < 4 and build.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert build.poll() is None, f"the build ended before {what}"
        fault()
        out, err = build.communicate(timeout=300)
    finally:
        if build.poll() is None:
            build.kill()
    return build.returncode, out, err


# --------------------------------------------------------------------------- a worker killed
def test_a_killed_worker_has_its_batch_run_again(oxigraph, reference):
    from distributed import Client, LocalCluster

    corpus, store = reference
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        pids = client.run(os.getpid)
        status, out, err = interrupted_build(
            [str(corpus), "--store-url", oxigraph.url, "--scheduler", cluster.scheduler_address],
            oxigraph.article_graphs, lambda: os.kill(next(iter(pids.values())), signal.SIGKILL),
            "a worker could be killed")
    assert status == 3, out + err
    assert "built 20 article(s)" in out
    assert "ran again after a worker was lost" in out and "ran again on tcp://" in out, out
    same_graph_in_process(store, oxigraph.url)


# --------------------------------------------------------------------------- the server down
def test_server_down_stops_the_build_and_the_next_run_resumes(tmp_path, reference):
    corpus, store = reference
    server = Oxigraph(tmp_path / "oxigraph").start()
    try:
        status, out, err = interrupted_build([str(corpus), "--store-url", server.url, "--workers", "2"],
                                             server.fingerprints, server.kill, "the server could be stopped")
        assert status == 2, out + err
        assert f"the SPARQL server {server.url}" in err and "run the same build again" in err, err

        server.start()
        stored = server.article_graphs()
        assert 4 <= stored < 20
        again = run_kg("build", str(corpus), "--store-url", server.url, "--workers", "2", "--no-progress")
        assert again.returncode == 0, again.stderr
        skipped = int(again.stdout.split(" unchanged article(s) skipped")[0].rsplit(" ", 1)[1])
        assert 0 < skipped <= stored and f"built {20 - skipped} article(s)" in again.stdout, again.stdout
        same_graph_in_process(store, server.url)
    finally:
        server.stop()


def test_a_server_that_is_down_is_named(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/query"
    result = run_kg("build", str(EXAMPLES), "--store-url", url, "--workers", "1", timeout=120)
    assert result.returncode == 2
    assert f"the SPARQL server {url} is unreachable" in result.stderr


def test_a_rebuilt_article_takes_its_old_events_out_of_the_shared_graph(tmp_path, oxigraph):
    """An article rebuilt on the cluster with other events: the events no article tells any more
    leave the shared graph, as when the same two builds run on the embedded store (same_graph
    compares the two)."""
    corpus = tmp_path / "news.jsonl"
    store = tmp_path / "kg-data"
    lines = [{"id": "a", "published": "2025-06-10", "text": "Emmanuel Macron met Olaf Scholz in Berlin on Monday."},
             {"id": "b", "published": "2025-06-10", "text": "Russian missiles hit Kharkiv on Sunday."}]
    for changed in (False, True):
        if changed:  # article a now tells another meeting
            lines[0]["text"] = "Keir Starmer met Giorgia Meloni in Rome on Monday."
        corpus.write_text("".join(json.dumps(row) + "\n" for row in lines), encoding="utf-8")
        result = run_kg("build", str(corpus), "--store-url", oxigraph.url, "--workers", "1", "--no-progress")
        assert result.returncode == 0, result.stderr
        embedded_build([corpus], store)
    same_graph(store, oxigraph.url)
    assert oxigraph.count("SELECT (COUNT(*) AS ?n) WHERE { ?e <https://w3id.org/news-kg/ontology#participant> "
                          "<https://w3id.org/news-kg/id/olaf-scholz> }") == 0
