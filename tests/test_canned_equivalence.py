"""The canned queries (bound parameters at the head of the pattern, one row per event and pair,
paged) find exactly the events the simple queries they replaced found, on the seed graph, with
every combination of their parameters. The reference queries below are the former files: every
event pattern once, each parameter a FILTER(!BOUND(...) || ...)."""

from __future__ import annotations

from functools import cache
from itertools import combinations

import pytest

from kg.store.catalogue import Catalogue, Page, entity_named
from kg.store.stores import EmbeddedStore

pytestmark = pytest.mark.slow

PREFIXES = """PREFIX nkg: <https://w3id.org/news-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

DATES = """
  FILTER(!BOUND(?param_min_confidence) || EXISTS { ?event nkg:evidence ?said . ?said nkg:confidence ?sure .
                                                   FILTER(?sure >= ?param_min_confidence) })
  FILTER(!BOUND(?param_status) || ?statusIri = ?param_status)
  FILTER(!BOUND(?param_since) || (BOUND(?date) && ?date >= ?param_since))
  FILTER(!BOUND(?param_until) || (BOUND(?date) && ?date <= ?param_until))
}"""

REFERENCE = {
    "who-met-whom": ("a", "b", PREFIXES + """
SELECT DISTINCT ?event ?a ?b ?source ?evidence WHERE {
  ?event a nkg:Meeting ; nkg:participant ?a, ?b ; nkg:status ?statusIri ; nkg:evidence ?ev .
  FILTER(STR(?a) < STR(?b))
  ?ev nkg:inArticle ?source ; nkg:text ?evidence .
  ?a rdfs:label ?aLabel . ?b rdfs:label ?bLabel . ?statusIri rdfs:label ?status .
  OPTIONAL { ?event nkg:date ?date }
  OPTIONAL { ?event nkg:topic ?topic . ?topic rdfs:label ?topicLabel }
  FILTER(!BOUND(?param_topic) || ?topic = ?param_topic || LCASE(STR(?topicLabel)) = LCASE(STR(?param_topic)))
  FILTER(!BOUND(?param_entity) || ?a = ?param_entity || ?b = ?param_entity
         || LCASE(STR(?aLabel)) = LCASE(STR(?param_entity)) || LCASE(STR(?bLabel)) = LCASE(STR(?param_entity)))
""" + DATES),
    "who-supplied-whom": ("supplier", "recipient", PREFIXES + """
SELECT DISTINCT ?event ?supplier ?recipient ?source ?evidence WHERE {
  ?event a nkg:Supply ; nkg:supplier ?supplier ; nkg:recipient ?recipient ; nkg:status ?statusIri ;
         nkg:evidence ?ev .
  ?ev nkg:inArticle ?source ; nkg:text ?evidence .
  ?supplier rdfs:label ?supplierLabel . ?recipient rdfs:label ?recipientLabel . ?statusIri rdfs:label ?status .
  OPTIONAL { ?event nkg:item ?item . ?item rdfs:label ?itemLabel }
  OPTIONAL { ?event nkg:date ?date }
  FILTER(!BOUND(?param_supplier) || ?supplier = ?param_supplier || LCASE(STR(?supplierLabel)) = LCASE(STR(?param_supplier)))
  FILTER(!BOUND(?param_recipient) || ?recipient = ?param_recipient || LCASE(STR(?recipientLabel)) = LCASE(STR(?param_recipient)))
  FILTER(!BOUND(?param_item) || ?item = ?param_item || LCASE(STR(?itemLabel)) = LCASE(STR(?param_item)))
""" + DATES),
    "who-attacked-whom": ("attacker", "target", PREFIXES + """
SELECT DISTINCT ?event ?attacker ?target ?source ?evidence WHERE {
  ?event a nkg:Attack ; nkg:attacker ?attacker ; nkg:target ?target ; nkg:status ?statusIri ; nkg:evidence ?ev .
  ?ev nkg:inArticle ?source ; nkg:text ?evidence .
  ?attacker rdfs:label ?attackerLabel . ?target rdfs:label ?targetLabel . ?statusIri rdfs:label ?status .
  OPTIONAL { ?event nkg:date ?date }
  FILTER(!BOUND(?param_attacker) || ?attacker = ?param_attacker || LCASE(STR(?attackerLabel)) = LCASE(STR(?param_attacker)))
  FILTER(!BOUND(?param_target) || ?target = ?param_target || LCASE(STR(?targetLabel)) = LCASE(STR(?param_target)))
""" + DATES),
}


catalogue = cache(Catalogue)         # read once: every file's variants are parsed at load


@pytest.fixture(scope="module")
def seeds(seed_store_path):
    store = EmbeddedStore(seed_store_path, read_only=True)
    yield store
    store.close()


def reference(store, name: str, args: dict[str, str]) -> dict[tuple, dict[str, set]]:
    """{(event, first, second): {source: {evidence, ...}}} by the former query."""
    query = catalogue().get(name)
    bindings = query.bindings(args)
    for p in query.params:          # names resolve to their entity first, then as before
        if p.type == "ref" and p.variable in bindings and not bindings[p.variable].value.startswith("http"):
            bindings[p.variable] = entity_named(store, bindings[p.variable]) or bindings[p.variable]
    first, second, text = REFERENCE[name]
    out: dict = {}
    for row in store.query(text, bindings=bindings).rows:
        key = (row["event"].value, row[first].value, row[second].value)
        out.setdefault(key, {}).setdefault(row["source"].value, set()).add(row["evidence"].value)
    return out


def values_for(store, name: str) -> dict[str, str]:
    """One value per parameter, taken from the seed graph so each one selects something: the
    names of the pair most often reported, the most common topic, a date in the middle."""
    first, second, _ = REFERENCE[name]
    rows = catalogue().get(name).run(store, {}).rows
    assert rows, f"{name}: the seed graph has no rows"
    busiest = max(rows, key=lambda r: (int(r["sources"].value), r["event"].value))
    dates = sorted(r["date"].value[:10] for r in rows if "date" in r)
    out = {"status": busiest["status"].value, "since": dates[len(dates) // 3], "until": dates[2 * len(dates) // 3],
           "min_confidence": "0.85"}
    if name == "who-met-whom":
        out.update(topic="Ukraine", entity=busiest["aLabel"].value)
    elif name == "who-supplied-whom":
        with_item = next((r for r in rows if "itemLabel" in r), busiest)
        out.update(supplier=busiest["supplierLabel"].value, recipient=busiest["recipient"].value,
                   item=with_item["itemLabel"].value.split("; ")[0])
    else:
        out.update(attacker=busiest["attackerLabel"].value, target=busiest["target"].value)
    return out


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_every_combination_of_parameters_finds_the_same_events(seeds, name):
    query = catalogue().get(name)
    first, second, _ = REFERENCE[name]
    values = values_for(seeds, name)
    assert set(values) == {p.name for p in query.params}
    nonempty = 0
    for n in range(len(values) + 1):
        for names in combinations(sorted(values), n):
            args = {k: values[k] for k in names}
            before = reference(seeds, name, args)
            rows = query.run(seeds, args).rows
            keys = [(r["event"].value, r[first].value, r[second].value) for r in rows]
            assert len(keys) == len(set(keys)), f"{name}{args}: an event and pair twice"
            assert set(keys) == set(before), f"{name}{args}"
            for row, key in zip(rows, keys):            # its sources gathered, the first one's sentence
                sources = before[key]
                assert int(row["sources"].value) == len(sources), f"{name}{args} {key}"
                assert row["source"].value in sources and row["evidence"].value in sources[row["source"].value]
                assert len(row["sourceOutlets"].value.split(" | ")) == len(sources)
            dates = [r["date"].value for r in rows if "date" in r]
            assert dates == sorted(dates, reverse=True), f"{name}{args}: not newest first"
            assert all("date" in r for r in rows[:len(dates)]), f"{name}{args}: undated rows come last"
            nonempty += bool(rows)
    assert nonempty > len(values), f"{name}: the parameter values select too little to test"


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_a_label_is_resolved_to_its_entity_and_an_unknown_one_finds_nothing(seeds, name):
    query = catalogue().get(name)
    ref = next(p.name for p in query.params if p.type == "ref")
    assert query.run(seeds, {ref: "No Such Entity At All"}).rows == []
    assert query.run(seeds, {ref: "x' } } ; DROP ALL #"}).rows == []          # a value, never text


def test_page_sizes_and_a_page_past_the_end(seeds):
    query = catalogue().get("who-attacked-whom")
    every = query.run(seeds, {}).rows
    assert len(every) > 3
    last = query.run(seeds, {}, page=Page(2, len(every) - 1))
    assert len(last.rows) == 1 and not last.more
    assert query.run(seeds, {}, page=Page(5, len(every) + 10)).rows == []
    cut = query.run(seeds, {}, max_rows=2)
    assert len(cut.rows) == 2 and cut.truncated and cut.more                  # no limit: cut at max_rows
