"""Describe one entity: its labels, aliases and the events it takes part in.

One plain function for the API (GET /entities/ID) and the CLI alike. ID is the local name after
https://w3id.org/news-kg/id/ (`vladimir-putin`, `event/HASH`, `article/KEY`). The entity's IRI is
bound into the queries as an RDF term, never as raw text.

Its events come newest first, a page at a time (an entity may take part in most of the events
of a large store): the page's events are found by date alone, as a canned query given one
entity finds them (kg.store.catalogue.newest_events), and only those are described. The articles
that mention it (`nkg:mentionedIn`: "Russia" is in most articles of a war corpus) come newest
first by publication day, a page of the same size at the same offset, with how many there are.

    >>> from kg.mapping import entity_triples
    >>> from kg.records import Entity
    >>> from kg.store.stores import EmbeddedStore
    >>> from kg.vocab import ENTITIES_GRAPH
    >>> store = EmbeddedStore(None)                     # in memory
    >>> putin = Entity("vladimir-putin", "Vladimir Putin", "Person", frozenset({"Putin"}))
    >>> store.replace_graph(ENTITIES_GRAPH, entity_triples(putin))
    5
    >>> entity = describe(store, "vladimir-putin")
    >>> entity["label"], entity["types"], entity["aliases"]
    ('Vladimir Putin', ['Person'], ['Putin'])
"""

from __future__ import annotations

import pyoxigraph as ox

from ..errors import NotFound, ParameterError
from ..families import FAMILIES, ROLES
from .catalogue import Page, from_newest, pairs_values
from .stores import bind_with_values
from ..vocab import DATA_BASE, NKG_BASE, OWL, PREFIXES, RDF, RDFS, SCHEMA, SKOS

EVENT_TYPES = tuple(FAMILIES)  # kg/families.py

_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

ABOUT = _PROLOGUE + "SELECT ?p ?o WHERE { ?entity ?p ?o }"
MENTIONS = _PROLOGUE + """SELECT ?article (MAX(?published) AS ?day) WHERE {
  ?entity nkg:mentionedIn ?article .
  OPTIONAL { ?article schema:datePublished ?published }
}
GROUP BY ?article
ORDER BY DESC(?day) ?article
"""
MENTION_COUNT = _PROLOGUE + "SELECT (COUNT(DISTINCT ?article) AS ?n) WHERE { ?entity nkg:mentionedIn ?article }"
_PAGE_SLOT = "# the page's events"

EVENTS = _PROLOGUE + f"""
SELECT DISTINCT ?event ?type ?role ?label ?status ?date ?precision ?dateEnd ?source WHERE {{
  {_PAGE_SLOT}
  ?event ?roleIri ?entity ;
         a ?typeIri .
  VALUES ?roleIri {{ {" ".join("nkg:" + r for r in ROLES)} }}
  FILTER(?typeIri IN ({", ".join("nkg:" + t for t in EVENT_TYPES)}))
  OPTIONAL {{ ?event rdfs:label ?label }}
  OPTIONAL {{ ?event nkg:status ?statusIri }}
  OPTIONAL {{ ?event nkg:date ?date }}
  OPTIONAL {{ GRAPH ?g {{  # each article's report, one at a time: linear in the articles that tell it
    ?event nkg:source ?source .
    OPTIONAL {{ ?event nkg:datePrecision ?precision }}
    OPTIONAL {{ ?event nkg:dateEnd ?dateEnd }}
  }} }}
  BIND(STRAFTER(STR(?roleIri), STR(nkg:)) AS ?role)
  BIND(STRAFTER(STR(?typeIri), STR(nkg:)) AS ?type)
  BIND(STRAFTER(STR(?statusIri), STR(nkg:)) AS ?status)
}}
ORDER BY DESC(?date) ?event
"""


def _role_events(iri: ox.NamedNode) -> tuple[str, str]:
    """The entity's events, as kg.store.catalogue.newest_events takes them (the IRI written by
    pyoxigraph)."""
    roles = " ".join("nkg:" + r for r in ROLES)
    return _PROLOGUE, (f"{{ SELECT DISTINCT ?event WHERE {{ VALUES ?entity {{ {iri} }} "
                       f"VALUES ?roleIri {{ {roles} }} ?event ?roleIri ?entity }} }}")

_RDF_TYPE = RDF.type.value
_FIELDS = {  # predicate -> key of the answer, for the entity's own statements
    RDFS.label.value: "labels",
    SKOS.prefLabel.value: "labels",
    SKOS.altLabel.value: "aliases",
    SCHEMA.sameAs.value: "sameAs",
    OWL.sameAs.value: "sameAs",
}
# What describe reads of the entity's own statements, each predicate looked up (not its mentions,
# which are paged, nor the shortcuts to other entities, stated once by every article that tells them)
OWN = _PROLOGUE + (f"SELECT ?p ?o WHERE {{ VALUES ?p {{ <{_RDF_TYPE}> "
                   + " ".join(f"<{p}>" for p in _FIELDS) + " } ?entity ?p ?o }")


def entity_iri(entity_id: str) -> ox.NamedNode:
    """The IRI of an entity's local name; ParameterError when it cannot be one."""
    entity_id = entity_id.strip().strip("/")
    if entity_id.startswith(DATA_BASE):
        entity_id = entity_id[len(DATA_BASE):]
    try:
        if not entity_id:
            raise ValueError("empty")
        return ox.NamedNode(DATA_BASE + entity_id)
    except ValueError:
        raise ParameterError(f"{entity_id!r} is not an entity id; use the local name after {DATA_BASE}, "
                             "for example vladimir-putin", parameter="id") from None


def triples_about(store, iri: ox.NamedNode, mentions: bool = True) -> list[ox.Triple]:
    """The distinct statements whose subject is the entity (over all graphs); without `mentions`,
    only what describe reads (its types, names and links: OWN)."""
    # A VALUES block written by kg.store.bind_with_values (the term serialized by pyoxigraph, as
    # the remote store binds values): pyoxigraph starts the join from it, where store.query's
    # bindings make it scan every statement (1 ms against 200 ms on 200,000 triples).
    result = store.query(bind_with_values(ABOUT if mentions else OWN, {"entity": iri}))
    return list(dict.fromkeys(ox.Triple(iri, row["p"], row["o"]) for row in result.rows))


def mentioned_in(store, iri: ox.NamedNode, page: Page) -> tuple[list[str], int]:
    """The page of the articles that mention the entity, newest first (by publication day; the
    undated last), and how many articles mention it."""
    end = "" if page.limit is None else f"LIMIT {int(page.limit)} OFFSET {int(page.offset)}\n"
    rows = store.query(bind_with_values(MENTIONS + end, {"entity": iri})).rows
    count = store.query(bind_with_values(MENTION_COUNT, {"entity": iri})).rows
    return [row["article"].value for row in rows], int(count[0]["n"].value) if count else 0


def describe(store, entity_id: str, page: Page | None = None) -> dict:
    """The entity's types, labels, aliases, links, the page of its events (newest first; all of
    them without a page) and the page of the articles that mention it (newest first:
    `mentionedIn`, of `mentionCount`), as a JSON-ready dict; `more` says whether events or
    articles follow the page.

    Raises NotFound when the store says nothing about it."""
    iri = entity_iri(entity_id)
    page = page or Page()
    out: dict = {"id": iri.value[len(DATA_BASE):], "iri": iri.value, "label": None, "types": [],
                 "labels": [], "aliases": [], "sameAs": [], "mentionedIn": [], "mentionCount": 0,
                 "events": [], "more": False}
    statements = triples_about(store, iri, mentions=False)
    for t in statements:
        p, o = t.predicate.value, t.object
        if p == _RDF_TYPE and o.value.startswith(NKG_BASE):
            _add(out["types"], o.value[len(NKG_BASE):])
        elif p in _FIELDS:
            _add(out[_FIELDS[p]], o.value)
    prefs = [t.object.value for t in statements if t.predicate.value.endswith("#prefLabel")]
    out["label"] = (prefs or out["labels"] or [None])[0]
    out["aliases"] = [a for a in out["aliases"] if a != out["label"]]
    out["events"], more = _events(store, iri, page)
    asked = page if page.limit is None else Page(page.limit + 1, page.offset)   # one more: do more follow?
    out["mentionedIn"], out["mentionCount"] = mentioned_in(store, iri, asked)
    if page.limit is not None and len(out["mentionedIn"]) > page.limit:
        out["mentionedIn"], more = out["mentionedIn"][:page.limit], True
    out["more"] = more
    if not statements and not out["events"] and not out["mentionCount"]:
        raise NotFound(f"no entity {out['id']!r} in the store; its id is the local name after {DATA_BASE}",
                       entity=out["id"])
    return out


def _events(store, iri: ox.NamedNode, page: Page) -> tuple[list[dict], bool]:
    """The page's events, and whether more follow. The newest N events (N grows until they hold
    the page: an event of another kind than FAMILIES' is left out) are described, or, past
    RANK_MOST, every event."""
    events = None
    if page.limit is not None:
        def described(pairs):
            events = _described(store, iri, pairs_values(pairs))
            return events, len(events)

        wanted = page.offset + page.limit + 1      # one more: is there a next page?
        events = from_newest(store, _role_events(iri), wanted, wanted, described)
    if events is None:
        events = _described(store, iri, "")
    end = None if page.limit is None else page.offset + page.limit
    return events[page.offset:end], end is not None and len(events) > end


def _described(store, iri: ox.NamedNode, values: str) -> list[dict]:
    """The events of the EVENTS query, with its page's events bound by `values` (or all)."""
    events: dict[str, dict] = {}
    text = EVENTS.replace(_PAGE_SLOT, values, 1)
    for row in store.query(bind_with_values(text, {"entity": iri})).rows:   # bound where the join starts
        key = row["event"].value
        event = events.setdefault(key, {
            "iri": key, "type": row["type"].value, "label": _value(row, "label"), "roles": [],
            "status": _value(row, "status"), "date": _value(row, "date"),
            "datePrecision": _value(row, "precision"), "dateEnd": _value(row, "dateEnd"), "sources": []})
        _add(event["roles"], row["role"].value)
        if "source" in row:
            _add(event["sources"], row["source"].value)
    return list(events.values())


def _value(row: dict, name: str) -> str | None:
    term = row.get(name)
    return None if term is None else term.value


def _add(items: list, value) -> None:
    if value not in items:
        items.append(value)
