"""The real `kg` command line: build, rebuild, bad input, query, export, stats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import ROOT, SEEDS_DIR, copy_store, run_kg

pytestmark = pytest.mark.slow


def stats(store: Path) -> dict:
    result = run_kg("stats", "--store", str(store))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_seed_build_has_events_of_every_family(seed_store_path):
    counts = stats(seed_store_path)
    assert counts["articles"] == 5
    assert counts["graphs"] == 7  # five articles, the entities and the ontology
    for kind in ("meetings", "calls", "supplies", "attacks"):
        assert counts.get(kind, 0) > 0, counts


def test_building_the_same_articles_again_replaces_them(seed_store_path, tmp_path):
    store = copy_store(seed_store_path, tmp_path / "kg-data")
    before = stats(store)
    result = run_kg("build", str(ROOT.parent / "shared" / "corpus" / "seeds.jsonl"), "--store", str(store),
                    "--no-progress")
    assert result.returncode == 0, result.stderr
    assert stats(store) == before


def test_seed_text_files_build_too(tmp_path, seeds_available):
    store = tmp_path / "kg-data"
    result = run_kg("build", str(SEEDS_DIR), "--store", str(store), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "built 5 article(s)" in result.stdout
    assert stats(store)["events"] > 10


def test_bad_files_are_reported_by_name_and_the_rest_still_go_in(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Russian drones attacked Odesa overnight, the city's governor said.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "latin1.txt").write_bytes("Zelensky met Macron in Paris \xe9t\xe9.".encode("latin-1"))
    (tmp_path / "feed.jsonl").write_text('{"text": "Norway has sent howitzers to Ukraine."}\n{broken json\n'
                                         '{"title": "no text field"}\n', encoding="utf-8")
    store = tmp_path / "kg-data"
    result = run_kg("build", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
                    str(tmp_path / "latin1.txt"), str(tmp_path / "feed.jsonl"), str(tmp_path / "missing.txt"),
                    "--store", str(store), "--no-progress")
    assert result.returncode == 1
    err = result.stderr
    assert "empty.txt: the file is empty" in err
    assert "binary.txt: looks binary" in err
    assert "latin1.txt: not UTF-8 text" in err
    assert "feed.jsonl:2: not valid JSON" in err
    assert "feed.jsonl:3: each line needs a non-empty string field 'text'" in err
    assert "missing.txt: no such file or folder" in err
    assert "built 2 article(s)" in result.stdout
    assert stats(store)["articles"] == 2


def test_html_boilerplate_is_removed_and_metadata_read(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("""<html><head><title>T</title>
        <meta property="article:published_time" content="2025-06-11T08:00:00Z"></head><body>
        <div class="cookie-banner">We use cookies. Russian drones attacked Lviv.</div>
        <nav>Home World</nav>
        <article><h1>Strikes on Odesa</h1><p>Russian drones attacked Odesa on Monday.</p></article>
        <aside class="related">Related Articles: Russian missiles struck Kharkiv.</aside>
        <footer>Share this article</footer></body></html>""", encoding="utf-8")
    store = tmp_path / "kg-data"
    assert run_kg("build", str(page), "--store", str(store), "--no-progress").returncode == 0
    result = run_kg("query", "who-attacked-whom", "--store", str(store))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["attackerLabel"], r["targetLabel"]) for r in rows] == [("Russia", "Odesa")]
    assert rows[0]["date"].startswith("2025-06-09")  # "on Monday", from the page's publication date


def test_query_by_name_with_parameters_and_by_file(seed_store_path, tmp_path):
    result = run_kg("query", "who-met-whom", "--param", "topic=Ukraine", "--format", "json",
                    "--store", str(seed_store_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["head"]["vars"][:4] == ["a", "aLabel", "b", "bLabel"]
    assert data["results"]["bindings"]
    bad = run_kg("query", "who-met-whom", "--param", "colour=red", "--store", str(seed_store_path))
    assert bad.returncode == 2 and "unknown parameter" in bad.stderr
    q = tmp_path / "count.rq"
    q.write_text("PREFIX nkg: <https://w3id.org/news-kg/ontology#>\n"
                 "SELECT (COUNT(*) AS ?n) WHERE { ?e a nkg:Attack }", encoding="utf-8")
    result = run_kg("query", str(q), "--store", str(seed_store_path))
    assert result.returncode == 0 and int(result.stdout.splitlines()[1]) > 0


def test_export_turtle_parses_and_holds_ontology_and_data(seed_store_path, tmp_path):
    out = tmp_path / "graph.ttl"
    result = run_kg("export", "-o", str(out), "--store", str(seed_store_path))
    assert result.returncode == 0, result.stderr
    triples = list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE))
    types = {t.object.value for t in triples if t.predicate.value.endswith("#type")}
    assert "http://www.w3.org/2002/07/owl#Ontology" in types
    assert "https://w3id.org/news-kg/ontology#Meeting" in types


def test_store_locked_by_another_process_is_a_clear_error(seed_store_path, tmp_path):
    import subprocess
    import sys

    store = copy_store(seed_store_path, tmp_path / "kg-data")
    holder = subprocess.Popen([sys.executable, "-c", "import pyoxigraph, sys, time; "
                               f"s = pyoxigraph.Store({str(store)!r}); print('ready', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = run_kg("stats", "--store", str(store))
        assert result.returncode == 2
        assert "cannot open the store" in result.stderr
    finally:
        holder.kill()


def test_commands_that_do_not_serve_start_without_flask(tmp_path):
    # `kg build` and the other commands load the web app only for `kg serve` (start-up time)
    import subprocess
    import sys

    code = "import sys, api, api.cli; api.cli.parser().parse_args(['build', 'x']); print(sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    out = subprocess.run([sys.executable, "-c", "from api import create_app; print(create_app.__module__)"],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.stdout.strip() == "api.app", out.stderr
