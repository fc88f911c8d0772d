"""The closed vocabulary: every term of our ontology, as pyoxigraph NamedNodes.

A misspelt term raises AttributeError instead of minting a new IRI. tests/test_vocab.py checks
that TERMS matches the terms ontology/newskg.ttl declares, in both directions."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pyoxigraph import NamedNode

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


def _shipped_dir(name: str) -> Path:
    """`ontology/` or `queries/`: installed as package data kg.NAME, or beside kg/ in a checkout
    (where the checkout's kg/ shadows the installed mapping)."""
    try:
        return Path(str(resources.files(f"kg.{name}")))
    except (ModuleNotFoundError, TypeError):
        return Path(__file__).resolve().parent.parent / name


def ontology_path() -> Path:
    """The shipped ontology file."""
    return _shipped_dir("ontology") / "newskg.ttl"


def queries_dir() -> Path:
    return _shipped_dir("queries")
