"""Run the app with waitress: `kg serve` calls serve(config).

    python -m api.serve          # the same, configured by KG_* environment variables

With KG_PORT=0 (or port 0) the server takes a free port and says which on its first line."""

from __future__ import annotations

import signal
import sys
import threading

from waitress.server import create_server

from kg.config import Config

from . import create_app


def make_server(config: Config, app=None):
    """A waitress server for the app on config.host:config.port (not yet running)."""
    app = app if app is not None else create_app(config)
    threads = max(4, 2 * config.query_workers + 2)
    # waitress refuses bodies past its own limit with a plain-text 413 before the app sees them;
    # set it above ours so that the app answers with its JSON error, but still bounded.
    body_limit = 4 * config.max_request_bytes + 65536
    return create_server(app, host=config.host, port=config.port, threads=threads,
                         max_request_body_size=body_limit, ident="kg", clear_untrusted_proxy_headers=True)


def serve(config: Config) -> None:
    """Serve until interrupted. Raises kg.errors.ConfigError for a configuration it must not serve
    (see api.create_app), before binding anything."""
    app = create_app(config)
    server = make_server(config, app)
    host = f"[{config.host}]" if ":" in config.host else config.host
    print(f"kg: serving on http://{host}:{server.effective_port}/ (store: "
          f"{config.store_url or config.store}; updates: {config.updates})", flush=True)
    app.extensions["kg"].executor.start(writer=config.updates != "off")
    _stop_on_sigterm()
    try:
        server.run()                         # returns on Ctrl-C or SIGTERM
    finally:
        server.close()
        app.extensions["kg"].executor.close()


def _stop_on_sigterm() -> None:
    """SIGTERM stops the server as Ctrl-C does, so that its workers are stopped too."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))


if __name__ == "__main__":
    from kg.errors import KGError

    try:
        serve(Config.load())
    except KGError as exc:
        print(f"kg serve: {exc.message}", file=sys.stderr)
        sys.exit(2)
