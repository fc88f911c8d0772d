"""Builds that survive bad files (issue 11, items 6 and 7): one bad article is that article's
named error and the others go in; only regular files are read, never more than the size limit
(a FIFO, a symbolic link to /dev/zero, a folder named a.txt never hang the build); a huge
one-line article is an error, not silently dropped as page furniture.

The reading checks run on real files (mkfifo, symlinks) through kg.extract.ingest; the build
checks through the real `kg build` console script."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_kg
from kg.config import Config
from kg.errors import ConfigError, InputError
from kg.extract.ingest import collect, iter_articles

GOOD = "Russian drones attacked Odesa overnight, the city's governor said.\n"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def messages(failures) -> str:
    return "\n".join(f.message for f in failures)


@needs_fifo
def test_special_files_are_skipped_with_their_reason_and_never_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "x.txt")                           # nobody ever writes to it: reading would hang
    (folder / "zero.txt").symlink_to("/dev/zero")         # reading would never end
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    named = folder / "a.txt"                              # a folder named like a file: it is a folder
    named.mkdir()
    (named / "inner.txt").write_text("Norway has sent howitzers to Ukraine.\n", encoding="utf-8")

    got = collect([folder])
    assert sorted(Path(a.origin).name for a in got.articles) == ["good.txt", "inner.txt"]
    text = messages(got.failures)
    assert "x.txt: a named pipe (FIFO), not a regular file" in text
    assert "zero.txt: a character device (through the symbolic link to /dev/zero), not a regular file" in text
    assert "gone.txt" in text
    assert all(isinstance(f, InputError) and f.details.get("file") for f in got.failures)

    # named one by one on the command line, too
    direct = collect([folder / "x.txt", folder / "zero.txt", folder / "good.txt"])
    assert [Path(a.origin).name for a in direct.articles] == ["good.txt"]
    assert "x.txt: a named pipe (FIFO)" in messages(direct.failures)
    assert "zero.txt: a character device" in messages(direct.failures)


def test_an_article_over_the_size_limit_is_an_error_that_says_how_to_raise_it(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(("Talks went on. " * 100 + "\n") * 10, encoding="utf-8")   # 15,010 bytes
    got = collect([big], max_bytes=10_000)
    assert not got.articles
    assert "big.txt: 15,010 bytes, over the limit of 10,000 bytes per article" in messages(got.failures)
    assert "--max-article-bytes" in messages(got.failures)
    assert len(collect([big], max_bytes=20_000).articles) == 1


def test_a_json_line_over_the_limit_is_skipped_unread_and_the_next_line_still_goes_in(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "x " * 30_000}) + "\n" + json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    got = collect([feed], max_bytes=10_000)
    assert [a.text for a in got.articles] == [GOOD]
    assert "feed.jsonl:1: the line is over the limit of 40,000 bytes" in messages(got.failures)
    assert got.failures[0].details == {"file": str(feed), "line": 1}


def test_a_json_line_nested_100000_deep_is_that_lines_error(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("[" * 100_000 + "]" * 100_000 + "\n" + '{"text": "' + GOOD.strip() + '"}\n', encoding="utf-8")
    got = collect([feed])
    assert [a.origin for a in got.articles] == [f"{feed}:2"]
    assert messages(got.failures) == f"{feed}:1: not read: the JSON is nested too deeply"


def test_a_huge_one_line_article_is_an_error_not_dropped_as_boilerplate(tmp_path):
    page = tmp_path / "one-line.txt"
    page.write_text("Cookies help us run this site: by reading on you agree. " + "Ministers met in Geneva on Monday. " * 20_000,
                    encoding="utf-8")
    got = collect([page])
    assert not got.articles
    text = messages(got.failures)
    assert "one-line.txt: line 1 (" in text and "looks like page furniture" in text and "too long to be one" in text
    short = tmp_path / "banner.txt"
    short.write_text("We use cookies. By continuing to browse you agree to our use of cookies.\nShare This News On:\n",
                     encoding="utf-8")
    assert "banner.txt: no article text: every line looks like page furniture" in messages(collect([short]).failures)


def test_files_are_read_one_at_a_time_as_the_build_asks(tmp_path):
    """Streaming: the second file is opened only after the first article was taken."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD.replace("Odesa", "Kharkiv"), encoding="utf-8")
    stream = iter_articles([tmp_path])
    first = next(stream)
    assert Path(first.origin).name == "a.txt"
    (tmp_path / "b.txt").unlink()
    second = next(stream)
    assert isinstance(second, InputError) and "b.txt" in second.message


def test_the_size_limit_is_a_setting():
    assert Config.load(environ={}).max_article_bytes == 1_000_000
    assert Config.load(environ={"KG_MAX_ARTICLE_BYTES": "5000"}).max_article_bytes == 5000
    assert Config.load({"max_article_bytes": 7}, environ={"KG_MAX_ARTICLE_BYTES": "5000"}).max_article_bytes == 7
    with pytest.raises(ConfigError):
        Config.load({"max_article_bytes": 0}, environ={})


# --- through the real console script -------------------------------------------------------------

@needs_fifo
def test_kg_build_never_hangs_on_special_files_and_says_why_each_was_skipped(tmp_path):
    """No article goes in: the build ends without loading spaCy, within the timeout."""
    os.mkfifo(tmp_path / "x.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "big.txt").write_text("Talks went on. " * 1000, encoding="utf-8")
    store = tmp_path / "kg-data"
    result = run_kg("build", str(tmp_path / "x.txt"), str(tmp_path / "zero.txt"), str(tmp_path),
                    "--store", str(store), "--no-progress", timeout=120,
                    env={**os.environ, "KG_MAX_ARTICLE_BYTES": "1000"})
    assert result.returncode == 1, result.stderr
    err = result.stderr
    assert err.count("x.txt: a named pipe (FIFO), not a regular file") == 2  # named, and found in the folder
    assert err.count("zero.txt: a character device (through the symbolic link to /dev/zero)") == 2
    assert "big.txt: 15,000 bytes, over the limit of 1,000 bytes per article" in err
    assert "built 0 article(s)" in result.stdout


@pytest.mark.slow   # kg build: a process that loads spaCy
def test_kg_build_goes_on_past_each_bad_article(tmp_path):
    """A text line over spaCy's 1,000,000 characters (E088), a JSON line nested 100,000 deep, a
    huge one-line 'cookie' article: each its own named error; the good articles go in."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "e088.txt").write_text("Zelensky met Macron in Paris. " * 40_000 + "\n", encoding="utf-8")  # 1.2M chars
    (folder / "feed.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n"
                                       + json.dumps({"id": "n1", "text": "Norway has sent howitzers to Ukraine."})
                                       + "\n", encoding="utf-8")
    (folder / "cookie.txt").write_text("Cookies help us run this site: by reading on you agree. " + "Ministers met in Geneva. " * 30_000,
                                       encoding="utf-8")
    store = tmp_path / "kg-data"
    result = run_kg("build", str(folder), "--store", str(store), "--no-progress", "--max-article-bytes", "2000000")
    assert result.returncode == 1, result.stderr
    err = result.stderr
    assert f"{folder / 'e088.txt'}: extraction failed, the article is not built (ValueError: [E088]" in err
    assert f"{folder / 'feed.jsonl'}:1: not read: the JSON is nested too deeply" in err
    assert "cookie.txt: line 1 (" in err and "too long to be one" in err
    assert "built 2 article(s)" in result.stdout and "3 file(s) failed" in result.stdout
    assert "Traceback" not in err

    # with the default limit the 1.2 MB file is refused before it is parsed
    again = run_kg("build", str(folder / "e088.txt"), "--store", str(tmp_path / "other"), "--no-progress")
    assert again.returncode == 1
    assert "e088.txt: 1,200,001 bytes, over the limit of 1,000,000 bytes per article" in again.stderr
