"""The real server for tests and demos: `python -m api.serve` in a subprocess, on a free loopback
port, configured through KG_* environment variables as `kg serve` would be.

    with LiveServer({"store": "kg-data", "query_timeout": 2}) as server:
        urllib.request.urlopen(server.url + "/queries")
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Mapping

ROOT = Path(__file__).resolve().parent.parent


class LiveServer:
    def __init__(self, settings: Mapping[str, Any] | None = None, startup_timeout: float = 30) -> None:
        self.settings = {"host": "127.0.0.1", **(settings or {}), "port": 0}
        self.startup_timeout = startup_timeout
        self.url = ""
        self.process: subprocess.Popen | None = None
        self._log = tempfile.NamedTemporaryFile(prefix="kg-serve-", suffix=".log", delete=False)

    @property
    def log(self) -> str:
        """What the server wrote so far (its first line, logs, errors)."""
        return Path(self._log.name).read_text(errors="replace")

    def start(self) -> "LiveServer":
        env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
        for key, value in self.settings.items():
            if value is not None:
                env["KG_" + key.upper()] = ",".join(value) if isinstance(value, (list, tuple)) else str(value)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        self.process = subprocess.Popen([sys.executable, "-m", "api.serve"], env=env, stdout=self._log,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            found = re.search(r"serving on (http://\S+?)/? ", self.log)
            if found:
                self.url = found.group(1).rstrip("/")
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with {self.process.returncode}: {self.log[-3000:]}")
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the server did not start within {self.startup_timeout} s: {self.log[-3000:]}")

    def worker_pids(self) -> list[int]:
        """Process ids of the server's store workers (its child processes)."""
        if self.process is None:
            return []
        pids: list[int] = []
        for task in Path(f"/proc/{self.process.pid}/task").glob("*"):
            try:
                pids += [int(p) for p in (task / "children").read_text().split()]
            except OSError:
                pass
        return sorted(pids)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def __enter__(self) -> "LiveServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
        os.unlink(self._log.name)
