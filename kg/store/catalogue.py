"""Canned queries: one `queries/NAME.rq` file each, valid SPARQL with a comment header.

    # summary: Who met whom: meetings between two agents ...
    # param topic (ref, optional): a topic's label (case-insensitive) or IRI
    # param status (enum happened|planned|proposed, optional): only events with this status
    # param since (date, optional): only events on or after this day (YYYY-MM-DD)

A parameter NAME is bound to the query variable ?param_NAME, never spliced into the text.
Types: string, ref (an IRI if the value has a scheme, else a string), iri, enum A|B|C,
date (start of the day), date-end (end of the day), integer. Every file is parsed
when the catalogue loads; a broken file stops start-up with its name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import NotFound, ParameterError, QueryFileError
from ..extract.dates import parse_day
from .sparql_text import projected_variables, query_form
from .stores import QueryResult, Store, Term
from ..vocab import XSD, queries_dir, sparql_prefixes

_PARAM = re.compile(r"^#\s*param\s+(?P<name>[a-z][a-z0-9_]*)\s*\((?P<spec>[^)]*)\)\s*:\s*(?P<doc>.+)$")
_SUMMARY = re.compile(r"^#\s*summary\s*:\s*(?P<text>.+)$")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")
TYPES = ("string", "ref", "iri", "enum", "date", "date-end", "integer")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    doc: str
    required: bool = False
    choices: tuple[str, ...] = ()

    @property
    def variable(self) -> str:
        return "param_" + self.name

    def bind(self, raw: str) -> Term:
        """The RDF term for a raw value, or ParameterError saying what is wrong with it."""
        value = raw.strip()
        if not value:
            raise ParameterError(f"parameter {self.name!r} is empty", parameter=self.name)
        if self.type == "enum":
            if value.lower() not in self.choices:
                raise ParameterError(f"parameter {self.name!r} must be one of {', '.join(self.choices)}, "
                                     f"not {value!r}", parameter=self.name)
            return ox.Literal(value.lower())
        if self.type in ("date", "date-end"):
            end = self.type == "date-end"
            day = parse_day(value, end=end)
            if day is None:
                raise ParameterError(f"parameter {self.name!r} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), "
                                     f"not {value!r}", parameter=self.name)
            return ox.Literal(f"{day.isoformat()}T{'23:59:59' if end else '00:00:00'}", datatype=XSD.dateTime)
        if self.type == "integer":
            if not re.fullmatch(r"-?\d{1,12}", value):
                raise ParameterError(f"parameter {self.name!r} must be an integer, not {value!r}",
                                     parameter=self.name)
            return ox.Literal(value, datatype=XSD.integer)
        if self.type == "iri" or (self.type == "ref" and _looks_like_iri(value)):
            if not _IRI.match(value):
                raise ParameterError(f"parameter {self.name!r} must be an absolute IRI, not {value!r}",
                                     parameter=self.name)
            return ox.NamedNode(value)
        return ox.Literal(value)

    def describe(self) -> dict:
        out = {"name": self.name, "type": self.type, "required": self.required, "description": self.doc}
        if self.choices:
            out["choices"] = list(self.choices)
        return out


def _looks_like_iri(value: str) -> bool:
    return bool(re.match(r"^(https?|urn|mailto|tag|file):", value, re.I))


@dataclass(frozen=True)
class CannedQuery:
    name: str
    summary: str
    text: str                  # the file as written
    params: tuple[Param, ...]
    columns: tuple[str, ...]   # result columns, as the file projects them

    def describe(self) -> dict:
        return {"name": self.name, "summary": self.summary, "columns": list(self.columns),
                "parameters": [p.describe() for p in self.params], "query": self.text}

    def bindings(self, args: dict[str, str]) -> dict[str, Term]:
        """Typed, checked bindings for the given raw values; unknown or bad parameters are errors."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(args) - set(known))
        if unknown:
            raise ParameterError(f"unknown parameter(s) {', '.join(unknown)} for query {self.name!r}; "
                                 f"it takes: {', '.join(known) or 'no parameters'}", parameter=unknown[0])
        out = {}
        for p in self.params:
            if p.name in args:
                out[p.variable] = p.bind(args[p.name])
            elif p.required:
                raise ParameterError(f"parameter {p.name!r} is required for query {self.name!r}",
                                     parameter=p.name)
        return out

    def run(self, store: Store, args: dict[str, str] | None = None, max_rows: int | None = None) -> QueryResult:
        bindings = self.bindings(args or {})
        for p in self.params:  # a name given for an entity: the entity it names, by any of its names
            value = bindings.get(p.variable)
            if p.type == "ref" and isinstance(value, ox.Literal):
                bindings[p.variable] = entity_named(store, value) or value
        return store.query(self.text, bindings=bindings, max_rows=max_rows)


def parse_query_file(path: Path) -> CannedQuery:
    name = path.stem
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryFileError(f"queries/{path.name}: cannot read: {exc}", file=str(path)) from None
    summary, params = None, []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if m := _SUMMARY.match(line):
            summary = m.group("text").strip()
        elif line.lstrip("# ").startswith("param"):
            m = _PARAM.match(line)
            if not m:
                raise QueryFileError(f"queries/{path.name}:{lineno}: bad param line; expected "
                                     "'# param NAME (TYPE[, optional|required]): description'", file=str(path))
            params.append(_param_from(m, path.name, lineno))
    if not summary:
        raise QueryFileError(f"queries/{path.name}: the header has no '# summary:' line", file=str(path))
    if query_form(text) != "SELECT":
        raise QueryFileError(f"queries/{path.name}: a canned query must be a SELECT query", file=str(path))
    columns = projected_variables(text)
    if not columns:
        raise QueryFileError(f"queries/{path.name}: name its result columns (SELECT * is not allowed)",
                             file=str(path))
    for p in params:
        if "?" + p.variable not in text:
            raise QueryFileError(f"queries/{path.name}: parameter {p.name!r} is declared but ?{p.variable} "
                                 "is not used in the query", file=str(path))
    try:  # parse once now, so a broken file stops start-up
        ox.Store().query(text)
    except SyntaxError as exc:
        raise QueryFileError(f"queries/{path.name}: not valid SPARQL: {exc}", file=str(path)) from None
    return CannedQuery(name, summary, text, tuple(params), tuple(columns))


def _param_from(m: re.Match, filename: str, lineno: int) -> Param:
    parts = [p.strip() for p in m.group("spec").split(",")]
    type_words = parts[0].split()
    kind = type_words[0] if type_words else ""
    if kind not in TYPES:
        raise QueryFileError(f"queries/{filename}:{lineno}: unknown parameter type {kind!r}; "
                             f"use one of {', '.join(TYPES)}")
    choices: tuple[str, ...] = ()
    if kind == "enum":
        if len(type_words) < 2:
            raise QueryFileError(f"queries/{filename}:{lineno}: an enum needs its choices: 'enum a|b|c'")
        choices = tuple(c.lower() for c in type_words[1].split("|"))
    return Param(m.group("name"), kind, m.group("doc").strip(), required="required" in parts[1:], choices=choices)


NAME_LOOKUP = sparql_prefixes("rdfs", "skos") + """
SELECT ?entity (COUNT(*) AS ?n) WHERE {
  { ?entity rdfs:label ?name } UNION { ?entity skos:altLabel ?name }
  FILTER(LCASE(STR(?name)) = LCASE(STR(?param_name)))
} GROUP BY ?entity ORDER BY DESC(?n) ?entity LIMIT 1
"""


def entity_named(store: Store, name: ox.Literal) -> ox.NamedNode | None:
    """The entity whose label or alias is `name`, case-insensitively (the most often so named)."""
    rows = store.query(NAME_LOOKUP, bindings={"param_name": name}).rows
    entity = rows[0].get("entity") if rows else None
    return entity if isinstance(entity, ox.NamedNode) else None


class Catalogue:
    """All canned queries of a directory, parsed at load."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or queries_dir()
        self.queries: dict[str, CannedQuery] = {}
        for path in sorted(self.directory.glob("*.rq")):
            q = parse_query_file(path)
            self.queries[q.name] = q
        if not self.queries:
            raise QueryFileError(f"no canned queries (*.rq) found in {self.directory}")

    def get(self, name: str) -> CannedQuery:
        try:
            return self.queries[name]
        except KeyError:
            raise NotFound(f"no canned query named {name!r}; see GET /queries for the catalogue "
                           f"({', '.join(self.queries)})", query=name) from None

    def describe(self) -> list[dict]:
        return [q.describe() for q in self.queries.values()]
