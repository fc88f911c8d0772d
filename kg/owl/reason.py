"""Reasoning: check the graph against the ontology with HermiT, and write what follows from it.

reason(store) builds the same OWL 2 DL document `kg export` writes (ontology and every article
graph, without the previous inferred graph), loads it into an owlready2 World of its own and runs
HermiT (Java), which

- decides whether the graph is consistent: an attack whose target is a date, a person who is
  also a country, a city taking part in a meeting, an event with two statuses are not;
- finds the classes of every individual (an entity named only as a participant is an agent).

The shortcut facts (metWith, spokeWith, supplied, attacked, and the symmetric counterparts)
follow from property chains in the ontology. HermiT can list them
(hermit_property_values=True) but that costs time with the graph's size, so by default the same
axioms are applied as rules (SPARQL CONSTRUCT, to a fixpoint) on the document; tests check that
both give the same facts. Self-loops (each participant "met with" itself, which the chains
entail) are left out.

The inferred facts that are not already stated go to their own named graph,
https://w3id.org/news-kg/graph/inferred, so they can be told apart and dropped.

When the graph is inconsistent, reason raises InconsistentGraph, whose message explains each
conflict in plain words with the axioms behind it (see explain), and drops the stale inferred
graph. Java problems raise ReasonerError.
"""

from __future__ import annotations

import io
import itertools
import time
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..errors import InconsistentGraph, ReasonerError
from .export import (OWL_THING, RDF_TYPE, RDFS_LABEL, Ontology, OwlDocument, Problem, _short_iri,
                     _short_term, load_ontology, owl_document)
from ..vocab import INFERRED_GRAPH, ONTOLOGY_GRAPH

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_XSD = "http://www.w3.org/2001/XMLSchema#"

# Problems of the export that are conflicts with a property's range, not just unsayable in OWL.
ILL_TYPED = ("literal-for-object-property", "iri-for-data-property", "bad-literal")


@dataclass
class Explanation:
    """One reason the graph is inconsistent."""

    message: str                                   # plain words
    axioms: list[str] = field(default_factory=list)  # the axioms behind it, in OWL functional syntax
    subject: str | None = None                     # the individual at fault
    graphs: list[str] = field(default_factory=list)  # the named graphs (articles) that state it
    triples: list[ox.Triple] = field(default_factory=list, repr=False)  # the data it rests on

    def to_dict(self) -> dict:
        return {"message": self.message, "axioms": self.axioms, "subject": self.subject, "graphs": self.graphs}

    def __str__(self) -> str:
        lines = [self.message]
        if self.axioms:
            lines.append("    axioms: " + "; ".join(self.axioms))
        if self.graphs:
            more = f" and {len(self.graphs) - 5} more" if len(self.graphs) > 5 else ""
            lines.append("    stated in: " + ", ".join(self.graphs[:5]) + more)
        return "\n".join(lines)


@dataclass
class ReasonReport:
    """What reasoning found and wrote."""

    consistent: bool
    input_triples: int = 0
    individuals: int = 0
    inferred_types: int = 0
    inferred_property_values: int = 0
    written: int = 0                 # triples in the inferred graph
    hermit_seconds: float = 0.0
    rules_seconds: float = 0.0
    seconds: float = 0.0
    explanations: list[Explanation] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # triples OWL 2 DL cannot say (not conflicts)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if not self.consistent:
            head = f"The graph is INCONSISTENT ({len(self.explanations)} problem(s) found):"
            return "\n".join([head] + [f"{i}. {e}" for i, e in enumerate(self.explanations, 1)])
        return (f"The graph is consistent: {self.input_triples} triples, {self.individuals} individuals. "
                f"Inferred {self.inferred_types} types and {self.inferred_property_values} property values "
                f"({self.written} new triples in {INFERRED_GRAPH}). "
                f"HermiT {self.hermit_seconds:.1f} s, rules {self.rules_seconds:.1f} s, total {self.seconds:.1f} s.")


def reason(store, *, write: bool = True, hermit_property_values: bool = False) -> ReasonReport:
    """Check the store's graphs with HermiT and write the inferred graph (see the module doc).

    write: replace the inferred graph with the new facts (False: only report them).
    hermit_property_values: let HermiT list the property values instead of the rules.
    Raises InconsistentGraph (details["explanations"] lists the conflicts) or ReasonerError."""
    started = time.perf_counter()
    doc = owl_document(store, "all", include_inferred=False)
    ontology = load_ontology(store)
    report = ReasonReport(consistent=True, input_triples=len(doc.triples), notes=list(doc.notes))
    report.left_out = [str(p) for p in doc.problems if p.kind not in ILL_TYPED]
    ill_typed = [p for p in doc.problems if p.kind in ILL_TYPED]

    t0 = time.perf_counter()
    consistent, inferred = run_hermit(doc, property_values=hermit_property_values)
    report.hermit_seconds = time.perf_counter() - t0

    if not consistent or ill_typed:
        report.consistent = False
        report.explanations = explain(doc, ontology, ill_typed, store)
        report.seconds = time.perf_counter() - started
        if write:
            store.drop_graph(INFERRED_GRAPH)
        raise InconsistentGraph(
            report.summary() + f"\n(The stale graph {INFERRED_GRAPH} was dropped.)" * write,
            explanations=[e.to_dict() for e in report.explanations])

    individuals = _individuals(doc, ontology)
    report.individuals = len(individuals)
    stated = set(doc.triples)
    types = [t for t in inferred if t.predicate == RDF_TYPE]
    if hermit_property_values:
        inferred += symmetric_reverses(doc.triples + inferred, ontology)
    else:
        t0 = time.perf_counter()
        inferred = types + apply_rules(doc.triples + types, ontology)
        report.rules_seconds = time.perf_counter() - t0
    new = _keep_new_facts(inferred, stated, individuals, ontology)
    report.inferred_types = sum(1 for t in new if t.predicate == RDF_TYPE)
    report.inferred_property_values = len(new) - report.inferred_types
    if write:
        report.written = store.replace_graph(INFERRED_GRAPH, new)
    report.seconds = time.perf_counter() - started
    return report


def run_hermit(doc: OwlDocument, *, property_values: bool = False) -> tuple[bool, list[ox.Triple]]:
    """Run HermiT on the document in a World of its own. Returns (consistent, inferred triples):
    the facts owlready2 records from HermiT's answer (types, and property values when asked).

    Without property values, the property chains are left out of HermiT's input: they only
    derive the shortcut facts, which the rules give (apply_rules), and cannot make the graph
    inconsistent on their own (the roles they start from already have the shortcuts' domains
    and ranges). On 10,000 events they cost HermiT 10 s of 28."""
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
    drop: set[ox.Triple] = set()
    todo = [t.object for t in triples if t.predicate.value == _OWL + "propertyChainAxiom"]
    drop.update(t for t in triples if t.predicate.value == _OWL + "propertyChainAxiom")
    while todo:
        node = todo.pop()
        for t in by_subject.get(node, ()):
            if t not in drop:
                drop.add(t)
                if isinstance(t.object, ox.BlankNode):
                    todo.append(t.object)
    return [t for t in triples if t not in drop]


# --- Rules: the property axioms of the ontology as SPARQL ------------------------------------

def property_rules(ontology: Ontology) -> list[str]:
    """SPARQL CONSTRUCT rules giving the object property values the ontology entails through
    property chains, symmetry, inverses and transitivity: the values HermiT lists. Like HermiT's
    listing, they leave out values that hold only through a sub-property (nkg:source is a
    sub-property of prov:wasDerivedFrom; query nkg:source)."""
    g = _graph(ontology.triples)
    rules = []
    for t in g.quads_for_pattern(None, ox.NamedNode(_OWL + "propertyChainAxiom"), None):
        rules.append(_chain_rule(g, t.subject, _rdf_list(g, t.object)))
    for p in _subjects(g, RDF_TYPE, ox.NamedNode(_OWL + "SymmetricProperty")):
        rules.append(f"CONSTRUCT {{ ?y {p} ?x }} WHERE {{ ?x {p} ?y }}")
    for p in _subjects(g, RDF_TYPE, ox.NamedNode(_OWL + "TransitiveProperty")):
        rules.append(f"CONSTRUCT {{ ?x {p} ?z }} WHERE {{ ?x {p} ?y . ?y {p} ?z }}")
    for t in g.quads_for_pattern(None, ox.NamedNode(_OWL + "inverseOf"), None):
        if isinstance(t.subject, ox.NamedNode) and isinstance(t.object, ox.NamedNode):
            p, q = t.subject, t.object
            rules.append(f"CONSTRUCT {{ ?y {q} ?x }} WHERE {{ ?x {p} ?y }}")
            rules.append(f"CONSTRUCT {{ ?y {p} ?x }} WHERE {{ ?x {q} ?y }}")
    return rules


def apply_rules(triples: list[ox.Triple], ontology: Ontology) -> list[ox.Triple]:
    """The new triples the property rules derive from the triples (ontology included), to a fixpoint."""
    g = _graph(triples)
    rules = property_rules(ontology)
    new: list[ox.Triple] = []
    while True:
        found = {t for rule in rules for t in g.query(rule)}
        found = [t for t in found if ox.Quad(t.subject, t.predicate, t.object) not in g]
        if not found:
            return new
        g.extend(ox.Quad(t.subject, t.predicate, t.object) for t in found)
        new += found


def symmetric_reverses(triples: list[ox.Triple], ontology: Ontology) -> list[ox.Triple]:
    """(y p x) for every (x p y) with p symmetric. owlready2 leaves these out of HermiT's answer
    (it takes a symmetric property as its own inverse, so the reverse looks known already)."""
    symmetric = {q.subject.value for q in _graph(ontology.triples).quads_for_pattern(
        None, RDF_TYPE, ox.NamedNode(_OWL + "SymmetricProperty"))}
    return [ox.Triple(t.object, t.predicate, t.subject) for t in triples
            if t.predicate.value in symmetric and isinstance(t.object, ox.NamedNode)]


def _chain_rule(g: ox.Store, prop, steps: list) -> str:
    """One CONSTRUCT for `steps ⊑ prop`. A step is a property, an inverse, or a property P used
    in `C subClassOf (P some Self)`, which holds from every C to itself."""
    selfs = _self_classes(g)
    patterns, current, n = [], "?x0", 0
    for step in steps:
        if isinstance(step, ox.NamedNode) and step.value in selfs:
            alternatives = [f"{{ {current} {step} {current} }}"] + [
                f"{{ {current} a/<{_RDFS}subClassOf>* {c} }}" for c in selfs[step.value]]
            patterns.append(" UNION ".join(alternatives))
            continue
        n += 1
        nxt = f"?x{n}"
        inverse = next((t.object for t in g.quads_for_pattern(step, ox.NamedNode(_OWL + "inverseOf"), None)), None)
        if isinstance(step, ox.BlankNode) and inverse is not None:
            patterns.append(f"{nxt} {inverse} {current}")
        else:
            patterns.append(f"{current} {step} {nxt}")
        current = nxt
    return f"CONSTRUCT {{ ?x0 {prop} {current} }} WHERE {{ {' . '.join(patterns)} }}"


def _self_classes(g: ox.Store) -> dict[str, list[ox.NamedNode]]:
    """property IRI -> the classes C with C subClassOf (property some Self)."""
    out: dict[str, list] = defaultdict(list)
    for t in g.quads_for_pattern(None, ox.NamedNode(_OWL + "hasSelf"), None):
        prop = next((q.object for q in g.quads_for_pattern(t.subject, ox.NamedNode(_OWL + "onProperty"), None)), None)
        for q in g.quads_for_pattern(None, ox.NamedNode(_RDFS + "subClassOf"), t.subject):
            if prop is not None:
                out[prop.value].append(q.subject)
    return out


def _keep_new_facts(inferred: list[ox.Triple], stated: set, individuals: set[str],
                    ontology: Ontology) -> list[ox.Triple]:
    """Facts about the data's individuals that are not stated already, without helper
    properties (selfMeeting), self-loops or owl:Thing."""
    helpers = set(_self_classes(_graph(ontology.triples)))
    keep = []
    for t in dict.fromkeys(inferred):
        if t in stated or t.subject.value not in individuals or t.predicate.value in helpers:
            continue
        if t.predicate == RDF_TYPE and (t.object == OWL_THING or t.object.value not in ontology.classes):
            continue
        if t.predicate != RDF_TYPE and (t.subject == t.object or t.predicate.value not in ontology.object_properties):
            continue
        keep.append(t)
    return sorted(keep, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def _individuals(doc: OwlDocument, ontology: Ontology) -> set[str]:
    named = ox.NamedNode(_OWL + "NamedIndividual")
    return {t.subject.value for t in doc.triples if t.predicate == RDF_TYPE and t.object == named} - ontology.individuals


# --- Explaining an inconsistency ---------------------------------------------------------------

@dataclass
class _Why:
    """Why an individual belongs to one of some classes."""

    classes: frozenset[str]
    reason: str
    axioms: list[str]
    triples: list[ox.Triple]


def explain(doc: OwlDocument, ontology: Ontology, ill_typed: list[Problem], store=None) -> list[Explanation]:
    """Plain-words explanations of why the document is inconsistent: values outside a property's
    range (including values OWL cannot even say, such as a date as an attack's target), an
    individual in two disjoint classes (stated, or implied by domains, ranges and covering axioms),
    two values of a functional property. HermiT decides; this finds the usual causes so the
    message can name them. When none is found, the explanation says how to ask Protégé."""
    model = _Model(ontology, doc.triples)
    found = [model.explain_problem(p) for p in ill_typed]
    found += model.disjoint_types() + model.functional_values() + model.data_ranges()
    if store is not None:
        for e in found:
            e.graphs = _graphs_of(store, e.triples)
    if not found:
        found.append(Explanation(
            "HermiT found the graph inconsistent, and the cause is not one kg reason spells out (it explains "
            "values outside a property's range, things in two disjoint classes and two values of a "
            "functional property). Export the graph (kg export -o graph.ttl), open it in Protégé, start "
            "HermiT and click Explain in the inconsistency dialog to see the axioms behind it."))
    return found


class _Model:
    """The ontology's axioms and the data, indexed for explaining."""

    def __init__(self, ontology: Ontology, triples: list[ox.Triple]) -> None:
        self.ontology = ontology
        g = _graph(ontology.triples)
        self.g = g
        self.labels = {t.subject.value: t.object.value for t in ontology.triples
                       if t.predicate == RDFS_LABEL and isinstance(t.subject, ox.NamedNode)}
        self.supers = _superclasses(g, ontology.classes)
        self.disjoint = _disjoint_pairs(g)
        self.coverings = {c: self._class_alternatives(u) for c, u in _pairs(g, _RDFS + "subClassOf")
                          if isinstance(u, ox.BlankNode) and self._class_alternatives(u) is not None}
        self.domains = {p: self._class_alternatives(d) for p, d in _pairs(g, _RDFS + "domain")}
        self.ranges = dict(_pairs(g, _RDFS + "range"))
        self.functional = {s.value for s in _subjects(g, RDF_TYPE, ox.NamedNode(_OWL + "FunctionalProperty"))}
        self.different = {frozenset((a, b.value)) for a, b in _pairs(g, _OWL + "differentFrom")}
        self.data = triples
        self.data_labels = {t.subject.value: t.object.value for t in triples
                            if t.predicate == RDFS_LABEL and isinstance(t.subject, ox.NamedNode)}

    # -- wording --
    def name(self, iri: str) -> str:
        label = self.data_labels.get(iri) or self.labels.get(iri)
        return f"“{label}” ({_short_iri(iri)})" if label else _short_iri(iri)

    def term(self, iri: str) -> str:
        return self.labels.get(iri) or _short_iri(iri)

    def a(self, iri: str) -> str:
        word = self.term(iri)
        return ("an " if word[:1].lower() in "aeiou" else "a ") + word

    def any_of(self, classes) -> str:
        words = [self.a(c) for c in sorted(classes)] or ["a thing"]
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]

    def value(self, lit: ox.Literal) -> str:
        return f"{lit.value!r}" + ("" if lit.datatype.value == _XSD + "string" else f" ({_short_iri(lit.datatype.value)})")

    # -- axioms --
    def _class_alternatives(self, node) -> frozenset[str] | None:
        """A named class, or the members of a union of named classes."""
        if isinstance(node, ox.NamedNode):
            return frozenset([node.value])
        members = next((q.object for q in self.g.quads_for_pattern(node, ox.NamedNode(_OWL + "unionOf"), None)), None)
        if members is None:
            return None
        items = _rdf_list(self.g, members)
        return frozenset(m.value for m in items) if all(isinstance(m, ox.NamedNode) for m in items) else None

    def are_disjoint(self, a: str, b: str) -> tuple[str, str] | None:
        for x in self.supers.get(a, {a}):
            for y in self.supers.get(b, {b}):
                if frozenset((x, y)) in self.disjoint:
                    return x, y
        return None

    def _axiom_classes(self, classes: frozenset[str]) -> str:
        names = [_short_iri(c) for c in sorted(classes)]
        return names[0] if len(names) == 1 else f"ObjectUnionOf({' '.join(names)})"

    # -- the checks --
    def explain_problem(self, p: Problem) -> Explanation:
        s, prop, o = p.triple.subject, p.triple.predicate.value, p.triple.object
        rng = self.ranges.get(prop)
        if p.kind == "literal-for-object-property":
            must = f"{self.a(rng.value)}" if isinstance(rng, ox.NamedNode) else "a thing"
            msg = (f"{self.name(s.value)} has {self.term(prop)} {self.value(o)}, a value, but a {self.term(prop)} "
                   f"must be {must} of the graph, not a value (the range of {_short_iri(prop)}). "
                   f"The extraction probably took a date or number for a {self.term(prop)}.")
        elif p.kind == "iri-for-data-property":
            msg = (f"{self.name(s.value)} has {self.term(prop)} {self.name(o.value)}, a thing, but a {self.term(prop)} "
                   f"must be a value" + (f" of type {_short_iri(rng.value)}" if isinstance(rng, ox.NamedNode) else "") + ".")
        else:
            msg = f"{self.name(s.value)}: {p.reason.split(': ', 1)[-1]}."
        axioms = [f"{_short_iri(prop)}({_short_iri(s.value)} {_short_term(o)})"]
        if rng is not None:
            kind = "ObjectPropertyRange" if prop in self.ontology.object_properties else "DataPropertyRange"
            axioms.append(f"{kind}({_short_iri(prop)} {self.range_text(rng)})")
        return Explanation(msg, axioms, s.value, [p.graph] if p.graph else [], [p.triple])

    def range_text(self, rng) -> str:
        """A range in functional syntax: a name, a union of classes or a list of values."""
        if isinstance(rng, ox.NamedNode):
            return _short_iri(rng.value)
        classes = self._class_alternatives(rng)
        if classes:
            return self._axiom_classes(classes)
        values = self.one_of(rng)
        return f"DataOneOf({' '.join(_short_term(v) for v in values)})" if values else "…"

    def one_of(self, node) -> list:
        members = next((q.object for q in self.g.quads_for_pattern(node, ox.NamedNode(_OWL + "oneOf"), None)), None)
        return _rdf_list(self.g, members) if members is not None else []

    def type_reasons(self) -> dict[str, list[_Why]]:
        """individual -> why it is in which classes (stated types, domains, ranges)."""
        why: dict[str, list[_Why]] = defaultdict(list)
        seen: set = set()

        def add(x: str, classes: frozenset[str] | None, reason: str, axioms: list[str], triples):
            if classes and (x, classes) not in seen:
                seen.add((x, classes))
                why[x].append(_Why(classes, reason, axioms, triples))

        for t in self.data:
            s, p, o = t.subject.value, t.predicate.value, t.object
            if p == RDF_TYPE.value:
                if o.value in self.ontology.classes:
                    add(s, frozenset([o.value]), f"it is stated to be {self.a(o.value)}",
                        [f"ClassAssertion({_short_iri(o.value)} {_short_iri(s)})"], [t])
                continue
            assertion = f"{_short_iri(p)}({_short_iri(s)} {_short_term(o)})"
            if p in self.domains:
                d = self.domains[p]
                kind = "ObjectPropertyDomain" if p in self.ontology.object_properties else "DataPropertyDomain"
                value = self.name(o.value) if isinstance(o, ox.NamedNode) else self.value(o)
                add(s, d, f"it has a {self.term(p)} ({value}), which only {self.any_of(d)} has",
                    [assertion, f"{kind}({_short_iri(p)} {self._axiom_classes(d)})"], [t])
            if p in self.ontology.object_properties and isinstance(o, ox.NamedNode) and p in self.ranges:
                r = self._class_alternatives(self.ranges[p]) or frozenset()
                add(o.value, r, f"it is the {self.term(p)} of {self.name(s)}, and a {self.term(p)} is always "
                                f"{self.any_of(r)}",
                    [assertion, f"ObjectPropertyRange({_short_iri(p)} {self._axiom_classes(r)})"], [t])
        for x, reasons in why.items():        # covering axioms: every agent is a person, organisation or country
            for r in [r for r in reasons if len(r.classes) == 1]:
                [c] = r.classes
                for sup in self.supers.get(c, {c}) & self.coverings.keys():
                    cover = self.coverings[sup]
                    add(x, cover, f"{r.reason}; so it is {self.a(sup)}, and every {self.term(sup)} is "
                                  f"{self.any_of(cover)}",
                        r.axioms + [f"SubClassOf({_short_iri(sup)} {self._axiom_classes(cover)})"], r.triples)
        return why

    def disjoint_types(self) -> list[Explanation]:
        out = []
        for x, reasons in self.type_reasons().items():
            for r1, r2 in itertools.combinations(reasons, 2):
                pairs = [self.are_disjoint(a, b) for a in r1.classes for b in r2.classes]
                if pairs and all(pairs):
                    disjoint = sorted({f"DisjointClasses({_short_iri(a)} {_short_iri(b)})" for a, b in pairs})
                    out.append(Explanation(
                        f"{self.name(x)} cannot be {self.any_of(r1.classes)} and also {self.any_of(r2.classes)} "
                        f"(these classes are disjoint): {r1.reason}; and {r2.reason}.",
                        r1.axioms + r2.axioms + disjoint, x, triples=r1.triples + r2.triples))
                    break
        return out

    def functional_values(self) -> list[Explanation]:
        values: dict[tuple[str, str], list] = defaultdict(list)
        for t in self.data:
            if t.predicate.value in self.functional and isinstance(t.subject, ox.NamedNode):
                values[(t.subject.value, t.predicate.value)].append(t.object)
        out = []
        for (s, p), objects in values.items():
            distinct = list(dict.fromkeys(objects))
            for a, b in itertools.combinations(distinct, 2):
                if isinstance(a, ox.Literal) and isinstance(b, ox.Literal):
                    clash = _literal_key(a) != _literal_key(b)
                else:
                    clash = (frozenset((a.value, b.value)) in self.different or
                             any(self.are_disjoint(c, d) for c in self._types(a.value) for d in self._types(b.value)))
                if clash:
                    shown = [self.value(v) if isinstance(v, ox.Literal) else self.name(v.value) for v in (a, b)]
                    out.append(Explanation(
                        f"{self.name(s)} has two values of {self.term(p)}, {shown[0]} and {shown[1]}, "
                        f"but it can have only one ({_short_iri(p)} is functional).",
                        [f"{_short_iri(p)}({_short_iri(s)} {_short_term(a)})",
                         f"{_short_iri(p)}({_short_iri(s)} {_short_term(b)})",
                         f"FunctionalProperty({_short_iri(p)})"], s,
                        triples=[ox.Triple(ox.NamedNode(s), ox.NamedNode(p), v) for v in (a, b)]))
                    break
        return out

    def data_ranges(self) -> list[Explanation]:
        out = []
        for t in self.data:
            p = t.predicate.value
            if p not in self.ontology.data_properties or p not in self.ranges or not isinstance(t.object, ox.Literal):
                continue
            rng, lit = self.ranges[p], t.object
            if isinstance(rng, ox.NamedNode):
                ok, expected = _datatype_fits(lit, rng.value), f"a value of type {_short_iri(rng.value)}"
            else:
                allowed = self.one_of(rng)
                ok = any(_literal_key(lit) == _literal_key(v) for v in allowed) if allowed else True
                expected = "one of " + ", ".join(repr(v.value) for v in allowed)
            if not ok:
                out.append(Explanation(
                    f"{self.name(t.subject.value)} has {self.term(p)} {self.value(lit)}, "
                    f"but a {self.term(p)} must be {expected}.",
                    [f"{_short_iri(p)}({_short_iri(t.subject.value)} {_short_term(lit)})",
                     f"DataPropertyRange({_short_iri(p)} {self.range_text(rng)})"],
                    t.subject.value, triples=[t]))
        return out

    def _types(self, iri: str) -> set[str]:
        return {t.object.value for t in self.data if t.subject.value == iri and t.predicate == RDF_TYPE}


# --- small helpers ---------------------------------------------------------------------------

def _graph(triples) -> ox.Store:
    g = ox.Store()
    g.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return g


def _rdf_list(g: ox.Store, node) -> list:
    items, first, rest = [], ox.NamedNode(_RDF + "first"), ox.NamedNode(_RDF + "rest")
    while node is not None and node != ox.NamedNode(_RDF + "nil"):
        items += [q.object for q in g.quads_for_pattern(node, first, None)]
        node = next((q.object for q in g.quads_for_pattern(node, rest, None)), None)
    return items


def _pairs(g: ox.Store, predicate: str) -> list[tuple[str, object]]:
    """(subject IRI, object term) of every triple with the predicate and a named subject."""
    return [(q.subject.value, q.object) for q in g.quads_for_pattern(None, ox.NamedNode(predicate), None)
            if isinstance(q.subject, ox.NamedNode)]


def _subjects(g: ox.Store, predicate, obj) -> list[ox.NamedNode]:
    return [q.subject for q in g.quads_for_pattern(None, predicate, obj) if isinstance(q.subject, ox.NamedNode)]


def _superclasses(g: ox.Store, classes: set[str]) -> dict[str, set[str]]:
    """class -> itself and every named superclass (through subClassOf and equivalentClass)."""
    up: dict[str, set[str]] = defaultdict(set)
    for q in g.quads_for_pattern(None, ox.NamedNode(_RDFS + "subClassOf"), None):
        if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
            up[q.subject.value].add(q.object.value)
    for q in g.quads_for_pattern(None, ox.NamedNode(_OWL + "equivalentClass"), None):
        if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
            up[q.subject.value].add(q.object.value)
            up[q.object.value].add(q.subject.value)
    closure = {}
    for c in classes | set(up):
        seen, todo = {c}, [c]
        while todo:
            for s in up.get(todo.pop(), ()):
                if s not in seen:
                    seen.add(s)
                    todo.append(s)
        closure[c] = seen
    return closure


def _disjoint_pairs(g: ox.Store) -> set[frozenset[str]]:
    pairs = {frozenset((q.subject.value, q.object.value))
             for q in g.quads_for_pattern(None, ox.NamedNode(_OWL + "disjointWith"), None)
             if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode)}
    for q in g.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(_OWL + "AllDisjointClasses")):
        members = [m.value for node in g.quads_for_pattern(q.subject, ox.NamedNode(_OWL + "members"), None)
                   for m in _rdf_list(g, node.object) if isinstance(m, ox.NamedNode)]
        pairs |= {frozenset(p) for p in itertools.combinations(members, 2)}
    return pairs


_NUMERIC = {_XSD + n for n in ("decimal integer nonNegativeInteger nonPositiveInteger positiveInteger "
                                "negativeInteger long int short byte unsignedLong unsignedInt unsignedShort "
                                "unsignedByte").split()} | {_OWL + "real", _OWL + "rational"}
_STRINGS = {_XSD + n for n in "string normalizedString token language Name NCName NMTOKEN".split()}


def _literal_key(lit: ox.Literal) -> tuple:
    """Literals equal in OWL compare equal: numbers by value, strings by text."""
    dt = lit.datatype.value
    if dt in _NUMERIC:
        try:
            return ("number", float(lit.value))
        except ValueError:
            pass
    if dt in _STRINGS or dt == _RDF + "PlainLiteral":
        return ("string", lit.value, lit.language or "")
    return (dt, lit.value, lit.language or "")


def _datatype_fits(lit: ox.Literal, datatype: str) -> bool:
    """Whether the literal's value is in the datatype's value space (for the datatypes we use)."""
    dt = lit.datatype.value
    if datatype in (dt, _RDFS + "Literal"):
        return True
    if datatype in _NUMERIC and dt in _NUMERIC:
        try:
            value = float(lit.value)
        except ValueError:
            return False
        local = datatype[len(_XSD):]
        if local == "decimal" or datatype.startswith(_OWL):
            return True
        sign = {"nonNegativeInteger": value >= 0, "positiveInteger": value > 0, "nonPositiveInteger": value <= 0,
                "negativeInteger": value < 0}.get(local, True)
        return sign and value == int(value)
    if datatype == _RDF + "PlainLiteral":
        return dt in _STRINGS or dt == _RDF + "langString"
    if datatype in _STRINGS and dt in _STRINGS:
        return datatype == _XSD + "string"
    if datatype == _XSD + "dateTime" and dt == _XSD + "dateTimeStamp":
        return True
    return False


def _graphs_of(store, triples: list[ox.Triple]) -> list[str]:
    """The article graphs that state the triples."""
    graphs: set[str] = set()
    for t in triples:
        result = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                             bindings={"s": t.subject, "p": t.predicate, "o": t.object})
        graphs |= {r["g"].value for r in result.rows}
    return sorted(graphs - {ONTOLOGY_GRAPH, INFERRED_GRAPH})
