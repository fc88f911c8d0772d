"""Build: files in, named graphs in the store out. The one function both `kg build` and the
tests call; `kg build` is a thin wrapper that prints the report."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from .errors import InputError
from .extract.pipeline import extract_many
from .extract.ingest import collect
from .mapping import article_iri, entities_triples, to_triples
from .extract.nlp import gazetteer, pipeline
from .records import Article
from .store.stores import Store
from .vocab import ENTITIES_GRAPH, ONTOLOGY_GRAPH, ontology_triples


@dataclass
class BuildReport:
    articles: int = 0
    events: int = 0
    triples: int = 0
    words: int = 0
    seconds: float = 0.0
    failures: list[InputError] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def load_ontology(store: Store) -> int:
    """(Re)load the ontology into its own named graph."""
    return store.replace_graph(ONTOLOGY_GRAPH, ontology_triples())


def build_articles(articles: list[Article], store: Store, progress: bool = False, chunk: int = 16) -> BuildReport:
    report = BuildReport()
    started = time.perf_counter()
    load_ontology(store)
    unique = list({a.key: a for a in articles}.values())  # the same article twice is built once
    nlp, gaz = pipeline(), gazetteer()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(unique), unit="article", file=sys.stderr, disable=len(unique) < 2)
    for i in range(0, len(unique), chunk):
        batch = unique[i:i + chunk]
        for extraction in extract_many(batch, nlp, gaz):
            graph = article_iri(extraction.article).value
            report.triples += store.replace_graph(graph, to_triples(extraction))
            report.triples += store.add_to_graph(ENTITIES_GRAPH, entities_triples(extraction))
            report.events += len(extraction.events)
            report.words += len(extraction.article.text.split())
            report.graphs.append(graph)
        report.articles += len(batch)
        if bar is not None:
            bar.update(len(batch))
    if bar is not None:
        bar.close()
    store.flush()
    report.seconds = time.perf_counter() - started
    return report


def build(paths: list[str], store: Store, progress: bool = False) -> BuildReport:
    """Read every article under `paths` and put each into its own named graph. Files that cannot
    be read are reported in `failures`; the others still go in."""
    ingested = collect(paths)
    report = build_articles(ingested.articles, store, progress=progress) if ingested.articles else BuildReport()
    report.failures = ingested.failures
    return report
