"""The documentation is tested (as datasette does): every kg module imports and its docstring
examples run as doctests, the README's table of canned queries matches the catalogue, and the
Turtle of docs/data-model.md is what a build writes (checked against the sample dataset, which the
real mapping makes)."""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.store.catalogue import Catalogue
from kg.vocab import RDF

from helpers import sample

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(m.name for m in pkgutil.walk_packages(kg.__path__, "kg."))


# --------------------------------------------------------------------------- doctests
@pytest.mark.parametrize("name", MODULES)
def test_every_module_imports_and_its_examples_run(name):
    module = importlib.import_module(name)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    for test in doctest.DocTestFinder().find(module, name):
        runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
    if ">>>" in inspect.getsource(module):      # an example written as a doctest is found and run
        assert runner.tries > 0, f"{name} shows >>> examples that doctest does not find"


def test_the_doctests_are_many_enough_to_matter():
    found = {name: sum(len(t.examples) for t in doctest.DocTestFinder().find(importlib.import_module(name), name))
             for name in MODULES}
    assert {"kg.extract.dates", "kg.store.guard", "kg.store.lookup", "kg.vocab"} <= {n for n, k in found.items() if k}
    assert sum(found.values()) >= 20, found


# --------------------------------------------------------------------------- README: canned queries
def readme_table(heading: str) -> list[list[str]]:
    """The rows (cells, stripped) of the first Markdown table after the line starting `heading`."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    table = []
    for line in lines[start + 1:]:
        if line.startswith("|"):
            table.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif table:
            break
    return table


def words(cell: str) -> list[str]:
    return [w.strip("` ") for w in cell.split(",") if w.strip("` ")]


def test_the_readme_lists_every_canned_query_with_its_columns_and_parameters():
    header, rule, *rows = readme_table("Canned queries")
    assert header == ["query", "columns", "parameters"] and set("".join(rule)) <= set("-: ")
    documented = {cell[0].strip("`"): (words(cell[1]), words(cell[2])) for cell in rows}
    actual = {q["name"]: (q["columns"], [p["name"] for p in q["parameters"]]) for q in Catalogue().describe()}
    assert documented == actual


# --------------------------------------------------------------------------- docs/data-model.md
def turtle_blocks() -> list[str]:
    text = (ROOT / "docs" / "data-model.md").read_text(encoding="utf-8")
    return re.findall(r"^```turtle\n(.*?)^```", text, flags=re.S | re.M)


def documented_triples() -> list[ox.Triple]:
    out = []
    for i, block in enumerate(turtle_blocks()):
        try:
            out += [q.triple for q in ox.parse(block.encode("utf-8"), format=ox.RdfFormat.TURTLE)]
        except SyntaxError as exc:
            pytest.fail(f"turtle block {i + 1} of docs/data-model.md does not parse: {exc}")
    return out


def usage(triples) -> tuple[set[str], set[str], dict[str, set[str]]]:
    """(predicates, classes, predicate -> datatypes of its literal values)."""
    predicates = {t.predicate.value for t in triples}
    classes = {t.object.value for t in triples if t.predicate == RDF.type}
    datatypes: dict[str, set[str]] = {}
    for t in triples:
        if isinstance(t.object, ox.Literal):
            datatypes.setdefault(t.predicate.value, set()).add(t.object.datatype.value)
    return predicates, classes, datatypes


def test_the_data_model_is_what_a_build_writes():
    assert len(turtle_blocks()) >= 2
    doc_predicates, doc_classes, doc_types = usage(documented_triples())
    built = [t for ts in sample().data_graphs.values() for t in ts]
    predicates, classes, types = usage(built)
    assert doc_predicates - predicates == set(), "the data model shows predicates no build writes"
    assert predicates - doc_predicates == set(), "the build writes predicates the data model does not show"
    assert doc_classes - classes == set(), "the data model shows classes no build writes"
    families = {c for c in classes if c.rsplit("#", 1)[-1] in ("Meeting", "Call", "Supply", "Attack", "Request",
                                                              "Article", "Evidence")}
    assert families - doc_classes == set(), "every event family, articles and evidence are shown"
    for predicate, datatypes in doc_types.items():
        assert datatypes == types[predicate], f"{predicate}: the data model shows {datatypes}, a build writes {types[predicate]}"
