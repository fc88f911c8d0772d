r"""No outbound fetches: the server never opens a connection because of a query or an update.

pyoxigraph evaluates `SERVICE <url>` and `LOAD <url>` by fetching the URL over HTTP, so those
clauses are refused before a query reaches the store, unless an operator allow-listed the
endpoint (Config.allowed_services). `FROM` and `FROM NAMED` never fetch in pyoxigraph; they select
graphs of the store, so they are accepted only when they name a graph the store holds (a `FROM`
naming a web document is refused instead of silently answering from an empty graph).

The guard decides on a parse, not on a scan of the text: the query is read by rdflib's SPARQL 1.1
grammar (rdflib.plugins.sparql.parser), and the clauses are taken from the parse tree. The store
is then given exactly the text the guard read (engine_text: codepoint escapes such as \\u0041
expanded, as SPARQL 1.1 says they are before parsing, and line ends made \\n), so that escapes,
comments and strings cannot read one way to the guard and another to the engine. A query the
guard's grammar cannot read is refused (QuerySyntaxError), even if the engine would have run it:
when the two parsers disagree, the guard wins. It denies by default: a SERVICE whose target is a
variable, a relative IRI or anything it cannot resolve is refused.

This is the first layer; the second is that the store's worker processes have no network at all
(kg.store.executor), so even a clause the guard missed could not fetch.

Deep nesting (check_nesting) is refused before any parser sees the text: a query nested a few
thousand levels deep crashes the engine's parser.

>>> check_query('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
Traceback (most recent call last):
...
kg.errors.ForbiddenClause: SERVICE <http://example.org/sparql>: this server does not query other endpoints (allowed: none)
>>> check_query('PREFIX ex: <http://example.org/> SELECT * { SERVICE ex:sparql { ?s ?p ?o } }',
...             allowed_services=('http://example.org/sparql',))
[]
>>> engine_text('SELECT * { ?s ?p "caf\\u00E9" }')
'SELECT * { ?s ?p "café" }'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator
from urllib.parse import urljoin

from ..errors import ForbiddenClause, QuerySyntaxError, QueryTooDeep
from .sparql_text import OutboundClause, tokens

MAX_DEPTH = 100          # nested groups, brackets and parentheses
MAX_OPERATORS = 10_000   # UNION, OPTIONAL, MINUS, FILTER and expression operators in one query

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def engine_text(sparql: str) -> str:
    """The text both the guard and the store read: codepoint escapes (\\uXXXX, \\UXXXXXXXX)
    expanded once, everywhere, as SPARQL 1.1 processes them before parsing; \\r\\n and \\r made
    \\n (a comment ends at either, and the two parsers disagree on \\r)."""
    def expand(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise QuerySyntaxError(f"malformed query: {m.group()} is not a Unicode code point")
        return chr(code)

    text = _ESCAPE.sub(expand, sparql) if "\\" in sparql else sparql
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _fixed(sparql: str) -> str:
    """engine_text(sparql), which must read the same when expanded again (an escape that spells
    an escape, \\u005Cu0041, is refused): the text the guard parses is then the text the store
    runs, however many times a caller expands it."""
    text = engine_text(sparql)
    if _ESCAPE.search(text):
        raise QuerySyntaxError("malformed query: a codepoint escape (\\u...) spells another escape; "
                               "write the character itself")
    return text


# --------------------------------------------------------------------------- nesting
_OPEN, _CLOSE = "{([", "})]"
_OPERATOR_WORDS = {"UNION", "OPTIONAL", "MINUS", "FILTER"}
_OPERATOR_CHARS = re.compile(r"&&|\|\||[!+*/|^=<>-]")


def nesting_depth(sparql: str) -> int:
    """How deep groups, brackets and parentheses nest: the larger of two counts, one over the
    tokens (strings, IRIs and comments skipped) and one over every bracket of the text (which a
    misread string cannot hide), so that neither a lexer's mistake nor brackets in strings lets
    a deep query through."""
    depth = deepest = 0
    for tok in tokens(sparql):
        if tok.text in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif tok.text in _CLOSE:
            depth = max(0, depth - 1)
    raw = raw_deepest = 0
    for ch in sparql:
        if ch in _OPEN:
            raw += 1
            raw_deepest = max(raw_deepest, raw)
        elif ch in _CLOSE:
            raw = max(0, raw - 1)
    return max(deepest, raw_deepest)


def operator_count(sparql: str) -> int:
    """UNION, OPTIONAL, MINUS and FILTER keywords and expression operators (each a level of the
    engine's algebra when chained)."""
    count = 0
    for tok in tokens(sparql):
        if tok.kind == "word" and tok.text.upper() in _OPERATOR_WORDS:
            count += 1
        elif tok.kind in ("other", "punct"):
            count += len(_OPERATOR_CHARS.findall(tok.text))
    return count


def check_nesting(sparql: str, *, max_depth: int = MAX_DEPTH, max_operators: int = MAX_OPERATORS) -> None:
    """Refuse (QueryTooDeep, 400) a query nested deeper than max_depth or chaining more than
    max_operators operators, before a parser sees it."""
    depth = nesting_depth(sparql)
    if depth > max_depth:
        raise QueryTooDeep(f"the query nests groups, brackets or parentheses {depth} levels deep; this server "
                           f"reads at most {max_depth} levels: flatten it", depth=depth, limit=max_depth)
    operators = operator_count(sparql)
    if operators > max_operators:
        raise QueryTooDeep(f"the query chains {operators} operators (UNION, OPTIONAL, MINUS, FILTER, "
                           f"expression operators); this server reads at most {max_operators}: split it",
                           operators=operators, limit=max_operators)


# --------------------------------------------------------------------------- parsing
def _parse(sparql: str, update: bool):
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql import parser

    what = "update" if update else "query"
    try:
        if update:
            return parser.UpdateUnit.parse_string(sparql, parse_all=True)[0]
        return parser.Query.parse_string(sparql, parse_all=True)
    except ParseBaseException as exc:
        raise QuerySyntaxError(f"malformed {what}: error at {exc.lineno}:{exc.col}: {exc.msg} "
                               f"(this server reads a {what} by the SPARQL 1.1 grammar before running it)",
                               line=exc.lineno, column=exc.col) from None
    except RecursionError:
        raise QueryTooDeep(f"the {what} is nested too deeply to read; flatten it") from None
    except ValueError as exc:
        raise QuerySyntaxError(f"malformed {what}: {exc}") from None


def _nodes(tree) -> Iterator:
    """Every node of an rdflib parse tree (CompValue, ParseResults, lists), without recursion."""
    from pyparsing import ParseResults

    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, dict):          # CompValue is an OrderedDict; in the order written
            stack.extend(reversed(list(dict.values(node))))
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(reversed(list(node)))


def _field(node, key: str):
    """A field of a parse-tree node, None when absent (CompValue.get answers the key itself)."""
    return dict.__getitem__(node, key) if isinstance(node, dict) and key in node else None


def _name(node) -> str | None:
    return getattr(node, "name", None) if isinstance(node, dict) else None


class _Prologue:
    """BASE and PREFIX declarations met so far, to resolve the IRIs clauses name."""

    def __init__(self) -> None:
        self.base: str | None = None
        self.prefixes: dict[str, str] = {}

    def read(self, decls) -> None:
        for decl in decls:
            if _name(decl) == "Base":
                self.base = self._iri(str(decl["iri"]))
            elif _name(decl) == "PrefixDecl":
                self.prefixes[_field(decl, "prefix") or ""] = self._iri(str(decl["iri"])) or str(decl["iri"])

    def _iri(self, iri: str) -> str | None:
        if _ABSOLUTE.match(iri):
            return iri
        return urljoin(self.base, iri) if self.base and _ABSOLUTE.match(self.base) else None

    def resolve(self, term) -> tuple[str, str | None]:
        """(the term as written, the absolute IRI it names or None for a variable or an unknown
        prefix or a relative IRI without a base)."""
        from rdflib.term import URIRef, Variable

        if isinstance(term, Variable):
            return "?" + str(term), None
        if _name(term) == "pname":
            prefix, local = _field(term, "prefix") or "", _field(term, "localname") or ""
            written = f"{prefix}:{local}"
            if prefix not in self.prefixes:
                return written, None
            return written, self._iri(self.prefixes[prefix] + re.sub(r"\\(.)", r"\1", local))
        if isinstance(term, URIRef):
            return str(term), self._iri(str(term))
        return str(term), None


_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


@lru_cache(maxsize=512)
def _query_clauses(sparql: str) -> tuple[tuple[str, str, str | None], ...]:
    """(clause, target as written, absolute IRI or None) for each SERVICE, FROM and FROM NAMED."""
    tree = _parse(sparql, update=False)
    prologue = _Prologue()
    prologue.read(tree[0])
    found = []
    for node in _nodes(tree[1]):
        name = _name(node)
        if name == "ServiceGraphPattern":
            found.append(("SERVICE", *prologue.resolve(_field(node, "term"))))
        elif name == "DatasetClause":
            clause = "FROM NAMED" if "named" in node else "FROM"
            found.append((clause, *prologue.resolve(node["named"] if "named" in node else node["default"])))
    return tuple(found)


@lru_cache(maxsize=128)
def _update_clauses(sparql: str) -> tuple[tuple[str, str, str | None], ...]:
    """(clause, target as written, absolute IRI or None) for each LOAD and SERVICE of an update."""
    tree = _parse(sparql, update=True)
    prologue = _Prologue()
    for decls in _field(tree, "prologue") or []:
        prologue.read(decls)
    found = []
    for node in _nodes(_field(tree, "request") or []):
        name = _name(node)
        if name == "Load":
            found.append(("LOAD", *prologue.resolve(_field(node, "iri"))))
        elif name == "ServiceGraphPattern":
            found.append(("SERVICE", *prologue.resolve(_field(node, "term"))))
    return tuple(found)


# --------------------------------------------------------------------------- checks
def _refuse(clause: str, written: str, why: str) -> ForbiddenClause:
    shown = written if written.startswith("?") or ":" in written and not _ABSOLUTE.match(written) \
        else f"<{written}>"
    return ForbiddenClause(f"{clause} {shown}: {why}", clause=clause, target=written or None)


def _check_service(written: str, iri: str | None, allowed: Iterable[str]) -> None:
    allowed = tuple(allowed)
    if iri is None or iri not in allowed:
        names = ", ".join(allowed) or "none"
        raise _refuse("SERVICE", iri or written, f"this server does not query other endpoints (allowed: {names})")


def check_query(sparql: str, *, allowed_services: Iterable[str] = (),
                has_graph: Callable[[str], bool] | None = None,
                dataset_given: bool = False) -> list[OutboundClause]:
    """Refuse a query that would make the server fetch from the network. The store must be given
    engine_text(sparql): the text this reads.

    Returns the FROM / FROM NAMED clauses (with resolved IRIs as targets) that select local
    graphs. With `dataset_given` (default-graph-uri / named-graph-uri in the request), FROM
    clauses are overridden by the protocol and not checked; without `has_graph` they are not
    checked either."""
    local = []
    for clause, written, iri in _query_clauses(_fixed(sparql)):
        if clause == "SERVICE":
            _check_service(written, iri, allowed_services)
        elif not dataset_given:
            if iri is None:
                raise _refuse(clause, written, "name a graph of this store by its full IRI")
            if has_graph is not None and not has_graph(iri):
                raise _refuse(clause, iri, "the store holds no graph by that name, and this server never "
                                           "fetches data from the web; FROM can only select a graph of the "
                                           "store (list them with SELECT DISTINCT ?g { GRAPH ?g {} })")
            local.append(OutboundClause(clause, iri))
    return local


def check_update(sparql: str, *, allowed_services: Iterable[str] = ()) -> None:
    """Refuse an update that would make the server fetch: LOAD always (load data with `kg build`
    or the Graph Store Protocol), SERVICE unless allow-listed. (USING, WITH, ADD, COPY and MOVE
    name graphs of the store and never fetch.)"""
    for clause, written, iri in _update_clauses(_fixed(sparql)):
        if clause == "LOAD":
            raise _refuse("LOAD", iri or written, "this server never fetches data from the web; send the data "
                                                  "with the Graph Store Protocol (PUT /rdf-graphs?graph=IRI) instead")
        _check_service(written, iri, allowed_services)


def prefixes(sparql: str) -> dict[str, str]:
    """The PREFIX declarations of a query: {"ex": "http://example.org/"}."""
    prologue = _Prologue()
    prologue.read(_parse(sparql, update=False)[0])
    return dict(prologue.prefixes)
