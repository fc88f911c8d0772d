"""Load on the live server (issue 11): requests/s and p50/p99 for a canned query and a simple SPARQL
query at 8 and 32 clients, alone and with one runaway cross-join COUNT per second. Thread
clients against 127.0.0.1, SECONDS per run (bounded).

    .venv/bin/python bench/load.py [--seconds 5] [--store DIR]   # default: the sample dataset
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from helpers import LiveServer, write_sample_store  # noqa: E402

SIMPLE = "SELECT ?event WHERE { ?event a <https://w3id.org/news-kg/ontology#Meeting> }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def request(port: int, path: str, timeout: float = 60) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def run(port: int, path: str, clients: int, seconds: float, runaway: bool) -> str:
    times: list[float] = []
    errors = [0]
    end = time.monotonic() + seconds
    lock = threading.Lock()

    def client() -> None:
        while time.monotonic() < end:
            start = time.monotonic()
            status = request(port, path)
            with lock:
                times.append(time.monotonic() - start)
                errors[0] += status != 200

    def runaways() -> None:
        while time.monotonic() < end:
            threading.Thread(target=request, args=(port, "/sparql?query=" + quote(RUNAWAY)), daemon=True).start()
            time.sleep(1)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    if runaway:
        threads.append(threading.Thread(target=runaways))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times.sort()
    p50, p99 = statistics.median(times) * 1000, times[int(len(times) * 0.99) - 1] * 1000
    return f"{len(times) / seconds:8.1f} req/s  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  non-200 {errors[0]}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5)
    ap.add_argument("--store")
    args = ap.parse_args()
    store = args.store or write_sample_store(Path(tempfile.mkdtemp()) / "store")
    with LiveServer({"store": str(store), "query_timeout": 10}) as live:
        port = int(live.url.rsplit(":", 1)[1])
        for _ in range(10):
            request(port, "/queries/who-met-whom")
        paths = {"canned who-met-whom": "/queries/who-met-whom", "simple SPARQL": "/sparql?query=" + quote(SIMPLE)}
        for runaway in (False, True):
            for clients in (8, 32):
                for name, path in paths.items():
                    label = f"{name:20s} {clients:2d} clients {'+ runaway/s' if runaway else 'alone      '}"
                    print(f"{label}  {run(port, path, clients, args.seconds, runaway)}", flush=True)
            if runaway:
                time.sleep(11)


if __name__ == "__main__":
    main()
