"""An event told by many articles is described once (the shared graph); each article's graph holds
its own report of it. Building an article again or dropping its graph takes out exactly its
contribution: an event no article tells any more leaves the store. On the embedded store and on
a real Oxigraph server (the remote store), through the functions `kg build` and the Graph Store
Protocol use."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest

from kg.build import ArticleGraphs, load_ontology, write_article
from kg.mapping import article_iri, entities_triples, event_description, event_iri, to_triples
from kg.records import Article, DateValue, Entity, Event, Extraction, Span
from kg.service import drop_graph
from kg.store.catalogue import Catalogue
from kg.store.stores import EmbeddedStore, RemoteStore
from kg.vocab import ENTITIES_GRAPH

LAVROV = Entity("sergei-lavrov", "Sergei Lavrov", "Person")
WANG_YI = Entity("wang-yi", "Wang Yi", "Person")
RUSSIA = Entity("russia", "Russia", "Country")
KYIV = Entity("kyiv", "Kyiv", "City")
BEIJING = Entity("beijing", "Beijing", "City")
TEXT = "Wang Yi met Sergei Lavrov in Beijing. Russia struck Kyiv."


def article(key: str) -> Article:
    return Article(key=key, text=TEXT, origin=f"test/{key}.txt", id=key, title=f"Report {key}", outlet="Wire",
                   published=date(2025, 7, 14))


MEETING = Event("Meeting", {"participant": [WANG_YI, LAVROV]}, "happened", Span(0, 37, TEXT[:37]), "met",
                date=DateValue(date(2025, 7, 13)), place=BEIJING)
ATTACK = Event("Attack", {"attacker": [RUSSIA], "target": [KYIV]}, "happened", Span(38, 57, TEXT[38:]), "struck",
               date=DateValue(date(2025, 7, 13)))


def write(store, key: str, *events: Event) -> str:
    extraction = Extraction(article(key), {e.key: e for e in (LAVROV, WANG_YI, RUSSIA, KYIV, BEIJING)}, list(events))
    graph = article_iri(extraction.article).value
    write_article(store, ArticleGraphs(graph, to_triples(extraction), entities_triples(extraction), key))
    return graph


def about(store, event: Event) -> set:
    """Every statement about the event, in any graph (as quads: once per graph)."""
    rows = store.query("SELECT ?g ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", bindings={"s": event_iri(event)}).rows
    return {(r["g"].value, r["p"].value, r["o"]) for r in rows}


def described(store, event: Event) -> set:
    return {(p, o) for g, p, o in about(store, event) if g == ENTITIES_GRAPH}


def meetings(store) -> list[dict]:
    return Catalogue().get("who-met-whom").run(store, {}).rows


@pytest.fixture(params=["embedded", pytest.param("remote", marks=pytest.mark.slow)])
def store(request, tmp_path):
    if request.param == "embedded":
        s = EmbeddedStore(tmp_path / "kg-data")
    else:
        url = request.getfixturevalue("oxigraph_url")
        s = RemoteStore(url)
        s.update("DROP SILENT ALL")
    load_ontology(s)                                # the status labels the canned query reads
    yield s
    s.close()


def test_an_event_told_by_eight_articles_is_described_once(store):
    graphs = [write(store, f"a{i}", MEETING) for i in range(8)]
    description = {(t.predicate.value, t.object) for t in event_description(MEETING)}
    assert described(store, MEETING) == description
    quads = about(store, MEETING)
    per_article = [q for q in quads if q[0] != ENTITIES_GRAPH]
    assert {g for g, _, _ in per_article} == set(graphs)
    assert len(per_article) == 8 * len([q for q in per_article if q[0] == graphs[0]])   # each its own report
    [row] = meetings(store)
    assert int(row["sources"].value) == 8 and row["placeLabel"].value == "Beijing"
    assert len(row["sourceTitles"].value.split(" | ")) == 8


def test_rebuilding_or_dropping_an_article_takes_out_exactly_its_contribution(store):
    first = write(store, "first", MEETING, ATTACK)
    second = write(store, "second", MEETING)
    assert described(store, MEETING) and described(store, ATTACK)
    write(store, "first", MEETING)                  # built again, without the attack: nobody tells it now
    assert about(store, ATTACK) == set()
    assert int(meetings(store)[0]["sources"].value) == 2
    drop_graph(store, second)                       # the meeting is still told by the first article
    assert described(store, MEETING) and int(meetings(store)[0]["sources"].value) == 1
    assert not any(g == second for g, _, _ in about(store, MEETING))
    drop_graph(store, first)                        # and now by nobody
    assert about(store, MEETING) == set() and meetings(store) == []
    assert not store.has_graph(first) and not store.has_graph(second)


def test_what_is_left_is_what_a_fresh_build_of_the_same_articles_writes(store, tmp_path):
    write(store, "x", MEETING, ATTACK)
    write(store, "y", ATTACK)
    write(store, "x", MEETING)
    fresh = EmbeddedStore(tmp_path / "fresh")
    write(fresh, "x", MEETING)
    write(fresh, "y", ATTACK)
    for event in (MEETING, ATTACK):
        assert about(store, event) == about(fresh, event)
    fresh.close()


UKRAINE = Entity("ukraine", "Ukraine", "Topic")
SANCTIONS = Entity("sanctions", "Sanctions", "Topic")
SHAHED = Entity("shahed-136", "Shahed-136", "WeaponSystem")
ATTACK_2 = Event("Attack", {"attacker": [RUSSIA], "target": [BEIJING]}, "planned", Span(38, 57, TEXT[38:]), "struck",
                 date=DateValue(date(2025, 7, 12)))


def told(store, key: str, published: date, *events: Event) -> None:
    """An article telling `events`, published that day."""
    a = Article(key=key, text=TEXT, origin=f"test/{key}.txt", id=key, title=f"Report {key}", outlet=f"Outlet {key}",
                url=f"https://example.org/{key}", published=published)
    entities = {e.key: e for e in (LAVROV, WANG_YI, RUSSIA, KYIV, BEIJING, UKRAINE, SANCTIONS, SHAHED)}
    extraction = Extraction(a, entities, list(events))
    write_article(store, ArticleGraphs(article_iri(a).value, to_triples(extraction), entities_triples(extraction), key))


def as_set(rows: list[dict]) -> list[dict]:
    """Rows with each list column as a set of its items (the order within a list is the engine's)."""
    lists = ("topicLabel", "itemLabel", "weaponLabel")
    sources = ("sourceTitles", "sourceOutlets", "sourceUrls", "sourceDates")
    out = []
    for row in rows:
        values = {k: v.value for k, v in row.items()}
        cells = {k: frozenset(values.pop(k).split("; ")) for k in lists if k in values}
        told_by = sorted(zip(*(values.pop(k).split(" | ") for k in sources)))
        out.append({**values, **cells, "told by": told_by})
    return out


def test_the_page_is_described_as_the_whole_file_describes_it(store):
    """The runner picks a page, then describes it from the page's events (each article looked up
    once, each topic, item or weapon once): the rows are those of the file run whole, as written."""
    from dataclasses import replace

    from kg.store.catalogue import Page

    meeting_a = replace(MEETING, topics=[UKRAINE])
    meeting_b = replace(MEETING, topics=[SANCTIONS, UKRAINE])
    told(store, "a", date(2025, 7, 14), meeting_a, ATTACK, ATTACK_2)     # one article, three events
    told(store, "b", date(2025, 7, 13), meeting_b, ATTACK)
    told(store, "c", date(2025, 7, 15), MEETING)                         # no topic of its own
    catalogue = Catalogue()
    for name, query in catalogue.queries.items():
        for page in (Page(None, 0), Page(1, 0), Page(1, 1), Page(5, 0)):
            ran = query.run(store, {}, page=page)
            asked = Page(None if page.limit is None else page.limit + 1, page.offset)
            whole = store.query(query.variant({}, asked)).rows[:page.limit]
            assert as_set(ran.rows) == as_set(whole), (name, page)
    [row] = catalogue.get("who-met-whom").run(store, {}).rows
    assert set(row["topicLabel"].value.split("; ")) == {"Ukraine", "Sanctions"}      # every article's topics
    assert int(row["sources"].value) == 3
    assert sorted(row["sourceUrls"].value.split(" | ")) == [f"https://example.org/{k}" for k in "abc"]
    assert row["source"].value.endswith("/b")                                         # the first published
    attacks = catalogue.get("who-attacked-whom").run(store, {}).rows
    assert [int(r["sources"].value) for r in attacks] == [2, 1]
    assert all("Report a" in r["sourceTitles"].value.split(" | ") for r in attacks)   # told by a, once each
