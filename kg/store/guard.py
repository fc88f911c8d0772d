"""No outbound fetches: the server never opens a connection because of a query or an update.

pyoxigraph evaluates `SERVICE <url>` and `LOAD <url>` by fetching the URL over HTTP, so those
clauses are refused before a query reaches the store, unless an operator allow-listed the
endpoint (Config.allowed_services). `FROM` and `FROM NAMED` never fetch in pyoxigraph; they select
graphs of the store, so they are accepted only when they name a graph the store holds (a `FROM`
naming a web document is refused instead of silently answering from an empty graph).

The check reads tokens (kg.sparql_text), so strings, IRIs and comments cannot fool it, and it
denies by default: a SERVICE whose target is a variable, a relative IRI or anything it cannot
resolve is refused.

>>> check_query('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
Traceback (most recent call last):
...
kg.errors.ForbiddenClause: SERVICE <http://example.org/sparql>: this server does not query other endpoints (allowed: none)
>>> check_query('PREFIX ex: <http://example.org/> SELECT * { SERVICE ex:sparql { ?s ?p ?o } }',
...             allowed_services=('http://example.org/sparql',))
[]
"""

from __future__ import annotations

from typing import Callable, Iterable

from ..errors import ForbiddenClause
from .sparql_text import OutboundClause, outbound_clauses, tokens


def prefixes(sparql: str) -> dict[str, str]:
    """The PREFIX declarations of a query or update: {"ex": "http://example.org/"}."""
    toks = tokens(sparql)
    out = {}
    for i, tok in enumerate(toks[:-2]):
        if tok.kind == "word" and tok.text.upper() == "PREFIX":
            name, iri = toks[i + 1], toks[i + 2]
            if name.text.endswith(":") and iri.kind == "iri":
                out[name.text[:-1]] = iri.text[1:-1]
    return out


def resolve(target: str, declared: dict[str, str]) -> str | None:
    """The absolute IRI a clause names, or None when it is a variable, relative or unknown."""
    if not target or target.startswith(("?", "$")):
        return None
    if ":" in target and not target.split(":", 1)[1].startswith("//"):
        prefix, local = target.split(":", 1)
        if prefix in declared:
            target = declared[prefix] + local
    scheme = target.split(":", 1)[0]
    if ":" not in target or not scheme.isascii() or not scheme.replace("+", "").replace("-", "").replace(".", "").isalnum():
        return None
    return target


def _refuse(clause: OutboundClause, why: str) -> ForbiddenClause:
    shown = f"<{clause.target}>" if clause.target and not clause.target.startswith(("?", "$")) else clause.target
    return ForbiddenClause(f"{clause.clause} {shown}".strip() + f": {why}", clause=clause.clause,
                           target=clause.target or None)


def _check_service(clause: OutboundClause, declared: dict[str, str], allowed: Iterable[str]) -> None:
    allowed = tuple(allowed)
    iri = resolve(clause.target, declared)
    if iri is None or iri not in allowed:
        names = ", ".join(allowed) or "none"
        raise _refuse(clause, f"this server does not query other endpoints (allowed: {names})")


def check_query(sparql: str, *, allowed_services: Iterable[str] = (),
                has_graph: Callable[[str], bool] | None = None,
                dataset_given: bool = False) -> list[OutboundClause]:
    """Refuse a query that would make the server fetch from the network.

    Returns the FROM / FROM NAMED clauses (with resolved IRIs as targets) that select local
    graphs. With `dataset_given` (default-graph-uri / named-graph-uri in the request), FROM
    clauses are overridden by the protocol and not checked; without `has_graph` they are not
    checked either."""
    declared = prefixes(sparql)
    local = []
    for clause in outbound_clauses(sparql):
        if clause.clause == "SERVICE":
            _check_service(clause, declared, allowed_services)
        elif clause.clause == "LOAD":
            raise _refuse(clause, "LOAD is an update; this endpoint only answers queries")
        elif not dataset_given:
            iri = resolve(clause.target, declared)
            if iri is None:
                raise _refuse(clause, "name a graph of this store by its full IRI")
            if has_graph is not None and not has_graph(iri):
                raise _refuse(clause, "the store holds no graph by that name, and this server never "
                                      "fetches data from the web; FROM can only select a graph of the "
                                      "store (list them with SELECT DISTINCT ?g { GRAPH ?g {} })")
            local.append(OutboundClause(clause.clause, iri))
    return local


def check_update(sparql: str, *, allowed_services: Iterable[str] = ()) -> None:
    """Refuse an update that would make the server fetch: LOAD always (load data with `kg build`
    or the Graph Store Protocol), SERVICE unless allow-listed."""
    declared = prefixes(sparql)
    for clause in outbound_clauses(sparql):
        if clause.clause == "LOAD":
            raise _refuse(clause, "this server never fetches data from the web; send the data "
                                  "with the Graph Store Protocol (PUT /rdf-graphs?graph=IRI) instead")
        if clause.clause == "SERVICE":
            _check_service(clause, declared, allowed_services)
