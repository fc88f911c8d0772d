"""Paging the canned queries: `limit` and `offset` over HTTP with a `Link: <...>; rel="next"`
header, and `kg query --limit/--offset`, on the seed graph served by `kg serve`. Following the
links from the first page gives every row of the whole answer exactly once, in its order."""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode

import pytest

from conftest import run_kg
from helpers import fetch

pytestmark = pytest.mark.slow

QUERIES = [("who-met-whom", {}), ("who-met-whom", {"topic": "Ukraine"}), ("who-supplied-whom", {}),
           ("who-attacked-whom", {}), ("who-attacked-whom", {"status": "happened"})]
KEY = {"who-met-whom": ("event", "a", "b"), "who-supplied-whom": ("event", "supplier", "recipient"),
       "who-attacked-whom": ("event", "attacker", "target")}


def normal(row: dict) -> dict:
    """A row with its gathered columns in one order: they list their values in no set order (the
    sources' columns in the same order as each other)."""
    out = dict(row)
    for col in ("topicLabel", "itemLabel", "weaponLabel"):
        if col in out:
            out[col] = sorted(out[col].split("; "))
    columns = ("sourceTitles", "sourceOutlets", "sourceUrls", "sourceDates")
    out["sources*"] = sorted(zip(*(out.pop(c).split(" | ") for c in columns)))
    return out


def get(url: str):
    reply = fetch("GET", url, headers={"Accept": "application/sparql-results+json"})
    assert reply.status == 200, reply
    rows = [{k: v["value"] for k, v in b.items()} for b in reply.json()["results"]["bindings"]]
    return reply, rows


def next_link(reply) -> str | None:
    found = re.fullmatch(r'<([^>]+)>; rel="next"', reply.headers.get("Link") or "")
    return found.group(1) if found else None


@pytest.mark.parametrize("name, args", QUERIES)
@pytest.mark.parametrize("size", [1, 3])
def test_following_the_links_covers_every_row_once(seed_server_url, name, args, size):
    base = f"{seed_server_url}/queries/{name}"
    whole_reply, whole = get(base + ("?" + urlencode(args) if args else ""))
    assert whole and next_link(whole_reply) is None            # no limit: the whole answer, as the scorer reads it
    url, pages, seen = base + "?" + urlencode({**args, "limit": size}), 0, []
    while url and pages <= len(whole):
        reply, rows = get(url)
        assert 0 < len(rows) <= size
        seen += rows
        pages += 1
        url = next_link(reply)
        if url:
            assert f"limit={size}" in url and f"offset={len(seen)}" in url
            assert all(f"{k}={v}" in url for k, v in args.items())
    assert url is None and pages == -(-len(whole) // size)
    keys = [tuple(r[k] for k in KEY[name]) for r in seen]
    assert len(keys) == len(set(keys))
    assert keys == [tuple(r[k] for k in KEY[name]) for r in whole]
    assert [normal(r) for r in seen] == [normal(r) for r in whole]


def test_a_page_after_an_offset(seed_server_url):
    _, whole = get(seed_server_url + "/queries/who-attacked-whom")
    reply, rows = get(seed_server_url + "/queries/who-attacked-whom?limit=2&offset=3")
    assert rows == whole[3:5] and next_link(reply).endswith("limit=2&offset=5")
    reply, rows = get(seed_server_url + f"/queries/who-attacked-whom?offset={len(whole)}")
    assert rows == [] and next_link(reply) is None


@pytest.mark.parametrize("query, parameter", [("limit=0", "limit"), ("limit=ten", "limit"), ("offset=-1", "offset"),
                                              ("limit=1&limit=2", "limit"), ("offset=1.5", "offset")])
def test_a_bad_limit_or_offset_is_a_400_naming_it(seed_server_url, query, parameter):
    reply = fetch("GET", f"{seed_server_url}/queries/who-met-whom?{query}")
    assert reply.status == 400, reply
    assert reply.json()["error"]["parameter"] == parameter and parameter in reply.json()["error"]["message"]


def test_kg_query_pages(seed_store_path, tmp_path):
    whole = run_kg("query", "who-attacked-whom", "--store", str(seed_store_path), "--format", "json")
    assert whole.returncode == 0, whole.stderr
    rows = json.loads(whole.stdout)["results"]["bindings"]
    page = run_kg("query", "who-attacked-whom", "--store", str(seed_store_path), "--format", "json",
                  "--limit", "2", "--offset", "1")
    assert page.returncode == 0, page.stderr
    assert json.loads(page.stdout)["results"]["bindings"] == rows[1:3]
    assert "--offset 3" in page.stderr
    bad = run_kg("query", "who-attacked-whom", "--store", str(seed_store_path), "--limit", "none")
    assert bad.returncode == 2 and "'limit'" in bad.stderr
