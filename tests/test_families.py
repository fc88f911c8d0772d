"""Each event family is declared once (kg/families.py); the ontology, the shapes, extraction,
the mapping, lookups and stats must all know every family, so a forgotten piece fails here."""

from __future__ import annotations

import pyoxigraph as ox

from kg.families import FAMILIES, ROLES
from kg.mapping import SHORTCUTS
from kg.store.lookup import EVENT_TYPES
from kg.store.stats import STATS_QUERY
from kg.vocab import NKG_BASE, OWL_NS, RDF_NS, RDFS_NS, SH_NS, ontology_triples, shapes_path

TYPE = ox.NamedNode(RDF_NS + "type")


def _declared(kind: str) -> set[str]:
    return {t.subject.value[len(NKG_BASE):] for t in ontology_triples()
            if t.predicate == TYPE and t.object == ox.NamedNode(OWL_NS + kind) and t.subject.value.startswith(NKG_BASE)}


def test_every_family_is_an_event_class_of_the_ontology():
    classes = _declared("Class")
    event = ox.NamedNode(NKG_BASE + "Event")
    subclasses = {t.subject.value[len(NKG_BASE):] for t in ontology_triples()
                  if t.predicate == ox.NamedNode(RDFS_NS + "subClassOf") and t.object == event}
    for name in FAMILIES:
        assert name in classes and name in subclasses, name


def test_every_role_and_shortcut_is_a_property_of_the_ontology():
    properties = _declared("ObjectProperty")
    for role in ROLES:
        assert role in properties, role
    for family in FAMILIES.values():
        if family.shortcut:
            roles, prop = family.shortcut
            assert prop in properties
            for role in (roles,) if isinstance(roles, str) else roles:
                assert role in family.roles


def test_every_family_has_a_shape():
    shapes = [q.triple for q in ox.parse(path=str(shapes_path()), format=ox.RdfFormat.TURTLE)]
    targeted = {t.object.value[len(NKG_BASE):] for t in shapes if t.predicate == ox.NamedNode(SH_NS + "targetClass")}
    assert set(FAMILIES) <= targeted, set(FAMILIES) - targeted


def test_mapping_lookup_stats_and_extraction_derive_from_the_declarations():
    from kg.extract.nlp import gazetteer
    from kg.extract.pipeline import SentenceReader
    from kg.extract.resolve import ArticleResolver
    from kg.extract.ingest import make_article

    assert set(SHORTCUTS) == {f.name for f in FAMILIES.values() if f.shortcut}
    assert set(EVENT_TYPES) == set(FAMILIES)
    for family in FAMILIES.values():
        assert f"nkg:{family.name} ." in STATS_QUERY and f'"{family.plural}"' in STATS_QUERY
    reader = SentenceReader(ArticleResolver(gazetteer(), None), gazetteer(), make_article("x", "t"))
    assert set(reader.readers) == set(FAMILIES)
