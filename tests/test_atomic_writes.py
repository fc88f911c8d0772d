"""Replacing a graph is all or nothing (issue 11, item 5): on the embedded store and on a real
Oxigraph server, a process killed with SIGKILL in the middle of `replace_graph` leaves the graph
as it was or as it was going to be, whole, never missing or partial; a replace the server cannot
parse or apply changes nothing.

The crash is real: a child process (this module's `main`) writes a large graph and is killed by
the test at chosen moments after it says it has started; then the store is opened again."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import KGError
from kg.store.stores import EmbeddedStore, RemoteStore, replace_graph_update

ROOT = Path(__file__).resolve().parents[1]
EX = "http://example.org/atomic/"
P = ox.NamedNode(EX + "p")
# sizes of the two versions (different, so a mix shows); a remote replace used to be one request
# per 5,000 triples, a remote write is slower, so fewer there
SIZES = {"embedded": (20_000, 30_000), "remote": (8_000, 12_000)}


def version(tag: str, n: int) -> list[ox.Triple]:
    """One version of the graph: n triples, each naming the version."""
    return [ox.Triple(ox.NamedNode(f"{EX}{tag}/{i}"), P, ox.Literal(f"{tag} {i} \"é\"\n")) for i in range(n)]


def open_store(kind: str, where: str):
    return EmbeddedStore(where) if kind == "embedded" else RemoteStore(where)


def main(kind: str, where: str, graph: str) -> None:
    """The child: replace `graph` with the new version, saying when it starts and ends."""
    store = open_store(kind, where)
    triples = version("new", SIZES[kind][1])
    print("writing", flush=True)
    started = time.monotonic()
    store.replace_graph(graph, triples)
    print(f"done {time.monotonic() - started:.3f}", flush=True)
    store.close()


def run_child(kind: str, where: str, graph: str, kill_after: float | None) -> tuple[bool, float | None]:
    """Run the child; kill it (SIGKILL) `kill_after` seconds after it starts writing. Returns
    (whether it was killed before it finished writing, the time its write took when it finished)."""
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r}); import test_atomic_writes as t; t.main(*sys.argv[1:])"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, "-c", code, kind, where, graph], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "the child did not start writing within 60 s"
        assert proc.stdout.readline().strip() == b"writing", proc.stderr.read().decode()
        if kill_after is not None:
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if kill_after is None:
        assert proc.returncode == 0, err.decode()
    finished = out.decode().split()
    took = float(finished[1]) if finished[:1] == ["done"] else None
    return took is None, took


def graph_state(store, graph: str, kind: str) -> str:
    """'old' or 'new' when the graph is one version whole; a description of the damage otherwise."""
    found = set(store.triples([graph]))
    for tag, n in zip(("old", "new"), SIZES[kind]):
        if found == set(version(tag, n)):
            return tag
    tags = sorted({t.subject.value[len(EX):].split("/")[0] for t in found})
    return f"damaged: {len(found)} triples of {tags or 'no version'}"


OTHER = EX + "graph/other"
OTHER_TRIPLES = [ox.Triple(ox.NamedNode(EX + "other"), P, ox.Literal("untouched"))]


def crash_trials(kind: str, fresh, graph: str) -> list[tuple[float, bool, str]]:
    """Kill a replace at several moments of its write. `fresh()` gives the location of a store
    holding the old version (and the other graph); returns (delay, killed mid-write, state after)."""
    where = fresh()
    _, took = run_child(kind, where, graph, None)          # how long a whole write takes here
    with_store = open_store(kind, where)
    try:
        assert graph_state(with_store, graph, kind) == "new"
    finally:
        with_store.close()
    trials = []
    for fraction in (0.0, 0.1, 0.3, 0.5, 0.7, 0.9) if kind == "embedded" else (0.0, 0.2, 0.5, 0.8):
        where = fresh()
        killed, _ = run_child(kind, where, graph, fraction * took)
        store = open_store(kind, where)
        try:
            trials.append((fraction * took, killed, graph_state(store, graph, kind)))
            assert set(store.triples([OTHER])) == set(OTHER_TRIPLES)
            if kind == "remote":
                # a server may still be applying what the killed child sent: let it finish, and
                # look again (then the next trial starts from a quiet server)
                time.sleep(took + 0.5)
                trials.append((fraction * took, killed, graph_state(store, graph, kind)))
        finally:
            store.close()
    return trials


def check_trials(trials) -> None:
    damaged = [t for t in trials if t[2] not in ("old", "new")]
    assert not damaged, f"a crash inside replace_graph damaged the graph: {trials}"
    assert sum(killed for _, killed, _ in trials) >= 2, f"too few kills landed inside the write: {trials}"


@pytest.mark.slow
def test_embedded_replace_survives_sigkill(tmp_path):
    graph = EX + "graph/article"
    base = tmp_path / "base"
    store = EmbeddedStore(base)
    store.replace_graph(graph, version("old", SIZES["embedded"][0]))
    store.replace_graph(OTHER, OTHER_TRIPLES)
    store.close()
    count = iter(range(100))

    def fresh() -> str:
        where = tmp_path / f"trial-{next(count)}"
        shutil.copytree(base, where)
        return str(where)

    check_trials(crash_trials("embedded", fresh, graph))


def test_remote_replace_survives_sigkill(oxigraph_url):
    graph = EX + "graph/remote-article"
    remote = RemoteStore(oxigraph_url)
    remote.replace_graph(OTHER, OTHER_TRIPLES)

    def fresh() -> str:
        remote.replace_graph(graph, version("old", SIZES["remote"][0]))
        assert graph_state(remote, graph, "remote") == "old"
        return oxigraph_url

    check_trials(crash_trials("remote", fresh, graph))


def _small(tag: str) -> list[ox.Triple]:
    return [ox.Triple(ox.NamedNode(f"{EX}{tag}/{i}"), P, ox.Literal(tag)) for i in range(50)]


@pytest.fixture(params=["embedded", "remote"])
def store(request, tmp_path):
    s = EmbeddedStore(tmp_path / "kg") if request.param == "embedded" else \
        RemoteStore(request.getfixturevalue("oxigraph_url"))
    yield s
    s.close()


def test_replace_that_fails_to_parse_keeps_the_old_graph(store):
    """The request a replace sends, cut inside its data so the store cannot parse it: nothing of it
    applies, not even the DROP in front."""
    graph = EX + "graph/unparsable"
    store.replace_graph(graph, _small("old"))
    text = replace_graph_update(graph, _small("new"))
    with pytest.raises(KGError) as caught:
        store.update(text[: text.index("INSERT DATA") + 40])
    assert caught.value.status == 400
    assert set(store.triples([graph])) == set(_small("old"))


def test_replace_that_fails_midway_keeps_the_old_graph(store):
    """A request whose DROP applies but whose next operation fails (CREATE of a graph that exists,
    without SILENT) is undone whole by the store."""
    graph, existing = EX + "graph/midway", EX + "graph/existing"
    store.replace_graph(graph, _small("old"))
    store.replace_graph(existing, _small("existing"))
    with pytest.raises(KGError):
        store.update(f"DROP GRAPH <{graph}> ; CREATE GRAPH <{existing}>")
    assert set(store.triples([graph])) == set(_small("old"))


def test_replace_keeps_blank_nodes_and_empty_graphs(store):
    """One INSERT DATA: a blank node named twice is one node; an empty version leaves an empty graph."""
    graph = EX + "graph/blank"
    b = ox.BlankNode()
    store.replace_graph(graph, [ox.Triple(ox.NamedNode(EX + "a"), P, b), ox.Triple(b, P, ox.Literal("x"))])
    rows = store.query(f"SELECT ?x WHERE {{ GRAPH <{graph}> {{ <{EX}a> <{P.value}> ?b . ?b <{P.value}> ?x }} }}").rows
    assert [r["x"].value for r in rows] == ["x"]
    assert store.replace_graph(graph, []) == 0
    assert store.has_graph(graph) and list(store.triples([graph])) == []
    assert store.add_to_graph(graph, _small("added")) == 50
    assert set(store.triples([graph])) == set(_small("added"))
