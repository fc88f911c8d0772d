"""The store and everything that reads it: records as triples in, answers out.

    stores       the Store interface: EmbeddedStore (pyoxigraph) and RemoteStore (SPARQL 1.1)
    sparql_text  tokens and clauses of SPARQL text
    guard        refuses outbound fetches (SERVICE, LOAD, FROM <url>) not allow-listed
    results      result formats and content negotiation
    catalogue    canned queries (queries/*.rq) with typed, bound parameters
    lookup       entity descriptions
    stats        counts
    executor     running tasks on the store: in worker processes with a time limit, or in this one
                 (the tasks themselves, and the Service the API and the CLI call, are in kg.service)
"""

from .stores import EmbeddedStore, QueryResult, RemoteStore, Store, open_store

__all__ = ["EmbeddedStore", "QueryResult", "RemoteStore", "Store", "open_store"]
