"""Export the graph as OWL 2 DL that Protégé (the OWL API) opens cleanly.

The store holds RDF as the build writes it (docs/data-model.md). An OWL 2 DL document needs a
little more, and a little less:

- one ontology header (IRI, version IRI, label, comment, license);
- a declaration of every class, property and individual it uses (individuals as
  owl:NamedIndividual), and an rdfs:label on each, so Protégé shows names, not hashes;
- only datatypes of the OWL 2 datatype map (xsd:date, xsd:gYear and xsd:gYearMonth become
  xsd:dateTime at the start of the day, year or month);
- no triple that OWL 2 DL cannot say: a value (literal) for an object property, a thing (IRI)
  for a data property, a malformed literal, a class used as an individual. These are dropped
  and reported as Problems (logged as warnings by export()); kg reason reports them as
  inconsistencies, kg validate as shape violations.

    data = export(store)                               # everything, as Turtle bytes
    export(store, "ontology", path="newskg.ttl")        # the ontology alone, to a file
    export(store, graph="https://w3id.org/news-kg/id/article/KEY", fmt="rdfxml")
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from ..errors import NotFound, ParameterError
from ..store.results import RDF_FORMATS, format_by_name
from ..vocab import (DATA_BASE, DCTERMS, EXPORT_BASE, INFERRED_GRAPH, ONTOLOGY_GRAPH, ONTOLOGY_IRI, OWL, OWL_NS,
                     PREFIXES, RDF, RDF_NS, RDFS, RDFS_NS, XSD, XSD_NS, ontology_triples, short_iri, short_term)

log = logging.getLogger(__name__)

WHAT = ("all", "ontology", "data")
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"

# Annotation properties OWL 2 knows without a declaration.
BUILTIN_ANNOTATIONS = {RDFS_NS + n for n in ("label", "comment", "seeAlso", "isDefinedBy")} | {
    OWL_NS + n for n in ("versionInfo", "deprecated", "priorVersion", "backwardCompatibleWith",
                       "incompatibleWith")}
# Assertions between individuals that OWL 2 has built in.
BUILTIN_INDIVIDUAL_LINKS = {OWL_NS + "sameAs", OWL_NS + "differentFrom"}

# The OWL 2 datatype map (OWL 2 Structural Specification, section 4). xsd:date is not in it.
OWL2_DATATYPES = {RDF_NS + n for n in ("PlainLiteral", "XMLLiteral", "langString")} | {
    RDFS_NS + "Literal", OWL_NS + "real", OWL_NS + "rational"} | {XSD_NS + n for n in (
        "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger "
        "long int short byte unsignedLong unsignedInt unsignedShort unsignedByte double float "
        "string normalizedString token language Name NCName NMTOKEN boolean hexBinary "
        "base64Binary anyURI dateTime dateTimeStamp").split()}

_DATE_TIME = re.compile(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")
_TIMEZONE = r"(Z|[+-]\d\d:\d\d)?"
# Date datatypes outside the map, rewritten as xsd:dateTime at the start of the period.
_TO_DATE_TIME = {
    XSD_NS + "date": (re.compile(r"(-?\d{4,}-\d\d-\d\d)" + _TIMEZONE), "{}T00:00:00{}"),
    XSD_NS + "gYearMonth": (re.compile(r"(-?\d{4,}-\d\d)" + _TIMEZONE), "{}-01T00:00:00{}"),
    XSD_NS + "gYear": (re.compile(r"(-?\d{4,})" + _TIMEZONE), "{}-01-01T00:00:00{}"),
}
INTEGER_SIGN = {"integer": None, "long": None, "int": None, "short": None, "byte": None,
                 "nonNegativeInteger": ">=0", "unsignedLong": ">=0", "unsignedInt": ">=0",
                 "unsignedShort": ">=0", "unsignedByte": ">=0", "positiveInteger": ">0",
                 "nonPositiveInteger": "<=0", "negativeInteger": "<0"}


@dataclass(frozen=True)
class Problem:
    """A triple of the store that OWL 2 DL cannot say, left out of the document."""

    triple: ox.Triple
    graph: str | None
    kind: str           # literal-for-object-property | iri-for-data-property | bad-literal |
                        # unsupported-datatype | punning | schema-in-data
    reason: str         # plain words

    def __str__(self) -> str:
        where = f" (graph {self.graph})" if self.graph else ""
        return f"{self.reason}{where}"


@dataclass
class OwlDocument:
    """An OWL 2 DL document: header, declarations, ontology axioms and data, ready to serialize."""

    iri: str
    triples: list[ox.Triple]
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # terms the ontology lacks, declared here


@dataclass
class Ontology:
    """What the ontology declares, by kind of term, read from its triples."""

    triples: list[ox.Triple]
    classes: set[str] = field(default_factory=set)
    object_properties: set[str] = field(default_factory=set)
    data_properties: set[str] = field(default_factory=set)
    annotation_properties: set[str] = field(default_factory=set)
    individuals: set[str] = field(default_factory=set)

    @classmethod
    def from_triples(cls, triples: list[ox.Triple]) -> "Ontology":
        onto = cls(triples)
        kinds = {OWL.Class.value: onto.classes, OWL.ObjectProperty.value: onto.object_properties,
                 OWL.DatatypeProperty.value: onto.data_properties,
                 OWL.AnnotationProperty.value: onto.annotation_properties,
                 OWL.NamedIndividual.value: onto.individuals}
        for t in triples:
            if t.predicate == RDF.type and isinstance(t.subject, ox.NamedNode) and t.object.value in kinds:
                kinds[t.object.value].add(t.subject.value)
        return onto

    @cached_property
    def terms(self) -> set[str]:
        """Classes and properties: IRIs that must not be used as individuals (no punning)."""
        return self.classes | self.object_properties | self.data_properties | self.annotation_properties

    def header_value(self, predicate: ox.NamedNode):
        return next((t.object for t in self.triples
                     if t.subject.value == ONTOLOGY_IRI and t.predicate == predicate), None)


def load_ontology(store) -> Ontology:
    """The ontology the store was built with (its ontology graph), else the shipped file."""
    triples = list(store.triples([ONTOLOGY_GRAPH])) if store.has_graph(ONTOLOGY_GRAPH) else []
    if not triples:
        triples = list(ontology_triples())
    return Ontology.from_triples(triples)


def export(store, what: str = "all", graph: str | None = None, fmt: str = "turtle",
           path: str | Path | None = None, *, include_inferred: bool = True) -> bytes | Path:
    """Serialize the store as an OWL 2 DL document.

    what: "all" (the ontology with the data), "ontology" (the ontology alone) or "data" (the data
    with declarations and labels of the terms it uses, not the ontology's axioms). graph: the data
    is that one named graph (an article's IRI), else every graph but the ontology (and the
    inferred graph unless include_inferred is False). fmt: turtle, ntriples, rdfxml or jsonld.
    Returns the bytes, or writes them to path and returns the path. Triples OWL 2 DL cannot say
    are left out and logged as warnings (owl_document returns them as Problems)."""
    rdf_format = RDF_FORMATS[format_by_name(fmt, ("graph",)).name]
    doc = owl_document(store, what, graph, include_inferred=include_inferred)
    for note in doc.notes:
        log.warning("export: %s", note)
    for problem in doc.problems:
        log.warning("export: left out: %s", problem)
    prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    kwargs = {"prefixes": prefixes} if prefixes else {}
    if path is None:
        return ox.serialize(doc.triples, format=rdf_format, **kwargs)
    path = Path(path)
    ox.serialize(doc.triples, output=str(path), format=rdf_format, **kwargs)
    return path


def owl_document(store, what: str = "all", graph: str | None = None, *,
                 include_inferred: bool = True) -> OwlDocument:
    """The triples of an OWL 2 DL export (see export), with what was left out and why."""
    if what not in WHAT:
        raise ParameterError(f"what must be one of {', '.join(WHAT)}, not {what!r}")
    ontology = load_ontology(store)
    if graph == ONTOLOGY_GRAPH or what == "ontology":
        return OwlDocument(ONTOLOGY_IRI, ontology.triples)
    with_axioms = what == "all"
    if graph is not None:
        if not store.has_graph(graph):
            raise NotFound(f"no graph {graph} in the store; an article's graph is named by its IRI, "
                           f"{DATA_BASE}article/KEY", graph=graph)
        graphs, iri, title = [graph], _graph_export_iri(graph), f"graph {graph}"
        if not with_axioms:
            iri, title = iri + "/data", title + ", data only"
    else:
        graphs = [g for g in store.graphs() if g != ONTOLOGY_GRAPH and (include_inferred or g != INFERRED_GRAPH)]
        iri = f"{EXPORT_BASE}/{what}"
        title = "everything" if with_axioms else "data only"

    data, problems = clean_data(store, graphs, ontology)
    declarations, notes = _declarations(store, data, ontology, with_axioms=with_axioms)
    if with_axioms:
        body = [t for t in ontology.triples if t.subject.value != ONTOLOGY_IRI] + declarations
    else:
        body = declarations
    header = _header(iri, title, ontology, data, len(graphs))
    triples = list(dict.fromkeys(header + body + sorted(data, key=_sort_key)))
    return OwlDocument(iri, triples, problems, notes)


def clean_data(store, graphs: list[str], ontology: Ontology) -> tuple[list[ox.Triple], list[Problem]]:
    """The distinct triples of the graphs that OWL 2 DL can say (literals rewritten into the
    OWL 2 datatype map where that keeps their meaning), and the Problems left out."""
    kept: dict[ox.Triple, None] = {}
    problems: list[Problem] = []
    for g in graphs:
        for triple in store.triples([g]):
            if triple in kept:
                continue
            fixed = _clean_triple(triple, ontology)
            if isinstance(fixed, ox.Triple):
                kept[fixed] = None
            else:
                kind, why = fixed
                problems.append(Problem(triple, g, kind, f"{_short_triple(triple)}: {why}"))
    return list(kept), problems


def _clean_triple(t: ox.Triple, onto: Ontology) -> ox.Triple | tuple[str, str]:
    """The triple as OWL 2 DL can say it, or (kind, reason) when it cannot (the reason without the
    triple, which the caller puts in front)."""
    s, p, o = t.subject, t.predicate.value, t.object
    subject_is_term = isinstance(s, ox.NamedNode) and s.value in onto.terms
    if isinstance(o, ox.Literal):
        o = _owl_literal(o)
        if isinstance(o, tuple):
            return o
    if p == RDF.type.value:
        if not isinstance(o, ox.NamedNode) or (o.value.startswith((RDF_NS, RDFS_NS, OWL_NS))
                                               and o not in (OWL.NamedIndividual, OWL.Thing)):
            return "schema-in-data", "data may only type things with classes"
        if subject_is_term:
            return "punning", f"{short_iri(s.value)} is a term of the ontology, not an individual"
    elif p in onto.object_properties or p in BUILTIN_INDIVIDUAL_LINKS:
        if isinstance(o, ox.Literal):
            return ("literal-for-object-property",
                    f"{short_iri(p)} links to a thing, but its value here is {_describe_literal(o)}")
        if subject_is_term or o.value in onto.terms:
            return "punning", "a class or property of the ontology is used as an individual"
    elif p in onto.data_properties:
        if not isinstance(o, ox.Literal):
            return "iri-for-data-property", f"{short_iri(p)} takes a value, but here links to a thing"
        if subject_is_term:
            return "punning", "a class or property of the ontology is used as an individual"
    elif p.startswith((RDF_NS, RDFS_NS, OWL_NS)) and p not in BUILTIN_ANNOTATIONS:
        return "schema-in-data", "schema statements belong in the ontology, not in the data"
    return ox.Triple(t.subject, t.predicate, o)


def _owl_literal(lit: ox.Literal) -> ox.Literal | tuple[str, str]:
    """The literal with a datatype of the OWL 2 map, or (kind, reason) when it cannot have one."""
    dt = lit.datatype.value
    if lit.language:
        return lit
    if dt in _TO_DATE_TIME:
        pattern, template = _TO_DATE_TIME[dt]
        m = pattern.fullmatch(lit.value.strip())
        if not m:
            return "bad-literal", f"{lit.value!r} is not a valid {short_iri(dt)}"
        return ox.Literal(template.format(m.group(1), m.group(2) or ""), datatype=XSD.dateTime)
    if dt not in OWL2_DATATYPES:
        return "unsupported-datatype", f"the datatype {short_iri(dt)} is not one OWL 2 DL allows"
    local = dt[len(XSD_NS):] if dt.startswith(XSD_NS) else ""
    if local in ("dateTime", "dateTimeStamp"):
        ok = _DATE_TIME.fullmatch(lit.value) and (local == "dateTime" or lit.value[-1] == "Z" or
                                                  re.search(r"[+-]\d\d:\d\d$", lit.value))
    elif local in INTEGER_SIGN:
        ok = re.fullmatch(r"[+-]?\d+", lit.value.strip()) and sign_ok(int(lit.value), INTEGER_SIGN[local])
    elif local == "decimal":
        ok = re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", lit.value.strip())
    elif local in ("double", "float"):
        ok = lit.value.strip() in ("INF", "-INF", "+INF", "NaN") or _is_float(lit.value)
    elif local == "boolean":
        ok = lit.value.strip() in ("true", "false", "1", "0")
    else:
        ok = True
    return lit if ok else ("bad-literal", f"{lit.value!r} is not a valid {short_iri(dt)}")


def sign_ok(value: int, rule: str | None) -> bool:
    return {None: True, ">=0": value >= 0, ">0": value > 0, "<=0": value <= 0, "<0": value < 0}[rule]


def _is_float(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _declarations(store, data: list[ox.Triple], onto: Ontology, with_axioms: bool) -> tuple[list[ox.Triple], list[str]]:
    """Declarations (and labels) of every class, property and individual the data uses.

    with_axioms: the ontology's own triples are in the document already, so only what it
    lacks is declared (individuals, and terms the ontology does not have)."""
    classes, properties, individuals = set(), set(), set()
    labelled = {t.subject.value for t in data if t.predicate == RDFS.label}
    for t in data:
        properties.add(t.predicate.value)
        if t.predicate == RDF.type:
            if t.object not in (OWL.NamedIndividual, OWL.Thing):
                classes.add(t.object.value)
            if isinstance(t.subject, ox.NamedNode):
                individuals.add(t.subject.value)
        elif t.predicate.value in onto.object_properties or t.predicate.value in BUILTIN_INDIVIDUAL_LINKS:
            for node in (t.subject, t.object):
                if isinstance(node, ox.NamedNode):
                    individuals.add(node.value)
        elif t.predicate.value in onto.data_properties and isinstance(t.subject, ox.NamedNode):
            individuals.add(t.subject.value)
    properties.discard(RDF.type.value)
    properties -= BUILTIN_ANNOTATIONS

    out: list[ox.Triple] = []
    notes: list[str] = []
    kinds = [(classes, OWL.Class, onto.classes), (properties, None, None)]
    for terms, kind, known in kinds:
        for iri in sorted(terms):
            if kind == OWL.Class:
                declared_as = OWL.Class if iri in known else None
            else:
                declared_as = _property_kind(iri, onto)
            if declared_as is None:
                declared_as = OWL.Class if kind == OWL.Class else OWL.AnnotationProperty
                notes.append(f"{short_iri(iri)} is not in the ontology; declared as "
                             f"{short_iri(declared_as.value)}")
            elif with_axioms:
                continue
            out.append(ox.Triple(ox.NamedNode(iri), RDF.type, declared_as))
            out += _ontology_labels(iri, onto) or [_label(iri, _local_name(iri))]
    for iri in sorted(individuals - onto.terms):
        node = ox.NamedNode(iri)
        out.append(ox.Triple(node, RDF.type, OWL.NamedIndividual))
        if iri in onto.individuals:
            if not with_axioms:
                out += _ontology_labels(iri, onto)
        elif iri not in labelled:
            out.append(_label(iri, _stored_label(store, node) or _local_name(iri)))
    return out, notes


def _property_kind(iri: str, onto: Ontology) -> ox.NamedNode | None:
    if iri in onto.object_properties:
        return OWL.ObjectProperty
    if iri in onto.data_properties:
        return OWL.DatatypeProperty
    if iri in onto.annotation_properties:
        return OWL.AnnotationProperty
    return None


def _ontology_labels(iri: str, onto: Ontology) -> list[ox.Triple]:
    return [t for t in onto.triples if t.subject.value == iri and t.predicate in (RDFS.label, RDFS.comment)]


def _label(iri: str, text: str) -> ox.Triple:
    return ox.Triple(ox.NamedNode(iri), RDFS.label, ox.Literal(text))


def _stored_label(store, node: ox.NamedNode) -> str | None:
    """A label the store has for an individual the exported graphs only point to."""
    result = store.query(f"SELECT ?l WHERE {{ ?x {RDFS.label} ?l }} LIMIT 1", bindings={"x": node})
    return result.rows[0]["l"].value if result.rows else None


def _header(iri: str, title: str, onto: Ontology, data: list[ox.Triple], n_graphs: int) -> list[ox.Triple]:
    """The owl:Ontology header of an export. The version IRI names the content: a hash of the
    exported data, so two different exports never share one."""
    version = onto.header_value(OWL.versionInfo)
    version = version.value if version is not None else "unknown"
    digest = hashlib.sha256("\n".join(sorted(str(t) for t in data)).encode("utf-8")).hexdigest()[:12]
    license_ = onto.header_value(DCTERMS.license) or ox.NamedNode(DEFAULT_LICENSE)
    subject = ox.NamedNode(iri)
    comment = (f"Export of the News Knowledge Graph ({title}): {n_graphs} graph(s), {len(data)} data triples, "
               f"with the News Knowledge Graph ontology {version} ({ONTOLOGY_IRI}). Written by kg export.")
    return [
        ox.Triple(subject, RDF.type, OWL.Ontology),
        ox.Triple(subject, OWL.versionIRI, ox.NamedNode(f"{iri}/{digest}")),
        ox.Triple(subject, RDFS.label, ox.Literal(f"News Knowledge Graph: {title}", language="en")),
        ox.Triple(subject, RDFS.comment, ox.Literal(comment, language="en")),
        ox.Triple(subject, DCTERMS.license, license_),
        ox.Triple(subject, OWL.versionInfo, ox.Literal(f"ontology {version}; data {digest}")),
        ox.Triple(DCTERMS.license, RDF.type, OWL.AnnotationProperty),
    ]


def _graph_export_iri(graph: str) -> str:
    if graph.startswith(DATA_BASE):
        return f"{EXPORT_BASE}/{graph[len(DATA_BASE):]}"
    return f"{EXPORT_BASE}/graph/{quote(graph, safe='')}"


def _sort_key(t: ox.Triple) -> tuple:
    """Subjects together (so Turtle groups them), types and labels first."""
    first = 0 if t.predicate == RDF.type else 1 if t.predicate == RDFS.label else 2
    return (str(t.subject), first, str(t.predicate), str(t.object))


def _local_name(iri: str) -> str:
    if iri.startswith(DATA_BASE):
        return iri[len(DATA_BASE):]
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def _short_triple(t: ox.Triple) -> str:
    return f"{short_term(t.subject)} {short_term(t.predicate)} {short_term(t.object)}"


def _describe_literal(lit: ox.Literal) -> str:
    kind = {"dateTime": "a date", "date": "a date", "string": "a text", "integer": "a number",
            "decimal": "a number", "double": "a number", "boolean": "a truth value"}
    local = lit.datatype.value.rsplit("#", 1)[-1]
    return f"{kind.get(local, 'a value')} ({lit.value!r})"
