"""The closed vocabulary: every term of our ontology, as pyoxigraph NamedNodes.

A misspelt term raises AttributeError instead of minting a new IRI. tests/test_ontology.py checks
that TERMS matches the terms ontology/newskg.ttl declares, in both directions."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, parse

ONTOLOGY_IRI = "https://w3id.org/news-kg/ontology"
NKG_BASE = ONTOLOGY_IRI + "#"
DATA_BASE = "https://w3id.org/news-kg/id/"
ONTOLOGY_GRAPH = "https://w3id.org/news-kg/graph/ontology"
INFERRED_GRAPH = "https://w3id.org/news-kg/graph/inferred"
ENTITIES_GRAPH = "https://w3id.org/news-kg/graph/entities"  # what an entity is: types, names, sameAs
EXPORT_BASE = "https://w3id.org/news-kg/export"             # the IRIs of OWL exports (kg export)

TERMS = frozenset("""
    Thing Agent Person Organization Place Country City Region Facility Item WeaponSystem Topic
    Article Evidence EventStatus happened planned proposed
    Event Meeting Call Supply Attack Request
    participant supplier recipient item attacker target weapon requester addressee place topic status
    date dateEnd datePrecision
    metWith spokeWith supplied attacked selfMeeting selfCall
    source evidence inArticle mentionedIn text startChar endChar trigger confidence
    cameoCode ploverCode
""".split())


class Vocabulary:
    """Attribute access to a closed set of terms under one base IRI."""

    def __init__(self, base: str, terms: frozenset[str]) -> None:
        self._base = base
        self._terms = terms

    def __getattr__(self, name: str) -> NamedNode:
        """The term, made on first use and kept as an attribute (mapping asks for a million a
        second at scale; an attribute found needs no call here)."""
        if name.startswith("_") or name not in self._terms:
            raise AttributeError(f"{name!r} is not a term of the ontology {self._base}")
        term = NamedNode(self._base + name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> NamedNode:
        return getattr(self, name)

    def __contains__(self, name: str) -> bool:
        return name in self._terms


NKG = Vocabulary(NKG_BASE, TERMS)


# Namespaces of the established vocabularies we reuse (and the W3C ones the API describes itself with).
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
PROV_NS = "http://www.w3.org/ns/prov#"
SCHEMA_NS = "https://schema.org/"
DCTERMS_NS = "http://purl.org/dc/terms/"
SH_NS = "http://www.w3.org/ns/shacl#"
SD_NS = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
ENTAILMENT_NS = "http://www.w3.org/ns/entailment/"
WIKIDATA_NS = "http://www.wikidata.org/entity/"   # entities, for schema:sameAs


class _Open:
    """Terms of an established vocabulary we reuse (PROV-O, SKOS, schema.org, RDF, OWL, XSD)."""

    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        node = NamedNode(self._base + name)
        setattr(self, name, node)  # the next look-up is a plain attribute (hot loops say RDF.type)
        return node


RDF = _Open(RDF_NS)
RDFS = _Open(RDFS_NS)
OWL = _Open(OWL_NS)
XSD = _Open(XSD_NS)
SKOS = _Open(SKOS_NS)
PROV = _Open(PROV_NS)
SCHEMA = _Open(SCHEMA_NS)
DCTERMS = _Open(DCTERMS_NS)

PREFIXES = {
    "nkg": NKG_BASE,
    "id": DATA_BASE,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "owl": OWL_NS,
    "xsd": XSD_NS,
    "skos": SKOS_NS,
    "prov": PROV_NS,
    "schema": SCHEMA_NS,
    "dcterms": DCTERMS_NS,
}


def sparql_prefixes(*names: str) -> str:
    """PREFIX lines for query text, from PREFIXES: sparql_prefixes("rdfs", "skos")."""
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in names)


_LOCAL_NAME = re.compile(r"[\w./-]*")


def short_iri(iri: str) -> str:
    """A prefixed name for messages, or <iri> when no prefix of PREFIXES fits.

    >>> short_iri(DATA_BASE + "event/abc"), short_iri(RDFS_NS + "label"), short_iri("http://example.org/x")
    ('id:event/abc', 'rdfs:label', '<http://example.org/x>')

    id:event/abc is readable, though not valid Turtle (a slash in a local name)."""
    for prefix, base in PREFIXES.items():
        if iri.startswith(base) and _LOCAL_NAME.fullmatch(iri, len(base)):
            return f"{prefix}:{iri[len(base):]}"
    return f"<{iri}>"


def short_term(term) -> str:
    """A term for messages: prefixed IRIs, literals with a prefixed datatype.

    >>> short_term(Literal("2025-07-13", datatype=XSD.date)), short_term(Literal("Kyiv"))
    ('"2025-07-13"^^xsd:date', '"Kyiv"')"""
    if isinstance(term, NamedNode):
        return short_iri(term.value)
    if isinstance(term, Literal):
        text = '"' + term.value.replace('"', '\\"') + '"'
        if term.language:
            return f"{text}@{term.language}"
        return text if term.datatype == XSD.string else f"{text}^^{short_iri(term.datatype.value)}"
    return str(term)


def shipped(package: str, name: str) -> Path:
    """A data file shipped inside a package (`kg.ontology`, `kg.queries`, `kg.extract.data`),
    found through importlib.resources for wheel, sdist and editable installs alike."""
    path = resources.files(package).joinpath(name)
    if not isinstance(path, Path):  # every install we make puts data on disk; say so if not
        raise RuntimeError(f"{package}/{name} is not a file on disk ({path!r}); reinstall news-kg")
    return path


def ontology_path() -> Path:
    """The shipped ontology file (ontology/newskg.ttl in the checkout)."""
    return shipped("kg.ontology", "newskg.ttl")


def shapes_path() -> Path:
    """The shipped SHACL shapes (ontology/shapes.ttl in the checkout)."""
    return shipped("kg.ontology", "shapes.ttl")


def queries_dir() -> Path:
    """The shipped canned queries (queries/*.rq in the checkout)."""
    return shipped("kg.queries", "")


@lru_cache(maxsize=1)
def ontology_triples() -> tuple[Triple, ...]:
    """The shipped ontology, parsed once."""
    return tuple(q.triple for q in parse(path=str(ontology_path()), format=RdfFormat.TURTLE))
