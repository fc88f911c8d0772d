"""Test helpers: the one sample dataset, a live server, a plain HTTP client and a local listener.

The sample dataset is four short articles as extraction would give them (kg.records), turned into
triples by the real mapping (kg.mapping), so every test that needs a small graph reads what a
build writes, not a second hand-written idea of it:

- k1: Volodymyr Zelensky met Emmanuel Macron in Paris about Ukraine (a meeting that happened);
- k2: Wang Yi will meet Sergei Lavrov in Beijing about sanctions (planned), and will call Kaja
  Kallas this week (a planned call, dated by the week);
- k3: the United States delivered Patriot systems to Ukraine (a supply), and Ukraine asked
  Germany for more (a proposed request, with no date);
- k4: Russia attacked Kyiv with Shahed drones (an attack with a weapon).

    graphs = sample().graphs            # graph IRI -> triples: ontology, entities, one per article
    sample().event("k4", "Attack")      # an event's IRI (a hash of what it is, as the build mints it)
    write_sample_store(path)            # an embedded store holding all of it
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit

import pyoxigraph as ox

from kg.mapping import article_iri, entities_triples, event_iri, to_triples
from kg.records import Article, DateValue, Entity, Event, Extraction, Span
from kg.vocab import ENTITIES_GRAPH, NKG, ONTOLOGY_GRAPH, RDFS, ontology_triples

ROOT = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------------- the sample dataset
def _person(key: str, label: str, *aliases: str, wikidata: str | None = None) -> Entity:
    return Entity(key, label, "Person", frozenset(aliases), wikidata)


ZELENSKY = _person("volodymyr-zelensky", "Volodymyr Zelensky", "Zelensky", "Zelenskyy", wikidata="Q3874799")
MACRON = _person("emmanuel-macron", "Emmanuel Macron", "Macron", wikidata="Q3052772")
WANG_YI = _person("wang-yi", "Wang Yi")
LAVROV = _person("sergei-lavrov", "Sergei Lavrov", "Lavrov")
KALLAS = _person("kaja-kallas", "Kaja Kallas", "Kallas")
UKRAINE = Entity("ukraine", "Ukraine", "Country", wikidata="Q212")
UNITED_STATES = Entity("united-states", "United States", "Country", frozenset({"US", "USA"}), "Q30")
GERMANY = Entity("germany", "Germany", "Country", wikidata="Q183")
RUSSIA = Entity("russia", "Russia", "Country", frozenset({"Russian Federation"}), "Q159")
PARIS = Entity("paris", "Paris", "City", wikidata="Q90", country="france")
BEIJING = Entity("beijing", "Beijing", "City", wikidata="Q956", country="china")
KYIV = Entity("kyiv", "Kyiv", "City", frozenset({"Kiev"}), "Q1899", country="ukraine")
SANCTIONS = Entity("sanctions", "Sanctions", "Topic")
PATRIOT = Entity("patriot", "Patriot", "WeaponSystem", frozenset({"Patriot missile system"}))
SHAHED = Entity("shahed-136", "Shahed-136", "WeaponSystem", frozenset({"Shahed"}))


def _article(key: str, title: str, published: date, *sentences: str) -> Article:
    return Article(key=key, text=" ".join(sentences), origin=f"sample/{key}.txt", id=key, title=title,
                   url=f"https://example.org/news/{key}", outlet="Test Wire", published=published)


def _sentence(article: Article, text: str) -> Span:
    start = article.text.index(text)
    return Span(start, start + len(text), text)


def _extractions() -> list[Extraction]:
    out = []

    s1 = "Volodymyr Zelensky met Emmanuel Macron in Paris on Sunday to discuss Ukraine's air defence."
    k1 = _article("k1", "Zelensky and Macron meet in Paris", date(2025, 7, 14), s1,
                  "The two leaders spoke for three hours.")
    out.append(Extraction(k1, {e.key: e for e in (ZELENSKY, MACRON, PARIS, UKRAINE)}, [
        Event("Meeting", {"participant": [ZELENSKY, MACRON]}, "happened", _sentence(k1, s1), "met",
              DateValue(date(2025, 7, 13)), place=PARIS, topics=[UKRAINE])]))

    s2 = "Wang Yi will meet Sergei Lavrov in Beijing on Sunday to talk about sanctions."
    s3 = "Wang will also speak with Kaja Kallas by phone this week."
    k2 = _article("k2", "Wang Yi to meet Lavrov", date(2025, 7, 15), s2, s3)
    out.append(Extraction(k2, {e.key: e for e in (WANG_YI, LAVROV, BEIJING, SANCTIONS, KALLAS)}, [
        Event("Meeting", {"participant": [WANG_YI, LAVROV]}, "planned", _sentence(k2, s2), "meet",
              DateValue(date(2025, 7, 20)), place=BEIJING, topics=[SANCTIONS]),
        Event("Call", {"participant": [WANG_YI, KALLAS]}, "planned", _sentence(k2, s3), "speak",
              DateValue(date(2025, 7, 14), "week", date(2025, 7, 20)))]))

    s4 = "The United States delivered Patriot systems to Ukraine on Thursday."
    s5 = "Ukraine asked Germany for more Patriot systems."
    k3 = _article("k3", "Patriots for Ukraine", date(2025, 7, 11), s4, s5)
    out.append(Extraction(k3, {e.key: e for e in (UNITED_STATES, PATRIOT, UKRAINE, GERMANY)}, [
        Event("Supply", {"supplier": [UNITED_STATES], "recipient": [UKRAINE], "item": [PATRIOT]}, "happened",
              _sentence(k3, s4), "delivered", DateValue(date(2025, 7, 10))),
        Event("Request", {"requester": [UKRAINE], "addressee": [GERMANY], "item": [PATRIOT]}, "proposed",
              _sentence(k3, s5), "asked")]))

    s6 = "Russia attacked Kyiv with Shahed drones overnight, officials said."
    k4 = _article("k4", "Drones strike Kyiv", date(2025, 7, 12), s6)
    out.append(Extraction(k4, {e.key: e for e in (RUSSIA, KYIV, SHAHED)}, [
        Event("Attack", {"attacker": [RUSSIA], "target": [KYIV], "weapon": [SHAHED]}, "happened",
              _sentence(k4, s6), "attacked", DateValue(date(2025, 7, 12)))]))
    return out


@dataclass(frozen=True)
class Sample:
    extractions: tuple[Extraction, ...]
    graphs: Mapping[str, tuple[ox.Triple, ...]]   # the ontology, the entities graph and one graph per article

    def article(self, key: str) -> str:
        return article_iri(key).value

    def extraction(self, key: str) -> Extraction:
        return next(x for x in self.extractions if x.article.key == key)

    def event_record(self, key: str, kind: str) -> Event:
        return next(e for e in self.extraction(key).events if e.type == kind)

    def event(self, key: str, kind: str) -> ox.NamedNode:
        """The IRI of the one event of this type in article `key`."""
        return event_iri(self.event_record(key, kind))

    def evidence(self, key: str, kind: str) -> ox.NamedNode:
        """The evidence node of that event, as the mapping wrote it."""
        event = self.event(key, kind)
        return next(t.object for t in self.graphs[self.article(key)] if t.subject == event
                    and t.predicate == NKG.evidence)

    def label(self, node: ox.NamedNode) -> str:
        return next(t.object.value for ts in self.graphs.values() for t in ts
                    if t.subject == node and t.predicate == RDFS.label)

    @property
    def data_graphs(self) -> dict[str, tuple[ox.Triple, ...]]:
        """Every graph but the ontology."""
        return {g: ts for g, ts in self.graphs.items() if g != ONTOLOGY_GRAPH}

    def triples(self) -> set[ox.Triple]:
        return {t for ts in self.graphs.values() for t in ts}


@lru_cache(maxsize=1)
def sample() -> Sample:
    """The sample dataset, through the real mapping, in the graphs `kg build` puts it in."""
    extractions = tuple(_extractions())
    graphs: dict[str, tuple[ox.Triple, ...]] = {ONTOLOGY_GRAPH: tuple(ontology_triples())}
    entities: list[ox.Triple] = []
    for extraction in extractions:
        graphs[article_iri(extraction.article).value] = tuple(to_triples(extraction))
        entities += entities_triples(extraction)
    graphs[ENTITIES_GRAPH] = tuple(dict.fromkeys(entities))
    return Sample(extractions, graphs)


def write_sample_store(path: str | Path, graphs: Mapping[str, Any] | None = None) -> Path:
    """An embedded store at `path` holding the sample dataset (or the given graphs); returns the path."""
    store = fill_store(path, graphs)
    store.close()
    return Path(path)


def fill_store(path: str | Path | None, graphs: Mapping[str, Any] | None = None):
    """An open EmbeddedStore at `path` (in memory for None) with the sample graphs (or `graphs`)."""
    from kg.store.stores import EmbeddedStore

    store = EmbeddedStore(path)
    try:
        for graph, triples in (sample().graphs if graphs is None else graphs).items():
            store.replace_graph(graph, triples)
    except BaseException:
        store.close()
        raise
    return store


# --------------------------------------------------------------------------- a live server
class LiveServer:
    """The real server, `python -m api.serve` in a subprocess, on a free loopback port, configured
    through KG_* environment variables as `kg serve` would be.

        with LiveServer({"store": "kg-data", "query_timeout": 2}) as server:
            fetch("GET", server.url + "/queries")
    """

    def __init__(self, settings: Mapping[str, Any] | None = None, startup_timeout: float = 30) -> None:
        self.settings = {"host": "127.0.0.1", **(settings or {}), "port": 0}
        self.startup_timeout = startup_timeout
        self.url = ""
        self.process: subprocess.Popen | None = None
        self._log = tempfile.NamedTemporaryFile(prefix="kg-serve-", suffix=".log", delete=False)

    @property
    def log(self) -> str:
        """What the server wrote so far (its first line, logs, errors)."""
        return Path(self._log.name).read_text(errors="replace")

    def start(self) -> "LiveServer":
        env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
        for key, value in self.settings.items():
            if value is not None:
                env["KG_" + key.upper()] = ",".join(value) if isinstance(value, (list, tuple)) else str(value)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        self.process = subprocess.Popen([sys.executable, "-m", "api.serve"], env=env, stdout=self._log,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            found = re.search(r"serving on (http://\S+?)/? ", self.log)
            if found:
                self.url = found.group(1).rstrip("/")
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with {self.process.returncode}: {self.log[-3000:]}")
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the server did not start within {self.startup_timeout} s: {self.log[-3000:]}")

    def worker_pids(self, count: int | None = None, wait: float = 15.0) -> list[int]:
        """Process ids of the server's store workers (its child processes); with `count`, waited
        for (up to `wait` seconds) until there are that many: the server starts them as it comes
        up, and on a busy machine they may come after its first answer."""
        deadline = time.monotonic() + wait
        while True:
            pids: list[int] = []
            if self.process is not None:
                for task in Path(f"/proc/{self.process.pid}/task").glob("*"):
                    try:
                        pids += [int(p) for p in (task / "children").read_text().split()]
                    except OSError:
                        pass
            if count is None or len(pids) == count or time.monotonic() > deadline:
                return sorted(pids)
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def __enter__(self) -> "LiveServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
        os.unlink(self._log.name)


# --------------------------------------------------------------------------- plain HTTP
class Reply:
    """An HTTP answer: status, headers (case-insensitive), body."""

    def __init__(self, status: int, headers, body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self):
        return json.loads(self.body)

    @property
    def media_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip()

    def __repr__(self) -> str:
        return f"<Reply {self.status} {self.media_type} {self.body[:300]!r}>"


def fetch(method: str, url: str, body: bytes | str | None = None, headers: Mapping[str, str] | None = None,
          timeout: float = 60) -> Reply:
    """One HTTP request exactly as given (no default Accept, no redirects, no retries)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        conn.putrequest(method, path, skip_accept_encoding=True)
        data = body.encode("utf-8") if isinstance(body, str) else body
        for key, value in (headers or {}).items():
            conn.putheader(key, value)
        if data is not None:
            conn.putheader("Content-Length", str(len(data)))
        conn.endheaders(data)
        response = conn.getresponse()
        return Reply(response.status, response.headers, response.read())
    finally:
        conn.close()


class Listener:
    """A local HTTP server on 127.0.0.1 that records every request and answers as a SPARQL
    endpoint would: what the outbound-fetch tests point every outbound form at."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        seen = self.requests

        class Handler(BaseHTTPRequestHandler):
            def answer(self) -> None:
                seen.append(f"{self.command} {self.path}")
                body = json.dumps({"head": {"vars": ["x"]},
                                   "results": {"bindings": [{"x": {"type": "literal", "value": "remote"}}]}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = answer

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.host, self.port = self.server.server_address
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
