"""Typed records passed between pipeline stages: ingest -> extraction -> mapping."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One article as read from a file: its text and whatever metadata came with it."""

    key: str                      # stable local name, derived from id, url or content
    text: str
    origin: str                   # the file (and line) it came from
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class Entity:
    """A resolved real-world entity: one node in the graph."""

    key: str                      # local name of its IRI, e.g. "vladimir-putin"
    label: str                    # preferred (full) name
    type: str                     # ontology class local name: Person, Country, City, ...
    aliases: frozenset[str] = frozenset()
    wikidata: str | None = None   # Q-id
    country: str | None = None    # key of the country a city or official belongs to


@dataclass(frozen=True)
class Span:
    """Where in the article text something was said."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DateValue:
    """A normalised date: the start of a day, week, month or year, and the end of a range."""

    start: date
    precision: str = "day"        # day | week | month | year
    end: date | None = None


@dataclass
class Event:
    """One event found in one sentence."""

    type: str                     # Meeting | Call | Supply | Attack | Request
    roles: dict[str, list[Entity]]  # role property local name -> entities
    status: str                   # happened | planned | proposed
    sentence: Span
    trigger: str
    date: DateValue | None = None
    place: Entity | None = None
    topics: list[Entity] = field(default_factory=list)
    confidence: float = 0.9       # how sure the rule that found it is, 0 to 1 (kg/extract/pipeline.py)


@dataclass
class Extraction:
    """Everything extraction found in one article."""

    article: Article
    entities: dict[str, Entity]   # key -> entity, every entity mentioned
    events: list[Event]
