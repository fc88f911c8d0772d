"""Counts of what the store holds, as `kg stats` prints them."""

from __future__ import annotations

from ..families import FAMILIES
from ..vocab import sparql_prefixes

_BY_FAMILY = "".join(f'\n  UNION {{ ?x a nkg:{f.name} . BIND("{f.plural}" AS ?what) }}' for f in FAMILIES.values())
STATS_QUERY = sparql_prefixes("nkg", "rdfs") + """
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a nkg:Article . BIND("articles" AS ?what) }
  UNION { ?x a/rdfs:subClassOf* nkg:Event . BIND("events" AS ?what) }""" + _BY_FAMILY + """
  UNION { ?x nkg:mentionedIn ?a . BIND("entities" AS ?what) }
} GROUP BY ?what
"""


def stats(store) -> dict:
    """Graphs, triples, articles, events by type and entities."""
    out = {"graphs": len(store.graphs()), "triples": store.count()}
    for row in store.query(STATS_QUERY).rows:
        out[row["what"].value] = int(row["n"].value)
    return out
