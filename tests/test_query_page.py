"""The query page (GET /): a SPARQL editor, the canned queries, a results table and a graph view,
served from the package with no external requests.

The browser tests start the real app on a free 127.0.0.1 port over the sample dataset, open
the page in headless Chromium (Debian's chromium package), run 'who met whom about Ukraine' through
a deep link and read the rendered DOM. A screenshot is saved to test-artifacts/query-page.png.
They are skipped only when /usr/bin/chromium is missing."""

from __future__ import annotations

import re
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

from helpers import write_sample_store

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "api" / "static"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
]

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                                    reason="headless Chromium is not installed (/usr/bin/chromium; "
                                           "apt-get install chromium)")


# ------------------------------------------------------------------ the store and the server
@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return write_sample_store(tmp_path_factory.mktemp("query-page") / "store")


@pytest.fixture(scope="module")
def app(store_path):
    from api import create_app

    return create_app({"store": str(store_path)})


@pytest.fixture(scope="module")
def base_url(app):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="query-page-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


# ------------------------------------------------------------------ the browser
def _chromium(tmp_path: Path, url: str, *mode: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.glob('chromium-profile-*')))}"
    cmd = [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=10000",
           *mode, url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"chromium failed ({done.returncode}): {done.stderr[-2000:]}"
    return done


def _render(tmp_path: Path, url: str) -> "Page":
    page = Page()
    page.feed(_chromium(tmp_path, url, "--dump-dom").stdout)
    return page


class Page(HTMLParser):
    """What the tests need from the rendered DOM: the status line, the error box, the results
    table (header names and rows of cell texts and links) and the graph's nodes."""

    def __init__(self) -> None:
        super().__init__()
        self.status: dict[str, str] = {}
        self.status_text = ""
        self.error_text = ""
        self.error_hidden = True
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.links: list[list[list[str]]] = []
        self.graph_nodes: list[str] = []
        self.canned: list[str] = []
        self._in: list[str] = []       # open regions we collect text for
        self._stack: list[str] = []    # the ids of regions, by tag depth
        self._cell: list[str] | None = None
        self._cell_links: list[str] = []
        self._in_table = self._in_head = self._in_node_label = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id") == "status":
            self.status, self._in = a, self._in + ["status"]
        if a.get("id") == "error":
            self.error_hidden = "hidden" in a
            self._in = self._in + ["error"]
        if a.get("data-query") is not None and tag == "button":
            self.canned.append(a["data-query"])
        if a.get("id") == "results-table":
            self._in_table = True
        if self._in_table:
            if tag == "thead":
                self._in_head = True
            elif tag == "tr" and not self._in_head:
                self.rows.append([])
                self.links.append([])
            elif tag in ("td", "th"):
                self._cell, self._cell_links = [], []
            elif tag == "a" and self._cell is not None:
                self._cell_links.append(a.get("href", ""))
        if tag == "text" and "node-label" in (a.get("class") or ""):
            self._in_node_label = True
            self.graph_nodes.append("")

    def handle_endtag(self, tag):
        if tag == "p" and "status" in self._in:
            self._in = [x for x in self._in if x != "status"]
        if tag == "div" and "error" in self._in:
            self._in = [x for x in self._in if x != "error"]
        if self._in_table:
            if tag == "thead":
                self._in_head = False
            elif tag in ("td", "th") and self._cell is not None:
                text = " ".join("".join(self._cell).split())
                if self._in_head:
                    self.headers.append(text.rstrip(" ▲▼"))
                elif self.rows:
                    self.rows[-1].append(text)
                    self.links[-1].append(self._cell_links)
                self._cell = None
            elif tag == "table":
                self._in_table = False
        if tag == "text":
            self._in_node_label = False

    def handle_data(self, data):
        if "status" in self._in:
            self.status_text += data
        if "error" in self._in:
            self.error_text += data
        if self._cell is not None:
            self._cell.append(data)
        if self._in_node_label:
            self.graph_nodes[-1] += data

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.headers, row)) for row in self.rows]


# ------------------------------------------------------------------ static checks (no browser)
def test_static_files_are_local_and_small():
    files = [p for p in STATIC.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"index.html", "app.js", "style.css", "codemirror.js", "codemirror-sparql.js",
            "codemirror-LICENSE.txt"} <= names
    assert sum(p.stat().st_size for p in files) < 1_000_000
    # the package ships only the top level of api/static ("api.static" = ["*"])
    assert all(p.parent == STATIC for p in files), "keep api/static flat: sub-directories are not packaged"
    index = (STATIC / "index.html").read_text(encoding="utf-8")
    for ref in re.findall(r'(?:src|href)="([^"]*)"', index):
        assert not re.match(r"^(https?:)?//", ref), f"index.html loads {ref} from elsewhere"
    css = (STATIC / "style.css").read_text(encoding="utf-8")
    assert "@import" not in css and "@font-face" not in css and not re.search(r"url\(\s*['\"]?(https?:)?//", css)
    app_js = (STATIC / "app.js").read_text(encoding="utf-8")
    for target in re.findall(r'fetch\(\s*([^,)]*)', app_js):
        assert "http" not in target, f"app.js fetches {target}"
    assert "MIT License" in (STATIC / "codemirror-LICENSE.txt").read_text(encoding="utf-8")
    assert "Distributed under an MIT license" in (STATIC / "codemirror.js").read_text(encoding="utf-8")[:300]


def test_page_and_assets_are_served(app):
    client = app.test_client()
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.content_type
    body = page.get_data(as_text=True)
    assert 'id="sparql-text"' in body and "/static/app.js" in body
    for name in ("app.js", "style.css", "codemirror.js", "codemirror.css", "codemirror-sparql.js",
                 "codemirror-matchbrackets.js", "codemirror-LICENSE.txt"):
        answer = client.get(f"/static/{name}")
        assert answer.status_code == 200, name
        assert answer.get_data() == (STATIC / name).read_bytes(), name


# ------------------------------------------------------------------ in the browser
@pytest.mark.slow
@needs_chromium
def test_who_met_whom_about_ukraine(base_url, tmp_path):
    url = f"{base_url}/?query=who-met-whom&topic=Ukraine"
    page = _render(tmp_path, url)

    assert page.status.get("data-state") == "ok", (page.status_text, page.error_text)
    assert page.error_hidden, page.error_text
    assert set(page.canned) == {"who-met-whom", "who-supplied-whom", "who-attacked-whom"}
    assert page.status.get("data-rows") == "1", (page.status_text, page.rows)
    records = page.records()
    assert len(records) == 1, page.rows
    row = records[0]
    # the compact view shows each entity by its label, linked to its entity page
    assert {row["a"], row["b"]} == {"Volodymyr Zelensky", "Emmanuel Macron"}
    assert row["status"] == "happened"
    assert row["topic"] == "Ukraine"
    assert row["place"] == "Paris"
    assert row["date"] == "2025-07-13"
    assert "discuss Ukraine's air defence" in row["evidence"]
    links = {h for cell in page.links[0] for h in cell}
    assert {"/entities/volodymyr-zelensky", "/entities/emmanuel-macron", "/entities/ukraine",
            "/entities/article/k1"} <= links
    # the meeting about sanctions is filtered out
    assert "Wang Yi" not in " ".join(page.rows[0])
    # the graph view: the two participants, linked
    assert sorted(page.graph_nodes) == ["Emmanuel Macron", "Volodymyr Zelensky"]

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "query-page.png"
    shot.unlink(missing_ok=True)
    _chromium(tmp_path, url, f"--screenshot={shot}", "--window-size=1280,900")
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


@pytest.mark.slow
@needs_chromium
def test_editor_query_runs_from_a_deep_link(base_url, tmp_path):
    sparql = ("PREFIX nkg: <https://w3id.org/news-kg/ontology#>\n"
              "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
              "SELECT ?person ?personLabel WHERE { ?e a nkg:Meeting ; nkg:participant ?person .\n"
              "  ?person rdfs:label ?personLabel } ORDER BY ?personLabel")
    page = _render(tmp_path, f"{base_url}/?sparql={quote(sparql)}")
    assert page.status.get("data-state") == "ok", (page.status_text, page.error_text)
    assert [r["person"] for r in page.records()] == ["Emmanuel Macron", "Sergei Lavrov",
                                                     "Volodymyr Zelensky", "Wang Yi"]


@pytest.mark.slow
@needs_chromium
@pytest.mark.parametrize("path, message", [
    ("/?query=who-met-whom&status=maybe", "status"),
    ("/?sparql=" + quote("SELECT ?x WHERE { ?x ?y }"), ""),
], ids=["bad-parameter", "malformed-sparql"])
def test_errors_are_shown(base_url, tmp_path, path, message):
    page = _render(tmp_path, base_url + path)
    assert page.status.get("data-state") == "error", page.status_text
    assert not page.error_hidden
    text = page.error_text.strip()
    assert text.startswith("Error:") and len(text) > len("Error: ") + 10, text
    assert message in text
    assert not page.rows
