"""Ingest: article keys, boilerplate lines, HTML pages, JSON lines."""

from __future__ import annotations

import pytest

from kg.extract.clean import content_segments
from kg.extract.ingest import article_key, collect, html_to_text, make_article


def test_key_is_stable_and_prefers_id_then_url_then_text():
    assert article_key("some text", "Feed 42", None) == "feed-42"
    assert article_key("a", None, "https://x/1") == article_key("b", None, "https://x/1")
    assert article_key("same  text", None, None) == article_key("same text", None, None)
    assert article_key("one text", None, None) != article_key("another text", None, None)


def test_boilerplate_lines_dropped_offsets_kept():
    text = "We use cookies. By continuing to browse you agree to our use of cookies.\nShare This News On:\n" \
           "Related Articles\n12 minutes ago\nNorway has sent howitzers to Ukraine.\nSource: example.org"
    kept = [text[s:e] for s, e in content_segments(text)]
    assert kept == ["Norway has sent howitzers to Ukraine."]


@pytest.mark.parametrize("text, kept", [
    # a line broken mid-sentence goes on in the next line: one segment (its line break read as a space)
    ("Putin will meet China's top\ndiplomat in Moscow.", ["Putin will meet China's top\ndiplomat in Moscow."]),
    ("Blinken arrived on Sept.\n11 to meet Zelensky.", ["Blinken arrived on Sept.\n11 to meet Zelensky."]),
    # a headline, a finished sentence, a capitalised next line: each line its own
    ("Zelensky meets Biden\nBiden pledged aid.", ["Zelensky meets Biden", "Biden pledged aid."]),
    ("Kyiv was hit overnight.\nofficials said three died.", ["Kyiv was hit overnight.", "officials said three died."]),
    # not across page furniture between them
    ("Putin will meet the\nShare This News On:\ndiplomat later.", ["Putin will meet the", "diplomat later."]),
])
def test_a_line_broken_mid_sentence_is_read_with_the_next(text, kept):
    assert [text[s:e] for s, e in content_segments(text)] == kept


def test_html_page_text_title_date_and_url():
    page = html_to_text("""<html><head><title>Site | Headline</title>
        <meta property="og:title" content="Headline"><meta property="og:url" content="https://news.example/a">
        <meta name="date" content="2025-03-01"></head>
        <body><nav>Home</nav><div id="cookie-consent">Accept cookies</div>
        <article><h1>Headline</h1><p>First paragraph.</p><p>Second <b>bold</b> paragraph.</p></article>
        <div class="share-bar">Share</div><footer>Copyright</footer></body></html>""")
    assert page.text.splitlines() == ["Headline", "First paragraph.", "Second bold paragraph."]
    assert page.title == "Headline" and page.url == "https://news.example/a"
    assert page.published.isoformat() == "2025-03-01"


def test_jsonl_metadata_and_duplicates(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a1", "text": "Text one.", "outlet": "Wire", "published": "2025-01-02T10:00:00Z"}\n\n'
                    '{"id": "a2", "text": "Text two.", "url": "https://x/2", "title": "T"}\n', encoding="utf-8")
    got = collect([feed])
    assert not got.failures
    a1, a2 = got.articles
    assert (a1.key, a1.outlet, a1.published.isoformat()) == ("a1", "Wire", "2025-01-02")
    assert (a2.url, a2.title, a1.origin.endswith("feed.jsonl:1")) == ("https://x/2", "T", True)


def test_windows_line_endings_normalised():
    assert make_article("a\r\nb\rc", origin="x").text == "a\nb\nc"


def test_the_parser_reads_captions_without_position_markers_and_every_offset_stays():
    from kg.extract.clean import for_parser
    text = "Olaf Scholz (L) greets Giorgia Meloni (R) in Berlin. Ukraine (left, 2nd R) and Plan (B) stay."
    blanked = for_parser(text)
    assert len(blanked) == len(text)
    assert blanked.startswith("Olaf Scholz     greets Giorgia Meloni     in Berlin.")
    assert "(left, 2nd R)" in blanked and "Plan (B)" in blanked     # not a lone position marker
    assert for_parser("Macron (centre) and Merz (3rd from left) in Paris") == \
        "Macron          and Merz                 in Paris"


def test_the_parser_reads_comma_set_positions_and_detached_possessives_offsets_kept():
    from kg.extract.clean import for_parser
    for text, read in [("Erdogan, left, is welcomed by Sisi.", "Erdogan        is welcomed by Sisi."),
                       ("Merz, second right, and Macron met.", "Merz                and Macron met."),
                       ("with North Korea 's Kim Jong Un", "with North Korea's  Kim Jong Un"),
                       ("The road turned left, then right.", "The road turned left, then right.")]:
        assert for_parser(text) == read and len(read) == len(text)


@pytest.mark.parametrize("text, kept", [
    ("ODESA, Ukraine (AP) — Russian drones hit the port.", "Russian drones hit the port."),
    ("Pyongyang, North Korea - Russian President Vladimir Putin arrived.", "Russian President Vladimir Putin arrived."),
    (" date 2024-06-19 KYIV, Ukraine (AP) — Russian drones hit the port.", "Russian drones hit the port."),   # after a date line
    ("BEIRUT, Oct 3 (Reuters) - Israel struck Dahiyeh.", "Israel struck Dahiyeh."),
    ("Intro line.\nTBILISI — Protesters gathered.", "Protesters gathered."),
    ("Odesa, Ukraine (CNN) — Russian drones hit the port.", "Russian drones hit the port."),   # title case, outlet
    ("By A Reporter\nBEIRUT/AMMAN, - Israel struck Dahiyeh.", "Israel struck Dahiyeh."),   # two bureaus, a stray comma
    ("Doha [Qatar], June 2 (ANI): Qatar hosted talks.", "Qatar hosted talks."),   # the state in brackets
])
def test_the_parser_reads_a_wire_story_without_its_dateline(text, kept):
    from kg.extract.clean import for_parser
    blanked = for_parser(text)
    assert len(blanked) == len(text) and blanked.rstrip().endswith(kept)
    assert blanked.replace(kept, "").split("\n")[-1].strip() == ""


def test_a_name_before_a_dash_is_not_a_dateline():
    from kg.extract.clean import for_parser
    for text in ("NATO — the alliance — said it would respond.", "Kyiv - the capital - was hit.", "ISW - a think tank"):
        assert for_parser(text) == text


def test_a_long_line_that_goes_on_from_the_line_before_is_kept(tmp_path):
    """A long paragraph that goes on from a line broken mid-sentence is content, not furniture."""
    from kg.extract.ingest import LONG_LINE

    body = "the talks went on for hours, " * (LONG_LINE // 20)
    path = tmp_path / "a.txt"
    path.write_text("Putin will meet China's top diplomat and\n" + body.strip() + ".", encoding="utf-8")
    result = collect([path])
    assert len(result.articles) == 1 and not result.failures
