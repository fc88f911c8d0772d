"""HTML news pages read by trafilatura: main text without the page furniture, metadata from
JSON-LD, OpenGraph and meta tags, offsets true to the article text, pages without text reported
by name, and nothing fetched. The pages under tests/data/html were written for these tests."""

from __future__ import annotations

import doctest
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract import ingest
from kg.extract.ingest import collect, html_to_text
from kg.vocab import NKG_BASE

from conftest import ROOT, run_kg

PAGES = Path(__file__).parent / "data" / "html"


def page(name: str) -> ingest.Page:
    return html_to_text((PAGES / name).read_text(encoding="utf-8"))


def test_doctests():
    assert doctest.testmod(ingest).failed == 0


def test_wire_story_keeps_the_story_and_drops_the_furniture():
    text = page("wire_story.html").text
    lines = text.splitlines()
    assert lines[0] == "Freedonia and Sylvania ministers meet in Geneva"
    assert lines[1].startswith("GENEVA, March 4 (Meridian Wire) - The foreign ministers of Freedonia and Sylvania "
                               "met in Geneva on Tuesday")
    assert lines[-1] == "A second round of talks is planned for April in Vienna, a Swiss foreign ministry " \
                        "spokeswoman said."
    assert len(lines) == 7  # the headline and the six paragraphs, one per line
    furniture = [
        "Markets close higher", "Storm warning", "interest rates",           # live ticker
        "cookie", "Accept all", "Manage preferences",                        # cookie banner
        "Share on", "Email this story",                                      # share buttons
        "Sylvania closes two bridges", "cabinet in surprise reshuffle",      # related stories
        "Ceasefire holds along", "Related stories",
        "About time these two", "cut off for months", "ninety days of nothing", "riverwatcher",  # comments
        "Morning Briefing", "newsletter",                                    # promo
        "All rights reserved", "Privacy policy", "Business", "Opinion",     # footer, navigation
        "gtag", "dataLayer", "addEventListener",                             # scripts
    ]
    assert [s for s in furniture if s.lower() in text.lower()] == []


def test_wire_story_metadata():
    p = page("wire_story.html")
    assert p.title == "Freedonia and Sylvania ministers meet in Geneva"  # og:title, not "... | Meridian Wire"
    assert p.url == "https://meridian-wire.example/world/2025/03/04/freedonia-sylvania-geneva-talks"
    assert p.outlet == "Meridian Wire"
    assert type(p.published) is date and p.published == date(2025, 3, 4)


def test_live_blog_keeps_every_entry_in_page_order():
    p = page("live_blog.html")
    entries = ["The three leaders signed a joint statement in Novara on Thursday evening",
               "Latverian President Viktor Haldane said his government would send two patrol boats",
               "Freedonian Prime Minister Clara Osgood arrived in Novara by train",
               "Carpanian President Ilse Marek met the Latverian president for a breakfast meeting",
               "Welcome to our live coverage of the grain corridor summit in Novara."]
    positions = [p.text.find(e) for e in entries]
    assert -1 not in positions and positions == sorted(positions)
    for furniture in ("Most read", "picnic", "Heatwave", "cookie", "Weather", "Contact", "The Daily Courier ©"):
        assert furniture not in p.text
    assert p.title == "Live: Carpania summit on grain corridor" and p.outlet == "The Daily Courier"
    assert p.published == date(2025, 6, 12)  # first published, not the last update (13 June)


def test_json_ld_only_page():
    p = page("jsonld_only.html")
    assert p.published == date(2024, 11, 19)
    assert p.title == "Latveria and Carpania agree to reopen embassies"
    assert p.outlet == "The Northern Herald"
    assert p.text.startswith("The governments of Latveria and Carpania agreed on Tuesday to reopen their embassies")
    assert len(p.text.splitlines()) == 4
    assert "Front page" not in p.text and "Copyright" not in p.text


def test_no_date_is_guessed_from_a_copyright_line():
    p = html_to_text("<html><body><div class='story'><p>The foreign ministers of Freedonia and Sylvania met in "
                     "Geneva on Tuesday to discuss the river border.</p><p>A second round of talks is planned "
                     "for April.</p></div><div class='legal'>© 2024 Meridian Wire</div></body></html>")
    assert p.text.startswith("The foreign ministers") and p.published is None


def test_a_fragment_is_read_as_a_page():
    assert html_to_text("<p>Ministers met in Geneva on Tuesday.</p>").text == "Ministers met in Geneva on Tuesday."


def test_page_without_text_is_an_error_naming_it_and_the_others_go_in(tmp_path):
    for name in ("wire_story.html", "no_text.html"):
        shutil.copy(PAGES / name, tmp_path / name)
    (tmp_path / "shell.html").write_text('<!DOCTYPE html><html><head><title>Meridian Wire</title>'
                                         '<script src="/app.js"></script></head><body><div id="root"></div>'
                                         '</body></html>', encoding="utf-8")
    got = collect([tmp_path])
    assert [a.title for a in got.articles] == ["Freedonia and Sylvania ministers meet in Geneva"]
    assert all(isinstance(f, InputError) for f in got.failures)
    assert sorted(Path(f.details["file"]).name for f in got.failures) == ["no_text.html", "shell.html"]
    assert "no article text found in no_text.html" in " ".join(f.message for f in got.failures)


def test_article_text_is_the_extracted_text():
    article, = collect([PAGES / "wire_story.html"]).articles
    p = page("wire_story.html")
    assert article.text == p.text
    assert (article.title, article.url, article.outlet, article.published) == (p.title, p.url, p.outlet,
                                                                              p.published)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """`kg build` on a folder with a good page and a page without text."""
    folder = tmp_path_factory.mktemp("pages")
    for name in ("wire_story.html", "no_text.html"):
        shutil.copy(PAGES / name, folder / name)
    store = tmp_path_factory.mktemp("store") / "kg-data"
    result = run_kg("build", str(folder), "--store", str(store), "--no-progress")
    return folder, store, result


@pytest.mark.slow   # kg build: a process that loads spaCy
def test_kg_build_builds_the_good_page_and_reports_the_other(built):
    folder, store, result = built
    assert result.returncode == 1, result.stderr  # a file failed
    assert "built 1 article(s)" in result.stdout and "1 file(s) failed" in result.stdout
    assert "no article text found in no_text.html" in result.stderr
    assert "wire_story.html" not in result.stderr


@pytest.mark.slow
def test_sentence_offsets_point_into_the_article_text(built, tmp_path):
    folder, store, _ = built
    article, = collect([folder / "wire_story.html"]).articles
    query = tmp_path / "evidence.rq"
    query.write_text(f"PREFIX nkg: <{NKG_BASE}>\n"
                     "SELECT ?g ?start ?end ?text WHERE { GRAPH ?g { ?e nkg:startChar ?start ; nkg:endChar ?end ; "
                     "nkg:text ?text } }", encoding="utf-8")
    result = run_kg("query", str(query), "--store", str(store), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert rows, "the wire story should give at least one event with its sentence"
    for row in rows:
        assert row["g"]["value"].endswith("/" + article.key)
        start, end = int(row["start"]["value"]), int(row["end"]["value"])
        assert article.text[start:end] == row["text"]["value"]


NO_NETWORK = """
import sys
from pathlib import Path
from kg.extract.ingest import collect  # imported first: urllib3 probes IPv6 on import (binds ::1, sends nothing)
seen = []
sys.addaudithook(lambda event, args: seen.append(event) if event.startswith(("socket.", "urllib.")) else None)
got = collect([Path(p) for p in sys.argv[1:]])
during = list(seen)
try:  # the control: the hook does see a fetch
    import urllib.request
    urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)
except OSError:
    pass
print(len(got.articles), ",".join(during) or "-", ",".join(sorted(set(seen) - set(during))))
"""


def test_nothing_is_fetched(tmp_path):
    """Reading the pages (with their canonical URLs) and a file holding only a URL (which htmldate
    would download if it were handed the string) opens no socket and makes no request."""
    (tmp_path / "link.html").write_text("https://meridian-wire.example/world/2025/03/04/talks", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", NO_NETWORK, str(PAGES), str(tmp_path / "link.html")],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    articles, during, control = result.stdout.split()
    assert int(articles) >= 3 and during == "-", result.stdout
    assert "urllib.Request" in control and "socket.connect" in control, result.stdout
