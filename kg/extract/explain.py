"""`kg explain`: why an event is (not) in the graph.

For each sentence of an article: the names found and what they resolved to, each trigger word
with its event family, and every candidate event with the rule that kept or dropped it.

    >>> from kg.extract.explain import explain_text
    >>> print(explain_text("Macron met Scholz in Berlin on Monday.", published="2024-03-05"))  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..records import Article, Event
from .ingest import make_article
from .nlp import gazetteer, pipeline
from .pipeline import Decision, extract_many


@dataclass
class Mention:
    text: str
    label: str                 # the spaCy label (PERSON, GPE, ...)
    entity: str | None         # the entity key it resolved to, None when it resolves to nothing
    type: str | None


@dataclass
class SentenceExplanation:
    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)


def explain_article(article: Article) -> list[SentenceExplanation]:
    nlp, gaz = pipeline(), gazetteer()
    out: list[SentenceExplanation] = []

    def seen(sent, offset, reader, decisions):
        item = SentenceExplanation(offset + sent.start_char, offset + sent.end_char, sent.text)
        for ent in sent.ents:
            entity = reader.r.from_span(ent)
            item.mentions.append(Mention(ent.text, ent.label_, entity.key if entity else None,
                                         entity.type if entity else None))
        item.decisions = list(decisions or [])
        out.append(item)

    list(extract_many([article], nlp, gaz, on_sentence=seen))
    return out


def describe_event(event: Event) -> str:
    roles = "; ".join(f"{role}={', '.join(e.key for e in ents)}" for role, ents in event.roles.items() if ents)
    extra = []
    if event.date:
        extra.append(f"date={event.date.start.isoformat()}/{event.date.precision}")
    if event.place:
        extra.append(f"place={event.place.key}")
    if event.topics:
        extra.append("topics=" + ", ".join(t.key for t in event.topics))
    return f"{event.type} [{event.status}] {roles}" + (f" ({'; '.join(extra)})" if extra else "")


def render(sentences: list[SentenceExplanation], all_sentences: bool = False) -> str:
    lines: list[str] = []
    for s in sentences:
        if not all_sentences and not s.decisions:
            continue
        lines.append(f"[{s.start}:{s.end}] {s.text.strip()}")
        for m in s.mentions:
            target = f"{m.entity} ({m.type})" if m.entity else "nothing (not an entity we keep)"
            lines.append(f"    name     {m.text!r} [{m.label}] -> {target}")
        for d in s.decisions:
            if d.outcome == "kept" and d.event is not None:
                lines.append(f"    KEPT     {d.kind} at {d.trigger!r}: {describe_event(d.event)}")
            else:
                lines.append(f"    dropped  {d.kind} at {d.trigger!r}: {d.why}")
        lines.append("")
    return "\n".join(lines) if lines else "no event triggers found"


def explain_text(text: str, published: str | None = None, all_sentences: bool = False) -> str:
    article = make_article(text, "<text>", published=date.fromisoformat(published[:10]) if published else None)
    return render(explain_article(article), all_sentences)
