"""Validation: check the graph against the SHACL shapes of ontology/shapes.ttl with pySHACL.

OWL reasons in an open world: an event without a source is not wrong there, its source is just
unknown. The shapes say what the build must write (every event has its required roles, a status
from the controlled list, a source article and an evidence sentence; see the shapes file), and
validate(store) reports each shortfall by article and event:

    report = validate(store)
    report.conforms           # False when there is any violation (warnings do not count)
    print(report.summary())   # grouped by article, then by event

The data graph is the union of the article graphs (not the inferred graph: the shapes check what
the build wrote) plus the ontology, so that sh:class sees the class hierarchy.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..vocab import (ENTITIES_GRAPH, INFERRED_GRAPH, NKG, ONTOLOGY_GRAPH, RDFS, SH_NS, ontology_triples, shapes_path,
                     short_iri, short_term)
from .graphs import graphs_stating


@dataclass
class Violation:
    """One SHACL result: which node, which property, what is wrong, in which articles."""

    focus: str                      # the node at fault (usually an event)
    label: str | None               # its rdfs:label
    message: str
    severity: str = "Violation"     # Violation | Warning | Info
    path: str | None = None         # the property, when the result is about one
    value: ox.NamedNode | ox.Literal | ox.BlankNode | None = None  # the offending value, when there is one
    articles: list[str] = field(default_factory=list)  # the named graphs that say things about the node
    shape: str | None = None

    def __str__(self) -> str:
        where = f" [{short_iri(self.path)}]" if self.path else ""
        value = f" (value: {short_term(self.value)})" if self.value is not None else ""
        return f"{self.severity}: {self.message}{where}{value}"


@dataclass
class ValidationReport:
    """pySHACL's results, grouped for people."""

    results: list[Violation]
    triples: int = 0
    seconds: float = 0.0

    @property
    def violations(self) -> list[Violation]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Violation]:
        return [r for r in self.results if r.severity != "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def by_article(self) -> dict[str, dict[str, list[Violation]]]:
        """article graph -> focus node -> its results ("(no article)" for nodes in none)."""
        out: dict[str, dict[str, list[Violation]]] = defaultdict(lambda: defaultdict(list))
        for r in self.results:
            for article in r.articles or ["(no article)"]:
                out[article][r.focus].append(r)
        return {a: dict(nodes) for a, nodes in sorted(out.items())}

    def summary(self) -> str:
        head = (f"{len(self.violations)} violation(s), {len(self.warnings)} warning(s) "
                f"in {self.triples} triples ({self.seconds:.1f} s)")
        lines = [("The graph conforms to the shapes: " if self.conforms else "The graph does NOT conform: ") + head]
        for article, nodes in self.by_article().items():
            lines.append(f"article {short_iri(article)}")
            for focus, results in nodes.items():
                label = results[0].label
                lines.append(f"  {short_iri(focus)}" + (f"  “{label}”" if label else ""))
                lines += [f"    - {r}" for r in results]
        return "\n".join(lines)


def validate(store, *, graphs: list[str] | None = None, shapes: str | Path | None = None) -> ValidationReport:
    """Validate the article graphs (all, or the given ones) against the shapes (the shipped
    ontology/shapes.ttl by default). Returns a ValidationReport; report.conforms is False when
    there is any sh:Violation."""
    import pyshacl
    import rdflib

    started = time.perf_counter()
    if graphs is None:
        graphs = [g for g in store.graphs() if g not in (ONTOLOGY_GRAPH, INFERRED_GRAPH)]
    where: dict[str, set[str]] = defaultdict(set)
    data: dict[ox.Triple, None] = {}
    for g in graphs:
        for t in store.triples([g]):
            data[t] = None
            where[t.subject.value].add(g)
    for t in data:  # what an event is lives once in the shared graph: its articles are the ones telling it
        if t.predicate == NKG.source and len(where[t.subject.value]) > 1:
            where[t.subject.value].discard(ENTITIES_GRAPH)
    ontology = list(store.triples([ONTOLOGY_GRAPH])) if store.has_graph(ONTOLOGY_GRAPH) else \
        list(ontology_triples())

    data_graph = rdflib.Graph()
    data_graph.parse(data=ox.serialize(list(data) + ontology, format=ox.RdfFormat.N_TRIPLES), format="nt")
    shapes_graph = rdflib.Graph()
    shapes_graph.parse(str(shapes or shapes_path()), format="turtle")
    _, results_graph, _ = pyshacl.validate(data_graph, shacl_graph=shapes_graph, inference="none",
                                           advanced=True, allow_warnings=True)
    results = []
    for node in results_graph.subjects(rdflib.RDF.type, rdflib.URIRef(SH_NS + "ValidationResult")):
        result = _violation(results_graph, node, data_graph, where)
        stated = _stated(results_graph, node)
        if stated is not None:  # a wrong value: blamed on the articles that wrote it
            result.articles = graphs_stating(store, [stated], graphs) or result.articles
        results.append(result)
    results.sort(key=lambda r: (r.articles[:1], r.focus, r.path or "", r.message))
    return ValidationReport(results, triples=len(data), seconds=time.perf_counter() - started)


def _stated(results, node) -> ox.Triple | None:
    """For a result about one value (focus, path, value): that triple, so a wrong value is blamed
    on the article that wrote it, not on every article about the event."""
    import rdflib

    focus, path, value = (results.value(node, rdflib.URIRef(SH_NS + p)) for p in ("focusNode", "resultPath", "value"))
    if not all(isinstance(x, rdflib.URIRef) for x in (focus, path)):
        return None
    obj = _ox_term(value)
    if obj is None or isinstance(obj, ox.BlankNode):
        return None
    return ox.Triple(ox.NamedNode(str(focus)), ox.NamedNode(str(path)), obj)


def _ox_term(node) -> ox.NamedNode | ox.Literal | ox.BlankNode | None:
    """The pyoxigraph term of an rdflib node (None for None)."""
    import rdflib

    if isinstance(node, rdflib.URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, rdflib.Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)) if node.datatype else None)
    if isinstance(node, rdflib.BNode):
        return ox.BlankNode(str(node))
    return None


def _violation(results, node, data, where: dict[str, set[str]]) -> Violation:
    import rdflib

    def one(predicate: str):
        return results.value(node, rdflib.URIRef(SH_NS + predicate))

    focus = one("focusNode")
    label = data.value(focus, rdflib.URIRef(RDFS.label.value))
    path, value, message = one("resultPath"), one("value"), one("resultMessage")
    severity = one("resultSeverity")
    return Violation(
        focus=str(focus),
        label=str(label) if label is not None else None,
        message=str(message) if message is not None else "does not conform to " + str(one("sourceShape")),
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        path=str(path) if isinstance(path, rdflib.URIRef) else None,
        value=_ox_term(value),
        articles=sorted(where.get(str(focus), ())),
        shape=str(one("sourceShape")) if isinstance(one("sourceShape"), rdflib.URIRef) else None,
    )
