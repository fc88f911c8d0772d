"""Schemathesis (pinned in the test extra) against the live server's /openapi.json: a few hundred
generated requests (fixed seed, bounded), read-only and with updates on (token), and not one
server error (5xx other than 503 for a query stopped at the limits) or response that breaks the
schema's status codes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import LiveServer, write_sample_store

pytestmark = pytest.mark.slow

TOKEN = "schemathesis-token"


@pytest.mark.parametrize("updates", ["off", "token"])
def test_schemathesis_finds_no_server_error(tmp_path, updates):
    exe = Path(sys.executable).parent / "schemathesis"
    if not exe.exists() and not shutil.which("schemathesis"):
        pytest.skip("schemathesis is not installed (pip install -e '.[test]')")
    store = write_sample_store(tmp_path / "store")
    settings = {"store": str(store), "updates": updates, "update_token": TOKEN if updates == "token" else None,
                "query_timeout": 5}
    with LiveServer(settings) as live:
        cmd = [str(exe), "run", live.url + "/openapi.json", "--checks", "not_a_server_error",
               "--max-examples", "25", "--seed", "20261130", "--workers", "1", "--request-timeout", "30",
               "--generation-deterministic"]
        if updates == "token":
            cmd += ["-H", f"Authorization: Bearer {TOKEN}"]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
