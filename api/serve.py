"""Run the app with waitress: `kg serve` calls serve(config).

    python -m api.serve          # the same, configured by KG_* environment variables

With KG_PORT=0 (or port 0) the server takes a free port and says which on its first line.

What waitress refuses before the app sees it (a request line or headers over its limit, a body
over config.max_request_bytes, a malformed request) is answered with the same JSON error body as
the app's errors (api.errors.protocol_error), not waitress's plain text."""

from __future__ import annotations

import signal
import sys
import threading
from http import HTTPStatus

from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer, create_server
from waitress.task import ErrorTask

from kg.config import Config

from .app import create_app
from .errors import error_body, protocol_error


def make_server(config: Config, app=None):
    """A waitress server for the app on config.host:config.port (not yet running)."""
    app = app if app is not None else create_app(config)
    threads = max(16, 8 * config.query_workers + 8)   # waiting is bounded by the executor, not here
    # waitress refuses a body over the limit (by its Content-Length, or as it arrives chunked)
    # before reading it, with the JSON error below; the app checks the query string
    server = create_server(app, host=config.host, port=config.port, threads=threads,
                           max_request_body_size=config.max_request_bytes, ident="kg",
                           clear_untrusted_proxy_headers=True)
    channel = type("KGChannel", (HTTPChannel,), {"error_task_class": json_error_task(config)})
    listeners = [server] if isinstance(server, BaseWSGIServer) else \
        [s for s in server.map.values() if isinstance(s, BaseWSGIServer)]
    for listener in listeners:
        listener.channel_class = channel
    return server


def json_error_task(config: Config) -> type[ErrorTask]:
    """A waitress error task that answers with the app's JSON error shape."""

    class JSONErrorTask(ErrorTask):
        def execute(self):
            refused = self.request.error
            error = protocol_error(refused.code, str(refused.body), max_request_bytes=config.max_request_bytes,
                                   max_header_bytes=self.channel.server.adj.max_request_header_size)
            body = error_body(error)
            phrase = HTTPStatus(error.status).phrase if error.status in HTTPStatus._value2member_map_ else "Error"
            self.status = f"{error.status} {phrase}"
            self.response_headers.extend([("Content-Type", "application/json"), ("Cache-Control", "no-store")])
            self.set_close_on_finish()
            self.content_length = len(body)
            self.write(body)

    return JSONErrorTask


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
