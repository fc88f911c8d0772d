"""kg.store.catalogue: canned query files read strictly, and their parameters typed and bound
(never pasted into the query text). Runs the shipped queries on the sample store too."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import NotFound, ParameterError, QueryFileError
from kg.store.catalogue import Catalogue, Param, parse_query_file
from kg.vocab import DATA_BASE, NKG

XSD = "http://www.w3.org/2001/XMLSchema#"


def moment(text: str) -> ox.Literal:
    return ox.Literal(text, datatype=ox.NamedNode(XSD + "dateTime"))


@pytest.mark.parametrize("kind, raw, term", [
    ("date", "2025-07-13", moment("2025-07-13T00:00:00")),
    ("date", "2025-07", moment("2025-07-01T00:00:00")),
    ("date", " 2025 ", moment("2025-01-01T00:00:00")),
    ("date-end", "2025-07-13", moment("2025-07-13T23:59:59")),
    ("date-end", "2024-02", moment("2024-02-29T23:59:59")),          # a leap year
    ("date-end", "2025-12", moment("2025-12-31T23:59:59")),
    ("date-end", "2025", moment("2025-12-31T23:59:59")),
    ("integer", "-12", ox.Literal("-12", datatype=ox.NamedNode(XSD + "integer"))),
    ("string", "Kyiv", ox.Literal("Kyiv")),
    ("iri", "https://w3id.org/news-kg/id/kyiv", ox.NamedNode("https://w3id.org/news-kg/id/kyiv")),
    ("iri", "urn:isbn:0451450523", ox.NamedNode("urn:isbn:0451450523")),
    ("ref", "https://w3id.org/news-kg/id/kyiv", ox.NamedNode("https://w3id.org/news-kg/id/kyiv")),
    ("ref", "Kyiv", ox.Literal("Kyiv")),                              # a name, looked up when the query runs
])
def test_values_are_bound_as_typed_terms(kind, raw, term):
    assert Param("p", kind, "").bind(raw) == term


def test_an_enum_of_prefixed_names_binds_the_iri_of_the_local_name_given(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text(GOOD.replace("(iri, required)", "(enum ex:Happened|:planned, required)")
                    .replace("SELECT", "PREFIX ex: <https://example.org/s#>\nPREFIX : <urn:x:>\nSELECT", 1))
    status = parse_query_file(path).params[0]
    assert status.choices == ("happened", "planned")
    assert status.bind("happened") == ox.NamedNode("https://example.org/s#Happened")
    assert status.bind("PLANNED") == ox.NamedNode("urn:x:planned")
    with pytest.raises(ParameterError):
        status.bind("ex:Happened")


def test_an_enum_takes_one_of_its_choices_in_any_case():
    status = Param("status", "enum", "", choices=("happened", "planned", "proposed"))
    assert status.bind("Planned") == ox.Literal("planned")
    with pytest.raises(ParameterError) as caught:
        status.bind("maybe")
    assert caught.value.details["parameter"] == "status" and "happened, planned, proposed" in caught.value.message


@pytest.mark.parametrize("kind, raw", [
    ("date", "yesterday"), ("date", "2025-02-30"), ("date", "2025-13"), ("date", "13/07/2025"), ("date-end", "2025-7-1"),
    ("integer", "1.5"), ("integer", "12345678901234"),
    ("iri", "kyiv"), ("iri", "http://exa mple.org/"), ("iri", "<https://example.org/>"),
    ("ref", "http://exa mple.org/"), ("string", "   "),
])
def test_a_bad_value_is_a_parameter_error_naming_the_parameter(kind, raw):
    with pytest.raises(ParameterError) as caught:
        Param("since", kind, "").bind(raw)
    error = caught.value
    assert error.status == 400 and error.code == "bad_parameter"
    assert error.details == {"parameter": "since"} and "'since'" in error.message


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue()


def test_bindings_go_to_the_param_variables(catalogue):
    meet = catalogue.get("who-met-whom")
    assert meet.bindings({"status": "happened", "since": "2025-07"}) == {
        "param_status": NKG.happened, "param_since": moment("2025-07-01T00:00:00")}
    assert meet.bindings({}) == {}
    with pytest.raises(ParameterError) as caught:
        meet.bindings({"colour": "red", "status": "planned"})
    assert caught.value.details["parameter"] == "colour" and "topic, entity, status" in caught.value.message


def test_the_shipped_catalogue(catalogue):
    described = {q["name"]: q for q in catalogue.describe()}
    assert set(described) == {"who-met-whom", "who-supplied-whom", "who-attacked-whom"}
    for q in described.values():
        assert q["summary"] and q["columns"] and all(p["description"] for p in q["parameters"])
        assert all("?param_" + p["name"] in q["query"] for p in q["parameters"])
    with pytest.raises(NotFound) as caught:
        catalogue.get("who-bought-whom")
    assert "who-met-whom" in caught.value.message


def test_a_name_is_resolved_to_the_entity_it_names(catalogue, sample_store):
    meet = catalogue.get("who-met-whom")
    for name in ("Zelenskyy", "zelensky", "Volodymyr Zelensky", DATA_BASE + "volodymyr-zelensky"):
        rows = meet.run(sample_store, {"entity": name}).rows
        assert [(r["aLabel"].value, r["bLabel"].value) for r in rows] == [("Emmanuel Macron", "Volodymyr Zelensky")]
    assert meet.run(sample_store, {"entity": "Zelensky'} } ; DROP ALL #"}).rows == []     # a value, not text


GOOD = """# summary: Everything about one thing.
# param thing (iri, required): the thing
SELECT ?p ?o WHERE { ?param_thing ?p ?o }
"""


@pytest.mark.parametrize("text, words", [
    (GOOD.replace("# summary: Everything about one thing.\n", ""), "no '# summary:' line"),
    (GOOD.replace("(iri, required)", "(iri required"), "bad param line"),
    (GOOD.replace("(iri, required)", "(uri, required)"), "unknown parameter type 'uri'"),
    (GOOD.replace("(iri, required)", "(enum, required)"), "an enum needs its choices"),
    (GOOD.replace("(iri, required)", "(enum ex:a|ex:b, required)"), "prefixed names of a PREFIX the file declares"),
    (GOOD.replace("(iri, required)", "(enum nkg:a|b, required)").replace("SELECT", "PREFIX nkg: <urn:n:>\nSELECT", 1),
     "all plain words or all prefixed names"),
    (GOOD.replace("?param_thing ?p", "?s ?p"), "'thing' is declared but ?param_thing is not used"),
    (GOOD.replace("SELECT ?p ?o", "SELECT *"), "SELECT * is not allowed"),
    (GOOD.replace("SELECT ?p ?o WHERE", "CONSTRUCT WHERE"), "must be a SELECT query"),
    (GOOD.replace("?p ?o }", "?p ?o"), "not valid SPARQL"),
])
def test_a_broken_query_file_is_refused_with_its_name(tmp_path, text, words):
    path = tmp_path / "broken-one.rq"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QueryFileError) as caught:
        parse_query_file(path)
    assert "broken-one.rq" in caught.value.message and words in caught.value.message
    with pytest.raises(QueryFileError):
        Catalogue(tmp_path)                                      # one broken file stops start-up


def test_a_good_file_and_a_required_parameter(tmp_path):
    (tmp_path / "about.rq").write_text(GOOD, encoding="utf-8")
    query = Catalogue(tmp_path).get("about")
    assert (query.summary, query.columns, [p.name for p in query.params]) == ("Everything about one thing.",
                                                                              ("p", "o"), ["thing"])
    with pytest.raises(ParameterError, match="'thing' is required"):
        query.bindings({})


def test_an_empty_directory_is_an_error(tmp_path):
    with pytest.raises(QueryFileError, match="no canned queries"):
        Catalogue(tmp_path)


def test_min_confidence_keeps_what_some_article_states_outright(tmp_path):
    """Built through the real pipeline: an attack read straight off the parse (0.9) and one whose
    attacker is the article's lead (0.6); min_confidence tells them apart, and a bad value is a
    ParameterError naming it."""
    from kg.build import build
    from kg.store.stores import EmbeddedStore

    article = tmp_path / "strikes.txt"
    article.write_text("Hezbollah fired rockets at Israel on Sunday. A salvo of rockets later hit the city of Safed.\n",
                       encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    try:
        build([str(article)], store)
        query = Catalogue().get("who-attacked-whom")
        every = {row["targetLabel"].value for row in query.run(store, {}).rows}
        sure = {row["targetLabel"].value for row in query.run(store, {"min_confidence": "0.85"}).rows}
        assert every == {"Israel", "Safed"} and sure == {"Israel"}
        with pytest.raises(ParameterError, match="min_confidence"):
            query.bindings({"min_confidence": "high"})
    finally:
        store.close()


PAGED = """# summary: Things and how many statements each has, a page at a time.
PREFIX ex: <urn:ex:>
SELECT ?event ?n ?kinds WHERE {
  {
    SELECT DISTINCT ?event WHERE { ?event a ex:Thing }
    ORDER BY ?event
    LIMIT 100 OFFSET 0
  }
  {
    SELECT ?event (COUNT(*) AS ?n) (GROUP_CONCAT(DISTINCT STR(?kind); separator=" ") AS ?kinds) WHERE {
      # the page's events
      ?event ?p ?kind
    }
    GROUP BY ?event
  }
}
ORDER BY ?event
"""


def test_a_page_is_picked_then_described_from_its_events_alone(tmp_path):
    """The subquery holding the page line picks the rows; the file then runs with them bound in
    its place and the page's events on each '# the page's events' line: the rows of the file run
    whole. A page line outside any subquery pages the answer as it comes."""
    from kg.store.catalogue import Page, described_text, page_group, picking_text
    from kg.store.stores import EmbeddedStore

    store = EmbeddedStore(None)
    thing, other = ox.NamedNode("urn:ex:Thing"), ox.NamedNode("urn:ex:Other")
    for i in range(7):
        node = ox.NamedNode(f"urn:ex:t{i}")
        store.add_to_graph("urn:g", [ox.Triple(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                               thing if i % 2 else other)] +
                           [ox.Triple(node, ox.NamedNode("urn:ex:p"), ox.Literal(str(k))) for k in range(i)])
    (tmp_path / "things.rq").write_text(PAGED, encoding="utf-8")
    query = Catalogue(tmp_path).get("things")
    variant = query.variant({}, Page(2, 1))
    group = page_group(variant)
    picking = picking_text(variant, group)
    assert picking.startswith("PREFIX ex: <urn:ex:>") and picking.rstrip().endswith("LIMIT 2 OFFSET 1")
    picked = store.query(picking)
    assert [row["event"].value for row in picked.rows] == ["urn:ex:t3", "urn:ex:t5"]
    described = described_text(variant, group, picked)
    assert "VALUES ?event { <urn:ex:t3> <urn:ex:t5> }" in described and "# the page's events" not in described
    whole = [(r["event"].value, r["n"].value) for r in store.query(variant).rows]
    assert [(r["event"].value, r["n"].value) for r in store.query(described).rows] == whole == \
        [("urn:ex:t3", "4"), ("urn:ex:t5", "6")]
    pages = [query.run(store, {}, page=Page(2, offset)) for offset in (0, 2, 4)]
    assert [[r["event"].value for r in p.rows] for p in pages] == [["urn:ex:t1", "urn:ex:t3"], ["urn:ex:t5"], []]
    assert [p.more for p in pages] == [True, False, False]
    assert page_group("SELECT ?event WHERE { ?event a <urn:ex:Thing> }\nORDER BY ?event\nLIMIT 2 OFFSET 0\n") is None
