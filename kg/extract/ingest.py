"""Ingest: files and folders of .txt, .html and .jsonl in, Article records out.

A file that cannot be read (binary, empty, bad encoding, bad JSON) becomes an InputError naming
the file and the reason; the other files still go in."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterator

import trafilatura
from trafilatura.settings import set_date_params

from ..errors import InputError
from ..records import Article
from .dates import parse_day
from .clean import content_segments

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


@dataclass
class Ingested:
    articles: list[Article] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)


def collect(paths: list[str | Path]) -> Ingested:
    """Every article in the given files and folders (folders are searched recursively)."""
    out = Ingested()
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                out.failures.append(InputError(f"{path}: folder holds no .txt, .html or .jsonl files", file=str(path)))
        elif path.exists():
            files = [path]
        else:
            out.failures.append(InputError(f"{path}: no such file or folder", file=str(path)))
            continue
        for file in files:
            for item in read_file(file):
                (out.failures if isinstance(item, InputError) else out.articles).append(item)
    return out


def read_file(path: Path) -> Iterator[Article | InputError]:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield InputError(f"{path}: unsupported file type {path.suffix or '(none)'}; "
                         "use .txt, .html or .jsonl", file=str(path))
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield InputError(f"{path}: cannot read: {exc.strerror or exc}", file=str(path))
        return
    try:
        text = decode(raw, str(path))
    except InputError as exc:
        yield exc
        return
    if kind == "jsonl":
        yield from _read_jsonl(text, path)
    elif kind == "html":
        page = html_to_text(text)
        if not content_segments(page.text):
            yield InputError(f"{path}: no article text found in {path.name}; the page holds only navigation, "
                             "banners and other page furniture, or its text is drawn by JavaScript",
                             file=str(path))
            return
        yield make_article(page.text, origin=str(path), title=page.title, published=page.published,
                           url=page.url, outlet=page.outlet)
    else:
        yield make_article(text, origin=str(path))


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text, or an InputError saying why not (empty, binary, bad encoding)."""
    if not raw.strip():
        raise InputError(f"{name}: the file is empty", file=name)
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks binary (NUL bytes), not text", file=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                         "convert it to UTF-8", file=name) from None
    controls = sum(1 for c in text[:8192] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 50):
        raise InputError(f"{name}: looks binary (control characters), not text", file=name)
    return text


def _read_jsonl(text: str, path: Path) -> Iterator[Article | InputError]:
    seen_any = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})", file=str(path), line=lineno)
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            yield InputError(f"{where}: each line needs a non-empty string field 'text'", file=str(path), line=lineno)
            continue
        published = None
        if obj.get("published"):
            published = parse_day(str(obj["published"]), whole_day=True)
            if published is None:
                yield InputError(f"{where}: 'published' must be an ISO date (YYYY-MM-DD...), not "
                                 f"{obj['published']!r}", file=str(path), line=lineno)
                continue
        text_value = obj["text"]
        if "<html" in text_value[:500].lower() or "<body" in text_value[:2000].lower():
            text_value = html_to_text(text_value).text
        yield make_article(text_value, origin=where, id=_str(obj.get("id")), title=_str(obj.get("title")),
                           url=_str(obj.get("url")), outlet=_str(obj.get("outlet")), published=published)
    if not seen_any:
        yield InputError(f"{path}: the file has no lines", file=str(path))


def _str(value) -> str | None:
    return str(value).strip() or None if value is not None else None


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80] or "x"


def article_key(text: str, id: str | None, url: str | None) -> str:
    """Stable: the feed's id when given, else a hash of the URL, else a hash of the text."""
    if id:
        return slug(id)
    basis = ("url:" + url) if url else ("text:" + " ".join(text.split()))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def make_article(text: str, origin: str, id: str | None = None, title: str | None = None, url: str | None = None,
                 outlet: str | None = None, published: date | None = None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Article(key=article_key(text, id, url), text=text, origin=origin, id=id, title=title, url=url,
                   outlet=outlet, published=published)


# --- HTML -------------------------------------------------------------------------------

# HTML5 landmarks that never hold the story (site navigation, page footer, sidebars), also when a
# page marks them with WAI-ARIA roles on plain divs. Pruned before trafilatura looks for the text.
_LANDMARKS = ["//nav", "//footer", "//aside",
              "//*[@role='navigation' or @role='contentinfo' or @role='complementary']"]


@dataclass
class Page:
    """A news page as trafilatura reads it: the main text and the metadata the page declares."""

    text: str                     # paragraphs as lines; "" when the page has no main text
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None     # the site name (og:site_name, JSON-LD publisher), else the host


def html_to_text(html: str) -> Page:
    """The main text of a news page, and its title, publication date, URL and outlet read by
    trafilatura from the page's JSON-LD, OpenGraph and meta tags.

    Navigation, tickers, cookie banners, share buttons, related-article lists, comments and
    footers are left out; each paragraph becomes one line. Only the given string is parsed:
    nothing is fetched. Dates come from the page's markup, never guessed from its copyright line.

    >>> page = html_to_text('<html><head><meta property="og:site_name" content="Wire"></head><body>'
    ...                     '<nav>Home</nav><article><p>Ministers met in Geneva.</p></article></body></html>')
    >>> page.text, page.outlet
    ('Ministers met in Geneva.', 'Wire')
    """
    if not re.search(r"<(?:html|body)[\s>]", html, re.I):
        html = f"<html><body>{html}</body></html>"  # a fragment: trafilatura parses whole documents
    doc = trafilatura.bare_extraction(html, favor_precision=True, include_comments=False, with_metadata=True,
                                      prune_xpath=_LANDMARKS,
                                      date_extraction_params=set_date_params(extensive=False))
    if doc is None:
        return Page(text="")
    lines = (line.strip() for line in (doc.text or "").split("\n"))
    return Page(text="\n".join(line for line in lines if line), title=doc.title or None,
                published=date.fromisoformat(doc.date) if doc.date else None,
                url=doc.url or None, outlet=doc.sitename or None)
