"""Shared fixtures: the sample dataset (tests/helpers.py, made through the real mapping) in a real
store, the seed corpus built once through the real CLI, a real API server on it, and a real
Oxigraph server for the remote-store tests. No mocks.

`pytest -m "not slow"` runs the fast half (under 30 s): a test is slow when it builds the seed
corpus, starts a server, a browser or Java, or loads spaCy for more than a few sentences. Tests
that use the seed or server fixtures below are marked slow here; the others say so themselves."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from helpers import fill_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
SEEDS_DIR = SHARED / "corpus" / "seeds"
SEEDS_JSONL = SHARED / "corpus" / "seeds.jsonl"
GOLD = SHARED / "eval" / "gold" / "seeds.json"
SCORER = SHARED / "eval" / "score.py"
BIN = Path(sys.executable).parent


def kg_command(*args: str) -> list[str]:
    """The real `kg` console script of this environment."""
    exe = BIN / "kg"
    return [str(exe), *args] if exe.exists() else [sys.executable, "-m", "api.cli", *args]


def run_kg(*args: str, timeout: float = 600, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(kg_command(*args), capture_output=True, text=True, timeout=timeout, **kwargs)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen | None = None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            out = proc.stdout.read() if proc.stdout else ""
            raise RuntimeError(f"server exited with {proc.returncode}: {out[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout}s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# fixtures that make a test slow: they build the seed corpus or start a server
SLOW_FIXTURES = {"seed_store_path", "seed_server_url", "oxigraph_url"}


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def sample_store():
    """A fresh store (pyoxigraph, in memory) holding the sample dataset (tests/helpers.py); yours
    to change. Servers need one on disk: helpers.write_sample_store(path)."""
    store = fill_store(None)
    yield store
    store.close()


@pytest.fixture(scope="session")
def seeds_available() -> bool:
    if not SEEDS_JSONL.exists():
        pytest.skip(f"seed corpus not found at {SEEDS_JSONL} (set KG_SHARED)")
    return True


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory, seeds_available) -> Path:
    """The seed articles (seeds.jsonl, with publication dates) built by `kg build` into a store.
    Read-only for tests: copy it (copy_store) before changing anything."""
    path = tmp_path_factory.mktemp("seed-store") / "kg-data"
    result = run_kg("build", str(SEEDS_JSONL), "--store", str(path), "--no-progress")
    assert result.returncode == 0, result.stderr
    return path


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


@pytest.fixture(scope="session")
def seed_server_url(tmp_path_factory, seed_store_path) -> str:
    """`kg serve` on a copy of the seed store, on a free loopback port."""
    store = copy_store(seed_store_path, tmp_path_factory.mktemp("served") / "kg-data")
    port = free_port()
    proc = subprocess.Popen(kg_command("serve", "--store", str(store), "--port", str(port)),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/queries", proc)
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory) -> str:
    """A real Oxigraph server (union default graph, as the embedded store); yields its /query URL."""
    exe = BIN / "oxigraph"
    if not exe.exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([str(exe), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/query?query=ASK%7B%7D", proc)
        yield base + "/query"
    finally:
        stop(proc)
