"""kg.mapping on its own: extraction records in, the triples of our ontology out. A pure function,
so the tests give records and compare sets of triples exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pyoxigraph as ox
import pytest

from kg.mapping import (article_iri, entities_triples, entity_iri, entity_triples, event_iri, event_label,
                        event_description, event_report, event_triples, shortcut_triples, to_triples)
from kg.records import Article, DateValue, Entity, Event, Extraction, Span
from kg.vocab import DATA_BASE, NKG, NKG_BASE, OWL, RDF, RDFS, SCHEMA, SKOS, TERMS, XSD

from helpers import sample

T, L = ox.Triple, ox.Literal
GERMANY = Entity("germany", "Germany", "Country", frozenset({"FRG", "Germany"}), "Q183")
UKRAINE = Entity("ukraine", "Ukraine", "Country")
IRIS_T = Entity("iris-t", "IRIS-T", "WeaponSystem")
SCHOLZ = Entity("olaf-scholz", "Olaf Scholz", "Person")
MACRON = Entity("emmanuel-macron", "Emmanuel Macron", "Person")
SENTENCE = "Germany will send IRIS-T systems to Ukraine next month."
ARTICLE = Article(key="a1", text="Berlin, Monday. " + SENTENCE, origin="wire.jsonl:3", id="wire-17",
                  title="More air defence", url="https://example.org/a1", outlet="Example Wire",
                  published=date(2025, 7, 14))
SUPPLY = Event("Supply", {"supplier": [GERMANY], "recipient": [UKRAINE], "item": [IRIS_T]}, "planned",
               Span(16, 16 + len(SENTENCE), SENTENCE), "send", DateValue(date(2025, 8, 1), "month", date(2025, 8, 31)))


def day(text: str) -> ox.Literal:
    return L(f"{text}T00:00:00", datatype=XSD.dateTime)


def integer(n: int) -> ox.Literal:
    return L(str(n), datatype=XSD.integer)


def test_an_event_is_its_type_roles_status_date_and_provenance():
    ev, a = event_iri(SUPPLY), article_iri(ARTICLE)
    [evidence] = {t.object for t in event_triples(SUPPLY, ARTICLE) if t.predicate == NKG.evidence}
    assert set(event_triples(SUPPLY, ARTICLE)) == {
        T(ev, RDF.type, NKG.Supply), T(ev, RDF.type, OWL.NamedIndividual),
        T(ev, RDFS.label, L("Supply: Germany -> Ukraine (2025-08-01) [planned]")),
        T(ev, NKG.supplier, entity_iri(GERMANY)), T(ev, NKG.recipient, entity_iri(UKRAINE)),
        T(ev, NKG.item, entity_iri(IRIS_T)),
        T(ev, NKG.status, NKG.planned),
        T(ev, NKG.date, day("2025-08-01")), T(ev, NKG.datePrecision, L("month")), T(ev, NKG.dateEnd, day("2025-08-31")),
        # provenance: the article it came from, and the sentence that says so, where it says so
        T(ev, NKG.source, a), T(ev, NKG.evidence, evidence),
        T(evidence, RDF.type, NKG.Evidence), T(evidence, RDF.type, OWL.NamedIndividual),
        T(evidence, RDFS.label, L(SENTENCE)), T(evidence, NKG.text, L(SENTENCE)), T(evidence, NKG.trigger, L("send")),
        T(evidence, NKG.startChar, integer(16)), T(evidence, NKG.endChar, integer(16 + len(SENTENCE))),
        T(evidence, NKG.inArticle, a),
        T(evidence, NKG.confidence, ox.Literal("0.9", datatype=XSD.decimal)),  # how sure the rule was
        T(entity_iri(GERMANY), NKG.supplied, entity_iri(UKRAINE)),
    }
    assert ARTICLE.text[16:16 + len(SENTENCE)] == SENTENCE


@pytest.mark.parametrize("value, expected", [
    (DateValue(date(2025, 7, 13)), [(NKG.date, day("2025-07-13")), (NKG.datePrecision, L("day"))]),
    (DateValue(date(2025, 7, 7), "week", date(2025, 7, 13)),
     [(NKG.date, day("2025-07-07")), (NKG.datePrecision, L("week")), (NKG.dateEnd, day("2025-07-13"))]),
    (DateValue(date(2022, 1, 1), "year", date(2022, 12, 31)),
     [(NKG.date, day("2022-01-01")), (NKG.datePrecision, L("year")), (NKG.dateEnd, day("2022-12-31"))]),
    (None, []),
])
def test_dates_keep_their_precision(value, expected):
    event = replace(SUPPLY, date=value)
    ev = event_iri(event)
    dated = {(t.predicate, t.object) for t in event_triples(event, ARTICLE) if t.subject == ev
             and t.predicate in (NKG.date, NKG.datePrecision, NKG.dateEnd)}
    assert dated == set(expected)


def test_place_and_topics():
    berlin, air = Entity("berlin", "Berlin", "City"), Entity("air-defence", "air defence", "Topic")
    meeting = Event("Meeting", {"participant": [SCHOLZ, MACRON]}, "happened", Span(0, 10, "They met."), "met",
                    place=berlin, topics=[air])
    triples = set(event_triples(meeting, ARTICLE))
    ev = event_iri(meeting)
    assert T(ev, NKG.place, entity_iri(berlin)) in triples and T(ev, NKG.topic, entity_iri(air)) in triples
    assert not any(t.predicate in (NKG.date, NKG.datePrecision) for t in triples)     # no date, none made up


@pytest.mark.parametrize("kind, roles, expected", [
    ("Meeting", {"participant": [SCHOLZ, MACRON]}, {(SCHOLZ, "metWith", MACRON), (MACRON, "metWith", SCHOLZ)}),
    ("Call", {"participant": [SCHOLZ, MACRON, SCHOLZ]}, {(SCHOLZ, "spokeWith", MACRON), (MACRON, "spokeWith", SCHOLZ)}),
    ("Supply", {"supplier": [GERMANY], "recipient": [UKRAINE, GERMANY]}, {(GERMANY, "supplied", UKRAINE)}),
    ("Attack", {"attacker": [GERMANY], "target": [UKRAINE]}, {(GERMANY, "attacked", UKRAINE)}),
    ("Request", {"requester": [UKRAINE], "addressee": [GERMANY]}, set()),
])
def test_shortcuts_between_the_agents(kind, roles, expected):
    """metWith and spokeWith both ways, supplied and attacked one way, never an agent with itself."""
    event = Event(kind, roles, "happened", Span(0, 1, "x"), "x")
    assert set(shortcut_triples(event)) == {T(entity_iri(a), NKG[p], entity_iri(b)) for a, p, b in expected}


def test_the_event_iri_is_what_happened_not_where_it_was_read():
    other = Article(key="a2", text=SENTENCE, origin="other.txt")
    again = replace(SUPPLY, sentence=Span(0, len(SENTENCE), SENTENCE), trigger="deliver")
    assert event_iri(again) == event_iri(SUPPLY)                                # another sentence, same event
    assert event_iri(replace(SUPPLY, roles={**SUPPLY.roles, "item": []})) == event_iri(SUPPLY)   # items do not count
    assert event_iri(replace(SUPPLY, status="happened")) != event_iri(SUPPLY)
    assert event_iri(replace(SUPPLY, date=DateValue(date(2025, 9, 1), "month"))) != event_iri(SUPPLY)
    assert event_iri(replace(SUPPLY, roles={**SUPPLY.roles, "recipient": [GERMANY]})) != event_iri(SUPPLY)
    # one event, two articles: one node with two sources and two evidence sentences
    both = set(event_triples(SUPPLY, ARTICLE)) | set(event_triples(again, other))
    ev = event_iri(SUPPLY)
    assert {t.object for t in both if t.subject == ev and t.predicate == NKG.source} == {article_iri(ARTICLE),
                                                                                          article_iri(other)}
    assert len({t.object for t in both if t.subject == ev and t.predicate == NKG.evidence}) == 2


def test_an_article_graph():
    extraction = Extraction(ARTICLE, {e.key: e for e in (GERMANY, UKRAINE, IRIS_T)}, [SUPPLY])
    triples = to_triples(extraction)
    a = article_iri(ARTICLE)
    assert a == ox.NamedNode(DATA_BASE + "article/a1")
    assert {t for t in triples if t.subject == a} == {
        T(a, RDF.type, NKG.Article), T(a, RDF.type, OWL.NamedIndividual), T(a, RDFS.label, L("More air defence")),
        T(a, SCHEMA.identifier, L("wire-17")), T(a, SCHEMA.headline, L("More air defence")),
        T(a, SCHEMA.url, L("https://example.org/a1", datatype=XSD.anyURI)), T(a, SCHEMA.publisher, L("Example Wire")),
        T(a, SCHEMA.datePublished, day("2025-07-14"))}
    assert {t.subject for t in triples if t.predicate == NKG.mentionedIn} == {entity_iri(e) for e in (GERMANY, UKRAINE, IRIS_T)}
    assert set(event_report(SUPPLY, ARTICLE)) <= set(triples)                   # the article's report of it
    assert not set(event_description(SUPPLY)) & set(triples)                    # what it is: in the shared graph,
    assert set(event_description(SUPPLY)) <= set(entities_triples(extraction))  # once however many tell it
    assert set(event_description(SUPPLY)) | set(event_report(SUPPLY, ARTICLE)) == set(event_triples(SUPPLY, ARTICLE))
    assert len(triples) == len(set(triples))                                     # no duplicates
    assert to_triples(extraction) == triples                                     # the same records, the same triples
    assert not any(t.predicate == SKOS.prefLabel for t in triples)               # entities live in their own graph


def test_an_article_with_no_metadata_is_named_by_its_key_and_origin():
    bare = Article(key="abc123", text="Nothing happened.", origin="notes/today.txt")
    a = article_iri(bare)
    assert set(to_triples(Extraction(bare, {}, []))) == {
        T(a, RDF.type, NKG.Article), T(a, RDF.type, OWL.NamedIndividual), T(a, RDFS.label, L("abc123")),
        T(a, SCHEMA.identifier, L("notes/today.txt"))}


def test_an_entity_is_described_once_with_its_names():
    e = entity_iri(GERMANY)
    assert set(entity_triples(GERMANY)) == {
        T(e, RDF.type, NKG.Country), T(e, RDF.type, OWL.NamedIndividual), T(e, RDFS.label, L("Germany")),
        T(e, SKOS.prefLabel, L("Germany")), T(e, SKOS.altLabel, L("FRG")),           # not the label again
        T(e, SCHEMA.sameAs, ox.NamedNode("http://www.wikidata.org/entity/Q183"))}
    extraction = Extraction(ARTICLE, {e.key: e for e in (GERMANY, UKRAINE)}, [])
    assert set(entities_triples(extraction)) == set(entity_triples(GERMANY)) | set(entity_triples(UKRAINE))


def test_the_label_says_who_did_what_to_whom_when():
    assert event_label(SUPPLY) == "Supply: Germany -> Ukraine (2025-08-01) [planned]"
    meeting = Event("Meeting", {"participant": [SCHOLZ, MACRON]}, "proposed", Span(0, 1, "x"), "x")
    assert event_label(meeting) == "Meeting: Olaf Scholz, Emmanuel Macron [proposed]"


def test_the_sample_uses_only_terms_of_the_ontology():
    """Everything the mapping writes in our namespace is a term the ontology declares."""
    data = {t for ts in sample().data_graphs.values() for t in ts}
    ours = {term.value for t in data for term in (t.predicate, t.object)
            if isinstance(term, ox.NamedNode) and term.value.startswith(NKG_BASE)}
    assert ours and {iri.removeprefix(NKG_BASE) for iri in ours} <= TERMS
