"""The real server for tests and demos: `python -m api.serve` in a subprocess, on a free loopback
port, configured through KG_* environment variables as `kg serve` would be.

    with LiveServer({"store": "kg-data", "query_timeout": 2}) as server:
        urllib.request.urlopen(server.url + "/queries")
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Mapping

ROOT = Path(__file__).resolve().parent.parent


class LiveServer:
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

    def worker_pids(self) -> list[int]:
        """Process ids of the server's store workers (its child processes)."""
        if self.process is None:
            return []
        pids: list[int] = []
        for task in Path(f"/proc/{self.process.pid}/task").glob("*"):
            try:
                pids += [int(p) for p in (task / "children").read_text().split()]
            except OSError:
                pass
        return sorted(pids)

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


# --------------------------------------------------------------------------- a sample store
def sample_graphs() -> dict[str, list]:
    """A few articles' graphs as docs/data-model.md describes them (and the ontology graph):
    Zelensky met Macron in Paris about Ukraine (happened), Wang Yi will meet Lavrov in Beijing
    about sanctions (planned), the United States supplied Patriot systems to Ukraine, Russia
    attacked Kyiv with drones."""
    import pyoxigraph as ox

    from kg.vocab import DATA_BASE, NKG, ONTOLOGY_GRAPH, OWL, RDF, RDFS, SCHEMA, SKOS, XSD, ontology_path

    t, lit = ox.Triple, ox.Literal

    def node(local: str) -> ox.NamedNode:
        return ox.NamedNode(DATA_BASE + local)

    def day(text: str) -> ox.Literal:
        return lit(f"{text}T00:00:00", datatype=XSD.dateTime)

    graphs = {ONTOLOGY_GRAPH: [q.triple for q in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)]}

    def article(key: str, title: str, published: str, entities: list[tuple], event: tuple, sentence: str):
        a = node(f"article/{key}")
        kind, roles, status, date, extra = event
        e, ev = node(f"event/{key}"), node(f"evidence/{key}")
        triples = [t(a, RDF.type, NKG.Article), t(a, RDF.type, OWL.NamedIndividual), t(a, RDFS.label, lit(title)),
                   t(a, SCHEMA.headline, lit(title)), t(a, SCHEMA.publisher, lit("Test Wire")),
                   t(a, SCHEMA.datePublished, day(published)), t(a, SCHEMA.identifier, lit(key))]
        for slug, label, cls, aliases in entities:
            n = node(slug)
            triples += [t(n, RDF.type, NKG[cls]), t(n, RDF.type, OWL.NamedIndividual), t(n, RDFS.label, lit(label)),
                        t(n, SKOS.prefLabel, lit(label)), t(n, NKG.mentionedIn, a)]
            triples += [t(n, SKOS.altLabel, lit(alias)) for alias in aliases]
        names = ", ".join(label for slug, label, *_ in entities if any(slug == s for _, s in roles))
        triples += [t(e, RDF.type, NKG[kind]), t(e, RDF.type, OWL.NamedIndividual),
                    t(e, RDFS.label, lit(f"{kind}: {names} ({date})")), t(e, NKG.status, NKG[status]),
                    t(e, NKG.date, day(date)), t(e, NKG.datePrecision, lit("day")), t(e, NKG.source, a),
                    t(e, NKG.evidence, ev)]
        triples += [t(e, NKG[role], node(slug)) for role, slug in roles + extra]
        triples += [t(ev, RDF.type, NKG.Evidence), t(ev, RDF.type, OWL.NamedIndividual),
                    t(ev, RDFS.label, lit(sentence[:80])), t(ev, NKG.text, lit(sentence)),
                    t(ev, NKG.trigger, lit(sentence.split()[2])), t(ev, NKG.startChar, lit("0", datatype=XSD.integer)),
                    t(ev, NKG.endChar, lit(str(len(sentence)), datatype=XSD.integer)), t(ev, NKG.inArticle, a)]
        shortcut = {"Meeting": NKG.metWith, "Supply": NKG.supplied, "Attack": NKG.attacked}[kind]
        first, second = node(roles[0][1]), node(roles[1][1])
        triples.append(t(first, shortcut, second))
        if kind == "Meeting":
            triples.append(t(second, shortcut, first))
        graphs[a.value] = triples

    article("k1", "Zelensky and Macron meet in Paris", "2025-07-14",
            [("volodymyr-zelensky", "Volodymyr Zelensky", "Person", ["Zelensky", "Zelenskyy"]),
             ("emmanuel-macron", "Emmanuel Macron", "Person", ["Macron"]),
             ("ukraine", "Ukraine", "Country", []), ("paris", "Paris", "City", [])],
            ("Meeting", [("participant", "volodymyr-zelensky"), ("participant", "emmanuel-macron")], "happened",
             "2025-07-13", [("place", "paris"), ("topic", "ukraine")]),
            "Volodymyr Zelensky met Emmanuel Macron in Paris on Sunday to discuss Ukraine's air defence.")
    article("k2", "Wang Yi to meet Lavrov", "2025-07-15",
            [("wang-yi", "Wang Yi", "Person", []), ("sergei-lavrov", "Sergei Lavrov", "Person", ["Lavrov"]),
             ("sanctions", "Sanctions", "Topic", []), ("beijing", "Beijing", "City", [])],
            ("Meeting", [("participant", "wang-yi"), ("participant", "sergei-lavrov")], "planned", "2025-07-20",
             [("place", "beijing"), ("topic", "sanctions")]),
            "Wang Yi will meet Sergei Lavrov in Beijing next week to talk about sanctions.")
    article("k3", "Patriots for Ukraine", "2025-07-11",
            [("united-states", "United States", "Country", ["US", "USA"]), ("ukraine", "Ukraine", "Country", []),
             ("patriot", "Patriot", "WeaponSystem", ["Patriot missile system"])],
            ("Supply", [("supplier", "united-states"), ("recipient", "ukraine")], "happened", "2025-07-10",
             [("item", "patriot")]),
            "The United States delivered Patriot systems to Ukraine on Thursday.")
    article("k4", "Drones strike Kyiv", "2025-07-12",
            [("russia", "Russia", "Country", ["Moscow"]), ("kyiv", "Kyiv", "City", ["Kiev"])],
            ("Attack", [("attacker", "russia"), ("target", "kyiv")], "happened", "2025-07-12", []),
            "Russia attacked Kyiv with drones overnight, officials said.")
    return graphs


def write_sample_store(path: str | Path) -> Path:
    """An embedded store at `path` holding sample_graphs(); returns the path."""
    from kg.store.stores import EmbeddedStore

    store = EmbeddedStore(path)
    try:
        for graph, triples in sample_graphs().items():
            store.replace_graph(graph, triples)
    finally:
        store.close()
    return Path(path)


# --------------------------------------------------------------------------- plain HTTP
class Reply:
    """An HTTP answer: status, headers (case-insensitive), body."""

    def __init__(self, status: int, headers, body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self):
        import json

        return json.loads(self.body)

    @property
    def media_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip()

    def __repr__(self) -> str:
        return f"<Reply {self.status} {self.media_type} {self.body[:300]!r}>"


def fetch(method: str, url: str, body: bytes | str | None = None, headers: Mapping[str, str] | None = None,
          timeout: float = 60) -> Reply:
    """One HTTP request exactly as given (no default Accept, no redirects, no retries)."""
    import http.client
    from urllib.parse import urlsplit

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
