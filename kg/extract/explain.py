"""`kg explain`: why an event is (not) in the graph.

For each sentence of an article: the names found and what they resolved to, each trigger word
with its event family, and every candidate event with the rule that kept or dropped it.

    >>> from kg.extract.explain import explain_text
    >>> print(explain_text("Emmanuel Macron met Olaf Scholz in Berlin on Monday.", published="2024-03-06"))
    [0:52] Emmanuel Macron met Olaf Scholz in Berlin on Monday.
        name     'Emmanuel Macron' [PERSON] -> emmanuel-macron (Person)
        name     'Olaf Scholz' [PERSON] -> olaf-scholz (Person)
        name     'Berlin' [GPE] -> berlin (City)
        name     'Monday' [DATE] -> nothing (not an entity we keep)
        KEPT     Meeting at 'met': Meeting [happened] participant=emmanuel-macron, olaf-scholz (date=2024-03-04/day; place=berlin)
    <BLANKLINE>
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..records import Article, Event
from .dates import parse_day
from .ingest import collect, make_article
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
        start, end = offset + sent.start_char, offset + sent.end_char
        item = SentenceExplanation(start, end, article.text[start:end])   # the article's words, not the parser's
        for ent in sent.ents:
            entity = reader.r.from_span(ent)
            item.mentions.append(Mention(ent.text, ent.label_, entity.key if entity else None,
                                         entity.type if entity else None))
        # (the reader's own list: a supply read again at the article's end changes its sentence's decision)
        item.decisions = decisions if decisions is not None else []
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
    sure = f" confidence {event.confidence:.1f}" if event.confidence < 0.9 else ""
    return f"{event.type} [{event.status}] {roles}" + (f" ({'; '.join(extra)})" if extra else "") + sure


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
    """The explanation of a piece of text, as `kg explain "TEXT"` prints it."""
    day = parse_day(published, whole_day=True) if published else None
    if published and day is None:
        raise InputError(f"--published takes a day such as 2025-03-12, not {published!r}")
    article = make_article(text, "<text>", published=day)
    return render(explain_article(article), all_sentences)


def explain(text_or_file: str, published: str | None = None, all_sentences: bool = False) -> str:
    """`kg explain TEXT_OR_FILE`: a file (or folder) is read as `kg build` reads it, one
    explanation per article; anything else is the text itself."""
    path = Path(text_or_file)
    try:
        is_file = "\n" not in text_or_file and path.exists()
    except OSError:  # a sentence longer than a file name can be
        is_file = False
    if is_file:
        ingested = collect([path])
        if not ingested.articles:
            reasons = "; ".join(f.message for f in ingested.failures) or "no article in it"
            raise InputError(f"nothing to explain in {text_or_file}: {reasons}")
        parts = []
        for article in ingested.articles:
            if published:
                day = parse_day(published, whole_day=True)
                article = make_article(article.text, article.origin, article.id, article.title, article.url,
                                       article.outlet, day or article.published)
            head = f"== {article.origin} (published {article.published or 'unknown'})"
            parts.append(head + "\n" + render(explain_article(article), all_sentences))
        return "\n".join(parts)
    return explain_text(text_or_file, published, all_sentences)
