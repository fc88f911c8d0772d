"""Page boilerplate in plain text: cookie banners, language pickers, share lines, "Related
Articles" headings, time stamps. Lines are dropped, not rewritten, so offsets into the article
text stay true. The patterns are data (kg/extract/data/boilerplate.json).

What the parser reads: a photo caption's position markers ("Vladimir Putin (R) and Kim Jong Un
(L) shaking hands during their meeting") are read as names in apposition and take the sentence's
verb away from its subject; they are blanked (the same number of spaces, so offsets stay true), as are wire datelines.
A headline in title case is read as a string of names; sentence_cased() lowers its words but the
names (offsets stay true) before it is parsed."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ..vocab import shipped


@lru_cache(maxsize=1)
def patterns() -> list[re.Pattern]:
    path = shipped("kg.extract.data", "") / "boilerplate.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return [re.compile(p, re.I) for p in data["line_patterns"]]


def is_boilerplate(line: str) -> bool:
    text = line.strip()
    if not text:
        return True
    if not re.search(r"[A-Za-z]{2}", text):
        return True  # numbers, symbols, other scripts only
    if text.isupper() and len(text.split()) <= 6:
        return True  # "CHOOSE YOUR LANGUAGE"
    return any(p.search(text) for p in patterns())


# "(L)", "(R)", "(C)", "(C-L)", "(left)", "(centre)", "(2nd L)", "(3rd from right)" after a name
_POSITION = re.compile(r"(?<=\w) \((?:[LRC](?:-[LRC])?|left|right|cent(?:er|re)|front|back|"
                       r"(?:\d(?:st|nd|rd|th) )?(?:from )?(?:[LR]|left|right))\)")


# a possessive the page set apart from its name ("North Korea 's Kim"), joined back (same length)
_DETACHED_POSSESSIVE = re.compile(r"(?<=\w) (['’]s)(?=\s)")


# the same set off by commas: "X, left, greets Y", "X, second right, and Y"
_COMMA_POSITION = re.compile(r"(?<=\w), (?:(?:\d(?:st|nd|rd|th)|second|third) )?(?:from )?(?:left|right|cent(?:er|re)),(?= )")


# a wire dateline at the start of a line: "KYIV, Ukraine (AP) — ", "MOSCOW, Nov 5 (Reuters) - ", "WASHINGTON — ",
# "JERUSALEM/CAIRO, - " (two bureaus)
_DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Z'’.-]{2,}(?:[ /][A-Z][A-Z'’.-]+){0,3})(?P<rest>(?:, [A-Z][A-Za-z.]*"
                       r"(?: [A-Z][A-Za-z.]*| \d{1,2})*)?(?: \([A-Za-z][A-Za-z. ]{1,20}\))?),?\s*[—–-]{1,2}\s", re.M)


# the same with a colon and no dash: "New Delhi, India: ", "United Nations, United States: "; or
# in title case with a dash: "Pyongyang, North Korea - ", "Kyiv, Ukraine (CNN) — "
_COLON_DATELINE = re.compile(r"^[ \t]*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, (?P<where>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
                             r"(?: \([A-Za-z][A-Za-z. ]{1,20}\))?(?:: | [—–-]{1,2} )", re.M)


# with the day and the outlet: "Beijing, 6 November 2023 (TDI): ", "Kyiv, March 3, 2024 (Ukrinform) - ",
# "Riyadh [Saudi Arabia], May 14 (ANI): "
_DATED_DATELINE = re.compile(r"^[ \t]*(?P<where>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?: \[[A-Z][\w .'’-]{1,40}\])?,"
                             r"(?: [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},)?"
                             r" (?:\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)"
                             r"(?: \([A-Za-z][A-Za-z. ]{1,20}\))?\s*[:—–-]{1,2}\s", re.M)

# two bureaus in title case: "Dubai/Baghdad: ", "Dubai/Baghdad (Reuters) - "
_BUREAUS_DATELINE = re.compile(r"^[ \t]*(?P<where>[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:/[A-Z][a-z]+(?: [A-Z][a-z]+)?)+)"
                               r"(?: \([A-Za-z][A-Za-z. ]{1,20}\))?(?:: | [—–-]{1,2} )", re.M)


def _bureaus_dateline(m: re.Match) -> str:
    from . import geo

    known = all((p := geo.place(part)) is not None and p.type == "City" for part in m.group("where").split("/"))
    return " " * len(m.group(0)) if known else m.group(0)


# a wire dateline that lost its dash: "LIMA, Peru During their last meeting, ..."
_BARE_DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,3}), "
                            r"(?P<where>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?=[A-Z])", re.M)


def _colon_dateline(m: re.Match) -> str:
    from . import geo

    if geo.country(m.group("where")) or geo.place(m.group("where")) is not None:
        return " " * len(m.group(0))
    return m.group(0)


def _bare_dateline(m: re.Match) -> str:
    from . import geo

    # a city in capitals, then its state: not "NATO, Ukraine Agree ..." (a headline's names)
    return _colon_dateline(m) if geo.place(m.group("place").title()) is not None else m.group(0)


def _dateline(m: re.Match) -> str:
    from . import geo

    if m.group("rest").strip(", ") or any(geo.place(part) is not None or geo.country(part)
                                          for part in m.group("place").split("/")):
        return " " * len(m.group(0))
    return m.group(0)   # "NATO — the alliance ...": a name, not a dateline


# the date line an excerpt opens with ("date 2024-07-09 A children's hospital in Kyiv ..."): page
# metadata glued to the first sentence, where the parser reads "date" as its subject
_PAGE_DATE = re.compile(r"^\s*date (?P<day>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\s")


def page_date(text: str) -> str | None:
    """The day (YYYY-MM-DD) of the date line a text opens with, if it has one."""
    m = _PAGE_DATE.match(text)
    return m.group("day") if m else None


# typographic quotes and apostrophes as the small model learnt them: "Ukraine’s General Staff" is
# read as a name only with a straight apostrophe (one character for one: offsets stay true)
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                           "\u02bc": "'"})   # the modifier letter apostrophe of Ukrainian outlets ("Ukraineʼs")


def for_parser(text: str) -> str:
    """The text the parser reads: the date line an excerpt opens with, photo position markers
    and wire datelines ("KYIV (AP) — ", read as the sentence's subject) blanked, typographic
    quotes made straight, every offset kept."""
    text = _PAGE_DATE.sub(lambda m: " " * len(m.group(0)), text, count=1)
    text = _POSITION.sub(lambda m: " " * len(m.group(0)), text)
    text = _DETACHED_POSSESSIVE.sub(lambda m: m.group(1) + " ", text)   # "Korea 's Kim" -> "Korea's  Kim"
    text = _COMMA_POSITION.sub(lambda m: " " * len(m.group(0)), text)
    text = _DATED_DATELINE.sub(_colon_dateline, _BARE_DATELINE.sub(_bare_dateline, text))
    text = _BUREAUS_DATELINE.sub(_bureaus_dateline, text)
    return _COLON_DATELINE.sub(_colon_dateline, _DATELINE.sub(_dateline, text)).translate(_STRAIGHT)


MONTH_ABBREVIATIONS = ("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.")
_MONTH_END = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in MONTH_ABBREVIATIONS) + r")$", re.I)


def _runs_on(line: str, following: str) -> bool:
    """Whether a content line breaks off mid-sentence and `following` (the next line) goes on with
    it: "... will meet China's top" / "diplomat in Moscow", "arrived on Sept." / "11 to meet X"."""
    return bool(line and following) and (line[-1] not in '.!?:;"\'”’)' and following[0].islower() or
                                         bool(_MONTH_END.search(line)) and following[0].isdigit())


def content_segments(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the lines of `text` that are article content; a line that breaks
    off mid-sentence is one segment with the line that goes on with it (the parser reads the line
    break inside as a space)."""
    out, pos, last = [], 0, -2
    for n, line in enumerate(text.split("\n")):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not is_boilerplate(line):
            lead = len(line) - len(line.lstrip())
            trail = len(line.rstrip())
            if out and last == n - 1 and _runs_on(text[out[-1][0]:out[-1][1]], line.strip()):
                out[-1] = (out[-1][0], start + trail)
            else:
                out.append((start + lead, start + trail))
            last = n
    return out


# --------------------------------------------------------------------------- title-case headlines
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-.]*[A-Za-z]|[A-Za-z]")
HEADLINE_SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "at", "by", "from",
                        "as", "vs", "after", "over", "into", "amid", "ahead", "says"}


def title_cased(line: str) -> bool:
    """A headline in title case ("Zelenskyy Begins Talks With Scholz And Macron In Kyiv"): a line of
    at most 16 words, not ended by a full stop, with three words or more besides the small ones,
    eight in ten of them capitalised (a sentence full of names and titles is no headline)."""
    every = _WORD.findall(line)
    words = [w for w in every if w.lower() not in HEADLINE_SMALL_WORDS]
    return len(every) <= 16 and not line.rstrip().endswith(".") and len(words) >= 3 and \
        sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def sentence_cased(line: str, is_name) -> str:
    """A title-case headline as a sentence, for the parser: every capitalised word in lower case
    but the first and the names (`is_name(phrase)` for a word, or two or three in a row), acronyms
    ("NATO") and words with capitals or digits inside ("F-16", "McCain"). The spaCy model reads a
    title-case line as a string of names ("Russia Strikes Kyiv" as one); offsets stay true."""
    found = list(_WORD.finditer(line))
    keep = {0}
    bare = [re.sub(r"['’]s?$|\.$", "", m.group(0)) for m in found]   # ("Putin's", "Kyiv.")
    for i in range(len(found)):
        for size in (3, 2, 1):
            phrase = " ".join(bare[i:i + size])
            if len(bare[i:i + size]) == size and (is_name(phrase) or size == 1 and "-" in phrase and all(
                    is_name(p) for p in phrase.split("-") if p)):
                keep.update(range(i, i + size))
                break
    out = list(line)
    for i, m in enumerate(found):
        word = m.group(0)
        if i in keep or not word[0].isupper() or word.isupper() or any(c.isupper() or c.isdigit() for c in word[1:]):
            continue
        lowered = word[0].lower()
        if len(lowered) == 1:
            out[m.start()] = lowered
    return "".join(out)
