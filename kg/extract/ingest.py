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
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..records import Article

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
        if not page.text.strip():
            yield InputError(f"{path}: the page has no article text", file=str(path))
            return
        yield make_article(page.text, origin=str(path), title=page.title, published=page.published,
                           url=page.url)
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
            published = parse_published(str(obj["published"]))
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


def parse_published(value: str) -> date | None:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


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

_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg",
              "iframe", "template", "select", "figure", "figcaption"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
               "br", "tr", "table", "blockquote", "pre", "dd", "dt", "hr", "title"}
_BOILERPLATE_ATTR = re.compile(r"cookie|consent|banner|share|social|related|newsletter|subscribe|promo|"
                               r"advert|\bad-|\bads\b|sidebar|breadcrumb|menu|navbar|comment|popup|modal|"
                               r"recommend|trending|most-read|footer|header", re.I)
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}


@dataclass
class Page:
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.stack: list[bool] = []       # per open element: does it start a skipped region?
        self.title: str | None = None
        self.h1: str | None = None
        self.meta: dict[str, str] = {}
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop")
            if key and "content" in a:
                self.meta[key.lower()] = a["content"]
            return
        if tag == "link" and a.get("rel") == "canonical":
            self.meta.setdefault("canonical", a.get("href", ""))
        if tag in _VOID:
            if tag == "br" and not self.skip_depth:
                self.parts.append("\n")
            return
        skipped = tag in _SKIP_TAGS or bool(_BOILERPLATE_ATTR.search(a.get("class", "") + " " + a.get("id", "")
                                                                     + " " + a.get("role", "")))
        self.stack.append(skipped)
        if skipped:
            self.skip_depth += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK_TAGS and not self.skip_depth:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if self.stack:
            if self.stack.pop():
                self.skip_depth -= 1
        if tag in _BLOCK_TAGS and not self.skip_depth:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data
            return
        if self._in_h1 and not self.h1:
            self.h1 = data.strip() or None
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> Page:
    """The readable text of a page, boilerplate elements (navigation, cookie banners, share
    buttons, related-article lists, footers) removed; blocks become lines."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    meta = parser.meta
    published = None
    for key in ("article:published_time", "datepublished", "date", "pubdate", "og:published_time"):
        if meta.get(key):
            published = parse_published(meta[key])
            if published:
                break
    title = (meta.get("og:title") or parser.h1 or (parser.title or "").strip() or None)
    url = meta.get("og:url") or meta.get("canonical") or None
    return Page(text=text, title=title, published=published, url=url)
