"""The web app: create_app(config) and the checks made before it serves (see the api package)."""

from __future__ import annotations

import ipaddress
import weakref
from pathlib import Path
from typing import Any, Mapping

from flask import Flask

from kg.config import Config
from kg.errors import ConfigError
from kg.service import Service
from kg.store.catalogue import Catalogue
from kg.store.executor import Executor
from kg.store.stores import EmbeddedStore

from . import entities, errors, export, graphs, pages, queries, sparql
from .http import add_headers, check_size, check_utf8

BLUEPRINTS = (sparql.bp, graphs.bp, queries.bp, export.bp, entities.bp, pages.bp)


def create_app(config: Config | Mapping[str, Any] | None = None) -> Flask:
    """The app for a configuration. Raises ConfigError for a configuration it must not serve
    (updates open to anything but loopback, no store) and QueryFileError for a broken canned query."""
    if not isinstance(config, Config):
        config = Config.load(config)
    check_updates_bind(config)
    catalogue = Catalogue()                  # a broken queries/*.rq stops start-up here
    _check_store(config)

    app = Flask(__name__, static_folder="static", static_url_path="/static")
    app.config.update(MAX_CONTENT_LENGTH=config.max_request_bytes, MAX_FORM_MEMORY_SIZE=config.max_request_bytes)
    app.json.sort_keys = False
    executor = Executor(config)              # worker processes start with the first query
    weakref.finalize(app, executor.close)
    app.extensions["kg"] = Service(config, executor, catalogue)
    errors.register(app)
    app.before_request(check_size)
    app.before_request(check_utf8)
    app.after_request(add_headers)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    app.wsgi_app = sparql.PlainGet(app, app.wsgi_app)   # GET /sparql?query= without Flask's dispatch
    return app


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_updates_bind(config: Config) -> None:
    """`--updates open` (no token) is for a server only this machine can reach."""
    if config.updates == "open" and not is_loopback(config.host):
        raise ConfigError(f"updates 'open' accept writes from anyone who can connect, so the server binds "
                          f"only a loopback address (127.0.0.1, ::1), not {config.host!r}; use "
                          "--updates token with KG_UPDATE_TOKEN to accept writes from elsewhere",
                          host=config.host)


def _check_store(config: Config) -> None:
    """An embedded store must exist, unless updates are on (then an empty one is made)."""
    if config.store_url or Path(config.store, "CURRENT").exists():
        return
    if config.updates == "off":
        raise ConfigError(f"no store at {config.store}: build one with `kg build --store {config.store} "
                          "ARTICLES`, or start with --updates to fill an empty one over HTTP",
                          store=str(config.store))
    EmbeddedStore(config.store).close()
