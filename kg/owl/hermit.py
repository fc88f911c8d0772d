"""HermiT (Java) through owlready2, in a World of its own for each run (never the default world)."""

from __future__ import annotations

import io
from collections import defaultdict

import pyoxigraph as ox

from ..errors import ReasonerError
from ..vocab import OWL
from .export import OwlDocument


def run_hermit(doc: OwlDocument, *, property_values: bool = False) -> tuple[bool, list[ox.Triple]]:
    """Run HermiT on the document in a World of its own. Returns (consistent, inferred triples):
    the facts owlready2 records from HermiT's answer (types, and property values when asked).

    Without property values, the property chains are left out of HermiT's input: they only
    derive the shortcut facts, which the rules give (kg.owl.rules.apply_rules), and cannot make
    the graph inconsistent on their own (the roles they start from already have the shortcuts'
    domains and ranges). On 10,000 events they cost HermiT 10 s of 28.
    Raises ReasonerError when Java is missing or HermiT fails."""
    import owlready2

    triples = doc.triples if property_values else without_property_chains(doc.triples)
    world = owlready2.World()
    try:
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        world.get_ontology(doc.iri).load(fileobj=io.BytesIO(data), format="ntriples")
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=property_values, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            return False, []
        except owlready2.OwlReadyJavaError as exc:
            raise ReasonerError(f"HermiT failed: {str(exc).strip()[-800:]}") from None
        except FileNotFoundError:
            raise ReasonerError("HermiT needs Java, and `java` was not found: install a Java runtime "
                                "(apt-get install default-jre-headless)") from None
        out = io.BytesIO()
        world.get_ontology("http://inferrences/").save(out, format="ntriples")
        return True, [q.triple for q in ox.parse(out.getvalue(), format=ox.RdfFormat.N_TRIPLES)]
    finally:
        world.close()


def without_property_chains(triples: list[ox.Triple]) -> list[ox.Triple]:
    """The triples without owl:propertyChainAxiom and the lists (and inverse nodes) it points to."""
    by_subject: dict = defaultdict(list)
    for t in triples:
        if isinstance(t.subject, ox.BlankNode):
            by_subject[t.subject].append(t)
    drop = {t for t in triples if t.predicate == OWL.propertyChainAxiom}
    todo = [t.object for t in drop]
    while todo:
        node = todo.pop()
        for t in by_subject.get(node, ()):
            if t not in drop:
                drop.add(t)
                if isinstance(t.object, ox.BlankNode):
                    todo.append(t.object)
    return [t for t in triples if t not in drop]
