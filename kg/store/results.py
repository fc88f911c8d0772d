"""Query results out: SPARQL JSON, XML, CSV and TSV for SELECT/ASK; Turtle, N-Triples,
JSON-LD and RDF/XML for CONSTRUCT/DESCRIBE; content negotiation by Accept header or a short
format name. Pure functions over kg.store.QueryResult; no HTTP here."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ..errors import NotAcceptable
from .stores import QueryResult, Term
from ..vocab import PREFIXES, XSD


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    kind: str          # "table" (SELECT/ASK) or "graph" (CONSTRUCT/DESCRIBE, exports)


FORMATS = [
    Format("json", "application/sparql-results+json", "table"),
    Format("xml", "application/sparql-results+xml", "table"),
    Format("csv", "text/csv", "table"),
    Format("tsv", "text/tab-separated-values", "table"),
    Format("turtle", "text/turtle", "graph"),
    Format("ntriples", "application/n-triples", "graph"),
    Format("jsonld", "application/ld+json", "graph"),
    Format("rdfxml", "application/rdf+xml", "graph"),
    Format("nquads", "application/n-quads", "dataset"),
    Format("trig", "application/trig", "dataset"),
]
BY_NAME = {f.name: f for f in FORMATS}
ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld", "rdf": "rdfxml", "owl": "rdfxml",
           "xml-rdf": "rdfxml", "nq": "nquads", "srj": "json", "srx": "xml"}
MEDIA_ALIASES = {"application/json": "json", "application/xml": "xml", "text/xml": "xml",
                 "text/plain": "ntriples", "application/x-turtle": "turtle", "application/turtle": "turtle",
                 "text/n3": "turtle", "text/rdf+n3": "turtle", "application/x-trig": "trig"}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML, "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
}


def format_by_name(name: str, kinds: tuple[str, ...]) -> Format:
    key = ALIASES.get(name.lower(), name.lower())
    fmt = BY_NAME.get(key) or next((f for f in FORMATS if f.media_type == key), None)
    if fmt is None or fmt.kind not in kinds:
        names = ", ".join(f.name for f in FORMATS if f.kind in kinds)
        raise NotAcceptable(f"unknown or unsuitable format {name!r}; use one of: {names}", format=name)
    return fmt


def negotiate(accept: str | None, kinds: tuple[str, ...]) -> Format:
    """The best format for an Accept header, among formats of the given kinds.

    An absent header, */* or a wildcard gives the first format of the first kind."""
    candidates = [f for k in kinds for f in FORMATS if f.kind == k]
    if not accept or not accept.strip():
        return candidates[0]
    ranges = []
    for i, part in enumerate(accept.split(",")):
        fields = [p.strip() for p in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        ranges.append((q, -i, media))
    for q, _, media in sorted(ranges, reverse=True):
        if q <= 0:
            continue
        if media in ("*/*", "*"):
            return candidates[0]
        name = MEDIA_ALIASES.get(media)
        for f in candidates:
            if f.media_type == media or f.name == name:
                return f
        if media.endswith("/*"):
            major = media[:-1]
            for f in candidates:
                if f.media_type.startswith(major):
                    return f
    offered = ", ".join(f.media_type for f in candidates)
    raise NotAcceptable(f"cannot answer in any of the accepted types ({accept}); offered: {offered}",
                        accept=accept)


def serialize(result: QueryResult, fmt: Format) -> bytes:
    if result.kind == "graph":
        return serialize_triples(result.triples, fmt)
    if fmt.kind != "table":
        raise NotAcceptable(f"{fmt.media_type} is for graphs; a {result.kind.upper()} result needs one of "
                            "SPARQL JSON, XML, CSV or TSV")
    if result.kind == "ask":
        if fmt.name not in ("json", "xml"):
            raise NotAcceptable("an ASK result is given as SPARQL JSON or XML only")
        return _ask_json(result.boolean) if fmt.name == "json" else _ask_xml(result.boolean)
    return {"json": _select_json, "xml": _select_xml, "csv": _select_csv, "tsv": _select_tsv}[fmt.name](result)


def serialize_triples(triples, fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    if fmt.kind == "table":
        raise NotAcceptable(f"{fmt.media_type} is for SELECT and ASK results; a graph needs one of "
                            "Turtle, N-Triples, JSON-LD or RDF/XML")
    kwargs = {"prefixes": prefixes or PREFIXES} if fmt.name in ("turtle", "trig", "rdfxml") else {}
    return ox.serialize(triples, format=RDF_FORMATS[fmt.name], **kwargs)


def term_json(term: Term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype != XSD.string:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _select_json(result: QueryResult) -> bytes:
    body = {"head": {"vars": result.variables},
            "results": {"bindings": [{k: term_json(v) for k, v in row.items()} for row in result.rows]}}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _ask_json(value: bool | None) -> bytes:
    return json.dumps({"head": {}, "boolean": bool(value)}).encode("utf-8")


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype != XSD.string:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


_XML_HEAD = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'


def _select_xml(result: QueryResult) -> bytes:
    out = [_XML_HEAD, "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    out.append("</head>\n<results>\n")
    for row in result.rows:
        out.append("<result>")
        out += [f"<binding name={quoteattr(k)}>{_xml_term(v)}</binding>" for k, v in row.items()]
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode("utf-8")


def _ask_xml(value: bool | None) -> bytes:
    return (_XML_HEAD + f"<head/>\n<boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n").encode("utf-8")


def _select_csv(result: QueryResult) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(row.get(v)) for v in result.variables])
    return buf.getvalue().encode("utf-8")


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return term.value


def _select_tsv(result: QueryResult) -> bytes:
    lines = ["\t".join("?" + v for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join(str(row[v]) if v in row else "" for v in result.variables))
    return ("\n".join(lines) + "\n").encode("utf-8")
