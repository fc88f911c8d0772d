"""Mapping: extraction records to RDF triples in our ontology. A pure function: the same
Extraction always gives the same triples, so rebuilding an article replaces, never duplicates.

Event IRIs come from what the event is (type, roles, status, date), not from where it was read,
so the same event reported by two articles is one node with two sources. What the IRI is made of
is described once, in the shared graph (event_description); each article's graph holds its own
report of the event (event_report): source, evidence, and what two articles may tell apart."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Triple

from .families import FAMILIES
from .records import Article, DateValue, Entity, Event, Extraction
from .vocab import DATA_BASE, NKG, OWL, RDF, RDFS, SCHEMA, SKOS, WIKIDATA_NS, XSD

SHORTCUTS = {f.name: f.shortcut for f in FAMILIES.values() if f.shortcut}  # kg/families.py


def article_iri(article: Article | str) -> NamedNode:
    key = article if isinstance(article, str) else article.key
    return NamedNode(f"{DATA_BASE}article/{key}")


def entity_iri(entity: Entity) -> NamedNode:
    return NamedNode(DATA_BASE + entity.key)


def event_iri(event: Event) -> NamedNode:
    roles = sorted((role, tuple(sorted(e.key for e in ents))) for role, ents in event.roles.items()
                   if role not in ("item", "weapon"))
    basis = repr((event.type, roles, event.status, event.date.start.isoformat() if event.date else None))
    return NamedNode(f"{DATA_BASE}event/{hashlib.sha256(basis.encode()).hexdigest()[:16]}")


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def _datetime(day) -> Literal:
    return Literal(f"{day.isoformat()}T00:00:00", datatype=XSD.dateTime)


def article_triples(article: Article) -> list[Triple]:
    a = article_iri(article)
    out = [Triple(a, RDF.type, NKG.Article), Triple(a, RDF.type, OWL.NamedIndividual),
           Triple(a, RDFS.label, Literal(article.title or article.id or article.key)),
           Triple(a, SCHEMA.identifier, Literal(article.id or article.origin))]
    if article.title:
        out.append(Triple(a, SCHEMA.headline, Literal(article.title)))
    if article.url:
        out.append(Triple(a, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.outlet:
        out.append(Triple(a, SCHEMA.publisher, Literal(article.outlet)))
    if article.published:
        out.append(Triple(a, SCHEMA.datePublished, _datetime(article.published)))
    return out


@lru_cache(maxsize=65536)
def entity_triples(entity: Entity) -> tuple[Triple, ...]:
    """What an entity is (class, names, Wikidata IRI): shared by every article that mentions it,
    so it lives in the entities graph, once, not in each article's graph. Made once per entity
    (a pure function of the frozen record; the same entities come back article after article)."""
    e = entity_iri(entity)
    cls = NKG[entity.type] if entity.type in NKG else NKG.Thing
    out = [Triple(e, RDF.type, cls), Triple(e, RDF.type, OWL.NamedIndividual),
           Triple(e, RDFS.label, Literal(entity.label)), Triple(e, SKOS.prefLabel, Literal(entity.label))]
    out += [Triple(e, SKOS.altLabel, Literal(alias)) for alias in sorted(entity.aliases) if alias != entity.label]
    if entity.wikidata:
        out.append(Triple(e, SCHEMA.sameAs, NamedNode(WIKIDATA_NS + entity.wikidata)))
    return tuple(out)


def event_label(event: Event) -> str:
    names = [e.label for role in ("participant", "supplier", "attacker", "requester") for e in event.roles.get(role, [])]
    others = [e.label for role in ("recipient", "target", "addressee") for e in event.roles.get(role, [])]
    text = ", ".join(names) + (" -> " + ", ".join(others) if others else "")
    when = f" ({event.date.start.isoformat()})" if event.date else ""
    return f"{event.type}: {text}{when} [{event.status}]"


IDENTITY_EXCLUDED_ROLES = ("item", "weapon")   # roles an event's IRI is not made of (event_iri)


def event_triples(event: Event, article: Article) -> list[Triple]:
    """Everything `article` says of the event: its description (event_description, kept once in
    the shared graph) and the article's report of it (event_report, in the article's graph)."""
    return event_description(event) + event_report(event, article)


def event_description(event: Event) -> list[Triple]:
    """What the event is, made only of what its IRI is made of (type, roles but item and weapon,
    status, date): the same whichever article tells it, so it lives once, in the shared graph
    (ENTITIES_GRAPH), however many articles tell the event."""
    ev = event_iri(event)
    out = [Triple(ev, RDF.type, NKG[event.type]), Triple(ev, RDF.type, OWL.NamedIndividual),
           Triple(ev, RDFS.label, Literal(event_label(event))),
           Triple(ev, NKG.status, NKG[event.status])]
    for role, entities in event.roles.items():
        if role not in IDENTITY_EXCLUDED_ROLES:
            out += [Triple(ev, NKG[role], entity_iri(e)) for e in entities]
    if event.date:
        out.append(Triple(ev, NKG.date, _datetime(event.date.start)))
    return out


def event_report(event: Event, article: Article) -> list[Triple]:
    """What one article says of the event beyond what it is, in the article's graph: that the
    article tells it (nkg:source), the sentence (evidence), and what another article may tell
    otherwise (items, weapons, date precision and end, place, topics), and the shortcuts."""
    ev = event_iri(event)
    a = article_iri(article)
    evidence = NamedNode(f"{DATA_BASE}evidence/{_hash(ev.value, article.key, str(event.sentence.start))}")
    out = [Triple(ev, NKG.source, a), Triple(ev, NKG.evidence, evidence),
           Triple(evidence, RDF.type, NKG.Evidence), Triple(evidence, RDF.type, OWL.NamedIndividual),
           Triple(evidence, RDFS.label, Literal(_short(event.sentence.text))),
           Triple(evidence, NKG.text, Literal(event.sentence.text)),
           Triple(evidence, NKG.trigger, Literal(event.trigger)),
           Triple(evidence, NKG.confidence, Literal(_decimal(event.confidence), datatype=XSD.decimal)),
           Triple(evidence, NKG.startChar, Literal(str(event.sentence.start), datatype=XSD.integer)),
           Triple(evidence, NKG.endChar, Literal(str(event.sentence.end), datatype=XSD.integer)),
           Triple(evidence, NKG.inArticle, a)]
    for role, entities in event.roles.items():
        if role in IDENTITY_EXCLUDED_ROLES:
            out += [Triple(ev, NKG[role], entity_iri(e)) for e in entities]
    if event.date:
        out += [t for t in date_triples(ev, event.date) if t.predicate != NKG.date]
    if event.place:
        out.append(Triple(ev, NKG.place, entity_iri(event.place)))
    out += [Triple(ev, NKG.topic, entity_iri(t)) for t in event.topics]
    out += shortcut_triples(event)
    return out


def date_triples(ev: NamedNode, value: DateValue) -> list[Triple]:
    out = [Triple(ev, NKG.date, _datetime(value.start)), Triple(ev, NKG.datePrecision, Literal(value.precision))]
    if value.end:
        out.append(Triple(ev, NKG.dateEnd, _datetime(value.end)))
    return out


def shortcut_triples(event: Event) -> list[Triple]:
    """metWith / spokeWith both ways between participants; supplied and attacked one way."""
    if event.type not in SHORTCUTS:
        return []
    roles, prop = SHORTCUTS[event.type]
    if isinstance(roles, str):
        people = event.roles.get(roles, [])
        return [Triple(entity_iri(x), NKG[prop], entity_iri(y)) for x in people for y in people if x.key != y.key]
    first, second = (event.roles.get(r, []) for r in roles)
    return [Triple(entity_iri(x), NKG[prop], entity_iri(y)) for x in first for y in second if x.key != y.key]


def _decimal(value: float) -> str:
    """xsd:decimal in its canonical form (0.9, 1), as stores give it back, to two places."""
    return format(Decimal(f"{value:.2f}").normalize(), "f")


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def to_triples(extraction: Extraction) -> list[Triple]:
    """Every triple of one article's named graph: the article, its reports of its events
    (event_report: source, evidence, what it alone may say), and which entities it mentions."""
    article = extraction.article
    a = article_iri(article)
    out = article_triples(article)
    out += [Triple(entity_iri(e), NKG.mentionedIn, a) for e in extraction.entities.values()]
    for event in extraction.events:
        out += event_report(event, article)
    return list(dict.fromkeys(out))


def entities_triples(extraction: Extraction) -> list[Triple]:
    """The triples of the shared graph (ENTITIES_GRAPH) that this article needs: what its
    entities are, and what its events are (event_description), once however many articles tell
    them. An event no article tells any more is taken out by kg.store.shared.forget_events."""
    out = [t for e in extraction.entities.values() for t in entity_triples(e)]
    out += [t for event in extraction.events for t in event_description(event)]
    return list(dict.fromkeys(out))
