"""The W3C SPARQL 1.1 Protocol tests (34, in shared/conformance) against the real server, with
updates open (loopback only) and data1-3.nt loaded as named graphs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from helpers import LiveServer
from kg.store.stores import EmbeddedStore

pytestmark = pytest.mark.slow

CONFORMANCE = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "conformance"
SUITE = CONFORMANCE / "w3c-sparql11-protocol"


@pytest.mark.skipif(not SUITE.exists(), reason=f"the protocol tests are not at {SUITE} (set KG_SHARED)")
def test_the_w3c_protocol_tests_pass(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    for n in (1, 2, 3):
        triples = [q.triple for q in ox.parse(path=str(SUITE / f"data{n}.nt"), format=ox.RdfFormat.N_TRIPLES)]
        store.replace_graph(f"http://kasei.us/2009/09/sparql/data/data{n}.rdf", triples)
    store.close()
    with LiveServer({"store": str(tmp_path / "store"), "updates": "open"}) as live:
        run = subprocess.run([sys.executable, str(CONFORMANCE / "protocol_runner.py"), str(SUITE / "manifest.ttl"),
                              live.url, "/sparql", "/sparql/update"], capture_output=True, text=True, timeout=300)
    print(run.stdout)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "34 passed, 0 failed", run.stdout
