"""Benchmark: prints its figures, asserts nothing.

    .venv/bin/python bench/bench.py [--events 40000] [--corpus PATH ...] [--repeat 3]

1. Extraction throughput end to end (text to triples in the store), in words per second, next to
   raw `nlp.pipe` of the same spaCy model on the same text; the ratio is the figure to watch.
2. A graph of --events synthetic events (made by the real mapping code, so the shape is the real
   one; 40,000 is about 1M quads, 400,000 about 10M), written a graph at a time as kg build
   writes: load time, store size on disk, peak memory; then `kg serve` on it, and for each canned
   query (the first page unfiltered, and a selective case per parameter) p50 and p99 over HTTP
   (limit=100) next to the same question written directly and sent to /sparql (a question that
   takes over a second is asked 3 times, not --requests times); then a simple SELECT on /sparql,
   `kg serve` against `oxigraph serve-read-only` on the same store, each started afresh, in 3
   rounds taken in turn (target: within 2x).
3. The same events told by one article each, then by --reports (8) articles each: the canned
   queries' p50 on both, and the ratio (target: within 1.5x).
4. Peak memory (max RSS) of this process, and of the server.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import ArticleGraphs, GraphWriter, build_articles, from_wire, load_ontology, to_wire  # noqa: E402
from kg.extract.ingest import collect  # noqa: E402
from kg.mapping import article_iri, entities_triples, to_triples  # noqa: E402
from kg.records import Article, DateValue, Entity, Event, Extraction, Span  # noqa: E402
from kg.store.stores import EmbeddedStore  # noqa: E402

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


DIRECT = "PREFIX nkg: <https://w3id.org/news-kg/ontology#>\n"


def cases(n_events: int) -> list[tuple[str, dict, str]]:
    """(canned query, parameters, the same question written directly): the first page unfiltered
    and a selective case per parameter. The direct query picks the page's events and pairs
    (newest first, 100), as a user writing SPARQL by hand for this graph would."""
    def direct(kind: str, first: str, second: str, where: str = "", filters: str = "") -> str:
        return (DIRECT + f"SELECT DISTINCT ?event ?x ?y ?date WHERE {{ {where} ?event a nkg:{kind} ; "
                f"nkg:{first} ?x ; nkg:{second} ?y . OPTIONAL {{ ?event nkg:date ?date }} {filters}"
                + (" FILTER(STR(?x) < STR(?y))" if first == second else "") + " } ORDER BY DESC(?date) LIMIT 100")

    e = lambda key: f"<https://w3id.org/news-kg/id/{key}>"
    day = lambda text: f'"{text}T00:00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>'
    late, early = "2025-04-10", "2022-01-03"
    out = []
    for name, kind, first, second in [("who-met-whom", "Meeting", "participant", "participant"),
                                      ("who-supplied-whom", "Supply", "supplier", "recipient"),
                                      ("who-attacked-whom", "Attack", "attacker", "target")]:
        d = lambda where="", filters="": direct(kind, first, second, where, filters)
        out += [(name, {}, d()),
                (name, {"status": "proposed"}, d("?event nkg:status nkg:proposed .")),
                (name, {"since": late}, d(filters=f"FILTER(?date >= {day(late)})")),
                (name, {"until": early}, d(filters=f"FILTER(?date <= {day(early)})"))]
        if name == "who-met-whom":
            out += [(name, {"entity": "Person 7"}, d(f"?event nkg:participant {e('person-7')} .",
                                                      f"FILTER(?x = {e('person-7')} || ?y = {e('person-7')})")),
                    (name, {"topic": "Topic 3"}, d(f"?event nkg:topic {e('topic-3')} ."))]
        elif name == "who-supplied-whom":
            out += [(name, {"supplier": "Country 5"}, d(f"?event nkg:supplier {e('country-5')} .")),
                    (name, {"recipient": "Country 9"}, d(f"?event nkg:recipient {e('country-9')} .")),
                    (name, {"item": "Weapon 3"}, d(f"?event nkg:item {e('weapon-3')} ."))]
        else:
            out += [(name, {"attacker": "Country 5"}, d(f"?event nkg:attacker {e('country-5')} .")),
                    (name, {"target": "City 5"}, d(f"?event nkg:target {e('city-5')} ."))]
    return out


_TO_MAP: list[Extraction] = []   # the extractions a forked mapping worker maps (load)
LOAD_CHUNK = 500                  # articles a mapping worker maps at a time


def _map_span(span: tuple[int, int, int]) -> list[tuple]:
    """In the mapping worker: the articles start..end mapped by the real mapping code, each told
    `reports` times (under distinct keys), sent back as kg build's workers send theirs."""
    start, end, reports = span
    out = []
    for x in _TO_MAP[start:end]:
        shared = entities_triples(x)
        for r in range(reports):
            a = x.article if reports == 1 else Article(key=f"{x.article.key}-r{r}", text="", origin="bench",
                                                       id=f"{x.article.id}-r{r}", published=x.article.published,
                                                       title=f"Report {r}", outlet=f"Outlet {r}")
            copy = Extraction(a, x.entities, x.events)
            out.append(to_wire(ArticleGraphs(article_iri(a).value, to_triples(copy), shared, a.key)))
    return out


def load(extractions: list[Extraction], path: Path, reports: int = 1) -> tuple[int, float, float, float]:
    """Write the graphs as kg build does: mapped in a worker process (kg build maps in the
    workers that extract), sent back as its workers send them, written by its GraphWriter in this
    process (new graphs gathered and bulk-loaded, then their fingerprints) while the worker maps
    the next articles; each article `reports` times (under distinct keys), so every event is told
    by that many articles; then compacted, as a build that writes this many articles does
    (Store.optimize). Returns (quads in the store, seconds to write them, flush to disk included,
    seconds to compact, CPU seconds the mapping worker spent)."""
    global _TO_MAP
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    store = EmbeddedStore(path)
    load_ontology(store)
    _TO_MAP = extractions
    spans = [(i, min(i + LOAD_CHUNK, len(extractions)), reports) for i in range(0, len(extractions), LOAD_CHUNK)]
    t0 = time.perf_counter()
    writer = GraphWriter(store, {})
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque = deque()

        def write_oldest() -> None:
            for item in from_wire(pending.popleft().result()):
                writer.write(item)

        for span in spans:
            pending.append(pool.submit(_map_span, span))
            if len(pending) > 2:               # two chunks in flight at most, as kg build does
                write_oldest()
        while pending:
            write_oldest()
        mapping_cpu = pool.submit(_cpu_seconds).result()
    writer.close()
    store.flush()
    seconds = time.perf_counter() - t0
    _TO_MAP = []
    t0 = time.perf_counter()
    store.optimize()
    compact = time.perf_counter() - t0
    quads = len(store._store)
    store.close()
    return quads, seconds, compact, mapping_cpu


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


class Server:
    """`kg serve` on a store, on a free loopback port; its peak memory (with its workers) at stop."""

    def __init__(self, store: Path) -> None:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        kg = Path(sys.executable).with_name("kg")
        self.proc = subprocess.Popen([str(kg), "serve", "--store", str(store), "--port", str(self.port),
                                      "--query-timeout", "60"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/queries", timeout=5).read()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("kg serve did not start")

    def peak_mb(self) -> float:
        """The largest VmHWM of the server and its worker processes."""
        pids = [self.proc.pid]
        try:
            pids += [int(p) for p in Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split()]
        except OSError:
            pass
        peak = 0.0
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) / 1024)
            except OSError:
                pass
        return peak

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def timed(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[float, int]:
    req = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json",
                                                            **(headers or {})})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=120) as resp:
        body = json.load(resp)
    return time.perf_counter() - t0, len(body["results"]["bindings"])


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    p = lambda q: ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000
    return p(0.5), p(0.99)


def get_p50(url: str, requests: int) -> tuple[float, int]:
    """p50 of GET url, in ms, and the answer's size in bytes."""
    times, size = [], 0
    for _ in range(requests):
        t0 = time.perf_counter()
        size = len(urllib.request.urlopen(url, timeout=120).read())
        times.append(time.perf_counter() - t0)
    return percentiles(times)[0], size


def ask(server: Server, name: str, args: dict, direct: str, requests: int) -> dict:
    canned_url = f"{server.url}/queries/{name}?" + urllib.parse.urlencode({**args, "limit": 100})
    sparql_url = server.url + "/sparql"
    body = direct.encode("utf-8")
    out = {}
    for label, call in [("canned", lambda: timed(canned_url)),
                        ("direct", lambda: timed(sparql_url, body, {"Content-Type": "application/sparql-query"}))]:
        warm, _ = call()
        times, rows = [], 0
        for _ in range(requests if warm < 1 else 3):   # a question over a second: 3 requests
            t, rows = call()
            times.append(t)
        out[label] = (*percentiles(times), rows)
    return out


def show(name: str, args: dict) -> str:
    return name + ("?" + "&".join(f"{k}={v}" for k, v in args.items()) if args else " (first page)")


def graph_at_scale(n_events: int, requests: int) -> None:
    extractions = synthetic(n_events)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kg-data"
        before = peak_mb()
        quads, load_s, compact_s, mapping_cpu = load(extractions, path)
        print(f"graph: {n_events:,} synthetic events in {len(extractions):,} articles, {quads:,} quads written; "
              f"load {load_s:.1f}s ({quads / load_s:,.0f} quads/s; mapped in a worker process as kg build "
              f"maps, {mapping_cpu:.1f} CPU s there) and compaction {compact_s:.1f}s "
              f"(together {load_s + compact_s:.1f}s); store on disk {disk_mb(path):,.0f} MB; "
              f"peak memory of the loading process {peak_mb():,.0f} MB (before loading {before:,.0f} MB)")
        server = Server(path)
        try:
            print(f"  canned queries over HTTP (limit=100) next to the same question sent to /sparql, "
                  f"{requests} requests each:")
            print(f"  {'question':52} {'canned p50':>10} {'p99':>8} {'rows':>5} {'direct p50':>10} {'p99':>8} "
                  f"{'rows':>5} {'ratio':>6}")
            for name, args, direct in cases(n_events):
                r = ask(server, name, args, direct, requests)
                (cp50, cp99, crows), (dp50, dp99, drows) = r["canned"], r["direct"]
                print(f"  {show(name, args):52} {cp50:8.1f}ms {cp99:6.1f}ms {crows:5d} {dp50:8.1f}ms {dp99:6.1f}ms "
                      f"{drows:5d} {cp50 / dp50:5.1f}x")
            for entity in ("person-7", "country-5", "topic-3"):   # /entities: its events, a page or all
                page = get_p50(f"{server.url}/entities/{entity}?limit=100", requests)
                every = get_p50(f"{server.url}/entities/{entity}", requests)
                print(f"  /entities/{entity}: a page of 100 events p50 {page[0]:.1f} ms ({page[1] / 1024:,.0f} KB), "
                      f"every event {every[0]:.1f} ms ({every[1] / 1024:,.0f} KB)")
            print(f"  peak memory of kg serve (largest of server and workers): {server.peak_mb():,.0f} MB")
        finally:
            server.stop()
        compare_sparql(path)


SIMPLE = "SELECT ?s WHERE { ?s a <https://w3id.org/news-kg/ontology#Meeting> } LIMIT 1"
SPARQL_ROUNDS, SPARQL_REQUESTS = 3, 400   # the /sparql comparison: rounds, and requests in each


def simple_select(endpoint: str, requests: int) -> float:
    """p50 (ms) of a simple SELECT sent by GET to a SPARQL endpoint."""
    url = endpoint + "?" + urllib.parse.urlencode({"query": SIMPLE})
    timed(url)
    return percentiles([timed(url)[0] for _ in range(max(requests, 50))])[0]


def compare_sparql(path: Path, rounds: int = SPARQL_ROUNDS, requests: int = SPARQL_REQUESTS) -> None:
    """The simple SELECT's p50 on `kg serve` and on `oxigraph serve-read-only` over the same store,
    each started afresh for each of `rounds` rounds, taken in turn (this machine's load shifts
    from minute to minute: one reading of each would compare two moments), and the median ratio."""
    ratios = []
    for i in range(rounds):
        server = Server(path)
        try:
            ours = simple_select(server.url + "/sparql", requests)
        finally:
            server.stop()
        theirs = oxigraph_select(path, requests)
        if theirs is None:
            print(f"  /sparql simple SELECT: p50 {ours:.2f} ms; `oxigraph serve-read-only` not installed")
            return
        ratios.append(ours / theirs)
        print(f"  /sparql simple SELECT, round {i + 1} of {rounds} ({requests} requests each): kg serve p50 "
              f"{ours:.2f} ms; `oxigraph serve-read-only` on the same store p50 {theirs:.2f} ms; ratio {ratios[-1]:.1f}x")
    print(f"  /sparql simple SELECT: median ratio {statistics.median(ratios):.1f}x")


def oxigraph_select(path: Path, requests: int) -> float | None:
    """The same simple SELECT against Oxigraph's own server (`oxigraph serve-read-only`, union
    default graph, as kg serve reads) on the same store; None when it is not installed."""
    import socket

    exe = Path(sys.executable).with_name("oxigraph")
    if not exe.exists():
        return None
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([str(exe), "serve-read-only", "--location", str(path), "--union-default-graph",
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                return simple_select(f"http://127.0.0.1:{port}/query", requests)
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait()


def told_by_many(n_events: int, reports: int, requests: int) -> None:
    """The same events, each told by one article, then by `reports` articles."""
    extractions = synthetic(n_events, seed=11)
    picked = [c for c in cases(n_events) if not c[1] or set(c[1]) & {"entity", "item", "target"}]
    results = {}
    for n in (1, reports):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "kg-data"
            quads, load_s, _, _ = load(extractions, path, reports=n)
            server = Server(path)
            try:
                row = {}
                for name, args, direct in picked:
                    row[show(name, args)] = ask(server, name, args, direct, requests)["canned"][0]
                row["/entities/country-5"] = get_p50(server.url + "/entities/country-5", requests)[0]
                row["peak memory of kg serve (MB)"] = server.peak_mb()
            finally:
                server.stop()
            results[n] = row
            print(f"  {n_events:,} events each told by {n} article(s): {quads:,} quads, load {load_s:.1f}s, "
                  f"store {disk_mb(path):,.0f} MB")
    print(f"  {'question':52} {'1 article':>10} {f'{reports} articles':>11} {'ratio':>6}   (p50, ms)")
    for key in results[1]:
        one, many = results[1][key], results[reports][key]
        print(f"  {key:52} {one:10.1f} {many:11.1f} {many / one:5.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=40000, help="synthetic events (40,000 is about 1M quads)")
    ap.add_argument("--corpus", nargs="*", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--requests", type=int, default=20, help="requests per question for p50 / p99 (default 20)")
    ap.add_argument("--reports", type=int, default=8, help="articles telling each event in the told-by-many "
                    "comparison (default 8)")
    ap.add_argument("--many-events", type=int, default=5000, help="events in the told-by-many comparison "
                    "(default 5,000)")
    ap.add_argument("--no-throughput", action="store_true", help="leave out the extraction throughput")
    args = ap.parse_args()
    if not args.no_throughput:
        throughput(args.corpus, args.repeat)
    graph_at_scale(args.events, args.requests)
    print(f"every event told by {args.reports} articles against by one:")
    told_by_many(args.many_events, args.reports, args.requests)
    print(f"peak memory of this process (max RSS): {peak_mb():,.0f} MB")


if __name__ == "__main__":
    main()
