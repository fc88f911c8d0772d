"""The closed vocabulary: every term of our ontology, as pyoxigraph NamedNodes.

A misspelt term raises AttributeError instead of minting a new IRI. tests/test_ontology.py checks
that TERMS matches the terms ontology/newskg.ttl declares, in both directions."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, Triple, parse

ONTOLOGY_IRI = "https://w3id.org/news-kg/ontology"
NKG_BASE = ONTOLOGY_IRI + "#"
DATA_BASE = "https://w3id.org/news-kg/id/"
ONTOLOGY_GRAPH = "https://w3id.org/news-kg/graph/ontology"
INFERRED_GRAPH = "https://w3id.org/news-kg/graph/inferred"
ENTITIES_GRAPH = "https://w3id.org/news-kg/graph/entities"  # what an entity is: types, names, sameAs

TERMS = frozenset("""
    Thing Agent Person Organization Place Country City Region Facility Item WeaponSystem Topic
    Article Evidence EventStatus happened planned proposed
    Event Meeting Call Supply Attack Request
    participant supplier recipient item attacker target weapon requester addressee place topic status
    date dateEnd datePrecision
    metWith spokeWith supplied attacked selfMeeting selfCall
    source evidence inArticle mentionedIn text startChar endChar trigger
    cameoCode ploverCode
""".split())


class Vocabulary:
    """Attribute access to a closed set of terms under one base IRI."""

    def __init__(self, base: str, terms: frozenset[str]) -> None:
        self._base = base
        self._terms = terms

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_") or name not in self._terms:
            raise AttributeError(f"{name!r} is not a term of the ontology {self._base}")
        return NamedNode(self._base + name)

    def __getitem__(self, name: str) -> NamedNode:
        return self.__getattr__(name)

    def __contains__(self, name: str) -> bool:
        return name in self._terms


NKG = Vocabulary(NKG_BASE, TERMS)


class _Open:
    """Terms of an established vocabulary we reuse (PROV-O, SKOS, schema.org, RDF, OWL, XSD)."""

    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        return NamedNode(self._base + name)


RDF = _Open("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = _Open("http://www.w3.org/2000/01/rdf-schema#")
OWL = _Open("http://www.w3.org/2002/07/owl#")
XSD = _Open("http://www.w3.org/2001/XMLSchema#")
SKOS = _Open("http://www.w3.org/2004/02/skos/core#")
PROV = _Open("http://www.w3.org/ns/prov#")
SCHEMA = _Open("https://schema.org/")

PREFIXES = {
    "nkg": NKG_BASE,
    "id": DATA_BASE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
}


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
