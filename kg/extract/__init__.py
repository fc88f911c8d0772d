"""Extraction: text in, typed records out (kg.records.Extraction).

    ingest     files (.txt, .html, .jsonl) -> Article records
    clean      page boilerplate in plain text
    nlp        the spaCy pipeline with the gazetteer entity ruler
    gazetteer  shipped name lists (data/*.json)
    resolve    mentions -> entities (names, titles, capitals acting as states, pronouns)
    dates      relative dates against the publication date
    events     triggers and role readers for the event families
    pipeline   sentences -> Event records, one Extraction per article
"""

__all__ = ["extract", "extract_many"]


def __getattr__(name: str):
    """extract and extract_many from .pipeline, imported when first asked for: importing a light
    module of this package (dates, ingest) does not import spaCy."""
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
