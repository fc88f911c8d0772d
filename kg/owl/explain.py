"""Explaining an inconsistency in plain words, with the axioms behind it.

HermiT says whether the graph is consistent, not why. explain() finds the usual causes in the
ontology's axioms and the data: a value outside a property's range (a date as an attack's
target), an individual in two disjoint classes (stated, or implied by domains, ranges and
covering axioms), two values of a functional property. Each Explanation says it in plain
words, lists the axioms in OWL functional syntax and names the article graphs that state it.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..vocab import OWL, OWL_NS, RDF, RDFS, XSD, XSD_NS, short_iri, short_term
from .export import INTEGER_SIGN, Ontology, OwlDocument, Problem, sign_ok
from .graphs import graphs_stating, named_subjects, rdf_list, triple_store


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
            e.graphs = graphs_stating(store, e.triples)
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
        g = triple_store(ontology.triples)
        self.g = g
        self.labels = {t.subject.value: t.object.value for t in ontology.triples
                       if t.predicate == RDFS.label and isinstance(t.subject, ox.NamedNode)}
        self.supers = _superclasses(g, ontology.classes)
        self.disjoint = _disjoint_pairs(g)
        self.coverings = {c: self._class_alternatives(u) for c, u in _pairs(g, RDFS.subClassOf)
                          if isinstance(u, ox.BlankNode) and self._class_alternatives(u) is not None}
        self.domains = {p: self._class_alternatives(d) for p, d in _pairs(g, RDFS.domain)}
        self.ranges = dict(_pairs(g, RDFS.range))
        self.functional = {s.value for s in named_subjects(g, RDF.type, OWL.FunctionalProperty)}
        self.different = {frozenset((a, b.value)) for a, b in _pairs(g, OWL.differentFrom)}
        self.data = triples
        self.data_labels = {t.subject.value: t.object.value for t in triples
                            if t.predicate == RDFS.label and isinstance(t.subject, ox.NamedNode)}

    # -- wording --
    def name(self, iri: str) -> str:
        label = self.data_labels.get(iri) or self.labels.get(iri)
        return f"“{label}” ({short_iri(iri)})" if label else short_iri(iri)

    def term(self, iri: str) -> str:
        return self.labels.get(iri) or short_iri(iri)

    def a(self, iri: str) -> str:
        word = self.term(iri)
        return ("an " if word[:1].lower() in "aeiou" else "a ") + word

    def any_of(self, classes) -> str:
        words = [self.a(c) for c in sorted(classes)] or ["a thing"]
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]

    def value(self, lit: ox.Literal) -> str:
        return f"{lit.value!r}" + ("" if lit.datatype == XSD.string else f" ({short_iri(lit.datatype.value)})")

    # -- axioms --
    def _class_alternatives(self, node) -> frozenset[str] | None:
        """A named class, or the members of a union of named classes."""
        if isinstance(node, ox.NamedNode):
            return frozenset([node.value])
        members = next((q.object for q in self.g.quads_for_pattern(node, OWL.unionOf, None)), None)
        if members is None:
            return None
        items = rdf_list(self.g, members)
        return frozenset(m.value for m in items) if all(isinstance(m, ox.NamedNode) for m in items) else None

    def are_disjoint(self, a: str, b: str) -> tuple[str, str] | None:
        for x in self.supers.get(a, {a}):
            for y in self.supers.get(b, {b}):
                if frozenset((x, y)) in self.disjoint:
                    return x, y
        return None

    def _axiom_classes(self, classes: frozenset[str]) -> str:
        names = [short_iri(c) for c in sorted(classes)]
        return names[0] if len(names) == 1 else f"ObjectUnionOf({' '.join(names)})"

    # -- the checks --
    def explain_problem(self, p: Problem) -> Explanation:
        s, prop, o = p.triple.subject, p.triple.predicate.value, p.triple.object
        rng = self.ranges.get(prop)
        if p.kind == "literal-for-object-property":
            must = f"{self.a(rng.value)}" if isinstance(rng, ox.NamedNode) else "a thing"
            msg = (f"{self.name(s.value)} has {self.term(prop)} {self.value(o)}, a value, but a {self.term(prop)} "
                   f"must be {must} of the graph, not a value (the range of {short_iri(prop)}). "
                   f"The extraction probably took a date or number for a {self.term(prop)}.")
        elif p.kind == "iri-for-data-property":
            msg = (f"{self.name(s.value)} has {self.term(prop)} {self.name(o.value)}, a thing, but a {self.term(prop)} "
                   f"must be a value" + (f" of type {short_iri(rng.value)}" if isinstance(rng, ox.NamedNode) else "") + ".")
        else:
            msg = f"{self.name(s.value)}: {p.reason.split(': ', 1)[-1]}."
        axioms = [f"{short_iri(prop)}({short_iri(s.value)} {short_term(o)})"]
        if rng is not None:
            kind = "ObjectPropertyRange" if prop in self.ontology.object_properties else "DataPropertyRange"
            axioms.append(f"{kind}({short_iri(prop)} {self.range_text(rng)})")
        return Explanation(msg, axioms, s.value, [p.graph] if p.graph else [], [p.triple])

    def range_text(self, rng) -> str:
        """A range in functional syntax: a name, a union of classes or a list of values."""
        if isinstance(rng, ox.NamedNode):
            return short_iri(rng.value)
        classes = self._class_alternatives(rng)
        if classes:
            return self._axiom_classes(classes)
        values = self.one_of(rng)
        return f"DataOneOf({' '.join(short_term(v) for v in values)})" if values else "…"

    def one_of(self, node) -> list:
        members = next((q.object for q in self.g.quads_for_pattern(node, OWL.oneOf, None)), None)
        return rdf_list(self.g, members) if members is not None else []

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
            if p == RDF.type.value:
                if o.value in self.ontology.classes:
                    add(s, frozenset([o.value]), f"it is stated to be {self.a(o.value)}",
                        [f"ClassAssertion({short_iri(o.value)} {short_iri(s)})"], [t])
                continue
            assertion = f"{short_iri(p)}({short_iri(s)} {short_term(o)})"
            if p in self.domains:
                d = self.domains[p]
                kind = "ObjectPropertyDomain" if p in self.ontology.object_properties else "DataPropertyDomain"
                value = self.name(o.value) if isinstance(o, ox.NamedNode) else self.value(o)
                add(s, d, f"it has a {self.term(p)} ({value}), which only {self.any_of(d)} has",
                    [assertion, f"{kind}({short_iri(p)} {self._axiom_classes(d)})"], [t])
            if p in self.ontology.object_properties and isinstance(o, ox.NamedNode) and p in self.ranges:
                r = self._class_alternatives(self.ranges[p]) or frozenset()
                add(o.value, r, f"it is the {self.term(p)} of {self.name(s)}, and a {self.term(p)} is always "
                                f"{self.any_of(r)}",
                    [assertion, f"ObjectPropertyRange({short_iri(p)} {self._axiom_classes(r)})"], [t])
        for x, reasons in why.items():        # covering axioms: every agent is a person, organisation or country
            for r in [r for r in reasons if len(r.classes) == 1]:
                [c] = r.classes
                for sup in self.supers.get(c, {c}) & self.coverings.keys():
                    cover = self.coverings[sup]
                    add(x, cover, f"{r.reason}; so it is {self.a(sup)}, and every {self.term(sup)} is "
                                  f"{self.any_of(cover)}",
                        r.axioms + [f"SubClassOf({short_iri(sup)} {self._axiom_classes(cover)})"], r.triples)
        return why

    def disjoint_types(self) -> list[Explanation]:
        out = []
        for x, reasons in self.type_reasons().items():
            for r1, r2 in itertools.combinations(reasons, 2):
                pairs = [self.are_disjoint(a, b) for a in r1.classes for b in r2.classes]
                if pairs and all(pairs):
                    disjoint = sorted({f"DisjointClasses({short_iri(a)} {short_iri(b)})" for a, b in pairs})
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
                        f"but it can have only one ({short_iri(p)} is functional).",
                        [f"{short_iri(p)}({short_iri(s)} {short_term(a)})",
                         f"{short_iri(p)}({short_iri(s)} {short_term(b)})",
                         f"FunctionalProperty({short_iri(p)})"], s,
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
                ok, expected = _datatype_fits(lit, rng.value), f"a value of type {short_iri(rng.value)}"
            else:
                allowed = self.one_of(rng)
                ok = any(_literal_key(lit) == _literal_key(v) for v in allowed) if allowed else True
                expected = "one of " + ", ".join(repr(v.value) for v in allowed)
            if not ok:
                out.append(Explanation(
                    f"{self.name(t.subject.value)} has {self.term(p)} {self.value(lit)}, "
                    f"but a {self.term(p)} must be {expected}.",
                    [f"{short_iri(p)}({short_iri(t.subject.value)} {short_term(lit)})",
                     f"DataPropertyRange({short_iri(p)} {self.range_text(rng)})"],
                    t.subject.value, triples=[t]))
        return out

    def _types(self, iri: str) -> set[str]:
        return {t.object.value for t in self.data if t.subject.value == iri and t.predicate == RDF.type}


def _pairs(g: ox.Store, predicate: ox.NamedNode) -> list[tuple[str, object]]:
    """(subject IRI, object term) of every triple with the predicate and a named subject."""
    return [(q.subject.value, q.object) for q in g.quads_for_pattern(None, predicate, None)
            if isinstance(q.subject, ox.NamedNode)]


def _superclasses(g: ox.Store, classes: set[str]) -> dict[str, set[str]]:
    """class -> itself and every named superclass (through subClassOf and equivalentClass)."""
    up: dict[str, set[str]] = defaultdict(set)
    for q in g.quads_for_pattern(None, RDFS.subClassOf, None):
        if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
            up[q.subject.value].add(q.object.value)
    for q in g.quads_for_pattern(None, OWL.equivalentClass, None):
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
             for q in g.quads_for_pattern(None, OWL.disjointWith, None)
             if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode)}
    for q in g.quads_for_pattern(None, RDF.type, OWL.AllDisjointClasses):
        members = [m.value for node in g.quads_for_pattern(q.subject, OWL.members, None)
                   for m in rdf_list(g, node.object) if isinstance(m, ox.NamedNode)]
        pairs |= {frozenset(p) for p in itertools.combinations(members, 2)}
    return pairs


_NUMERIC = {XSD_NS + n for n in ("decimal", *INTEGER_SIGN)} | {OWL.real.value, OWL.rational.value}
_STRINGS = {XSD_NS + n for n in "string normalizedString token language Name NCName NMTOKEN".split()}


def _literal_key(lit: ox.Literal) -> tuple:
    """Literals equal in OWL compare equal: numbers by value, strings by text."""
    dt = lit.datatype.value
    if dt in _NUMERIC:
        try:
            return ("number", float(lit.value))
        except ValueError:
            pass
    if dt in _STRINGS or lit.datatype == RDF.PlainLiteral:
        return ("string", lit.value, lit.language or "")
    return (dt, lit.value, lit.language or "")


def _datatype_fits(lit: ox.Literal, datatype: str) -> bool:
    """Whether the literal's value is in the datatype's value space (for the datatypes we use)."""
    dt = lit.datatype.value
    if datatype in (dt, RDFS.Literal.value):
        return True
    if datatype in _NUMERIC and dt in _NUMERIC:
        try:
            value = float(lit.value)
        except ValueError:
            return False
        local = datatype[len(XSD_NS):]
        if local == "decimal" or datatype.startswith(OWL_NS):
            return True
        return math.isfinite(value) and value == int(value) and sign_ok(int(value), INTEGER_SIGN[local])
    if datatype == RDF.PlainLiteral.value:
        return dt in _STRINGS or lit.datatype == RDF.langString
    if datatype in _STRINGS and dt in _STRINGS:
        return datatype == XSD.string.value
    return datatype == XSD.dateTime.value and lit.datatype == XSD.dateTimeStamp
