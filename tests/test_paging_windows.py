"""Pages by date (kg.store.catalogue: the ?window_date line): a page of a canned query ordered
newest first, with no entity parameter, is taken from the newest dates alone, the window widened
until it holds the page. Every page must be the rows of the whole answer at its place, whatever
the window: many events on one day, days without events, undated events after every dated one,
the date parameters, a store whose dates are not all plain dateTimes (the query then runs whole),
and a read-only store (which remembers its dates) next to a writable one.

Pages from a parameter's events (the ranked pages: a topic, an item, an attacker given): the
same, with the other parameters leaving some of the newest events out (the ranking grows), and
past RANK_MOST (the query runs whole)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pyoxigraph as ox
import pytest

from kg.build import ArticleGraphs, GraphWriter, load_ontology
from kg.mapping import article_iri, entities_triples, event_iri, to_triples
from kg.records import Article, DateValue, Entity, Event, Extraction, Span
from kg.store import catalogue
from kg.store.catalogue import WINDOW_FIRST, Catalogue, Page, days_holding, event_dates, widened
from kg.store.lookup import describe
from kg.store.stores import EmbeddedStore
from kg.vocab import ENTITIES_GRAPH, NKG, XSD

KEY = {"who-met-whom": ("event", "a", "b"), "who-supplied-whom": ("event", "supplier", "recipient"),
       "who-attacked-whom": ("event", "attacker", "target")}


def extractions() -> list[Extraction]:
    """60 articles over 90 days (some days crowded, most empty), each telling a few meetings,
    supplies and attacks; one in five events undated."""
    rnd = random.Random(3)
    people = [Entity(f"wp-{i}", f"Window Person {i}", "Person") for i in range(12)]
    states = [Entity(f"ws-{i}", f"Window State {i}", "Country") for i in range(6)]
    cities = [Entity(f"wc-{i}", f"Window City {i}", "City") for i in range(5)]
    arms = [Entity(f"wa-{i}", f"Window Arm {i}", "WeaponSystem") for i in range(3)]
    topics = [Entity(f"wt-{i}", f"Window Topic {i}", "Topic") for i in range(3)]
    start, out = date(2024, 1, 1), []
    for n in range(60):
        published = start + timedelta(days=rnd.choice([0, 1, 2, 40, 41, 89]) if n % 3 else rnd.randint(0, 89))
        article = Article(key=f"win-{n}", text="", origin="test", id=f"win-{n}", title=f"Window {n}",
                          outlet="Wire", published=published)
        events, ents = [], {}
        for k in range(rnd.randint(1, 5)):
            kind = rnd.choice(["Meeting", "Supply", "Attack"])
            if kind == "Meeting":
                roles = {"participant": rnd.sample(people, rnd.choice([2, 2, 3]))}
            elif kind == "Supply":
                roles = {"supplier": [rnd.choice(states)], "recipient": [rnd.choice(states)], "item": [rnd.choice(arms)]}
            else:
                roles = {"attacker": [rnd.choice(states)], "target": [rnd.choice(cities)]}
            when = None if rnd.random() < 0.2 else DateValue(published - timedelta(days=rnd.randint(0, 3)))
            about = rnd.sample(topics, rnd.choice([0, 1, 2])) if kind == "Meeting" else []
            events.append(Event(kind, roles, rnd.choice(["happened", "planned", "proposed"]),
                                Span(k * 10, k * 10 + 9, f"Sentence {k} of {n}."), "met", date=when, topics=about))
            ents.update({e.key: e for xs in [*roles.values(), about] for e in xs})
        out.append(Extraction(article, ents, events))
    return out


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("windows") / "kg"
    store = EmbeddedStore(path)
    load_ontology(store)
    writer = GraphWriter(store, {})
    for x in extractions():
        writer.write(ArticleGraphs(article_iri(x.article).value, to_triples(x), entities_triples(x), x.article.key))
    writer.close()
    store.close()
    return path


CASES = [("who-met-whom", {}), ("who-met-whom", {"status": "planned"}), ("who-met-whom", {"since": "2024-02-05"}),
         ("who-met-whom", {"until": "2024-01-02"}), ("who-met-whom", {"since": "2024-01-02", "until": "2024-02-10"}),
         ("who-met-whom", {"since": "2031-01-01"}), ("who-supplied-whom", {}), ("who-attacked-whom", {}),
         ("who-attacked-whom", {"status": "happened", "until": "2024-03-01"})]


def keys(rows, name):
    return [tuple(str(r.get(k)) for k in KEY[name]) for r in rows]


def pages(query, store, args, size):
    out, offset = [], 0
    while True:
        result = query.run(store, args, page=Page(size, offset))
        out += result.rows
        offset += size
        if not result.more:
            return out


@pytest.mark.parametrize("read_only", [True, False])
@pytest.mark.parametrize("name, args", CASES)
def test_every_page_is_the_whole_answer_at_its_place(store_path, name, args, read_only):
    store = EmbeddedStore(store_path, read_only=read_only)
    texts, real = [], store.query
    store.query = lambda text, **kw: (texts.append(text), real(text, **kw))[1]
    dates = event_dates(store)
    assert dates is not None and sum(n for *_, n in dates) > WINDOW_FIRST * 26   # a 25-row page's first window is not every date
    query = Catalogue().get(name)
    whole = query.run(store, args).rows                               # no limit: run whole
    assert query.windowed and (whole or "2031" in str(args))
    for size in (3, 25):
        assert keys(pages(query, store, args, size), name) == keys(whole, name)
    assert any("nkg:date ?window_date ." in text for text in texts)       # paged by date, not run whole
    offset = len(whole) // 2
    assert keys(query.run(store, args, page=Page(3, offset)).rows, name) == keys(whole[offset:offset + 3], name)
    store.close()


def test_undated_events_come_last_and_are_paged_too(store_path):
    store = EmbeddedStore(store_path, read_only=True)
    query = Catalogue().get("who-met-whom")
    whole = query.run(store, {}).rows
    undated = [r for r in whole if "date" not in r]
    assert undated and all("date" not in r for r in whole[len(whole) - len(undated):])
    assert keys(pages(query, store, {}, 7), "who-met-whom") == keys(whole, "who-met-whom")
    store.close()


def test_a_date_that_is_not_a_plain_datetime_makes_the_query_run_whole(tmp_path, store_path):
    import shutil

    path = tmp_path / "kg"
    shutil.copytree(store_path, path)
    store = EmbeddedStore(path)
    odd = ox.Literal("2024-01-05T00:00:00Z", datatype=XSD.dateTime)      # with a time zone
    x = extractions()[0]
    store.add_to_graph(ENTITIES_GRAPH, [ox.Triple(event_iri(x.events[0]), NKG.date, odd)])
    assert event_dates(store) is None
    query = Catalogue().get("who-attacked-whom")
    whole = query.run(store, {}).rows
    assert keys(pages(query, store, {}, 5), "who-attacked-whom") == keys(whole, "who-attacked-whom")
    store.close()


RANKED = [("who-met-whom", {"topic": "Window Topic 1"}), ("who-met-whom", {"topic": "Window Topic 2", "status": "planned"}),
          ("who-met-whom", {"topic": "window topic 0", "until": "2024-01-02"}),
          ("who-met-whom", {"topic": "Window Topic 1", "since": "2024-02-05", "min_confidence": "0.5"}),
          ("who-supplied-whom", {"item": "Window Arm 1"}), ("who-supplied-whom", {"item": "Window Arm 0", "status": "happened"}),
          ("who-attacked-whom", {"attacker": "Window State 2"}), ("who-attacked-whom", {"target": "Window City 3", "until": "2024-02-01"}),
          ("who-supplied-whom", {"supplier": "Window State 1"}), ("who-supplied-whom", {"recipient": "Window State 4"}),
          ("who-met-whom", {"entity": "Window Person 5"})]


def recorded(store):
    texts, real = [], store.query
    store.query = lambda text, **kw: (texts.append(text), real(text, **kw))[1]
    return texts


@pytest.mark.parametrize("name, args", RANKED)
def test_a_page_from_a_parameters_newest_events_is_the_whole_answer_at_its_place(store_path, name, args):
    store = EmbeddedStore(store_path, read_only=True)
    texts = recorded(store)
    query = Catalogue().get(name)
    whole = query.run(store, args).rows                               # no limit: run whole
    assert len(whole) > 3 and not any("VALUES (?event ?date) {" in text for text in texts)
    for size in (1, 3, 25):
        assert keys(pages(query, store, args, size), name) == keys(whole, name), size
    assert any("VALUES (?event ?date) {" in text for text in texts)         # ranked, not run whole
    offset = len(whole) // 2
    assert keys(query.run(store, args, page=Page(3, offset)).rows, name) == keys(whole[offset:offset + 3], name)
    store.close()


def test_a_ranked_page_takes_more_events_when_the_other_parameters_leave_some_out(store_path):
    store = EmbeddedStore(store_path, read_only=True)
    texts = recorded(store)
    query = Catalogue().get("who-met-whom")
    args = {"topic": "Window Topic 2", "status": "planned"}
    whole = query.run(store, args).rows
    texts.clear()
    assert keys(query.run(store, args, page=Page(2, 0)).rows, "who-met-whom") == keys(whole[:2], "who-met-whom")
    limits = [int(text.rsplit("LIMIT", 1)[1]) for text in texts if text.rstrip().endswith(tuple("0123456789"))
              and "SELECT ?event ?date WHERE" in text]
    assert limits[0] == 2 * 3 and len(limits) > 1 and limits == sorted(limits)    # 2 rows and one more, then more
    store.close()


def test_a_page_past_rank_most_events_runs_the_query_whole(store_path, monkeypatch):
    store = EmbeddedStore(store_path, read_only=True)
    query = Catalogue().get("who-supplied-whom")
    args = {"item": "Window Arm 1"}
    whole = query.run(store, args).rows
    monkeypatch.setattr(catalogue, "RANK_MOST", 4)
    texts = recorded(store)
    assert keys(query.run(store, args, page=Page(3, 2)).rows, "who-supplied-whom") == keys(whole[2:5], "who-supplied-whom")
    assert not any("VALUES (?event ?date) {" in text for text in texts)
    store.close()


def test_two_entity_parameters_are_not_ranked(store_path):
    store = EmbeddedStore(store_path, read_only=True)
    query = Catalogue().get("who-supplied-whom")
    rows = query.run(store, {}).rows
    args = {"supplier": rows[0]["supplierLabel"].value, "item": rows[0]["itemLabel"].value.split("; ")[0]}
    texts = recorded(store)
    page = query.run(store, args, page=Page(2, 0)).rows
    assert page and not any("VALUES (?event ?date) {" in text for text in texts)
    store.close()


@pytest.mark.parametrize("read_only", [True, False])
def test_a_common_parameters_newest_events_are_read_from_the_newest_dates(store_path, read_only):
    """A topic on many of the events: its newest events are found from windows of the newest dates
    (joined to the topic's events), not by looking up every event's date; only a store that
    remembers its dates (read-only) does so. The pages are the same either way."""
    store = EmbeddedStore(store_path, read_only=read_only)
    query = Catalogue().get("who-met-whom")
    args = {"topic": "Window Topic 1"}
    whole = query.run(store, args).rows
    texts = recorded(store)
    assert keys(pages(query, store, args, 2), "who-met-whom") == keys(whole, "who-met-whom")
    by_dates = [text for text in texts if "SELECT ?event ?date WHERE" in text and "VALUES ?date {" in text]
    assert bool(by_dates) == read_only
    store.close()


@pytest.mark.parametrize("read_only", [True, False])
@pytest.mark.parametrize("entity", ["wt-1", "ws-2", "wp-5", "wc-3"])
def test_every_page_of_an_entitys_events_is_the_whole_list_at_its_place(store_path, entity, read_only):
    """GET /entities/ID's events, newest first (undated last), a page at a time: from the
    entity's newest events (from the newest dates on a read-only store, for a common one)."""
    store = EmbeddedStore(store_path, read_only=read_only)
    whole = describe(store, entity)["events"]
    dated = [e["date"] for e in whole if e["date"]]
    assert len(whole) > 4 and dated == sorted(dated, reverse=True) and all(e["date"] for e in whole[:len(dated)])
    for size in (1, 4):
        got, offset = [], 0
        while True:
            page = describe(store, entity, Page(size, offset))
            got += page["events"]
            offset += size
            if not page["more"]:
                break
        assert [e["iri"] for e in got] == [e["iri"] for e in whole] and got == whole
    store.close()


@pytest.mark.parametrize("entity", ["wt-1", "ws-2", "wp-5"])
def test_the_articles_that_mention_an_entity_come_newest_first_a_page_at_a_time(store_path, entity):
    """GET /entities/ID's mentionedIn: the articles that mention it, newest first (by publication
    day, then IRI), paged with its events, and how many there are (a common entity is in most
    articles of a large store: the list is not given whole)."""
    expected = sorted(((x.article.published, article_iri(x.article).value) for x in extractions()
                       if entity in x.entities), key=lambda p: (-p[0].toordinal(), p[1]))
    store = EmbeddedStore(store_path, read_only=True)
    whole = describe(store, entity)
    assert whole["mentionCount"] == len(expected) > 5 and whole["mentionedIn"] == [iri for _, iri in expected]
    events = len(whole["events"])
    for size in (1, 3):
        got, offset = [], 0
        while True:
            page = describe(store, entity, Page(size, offset))
            assert len(page["mentionedIn"]) <= size and page["mentionCount"] == len(expected)
            got += page["mentionedIn"]
            offset += size
            if not page["more"]:
                break
        assert got == whole["mentionedIn"]
        assert offset >= max(events, len(expected)) > offset - size     # more: while events or articles follow
    store.close()


def test_the_store_counts_each_dates_events(store_path):
    store = EmbeddedStore(store_path, read_only=True)
    dates = event_dates(store)
    dated = [x for x in extractions_events() if x.date is not None]
    assert sum(n for *_, n in dates) == len({str(event_iri(e)) for e in dated})
    assert [when for when, *_ in dates] == sorted({when for when, *_ in dates}, reverse=True)
    store.close()


def extractions_events():
    return [e for x in extractions() for e in x.events]


def test_a_window_is_as_many_dates_as_hold_the_events_it_needs():
    held = [40, 45, 300, 310, 900]                  # events on the newest 1, 2, 3, ... dates
    assert days_holding(held, 40, 1) == 1           # the newest date alone holds 40
    assert days_holding(held, 41, 1) == 2
    assert days_holding(held, 46, 1) == 3           # a crowded third date
    assert days_holding(held, 10, 3) == 3           # never fewer than asked
    assert days_holding(held, 5000, 1) == 5         # never more than there are
    assert widened(100, 0, 50) == 800               # none seen: eight times the events
    assert widened(100, 10, 50) == 750              # 10 rows in 100 events: 500 hold 50, half again
    assert widened(100, 49, 50) == 200              # at least twice
    assert widened(100, 1, 500) == 1600             # at most sixteen times


@pytest.mark.parametrize("n", [1, 3, 7, 20, 500])
def test_a_common_parameters_newest_n_events_are_exact_whatever_the_windows(store_path, n):
    """The newest n (event, date) pairs read from windows of the newest dates (the windows sized
    at the density seen, or from the count of the parameter's events) are the newest n of
    looking up every event's date; the days the count gives hold that many events."""
    from kg.store.catalogue import dense_dates, newest_events, ranked_text

    store = EmbeddedStore(store_path, read_only=True)
    query = Catalogue().get("who-met-whom")
    bindings = query.bindings({"topic": "https://w3id.org/news-kg/id/wt-1"})
    events = query.param_events(bindings, query.ranked_param(bindings))
    dense = dense_dates(store, events, 1)
    assert dense is not None and dense.held == sorted(dense.held) and dense.least >= 1
    exact = [(row.get("event"), row.get("date")) for row in store.query(ranked_text(events, n)).rows]
    assert newest_events(store, events, n, dense) == exact
    days = dense.days_for(n)
    assert days == len(dense.held) or dense.held[days - 1] >= n * dense.held[-1] * 5 / (4 * dense.least)
    store.close()
