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

from .pipeline import extract, extract_many

__all__ = ["extract", "extract_many"]
