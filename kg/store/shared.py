"""The shared graph (vocab.ENTITIES_GRAPH) holds what each entity and each event is, once however
many articles tell them (kg.mapping.entities_triples); each article's graph holds the article's
own: its metadata, its reports of events (nkg:source, evidence) and the entities it mentions.

Replacing or dropping an article's graph takes out exactly its contribution when the events it
told that no article tells any more leave the shared graph too:

    told = events_told(store, graph)      # before the article's graph is replaced or dropped
    ...                                   # replace or drop it, add the new descriptions
    forget_events(store, told)            # events no graph names a source for: their description goes
"""

from __future__ import annotations

import pyoxigraph as ox

from ..vocab import ENTITIES_GRAPH, NKG
from .stores import bind_with_values

_TOLD = f"SELECT DISTINCT ?event WHERE {{ GRAPH ?graph {{ ?event <{NKG.source.value}> ?article }} }}"


def events_told(store, graph: str) -> list[ox.NamedNode]:
    """The events the article graph `graph` tells (names itself a source of)."""
    if not store.has_graph(graph):
        return []
    node = ox.NamedNode(graph)
    rows = store.query(bind_with_values(_TOLD, {"graph": node, "article": node})).rows
    return [row["event"] for row in rows if isinstance(row.get("event"), ox.NamedNode)]


def forget_events(store, events: list[ox.NamedNode], chunk: int = 500) -> None:
    """Take the description of each of `events` that no graph tells any more out of the shared
    graph (its terms written by pyoxigraph, never raw text)."""
    shared = ox.NamedNode(ENTITIES_GRAPH)
    for i in range(0, len(events), chunk):
        values = " ".join(str(e) for e in events[i:i + chunk])
        store.update(f"DELETE {{ GRAPH {shared} {{ ?event ?p ?o }} }} WHERE {{ VALUES ?event {{ {values} }} "
                     f"GRAPH {shared} {{ ?event ?p ?o }} "
                     f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?event {NKG.source} ?article }} }} }}")


# Every event whose description is in the shared graph but that no graph tells (names a source
# for) any more: what a build that cannot track each article's events (the cluster build, which
# writes graphs with the Graph Store Protocol) runs once at its end.
FORGET_UNTOLD = (f"DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?event ?p ?o }} }} WHERE {{ "
                 f"GRAPH <{ENTITIES_GRAPH}> {{ ?event <{NKG.status.value}> ?status ; ?p ?o }} "
                 f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?event <{NKG.source.value}> ?article }} }} }}")
