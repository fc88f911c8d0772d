"""The product is the wheel: build it, install it (not editable) into a fresh virtual environment,
and run the README's main job from a directory outside the checkout, as a user would.

The fresh environment reuses the test environment's site-packages for the dependencies
(`--system-site-packages` over the test venv's interpreter), so no download is needed, but
news-kg itself comes only from the wheel: the checkout is neither on the path nor the working
directory, and the test asserts that `kg` and `api` are imported from the new environment."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, free_port, stop, wait_for

pytestmark = pytest.mark.slow


def _run(cmd: list[str], cwd: Path, env: dict, timeout: float = 600) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(ROOT)],
         cwd=out, env=dict(os.environ))
    (found,) = out.glob("news_kg-*.whl")
    return found


@pytest.fixture(scope="module")
def user_env(tmp_path_factory, wheel) -> tuple[Path, dict]:
    """A fresh venv with only the wheel installed; the dependencies come from the test venv."""
    home = tmp_path_factory.mktemp("user")
    venv = home / "venv"
    base = Path(sys.base_prefix) / "bin" / "python3"
    _run([str(base), "-m", "venv", "--system-site-packages", str(venv)], cwd=home, env=dict(os.environ))
    # the test venv's site-packages, without the editable finder of the checkout
    site = next(Path(sys.prefix, "lib").glob("python3*/site-packages"))
    pth = next((venv / "lib").glob("python3*/site-packages")) / "_test_deps.pth"
    pth.write_text(str(site) + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "PYTHON"))}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)],
         cwd=home, env=env)
    return venv, env


def test_wheel_ships_the_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("kg/ontology/newskg.ttl", "kg/ontology/shapes.ttl", "kg/queries/who-met-whom.rq",
                   "kg/extract/data/people.json", "api/static/index.html"):
        assert needed in names, f"{needed} is missing from {wheel.name}"
    assert not any(n.startswith("tests/") for n in names), "tests must not ship"
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    requires = re.findall(r"^Requires-Dist: (\S+)", zipfile.ZipFile(wheel).read(metadata).decode(), re.M)
    # pip 23.2 (Python 3.11's own) drops jusText's lxml[html_clean]: trafilatura needs it named
    assert any(r.startswith("lxml_html_clean==") for r in requires), requires


def test_the_main_job_from_a_wheel_install(user_env, tmp_path):
    venv, env = user_env
    python, kg = str(venv / "bin" / "python"), str(venv / "bin" / "kg")
    where = _run([python, "-c", "import kg, api, kg.ontology, kg.queries; "
                  "print(kg.__file__); print(api.__file__); print(kg.queries.__file__)"], cwd=tmp_path, env=env)
    for line in where.stdout.split():
        assert str(venv) in line and str(ROOT) not in line, f"imported from the checkout: {line}"

    store = tmp_path / "kg-data"
    built = _run([kg, "build", str(ROOT / "examples"), "--store", str(store), "--no-progress"], cwd=tmp_path, env=env)
    assert re.match(r"built [1-9]\d* article\(s\)", built.stdout) and "0 file(s) failed" in built.stdout, built.stdout

    answered = _run([kg, "query", "who-met-whom", "--store", str(store), "--format", "json"], cwd=tmp_path, env=env)
    rows = json.loads(answered.stdout)["results"]["bindings"]
    assert rows, "who-met-whom found no meeting in the examples"

    port = free_port()
    server = subprocess.Popen([kg, "serve", "--store", str(store), "--port", str(port)], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for(url + "/queries", server)
        request = urllib.request.Request(url + "/queries/who-met-whom",
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            served = json.loads(response.read())["results"]["bindings"]
        assert {json.dumps(r, sort_keys=True) for r in served} == {json.dumps(r, sort_keys=True) for r in rows}
        with urllib.request.urlopen(url + "/", timeout=30) as response:
            assert b"<html" in response.read().lower()
    finally:
        stop(server)
