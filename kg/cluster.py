"""Build on a Dask cluster, into a shared SPARQL server.

`kg build PATHS --store-url URL --workers N` (a LocalCluster of N worker processes) or
`--scheduler tcp://HOST:PORT` (a cluster you already run) sends the articles to the workers in
batches. Each worker loads the spaCy model once (a worker plugin), extracts and maps its batch with
kg.build.extract_and_map (what a single-machine build runs) and writes the result to the SPARQL
server itself:

- the entity descriptions of the batch: one Graph Store Protocol POST to the entities graph
  (a merge: the same description twice is one);
- each article's graph: one Graph Store Protocol PUT (`{server}/store?graph=IRI`, N-Triples), so
  a graph is replaced whole or not at all;
- then the fingerprints of the batch's articles (kg.build.article_fingerprint: the extractor
  version, key, text and metadata): one SPARQL Update into the server's default graph,
  `<article-graph> kgb:fingerprint "..."`, where kg.build keeps them too. The fingerprint
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

import logging
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import pyoxigraph as ox

from .errors import ConfigError, InputError, StoreError
from .records import Article
from .store.shared import FORGET_UNTOLD
from .vocab import ENTITIES_GRAPH

FINGERPRINT = ox.NamedNode("https://w3id.org/news-kg/build#fingerprint")  # as kg.build.FINGERPRINT
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
        if not rows:
            return {}
        held = {row["g"].value for row in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }") if "g" in row}
        return {row["g"].value: row["f"].value for row in rows if "f" in row and row.get("g") and row["g"].value in held}

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
    failures: list[tuple[str, dict]] = field(default_factory=list)  # (message, details) of InputErrors
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


def article_graphs(articles: list[Article]) -> tuple[list[tuple[Article, object]], list[ox.Triple],
                                                       list[tuple[str, dict]]]:
    """Extraction and mapping of one batch by kg.build.extract_and_map (what a single-machine
    build runs): (article, kg.build.ArticleGraphs) for each article, the entity descriptions they
    need, and (message, details) of each article that failed (one article's failure is that
    article's, not the batch's)."""
    from .build import extract_and_map
    from .extract.nlp import gazetteer, pipeline

    graphs, entities, failures = [], {}, []
    for article, item in zip(articles, extract_and_map(articles, pipeline(), gazetteer())):
        if isinstance(item, InputError):
            failures.append((item.message, item.details))  # an InputError's details do not survive pickling
            continue
        graphs.append((article, item))
        entities.update(dict.fromkeys(item.entity_triples))
    return graphs, list(entities), failures


def run_batch(batch: int, run: str, articles: list[Article], target: Target) -> BatchResult:
    """One batch on a worker: extract, then write the entities, each article graph and the
    fingerprints to the server. Runs again whole if its worker dies: every write is idempotent."""
    from .build import events_of

    started = time.perf_counter()
    worker = _worker_address()
    _log_start(batch, run, worker)
    graphs, entities, failures = article_graphs(articles)
    target.forget_fingerprints([item.graph for _, item in graphs])
    target.post_graph(ENTITIES_GRAPH, entities)
    result = BatchResult(batch, worker, failures=failures, entity_triples=len(entities))
    for article, item in graphs:
        n = target.put_graph(item.graph, item.triples)
        result.done.append(ArticleDone(article.key, item.graph, events_of(item), n, len(article.text.split())))
    target.record_fingerprints({item.graph: item.fingerprint for _, item in graphs})
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
    startup_seconds: float = 0.0    # the cluster's start (or connection) and the model load
    failures: list[InputError] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)  # batches that ran again after a worker was lost
    lost: list[str] = field(default_factory=list)     # batches given up (their worker died every time)
    graphs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.lost

    def summary(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        where = f"on {self.workers} worker(s)" if self.workers else "(nothing to extract: no cluster started)"
        lines = [f"built {self.articles} article(s) {where} into {self.server}: "
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


def _plan(paths: list[str], max_bytes: int) -> _Plan:
    """First pass: keys and fingerprints only; no text is kept."""
    from .build import article_fingerprint
    from .extract.ingest import iter_articles

    keep, prints = {}, {}
    failures: list[InputError] = []
    n = -1
    for item in iter_articles(paths, max_bytes):
        if isinstance(item, InputError):
            failures.append(item)
            continue
        n += 1
        keep[item.key] = n
        prints[item.key] = article_fingerprint(item)
    return _Plan(keep, prints, failures)


def _batches(paths: list[str], todo: dict[str, int], size: int, max_bytes: int) -> Iterator[list[Article]]:
    """Second pass: the articles to build (the last of each key, as a single-machine build ends
    up with), `size` at a time."""
    from .extract.ingest import iter_articles

    batch: list[Article] = []
    n = -1
    for article in iter_articles(paths, max_bytes):
        if isinstance(article, InputError):
            continue
        n += 1
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
                  graph_store_url: str | None = None, timeout: float = 60.0,
                  max_article_bytes: int | None = None) -> ClusterReport:
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
    from .extract.ingest import DEFAULT_MAX_ARTICLE_BYTES

    max_bytes = max_article_bytes or DEFAULT_MAX_ARTICLE_BYTES
    started = time.perf_counter()
    target = Target.from_url(store_url, update_url, graph_store_url, timeout)
    report = ClusterReport(server=target.name)

    # the server first: nothing is extracted for a server that cannot take it
    stored = target.fingerprints()
    _ensure_ontology(target)

    plan = _plan(paths, max_bytes)
    report.failures = list(plan.failures)
    todo = {key: n for key, n in plan.keep.items() if stored.get(_graph_of(key)) != plan.prints[key]}
    report.skipped = len(plan.keep) - len(todo)
    if not todo:
        report.seconds = time.perf_counter() - started
        return report

    cluster = None
    up = time.perf_counter()
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
        report.startup_seconds = time.perf_counter() - up
        report.workers = len(client.nthreads())
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(todo), unit="article", file=sys.stderr, disable=len(todo) < 2)
        window = max(2, 2 * max(report.workers, 1))
        pending = as_completed()
        keys_of: dict[int, list[str]] = {}
        ran_on: dict[int, str] = {}
        feed = _batches(paths, todo, batch_size, max_bytes)
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
            except Exception as exc:  # noqa: BLE001 - a batch that failed on its worker is its articles' error
                report.failures += [InputError(f"{k}: not built: its batch failed on the worker: "
                                               f"{type(exc).__name__}: {exc}") for k in keys_of[n]]
            else:
                ran_on[n] = result.worker
                for done in result.done:
                    report.articles += 1
                    report.events += done.events
                    report.triples += done.triples
                    report.words += done.words
                    report.graphs.append(done.graph)
                report.triples += result.entity_triples
                report.failures += [InputError(message, **details) for message, details in result.failures]
            if bar is not None:
                bar.update(len(keys_of[n]))
            future.release()
            while in_flight < window and submit_next():
                pass
        report.retried = _retried(client, run, keys_of, ran_on)
        sent = {k for keys in keys_of.values() for k in keys}
        report.failures += [InputError(f"{k}: not built: the input changed while the build read it; run it again")
                            for k in sorted(set(todo) - sent)]
        if report.articles:  # a rebuilt article may no longer tell an event: its description goes
            target.update(FORGET_UNTOLD, "taking out the events no article tells any more")
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


def _ensure_ontology(target: Target) -> None:
    """kg.build.ensure_ontology on the server: the ontology graph, unless it is stored as shipped."""
    from .build import ensure_ontology
    from .store.stores import RemoteStore

    try:
        ensure_ontology(RemoteStore(target.query_url, target.update_url, timeout=target.timeout))
    except StoreError as exc:
        raise StoreError(f"the SPARQL server {target.name} refused the ontology graph: {exc.message}",
                         store=target.name) from None


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
