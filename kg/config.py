"""Configuration: defaults, then environment variables (read once), then explicit overrides
(CLI flags, or the dict given to create_app). Flows one way: nothing reads the environment later."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any, Mapping

from .errors import ConfigError

UPDATE_MODES = ("off", "open", "token")


@dataclass(frozen=True)
class Config:
    store: str = "./kg-data"            # KG_STORE, --store: directory of the embedded store
    store_url: str | None = None        # KG_STORE_URL, --store-url: SPARQL query endpoint of a remote store
    store_update_url: str | None = None  # KG_STORE_UPDATE_URL: its update endpoint (default: derived from store_url)
    host: str = "127.0.0.1"             # KG_HOST, --host
    port: int = 5000                    # KG_PORT, --port
    query_timeout: float = 30.0         # KG_QUERY_TIMEOUT, --query-timeout (seconds)
    max_rows: int = 10000               # KG_MAX_ROWS, --max-rows
    max_request_bytes: int = 1_000_000  # KG_MAX_REQUEST_BYTES
    updates: str = "off"                # KG_UPDATES, --updates off|open|token
    update_token: str | None = None     # KG_UPDATE_TOKEN
    cors_origins: tuple[str, ...] = ()  # KG_CORS_ORIGINS, comma-separated; empty = CORS off
    allowed_services: tuple[str, ...] = field(default=())  # KG_ALLOWED_SERVICES: SERVICE endpoints allowed
    query_workers: int = 4              # KG_QUERY_WORKERS: processes answering queries (a quarter kept for canned ones)
    query_memory: int = 0               # KG_QUERY_MEMORY, --query-memory: bytes one query worker may use (0: RAM / (query_workers + 2))
    worker_network: str = "none"        # KG_WORKER_NETWORK: "none" cuts query workers off the network where the OS allows; "host" keeps it
    max_article_bytes: int = 1_000_000  # KG_MAX_ARTICLE_BYTES, --max-article-bytes: largest article kg build reads

    @classmethod
    def load(cls, overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> "Config":
        """Defaults < environment (KG_*) < overrides. Unknown override keys are an error."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        names = {f.name: f for f in fields(cls)}
        for name in names:
            raw = environ.get("KG_" + name.upper())
            if raw not in (None, ""):
                values[name] = raw
        for key, value in (overrides or {}).items():
            if key.lower() not in names:
                raise ConfigError(f"unknown setting {key!r}; known settings: {', '.join(sorted(names))}")
            if value is not None:
                values[key.lower()] = value
        return replace(cls(), **{k: _coerce(k, names[k].type, v) for k, v in values.items()}).check()

    def check(self) -> "Config":
        if self.updates not in UPDATE_MODES:
            raise ConfigError(f"updates must be one of {', '.join(UPDATE_MODES)}, not {self.updates!r}")
        if self.updates == "token" and not self.update_token:
            raise ConfigError("updates 'token' needs a token: set KG_UPDATE_TOKEN")
        if self.max_article_bytes <= 0:
            raise ConfigError(f"max_article_bytes must be positive, not {self.max_article_bytes}")
        if self.worker_network not in ("none", "host"):
            raise ConfigError(f"worker_network must be none or host, not {self.worker_network!r}")
        if self.query_memory < 0:
            raise ConfigError("query_memory must be 0 (a fair share of the machine) or a number of bytes")
        if self.query_timeout <= 0 or self.max_rows <= 0 or self.max_request_bytes <= 0:
            raise ConfigError("query_timeout, max_rows and max_request_bytes must be positive")
        return self


def _coerce(name: str, kind: Any, value: Any) -> Any:
    kind = str(kind)
    try:
        if kind.startswith("int"):
            return int(value)
        if kind.startswith("float"):
            return float(value)
        if kind.startswith("tuple"):
            if isinstance(value, str):
                return tuple(v.strip() for v in value.split(",") if v.strip())
            return tuple(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name}: {value!r} is not a valid {kind.split('[')[0].split(' ')[0]}") from None
    return value


def query_memory_bytes(config: Config) -> int:
    """The memory one query worker may use: config.query_memory, or by default a fair share of the
    machine, its RAM divided by (query_workers + 2) (the writer and the server take a share too)."""
    if config.query_memory:
        return int(config.query_memory)
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        total = 8 * 2**30
    return max(256 * 2**20, total // (max(1, config.query_workers) + 2))
