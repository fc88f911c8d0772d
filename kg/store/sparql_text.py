r"""A small SPARQL lexer: enough to find the query form, the top-level WHERE group and the
dataset clauses (FROM), without being fooled by strings, IRIs, comments or escaped characters in
prefixed names (ex:a\#b). The store's own parser still decides whether a query is valid, and the
outbound-fetch guard (kg.store.guard) decides on a real parse, not on these tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*(?::(?:[A-Za-z0-9_\-.:]|\\[_~.\-!$&'()*+,;=/?\#@%]|%[0-9A-Fa-f]{2})*)?
             |:(?:[A-Za-z0-9_\-.:]|\\[_~.\-!$&'()*+,;=/?\#@%]|%[0-9A-Fa-f]{2})*)
  | (?P<punct>[{}()\[\].,;*])
  | (?P<space>\s+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int


CACHED_TEXT = 64 * 1024     # texts up to this long keep their tokens (a request reads them several times)


def tokens(sparql: str) -> tuple[Token, ...]:
    """Significant tokens (comments and white space dropped). The last few short texts' tokens
    are kept: one request's query is read by the format choice, the guard and the base check."""
    if len(sparql) <= CACHED_TEXT:
        return _cached_tokens(sparql)
    return _tokens(sparql)


def _tokens(sparql: str) -> tuple[Token, ...]:
    return tuple(Token(m.lastgroup or "other", m.group(), m.start()) for m in _TOKEN.finditer(sparql)
                 if m.lastgroup not in ("comment", "space"))


_cached_tokens = lru_cache(maxsize=16)(_tokens)


FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, UPDATE, or None when no form keyword is found."""
    for tok in tokens(sparql):
        if tok.kind != "word":
            continue
        word = tok.text.upper()
        if word in FORMS:
            return word
        if word in UPDATE_WORDS:
            return "UPDATE"
    return None


def top_level_where_brace(sparql: str) -> int:
    """Offset of the '{' that opens the outermost query's WHERE group (after a CONSTRUCT
    template, when there is one)."""
    depth, form, after_where = 0, None, False
    for tok in tokens(sparql):
        word = tok.text.upper() if tok.kind == "word" else ""
        if depth == 0 and word in FORMS and form is None:
            form = word
        elif depth == 0 and word == "WHERE":
            after_where = True
        if tok.text == "{":
            if depth == 0 and form and (after_where or form != "CONSTRUCT"):
                return tok.start
            depth += 1
        elif tok.text == "}":
            depth -= 1
    raise ValueError("no WHERE group found")


def projected_variables(sparql: str) -> list[str] | None:
    """Variables of the outermost SELECT clause; None for SELECT * or other forms."""
    toks = tokens(sparql)
    for i, tok in enumerate(toks):
        if tok.kind == "word" and tok.text.upper() == "SELECT":
            names, depth = [], 0
            for t in toks[i + 1:]:
                if t.text == "(":
                    depth += 1
                elif t.text == ")":
                    depth -= 1
                elif t.text == "*" and depth == 0:
                    return None
                elif t.text == "{" or (t.kind == "word" and t.text.upper() in ("WHERE", "FROM")):
                    return names
                elif t.kind == "var":
                    if depth == 0 or names_after_as(toks, t):
                        names.append(t.text[1:])
            return names
    return None


def names_after_as(toks: tuple[Token, ...], var: Token) -> bool:
    """True for the ?x of `(expr AS ?x)`."""
    i = toks.index(var)
    return i > 0 and toks[i - 1].kind == "word" and toks[i - 1].text.upper() == "AS"


@dataclass(frozen=True)
class OutboundClause:
    clause: str        # SERVICE | LOAD | FROM | FROM NAMED
    target: str        # the IRI (or variable) it names


def outbound_clauses(sparql: str) -> list[OutboundClause]:
    """SERVICE, LOAD, FROM and FROM NAMED clauses with the IRI each names."""
    toks = tokens(sparql)
    found = []
    for i, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        word = tok.text.upper()
        rest = toks[i + 1:i + 4]
        if word == "SERVICE":
            target = next((t.text for t in rest if t.kind in ("iri", "var", "word") and t.text.upper() != "SILENT"), "")
            found.append(OutboundClause("SERVICE", target.strip("<>")))
        elif word == "LOAD":
            target = next((t.text for t in rest if t.kind == "iri"), "")
            found.append(OutboundClause("LOAD", target.strip("<>")))
        elif word == "FROM":
            named = bool(rest) and rest[0].kind == "word" and rest[0].text.upper() == "NAMED"
            target = next((t.text for t in rest if t.kind in ("iri", "word") and t.text.upper() != "NAMED"), "")
            found.append(OutboundClause("FROM NAMED" if named else "FROM", target.strip("<>")))
    return found
