"""The web app: create_app(config) and the checks made before it serves (see the api package)."""

from __future__ import annotations

_APP = ("create_app", "is_loopback", "check_updates_bind", "BLUEPRINTS")


def __getattr__(name: str):
    """create_app and its checks, imported on first use: `kg build` and the other commands that
    never serve start without loading Flask."""
    if name in _APP:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
