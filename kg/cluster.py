"""Build on a Dask cluster, into a shared SPARQL server.

`kg build PATHS --store-url URL --workers N` (a LocalCluster of N worker processes) or
`--scheduler tcp://HOST:PORT` (a cluster you already run) sends the articles to the workers in
batches. Each worker loads the spaCy model once (a worker plugin), extracts its batch and writes
the result to the SPARQL server itself:

- the entity descriptions of the batch: one Graph Store Protocol POST to the entities graph
  (a merge: the same description twice is one);
- each article's graph: one Graph Store Protocol PUT (`{server}/store?graph=IRI`, N-Triples), so
  a graph is replaced whole or not at all;
- then the fingerprints of the batch's articles (a hash of key, text and metadata): one SPARQL
  Update into the server's default graph, `<article-graph> kgb:fingerprint "..."`. The fingerprint
  is written after its graph and deleted before the graph is replaced, so it never claims a graph
  the server does not hold. A second run skips every article whose fingerprint is stored.

The client reads the input twice, holding only keys and fingerprints (the second pass sends the
texts, one batch at a time, at most two batches per worker in flight), and shows one progress bar.
A worker that dies has its batch run again elsewhere by Dask; the report says which batches ran
again. A server that is down or refuses a write stops the build with a StoreError naming it.

The graph is the one a single-machine build (kg.build) makes of the same input: same article
graphs, same entities graph, same ontology graph (tests/test_cluster.py checks stats, canned
queries and the export against an embedded build).

Needs the `cluster` extra: pip install "news-kg[cluster]"."""

from __future__ import annotations

import hashlib
import logging
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from .errors import ConfigError, InputError, StoreError
from .records import Article
from .vocab import ENTITIES_GRAPH, ONTOLOGY_GRAPH, ontology_triples

FINGERPRINT = ox.NamedNode("https://w3id.org/news-kg/build#fingerprint")  # build bookkeeping, not the ontology
EVENT_TOPIC = "kg-build-batch"  # worker events: one per batch started (Worker.log_event)
NTRIPLES = "application/n-triples"


# --------------------------------------------------------------------------- the server
@dataclass(frozen=True)
class Target:
    """Where the graphs go: a SPARQL 1.1 server with the Graph Store Protocol."""

    query_url: str
    update_url: str
    graph_store_url: str
    timeout: float = 60.0

    @classmethod
    def from_url(cls, query_url: str, update_url: str | None = None, graph_store_url: str | None = None,
                 timeout: float = 60.0) -> "Target":
        """Oxigraph server: /query, /update, /store. Fuseki: /ds/sparql or /ds/query, /ds/update, /ds/data."""
        base = query_url.rstrip("/")
        tail = next((t for t in ("/query", "/sparql") if base.endswith(t)), None)
        if tail is None and (update_url is None or graph_store_url is None):
            raise ConfigError(f"cannot tell the update and graph store endpoints of {query_url}; give the "
                              "query endpoint (Oxigraph: http://HOST:PORT/query, Fuseki: http://HOST:PORT/DS/query)")
        root = base[: -len(tail)] if tail else base
        store = graph_store_url or (root + ("/store" if _looks_oxigraph(root) else "/data"))
        return cls(query_url, update_url or root + "/update", store, timeout)

    @property
    def name(self) -> str:
        return self.query_url

    # -- requests ------------------------------------------------------------------
    def _request(self, method: str, url: str, body: bytes | None, content_type: str | None,
                 accept: str | None = None, what: str = "a write") -> bytes:
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        last: Exception | None = None
        for attempt in range(2):  # one retry for a dropped connection; an HTTP error is an answer
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                    return reply.read()
            except urllib.error.HTTPError as exc:
                detail = exc.read()[:300].decode("utf-8", "replace").strip()
                raise StoreError(f"the SPARQL server {self.name} refused {what}: HTTP {exc.code} {exc.reason}"
                                 f"{': ' + detail if detail else ''}", store=self.name) from None
            except (urllib.error.URLError, OSError) as exc:
                last = exc
                time.sleep(0.5)
        reason = getattr(last, "reason", None) or last
        raise StoreError(f"the SPARQL server {self.name} is unreachable ({what} failed: {reason}); start it, or "
                         "check --store-url, then run the same build again: it resumes where it stopped",
                         store=self.name)

    def put_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        """Replace one named graph whole (Graph Store Protocol PUT)."""
        triples = list(triples)
        self._request("PUT", self._graph_url(graph), _ntriples(triples), NTRIPLES, what=f"the graph {graph}")
        return len(triples)

    def post_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        """Add to one named graph (Graph Store Protocol POST: a merge)."""
        triples = list(triples)
        if triples:
            self._request("POST", self._graph_url(graph), _ntriples(triples), NTRIPLES, what=f"additions to {graph}")
        return len(triples)

    def update(self, sparql: str, what: str) -> None:
        self._request("POST", self.update_url, sparql.encode("utf-8"), "application/sparql-update", what=what)

    def select(self, sparql: str) -> list[dict[str, ox.NamedNode | ox.Literal]]:
        body = self._request("POST", self.query_url, sparql.encode("utf-8"), "application/sparql-query",
                             accept="application/sparql-results+json", what="a query")
        answer = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        names = [v.value for v in answer.variables]
        return [{n: s[n] for n in names if s[n] is not None} for s in answer]

    def _graph_url(self, graph: str) -> str:
        from urllib.parse import quote

        return f"{self.graph_store_url}?graph={quote(graph, safe='')}"

    # -- fingerprints --------------------------------------------------------------
    def fingerprints(self) -> dict[str, str]:
        """Article graph IRI -> the fingerprint stored with it."""
        rows = self.select(f"SELECT ?g ?f WHERE {{ ?g {FINGERPRINT} ?f }}")
        return {row["g"].value: row["f"].value for row in rows if "g" in row and "f" in row}

    def forget_fingerprints(self, graphs: list[str]) -> None:
        if graphs:
            values = " ".join(str(ox.NamedNode(g)) for g in graphs)
            self.update(f"DELETE {{ ?g {FINGERPRINT} ?f }} WHERE {{ VALUES ?g {{ {values} }} ?g {FINGERPRINT} ?f }}",
                        what="removing the fingerprints of graphs about to be replaced")

    def record_fingerprints(self, prints: dict[str, str]) -> None:
        if prints:
            body = _ntriples([ox.Triple(ox.NamedNode(g), FINGERPRINT, ox.Literal(f)) for g, f in prints.items()])
            self.update("INSERT DATA {\n" + body.decode("utf-8") + "\n}", what="recording fingerprints")


def _looks_oxigraph(root: str) -> bool:
    """Fuseki serves datasets under a path (/ds); Oxigraph serves /query at the root."""
    from urllib.parse import urlsplit

    return urlsplit(root).path in ("", "/")


def _ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""


def fingerprint(article: Article) -> str:
    """What a graph was built from: the article's key, text and every field the mapping reads."""
    parts = [article.key, article.text, article.origin, article.id or "", article.title or "", article.url or "",
             article.outlet or "", article.published.isoformat() if article.published else ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- on the workers
@dataclass
class ArticleDone:
    key: str
    graph: str
    events: int
    triples: int
    words: int


@dataclass
class BatchResult:
    batch: int
    worker: str
    done: list[ArticleDone] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, message)
    entity_triples: int = 0
    seconds: float = 0.0


class ModelPlugin:
    """Loads the spaCy pipeline and the gazetteer once per worker process, when the worker starts
    (also a worker the nanny restarts after it died)."""

    name = "kg-model"

    def setup(self, worker=None) -> None:
        from .extract.nlp import gazetteer, pipeline

        pipeline()
        gazetteer()

    def teardown(self, worker=None) -> None:
        pass


def article_graphs(articles: list[Article]) -> tuple[list[tuple[Article, str, list[ox.Triple], int]],
                                                       list[ox.Triple], list[tuple[str, str]]]:
    """Extraction and mapping of one batch: (article, graph IRI, its triples, its events) for each
    article, the entity descriptions they need, and (origin, message) for each article that failed.
    One article's failure is that article's, not the batch's."""
    from .extract.nlp import gazetteer, pipeline
    from .extract.pipeline import extract_many
    from .mapping import article_iri, entities_triples, to_triples

    nlp, gaz = pipeline(), gazetteer()
    try:
        extractions = list(extract_many(articles, nlp, gaz))
        failures: list[tuple[str, str]] = []
    except Exception:  # noqa: BLE001 - find the article that failed; the others go in
        extractions, failures = [], []
        for article in articles:
            try:
                extractions += list(extract_many([article], nlp, gaz))
            except Exception as exc:  # noqa: BLE001
                failures.append((article.origin, f"{article.origin}: extraction failed: {type(exc).__name__}: {exc}"))
    graphs, entities = [], {}
    for extraction in extractions:
        graphs.append((extraction.article, article_iri(extraction.article).value, to_triples(extraction),
                       len(extraction.events)))
        entities.update(dict.fromkeys(entities_triples(extraction)))
    return graphs, list(entities), failures


def run_batch(batch: int, run: str, articles: list[Article], target: Target) -> BatchResult:
    """One batch on a worker: extract, then write the entities, each article graph and the
    fingerprints to the server. Runs again whole if its worker dies: every write is idempotent."""
    started = time.perf_counter()
    worker = _worker_address()
    _log_start(batch, run, worker)
    graphs, entities, failures = article_graphs(articles)
    target.forget_fingerprints([g for _, g, _, _ in graphs])
    target.post_graph(ENTITIES_GRAPH, entities)
    result = BatchResult(batch, worker, failures=failures, entity_triples=len(entities))
    for article, graph, triples, events in graphs:
        n = target.put_graph(graph, triples)
        result.done.append(ArticleDone(article.key, graph, events, n, len(article.text.split())))
    target.record_fingerprints({graph: fingerprint(article) for article, graph, _, _ in graphs})
    result.seconds = time.perf_counter() - started
    return result


def _worker_address() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return "local"


def _log_start(batch: int, run: str, worker: str) -> None:
    try:
        from distributed import get_worker

        get_worker().log_event(EVENT_TOPIC, {"run": run, "batch": batch, "worker": worker})
    except (ImportError, ValueError):
        pass


# --------------------------------------------------------------------------- the client
@dataclass
class ClusterReport:
    server: str
    workers: int = 0
    articles: int = 0               # built and written this run
    skipped: int = 0                # already on the server with the same fingerprint
    events: int = 0
    triples: int = 0
    words: int = 0
    batches: int = 0
    seconds: float = 0.0
    model_seconds: float = 0.0      # the workers' model load, at start
    failures: list[InputError] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)  # batches that ran again after a worker was lost
    lost: list[str] = field(default_factory=list)     # batches given up (their worker died every time)
    graphs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.lost

    def summary(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        lines = [f"built {self.articles} article(s) on {self.workers} worker(s) into {self.server}: "
                 f"{self.events} event(s), {self.triples} triple(s) in {self.seconds:.1f}s "
                 f"({rate:.1f} articles/s); {self.skipped} unchanged article(s) skipped; "
                 f"{len(self.failures)} file(s) or article(s) failed"]
        if self.retried:
            lines.append(f"{len(self.retried)} batch(es) ran again after a worker was lost: " + "; ".join(self.retried))
        if self.lost:
            lines.append(f"{len(self.lost)} batch(es) not built (their workers kept dying): " + "; ".join(self.lost))
        return "\n".join(lines)


@dataclass
class _Plan:
    keep: dict[str, int]            # key -> index of the occurrence that is built (the last, as kg.build)
    prints: dict[str, str]          # key -> fingerprint of that occurrence
    failures: list[InputError]


def _plan(paths: list[str]) -> _Plan:
    """First pass: keys and fingerprints only; no text is kept."""
    keep, prints = {}, {}
    failures: list[InputError] = []
    for n, item in enumerate(_stream(paths, failures)):
        keep[item.key] = n
        prints[item.key] = fingerprint(item)
    return _Plan(keep, prints, failures)


def _stream(paths: list[str], failures: list[InputError] | None = None) -> Iterator[Article]:
    """The articles of the files and folders, in the order kg.extract.ingest.collect reads them."""
    from .extract.ingest import SUFFIXES, read_file

    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files and failures is not None:
                failures.append(InputError(f"{path}: folder holds no .txt, .html or .jsonl files", file=str(path)))
        elif path.exists():
            files = [path]
        else:
            if failures is not None:
                failures.append(InputError(f"{path}: no such file or folder", file=str(path)))
            continue
        for file in files:
            for item in read_file(file):
                if isinstance(item, InputError):
                    if failures is not None:
                        failures.append(item)
                else:
                    yield item


def _batches(paths: list[str], todo: dict[str, int], size: int) -> Iterator[list[Article]]:
    """Second pass: the articles to build, `size` at a time."""
    batch: list[Article] = []
    for n, article in enumerate(_stream(paths)):
        if todo.get(article.key) == n:
            batch.append(article)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


def _describe(batch: int, keys: list[str]) -> str:
    shown = ", ".join(keys[:3]) + (f", ... ({len(keys)} articles)" if len(keys) > 3 else "")
    return f"batch {batch} [{shown}]"


def cluster_build(paths: list[str], store_url: str, *, workers: int | None = None, scheduler: str | None = None,
                  batch_size: int = 8, progress: bool = False, update_url: str | None = None,
                  graph_store_url: str | None = None, timeout: float = 60.0) -> ClusterReport:
    """Build the articles under `paths` on a Dask cluster into the SPARQL server at `store_url`
    (its query endpoint). `workers`: start a LocalCluster of that many processes; `scheduler`:
    use the cluster at that address. Raises StoreError when the server is down or refuses a write
    (a second run resumes), ConfigError when dask is not installed."""
    try:
        from distributed import Client, LocalCluster, as_completed
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker
    except ImportError:
        raise ConfigError("kg build --workers/--scheduler needs Dask: pip install \"news-kg[cluster]\"") from None
    if not workers and not scheduler:
        raise ConfigError("give --workers N (a local cluster) or --scheduler tcp://HOST:PORT")
    if batch_size < 1:
        raise ConfigError("the batch size must be at least 1")
    started = time.perf_counter()
    target = Target.from_url(store_url, update_url, graph_store_url, timeout)
    report = ClusterReport(server=target.name)

    # the server first: nothing is extracted for a server that cannot take it
    stored = target.fingerprints()
    target.put_graph(ONTOLOGY_GRAPH, ontology_triples())

    plan = _plan(paths)
    report.failures = list(plan.failures)
    todo = {key: n for key, n in plan.keep.items() if stored.get(_graph_of(key)) != plan.prints[key]}
    report.skipped = len(plan.keep) - len(todo)
    if not todo:
        report.seconds = time.perf_counter() - started
        return report

    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="30s")
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
        client = Client(cluster)
    run = uuid.uuid4().hex
    bar = None
    try:
        t0 = time.perf_counter()
        client.register_plugin(_plugin())
        report.model_seconds = time.perf_counter() - t0
        report.workers = len(client.nthreads())
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(todo), unit="article", file=sys.stderr, disable=len(todo) < 2)
        window = max(2, 2 * max(report.workers, 1))
        pending = as_completed()
        keys_of: dict[int, list[str]] = {}
        ran_on: dict[int, str] = {}
        feed = _batches(paths, todo, batch_size)
        in_flight = 0

        def submit_next() -> bool:
            nonlocal in_flight
            batch = next(feed, None)
            if batch is None:
                return False
            n = report.batches
            report.batches += 1
            keys_of[n] = [a.key for a in batch]
            future = client.submit(run_batch, n, run, batch, target, key=f"kg-batch-{run}-{n}", pure=False)
            future.batch = n  # type: ignore[attr-defined]
            pending.add(future)
            in_flight += 1
            return True

        while in_flight < window and submit_next():
            pass
        for future in pending:
            in_flight -= 1
            n = future.batch  # type: ignore[attr-defined]
            try:
                result: BatchResult = future.result()
            except KilledWorker:
                report.lost.append(_describe(n, keys_of[n]))
                report.failures += [InputError(f"{k}: not built: the workers running its batch kept dying")
                                    for k in keys_of[n]]
            except StoreError:
                for other in list(pending.futures):
                    other.cancel()
                raise
            else:
                ran_on[n] = result.worker
                for done in result.done:
                    report.articles += 1
                    report.events += done.events
                    report.triples += done.triples
                    report.words += done.words
                    report.graphs.append(done.graph)
                report.triples += result.entity_triples
                report.failures += [InputError(message, file=origin) for origin, message in result.failures]
            if bar is not None:
                bar.update(len(keys_of[n]))
            future.release()
            while in_flight < window and submit_next():
                pass
        report.retried = _retried(client, run, keys_of, ran_on)
    except FutureCancelledError:
        raise StoreError(f"the build on the cluster was cancelled before it finished; the SPARQL server "
                         f"{target.name} holds what was written; run it again to resume", store=target.name) from None
    finally:
        if bar is not None:
            bar.close()
        client.close()
        if cluster is not None:
            cluster.close()
    report.seconds = time.perf_counter() - started
    return report


def _graph_of(key: str) -> str:
    from .mapping import article_iri

    return article_iri(key).value


def _plugin():
    from distributed.diagnostics.plugin import WorkerPlugin

    class _Model(ModelPlugin, WorkerPlugin):
        pass

    return _Model()


def _retried(client, run: str, keys_of: dict[int, list[str]], ran_on: dict[int, str]) -> list[str]:
    """The batches of this run that a lost worker held (the scheduler's remove-worker events) or
    that started more than once (the workers' own events), and where each finally ran."""
    lost: dict[int, list[str]] = {}
    prefix = f"kg-batch-{run}-"
    for _, event in client.get_events("all"):
        if isinstance(event, dict) and event.get("action") == "remove-worker" and not event.get("expected"):
            for key in event.get("processing-tasks", ()):
                if isinstance(key, str) and key.startswith(prefix):
                    lost.setdefault(int(key[len(prefix):]), []).append(str(event.get("worker")))
    for _, event in client.get_events(EVENT_TOPIC):
        if isinstance(event, dict) and event.get("run") == run:
            lost.setdefault(event["batch"], [])
            if event["worker"] != ran_on.get(event["batch"]) and event["worker"] not in lost[event["batch"]]:
                lost[event["batch"]].append(event["worker"])
    return [f"{_describe(n, keys_of.get(n, []))} was on {', '.join(workers)} when it was lost; "
            f"ran again on {ran_on.get(n, 'no worker')}" for n, workers in sorted(lost.items()) if workers]
