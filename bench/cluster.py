"""Benchmark: kg build on a Dask cluster into `oxigraph serve`, next to the embedded build.

    .venv/bin/python bench/cluster.py [--copies 8] [--batch-size 8]

Input: the seed corpus (../shared/corpus/seeds.jsonl, read at run time) repeated --copies times,
each copy its own article, plus examples/. Prints:

- articles/s of the embedded single-process build (kg.build) and of `cluster_build` with 1 and 2
  local workers into a fresh `oxigraph serve` (end to end, and without the cluster's start-up and
  model load);
- the remote write path per article (Graph Store PUT of the article graph, its share of the
  entities POST and of the fingerprint updates) next to the embedded store's write;
- what 10 and 100 workers would sustain, with the assumptions it rests on.

Needs the cluster extra (pip install -e ".[cluster]") and the oxigraph server (the test extra)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT))


def corpus(path: Path, copies: int) -> list[Path]:
    rows = [json.loads(line) for line in (SHARED / "corpus" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            for row in rows:
                out.write(json.dumps({**row, "id": f"{row['id']}-copy{n}"}) + "\n")
    return [path, ROOT / "examples"]


class Oxigraph:
    def __init__(self, location: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        exe = Path(sys.executable).parent / "oxigraph"
        self.proc = subprocess.Popen([str(exe), "serve", "--location", str(location), "--bind",
                                      f"127.0.0.1:{self.port}", "--union-default-graph"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}/query"
        for _ in range(300):
            try:
                urllib.request.urlopen(self.url + "?query=ASK%7B%7D", timeout=2).read()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("oxigraph serve did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=8, help="times the seed corpus is repeated (default 8)")
    ap.add_argument("--batch-size", type=int, default=8)
    args = ap.parse_args()

    from kg.build import build_articles
    from kg.cluster import Target, article_graphs, cluster_build
    from kg.extract.ingest import collect
    from kg.extract.nlp import gazetteer, pipeline
    from kg.store.stores import EmbeddedStore
    from kg.vocab import ENTITIES_GRAPH

    work = Path(tempfile.mkdtemp(prefix="kg-bench-cluster-"))
    try:
        paths = corpus(work / "corpus.jsonl", args.copies)
        t = time.perf_counter()
        articles = collect(paths).articles
        read_s = time.perf_counter() - t
        n = len(articles)
        words = sum(len(a.text.split()) for a in articles)
        print(f"input: {n} articles, {words} words ({words / n:.0f} words/article); seeds x{args.copies} + examples/; "
              f"batch size {args.batch_size}; {os.cpu_count()} cores")
        print(f"client read (one pass): {n / read_s:.0f} articles/s")

        # embedded, single process
        t = time.perf_counter()
        pipeline(), gazetteer()
        model_s = time.perf_counter() - t
        store = EmbeddedStore(work / "embedded")
        report = build_articles(articles, store)
        store.close()
        embedded_rate = n / report.seconds
        print(f"\nembedded single-process build: {embedded_rate:.2f} articles/s ({report.seconds:.1f}s; "
              f"model load {model_s:.1f}s not counted)")
        store = EmbeddedStore(work / "embedded-jobs2")
        report2 = build_articles(articles, store, jobs=2)
        store.close()
        print(f"embedded build, --jobs 2 (kg.build's own worker processes, for reference): "
              f"{n / report2.seconds:.2f} articles/s ({report2.seconds:.1f}s, their model load included)")

        # the cluster into oxigraph serve
        rates = {}
        for workers in (1, 2):
            server = Oxigraph(work / f"oxigraph-{workers}")
            try:
                r = cluster_build([str(p) for p in paths], server.url, workers=workers, batch_size=args.batch_size)
            finally:
                server.stop()
            assert r.articles == n and not r.failures, r.summary()
            steady = r.seconds - r.startup_seconds
            rates[workers] = n / steady
            print(f"cluster, {workers} local worker(s) -> oxigraph serve: {n / r.seconds:.2f} articles/s end to end "
                  f"({r.seconds:.1f}s, of which cluster start and model load {r.startup_seconds:.1f}s); "
                  f"{rates[workers]:.2f} articles/s after start-up")

        # the write path alone: the same graphs written to the server and to the embedded store
        graphs, entities, _ = article_graphs(articles)
        server = Oxigraph(work / "oxigraph-writes")
        try:
            target = Target.from_url(server.url)
            t = time.perf_counter()
            for start in range(0, len(graphs), args.batch_size):
                chunk = [item for _, item in graphs[start:start + args.batch_size]]
                target.forget_fingerprints([item.graph for item in chunk])
                target.post_graph(ENTITIES_GRAPH, {t for item in chunk for t in item.entity_triples})
                for item in chunk:
                    target.put_graph(item.graph, item.triples)
                target.record_fingerprints({item.graph: item.fingerprint for item in chunk})
            remote_s = time.perf_counter() - t
        finally:
            server.stop()
        store = EmbeddedStore(work / "embedded-writes")
        t = time.perf_counter()
        for _, item in graphs:
            store.replace_graph(item.graph, item.triples)
            store.add_to_graph(ENTITIES_GRAPH, item.entity_triples)
        store.flush()
        local_s = time.perf_counter() - t
        store.close()
        triples = sum(len(item.triples) for _, item in graphs)
        per_remote, per_local = remote_s / n * 1000, local_s / n * 1000
        server_rate = n / remote_s
        print(f"\nwrite path per article ({triples / n:.0f} triples/article): remote {per_remote:.1f} ms "
              f"(PUT + share of entities POST and fingerprint updates), embedded {per_local:.1f} ms; "
              f"overhead {per_remote - per_local:.1f} ms/article")
        print(f"server write throughput, one client: {server_rate:.0f} articles/s ({triples / remote_s:.0f} triples/s)")

        # estimates
        per_worker = rates[1]
        scaling = rates[2] / (2 * rates[1])
        print(f"\nper worker: {per_worker:.2f} articles/s; 2 workers reach {scaling:.0%} of twice one worker "
              f"on this {os.cpu_count()}-core machine")
        for workers in (10, 100):
            compute = workers * per_worker
            estimate = min(compute, server_rate)
            limit = "the extraction" if compute < server_rate else "the server's write throughput"
            print(f"estimate, {workers} workers: {estimate:.0f} articles/s ({estimate * 86400:,.0f} a day), "
                  f"limited by {limit} (extraction alone: {compute:.0f} articles/s)")
        print("assumptions: one core per worker, each as fast as one worker here; the model loaded once per worker "
              "(start-up not counted); batches of the size above; one Oxigraph server whose write throughput stays "
              "what one client measured here (writes are transactions on one RocksDB; more clients do not raise it); "
              "the client reads and sends faster than the workers extract (its read rate is above).")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
