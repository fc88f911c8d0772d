"""The ontology: every term labelled and commented, in sync with kg.vocab, only OWL 2 DL
datatypes, and accepted by the OWL API (Protégé's parser) with no parse errors, no unparsed
triples and no OWL 2 DL violations (owl-check, real Java)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.owl.export import OWL2_DATATYPES, Ontology
from kg.vocab import NKG_BASE, ONTOLOGY_IRI, TERMS, ontology_path

ROOT = Path(__file__).resolve().parents[1]
OWL_CHECK = Path(os.environ.get("OWL_CHECK", ROOT.parent / "shared" / "tools" / "owl-check" / "owl-check"))
OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"


def owl_check(path: Path, *args: str) -> subprocess.CompletedProcess:
    """Run the real owl-check (the OWL API) on a file; skip when its Debian package is absent."""
    if not Path("/usr/share/java/owlapi-distribution.jar").exists() or not shutil.which("java"):
        pytest.skip("owl-check needs Debian's libowlapi-java and a JDK "
                    "(apt-get install -y --no-install-recommends libowlapi-java default-jdk-headless)")
    if not OWL_CHECK.exists():
        pytest.skip(f"owl-check not found at {OWL_CHECK} (set OWL_CHECK)")
    return subprocess.run([str(OWL_CHECK), *args, str(path)], capture_output=True, text=True, timeout=300)


def assert_clean(result: subprocess.CompletedProcess) -> None:
    """0 parse errors, 0 unparsed triples, 0 OWL 2 DL violations."""
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert re.search(r"unparsed triples: 0\b", out), out
    assert "OWL 2 DL profile: OK" in out and "RESULT: OK" in out, out


@pytest.fixture(scope="module")
def triples() -> list[ox.Triple]:
    return [q.triple for q in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)]


@pytest.fixture(scope="module")
def ontology(triples) -> Ontology:
    return Ontology.from_triples(triples)


def _values(triples, subject: str, predicate: str) -> list:
    return [t.object for t in triples if t.subject.value == subject and t.predicate.value == predicate]


@pytest.mark.slow   # Java
def test_ontology_passes_owl_check():
    assert_clean(owl_check(ontology_path()))


@pytest.mark.slow   # Java
def test_the_owl_api_keeps_the_chains_and_self_restrictions(tmp_path):
    """The OWL API can drop a malformed restriction without reporting it: check what it kept."""
    kept = tmp_path / "kept.nt"
    assert_clean(owl_check(ontology_path(), "--save-nt", str(kept)))
    text = kept.read_text()
    assert text.count("propertyChainAxiom") == 4      # metWith, spokeWith, supplied, attacked
    assert text.count("hasSelf") == 2                 # Meeting, Call


def test_every_term_is_labelled_and_commented(triples, ontology):
    declared = ontology.classes | ontology.object_properties | ontology.data_properties | ontology.individuals
    assert declared
    for iri in declared:
        labels = _values(triples, iri, RDFS + "label")
        assert any(lit.language == "en" for lit in labels), f"{iri} has no English rdfs:label"
        if iri.startswith(NKG_BASE):
            assert _values(triples, iri, RDFS + "comment"), f"{iri} has no rdfs:comment"


def test_terms_match_the_closed_vocabulary(ontology):
    declared = {iri[len(NKG_BASE):] for iri in ontology.terms | ontology.individuals if iri.startswith(NKG_BASE)}
    assert declared == set(TERMS)


def test_header_has_iri_version_label_comment_and_license(triples):
    for predicate in (OWL + "versionIRI", RDFS + "label", RDFS + "comment", "http://purl.org/dc/terms/license"):
        assert _values(triples, ONTOLOGY_IRI, predicate), predicate


def test_only_owl2_datatypes(triples):
    """No xsd:date (not in the OWL 2 datatype map): dates are xsd:dateTime."""
    used = {t.object.value for t in triples if t.predicate.value == RDFS + "range"
            and isinstance(t.object, ox.NamedNode) and t.object.value.startswith("http://www.w3.org/2001/XMLSchema#")}
    used |= {t.object.datatype.value for t in triples if isinstance(t.object, ox.Literal)}
    assert used <= OWL2_DATATYPES, used - OWL2_DATATYPES


def test_shortcuts_are_derived_by_property_chains(triples):
    chained = {t.subject.value[len(NKG_BASE):] for t in triples if t.predicate.value == OWL + "propertyChainAxiom"}
    assert chained == {"metWith", "spokeWith", "supplied", "attacked"}
    symmetric = {t.subject.value[len(NKG_BASE):] for t in triples
                 if t.predicate.value.endswith("#type") and t.object.value == OWL + "SymmetricProperty"}
    assert symmetric == {"metWith", "spokeWith"}


def test_a_person_is_not_a_country(triples):
    """Disjointness where it holds: Person is disjoint with Place, and Country is a Place."""
    disjoint = {(t.subject.value, t.object.value) for t in triples if t.predicate.value == OWL + "disjointWith"}
    assert (NKG_BASE + "Person", NKG_BASE + "Place") in disjoint
    assert (NKG_BASE + "Country", NKG_BASE + "Place") in {
        (t.subject.value, t.object.value) for t in triples if t.predicate.value == RDFS + "subClassOf"}


def test_no_nominals_at_the_instance_level(triples):
    """owl:oneOf over individuals makes HermiT ten times slower on 1,000 events: the status list
    is closed by the SHACL shapes instead. (A oneOf of literals, a data range, is cheap.)"""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    for t in (t for t in triples if t.predicate.value == OWL + "oneOf"):
        node = t.object
        while node != ox.NamedNode(rdf + "nil"):
            first = next(store.quads_for_pattern(node, ox.NamedNode(rdf + "first"), None)).object
            assert isinstance(first, ox.Literal), f"owl:oneOf over individuals: {first}"
            node = next(store.quads_for_pattern(node, ox.NamedNode(rdf + "rest"), None)).object
