"""Benchmark: prints its figures, asserts nothing.

    .venv/bin/python bench/bench.py [--events 40000] [--corpus PATH ...] [--repeat 3]

1. Extraction throughput end to end (text to triples in the store), in words per second, next to
   raw `nlp.pipe` of the same spaCy model on the same text; the ratio is the figure to watch.
2. Load time and canned-query latency on a graph of about 1M triples (synthetic events made by the
   real mapping code, so the shape is the real one).
3. Peak memory (max RSS) of this process.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import build_articles, load_ontology  # noqa: E402
from kg.extract.ingest import collect  # noqa: E402
from kg.mapping import article_iri, entities_triples, to_triples  # noqa: E402
from kg.store.catalogue import Catalogue  # noqa: E402
from kg.records import Article, DateValue, Entity, Event, Extraction, Span  # noqa: E402
from kg.store.stores import EmbeddedStore  # noqa: E402
from kg.vocab import ENTITIES_GRAPH  # noqa: E402

DEFAULT_CORPUS = [ROOT.parent / "shared" / "corpus" / "seeds.jsonl", ROOT / "examples"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def throughput(paths: list[Path], repeat: int) -> None:
    import spacy

    from kg.extract.nlp import MODEL, pipeline

    articles = collect([p for p in paths if p.exists()]).articles
    words = sum(len(a.text.split()) for a in articles) * repeat
    pipeline()  # load once, outside the timings
    raw = spacy.load(MODEL)
    texts = [a.text for a in articles] * repeat
    t0 = time.perf_counter()
    for _ in raw.pipe(texts, batch_size=64):
        pass
    raw_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "kg-data")
        t0 = time.perf_counter()
        for i in range(repeat):  # distinct keys each round, so each round really writes
            batch = [Article(key=f"{a.key}-{i}", text=a.text, origin=a.origin, id=a.id, title=a.title, url=a.url,
                             outlet=a.outlet, published=a.published) for a in articles]
            build_articles(batch, store)
        e2e_s = time.perf_counter() - t0
        store.close()
    print(f"corpus: {len(articles)} articles x {repeat} = {words} words")
    print(f"raw nlp.pipe ({MODEL}): {words / raw_s:,.0f} words/s")
    print(f"end to end (text -> triples in store): {words / e2e_s:,.0f} words/s")
    print(f"end-to-end / raw ratio: {raw_s / e2e_s:.2f}")


def synthetic(n_events: int, seed: int = 7) -> list[Extraction]:
    rnd = random.Random(seed)
    people = [Entity(f"person-{i}", f"Person {i}", "Person", frozenset({f"P{i}"})) for i in range(2000)]
    countries = [Entity(f"country-{i}", f"Country {i}", "Country") for i in range(150)]
    cities = [Entity(f"city-{i}", f"City {i}", "City") for i in range(800)]
    topics = [Entity(f"topic-{i}", f"Topic {i}", "Topic") for i in range(40)] + [Entity("ukraine", "Ukraine", "Country")]
    weapons = [Entity(f"weapon-{i}", f"Weapon {i}", "WeaponSystem") for i in range(80)]
    out, per_article = [], 25
    start = date(2022, 1, 1)
    for a in range(n_events // per_article):
        article = Article(key=f"bench-{a}", text="", origin="bench", id=f"bench-{a}",
                          published=start + timedelta(days=a % 1200))
        events, ents = [], {}
        for k in range(per_article):
            kind = rnd.choice(["Meeting", "Meeting", "Call", "Supply", "Attack"])
            if kind in ("Meeting", "Call"):
                roles = {"participant": rnd.sample(people, 2)}
            elif kind == "Supply":
                roles = {"supplier": [rnd.choice(countries)], "recipient": [rnd.choice(countries)],
                         "item": [rnd.choice(weapons)]}
            else:
                roles = {"attacker": [rnd.choice(countries)], "target": [rnd.choice(cities)]}
            day = article.published - timedelta(days=rnd.randint(0, 6))
            ev = Event(kind, roles, rnd.choice(["happened", "happened", "planned", "proposed"]),
                       Span(k * 100, k * 100 + 90, f"Sentence {k} of article {a}."), "met",
                       date=DateValue(day), place=rnd.choice(cities),
                       topics=[rnd.choice(topics)] if kind == "Meeting" else [])
            events.append(ev)
            for e in [x for xs in roles.values() for x in xs] + [ev.place] + ev.topics:
                ents[e.key] = e
        out.append(Extraction(article, ents, events))
    return out


def graph_at_scale(n_events: int) -> None:
    extractions = synthetic(n_events)
    graphs = {article_iri(x.article).value: to_triples(x) for x in extractions}
    graphs[ENTITIES_GRAPH] = list(dict.fromkeys(t for x in extractions for t in entities_triples(x)))
    quads = sum(len(triples) for triples in graphs.values())
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "kg-data")
        load_ontology(store)
        t0 = time.perf_counter()
        for graph, triples in graphs.items():     # as kg build writes them: a graph at a time
            store.replace_graph(graph, triples)
        load_s = time.perf_counter() - t0
        print(f"graph: {n_events} synthetic events, {quads:,} quads; load {load_s:.1f}s "
              f"({quads / load_s:,.0f} quads/s); store holds {store.count():,}")
        catalogue = Catalogue()
        cases = [("who-met-whom", {}), ("who-met-whom", {"topic": "Ukraine"}),
                 ("who-met-whom", {"entity": "Person 7", "since": "2023-01-01"}),
                 ("who-supplied-whom", {}), ("who-supplied-whom", {"item": "Weapon 3"}),
                 ("who-attacked-whom", {"target": "City 5"})]
        for name, args in cases:
            q = catalogue.get(name)
            times, rows = [], 0
            for _ in range(3):
                t0 = time.perf_counter()
                rows = len(q.run(store, args, max_rows=10000).rows)
                times.append(time.perf_counter() - t0)
            print(f"  {name}{'?' + '&'.join(f'{k}={v}' for k, v in args.items()) if args else ''}: "
                  f"best {min(times) * 1000:.0f} ms, first {times[0] * 1000:.0f} ms, {rows} rows (max 10000)")
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=40000, help="synthetic events (40,000 is about 1M quads)")
    ap.add_argument("--corpus", nargs="*", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    throughput(args.corpus, args.repeat)
    graph_at_scale(args.events)
    print(f"peak memory (max RSS): {peak_mb():,.0f} MB")


if __name__ == "__main__":
    main()
