"""Canned queries: one `queries/NAME.rq` file each, valid SPARQL with a comment header.

    # summary: Who met whom: meetings between two agents ...
    # param topic (ref, optional): a topic's label (case-insensitive) or IRI
    # param status (enum happened|planned|proposed, optional): only events with this status
    # param since (date, optional): only events on or after this day (YYYY-MM-DD)

A parameter NAME is bound to the query variable ?param_NAME, never spliced into the text.
Types: string, ref (an IRI if the value has a scheme, else a string), iri, enum A|B|C,
date (start of the day), date-end (end of the day), integer. An enum's choices are bound as
plain literals, or, written as prefixed names (`enum nkg:happened|nkg:planned`), as the IRIs the
file's PREFIX lines make of them, the user giving the local name (`planned`): a line such as
`?event nkg:status ?param_status .` then starts from the index, where a string comparison
(`FILTER(STRAFTER(STR(?s), "#") = ?param_status)`) would decode every status it tests. Every
file is parsed when the catalogue loads; a broken file stops start-up with its name.

Where the engine can use its indexes: a line that uses ?param_NAME is kept only when NAME is
given, so a file states each parameter as a pattern (`?event nkg:topic ?param_topic .`), not
as `FILTER(!BOUND(?param_topic) || ...)`, and the query run is the variant for the parameters
given (every variant is parsed at load). The given values are a VALUES block of RDF terms
(serialized by pyoxigraph, never user text) at the head of the group that uses the first
parameter, where the engine starts its join from them.

Pages by date: ORDER BY over every event is the engine's slow part (1.4 s for the first page of
16,000 meetings), so a file may have a line binding `?window_date` to the event's date
(`?event nkg:date ?window_date .`), kept only when the runner pages in windows of dates: for a
page of rows ordered newest first, with no entity parameter given (those are selective already),
it binds ?window_date to the newest days the store has (within the `date` and `date-end`
parameters given: where the dates start and end), as few as hold WINDOW_FIRST events per row
wanted, widening the window until it holds the page: to as many days as hold the events that the
rows found so far say it needs (a window is sized in events, not days: the newest days of a
corpus are thin, and a filter such as a status keeps one event in twenty). The store's dates
and how many events each has are one query (remembered by read-only stores, which never change);
a page past every dated event runs the query whole, as does a store whose dates are not all
xsd:dateTime or xsd:date without a time zone.

Pages from a parameter's events: a topic or a weapon may be on thousands of events, and the
query would look each one up whole (its type, roles, status) to sort them, when the page needs a
hundred. A parameter whose line is a subquery of events (`{ SELECT DISTINCT * WHERE { ?event
nkg:topic ?param_topic } }`, then what else the line says) is ranked when it is the one entity
parameter given: its events are sorted by date alone (one lookup each, `ranked_text`), and the
page's query starts from the newest of them, bound as `VALUES (?event ?date)` in place of the
subquery. Rows are ordered by date then event, so the rows of the newest N events are the first
rows of the whole answer: when they hold the page (or N is every event of the parameter) the page
is exact; else N grows (the other parameters, or the kind of event asked, left events out) up to
RANK_MOST, past which the query runs whole. N starts at RANK_FIRST events per row wanted. A file
whose ORDER BY does not start `DESC(?date) ?event` is never ranked. The newest N of a parameter's
c events are found by looking up each one's date (~12 us each), or, when the parameter is on a
large share of the E dated events (c * c > N * E / RANK_DENSE: a topic on one meeting in five,
"Russia" as an attacker), from windows of the store's newest dates, whose events are read in one
pass (~0.7 us each) and joined to the parameter's (`newest_events`); only read-only stores, which
remember their dates, do the second.

Paging: a line `LIMIT n OFFSET m` (on its own line, in the subquery that picks the rows, after
its ORDER BY) takes the page asked for; a query without one is paged on its answer. One row more
than asked is fetched, to know whether there is a next page.

Describing the page: a news event is told by many articles, and one article tells many events.
When the page line is in a subquery, the runner first runs that subquery alone (picking the
page's rows, by the ways above), then the whole variant with the picked rows bound in its place
(`VALUES`, `described_text`) and each line `# the page's events` replaced by `VALUES ?event {
the page's events }`. A block that starts from such a line looks something up once per event or
per article of the page, not once per (event, article) pair: the sources of a page where every
event is told by eight articles, each article's title, outlet, URL and day read once however many
of the page's events it tells, each topic once however many articles give it. Run as written,
the line is a comment and the block reads every event: the same answer, slower."""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from ..errors import NotFound, ParameterError, QueryFileError
from ..extract.dates import parse_day
from .sparql_text import projected_variables, query_form
from .stores import QueryResult, Store, Term, bind_with_values
from ..vocab import NKG, XSD, queries_dir, sparql_prefixes

_PARAM = re.compile(r"^#\s*param\s+(?P<name>[a-z][a-z0-9_]*)\s*\((?P<spec>[^)]*)\)\s*:\s*(?P<doc>.+)$")
_SUMMARY = re.compile(r"^#\s*summary\s*:\s*(?P<text>.+)$")
_PAGE_LINE = re.compile(r"^\s*LIMIT\s+\d+\s+OFFSET\s+\d+\s*$", re.I)
_PARAM_VAR = re.compile(r"[?$]param_([A-Za-z0-9_]+)")
_WINDOW_VAR = re.compile(r"[?$]window_date\b")
WINDOW = "window_date"
WINDOW_FIRST = 4       # events per row wanted in the first window of a page by date
_RANKED = re.compile(r"^(?P<head>\s*)\{\s*SELECT\s+DISTINCT\s+\*\s+WHERE\s*\{(?P<body>[^{}]*)\}\s*\}(?P<rest>.*)$",
                     re.I | re.S)
_ORDER = re.compile(r"ORDER\s+BY\s+DESC\s*\(\s*\?date\s*\)\s+\?event\b", re.I)
RANK_MOST = 5000       # events a ranked page binds at most; past it the query runs whole
RANK_FIRST = 2         # events first taken per row wanted (some give none: a call where meetings are asked)
RANK_DENSE = 16        # look up each of the parameter's c events' dates (~12 us each) or read the newest
                       # dates' events (~0.7 us each, n / density of them): the second when c * c > n * E / 16
_RANKED_SLOT = "VALUES (?event ?date) { }"
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")
TYPES = ("string", "ref", "iri", "enum", "date", "date-end", "integer", "confidence")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    doc: str
    required: bool = False
    choices: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()   # an enum of prefixed names: the IRI of each choice

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
            if self.terms:
                return ox.NamedNode(self.terms[self.choices.index(value.lower())])
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
        if self.type == "confidence":  # a decimal from 0 to 1
            if not re.fullmatch(r"(0(\.\d{1,6})?|1(\.0{1,6})?|\.\d{1,6})", value):
                raise ParameterError(f"parameter {self.name!r} must be a number from 0 to 1 (e.g. 0.7), "
                                     f"not {value!r}", parameter=self.name)
            return ox.Literal(value if not value.startswith(".") else "0" + value, datatype=XSD.decimal)
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
class Page:
    """Which rows of an answer to give: `limit` rows (None: all, up to max_rows) after `offset`."""

    limit: int | None = None
    offset: int = 0

    @classmethod
    def parse(cls, limit: str | int | None, offset: str | int | None, max_rows: int | None) -> "Page":
        """From raw values (a request's or the command line's); ParameterError naming a bad one.
        A limit above max_rows is max_rows."""
        def number(name: str, raw, least: int) -> int | None:
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                return None
            text = str(raw).strip()
            if not re.fullmatch(r"\d{1,12}", text) or int(text) < least:
                raise ParameterError(f"parameter {name!r} must be a whole number of at least {least}, not {text!r}",
                                     parameter=name)
            return int(text)

        size, start = number("limit", limit, 1), number("offset", offset, 0) or 0
        if size is not None and max_rows is not None:
            size = min(size, max_rows)
        return cls(size, start)


PAGING = ("limit", "offset")   # names a canned query's parameters may not take


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

    @property
    def paged_in_text(self) -> bool:
        """Whether the file has its `LIMIT n OFFSET m` line (else the answer is paged)."""
        return any(_PAGE_LINE.match(line) for line in self.text.splitlines())

    def variant(self, bindings: dict[str, Term], page: Page | None = None, window: list[Term] | None = None,
                ranked: tuple[Param, list[tuple[Term, Term | None]]] | None = None) -> str:
        """The query text for these bound parameters and this page: the lines of parameters not
        given left out, the values as a VALUES block of RDF terms, the page on its LIMIT line;
        with a window, ?window_date bound to each of its dates; ranked, the parameter's subquery
        replaced by its newest (event, date) pairs."""
        return variant_text(self.text, self.params, bindings, page, window, ranked)

    def ranked_param(self, bindings: dict[str, Term]) -> Param | None:
        """The parameter a page is taken from, newest events first: the one entity parameter
        given, when its line is a subquery of events."""
        given = [p for p in self.params if p.type in ("ref", "iri") and p.variable in bindings]
        if len(given) != 1 or not _ORDER.search(self.text):
            return None
        lines = [line for line in self.text.splitlines()
                 if not line.lstrip().startswith("#") and _params_of(line) == {given[0].name}]
        return given[0] if len(lines) == 1 and _RANKED.match(lines[0]) else None

    def param_events(self, bindings: dict[str, Term], param: Param) -> tuple[str, str]:
        """The file's prologue, and the parameter's events as a subquery of its value (what
        ranked_text and counted_text take)."""
        line = next(line for line in self.text.splitlines()
                    if not line.lstrip().startswith("#") and _params_of(line) == {param.name})
        body = _RANKED.match(line).group("body")
        value = bindings[param.variable]
        return _prologue(self.text), f"{{ SELECT DISTINCT ?event WHERE {{ VALUES ?{param.variable} {{ {value} }} {body} }} }}"

    @property
    def windowed(self) -> bool:
        """Whether the file pages by date (has its ?window_date line and its LIMIT line)."""
        return self.paged_in_text and any(_WINDOW_VAR.search(line) for line in self.text.splitlines()
                                          if not line.lstrip().startswith("#"))

    def run(self, store: Store, args: dict[str, str] | None = None, max_rows: int | None = None,
            page: Page | None = None) -> QueryResult:
        """The rows of `page` (default: all, cut at max_rows with `truncated`). `more` on the
        result says whether rows follow the page (a page's end is not a truncation)."""
        bindings = self.bindings(args or {})
        for p in self.params:  # a name given for an entity: the entity it names, by any of its names
            value = bindings.get(p.variable)
            if p.type == "ref" and isinstance(value, ox.Literal):
                bindings[p.variable] = entity_named(store, value) or value
        page = page or Page()
        size = page.limit if page.limit is not None else max_rows
        asked = Page(None if size is None else size + 1, page.offset)    # one more: is there a next page?
        paged = self.paged_in_text
        picked: list[tuple[str, tuple[int, int] | None]] = []   # the variant picked last, and its page's group

        def pick(text: str) -> QueryResult:
            group = page_group(text) if paged else None
            picked.append((text, group))
            return store.query(text if group is None else picking_text(text, group))

        result, ranked = None, self.ranked_param(bindings) if asked.limit is not None else None
        if ranked is not None:
            result = self._run_ranked(store, bindings, asked, ranked, pick)
        elif asked.limit is not None and self.windowed and not any(
                p.type in ("ref", "iri") and p.variable in bindings for p in self.params):
            result = self._run_windowed(store, bindings, asked, pick)
        if result is None:
            result = pick(self.variant(bindings, asked))
        if not paged:
            result.rows = result.rows[asked.offset:]
            if asked.limit is not None:
                result.rows = result.rows[:asked.limit]
        more = size is not None and len(result.rows) > size
        if more:
            result.rows = result.rows[:size]
        text, group = picked[-1]
        if group is not None:
            result = store.query(described_text(text, group, result))   # only the page, described
            result.rows = result.rows[:size]
        result.truncated = more and page.limit is None
        result.more = more
        return result

    def _run_ranked(self, store: Store, bindings: dict[str, Term], asked: Page, param: Param,
                    pick) -> QueryResult | None:
        """The page's rows from the parameter's newest events alone, more of them taken until they
        hold the page; None when that would be more than RANK_MOST (the query is then run whole)."""
        def page(pairs):
            result = pick(self.variant(bindings, asked, ranked=(param, pairs)))
            return result, asked.offset + len(result.rows) if result.rows else 0   # rows the events hold, at least

        wanted = asked.offset + asked.limit
        return from_newest(store, self.param_events(bindings, param), wanted, int(RANK_FIRST * wanted), page)

    def _run_windowed(self, store: Store, bindings: dict[str, Term], asked: Page, pick) -> QueryResult | None:
        """The page's rows from the newest dates alone, the window widened until it holds them;
        None when the page may hold undated events (the query is then run whole)."""
        dates = event_dates(store)
        if dates is None:
            return None
        first = [_instant(bindings[p.variable]) for p in self.params if p.type == "date" and p.variable in bindings]
        last = [_instant(bindings[p.variable]) for p in self.params if p.type == "date-end" and p.variable in bindings]
        span = [(term, n) for when, term, n in dates
                if all(when >= x for x in first if x) and all(when <= x for x in last if x)]
        bounded = bool(first or last)       # the date parameters leave undated events out
        if not span:
            return None if not bounded else pick(self.variant(bindings, asked, [ox.Literal("none")]))
        held = list(itertools.accumulate(n for _, n in span))     # events on the newest k + 1 dates
        wanted = asked.offset + asked.limit
        size = days_holding(held, WINDOW_FIRST * wanted, 1)
        while True:
            result = pick(self.variant(bindings, asked, [term for term, _ in span[:size]]))
            if len(result.rows) >= asked.limit or (size == len(span) and bounded):
                return result
            if size == len(span):
                return None
            seen = asked.offset + len(result.rows) if result.rows else 0   # rows the window holds, at least
            size = days_holding(held, widened(held[size - 1], seen, wanted), size + 1)


def days_holding(held: list[int], events: int, least: int) -> int:
    """The fewest newest dates (at least `least`, at most all) whose events number `events`, given
    `held`, the events on the newest 1, 2, ... dates."""
    return min(len(held), max(least, bisect.bisect_left(held, events) + 1))


def widened(events: int, seen: int, wanted: int) -> int:
    """The events a window should hold when one of `events` events held `seen` of the `wanted`
    rows: half again as many as the rows' density there says (at least twice as many, at most 16
    times; 8 times when it held none)."""
    if not seen:
        return 8 * events
    return min(16 * events, max(2 * events, -(-events * wanted * 3 // (2 * seen))))


PAGE_EVENTS = "# the page's events"
_PAGE_EVENTS_LINE = re.compile(r"^([ \t]*)" + re.escape(PAGE_EVENTS) + r"[ \t]*$", re.M)
_VARIANT_PAGE_LINE = re.compile(r"^[ \t]*(?:LIMIT[ \t]+\d+[ \t]+)?OFFSET[ \t]+\d+[ \t]*$", re.M | re.I)


def page_group(text: str) -> tuple[int, int] | None:
    """Where the subquery that picks a variant's rows is: (start, end) of the group `{ SELECT ...
    LIMIT n OFFSET m }` around its page line; None when the page line is not in a subquery."""
    from .sparql_text import tokens

    m = _VARIANT_PAGE_LINE.search(text)
    if m is None:
        return None
    toks = tokens(text)
    start, end = _enclosing_group([t for t in toks if t.start < m.start()]), None
    for t in (t for t in toks if t.start >= m.end()):
        if t.text in "{}" and t.kind == "punct":
            if t.text == "}":
                end = t.start + 1
            break
    return None if start is None or end is None else (start, end)


def picking_text(text: str, group: tuple[int, int]) -> str:
    """The subquery that picks the rows of a page, as a query of its own (with the file's prefixes)."""
    return _prologue(text) + text[group[0] + 1:group[1] - 1] + "\n"


def _prologue(text: str) -> str:
    """A query's PREFIX and BASE lines."""
    return "".join(line for line in text.splitlines(keepends=True) if re.match(r"\s*(PREFIX|BASE)\b", line, re.I))


def described_text(text: str, group: tuple[int, int], picked: QueryResult) -> str:
    """The variant with the picked rows bound in place of the subquery that picks them, and each
    PAGE_EVENTS line replaced by the page's events: what describes the page, each block that
    looks something up per event starting from the page's events alone."""
    if any(isinstance(term, ox.BlankNode) for row in picked.rows for term in row.values()):
        return text                     # a blank node cannot be bound by VALUES: the variant whole
    names = picked.variables
    rows = " ".join("(" + " ".join(str(row[v]) if v in row else "UNDEF" for v in names) + ")"
                    for row in picked.rows)
    events = " ".join(dict.fromkeys(str(row["event"]) for row in picked.rows if "event" in row))
    out = f"{text[:group[0]]}{{ VALUES ({' '.join('?' + v for v in names)}) {{ {rows} }} }}{text[group[1]:]}"
    return _PAGE_EVENTS_LINE.sub(lambda m: f"{m.group(1)}VALUES ?event {{ {events} }}", out)


_DATES = f"SELECT ?date (COUNT(*) AS ?n) WHERE {{ ?event <{NKG.date.value}> ?date }} GROUP BY ?date"


def _instant(term) -> "datetime | None":
    from datetime import datetime

    if not isinstance(term, ox.Literal) or term.datatype not in (XSD.dateTime, XSD.date):
        return None
    try:
        when = datetime.fromisoformat(term.value)
    except ValueError:
        return None
    return when if when.tzinfo is None else None


def event_dates(store: Store) -> list[tuple] | None:
    """Every date an event has in the store, newest first, as (datetime, the term, how many events
    have it); None when one is not an xsd:dateTime or xsd:date without a time zone (the query is
    then run whole)."""
    def compute():
        out = []
        for row in store.query(_DATES).rows:
            when = _instant(row.get("date"))
            if when is None:
                return None
            out.append((when, row["date"], int(row["n"].value)))
        out.sort(key=lambda x: x[0], reverse=True)
        return out

    return store.memo("event-dates", compute)


def ranked_text(events: tuple[str, str], n: int, window: list[Term] | None = None) -> str:
    """The newest n (event, date) pairs of `events` (a prologue, and a subquery of ?event),
    undated events last; with a window (the store's newest dates), of the events on those dates
    alone, read in one pass and joined to them."""
    prologue, group = events
    if window is None:     # each event's date looked up
        dated = f"  OPTIONAL {{ ?event <{NKG.date.value}> ?date }}\n"
    else:
        days = " ".join(map(str, window))
        dated = f"  {{ SELECT ?event ?date WHERE {{ VALUES ?date {{ {days} }} ?event <{NKG.date.value}> ?date }} }}\n"
    return f"{prologue}SELECT ?event ?date WHERE {{\n  {group}\n{dated}}}\nORDER BY DESC(?date) ?event\nLIMIT {int(n)}\n"


def counted_text(events: tuple[str, str], most: int) -> str:
    """How many events `events` holds, counted up to `most`."""
    prologue, group = events
    return f"{prologue}SELECT (COUNT(*) AS ?n) WHERE {{ {{ {group[1:-1].strip()} LIMIT {int(most)} }} }}\n"


class Dense(NamedTuple):
    """The store's dates for a parameter on many events (dense_dates): each date, newest first,
    the events on the newest 1, 2, ... dates, and how many of the parameter's events there are
    at least."""

    dates: list[Term]
    held: list[int]
    least: int

    def days_for(self, n: int) -> int:
        """The newest dates that hold n of the parameter's events, a quarter again, were they
        spread over the dates as the count says (at least that many events: at most these days)."""
        return days_holding(self.held, -(-n * self.held[-1] * 5 // (4 * self.least)), 1)


def dense_dates(store: Store, events: tuple[str, str], n: int) -> Dense | None:
    """The store's dates, newest first, when the newest n of `events` are found faster from them
    (RANK_DENSE); else None. Only stores that remember their dates (read-only ones) use them."""
    if not getattr(store, "read_only", False):
        return None
    dates = event_dates(store)
    if not dates:
        return None
    held = list(itertools.accumulate(count for _, _, count in dates))
    most = math.isqrt(n * held[-1] // RANK_DENSE) + 1
    if most > held[-1]:
        return None
    rows = store.query(counted_text(events, most)).rows
    return Dense([term for _, term, _ in dates], held, most) if int(rows[0]["n"].value) >= most else None


def from_newest(store: Store, events: tuple[str, str], wanted: int, first: int, describe):
    """describe(pairs) of the newest `first` (event, date) pairs of `events`, more of them taken
    until they hold `wanted` rows: describe returns (its result, the rows it holds). The result,
    or None when that would take more than RANK_MOST events (the caller then runs whole)."""
    if wanted > RANK_MOST:
        return None
    n = min(RANK_MOST, first)
    dense = dense_dates(store, events, n)
    while True:
        pairs = newest_events(store, events, n, dense)
        result, held = describe(pairs)
        if len(pairs) < n or held >= wanted:
            return result             # every event, or the rows wanted are held
        if n >= RANK_MOST:
            return None
        n = min(RANK_MOST, max(4 * n, -(-n * wanted * 3 // (2 * held)) if held else 0))


def newest_events(store: Store, events: tuple[str, str], n: int,
                  dense: Dense | None) -> list[tuple[Term, Term | None]]:
    """The newest n (event, date) pairs of `events`: from windows of the newest dates, widened
    until they hold n, when the parameter is on many events (dense_dates); else, or when every
    date is not enough, by looking up each event's date. A window after the first is sized at the
    density it saw, half again, within 8 times the last, or, when that is larger, the days its
    events' count says hold n (a parameter seen once on the newest days, on one event in a
    hundred of the store's: one more window, not three)."""
    dates = dense.dates if dense else []
    size = min(WINDOW_FIRST, len(dates))
    while dates and size < len(dates):
        rows = store.query(ranked_text(events, n, dates[:size])).rows
        if len(rows) >= n:
            break
        guess = -(-size * n * 3 // (2 * len(rows))) if rows else 8 * size   # at the density seen so far
        size = min(len(dates), max(2 * size, min(guess, max(8 * size, dense.days_for(n)))))
    else:
        rows = store.query(ranked_text(events, n)).rows
    return [(row.get("event"), row.get("date")) for row in rows]


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
            params.append(_param_from(m, path.name, lineno, text))
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
        if p.name in PAGING:
            raise QueryFileError(f"queries/{path.name}: a parameter may not be called {p.name!r} "
                                 "(limit and offset page every canned query)", file=str(path))
    declared = {p.name for p in params}
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue
        used = _params_of(line)
        if used - declared:
            raise QueryFileError(f"queries/{path.name}:{lineno}: ?param_{sorted(used - declared)[0]} is not a "
                                 "declared parameter", file=str(path))
        if used and _WINDOW_VAR.search(line):
            raise QueryFileError(f"queries/{path.name}:{lineno}: the ?{WINDOW} line may not use a parameter",
                                 file=str(path))
        if len(used) > 1:
            raise QueryFileError(f"queries/{path.name}:{lineno}: a line may use one parameter only "
                                 f"(it is kept when that parameter is given), not {', '.join(sorted(used))}",
                                 file=str(path))
    page_lines = [line for line in text.splitlines() if _PAGE_LINE.match(line)]
    if len(page_lines) > 1:
        raise QueryFileError(f"queries/{path.name}: more than one 'LIMIT n OFFSET m' line", file=str(path))
    query = CannedQuery(name, summary, text, tuple(params), tuple(columns))
    _check_variants(path, query)
    return query



def _check_variants(path: Path, query: CannedQuery) -> None:
    """Parse the variant for every set of given parameters (by date, and ranked, where the file
    has them), so a broken one stops start-up."""
    from itertools import combinations

    sample = {"ref": ox.NamedNode("urn:x"), "iri": ox.NamedNode("urn:x")}
    params = query.params
    optional = [p for p in params if not p.required]
    required = [p for p in params if p.required]
    store = ox.Store()
    day = ox.Literal("2024-01-01T00:00:00", datatype=XSD.dateTime)
    for n in range(len(optional) + 1):
        for given in combinations(optional, n):
            bindings = {p.variable: sample.get(p.type, ox.Literal("x")) for p in (*required, *given)}
            texts = [("", query.variant(bindings, Page(10, 0)))]
            if _WINDOW_VAR.search(query.text):
                texts.append((", by date", query.variant(bindings, Page(10, 0), [day])))
            if (ranked := query.ranked_param(bindings)) is not None:
                pairs = [(ox.NamedNode("urn:e"), day), (ox.NamedNode("urn:f"), None)]
                events = query.param_events(bindings, ranked)
                texts += [(f", ranked by {ranked.name}", ranked_text(events, 10)),
                          (f", ranked by {ranked.name}", ranked_text(events, 10, [day])),
                          (f", ranked by {ranked.name}", counted_text(events, 10)),
                          (f", ranked by {ranked.name}", query.variant(bindings, Page(10, 0), ranked=(ranked, pairs)))]
            for how, variant in list(texts):
                if query.paged_in_text and (group := page_group(variant)) is not None:
                    picking = picking_text(variant, group)
                    names = projected_variables(picking)
                    row = {name: ox.NamedNode("urn:x") for name in names[1:]}
                    sample_page = QueryResult("select", names, [row, {}])
                    texts += [(how + ", the page picked", picking),
                              (how + ", the page described", described_text(variant, group, sample_page))]
            for how, variant in texts:
                try:
                    store.query(variant)
                except SyntaxError as exc:
                    names = (", ".join(p.name for p in given) or "no optional parameters") + how
                    raise QueryFileError(f"queries/{path.name}: not valid SPARQL (with {names}): {exc}",
                                         file=str(path)) from None


def _params_of(line: str) -> set[str]:
    """The names of the parameters a line uses."""
    return set(_PARAM_VAR.findall(line))


def variant_text(text: str, params: tuple[Param, ...], bindings: dict[str, Term], page: Page | None,
                 window: list[Term] | None = None,
                 ranked: tuple[Param, list[tuple[Term, Term | None]]] | None = None) -> str:
    """See CannedQuery.variant."""
    given = {name[len("param_"):] for name in bindings}
    lines = []
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith("#"):
            lines.append(line)
            continue
        used = _params_of(line)
        if (used and not used <= given) or (window is None and _WINDOW_VAR.search(line)):
            lines.append("\n")          # kept as a line, so error positions still match the file
            continue
        if ranked is not None and used == {ranked[0].name}:
            m = _RANKED.match(line)         # the pairs go in last: the text is tokenized without them
            line = f"{m.group('head')}{_RANKED_SLOT}{m.group('rest')}"
            if not line.endswith("\n"):
                line += "\n"
        if _PAGE_LINE.match(line):
            if page is None or page.limit is None:
                line = f"OFFSET {int(page.offset) if page else 0}\n"
            else:
                line = f"LIMIT {int(page.limit)} OFFSET {int(page.offset)}\n"
        lines.append(line)
    out = "".join(lines)
    bound = list(bindings) + ([WINDOW] if window is not None else [])
    if bound:
        out = _values_blocks(out, bound, bindings, window)
    if ranked is not None:
        out = out.replace(_RANKED_SLOT, pairs_values(ranked[1]), 1)
    return out


def pairs_values(pairs: list[tuple[Term, Term | None]]) -> str:
    """(event, date) pairs (newest_events) as a VALUES block, an undated event's date UNDEF."""
    rows = " ".join(f"({event} {'UNDEF' if day is None else day})" for event, day in pairs)
    return f"VALUES (?event ?date) {{ {rows} }}"


def _values_blocks(out: str, bound: list[str], bindings: dict[str, Term], window: list[Term] | None) -> str:
    """Each value at the head of the group that holds the first use of its variable, one VALUES
    block per group (the window's dates a row each): a parameter whose line is a subquery is
    bound in it, where its evaluation starts."""
    from .sparql_text import tokens

    toks = tokens(out)
    groups: dict[int, list[str]] = {}
    for name in bound:
        first = next((i for i, t in enumerate(toks) if t.kind == "var" and t.text[1:] == name), None)
        if first is None:
            continue
        pos = _enclosing_group(toks[:first])
        if pos is None:
            raise QueryFileError("a parameter is used outside any group")
        groups.setdefault(pos, []).append(name)
    for pos in sorted(groups, reverse=True):            # from the end, so the earlier positions hold
        names = groups[pos]
        values = [bindings[k] for k in names if k != WINDOW]
        rows = [[*values, day] for day in window] if WINDOW in names else [values]
        block = " ".join("(" + " ".join(map(str, row)) + ")" for row in rows)
        out = f"{out[:pos + 1]}\n  VALUES ({' '.join('?' + k for k in names)}) {{ {block} }}{out[pos + 1:]}"
    return out


def _enclosing_group(before) -> int | None:
    """Where the innermost group still open after the tokens `before` starts (its "{"); None at top level."""
    depth = 0
    for t in reversed(before):
        if t.text == "}":
            depth += 1
        elif t.text == "{":
            if depth == 0:
                return t.start
            depth -= 1
    return None


def _param_from(m: re.Match, filename: str, lineno: int, text: str = "") -> Param:
    parts = [p.strip() for p in m.group("spec").split(",")]
    type_words = parts[0].split()
    kind = type_words[0] if type_words else ""
    if kind not in TYPES:
        raise QueryFileError(f"queries/{filename}:{lineno}: unknown parameter type {kind!r}; "
                             f"use one of {', '.join(TYPES)}")
    choices: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    if kind == "enum":
        if len(type_words) < 2:
            raise QueryFileError(f"queries/{filename}:{lineno}: an enum needs its choices: 'enum a|b|c'")
        written = type_words[1].split("|")
        named = [_PREFIXED.match(c) for c in written]
        if any(named):
            prefixes = dict(_PREFIX_LINE.findall(text))
            if not all(named) or any((n.group(1) or "") not in prefixes for n in named):
                raise QueryFileError(f"queries/{filename}:{lineno}: an enum's choices are all plain words or all "
                                     "prefixed names of a PREFIX the file declares ('enum nkg:a|nkg:b')")
            terms = tuple(prefixes[n.group(1) or ""] + n.group(2) for n in named)
            written = [n.group(2) for n in named]
        choices = tuple(c.lower() for c in written)
    return Param(m.group("name"), kind, m.group("doc").strip(), required="required" in parts[1:], choices=choices,
                 terms=terms)


_PREFIXED = re.compile(r"^([A-Za-z][\w.-]*)?:([A-Za-z_][\w-]*)$")
_PREFIX_LINE = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.I | re.M)


NAME_LOOKUP = sparql_prefixes("rdfs", "skos") + """
SELECT ?entity (COUNT(*) AS ?n) WHERE {
  { ?entity rdfs:label ?name } UNION { ?entity skos:altLabel ?name }
  FILTER(LCASE(STR(?name)) = LCASE(STR(?param_name)))
} GROUP BY ?entity ORDER BY DESC(?n) ?entity LIMIT 1
"""

EXACT_NAME_LOOKUP = sparql_prefixes("rdfs", "skos") + """
SELECT ?entity (COUNT(*) AS ?n) WHERE {
  { ?entity rdfs:label ?param_name } UNION { ?entity skos:altLabel ?param_name }
} GROUP BY ?entity ORDER BY DESC(?n) ?entity LIMIT 1
"""


def entity_named(store: Store, name: ox.Literal) -> ox.NamedNode | None:
    """The entity whose label or alias is `name`, case-insensitively (the most often so named).
    A name written as the store writes it is found in the index; only another spelling of its
    case makes a pass over the names."""
    for text, value in ((EXACT_NAME_LOOKUP, ox.Literal(name.value)), (NAME_LOOKUP, name)):
        rows = store.query(bind_with_values(text, {"param_name": value})).rows
        entity = rows[0].get("entity") if rows else None
        if isinstance(entity, ox.NamedNode):
            return entity
    return None


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
