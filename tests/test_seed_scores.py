"""Issue #3's quality floors, measured by the project's scorer (shared/eval/score.py) against the
real API serving the seed graph built by the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import GOLD, SCORER

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scores(seed_server_url) -> dict:
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    result = subprocess.run([sys.executable, str(SCORER), str(GOLD), "--endpoint", seed_server_url, "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_macro_f1_at_least_085(scores):
    s = scores["scores"]
    macro = sum(s[r]["f1"] for r in ("Meeting", "Supply", "Attack")) / 3
    assert macro >= 0.85, {k: round(v["f1"], 2) for k, v in s.items()}


@pytest.mark.parametrize("relation", ["Meeting", "Supply", "Attack"])
def test_each_relation_f1_at_least_075(scores, relation):
    assert scores["scores"][relation]["f1"] >= 0.75, scores["scores"][relation]


@pytest.mark.parametrize("relation", ["Meeting (happened)", "Supply (happened)", "Attack (happened)"])
def test_each_happened_line_at_least_07(scores, relation):
    assert scores["scores"][relation]["f1"] >= 0.7, scores["scores"][relation]


def test_meeting_about_ukraine_at_least_08(scores):
    assert scores["scores"]["Meeting about Ukraine"]["f1"] >= 0.8, scores["scores"]["Meeting about Ukraine"]


def test_no_entity_split_over_several_iris(scores):
    assert scores["split_entities"] == {}


def test_kg_evaluate_prints_the_same_table(seed_store_path, seed_server_url):
    from conftest import run_kg

    ours = run_kg("evaluate", str(GOLD), "--store", str(seed_store_path))
    theirs = subprocess.run([sys.executable, str(SCORER), str(GOLD), "--endpoint", seed_server_url],
                            capture_output=True, text=True, timeout=300)
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout.strip() == theirs.stdout.strip()
