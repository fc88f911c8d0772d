"""Ingest: files and folders of .txt, .html and .jsonl in, Article records out.

A file that cannot be read (binary, empty, bad encoding, bad JSON) becomes an InputError naming
the file and the reason; the other files still go in."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
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
from .clean import content_segments, page_date

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
DEFAULT_MAX_ARTICLE_BYTES = 1_000_000  # config max_article_bytes, KG_MAX_ARTICLE_BYTES, --max-article-bytes
RAW_FACTOR = 4       # an HTML page or a JSON line may be this many times the article text it holds (markup, escapes)
LONG_LINE = 2000     # a line this long is a paragraph (or a whole article), never page furniture


@dataclass
class Ingested:
    articles: list[Article] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)


def collect(paths: list[str | Path], max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Ingested:
    """Every article in the given files and folders (folders are searched recursively), in a list.
    `kg build` streams them instead (iter_articles)."""
    out = Ingested()
    for item in iter_articles(paths, max_bytes):
        (out.failures if isinstance(item, InputError) else out.articles).append(item)
    return out


def iter_articles(paths: list[str | Path], max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Iterator[Article | InputError]:
    """The articles of the given files and folders one at a time, and an InputError for each
    thing that could not be read, saying why: files are listed lazily, a folder at a time, and
    read one at a time (a JSON-lines file a line at a time), so a folder of 100,000 articles is
    never in memory at once."""
    for item in article_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, max_bytes)


def count_articles(paths: list[str | Path]) -> int:
    """About how many articles iter_articles will give, for a progress bar: one a .txt or .html
    file, one a line of a .jsonl file (its newlines counted a megabyte at a time, at disk speed,
    far faster than parsing), one each thing that will be an error. Nothing but regular files is
    opened."""
    n = 0
    for item in article_files(paths):
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            try:
                if not stat.S_ISREG(item.stat().st_mode):
                    n += 1
                    continue
                with open(item, "rb") as f:
                    last = b"\n"
                    while chunk := f.read(1 << 20):
                        n += chunk.count(b"\n")
                        last = chunk[-1:]
                    n += last != b"\n"
            except OSError:
                n += 1
        else:
            n += 1
    return n


def article_files(paths: list[str | Path]) -> Iterator[Path | InputError]:
    """The article files (.txt, .html, .jsonl) among `paths`, folders searched recursively in name
    order (symbolic links to folders are not followed); a path that does not exist, or a folder
    without article files, is an InputError. Whether each is a regular file is read_file's check."""
    for path in map(Path, paths):
        try:
            is_dir = stat.S_ISDIR(path.stat().st_mode)
        except FileNotFoundError:
            reason = "a broken symbolic link" if path.is_symlink() else "no such file or folder"
            yield InputError(f"{path}: {reason}", file=str(path))
            continue
        except OSError as exc:
            yield InputError(f"{path}: cannot read: {exc.strerror or exc}", file=str(path))
            continue
        if not is_dir:
            yield path
            continue
        found = False
        for item in _walk(path):
            found = found or isinstance(item, Path)
            yield item
        if not found:
            yield InputError(f"{path}: folder holds no .txt, .html or .jsonl files", file=str(path))


def _walk(folder: Path) -> Iterator[Path | InputError]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(f"{folder}: cannot list the folder: {exc.strerror or exc}", file=str(folder))
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path))  # a folder, whatever its name (even a.txt): its files are read
                continue
        except OSError:
            pass
        if Path(entry.name).suffix.lower() in SUFFIXES:
            yield Path(entry.path)


_KINDS = [(stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]


def _not_regular(path: Path, mode: int) -> InputError:
    what = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    if path.is_symlink():
        what += f" (through the symbolic link to {os.readlink(path)})"
    return InputError(f"{path}: {what}, not a regular file (only regular files are read)", file=str(path))


def _too_big(where: str, what: str, limit: int, **details) -> InputError:
    return InputError(f"{where}: {what} over the limit of {limit:,} bytes per article "
                      "(raise it with --max-article-bytes or KG_MAX_ARTICLE_BYTES)", **details)


def _open_regular(path: Path):
    """The file open for reading in binary, or an InputError when it is not a regular file. Opened
    without blocking (a FIFO never hangs the build) and checked on the open descriptor."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        try:
            mode = path.stat().st_mode
        except OSError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            raise _not_regular(path, mode) from None
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}", file=str(path)) from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise _not_regular(path, st.st_mode)
    return os.fdopen(fd, "rb"), st.st_size


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Iterator[Article | InputError]:
    """The articles of one file: a .txt or .html file is one article, a .jsonl file one per line.
    Only regular files are read, and no more than the size limit allows (an HTML page may be
    RAW_FACTOR times max_bytes, its text max_bytes)."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield InputError(f"{path}: unsupported file type {path.suffix or '(none)'}; "
                         "use .txt, .html or .jsonl", file=str(path))
        return
    try:
        f, size = _open_regular(path)
    except InputError as exc:
        yield exc
        return
    with f:
        if kind == "jsonl":
            yield from _read_jsonl(f, path, max_bytes)
            return
        cap = max_bytes if kind == "text" else RAW_FACTOR * max_bytes
        if size > cap:
            yield _too_big(str(path), f"{size:,} bytes,", cap, file=str(path))
            return
        try:
            raw = f.read(cap + 1)
        except OSError as exc:
            yield InputError(f"{path}: cannot read: {exc.strerror or exc}", file=str(path))
            return
    if len(raw) > cap:  # it grew since it was looked at
        yield _too_big(str(path), "more than", cap, file=str(path))
        return
    try:
        text = decode(raw, str(path))
        if kind == "html":
            page = html_to_text(text)
            if not content_segments(page.text):
                raise InputError(f"{path}: no article text found in {path.name}; the page holds only navigation, "
                                 "banners and other page furniture, or its text is drawn by JavaScript",
                                 file=str(path))
            yield _checked(make_article(page.text, origin=str(path), title=page.title, published=page.published,
                                        url=page.url, outlet=page.outlet), max_bytes, str(path))
        else:
            yield _checked(make_article(text, origin=str(path)), max_bytes, str(path))
    except InputError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001 - one bad file is that file's error, never the build's
        yield InputError(f"{path}: cannot read: {type(exc).__name__}: {exc}", file=str(path))


def _checked(article: Article, max_bytes: int, where: str, line: int | None = None) -> Article | InputError:
    """The article, or why it cannot go in: text over the size limit, or text that would be
    dropped whole as page furniture (never silently: a line of thousands of characters is not a
    cookie banner)."""
    file = where.rsplit(":", 1)[0] if line is not None else where
    size = len(article.text.encode("utf-8"))
    if size > max_bytes:
        return _too_big(where, f"the text is {size:,} bytes,", max_bytes, file=file, line=line)
    kept = content_segments(article.text)
    pos = 0
    for n, text in enumerate(article.text.split("\n"), 1):
        if len(text.strip()) >= LONG_LINE and not any(s <= pos + len(text) and e >= pos for s, e in kept):
            return InputError(f"{where}: line {n} ({len(text):,} characters) looks like page furniture (a cookie "
                              "notice, a share line) but is too long to be one; the article is not built: split its "
                              "text into paragraphs, one a line", file=file, line=line)
        pos += len(text) + 1
    if not kept:
        return InputError(f"{where}: no article text: every line looks like page furniture (cookie notices, share "
                          "lines, time stamps, headings in capitals)", file=file, line=line)
    return article


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


def _read_jsonl(f, path: Path, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Iterator[Article | InputError]:
    """One article per line of an open binary file, read a line at a time (a line at most
    RAW_FACTOR * max_bytes long: the rest of a longer line is skipped unread into memory)."""
    cap = RAW_FACTOR * max_bytes
    try:
        head = f.peek(8192)[:8192]
    except OSError as exc:
        yield InputError(f"{path}: cannot read: {exc.strerror or exc}", file=str(path))
        return
    if b"\x00" in head:
        yield InputError(f"{path}: looks binary (NUL bytes), not text", file=str(path))
        return
    seen_any = False
    lineno = 0
    while True:
        try:
            raw = f.readline(cap + 1)
        except OSError as exc:
            yield InputError(f"{path}: cannot read: {exc.strerror or exc}", file=str(path))
            return
        if not raw:
            break
        lineno += 1
        where = f"{path}:{lineno}"
        if len(raw) > cap and not raw.endswith(b"\n"):
            while True:  # skip the rest of the line, a megabyte at a time
                rest = f.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            seen_any = True
            yield _too_big(where, "the line is", cap, file=str(path), line=lineno)
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        seen_any = True
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(f"{where}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
                             "convert it to UTF-8", file=str(path), line=lineno)
            continue
        try:
            yield _jsonl_article(line, where, path, lineno, max_bytes)
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one bad line is that line's error
            yield InputError(f"{where}: cannot read: {type(exc).__name__}: {exc}", file=str(path), line=lineno)
    if not seen_any:
        yield InputError(f"{path}: the file is empty", file=str(path))


def _jsonl_article(line: str, where: str, path: Path, lineno: int, max_bytes: int) -> Article | InputError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})", file=str(path), line=lineno)
    except RecursionError:
        return InputError(f"{where}: not read: the JSON is nested too deeply", file=str(path), line=lineno)
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        return InputError(f"{where}: each line needs a non-empty string field 'text'", file=str(path), line=lineno)
    published = None
    if obj.get("published"):
        published = parse_day(str(obj["published"]), whole_day=True)
        if published is None:
            return InputError(f"{where}: 'published' must be an ISO date (YYYY-MM-DD...), not "
                              f"{obj['published']!r}", file=str(path), line=lineno)
    text_value = obj["text"]
    if "<html" in text_value[:500].lower() or "<body" in text_value[:2000].lower():
        text_value = html_to_text(text_value).text
    article = make_article(text_value, origin=where, id=_str(obj.get("id")), title=_str(obj.get("title")),
                           url=_str(obj.get("url")), outlet=_str(obj.get("outlet")), published=published)
    return _checked(article, max_bytes, where, lineno)


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
    if published is None:   # "date 2024-07-09 ..." at its head, read as a 'published' field is
        published = parse_day(page_date(text), whole_day=True)
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
